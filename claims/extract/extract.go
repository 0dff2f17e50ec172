// Package extract assembles claims from a document: it segments the text,
// runs the recognizers of the document's language pack on each sentence,
// and ties each value to its subject, qualifiers and speaker.
//
// The rules, all language-neutral (the words come from the packs):
//   - a quantity is a claim when it counts a known concept ("troops",
//     "deaths") or measures a dimension (length, percent, money); bare
//     numbers are not claims, nor are numbers inside dates and times;
//   - its actor is a place written as the noun's modifier ("North Korean
//     troops", "tentara Korea Utara", "troops from North Korea"), its
//     location a place after a locative word ("in Russia", "di Rusia");
//   - a date is a claim when it dates an event ("visited", "erupsi");
//   - every full personal name is a name claim, and a name with a title a
//     title claim;
//   - the speaker is the nearest attribution before the value in its
//     sentence, else the first after it; a sentence inside a quotation
//     takes the attribution of the quotation; a pronoun takes the last named
//     speaker; with nobody named, the outlet speaks.
package extract

import (
	"path"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/date"
	"github.com/claimcheck/claimcheck/claims/entity"
	"github.com/claimcheck/claimcheck/claims/lang"
	"github.com/claimcheck/claimcheck/claims/quantity"
	"github.com/claimcheck/claimcheck/claims/segment"
	"github.com/claimcheck/claimcheck/claims/speaker"
)

// Extractor turns documents into claims. It is safe for concurrent use.
type Extractor struct {
	langs    map[string]*language
	fallback *language
}

// language is one pack with its recognizers, built once.
type language struct {
	pack     *lang.Pack
	seg      *segment.Segmenter
	quantity *quantity.Recognizer
	date     *date.Recognizer
	entity   *entity.Recognizer
	speaker  *speaker.Attributor
	poss     map[string]bool
	loc      map[string]bool
}

// New returns an extractor for the languages in packs. A document in a
// language without a pack is read with the first pack of the set.
func New(packs *lang.Set) *Extractor {
	e := &Extractor{langs: map[string]*language{}}
	for _, p := range packs.All() {
		l := &language{
			pack:     p,
			seg:      segment.New(p),
			quantity: quantity.New(p),
			date:     date.New(p),
			entity:   entity.New(p),
			speaker:  speaker.New(p),
			poss:     wordSet(p.Relations.Possessive),
			loc:      wordSet(p.Relations.Locative),
		}
		e.langs[p.Code] = l
		if e.fallback == nil || p.Code == "en" {
			e.fallback = l
		}
	}
	return e
}

func wordSet(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, w := range list {
		m[strings.ToLower(w)] = true
	}
	return m
}

func (e *Extractor) language(code string) *language {
	if l, ok := e.langs[code]; ok {
		return l
	}
	return e.fallback
}

// sentence is one sentence with what was recognized in it.
type sentence struct {
	span      claims.Span
	lang      *language
	paragraph int
	dates     []claims.Mention
	quants    []claims.Mention
	entities  []claims.Mention
	atts      []speaker.Attribution
	speakers  []claims.Speaker // one per attribution, resolved
	inherited *claims.Speaker  // from the quotation it belongs to
	hedges    []string
}

// Document returns the claims of doc in text order.
func (e *Extractor) Document(doc *claims.Document) []*claims.Claim {
	main := e.language(doc.Language)
	ref := date.Reference{Time: doc.Published, Inferred: doc.PublishedInferred}
	if ref.Time.IsZero() {
		if t, ok := main.date.InferPublished(doc.Text, doc.Body); ok {
			ref = date.Reference{Time: t, Inferred: true}
		}
	}
	sents := e.recognize(doc, main, ref)
	e.resolveSpeakers(doc, sents)
	lines := newLineIndex(doc)
	var out []*claims.Claim
	for i := range sents {
		out = append(out, assemble(doc, &sents[i], ref, lines)...)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	return out
}

// recognize segments the document and runs every recognizer on each
// sentence.
func (e *Extractor) recognize(doc *claims.Document, main *language, ref date.Reference) []sentence {
	spans := main.seg.Sentences(doc.Text, doc.Body, doc.Furniture)
	sents := make([]sentence, 0, len(spans))
	paragraph := 0
	prevEnd := doc.Body.Start
	for _, sp := range spans {
		if strings.Contains(doc.Text[prevEnd:sp.Start], "\n") {
			paragraph++
		}
		prevEnd = sp.End
		l := main
		for _, part := range doc.Parts {
			if part.Span.Contains(sp) {
				l = e.language(part.Language)
			}
		}
		s := sentence{span: sp, lang: l, paragraph: paragraph}
		s.dates = l.date.Find(doc.Text, sp, ref)
		for _, q := range l.quantity.Find(doc.Text, sp) {
			if q.Quantity != nil && !overlapsAny(q.Quantity.NumberSpan, s.dates) {
				s.quants = append(s.quants, q)
			}
		}
		s.entities = l.entity.Find(doc.Text, sp)
		s.atts = l.speaker.Find(doc.Text, sp)
		s.hedges = l.speaker.Hedged(doc.Text, sp)
		if l.speaker.Negated(doc.Text, sp) {
			s.hedges = append(s.hedges, "negated")
		}
		sents = append(sents, s)
	}
	return sents
}

func overlapsAny(sp claims.Span, ms []claims.Mention) bool {
	for _, m := range ms {
		if m.Span.Overlaps(sp) {
			return true
		}
	}
	return false
}

// resolveSpeakers fills each sentence's speakers: names get keys from the
// entities inside them, pronouns the last named speaker, and sentences of
// a quotation the attribution of that quotation.
func (e *Extractor) resolveSpeakers(doc *claims.Document, sents []sentence) {
	var last *claims.Speaker
	for i := range sents {
		s := &sents[i]
		s.speakers = make([]claims.Speaker, len(s.atts))
		for k, a := range s.atts {
			if a.Pronoun {
				if last != nil {
					s.speakers[k] = *last
				}
				continue
			}
			sp := nameSpeaker(doc.Text, a.Name, s.entities)
			s.speakers[k] = sp
			if sp.Key != "" {
				last = &s.speakers[k]
			}
		}
	}
	// A sentence that is wholly quotation with no attribution of its own
	// takes the attribution of a neighbouring quotation sentence in its
	// paragraph: "A. B," said X.  /  "A," X said. "B."
	for i := range sents {
		s := &sents[i]
		if len(s.atts) > 0 || !quoted(doc.Text, s.span) {
			continue
		}
		for _, j := range []int{i + 1, i + 2, i + 3, i - 1, i - 2} {
			if j < 0 || j >= len(sents) || sents[j].paragraph != s.paragraph || len(sents[j].speakers) == 0 {
				continue
			}
			if sp := sents[j].speakers[0]; sp.Key != "" {
				s.inherited = &sp
				break
			}
		}
	}
}

// quoted reports whether a sentence opens or continues a quotation: it
// starts with a quotation mark or ends with one.
func quoted(text string, sp claims.Span) bool {
	s := sp.Of(text)
	for _, q := range []string{`"`, "“", "”", "'"} {
		if strings.HasPrefix(s, q) || strings.HasSuffix(strings.TrimRight(s, ".!?,"), q) {
			return true
		}
	}
	return false
}

// nameSpeaker makes a speaker from the words at name, keyed by the entity
// inside them when there is one: a person first, then an organization,
// then a place.
func nameSpeaker(text string, name claims.Span, ents []claims.Mention) claims.Speaker {
	sp := claims.Speaker{Name: strings.Clone(name.Of(text)), Span: name}
	best := claims.EntityKind(0)
	for _, m := range ents {
		if m.Entity == nil || !m.Span.Overlaps(name) || m.Entity.Key == "" {
			continue
		}
		rank := map[claims.EntityKind]claims.EntityKind{claims.Person: 3, claims.Organization: 2, claims.Place: 1}[m.Entity.Kind]
		if rank > best {
			best = rank
			sp.Key = m.Entity.Key
		}
	}
	if sp.Key == "" {
		sp.Key = fold(sp.Name)
	}
	return sp
}

// fold is a speaker's or name's comparison form: lower case, letters and
// digits only, single spaces, without a leading article.
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		} else {
			space = true
		}
	}
	out := b.String()
	for _, art := range []string{"the ", "a ", "an "} {
		out = strings.TrimPrefix(out, art)
	}
	return out
}

// speakerAt picks the speaker of a value at offset pos in sentence s.
func speakerAt(doc *claims.Document, s *sentence, pos int) claims.Speaker {
	best := -1
	for k, a := range s.atts {
		if s.speakers[k].Key == "" {
			continue
		}
		if a.Cue.End <= pos || a.Name.End <= pos && a.Kind == speaker.Preposition {
			best = k // nearest before: the last one that precedes
		}
	}
	if best < 0 {
		for k, a := range s.atts {
			if s.speakers[k].Key != "" && a.Cue.Start >= pos {
				best = k
				break
			}
		}
	}
	if best >= 0 {
		return s.speakers[best]
	}
	if s.inherited != nil {
		return *s.inherited
	}
	return claims.Speaker{Name: doc.Source, Key: "outlet:" + fold(doc.Source), Outlet: true}
}

// assemble turns a sentence's mentions into claims.
func assemble(doc *claims.Document, s *sentence, ref date.Reference, lines *lineIndex) []*claims.Claim {
	var out []*claims.Claim
	sentenceText := strings.Clone(s.span.Of(doc.Text))
	newClaim := func(kind claims.ClaimKind, span claims.Span) *claims.Claim {
		c := &claims.Claim{
			ID:           doc.ID + "#" + strconv.Itoa(span.Start),
			Doc:          doc.ID,
			Story:        path.Dir(doc.ID),
			Kind:         kind,
			Source:       doc.Source,
			Published:    doc.Published,
			Language:     s.lang.pack.Code,
			Text:         strings.Clone(span.Of(doc.Text)),
			Span:         span,
			Speaker:      speakerAt(doc, s, span.Start),
			Hedges:       s.hedges,
			Sentence:     sentenceText,
			SentenceSpan: s.span,
			Line:         lines.line(span.Start),
		}
		if c.Published.IsZero() && ref.Inferred {
			c.Published = ref.Time
		}
		return c
	}
	for _, m := range s.quants {
		q := m.Quantity
		subject := q.Concept
		if subject == "" {
			if q.Dimension == claims.DimCount || q.Dimension == "" {
				continue // a bare number: nothing says what it counts
			}
			subject = string(q.Dimension)
		}
		c := newClaim(claims.ClaimQuantity, m.Span)
		c.Quantity = q
		c.Subject = subject
		c.Actor, c.Location = qualifiers(doc.Text, s, m)
		out = append(out, c)
	}
	for _, m := range s.dates {
		d := m.Date
		event := s.lang.date.Event(doc.Text, s.span, m)
		if event == "" && d.Suspect == "" {
			continue
		}
		c := newClaim(claims.ClaimDate, m.Span)
		c.Date = d
		c.Subject = event
		c.Event = event
		out = append(out, c)
	}
	for _, m := range s.entities {
		en := m.Entity
		if en == nil || en.Kind != claims.Person || len(strings.Fields(en.Name)) < 2 {
			continue
		}
		c := newClaim(claims.ClaimName, en.NameSpan)
		c.Entity = en
		c.Subject = en.Key
		out = append(out, c)
		if en.Role != "" {
			t := newClaim(claims.ClaimTitle, m.Span)
			t.Entity = en
			t.Subject = en.Key
			t.Role = en.Role
			out = append(out, t)
		}
	}
	return out
}

// qualifiers finds whose the counted thing is (a place written as the
// noun's modifier) and where it is (a place after a locative word).
func qualifiers(text string, s *sentence, m claims.Mention) (actor, location string) {
	q := m.Quantity
	for _, e := range s.entities {
		if e.Entity == nil || e.Entity.Kind != claims.Place || e.Entity.Key == "" {
			continue
		}
		switch {
		case !q.NounSpan.IsZero() && e.Span.Start >= q.NumberSpan.End && e.Span.End <= q.NounSpan.Start:
			// "3,000 North Korean troops"
			if actor == "" {
				actor = e.Entity.Key
			}
		case !q.NounSpan.IsZero() && e.Span.Start >= q.NounSpan.End:
			gap := strings.ToLower(strings.TrimSpace(text[q.NounSpan.End:e.Span.Start]))
			switch {
			case gap == "" || s.lang.poss[gap]:
				// "tentara Korea Utara", "troops from North Korea"
				if actor == "" {
					actor = e.Entity.Key
				}
			case location == "" && s.lang.loc[lastWords(gap, 2)] || location == "" && s.lang.loc[lastWords(gap, 1)]:
				location = e.Entity.Key
			}
		}
	}
	return actor, location
}

// lastWords returns the last n words of s.
func lastWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Join(f, " ")
}

// lineIndex maps byte offsets to line numbers.
type lineIndex struct {
	starts []int
	first  int
}

func newLineIndex(doc *claims.Document) *lineIndex {
	li := &lineIndex{starts: []int{0}, first: max(doc.FirstLine, 1)}
	for i := 0; i < len(doc.Text); i++ {
		if doc.Text[i] == '\n' {
			li.starts = append(li.starts, i+1)
		}
	}
	return li
}

func (li *lineIndex) line(offset int) int {
	return li.first + sort.SearchInts(li.starts, offset+1) - 1
}
