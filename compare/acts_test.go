package compare

import (
	"reflect"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// acted makes a name claim about the person n, to whom by did act.
func acted(doc string, at int, n, act, by string) *claims.Claim {
	c := name(doc, at, n, "", "")
	c.Entity.Act, c.Entity.ActBy = act, by
	return c
}

// TestActFindings covers act findings: one act of one doer (spelt any way)
// told of two people in two articles; spellings of one person, one
// article, other acts and other doers make none.
func TestActFindings(t *testing.T) {
	tests := []struct {
		Name   string
		Claims []*claims.Claim
		Want   []string
	}{
		{
			Name: "two people for one foul, the doer spelt three ways, the first person twice",
			Claims: []*claims.Claim{
				acted("a", 10, "Rian Pradipta", "foul", "Tomas Varga"),
				acted("b", 10, "Rian Pradiptha", "foul", "Tomas Vargha"),
				acted("c", 10, "Edo Saputra", "foul", "Varga"),
			},
			Want: []string{"name|conflict|misreport|medium|target of the foul by Tomas Varga|a:Rian Pradipta,b:Rian Pradiptha,c:Edo Saputra"},
		},
		{
			Name: "spellings of one person are the spelling finding's",
			Claims: []*claims.Claim{
				acted("a", 10, "Rian Pradipta", "foul", "Tomas Varga"),
				acted("b", 10, "Rian Pradiptha", "foul", "Tomas Varga"),
			},
		},
		{
			Name: "two people in one article",
			Claims: []*claims.Claim{
				acted("a", 10, "Rian Pradipta", "foul", "Tomas Varga"),
				acted("a", 90, "Edo Saputra", "foul", "Tomas Varga"),
			},
		},
		{
			Name: "one article naming two says the act was done twice",
			Claims: []*claims.Claim{
				acted("a", 10, "Rian Pradipta", "foul", "Tomas Varga"),
				acted("a", 90, "Edo Saputra", "foul", "Tomas Varga"),
				acted("b", 10, "Edo Saputra", "foul", "Tomas Varga"),
			},
		},
		{
			Name: "two doers",
			Claims: []*claims.Claim{
				acted("a", 10, "Rian Pradipta", "foul", "Tomas Varga"),
				acted("b", 10, "Edo Saputra", "foul", "Marco Lenz"),
			},
		},
		{
			Name: "two acts",
			Claims: []*claims.Claim{
				acted("a", 10, "Rian Pradipta", "foul", "Tomas Varga"),
				acted("b", 10, "Edo Saputra", "pass", "Tomas Varga"),
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			got := describeAll(actFindings(tt.Claims))
			if !reflect.DeepEqual(got, tt.Want) {
				t.Errorf("got %q\nwant %q", got, tt.Want)
			}
		})
	}
}
