package extract

import (
	"unique"

	"github.com/claimcheck/claimcheck/claims"
)

// ownWords copies the words a claim takes from its article as written — a
// hedge, a name, a title, a time zone, the modifiers that narrow a count,
// the head noun's fold — so that no claim points into an article's text or
// a sentence's folded copy. The text is dropped once its claims are taken
// (pipeline.Run), and a substring would keep the whole article alive.
// Every other string of a claim is a pack's key or is built anew;
// TestClaimsOwnTheirWords checks every field.
//
// The words are interned (unique.Make copies a string the first time it
// is seen): the same role, hedge, zone, head noun and name come back in
// claim after claim, and one copy is kept for all.
func ownWords(c *claims.Claim) {
	c.Role = own(c.Role)
	if q := c.Quantity; q != nil {
		q.Hedge, q.Head, q.Counted = own(q.Hedge), own(q.Head), own(q.Counted)
	}
	for _, d := range []*claims.Date{c.Date, c.At()} {
		if d != nil {
			d.Zone = own(d.Zone)
		}
	}
	if e := c.Entity; e != nil {
		e.Name, e.Title, e.ActBy = own(e.Name), own(e.Title), own(e.ActBy)
	}
}

// own returns the interned copy of s.
func own(s string) string {
	if s == "" {
		return s
	}
	return unique.Make(s).Value()
}
