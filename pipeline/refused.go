package pipeline

import (
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/claims/lang"
	"github.com/claimcheck/claimcheck/claims/quantity"
	"github.com/claimcheck/claimcheck/claims/segment"
	"github.com/claimcheck/claimcheck/claims/text"
)

// Refused is a number of a document that was read as a number but not
// taken as a figure, with why (quantity.Recognizer.RefusedIn): a
// negative count, a count under one, more digits than are read exactly,
// exponent notation beyond what news writes.
type Refused struct {
	Doc    string
	Line   int
	Span   claims.Span
	Text   string
	Reason string
}

// refusals finds the refused numbers of documents, with one segmenter
// and one quantity recognizer per language, made when first needed. It is
// used from one goroutine.
type refusals struct {
	packs *lang.Set
	langs map[string]*refusalReader
}

type refusalReader struct {
	seg *segment.Segmenter
	q   *quantity.Recognizer
}

func newRefusals(packs *lang.Set) *refusals {
	return &refusals{packs: packs, langs: map[string]*refusalReader{}}
}

// in returns the refused numbers of part (a document or a part of one,
// by its Body) in text order; line numbers the lines of its text.
func (r *refusals) in(part *claims.Document, line func(int) int) []Refused {
	rd := r.reader(part.Language)
	if rd == nil {
		return nil
	}
	var out []Refused
	for _, sp := range rd.seg.Sentences(part.Text, part.Body, part.Furniture) {
		for _, f := range rd.q.RefusedIn(text.NewSentence(part.Text, sp)) {
			out = append(out, Refused{Doc: part.ID, Line: line(f.Span.Start), Span: f.Span,
				Text: strings.Clone(f.Span.Of(part.Text)), Reason: f.Reason})
		}
	}
	return out
}

// reader returns the segmenter and recognizer of a language, or of the
// default pack.
func (r *refusals) reader(code string) *refusalReader {
	p := r.packs.Lookup(code)
	if p == nil {
		p = r.packs.Default()
	}
	if p == nil {
		return nil
	}
	if rd, ok := r.langs[p.Code]; ok {
		return rd
	}
	rd := &refusalReader{seg: segment.New(p), q: quantity.New(p)}
	r.langs[p.Code] = rd
	return rd
}

// textLine returns a function giving the line of an offset of doc's
// text: the page's source line for HTML (html set, m its map), the
// archive's line for a JSONL document, else counted in the text.
func textLine(doc *claims.Document, m corpus.LineMap, html bool) func(int) int {
	return func(off int) int {
		if html {
			if l := m.Line(off); l > 0 {
				return l
			}
		}
		if doc.Format == "jsonl" {
			return max(doc.FirstLine, 1)
		}
		return max(doc.FirstLine, 1) + strings.Count(doc.Text[:min(off, len(doc.Text))], "\n")
	}
}

func sortRefused(rs []Refused) {
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].Doc != rs[j].Doc {
			return rs[i].Doc < rs[j].Doc
		}
		return rs[i].Span.Start < rs[j].Span.Start
	})
}
