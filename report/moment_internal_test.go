package report

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// TestOtherMoment checks which minutes of play a finding's side shows
// beside it: the same moment within a few minutes, never another moment
// of the match, and any claim that is no minute of play.
func TestOtherMoment(t *testing.T) {
	minute := func(m, added int) *claims.Claim {
		return &claims.Claim{Kind: claims.ClaimDate, Date: &claims.Date{Match: true, Minute: m, Added: added}}
	}
	day := &claims.Claim{Kind: claims.ClaimDate, Date: &claims.Date{Resolved: true}}
	tests := []struct {
		Name    string
		C, Side *claims.Claim
		Want    bool
	}{
		{"the same minute", minute(77, 0), minute(77, 0), false},
		{"a minute apart", minute(78, 0), minute(77, 0), false},
		{"added time is the same moment", minute(45, 3), minute(48, 0), false},
		{"another goal", minute(12, 0), minute(77, 0), true},
		{"another goal after", minute(90, 2), minute(77, 0), true},
		{"a day is no minute", day, minute(77, 0), false},
		{"a quantity has no date", &claims.Claim{Kind: claims.ClaimQuantity}, minute(77, 0), false},
	}
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			if got := otherMoment(tc.C, tc.Side); got != tc.Want {
				t.Errorf("got %v\nwant %v", got, tc.Want)
			}
		})
	}
}
