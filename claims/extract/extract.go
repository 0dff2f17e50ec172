// Package extract assembles claims from a document: it segments the text,
// runs the recognizers of the document's language pack on each sentence,
// and ties each value to its subject, qualifiers and speaker.
//
// The rules, all language-neutral (the words come from the packs):
//   - a quantity is a claim when it counts a known concept ("troops",
//     "deaths") or measures something its sentence names (a height, a
//     loss); bare numbers are not claims, nor are numbers inside dates;
//   - its actor is a place written as the noun's modifier ("North Korean
//     troops", "tentara Korea Utara", "troops from North Korea", "236 were
//     Indonesians"), its location a place after a locative word ("in
//     Russia", "di Rusia"); its role the modifiers that narrow it
//     ("unregistered pilgrims", "kapal penjaga pantai") and "part" for a
//     part of another count ("11 of them"); its period the other year its
//     sentence puts it in, its day the day its sentence dates it to
//     (qualifiers.go);
//   - a date is a claim when it dates an event ("visited", "erupsi");
//   - every full personal name is a name claim, and a name with a title a
//     title claim;
//   - the speaker is the nearest attribution before the value in its
//     sentence, else the first after it; a sentence inside a quotation
//     takes the attribution of the quotation; a pronoun takes the last named
//     speaker; with nobody named, the outlet speaks (speakers.go).
package extract

import (
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

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
	copulas  map[string]bool
	markers  map[string]bool // determiners and prepositions
	conj     map[string]bool // clause and list connectives
	rises    map[string]bool
	topics   keyedPhrases
	mods     keyedPhrases
	parts    keyedPhrases
	partsPre keyedPhrases
	earlier  keyedPhrases
	future   keyedPhrases
	aux      map[string]bool
	follow   bool // modifiers follow the noun
}

// keyedPhrases maps lower-case words and phrases to keys.
type keyedPhrases struct {
	keys   map[string]string
	maxLen int // the longest phrase, in words
}

func newKeyedPhrases(topics []lang.Topic) keyedPhrases {
	k := keyedPhrases{keys: map[string]string{}}
	for _, t := range topics {
		for _, w := range t.Words {
			w = strings.ToLower(w)
			k.keys[w] = t.Key
			k.maxLen = max(k.maxLen, len(strings.Fields(w)))
		}
	}
	return k
}

// at returns the key of the longest phrase starting at toks[i] and its
// length in tokens, or "", 0.
func (k keyedPhrases) at(toks []speaker.Token, i int) (string, int) {
	for n := min(k.maxLen, len(toks)-i); n >= 1; n-- {
		words := make([]string, n)
		for j := range n {
			words[j] = toks[i+j].Lower
		}
		if key, ok := k.keys[strings.Join(words, " ")]; ok {
			return key, n
		}
	}
	return "", 0
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
			copulas:  wordSet(p.Relations.Copulas),
			markers:  wordSet(p.Speech.NounMarkers),
			conj:     wordSet(p.Speech.Connectives),
			rises:    wordSet(p.Relations.Rises),
			topics:   newKeyedPhrases(p.Relations.Topics),
			mods:     newKeyedPhrases(p.Relations.Modifiers),
			parts:    newKeyedPhrases([]lang.Topic{{Key: "part", Words: p.Relations.Partitives}}),
			partsPre: newKeyedPhrases([]lang.Topic{{Key: "part", Words: p.Relations.PartitivesBefore}}),
			earlier:  newKeyedPhrases([]lang.Topic{{Key: "earlier", Words: p.Relations.Earlier}}),
			future:   newKeyedPhrases([]lang.Topic{{Key: "planned", Words: p.Relations.Future}}),
			aux:      wordSet(p.Speech.Auxiliaries),
			follow:   p.Relations.ModifiersFollow,
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
	toks      []speaker.Token
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
	linkEntities(sents)
	e.resolveSpeakers(doc, sents)
	lines := newLineIndex(doc)
	var out []*claims.Claim
	for i := range sents {
		out = append(out, assemble(doc, &sents[i], ref, lines)...)
	}
	for _, c := range out {
		detach(c, doc.Text)
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
		s.toks = speaker.Tokenize(doc.Text, sp)
		s.atts = l.speaker.FindTokens(s.toks)
		s.hedges = l.speaker.HedgedTokens(s.toks)
		if l.speaker.NegatedTokens(s.toks) {
			s.hedges = append(s.hedges, "negated")
		}
		sents = append(sents, s)
	}
	return sents
}

// linkEntities resolves short names and bare roles ("Hayashi", "the
// minister") against the document's full names.
func linkEntities(sents []sentence) {
	var all []claims.Mention
	for _, s := range sents {
		all = append(all, s.entities...)
	}
	entity.Link(all) // mentions share their *Entity with the sentences
}

func overlapsAny(sp claims.Span, ms []claims.Mention) bool {
	for _, m := range ms {
		if m.Span.Overlaps(sp) {
			return true
		}
	}
	return false
}

// story is the folder a document was read from: documents in one folder
// report one story.
func story(doc *claims.Document) string {
	if doc.Path == "" || doc.Path == "-" {
		return path.Dir(doc.ID)
	}
	return filepath.ToSlash(filepath.Dir(doc.Path))
}

// assemble turns a sentence's mentions into claims.
func assemble(doc *claims.Document, s *sentence, ref date.Reference, lines *lineIndex) []*claims.Claim {
	var out []*claims.Claim
	sentenceText := strings.Clone(s.span.Of(doc.Text))
	newClaim := func(kind claims.ClaimKind, span claims.Span) *claims.Claim {
		c := &claims.Claim{
			ID:           doc.ID + "#" + strconv.Itoa(span.Start),
			Doc:          doc.ID,
			Story:        story(doc),
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
	when := period(s, ref)
	for _, m := range s.quants {
		q := m.Quantity
		subject := q.Concept
		switch {
		case subject != "":
		case q.Dimension == claims.DimMagnitude || q.Dimension == claims.DimTemperature:
			subject = string(q.Dimension)
		case q.Dimension == claims.DimCount || q.Dimension == "":
			continue // a bare number: nothing says what it counts
		default:
			// A length, sum or share means something only with what it
			// measures: "tsunami ... 6 meter", "kerugian Rp 250 miliar".
			subject = s.lang.topic(s.toks, q.NumberSpan)
			if subject == "" {
				continue
			}
		}
		c := newClaim(claims.ClaimQuantity, m.Span)
		c.Quantity = q
		c.Subject = subject
		c.Actor, c.Location = qualifiers(doc.Text, s, m)
		c.Role = modifiers(s, q)
		if s.lang.partitive(s.toks, q, m.Span) {
			c.Role = strings.TrimSpace("part " + c.Role)
		}
		c.When = when
		c.At = dayOf(s, q.NumberSpan)
		switch {
		case s.lang.near(s.lang.earlier, s.toks, m.Span, 3, 3):
			c.Event = "earlier"
		case s.lang.rising(s.toks):
			c.Event = "rise"
		}
		out = append(out, c)
	}
	for _, m := range s.dates {
		d := m.Date
		if d.Suspect == "" && (d.AsOf || d.Granularity == claims.Week || d.Granularity >= claims.Year || d.Relative && d.AnchorInferred) {
			// "as of Sunday" dates a count, not an event; "last year" or
			// "this week" is too coarse to date one; "yesterday" in an
			// article whose date was guessed is not exact enough. A month
			// stays: "in December" and "Dec 3" are compatible.
			continue
		}
		event := s.lang.date.Event(doc.Text, s.span, m)
		if event == "" && d.Suspect == "" {
			continue
		}
		if event != "" && s.lang.planned(s.toks) {
			event += ":planned" // "is due to meet" is not "met"
		}
		c := newClaim(claims.ClaimDate, m.Span)
		c.Date = d
		c.Subject = event
		c.Event = event
		out = append(out, c)
	}
	for _, m := range s.entities {
		en := m.Entity
		if en == nil || en.Kind != claims.Person || en.Partial || len(strings.Fields(en.Name)) < 2 {
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
