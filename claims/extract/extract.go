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
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/date"
	"github.com/claimcheck/claimcheck/claims/entity"
	"github.com/claimcheck/claimcheck/claims/lang"
	"github.com/claimcheck/claimcheck/claims/lang/lexicon"
	"github.com/claimcheck/claimcheck/claims/quantity"
	"github.com/claimcheck/claimcheck/claims/segment"
	"github.com/claimcheck/claimcheck/claims/speaker"
	"github.com/claimcheck/claimcheck/claims/text"
)

// Extractor turns documents into claims. It is safe for concurrent use.
type Extractor struct {
	langs    map[string]*language
	fallback *language
	places   placeWords
	// scratches hold the scratch of the documents being extracted.
	scratches sync.Pool
}

// phrases are a pack's words and phrases; a topic's or modifier's are
// valued by its key, the others by "".
type phrases = text.Matcher[string]

// language is one pack with its recognizers and word lists, built once.
type language struct {
	pack        *lang.Pack
	seg         *segment.Segmenter
	quantity    *quantity.Recognizer
	date        *date.Recognizer
	entity      *entity.Recognizer
	speaker     *speaker.Attributor
	poss        *phrases
	loc         *phrases
	copulas     *phrases
	markers     *phrases // determiners and prepositions
	nonMods     *phrases // classifiers, links and words that narrow nothing ("unit", "of", "other", "lainnya")
	conj        *phrases // clause and list connectives
	rises       *phrases
	reaches     *phrases // what a clause's subject amounts to ("rose to", "mencapai")
	subjects    *phrases // concept words a clause's subject may be, by concept
	rates       *phrases // rate phrases ("a week"), by calendar unit
	each        *phrases // amounts for each one, before a noun ("per keluarga")
	restate     *phrases // the same figure in other terms ("atau", "or")
	overall     *phrases // a total over places ("total", "keseluruhan")
	sources     *phrases // where a sum comes from ("dari", "from")
	baselines   *phrases // the figure a change is from ("naik dari", "up from")
	thisBefore  *phrases // the current period, before its unit ("this")
	thisAfter   *phrases // ... and after it ("ini")
	eachAlone   *phrases // ... and by themselves ("apiece")
	windows     *phrases // window words ("for", "dalam")
	units       *phrases // calendar units ("days", "hari")
	targets     *phrases // aims ("target", "menargetkan")
	threats     *phrases // aims of a bound only ("faces up to")
	anaphors    *phrases // subjects that stand for the last figure ("jumlah itu")
	appositives *phrases // "yakni", "namely"
	others      *phrases // "other", "lainnya"
	totals      *phrases // "jumlah", "the number of"
	partial     *phrases // "partial", "hanya sebagian"
	says        *phrases // speech verbs after a speaker ("said", "mengatakan")
	populations *phrases // the words of the populations ("jemaah", "people")
	phases      *phrases // phases of an event ("aftershock"), by key
	scopes      *phrases // a figure's reach ("nationwide"), by key
	causes      *phrases // what made a rise ("after", "setelah")
	dests       *phrases // where something went ("ke", "to")
	stances     *phrases // the side a vote was cast for ("rejected"), by key
	camps       *phrases // words that place a speaker in a camp, by camp
	backRefs    *phrases // sentence openers that attribute the sentence before ("hal itu")
	lexicon     *lexicon.Lexicon
	// refinable holds the pack's population concepts (Concept.Refinable).
	refinable map[string]bool
	aux       *phrases // auxiliaries and passive helpers ("telah", "have been")
	topics    *phrases
	// bearings are the compass words written in lower case, as a bearing
	// from a place is ("37 km barat daya Garut"), not as a place's name
	// ("Jawa Barat").
	bearings *phrases
	ages     ageWords // the words of a person's age (ages.go)
	mods     *phrases
	modKeys  map[string]bool // the keys of the listed modifiers
	verbs    *phrases        // state verbs before a count, by modifier key
	parts    *phrases
	partsPre *phrases
	earlier  *phrases
	future   *phrases
	// topicWords is the length of the longest topic phrase, in words:
	// a topic may start that much before the window around a number.
	topicWords int
	follow     bool // modifiers follow the noun
}

// New returns an extractor for the languages in packs. A document in a
// language without a pack is read with the set's Default pack.
func New(packs *lang.Set) *Extractor {
	e := &Extractor{langs: map[string]*language{}}
	lex := lexicon.New()
	for _, p := range packs.All() {
		r := p.Relations
		l := &language{
			pack:        p,
			seg:         segment.New(p),
			quantity:    quantity.New(p),
			date:        date.New(p),
			entity:      entity.New(p),
			speaker:     speaker.New(p),
			poss:        listed(r.Possessive),
			loc:         listed(r.Locative),
			copulas:     listed(r.Copulas),
			markers:     listed(p.Speech.NounMarkers),
			nonMods:     listed(concat(p.Numbers.Classifiers, p.Numbers.NounLinks, p.Numbers.NonHeads, r.Partitives)),
			conj:        listed(p.Speech.Connectives),
			rises:       listed(r.Rises),
			reaches:     listed(r.Reaches),
			subjects:    clauseSubjects(p.Concepts),
			rates:       rateWords(p),
			each:        listed(r.Each),
			restate:     listed(r.Restatements),
			overall:     listed(r.Overall),
			sources:     listed(r.Sources),
			baselines:   listed(r.Baselines),
			thisBefore:  listed(current(p.Dates.ShiftsBefore)),
			thisAfter:   listed(current(p.Dates.ShiftsAfter)),
			eachAlone:   listed(r.EachAlone),
			windows:     listed(r.Windows),
			units:       listed(mapKeys(p.Dates.Units)),
			targets:     listed(r.Targets),
			threats:     listed(r.Threats),
			anaphors:    listed(r.Anaphors),
			appositives: listed(r.Appositives),
			others:      listed(r.Others),
			totals:      listed(r.Totals),
			partial:     listed(r.Partial),
			says:        listed(p.Speech.VerbsAfterSpeaker),
			populations: populationWords(p),
			phases:      keyed(r.Phases),
			scopes:      keyed(r.Scopes),
			causes:      listed(r.Causes),
			dests:       listed(r.Destinations),
			stances:     keyed(r.Stances),
			camps:       keyed(p.Speech.Camps),
			backRefs:    listed(p.Speech.BackReferences),
			lexicon:     lex,
			refinable:   refinableConcepts(p),
			aux:         listed(concat(p.Speech.Auxiliaries, p.Speech.Passives)),
			topics:      keyed(r.Topics),
			bearings:    bearings(r.Directions),
			ages:        newAgeWords(r.Ages),
			mods:        keyed(r.Modifiers),
			modKeys:     topicKeys(r.Modifiers),
			verbs:       keyed(r.StateVerbs),
			parts:       listed(r.Partitives),
			partsPre:    listed(r.PartitivesBefore),
			earlier:     listed(r.Earlier),
			future:      listed(r.Future),
			topicWords:  longest(r.Topics),
			follow:      r.ModifiersFollow,
		}
		e.langs[p.Code] = l
	}
	if d := packs.Default(); d != nil {
		e.fallback = e.langs[d.Code]
	}
	e.places = newPlaceWords(packs)
	return e
}

// current returns the shift words that name the current period ("this",
// "ini"), sorted.
func current(shifts map[string]int) []string {
	var out []string
	for w, n := range shifts {
		if n == 0 {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

// listed returns a matcher of the words and phrases of list, whose
// values are not read: what counts is that one is written.
func listed(list []string) *phrases {
	m := text.NewMatcher[string]()
	m.AddAll(list, "", text.AnyCase)
	return m
}

// bearings returns a matcher of the compass words of directions, in
// lower case only; "central" is no bearing.
func bearings(directions map[string]string) *phrases {
	m := text.NewMatcher[string]()
	for _, w := range slices.Sorted(maps.Keys(directions)) {
		if k := directions[w]; k != "central" {
			m.Add(w, k, text.Exact)
		}
	}
	return m
}

// keyed returns a matcher of the topics' words, each valued by its
// topic's key. A phrase listed twice takes the later topic's key.
func keyed(topics []lang.Topic) *phrases {
	m := text.NewMatcher[string]()
	for i := len(topics) - 1; i >= 0; i-- { // the first added wins a tie
		t := topics[i]
		for k := len(t.Words) - 1; k >= 0; k-- {
			m.Add(t.Words[k], t.Key, text.AnyCase)
		}
	}
	return m
}

// longest returns the length of the topics' longest phrase, in words.
func longest(topics []lang.Topic) int {
	n := 0
	for _, t := range topics {
		for _, w := range t.Words {
			n = max(n, len(strings.Fields(w)))
		}
	}
	return n
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
	// before is the concept of the article's last count before this
	// sentence, which an anaphor ("jumlah itu") stands for.
	before string
	// prev is the article's sentence before this one, nil for the first:
	// a measure's anaphor ("luasnya") stands for the topic named last.
	prev      *sentence
	text      *text.Sentence // tokenized once, for the recognizers that take it
	words     *text.WordView // text in words, for the relation words below
	dateScan  date.Scanned   // the dates' scan, for their event words
	dates     []claims.Mention
	quants    []claims.Mention
	entities  []claims.Mention
	atts      []speaker.Attribution
	speakers  []claims.Speaker // one per attribution, resolved
	inherited *claims.Speaker  // from the quotation it belongs to
	hedges    []string
	marks     claims.Marks // marks every claim of the sentence bears
	// day is the last day its article names up to it (times.go): a time
	// of day written alone ("hingga pukul 20.00 WIB") is of that day.
	day *claims.Date
}

// Date fills a document's missing publication date from its text's own
// dates, marked inferred, and reports whether the document has one.
func (e *Extractor) Date(doc *claims.Document) bool {
	if doc.Published.IsZero() {
		if t, ok := e.language(doc.Language).date.InferPublished(doc.Text, doc.Body); ok {
			doc.Published, doc.PublishedInferred = t, true
		}
	}
	return !doc.Published.IsZero()
}

// Document returns the claims of doc in text order. A publication date
// the document lacks is inferred from its text's own dates (Date) and
// written on the document (Published, PublishedInferred), which every
// claim and report reads. A document with none reads its dates by its
// story's (StoryDate).
func (e *Extractor) Document(doc *claims.Document) []*claims.Claim {
	main := e.language(doc.Language)
	e.Date(doc)
	ref := date.Reference{Time: doc.Published, Inferred: doc.PublishedInferred}
	if ref.Time.IsZero() && !doc.StoryDate.IsZero() {
		ref = date.Reference{Time: doc.StoryDate, Inferred: true}
	}
	sc := e.scratch()
	defer e.release(sc)
	sents := e.recognize(doc, main, ref, sc)
	readTimes(sents)
	linkEntities(sents)
	doc.Names = names(sents)
	e.resolveSpeakers(doc, sents, &sc.arena)
	lines := newLineIndex(doc)
	origin := &claims.Origin{Doc: doc.ID, Story: story(doc), Source: doc.Source, Published: doc.Published}
	var out []*claims.Claim
	// What the article was last counting: a short news paragraph often
	// goes on with "jumlah itu" or "yakni 629 orang" in the next one.
	before := ""
	for i := range sents {
		s := &sents[i]
		s.before = before
		if i > 0 {
			s.prev = &sents[i-1]
		}
		cs := assemble(doc, origin, s, ref, lines, e.places)
		for _, c := range cs {
			if c.Kind == claims.ClaimQuantity && c.Quantity.Dimension == claims.DimCount && !claims.IsGeneric(c.Subject) {
				before = c.Subject
			}
		}
		out = append(out, cs...)
	}
	restateFigures(out, main.population)
	restoreHeadlines(out)
	shareMoments(out)
	markBreakdowns(out)
	for _, c := range out {
		ownWords(c)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	setIDs(doc.ID, out)
	return out
}

// scratch is what extracting a document takes and gives back: the arena
// that lends the sentences' tokens and the array of its sentences. No
// claim keeps a token or points into a sentence, only strings and values.
type scratch struct {
	arena text.Arena
	sents []sentence
}

// scratch takes a scratch from the pool, one a worker in the steady state.
func (e *Extractor) scratch() *scratch {
	if sc, ok := e.scratches.Get().(*scratch); ok {
		return sc
	}
	return new(scratch)
}

// release clears sc, so that a pooled scratch keeps no text alive, and
// puts it back.
func (e *Extractor) release(sc *scratch) {
	sc.arena.Reset()
	clear(sc.sents)
	sc.sents = sc.sents[:0]
	e.scratches.Put(sc)
}

// setIDs gives each claim its ID, the document's and the claim's offset
// ("story/a.txt#120"), all written in one string: a claim's own would
// cost an allocation and round its 30-odd bytes up to 48.
func setIDs(doc string, cs []*claims.Claim) {
	var num [20]byte
	n := 0
	for _, c := range cs {
		n += len(doc) + 1 + len(strconv.AppendInt(num[:0], int64(c.Span.Start), 10))
	}
	var b strings.Builder
	b.Grow(n)
	ends := make([]int, len(cs))
	for i, c := range cs {
		b.WriteString(doc)
		b.WriteByte('#')
		b.Write(strconv.AppendInt(num[:0], int64(c.Span.Start), 10))
		ends[i] = b.Len()
	}
	all, start := b.String(), 0
	for i, c := range cs {
		c.ID, start = all[start:ends[i]], ends[i]
	}
}

// recognize segments the document and runs every recognizer on each
// sentence.
func (e *Extractor) recognize(doc *claims.Document, main *language, ref date.Reference, sc *scratch) []sentence {
	spans := main.seg.Sentences(doc.Text, doc.Body, doc.Furniture)
	sents, a := sc.sents[:0], &sc.arena
	paragraph := 0
	prevEnd := doc.Body.Start
	for _, sp := range spans {
		if strings.Contains(doc.Text[prevEnd:sp.Start], "\n") {
			paragraph++
		}
		prevEnd = sp.End
		sents = append(sents, e.read(doc, sp, main, ref, a))
		sents[len(sents)-1].paragraph = paragraph
	}
	sc.sents = sents // kept for the next document, grown
	return sents
}

// read runs the recognizers of the sentence's language on the sentence at
// sp: a part of the document in another language is read with that
// language's pack.
func (e *Extractor) read(doc *claims.Document, sp claims.Span, main *language, ref date.Reference, a *text.Arena) sentence {
	l := main
	for _, part := range doc.Parts {
		if part.Span.Contains(sp) {
			l = e.language(part.Language)
		}
	}
	ts := a.Sentence(doc.Text, sp)
	s := sentence{span: sp, lang: l, text: ts, words: ts.WordView()}
	s.dateScan = l.date.Scan(ts)
	s.dates = l.date.FindScanned(s.dateScan, ref)
	for _, q := range l.quantity.FindIn(ts) {
		if q.Quantity != nil && !overlapsAny(q.Quantity.NumberSpan, s.dates) {
			s.quants = append(s.quants, q)
		}
	}
	s.entities = l.entity.FindIn(ts)
	s.atts = l.speaker.FindIn(ts)
	s.hedges = l.speaker.HedgedIn(ts)
	if l.speaker.NegatedIn(ts) {
		s.marks |= claims.MarkNegated
	}
	return s
}

// names returns the keys of the entities the sentences name, sorted, each
// once.
func names(sents []sentence) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range sents {
		for _, m := range s.entities {
			if m.Entity != nil && m.Entity.Key != "" && !seen[m.Entity.Key] {
				seen[m.Entity.Key] = true
				out = append(out, m.Entity.Key)
			}
		}
	}
	sort.Strings(out)
	return out
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

// nounKey is the subject of a count of a noun no concept lists, from its
// head word and the words after it: the bilingual lexicon's key when it
// knows the noun ("containers" and "kontainer" are both "container",
// "rumah sakit" is "hospital"), else the lemma marked as its language's
// ("id:pendaki"), which meets only the same noun.
func (l *language) nounKey(s *sentence, q *claims.Quantity) string {
	lemmas := l.headLemmas(s, q)
	if key, _, ok := l.lexicon.Match(l.pack.Code, lemmas); ok {
		return key
	}
	return l.pack.Code + ":" + lemmas[0]
}

// headLemmas are the lemmas of a count's head word and, where modifiers
// follow the noun, of the words after it up to punctuation (a noun of
// several words: "rumah sakit"), at most three.
func (l *language) headLemmas(s *sentence, q *claims.Quantity) []string {
	lemmas := []string{l.pack.Inflection.Lemma(q.Head)}
	if !l.follow {
		return lemmas
	}
	v := s.words
	for j := wordAtOffset(v, q.NounSpan.End); j < len(v.Words) && len(lemmas) < 3; j++ {
		w := v.Words[j]
		if w.Kind != text.Word {
			break
		}
		lemmas = append(lemmas, l.pack.Inflection.Lemma(w.Fold))
	}
	return lemmas
}

// mapKeys returns the keys of m, sorted.
func mapKeys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// population reports whether a concept is a population a status narrows
// ("people", "pilgrims", "crowd"): a count of it may restate a figure of
// what happened to them.
func (l *language) population(concept string) bool {
	return l.refinable[concept] || claims.IsGeneric(concept)
}

// people reports whether concept counts people: a population that is no
// thing ("places" and "companies" are generic things).
func (l *language) people(concept string) bool {
	return l.population(concept) && !lang.TraitsOf(concept).Has(lang.Thing)
}

func refinableConcepts(p *lang.Pack) map[string]bool {
	m := map[string]bool{}
	for _, c := range p.Concepts {
		if c.Refinable {
			m[c.Key] = true
		}
	}
	return m
}

// concat returns the lists one after the other, in a new slice.
func concat(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// topicKeys returns the set of the topics' keys.
func topicKeys(topics []lang.Topic) map[string]bool {
	out := make(map[string]bool, len(topics))
	for _, t := range topics {
		out[t.Key] = true
	}
	return out
}

// populationWords lists the words of the pack's populations.
func populationWords(p *lang.Pack) *phrases {
	m := text.NewMatcher[string]()
	for _, c := range p.Concepts {
		if c.Refinable {
			m.AddAll(c.Words, c.Key, text.AnyCase)
		}
	}
	return m
}
