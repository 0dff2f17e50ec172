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
	"path/filepath"
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
		s.toks = speaker.Tokenize(doc.Text, sp)
		s.hedges = l.speaker.Hedged(doc.Text, sp)
		if l.speaker.Negated(doc.Text, sp) {
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
			name := a.Name
			if !a.Alt.IsZero() && overlapsAny(name, s.dates) {
				name = a.Alt // "Eynollahi, Rabu malam (3/1), mengumumkan"
			}
			sp := nameSpeaker(doc.Text, name, s.entities)
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

// topicWindow is how many words from the number a topic word may stand.
const topicWindow = 6

// topic returns the key of the topic word nearest to the number within
// topicWindow words, or "".
func (l *language) topic(toks []speaker.Token, number claims.Span) string {
	at := 0
	for at < len(toks) && toks[at].Span.End <= number.Start {
		at++
	}
	best, bestDist := "", 1<<30
	for i := max(0, at-topicWindow-l.topics.maxLen); i < len(toks) && i <= at+topicWindow; i++ {
		key, n := l.topics.at(toks, i)
		if n == 0 {
			continue
		}
		d := toks[i].Span.Start - number.End
		if d < 0 {
			d = number.Start - toks[i+n-1].Span.End
		}
		if d >= 0 && d < bestDist {
			best, bestDist = key, d
		}
		i += n - 1
	}
	return best
}

// partitive reports whether a partitive phrase follows the number within
// the quantity's words or right after them ("11 of them", "11 orang di
// antaranya luka berat"), or stands right before it ("including 35").
func (l *language) partitive(toks []speaker.Token, q *claims.Quantity, span claims.Span) bool {
	past := 0 // words read past the quantity's end
	for i, t := range toks {
		if t.Span.Start < q.NumberSpan.End {
			continue
		}
		if t.Span.Start >= span.End {
			if past++; past > 2 {
				break
			}
		}
		if t.Punct {
			break
		}
		if _, n := l.parts.at(toks, i); n > 0 {
			return true
		}
	}
	return l.near(l.partsPre, toks, span, 1, 0)
}

// near reports whether a phrase of k ends within before words before span
// or starts within after words after it, with no punctuation between.
func (l *language) near(k keyedPhrases, toks []speaker.Token, span claims.Span, before, after int) bool {
	first, last := -1, -1
	for i, t := range toks {
		if t.Span.Start >= span.Start && first < 0 {
			first = i
		}
		if t.Span.End <= span.End {
			last = i
		}
	}
	if first < 0 {
		first = len(toks)
	}
	for i := first - 1; i >= 0 && i >= first-before; i-- {
		if toks[i].Punct {
			break
		}
		for j := i; j >= 0 && j > i-k.maxLen; j-- {
			if _, n := k.at(toks, j); n > 0 && j+n-1 == i {
				return true
			}
		}
	}
	for i := last + 1; i < len(toks) && i <= last+after; i++ {
		if toks[i].Punct {
			break
		}
		if _, n := k.at(toks, i); n > 0 {
			return true
		}
	}
	return false
}

// dayOf returns the resolved day-precise date of the sentence nearest to
// the number, or nil.
func dayOf(s *sentence, number claims.Span) *claims.Date {
	var best *claims.Date
	bestDist := 1 << 30
	for _, m := range s.dates {
		d := m.Date
		if d == nil || !d.Resolved || d.Suspect != "" || d.Granularity > claims.Day {
			continue
		}
		dist := m.Span.Start - number.End
		if dist < 0 {
			dist = number.Start - m.Span.End
		}
		if dist < bestDist {
			best, bestDist = d, dist
		}
	}
	return best
}

// planned reports whether the sentence speaks of a planned event.
func (l *language) planned(toks []speaker.Token) bool { return l.any(l.future, toks) }

// any reports whether a phrase of k occurs in toks.
func (l *language) any(k keyedPhrases, toks []speaker.Token) bool {
	for i := range toks {
		if _, n := k.at(toks, i); n > 0 {
			return true
		}
	}
	return false
}

// rising reports whether the sentence says a count has grown.
func (l *language) rising(toks []speaker.Token) bool {
	for _, t := range toks {
		if l.rises[t.Lower] {
			return true
		}
	}
	return false
}

// modifiers returns what narrows a count, sorted and joined: the words
// written between the number and its noun ("31 officially registered
// pilgrims"), and in languages whose modifiers follow the noun the listed
// modifiers after it ("kapal penjaga pantai Tiongkok"). Listed modifiers
// become their shared keys; other lower-case words stay as written.
// Places are the actor, not a modifier.
func modifiers(s *sentence, q *claims.Quantity) string {
	if q.NounSpan.IsZero() {
		return ""
	}
	var keys []string
	if q.NounSpan.Start > q.NumberSpan.End {
		gap := claims.Span{Start: q.NumberSpan.End, End: q.NounSpan.Start}
		for i := 0; i < len(s.toks); i++ {
			t := s.toks[i]
			if !gap.Contains(t.Span) || t.Punct || inEntity(t.Span, s.entities) || s.lang.rises[t.Lower] || s.lang.poss[t.Lower] || s.lang.loc[t.Lower] || s.lang.markers[t.Lower] {
				continue // "dozens of houses", "40 of the dead": "of the" narrows nothing
			}
			if key, n := s.lang.mods.at(s.toks, i); n > 0 {
				keys = append(keys, key)
				i += n - 1
				continue
			}
			if !t.Upper {
				keys = append(keys, t.Lower)
			}
		}
	}
	if s.lang.follow {
		_, after := s.lang.followingModifiers(s.toks, q.NounSpan.End)
		keys = append(keys, after...)
	}
	if len(keys) > 3 {
		return ""
	}
	sort.Strings(keys)
	return strings.Join(keys, " ")
}

// followingModifiers reads the listed modifiers right after offset and
// returns the offset after them with their keys.
func (l *language) followingModifiers(toks []speaker.Token, offset int) (int, []string) {
	i := 0
	for i < len(toks) && toks[i].Span.Start < offset {
		i++
	}
	var keys []string
	for i < len(toks) {
		key, n := l.mods.at(toks, i)
		if n == 0 && l.aux[toks[i].Lower] && i+1 < len(toks) {
			// "pengungsi telah berobat"
			if key, n = l.mods.at(toks, i+1); n > 0 {
				n++
			}
		}
		if n == 0 {
			break
		}
		keys = append(keys, key)
		offset = toks[i+n-1].Span.End
		i += n
	}
	return offset, keys
}

func inEntity(sp claims.Span, ents []claims.Mention) bool {
	for _, e := range ents {
		if e.Span.Contains(sp) {
			return true
		}
	}
	return false
}

// period returns the year a sentence is about when a date in it puts it in
// another year than the reference ("last year", "in 2023"), or "".
func period(s *sentence, ref date.Reference) string {
	if ref.Time.IsZero() {
		return ""
	}
	for _, m := range s.dates {
		d := m.Date
		if d == nil || !d.Resolved || d.Granularity < claims.Month || d.Clock {
			continue
		}
		if y := d.Start.Year(); y != ref.Time.Year() && d.End.Sub(d.Start).Hours() <= 24*366 {
			return strconv.Itoa(y)
		}
	}
	return ""
}

// qualifiers finds whose the counted thing is (a place written as the
// noun's modifier) and where it is (a place after a locative word).
func qualifiers(text string, s *sentence, m claims.Mention) (actor, location string) {
	q := m.Quantity
	defer func() {
		// A place near a measurement is where it was measured ("tsunami
		// Palu ... 6 meter"), not whose: only counts look for one.
		if actor == "" && q.Dimension == claims.DimCount {
			actor = nearbyActor(text, s, m)
		}
	}()
	for _, e := range s.entities {
		if e.Entity == nil || e.Entity.Kind != claims.Place || e.Entity.Key == "" {
			continue
		}
		switch {
		case !q.NounSpan.IsZero() && e.Span.Start >= q.NumberSpan.End && e.Span.End <= q.NounSpan.Start:
			// "3,000 North Korean troops"
			if actor == "" && q.Dimension == claims.DimCount {
				actor = e.Entity.Key
			}
		case !q.NounSpan.IsZero() && e.Span.Start >= q.NounSpan.End:
			from := q.NounSpan.End
			if s.lang.follow {
				from, _ = s.lang.followingModifiers(s.toks, from)
			}
			if e.Span.Start < from {
				continue
			}
			gap := strings.ToLower(strings.TrimSpace(text[from:e.Span.Start]))
			switch {
			case gap == "" || s.lang.poss[gap]:
				// "tentara Korea Utara", "troops from North Korea"
				if actor == "" && q.Dimension == claims.DimCount {
					actor = e.Entity.Key
				}
			case location == "" && s.lang.loc[lastWords(gap, 2)] || location == "" && s.lang.loc[lastWords(gap, 1)]:
				location = e.Entity.Key
			}
		}
	}
	return actor, location
}

// nearbyActor finds a place written close before the number in the same
// clause ("The Iranian death toll reached 17") or tied to it after by a
// possessive word ("165 dari Indonesia", "660 merupakan jemaah asal
// Mesir"); a place inside the speaker's name does not count. For generic
// counts a person or organization close before counts too ("Hendra won
// 38,475 votes").
func nearbyActor(text string, s *sentence, m claims.Mention) string {
	generic := claims.IsGeneric(m.Quantity.Concept)
	const window = 3
	num := m.Quantity.NumberSpan
	var speakers []claims.Span
	for _, a := range s.atts {
		speakers = append(speakers, a.Name)
	}
	var places []claims.Mention
	for _, e := range s.entities {
		if e.Entity == nil || e.Entity.Key == "" || e.Entity.Kind != claims.Place && !generic {
			continue
		}
		spoken := false
		for _, sp := range speakers {
			spoken = spoken || sp.Overlaps(e.Span)
		}
		if !spoken {
			places = append(places, e)
		}
	}
	// After the count first: "165 dari Indonesia", "236 were Indonesians".
	for _, e := range places {
		if e.Span.Start < m.Span.End {
			continue
		}
		gap := strings.Fields(strings.ToLower(text[m.Span.End:e.Span.Start]))
		if len(gap) > 0 && len(gap) <= 3 && s.lang.poss[gap[len(gap)-1]] || len(gap) == 1 && s.lang.copulas[gap[0]] {
			return e.Entity.Key
		}
	}
	// Then close before it, in the same clause and list item: "The
	// Iranian death toll reached 17".
	for _, e := range places {
		if e.Span.End > num.Start || s.lang.afterPreposition(s.toks, e.Span.Start) {
			continue // "in Central Sulawesi climbed to 21": where, not whose
		}
		if between := s.lang.wordsBetween(s.toks, e.Span.End, num.Start); between >= 0 && between <= window {
			return e.Entity.Key
		}
	}
	return ""
}

// afterPreposition reports whether the word before offset is a locative
// or possessive preposition ("in", "di", "from", "dari"): a place after
// one is where or whence, not whose.
func (l *language) afterPreposition(toks []speaker.Token, offset int) bool {
	for i, t := range toks {
		if t.Span.Start >= offset {
			return i > 0 && (l.loc[toks[i-1].Lower] || l.poss[toks[i-1].Lower])
		}
	}
	return false
}

// wordsBetween counts the words between two offsets, or -1 when
// punctuation or a connective ("and", "dan") separates them.
func (l *language) wordsBetween(toks []speaker.Token, from, to int) int {
	n := 0
	for _, t := range toks {
		if t.Span.Start < from || t.Span.End > to {
			continue
		}
		if t.Punct || l.conj[t.Lower] {
			return -1
		}
		n++
	}
	return n
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
	single bool // a JSONL document is one line of its archive
}

func newLineIndex(doc *claims.Document) *lineIndex {
	li := &lineIndex{starts: []int{0}, first: max(doc.FirstLine, 1), single: doc.Format == "jsonl"}
	for i := 0; i < len(doc.Text); i++ {
		if doc.Text[i] == '\n' {
			li.starts = append(li.starts, i+1)
		}
	}
	return li
}

func (li *lineIndex) line(offset int) int {
	if li.single {
		return li.first
	}
	return li.first + sort.SearchInts(li.starts, offset+1) - 1
}
