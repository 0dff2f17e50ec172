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
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

type phraseKind uint8

const (
	kindTitle phraseKind = 1 << iota
	kindRank
	kindHonorific
	kindPlace
	kindOrg
	kindOrgHead
	kindPlaceHead
	kindFormer
)

const (
	kindKnown  = kindPlace | kindOrg
	kindPrefix = kindTitle | kindRank | kindHonorific | kindFormer
)

// phrase is one entry of the pack data, split into folded words.
type phrase struct {
	words []string
	orig  []string
	shape []wordShape
	kind  phraseKind
	key   string
}

// wordShape is the case a data word asks of the text.
type wordShape uint8

const (
	anyCase    wordShape = iota // written in lower case: matches any case
	capital                     // capitalized: the text must be too
	allCapital                  // an acronym: the text must be in capitals
)

func shapeOf(orig string) wordShape {
	letters, uppers := 0, 0
	firstUpper, first := false, true
	for _, c := range orig {
		if isLetter(c) {
			letters++
			if isUpper(c) {
				uppers++
				if first {
					firstUpper = true
				}
			}
			first = false
		}
	}
	switch {
	case letters >= 2 && letters == uppers:
		return allCapital
	case firstUpper:
		return capital
	}
	return anyCase
}

// Recognizer finds entities using one language pack. It is safe for
// concurrent use.
type Recognizer struct {
	pack       *lang.Pack
	index      map[string][]*phrase // by first folded word, longest first
	notNames   map[string]bool
	particles  map[string]bool
	connectors map[string]bool
	owners     map[string]bool
	// placeHeadWords and orgHeadWords hold the one-word heads, folded,
	// for heads written in lower case after a name ("Kerman province").
	placeHeadWords map[string]bool
	orgHeadWords   map[string]bool
	givenNames     map[string]bool
	placePreps     map[string]bool
	verbs          map[string]bool
	auxiliaries    map[string]bool
	possessives    []string
	places         map[string]string // folded phrase → place key
}

// New returns a recognizer for pack p.
func New(p *lang.Pack) *Recognizer {
	r := &Recognizer{
		pack:           p,
		index:          map[string][]*phrase{},
		notNames:       map[string]bool{},
		particles:      map[string]bool{},
		connectors:     map[string]bool{},
		owners:         map[string]bool{},
		placeHeadWords: map[string]bool{},
		givenNames:     map[string]bool{},
		orgHeadWords:   map[string]bool{},
		placePreps:     map[string]bool{},
		verbs:          map[string]bool{},
		auxiliaries:    map[string]bool{},
		places:         map[string]string{},
	}
	e := &p.Entities
	for _, s := range e.Possessives {
		r.possessives = append(r.possessives, fold(s))
	}
	for _, s := range e.Particles {
		r.particles[fold(s)] = true
	}
	for _, s := range e.Owners {
		r.owners[fold(s)] = true
	}
	for _, s := range e.PlacePrepositions {
		r.placePreps[fold(s)] = true
	}
	for _, c := range countries(p.Code) {
		r.add(c[0], c[1], kindPlace)
	}
	for s, k := range e.Places {
		r.add(s, k, kindPlace)
	}
	for s, k := range e.Organizations {
		r.add(s, k, kindOrg)
	}
	for s, k := range e.Titles {
		r.add(s, k, kindTitle)
	}
	for s, k := range e.Ranks {
		r.add(s, k, kindRank)
	}
	for _, s := range e.Honorifics {
		r.add(s, "", kindHonorific)
	}
	for _, s := range e.OrganizationHeads {
		r.add(s, "", kindOrgHead)
		r.orgHeadWords[fold(s)] = true
	}
	for _, s := range e.PlaceHeads {
		r.add(s, "", kindPlaceHead)
		r.placeHeadWords[fold(s)] = true
	}
	for _, s := range e.Formers {
		r.add(strings.ToLower(s), "", kindFormer)
	}
	for _, s := range e.NotNames {
		r.notNames[fold(s)] = true
	}
	for m := range p.Dates.Months {
		r.notNames[fold(m)] = true
	}
	for d := range p.Dates.Weekdays {
		r.notNames[fold(d)] = true
	}
	for _, u := range p.Units {
		for _, w := range u.Words {
			if len(w) > 3 {
				r.notNames[fold(w)] = true
			}
		}
	}
	for _, s := range e.GivenNames {
		r.givenNames[fold(s)] = true
	}
	for _, s := range e.Connectors {
		r.connectors[fold(s)] = true
	}
	for _, s := range p.Speech.VerbsAfterSpeaker {
		r.verbs[fold(firstWord(s))] = true
	}
	// Auxiliaries and the passive auxiliaries ("were counted") both
	// follow a name as a verb would.
	for _, list := range [][]string{p.Speech.Auxiliaries, p.Speech.Passives} {
		for _, s := range list {
			r.auxiliaries[fold(firstWord(s))] = true
		}
	}
	for k, list := range r.index {
		sort.SliceStable(list, func(a, b int) bool {
			if len(list[a].words) != len(list[b].words) {
				return len(list[a].words) > len(list[b].words)
			}
			return list[a].kind < list[b].kind
		})
		r.index[k] = list
	}
	return r
}

// knownWord reports whether a hyphenated word starts a phrase of the
// pack, so that it is kept whole ("Secretary-General").
func (r *Recognizer) knownWord(f string) bool {
	_, ok := r.index[f]
	return ok
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i > 0 {
		return s[:i]
	}
	return s
}

// add indexes one phrase of the pack data.
func (r *Recognizer) add(s, key string, kind phraseKind) {
	toks := tokenize(s, 0, len(s), r.possessives, r.particles, r.knownWord, nil)
	if len(toks) == 0 {
		return
	}
	ph := &phrase{kind: kind, key: key}
	for _, t := range toks {
		if t.text == "." {
			continue
		}
		ph.words = append(ph.words, t.fold)
		ph.orig = append(ph.orig, t.text)
		ph.shape = append(ph.shape, shapeOf(t.text))
	}
	if len(ph.words) == 0 {
		return
	}
	for _, old := range r.index[ph.words[0]] {
		if old.kind == kind && strings.Join(old.orig, " ") == strings.Join(ph.orig, " ") {
			return
		}
	}
	r.index[ph.words[0]] = append(r.index[ph.words[0]], ph)
	if kind == kindPlace {
		k := strings.Join(ph.words, " ")
		if _, dup := r.places[k]; !dup {
			r.places[k] = key
		}
	}
}

// countries lists the world's country names in English and in the
// language code names, with keys made from the English name ("North
// Korea" → "north-korea").
func countries(code string) [][2]string {
	en := display.Regions(language.English)
	var local display.Namer
	if tag, err := language.Parse(code); err == nil && code != "en" {
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

// match returns the longest phrase of one of kinds starting at toks[i],
// and the number of tokens it covers.
func (r *Recognizer) match(toks []token, i int, kinds phraseKind) (*phrase, int) {
	if i >= len(toks) || !toks[i].word {
		return nil, 0
	}
	for _, ph := range r.index[toks[i].fold] {
		if ph.kind&kinds == 0 {
			continue
		}
		if n, ok := matchAt(toks, i, ph); ok {
			return ph, n
		}
	}
	return nil, 0
}

// matchAt checks phrase ph at toks[i], skipping a period after an
// abbreviation ("Lt. Gen."), and returns the tokens covered.
func matchAt(toks []token, i int, ph *phrase) (int, bool) {
	j := i
	for w := range ph.words {
		if j < len(toks) && w > 0 && toks[j].text == "." && toks[j].attached {
			j++
		}
		if j >= len(toks) || toks[j].fold != ph.words[w] || !caseFits(toks[j], ph.shape[w]) {
			return 0, false
		}
		j++
	}
	if j < len(toks) && toks[j].text == "." && toks[j].attached && len(ph.words[len(ph.words)-1]) <= 4 && ph.kind&(kindRank|kindTitle|kindHonorific) != 0 {
		j++
	}
	return j - i, true
}

// caseFits applies the pack's case convention: capitals in the data are
// required in the text, acronyms exactly.
func caseFits(t token, shape wordShape) bool {
	switch shape {
	case allCapital:
		return t.upper
	case capital:
		return t.cap
	}
	return true
}

// Place returns the key of a place name, demonym, abbreviation or capital
// ("North Korean", "Korut", "Pyongyang" → "north-korea"), as the pack and
// the world's country names know it.
func (r *Recognizer) Place(word string) (key string, ok bool) {
	toks := tokenize(word, 0, len(word), r.possessives, r.particles, r.knownWord, nil)
	var words []string
	for _, t := range toks {
		if t.text == "." || (len(r.possessives) > 0 && isPossessive(t.fold, r.possessives)) {
			continue
		}
		words = append(words, t.fold)
	}
	key, ok = r.places[strings.Join(words, " ")]
	return key, ok
}

// Organization returns the key of an organization name as the pack knows
// it ("Badan mata-mata Seoul" → "nis").
func (r *Recognizer) Organization(name string) (key string, ok bool) {
	toks := tokenize(name, 0, len(name), r.possessives, r.particles, r.knownWord, nil)
	ph, n := r.match(toks, 0, kindOrg)
	if ph == nil || n != len(toks) {
		return "", false
	}
	return ph.key, true
}

func isPossessive(f string, possessives []string) bool {
	for _, p := range possessives {
		if f == p {
			return true
		}
	}
	return false
}

// Find returns the entities in text[sent.Start:sent.End], in text order,
// with spans into text.
func (r *Recognizer) Find(text string, sent claims.Span) []claims.Mention {
	if sent.Start < 0 || sent.End > len(text) || sent.Start >= sent.End {
		return nil
	}
	toks := tokenize(text, sent.Start, sent.End, r.possessives, r.particles, r.knownWord, make([]token, 0, (sent.End-sent.Start)/5+4))
	f := finder{r: r, text: text, toks: toks, titleCase: titleCase(toks)}
	return f.run()
}

// titleCase reports whether most words are capitalized and no period
// ends the line, as in a headline, where capitals say nothing about names.
func titleCase(toks []token) bool {
	if n := len(toks); n > 0 {
		switch toks[n-1].text {
		case ".", "!", "?", "\"", "”", "'", "’", ")", ":":
			return false
		}
	}
	words, caps := 0, 0
	for i, t := range toks {
		if !t.word || i == 0 || isDigitStart(t.text) {
			continue
		}
		words++
		if t.cap {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*6
}
