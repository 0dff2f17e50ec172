package compare

import (
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims"
)

// dc builds a date claim of a day for tests: subject "as-of" for an as-of
// date, else an event key.
func dc(doc, speaker, pub, subject, day string) *claims.Claim {
	p, _ := time.Parse(time.DateOnly, pub)
	d, _ := time.Parse(time.DateOnly, day)
	return &claims.Claim{ID: doc + "#" + day, Origin: &claims.Origin{Doc: doc, Story: ".", Published: p}, Kind: claims.ClaimDate, Text: day,
		Date:    &claims.Date{Start: d, End: d.AddDate(0, 0, 1), Granularity: claims.Day, Resolved: true, AsOf: subject == asOfSubject},
		Subject: subject, Qualifiers: &claims.Qualifiers{Event: subject}, Speaker: claims.Speaker{Name: speaker, Key: speaker, Outlet: speaker == ""}}
}

// TestJudgeAsOf checks that an as-of date before the story's event is a
// misreport set against another article's as-of date, and the traps: an
// as-of after the event, one long before it (another period), a story
// whose only event is planned.
func TestJudgeAsOf(t *testing.T) {
	tests := []struct {
		Name   string
		Claims []*claims.Claim
		Want   string // the sides' texts, "" for no finding
	}{
		{"as of five days before the quake", []*claims.Claim{
			dc("a", "bnpb", "2024-09-29", "strike", "2024-09-28"),
			dc("b", "bnpb", "2024-09-29", asOfSubject, "2024-09-23"),
			dc("c", "police", "2024-09-30", asOfSubject, "2024-09-30"),
			dc("d", "bnpb", "2024-09-30", asOfSubject, "2024-09-29"),
		}, "2024-09-23 2024-09-29"},
		{"no other as-of: the event itself", []*claims.Claim{
			dc("a", "bnpb", "2024-09-29", "strike", "2024-09-28"),
			dc("b", "bnpb", "2024-09-29", asOfSubject, "2024-09-23"),
		}, "2024-09-23 2024-09-28"},
		{"as of the event's day", []*claims.Claim{
			dc("a", "bnpb", "2024-09-29", "strike", "2024-09-28"),
			dc("b", "bnpb", "2024-09-29", asOfSubject, "2024-09-28"),
		}, ""},
		{"another period", []*claims.Claim{
			dc("a", "bnpb", "2024-09-29", "strike", "2024-09-28"),
			dc("b", "bnpb", "2024-09-29", asOfSubject, "2024-06-30"),
		}, ""},
		{"a planned event is no bound", []*claims.Claim{
			dc("a", "dinas", "2025-03-14", "meet", "2025-03-17"),
			dc("b", "dinas", "2025-03-14", asOfSubject, "2025-03-10"),
		}, ""},
		{"background events are no bound", []*claims.Claim{
			dc("a", "", "2024-09-29", "strike", "2004-12-26"),
			dc("b", "bnpb", "2024-09-29", asOfSubject, "2024-09-23"),
		}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			blocks := map[string][]*claims.Claim{}
			for _, c := range tc.Claims {
				k := blockKey(c, Options{})
				blocks[k] = append(blocks[k], c)
			}
			var got []string
			for _, f := range judgeAsOf(blocks, Options{}) {
				for _, c := range f.Sides {
					got = append(got, c.Text)
				}
			}
			if g := strings.Join(got, " "); g != tc.Want {
				t.Errorf("got %q\nwant %q", g, tc.Want)
			}
		})
	}
}
