package pipeline

import (
	"strings"
	"sync"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/extract"
)

// Memory follows the largest paragraph, not the largest document. The
// recognizers tokenize a document's sentences and keep them until its
// claims are assembled, some 30 to 60 times the text; a document of
// more than PartSize bytes of body is therefore extracted in parts of
// about PartSize, each cut at a line break, as if each were a document
// of its own (their claims are the document's). A news article is a few
// kilobytes: it is one part, read exactly as before. What is lost at a
// cut in a document of hundreds of kilobytes is what a sentence takes
// from far back in its article: a pronoun's speaker or a short name's
// full name said in an earlier part.
const PartSize = 256 << 10

// TextBudget bounds the bytes of body text handed to extraction and not
// yet done with, whatever the number of cores, so that no more than
// TextBudget/PartSize parts are tokenized or waiting at once; a part
// larger than the budget goes alone. Together with the loader's own
// document (at most --max-size) it bounds the text a run holds.
const TextBudget = 4 << 20

// dateSample bounds the text a document's publication date is inferred
// from when its metadata gives none: its first quarter megabyte.
const dateSample = 256 << 10

// splitBody cuts body into spans of about size bytes of text, each ending
// just after a line break: the last break before size bytes if there is
// one past the half, else the first after. A run of more than 4×size
// bytes without a line break is cut after a sentence's end (". ", "? ",
// "! "), or else a space, or else anywhere between characters.
func splitBody(text string, body claims.Span, size int) []claims.Span {
	var out []claims.Span
	start := body.Start
	for body.End-start > size {
		end := cutAfter(text, start, min(start+size, body.End), body.End, size)
		out = append(out, claims.Span{Start: start, End: end})
		start = end
	}
	if start == body.End && len(out) > 0 {
		return out // the last cut fell at the body's end
	}
	return append(out, claims.Span{Start: start, End: body.End})
}

// cutAfter returns where the part starting at start and aiming at the
// offset aim ends (see splitBody).
func cutAfter(text string, start, aim, limit, size int) int {
	if i := strings.LastIndexByte(text[start+size/2:aim], '\n'); i >= 0 {
		return start + size/2 + i + 1
	}
	far := min(aim+3*size, limit)
	if i := strings.IndexByte(text[aim:far], '\n'); i >= 0 {
		return aim + i + 1
	}
	for _, mark := range []string{". ", "? ", "! ", " "} {
		if i := strings.LastIndex(text[start+size/2:aim], mark); i >= 0 {
			return start + size/2 + i + len(mark)
		}
	}
	for aim > start+1 && !utf8Start(text[aim]) {
		aim--
	}
	for aim < limit && !utf8Start(text[aim]) {
		aim++ // one character is longer than the part
	}
	return aim
}

// utf8Start reports whether b starts a character (is no continuation
// byte).
func utf8Start(b byte) bool { return b&0xc0 != 0x80 }

// partOf is what a part stands for: its document, and whether it is the
// document's last part.
type partOf struct {
	doc  *claims.Document
	last bool
}

// parts hands documents to extraction part by part, within the text
// budget, and tells emit which document a part is of. A document of one
// part is handed as itself.
type parts struct {
	size   int
	budget int

	mu       sync.Mutex
	freed    *sync.Cond
	inFlight int
	of       map[*claims.Document]partOf
}

func newParts(size, budget int) *parts {
	p := &parts{size: size, budget: budget, of: map[*claims.Document]partOf{}}
	p.freed = sync.NewCond(&p.mu)
	return p
}

// yield hands doc to next in parts, each once the budget has room for it.
func (p *parts) yield(doc *claims.Document, next func(*claims.Document)) {
	if doc.Body.Len() <= p.size {
		p.acquire(doc.Body.Len())
		next(doc)
		return
	}
	spans := splitBody(doc.Text, doc.Body, p.size)
	for i, sp := range spans {
		part := *doc
		part.Body = sp
		p.acquire(sp.Len())
		p.mu.Lock()
		p.of[&part] = partOf{doc: doc, last: i == len(spans)-1}
		p.mu.Unlock()
		next(&part)
	}
}

// acquire waits until n more bytes fit the budget, or nothing else is in
// flight.
func (p *parts) acquire(n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for p.inFlight > 0 && p.inFlight+n > p.budget {
		p.freed.Wait()
	}
	p.inFlight += n
}

// done releases a part extraction is done with and returns its document
// and whether it was the document's last part.
func (p *parts) done(part *claims.Document) (*claims.Document, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.inFlight -= part.Body.Len()
	p.freed.Broadcast()
	of, ok := p.of[part]
	if !ok {
		return part, true
	}
	delete(p.of, part)
	return of.doc, of.last
}

// inferDate gives doc the publication date its text shows when its
// metadata gives none (extract.Extractor.Date), read from its first
// dateSample bytes so that a huge file is not tokenized whole, and
// reports whether it has one. A part of a document left undated may
// still find a date in its own text.
func inferDate(ex *extract.Extractor, doc *claims.Document) bool {
	if doc.Body.Len() <= dateSample {
		return ex.Date(doc)
	}
	head := *doc
	head.Body = splitBody(doc.Text, doc.Body, dateSample)[0]
	ok := ex.Date(&head)
	doc.Published, doc.PublishedInferred = head.Published, head.PublishedInferred
	return ok
}
