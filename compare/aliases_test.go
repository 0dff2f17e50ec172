package compare

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/entity"
)

// ageOf makes an age claim of doc about the person named n.
func ageOf(doc, n string, years float64) *claims.Claim {
	c := qc(doc, "", "", "", years, years, years, 0)
	c.Quantity.Dimension, c.Quantity.Unit = claims.DimAge, "year"
	c.Subject = claims.Age
	c.Qualify().Actor = entity.PersonKey(n)
	return c
}

// TestAgesAcrossSpellings checks that an age told of one person spelled
// two ways is compared as one person's, and that two people's ages, or
// ages of names too unlike to be one, are not.
func TestAgesAcrossSpellings(t *testing.T) {
	tests := []struct {
		Name     string
		Claims   []*claims.Claim
		Conflict bool
	}{
		{"one person spelled two ways", []*claims.Claim{
			name("a.txt", 0, "Siti Rahmawati Nurhasanah", "", ""), ageOf("a.txt", "Siti Rahmawati Nurhasanah", 29),
			name("b.txt", 0, "Siti Rahmawati Nurhasana", "", ""), ageOf("b.txt", "Siti Rahmawati Nurhasana", 31),
		}, true},
		{"two people", []*claims.Claim{
			name("a.txt", 0, "Siti Rahmawati", "", ""), ageOf("a.txt", "Siti Rahmawati", 29),
			name("b.txt", 0, "Budi Santoso", "", ""), ageOf("b.txt", "Budi Santoso", 31),
		}, false},
	}
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			for _, c := range tc.Claims {
				c.Story = "."
			}
			conflict := false
			for _, f := range compareStory(tc.Claims, Options{}) {
				conflict = conflict || f.Kind == claims.ClaimQuantity && f.Verdict == Conflict
			}
			if conflict != tc.Conflict {
				t.Errorf("age conflict: got %v, want %v", conflict, tc.Conflict)
			}
		})
	}
}
