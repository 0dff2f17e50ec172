package pipeline

import (
	"math/rand/v2"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
)

// TestSidesLessMatchesKeys: sidesLess orders findings as comparing their
// joined sidesKey did, on random sides whose documents and texts are
// prefixes of one another, empty, equal, or hold the separator (a NUL).
func TestSidesLessMatchesKeys(t *testing.T) {
	rng := rand.New(rand.NewPCG(14, 2))
	words := []string{"", "a", "a.txt", "a.txt#1", "b", "\x00", "a\x00", "a\x00b", "\x01", "é", "a.tx"}
	finding := func() *compare.Finding {
		f := &compare.Finding{}
		for range rng.IntN(4) {
			f.Sides = append(f.Sides, &claims.Claim{Origin: &claims.Origin{Doc: words[rng.IntN(len(words))]}, Text: words[rng.IntN(len(words))]})
		}
		return f
	}
	less, more := 0, 0
	for range 200000 {
		a, b := finding(), finding()
		want := sidesKey(a) < sidesKey(b)
		if got := sidesLess(a, b); got != want {
			t.Fatalf("sidesLess(%q, %q) = %v, want %v", sidesKey(a), sidesKey(b), got, want)
		}
		if want {
			less++
		} else if sidesKey(a) != sidesKey(b) {
			more++
		}
	}
	if less == 0 || more == 0 {
		t.Errorf("random findings ordered %d less, %d more: nothing compared", less, more)
	}
}
