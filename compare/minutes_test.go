package compare

import (
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// minuteClaim builds a minute of play of a match for tests: "84" or
// "45+3", optionally "@event".
func minuteClaim(doc, written string) *claims.Claim {
	d := &claims.Date{Match: true, Resolved: true, Granularity: claims.Minute}
	at, event, _ := strings.Cut(written, "@")
	min, added, _ := strings.Cut(at, "+")
	d.Minute = atoi(min)
	d.Added = atoi(added)
	return &claims.Claim{ID: doc + "#" + written, Origin: &claims.Origin{Doc: doc, Story: "."}, Kind: claims.ClaimDate, Text: written,
		Date: d, Subject: "play", Qualifiers: &claims.Qualifiers{Event: event}, Speaker: claims.Speaker{Key: "outlet:" + doc, Outlet: true}}
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

// TestJudgeMinutes checks that the minutes of a match are compared moment
// by moment: a minute both articles give agrees, and a minute one gives
// against the nearest one the other leaves unmatched conflicts; traps
// are moments only one article reports and added time written two ways.
func TestJudgeMinutes(t *testing.T) {
	tests := []struct {
		Name string
		A, B []string
		Want string // the conflict's sides, "" for none
	}{
		{"one goal a minute apart", []string{"15", "45", "84"}, []string{"15", "45", "83"}, "84 83"},
		{"a moment only one reports", []string{"8", "15", "45"}, []string{"15", "45", "70"}, ""},
		{"added time two ways", []string{"45+3"}, []string{"48"}, ""},
		{"too far apart", []string{"60"}, []string{"66"}, ""},
		{"matched minutes stay out", []string{"70", "71"}, []string{"70"}, ""},
		{"different events", []string{"70@score"}, []string{"71@sent-off"}, ""},
		{"one event one side", []string{"70@score"}, []string{"71"}, "70@score 71"},
		{"nearest pairs only", []string{"20", "30"}, []string{"22", "29"}, "20 22 30 29"},
	}
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			var block []*claims.Claim
			for _, m := range tc.A {
				block = append(block, minuteClaim("a.txt", m))
			}
			for _, m := range tc.B {
				block = append(block, minuteClaim("b.txt", m))
			}
			var got []string
			for _, f := range judgeMinutes(block, Options{}) {
				if f.Verdict != Conflict {
					t.Errorf("got verdict %s\nwant conflict", f.Verdict)
				}
				for _, c := range f.Sides {
					got = append(got, c.Text)
				}
			}
			if g := strings.Join(got, " "); g != tc.Want {
				t.Errorf("got sides %q\nwant %q", g, tc.Want)
			}
		})
	}
}
