// Package extract assembles claims from a document: it segments the text,
// runs the recognizers of the document's language pack on each sentence,
// and ties each value to its subject, qualifiers and speaker.
package extract

import (
	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
)

// Extractor turns documents into claims. It is safe for concurrent use.
type Extractor struct {
	packs *lang.Set
}

// New returns an extractor for the languages in packs.
func New(packs *lang.Set) *Extractor { return &Extractor{packs: packs} }

// Document returns the claims of doc in text order.
func (e *Extractor) Document(doc *claims.Document) []*claims.Claim {
	return nil
}
