package extract

import (
	"strings"
	"unsafe"

	"github.com/claimcheck/claimcheck/claims"
)

// detach copies every string of c that is a piece of the document text,
// so that the claims of a corpus keep only their own words in memory and
// never a whole article (a substring keeps its whole backing string
// alive). Strings from the packs are shared, not copied.
func detach(c *claims.Claim, text string) {
	own := func(s string) string {
		if inside(s, text) {
			return strings.Clone(s)
		}
		return s
	}
	c.Subject, c.Role, c.Actor, c.Location = own(c.Subject), own(c.Role), own(c.Actor), own(c.Location)
	c.Event, c.When = own(c.Event), own(c.When)
	c.Speaker.Name, c.Speaker.Key = own(c.Speaker.Name), own(c.Speaker.Key)
	for i, h := range c.Hedges {
		c.Hedges[i] = own(h)
	}
	if q := c.Quantity; q != nil {
		cp := *q
		cp.Hedge, cp.Unit, cp.Concept, cp.Counted = own(cp.Hedge), own(cp.Unit), own(cp.Concept), own(cp.Counted)
		c.Quantity = &cp
	}
	if d := c.Date; d != nil {
		cp := *d
		cp.Zone, cp.Suspect, cp.Part = own(cp.Zone), own(cp.Suspect), own(cp.Part)
		c.Date = &cp
	}
	if e := c.Entity; e != nil {
		cp := *e
		cp.Name, cp.Key, cp.Title, cp.Role = own(cp.Name), own(cp.Key), own(cp.Title), own(cp.Role)
		cp.Of, cp.Rank, cp.Org = own(cp.Of), own(cp.Rank), own(cp.Org)
		c.Entity = &cp
	}
}

// inside reports whether s's bytes lie within text's.
func inside(s, text string) bool {
	if len(s) == 0 || len(text) == 0 {
		return false
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	start := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	return p >= start && p < start+uintptr(len(text))
}
