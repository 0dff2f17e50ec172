package extract

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// ownWords copies the words a claim takes from its article as written — a
// hedge, a name, a title, a time zone, the modifiers that narrow a count —
// so that no claim points into an article's text. The text is dropped once
// its claims are taken (pipeline.Run), and a substring would keep the
// whole article alive. Every other string of a claim is a pack's key or
// is built anew; TestClaimsOwnTheirWords checks every field.
func ownWords(c *claims.Claim) {
	c.Role = strings.Clone(c.Role)
	if q := c.Quantity; q != nil {
		q.Hedge = strings.Clone(q.Hedge)
	}
	for _, d := range []*claims.Date{c.Date, c.At} {
		if d != nil {
			d.Zone = strings.Clone(d.Zone)
		}
	}
	if e := c.Entity; e != nil {
		e.Name, e.Title, e.ActBy = strings.Clone(e.Name), strings.Clone(e.Title), strings.Clone(e.ActBy)
	}
}
