// Package quantity recognizes amounts in a sentence: numbers in digits or
// words, multipliers, ranges, hedges, vague magnitudes and increments, with
// the unit or counted noun they go with.
package quantity

import (
	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
)

// Recognizer finds quantities using one language pack. It is safe for
// concurrent use.
type Recognizer struct {
	pack *lang.Pack
}

// New returns a recognizer for pack p.
func New(p *lang.Pack) *Recognizer { return &Recognizer{pack: p} }

// Find returns the quantities in text[sent.Start:sent.End], in text order,
// with spans into text.
func (r *Recognizer) Find(text string, sent claims.Span) []claims.Mention {
	return nil
}
