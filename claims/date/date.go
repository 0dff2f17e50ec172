// Package date recognizes dates, periods and times of day in a sentence and
// resolves relative ones against the publication date.
package date

import (
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
)

// Reference is the date relative expressions are resolved against.
type Reference struct {
	// Time is the publication date; zero when unknown.
	Time time.Time
	// Inferred is set when Time was inferred from the text.
	Inferred bool
}

// Recognizer finds dates using one language pack. It is safe for
// concurrent use.
type Recognizer struct {
	pack *lang.Pack
}

// New returns a recognizer for pack p.
func New(p *lang.Pack) *Recognizer { return &Recognizer{pack: p} }

// Find returns the dates and times in text[sent.Start:sent.End], in text
// order, with spans into text.
func (r *Recognizer) Find(text string, sent claims.Span, ref Reference) []claims.Mention {
	return nil
}

// Event returns the key of the event the date mention m dates in the
// sentence ("visit", "arrive"), or "" when none is found.
func (r *Recognizer) Event(text string, sent claims.Span, m claims.Mention) string {
	return ""
}

// InferPublished guesses a publication date from the full dates in
// text[body.Start:body.End]; ok is false when there are none.
func (r *Recognizer) InferPublished(text string, body claims.Span) (t time.Time, ok bool) {
	return time.Time{}, false
}

// Relation is how two dates relate.
type Relation uint8

// The relations between two dates.
const (
	// Incomparable: one of them is unresolved.
	Incomparable Relation = iota
	// Same: the same interval at the same granularity.
	Same
	// Within: one lies inside the other (a day in a month).
	Within
	// Disjoint: they do not overlap.
	Disjoint
)

// Relate says how a and b relate.
func Relate(a, b *claims.Date) Relation {
	return Incomparable
}
