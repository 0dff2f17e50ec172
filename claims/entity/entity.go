// Package entity recognizes named people (with their titles), organizations
// and places in a sentence, and maps them to canonical keys.
//
// Everything it knows about a language comes from the pack's Entities
// (titles, ranks, honorifics, particles, places, organizations, the head
// words of organization and place names, and capitalized words that are
// never names), from the pack's month and weekday names and reporting
// verbs, and, for country names, from golang.org/x/text/language/display
// in the pack's language and in English.
//
// A person is found in three ways, strongest first:
//
//   - after a title, rank or honorific ("Menteri Luar Negeri Retno
//     Marsudi", "Japan's foreign minister", "Letnan Jenderal TNI
//     Suharyanto", "Seyed Ebrahim Raisi"); the title may be owned by a
//     place written before it ("Ukraine's Foreign Minister") or after it
//     ("Menteri Kesehatan Iran"), or by an organization ("Kepala BNPB");
//   - as a run of capitalized words that are not places, organizations or
//     known non-names ("Takeshi Iwaya was in Ukraine");
//   - as one capitalized word inside a sentence, or before a reporting
//     verb at its start ("Hayashi told reporters"): such a mention is
//     Partial, and Link ties it to the full name it stands for.
//
// A title followed by a comma after a name is the person's role too
// ("Bahram Einollahi, Iran's health minister").
package entity

import (
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
	"github.com/claimcheck/claimcheck/claims/text"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Recognizer finds entities using one language pack. It is safe for
// concurrent use.
type Recognizer struct {
	pack    *lang.Pack
	phrases *text.Matcher[*phrase]
	// starters are the folds a phrase's first token may have, firstWords
	// the folds of the phrases' first words ("secretary-general").
	starters    map[string]bool
	startFilter text.Filter // the words of starters
	firstWords  map[string]bool
	notNames    map[string]bool
	particles   map[string]bool
	connectors  map[string]bool
	owners      map[string]bool
	// trailingHeads are the place heads written after a name ("Lumajang
	// Regency", "Buton island"), facilityHeads the heads a place's key
	// keeps, orgHeadWords the organizations' heads: all one word, folded.
	trailingHeads map[string]bool
	facilityHeads map[string]bool
	orgHeadWords  map[string]bool
	// placeModifiers make another place of a known one ("Lampung
	// Tengah").
	placeModifiers map[string]bool
	givenNames     map[string]bool
	seated         map[string]bool // SeatedTitles, folded
	placePreps     map[string]bool
	verbs          map[string]bool
	auxiliaries    map[string]bool
	// possessives are the pack's possessive endings, folded; when "'s" is
	// one, splitsPossessive keeps it a word of its own ("Japan" + "'s").
	possessives      []string
	splitsPossessive bool
	places           map[string]string // folded words of a place → place key
	codes            codeWords
	things           thingWords
	acts             actWords
}

// New returns a recognizer for pack p.
func New(p *lang.Pack) *Recognizer {
	r := &Recognizer{pack: p, places: map[string]string{}}
	r.readWords(&p.Entities)
	r.readNotNames(p)
	r.readVerbs(p)
	r.readPhrases(p)
	r.readCodes(&p.Entities)
	r.readThings(&p.Entities)
	r.readActs(&p.Entities)
	return r
}

// readWords reads the pack's single-word lists: particles, owners,
// prepositions, connectors, given names and possessives, each folded.
func (r *Recognizer) readWords(e *lang.Entities) {
	r.particles = foldSet(e.Particles)
	r.owners = foldSet(e.Owners)
	r.placePreps = foldSet(e.PlacePrepositions)
	r.givenNames = foldSet(e.GivenNames)
	r.seated = foldSet(e.SeatedTitles)
	r.connectors = foldSet(e.Connectors)
	r.orgHeadWords = foldSet(e.OrganizationHeads)
	r.trailingHeads = foldSet(e.TrailingPlaceHeads)
	r.facilityHeads = foldSet(e.FacilityHeads)
	r.placeModifiers = foldSet(e.PlaceModifiers)
	for _, s := range e.Possessives {
		f := text.Fold(s)
		r.possessives = append(r.possessives, f)
		// The shared tokenizer splits "'s" from its word; the recognizer
		// keeps it apart when the pack says it is a possessive.
		r.splitsPossessive = r.splitsPossessive || f == "'s"
	}
}

// readNotNames gathers the capitalized words that are never names: the
// pack's list, the month and weekday names, the number words ("One
// Jakartan said", "Dua warga") and the longer unit words ("Kilometer"
// may open a sentence). A month or number word that is also a common
// given name ("Agus") stays a name.
func (r *Recognizer) readNotNames(p *lang.Pack) {
	r.notNames = foldSet(p.Entities.NotNames)
	for m := range p.Dates.Months {
		if !r.givenNames[text.Fold(m)] {
			// "Agus" abbreviates a month and is a common name.
			r.notNames[text.Fold(m)] = true
		}
	}
	for d := range p.Dates.Weekdays {
		r.notNames[text.Fold(d)] = true
	}
	for w := range p.Numbers.Words {
		if f := text.Fold(w); !r.givenNames[f] && !strings.Contains(f, " ") {
			r.notNames[f] = true
		}
	}
	for _, u := range p.Units {
		for _, w := range u.Words {
			if len(w) > 3 {
				r.notNames[text.Fold(w)] = true
			}
		}
	}
}

// readVerbs gathers the first words of the reporting verbs and of the
// auxiliaries, which tell a lone name before them is a speaker.
// Auxiliaries and the passive auxiliaries ("were counted") both follow a
// name as a verb would.
func (r *Recognizer) readVerbs(p *lang.Pack) {
	r.verbs = map[string]bool{}
	for _, s := range p.Speech.VerbsAfterSpeaker {
		r.verbs[text.Fold(firstWord(s))] = true
	}
	r.auxiliaries = map[string]bool{}
	for _, list := range [][]string{p.Speech.Auxiliaries, p.Speech.Passives} {
		for _, s := range list {
			r.auxiliaries[text.Fold(firstWord(s))] = true
		}
	}
}

// readPhrases puts the world's country names and the pack's names,
// titles, ranks, honorifics, heads and "former" words into the matcher.
func (r *Recognizer) readPhrases(p *lang.Pack) {
	e := &p.Entities
	b := &phraseBuilder{r: r, seen: map[phraseID]bool{}, starts: map[string]bool{}}
	for _, c := range countries(p.Code) {
		b.add(c[0], c[1], kindPlace)
	}
	for _, list := range []struct {
		m    map[string]string
		kind phraseKind
	}{{e.Places, kindPlace}, {e.Organizations, kindOrg}, {e.Titles, kindTitle}, {e.Ranks, kindRank}} {
		for _, s := range sortedKeys(list.m) {
			b.add(s, list.m[s], list.kind)
		}
	}
	for _, list := range []struct {
		words []string
		kind  phraseKind
	}{{e.Honorifics, kindHonorific}, {e.OrganizationHeads, kindOrgHead}, {e.PlaceHeads, kindPlaceHead}, {e.FacilityHeads, kindPlaceHead}} {
		for _, s := range list.words {
			b.add(s, "", list.kind)
		}
	}
	for _, s := range e.Formers {
		b.add(strings.ToLower(s), "", kindFormer)
	}
	for _, a := range lang.Airlines {
		// "Lion Air" is an airline, no person; its flights are codes.
		b.add(a.Name, slug(a.Name), kindOrg)
	}
	r.phrases = b.build()
	r.firstWords = b.starts
	r.starters = map[string]bool{}
	for _, f := range r.phrases.FirstWords() {
		r.starters[f] = true
		r.startFilter.Add(f)
	}
}

// starts reports whether a phrase may start with the fold w: the filter
// first, as most tokens start none.
func (r *Recognizer) starts(w string) bool { return r.startFilter.May(w) && r.starters[w] }

func foldSet(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, s := range list {
		m[text.Fold(s)] = true
	}
	return m
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// knownWord reports whether a hyphenated word starts a phrase of the
// pack, so that it is kept whole ("Secretary-General").
func (r *Recognizer) knownWord(f string) bool { return r.firstWords[f] }

// isPossessive reports whether fold f is one of the pack's possessive
// endings.
func (r *Recognizer) isPossessive(f string) bool {
	for _, p := range r.possessives {
		if f == p {
			return true
		}
	}
	return false
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i > 0 {
		return s[:i]
	}
	return s
}

// countries lists the world's country names in English and in the
// language code names, with keys made from the English name ("North
// Korea" → "north-korea"): keys are shared by every pack, and English
// names are read in every language's news. A local name equal to the
// English one is listed once.
func countries(code string) [][2]string {
	en := display.Regions(language.English)
	var local display.Namer
	if tag, err := language.Parse(code); err == nil {
		local = display.Regions(tag)
	}
	var out [][2]string
	var buf [2]byte
	for a := byte('A'); a <= 'Z'; a++ {
		for b := byte('A'); b <= 'Z'; b++ {
			buf[0], buf[1] = a, b
			reg, err := language.ParseRegion(string(buf[:]))
			if err != nil || !reg.IsCountry() || reg.String() != string(buf[:]) {
				continue
			}
			if c := reg.Canonicalize(); c != reg {
				continue
			}
			if reg.String() == "UN" || reg.String() == "EZ" {
				continue
			}
			name := en.Name(reg)
			if !usableCountryName(name) {
				continue
			}
			key := slug(name)
			out = append(out, [2]string{name, key})
			if local != nil {
				if ln := local.Name(reg); usableCountryName(ln) && ln != name {
					out = append(out, [2]string{ln, key})
				}
			}
		}
	}
	return out
}

func usableCountryName(n string) bool {
	return n != "" && !strings.Contains(n, " - ") && !strings.ContainsAny(n, "(&,") && !strings.Contains(n, "SAR")
}

// listLine reports whether toks open with a list line's number ("1.",
// "2)") or bullet ("-", "•", "*").
func listLine(toks []text.Token) bool {
	if len(toks) < 2 {
		return false
	}
	switch toks[0].Text {
	case "-", "–", "•", "*", "·":
		return true
	}
	return toks[0].Kind == text.Number && len(toks[0].Text) <= 3 && (toks[1].Text == "." || toks[1].Text == ")")
}

// Place returns the key of a place name, demonym, abbreviation or capital
// ("North Korean", "Korut", "Pyongyang" → "north-korea"), as the pack and
// the world's country names know it.
func (r *Recognizer) Place(word string) (key string, ok bool) {
	var words []string
	for _, t := range r.words(text.NewSentence(word, claims.Span{End: len(word)}), r.knownWord) {
		if t.Text == "." || r.isPossessive(t.Fold) {
			continue
		}
		words = append(words, t.Fold)
	}
	key, ok = r.places[strings.Join(words, " ")]
	return key, ok
}

// Organization returns the key of an organization name as the pack knows
// it ("Badan mata-mata Seoul" → "nis").
func (r *Recognizer) Organization(name string) (key string, ok bool) {
	var f finder
	f.init(r, text.NewSentence(name, claims.Span{End: len(name)}))
	ph, n := f.match(0, kindOrg)
	if ph == nil || n != len(f.toks) {
		return "", false
	}
	return ph.key, true
}

// Find returns the entities in doc[sent.Start:sent.End], in text order,
// with spans into doc. It tokenizes the sentence and calls FindIn.
func (r *Recognizer) Find(doc string, sent claims.Span) []claims.Mention {
	if sent.Start < 0 || sent.End > len(doc) || sent.Start >= sent.End {
		return nil
	}
	// text.NewSentence, with room for the tokens reserved at once.
	toks := text.Tokenize(doc, sent, make([]text.Token, 0, (sent.End-sent.Start)/4+4))
	return r.FindIn(&text.Sentence{Text: doc, Span: sent, Tokens: toks})
}

// FindIn returns the entities in the tokenized sentence s, in text order,
// with spans into s.Text.
func (r *Recognizer) FindIn(s *text.Sentence) []claims.Mention {
	if len(s.Tokens) == 0 {
		return nil
	}
	var f finder
	f.init(r, s)
	out := f.run()
	f.markActs()
	return out
}

// titleCase reports whether most words are capitalized and no period
// ends the line, as in a headline, where capitals say nothing about names.
// A list line ("1. Budi Santoso, Kepala Desa Sukamaju", "- Budi Santoso")
// is body text, whatever its capitals.
func titleCase(toks []text.Token) bool {
	if listLine(toks) {
		return false
	}
	if n := len(toks); n > 0 {
		switch toks[n-1].Text {
		case ".", "!", "?", "\"", "”", "'", "’", ")", ":":
			return false
		}
	}
	words, caps := 0, 0
	for i, t := range toks {
		if !isWord(t) || i == 0 || t.Kind == text.Number {
			continue
		}
		words++
		if t.Cap {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*6
}
