// Package entity recognizes named people (with their titles), organizations
// and places in a sentence, and maps them to canonical keys.
package entity

import (
	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
)

// Recognizer finds entities using one language pack. It is safe for
// concurrent use.
type Recognizer struct {
	pack *lang.Pack
}

// New returns a recognizer for pack p.
func New(p *lang.Pack) *Recognizer { return &Recognizer{pack: p} }

// Find returns the entities in text[sent.Start:sent.End], in text order,
// with spans into text.
func (r *Recognizer) Find(text string, sent claims.Span) []claims.Mention {
	return nil
}
