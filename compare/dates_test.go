package compare

import (
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// suspect returns c with a date that cannot be right.
func suspect(c *claims.Claim, why string) *claims.Claim {
	d := *c.Date
	d.Suspect = why
	c.Date = &d
	return c
}

// TestJudgeDatesSuspect checks that a date that cannot be right is a side
// of the conflict with the other articles' dates of the event, with a
// note, even when its day agrees or is centuries away; alone, it is a
// finding of its own.
func TestJudgeDatesSuspect(t *testing.T) {
	tests := []struct {
		Name  string
		Block []*claims.Claim
		Want  string // "verdict: sides | note", one finding a line
	}{
		{"a weekday that is not its date's", []*claims.Claim{
			dc("a", "", "2024-01-04", "explode", "2024-01-03"),
			suspect(dc("b", "", "2024-01-06", "explode", "2024-01-04"), "4 Jan 2024 was a Thursday, not Wednesday"),
		}, `conflict: 2024-01-03 2024-01-04 | the same event is dated differently; "2024-01-04": 4 Jan 2024 was a Thursday, not Wednesday`},
		{"a year typo far from the others", []*claims.Claim{
			dc("a", "", "2025-02-04", "strike", "2025-02-03"),
			dc("b", "", "2025-02-04", "strike", "2025-02-03"),
			suspect(dc("c", "", "2025-02-04", "strike", "3025-02-03"), "year 3025 is 1000 years after publication (2025)"),
		}, `conflict: 2025-02-03 3025-02-03 | the same event is dated differently; "3025-02-03": year 3025 is 1000 years after publication (2025)`},
		{"alone", []*claims.Claim{
			suspect(dc("c", "", "2025-02-04", "strike", "3025-02-03"), "year 3025 is 1000 years after publication (2025)"),
		}, `conflict: 3025-02-03 | year 3025 is 1000 years after publication (2025)`},
		{"only its own article", []*claims.Claim{
			dc("c", "", "2025-02-04", "strike", "2025-02-03"),
			suspect(dc("c", "", "2025-02-04", "strike", "3025-02-03"), "year 3025 is 1000 years after publication (2025)"),
		}, `conflict: 3025-02-03 | year 3025 is 1000 years after publication (2025)`},
	}
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			var got []string
			for _, f := range judgeDates(sortedGroup(tc.Block), Options{}) {
				var sides []string
				for _, c := range f.Sides {
					sides = append(sides, c.Text)
				}
				got = append(got, f.Verdict.String()+": "+strings.Join(sides, " ")+" | "+f.Note)
			}
			if g := strings.Join(got, "\n"); g != tc.Want {
				t.Errorf("got  %s\nwant %s", g, tc.Want)
			}
		})
	}
}
