// Package quantity recognizes amounts in a sentence: numbers in digits or
// words, multipliers, ranges, hedges, vague magnitudes and increments, with
// the unit or counted noun they go with.
//
// Every word it knows comes from a language pack (claims/lang); the
// scanner itself is language-neutral. Find turns
//
//	Badan mata-mata Seoul mengatakan bahwa sekitar 3.000 tentara Korea Utara ...
//
// into one mention covering "sekitar 3.000 tentara": Value 3000, Lo 2700,
// Hi 3300, Approximate, Dimension count, Concept "troops", Hedge "sekitar".
//
// # Numbers
//
// Digits take '.' and ',' as group or decimal marks. Two different marks,
// or one mark used twice, settle it ("1,234.5", "1.234.567"). A lone mark
// followed by other than three digits is a decimal point ("3,5", "3.5").
// A lone mark followed by three digits ("3,000", "3.000") is read by the
// sentence's evidence (another number in it that settles the marks), else
// as a group mark when the number counts something without a multiplier
// (nothing is counted in thousandths), else by the pack's usual marks.
// Groups separated by single spaces ("12 000") are joined. Number words
// follow the pack: "two hundred and fifty", "dua belas ribu", "setengah
// juta", "a dozen". Multipliers scale what precedes them ("12 ribu",
// "2.5bn", "1,2 jt"); after an amount of money the pack's money
// abbreviations are multipliers too ("Rp 3 M", "$5m").
//
// # Intervals
//
// A figure v becomes an interval [Lo, Hi] in the base unit of its
// dimension (see claims.Dimension):
//
//	exact "3,000"                          [v, v]
//	range "10-12 ribu", "between 10 and 12" [lo, hi]; a multiplier after
//	                                        the second end applies to both
//	approximate "about", "sekitar"         [v(1-t), v(1+t)], t = 0.10
//	at least "more than", "sedikitnya"     [v, +Inf)
//	at most "nearly", "almost", "hampir"   [v(1-t), v], t = 0.10
//	at most "as many as", "as high as"     [v(1-t), v], t = 0.20
//	at most "up to", "hingga", "less than" [0, v] (t = 1); below zero
//	                                        [v, v(1-t)]
//	exact hedge "mencapai"                 [v, v], kept as the Hedge
//
// A pack may give a hedge its own tolerance t. A range with a hedge applies
// the hedge to both ends. Vague magnitudes are bands, as listed in each
// pack: "dozens"/"puluhan" [20, 99], "hundreds"/"ratusan" [200, 999],
// "thousands"/"ribuan" [2000, 9999], "tens of thousands"/"puluhan ribu"
// [20000, 99999], "hundreds of thousands" [200000, 999999], "millions"
// [2e6, 9999999]; "belasan" [11, 19]. A multiplier scales a band
// ("ratusan juta"). A number with a vague suffix ("400-an", "30 jutaan")
// covers its last written place: [400, 499], [30e6, 39999999]. Value is the
// number as written (the lower end of a range or band).
//
// # What is not an amount
//
// Years (a bare four-digit number from 1000 to 2100 with nothing counted,
// or after a year word such as "tahun" or "in"), dates (next to a month
// name, or written with '/' or as a-b-c), clock times ("10.30 WIB",
// "pukul 06.20", "5 pm"), ordinals ("ke-3", "3rd"), decades ("the
// 1990s"), numbers glued to letters ("MH370", "COVID-19"), phone numbers
// (leading zero, '+'), labels ("Pasal 5", "Article 3", "nomor urut 2"),
// scores ("2-1"), coordinates and ratios ("0.18 Lintang Selatan", "five
// times"), and lone weak words ("one of them").
//
// # Counted nouns
//
// A count's noun may follow the number after up to three modifiers ("3,000
// North Korean troops") or a link ("thousands of troops"). A population
// noun (a refinable concept such as "people", "orang", "pilgrims") followed
// within a few words by a role word ("killed", "tewas", "luka-luka") counts
// that role instead ("120 orang tewas" counts deaths); so does a cue before
// the number in the same clause ("the death toll rose to 91", "korban jiwa
// totalnya 13 orang"), or after a comma when a topic marker fronts it
// ("Untuk korban luka-luka, BPBD mencatat ada 104 orang"). Quantity.Counted
// keeps the noun's own concept. A bare count takes the concept of the
// figure after it when only list words join them ("won 40,971,906 and
// 27,040,878 valid votes"), or of the figure before it in the sentence when
// no noun of its own can follow ("Dari 1.301 korban meninggal, 660
// merupakan jemaah asal Mesir"). The span includes a role word right after
// the noun ("120 orang tewas") and increment words after it ("ribuan
// tentara lagi"), not modifiers after the noun ("Korea Utara").
//
// Units: a unit before the number ("Rp", "US$", "magnitude") also counts
// for the numbers listed after it ("magnitudes 6.3, 6.9 and 7"); a unit on
// both ends makes a range ("5.25%-5.5%"). Only temperatures go below zero.
package quantity

import (
	"math"
	"sync"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
)

// Default tolerances of the hedge kinds, used when a pack's hedge gives
// none.
const (
	DefaultApproxTolerance = 0.10
	DefaultAtMostTolerance = 0.10
)

// maxModifiers is how many words may sit between a number and its noun;
// roleWindow and cueWindow how far a role word or a cue may be.
const (
	maxModifiers = 3
	roleWindow   = 6
	cueWindow    = 20
)

type unit struct {
	dim    claims.Dimension
	base   string
	factor float64
	offset float64
}

type hedge struct {
	kind lang.HedgeKind
	tol  float64
}

type band struct{ lo, hi float64 }

type concept struct {
	key       string
	refinable bool
}

type empty struct{}

// Recognizer finds quantities using one language pack. It is safe for
// concurrent use.
type Recognizer struct {
	pack *lang.Pack
	dec  byte

	words, adders, mults map[string]float64
	moneyMults           map[string]float64
	articles, joiners    map[string]bool
	starts               map[string]bool // first words of number words and magnitudes
	first, firstExact    map[string]uint64
	maxExact             int // longest key of firstExact
	weak                 map[string]bool
	vagueSuffixes        []string

	vague                   *trie[band]
	hedgeBefore, hedgeAfter *trie[hedge]
	rangeOpen, rangeBreak   *trie[empty]
	rangeJoin               *trie[bool] // value: needs an opener
	incBefore, incAfter     *trie[empty]
	comparatives            *trie[empty]
	labels, notAfter        *trie[empty]
	ordinalPrefix           *trie[empty]
	ordinalSuffix, decades  *trie[empty]
	vagueSuffix             *trie[empty]
	scoreWords              *trie[empty]
	nounLinks, classifiers  *trie[empty]
	nounStops, roleBreaks   *trie[empty]
	listJoiners, topics     *trie[empty]
	rates, roleGaps         *trie[empty]
	anyGap                  bool // the pack lists no role gap words
	unitBefore, unitAfter   *trie[int]
	units                   []unit
	conceptWords            *trie[int]
	roles                   *trie[int]
	cues                    *trie[int]
	concepts                []concept
	months                  *trie[bool] // value: ambiguous month
	yearWords, yearIntros   *trie[empty]
	clockIntros, clockAfter *trie[empty]

	pool sync.Pool
}

// New returns a recognizer for pack p. It builds every lookup table once.
func New(p *lang.Pack) *Recognizer {
	r := &Recognizer{pack: p, dec: '.'}
	nb := &p.Numbers
	if nb.DecimalSeparator == ',' {
		r.dec = ','
	}
	r.words = foldMap(nb.Words)
	r.adders = foldMap(nb.Adders)
	r.mults = foldMap(nb.Multipliers)
	r.moneyMults = nb.MoneyMultipliers
	r.articles = foldSet(nb.Articles)
	r.joiners = foldSet(nb.Joiners)
	r.weak = foldSet(nb.Weak)
	r.vagueSuffixes = nb.VagueSuffixes

	r.vague = newTrie[band](false)
	r.starts = make(map[string]bool)
	for _, v := range nb.Vague {
		r.vague.add(v.Phrase, band{v.Lo, v.Hi}, false)
		if toks := tokenize(nil, v.Phrase, 0, len(v.Phrase)); len(toks) > 0 {
			r.starts[foldString(v.Phrase[toks[0].start:toks[0].end])] = true
		}
	}
	for w := range r.words {
		r.starts[w] = true
	}
	for w := range r.articles {
		r.starts[w] = true
	}
	r.hedgeBefore, r.hedgeAfter = newTrie[hedge](true), newTrie[hedge](false)
	for _, h := range nb.Hedges {
		t := h.Tolerance
		if t == 0 {
			switch h.Kind {
			case lang.HedgeApprox:
				t = DefaultApproxTolerance
			case lang.HedgeAtMost:
				t = DefaultAtMostTolerance
			}
		}
		if h.After {
			r.hedgeAfter.add(h.Phrase, hedge{h.Kind, t}, false)
		} else {
			r.hedgeBefore.add(h.Phrase, hedge{h.Kind, t}, false)
		}
	}
	r.rangeOpen = setTrie(true, nb.RangeOpeners)
	r.rangeBreak = setTrie(true, nb.RangeBreakers)
	r.rangeJoin = newTrie[bool](false)
	for _, j := range nb.RangeJoiners {
		r.rangeJoin.add(j, false, false)
	}
	for _, j := range nb.RangeOpenerJoiners {
		r.rangeJoin.add(j, true, false)
	}
	r.incBefore = setTrie(true, nb.IncrementBefore)
	r.incAfter = setTrie(false, nb.IncrementAfter)
	r.comparatives = setTrie(false, nb.Comparatives)
	r.labels = setTrie(true, nb.Labels)
	for _, w := range p.Dates.DayWords {
		r.labels.add(w, empty{}, false) // "tanggal 5" is a day
	}
	r.notAfter = setTrie(false, nb.NotAfter)
	r.ordinalPrefix = setTrie(true, nb.OrdinalPrefixes)
	r.ordinalSuffix = setTrie(false, p.Dates.OrdinalSuffixes)
	r.decades = setTrie(false, nb.DecadeSuffixes)
	r.vagueSuffix = setTrie(false, nb.VagueSuffixes)
	r.scoreWords = setTrie(true, nb.ScoreWords)
	r.nounLinks = setTrie(false, nb.NounLinks)
	r.classifiers = setTrie(false, nb.Classifiers)
	r.nounStops = setTrie(false, nb.NounStops)
	r.roleBreaks = setTrie(false, nb.RoleBreaks)
	r.listJoiners = setTrie(false, nb.ListJoiners)
	r.topics = setTrie(true, nb.TopicMarkers)
	r.rates = setTrie(false, nb.Rates)
	r.roleGaps = setTrie(false, nb.RoleGaps)
	r.anyGap = len(nb.RoleGaps) == 0

	r.unitBefore, r.unitAfter = newTrie[int](true), newTrie[int](false)
	for _, u := range p.Units {
		idx := len(r.units)
		r.units = append(r.units, unit{dim: claims.Dimension(u.Dimension), base: u.Base, factor: u.Factor, offset: u.Offset})
		t := r.unitAfter
		if u.Before {
			t = r.unitBefore
		}
		for _, w := range u.Words {
			t.add(w, idx, u.CaseSensitive)
		}
	}
	r.conceptWords, r.roles, r.cues = newTrie[int](false), newTrie[int](false), newTrie[int](true)
	for _, c := range p.Concepts {
		idx := len(r.concepts)
		r.concepts = append(r.concepts, concept{key: c.Key, refinable: c.Refinable})
		for _, w := range c.Words {
			r.conceptWords.add(w, idx, false)
		}
		for _, w := range c.Roles {
			r.roles.add(w, idx, false)
		}
		for _, w := range c.Cues {
			r.cues.add(w, idx, false)
		}
	}
	r.months = newTrie[bool](false)
	amb := foldSet(p.Dates.AmbiguousMonths)
	for m := range p.Dates.Months {
		r.months.add(m, amb[foldString(m)], false)
	}
	r.yearWords = setTrie(true, p.Dates.YearWords)
	r.yearIntros = setTrie(true, p.Dates.YearIntros)
	r.clockIntros = setTrie(true, p.Dates.ClockIntros)
	r.clockAfter = newTrie[empty](false)
	for m := range p.Dates.Meridiems {
		r.clockAfter.add(m, empty{}, false)
	}
	for _, z := range p.Dates.Zones {
		r.clockAfter.add(z.Phrase, empty{}, true)
	}
	r.index(r.vague, r.hedgeBefore, r.hedgeAfter, r.rangeOpen, r.rangeBreak, r.rangeJoin,
		r.incBefore, r.incAfter, r.comparatives, r.labels, r.notAfter, r.ordinalPrefix,
		r.ordinalSuffix, r.decades, r.vagueSuffix, r.scoreWords, r.nounLinks, r.classifiers,
		r.nounStops, r.roleBreaks, r.listJoiners, r.topics, r.rates, r.roleGaps, r.unitBefore, r.unitAfter, r.conceptWords,
		r.roles, r.cues, r.months, r.yearWords, r.yearIntros, r.clockIntros, r.clockAfter)
	r.pool.New = func() any { return &scan{toks: make([]token, 0, 128)} }
	return r
}

// startBit marks tokens that can start a number or a magnitude; numBit
// tokens that are in any of the number word tables, so that most lookups
// in them end without hashing.
const (
	startBit = 1
	numBit   = 1 << 63
)

// index gives each trie a bit and records which tokens can start a match
// in any of them, so that a scan computes one mask per token.
func (r *Recognizer) index(ts ...indexed) {
	r.first = make(map[string]uint64)
	r.firstExact = make(map[string]uint64)
	for w := range r.starts {
		r.first[w] |= startBit
	}
	for _, m := range []map[string]float64{r.words, r.adders, r.mults} {
		for w := range m {
			r.first[w] |= numBit
		}
	}
	for _, m := range []map[string]bool{r.articles, r.joiners, r.weak} {
		for w := range m {
			r.first[w] |= numBit
		}
	}
	for i, t := range ts {
		bit := uint64(1) << (i + 1)
		t.setBit(bit)
		folded, exact := t.firstKeys()
		for _, k := range folded {
			r.first[k] |= bit
		}
		for _, k := range exact {
			r.firstExact[k] |= bit
			r.maxExact = max(r.maxExact, len(k))
		}
	}
}

func foldMap(m map[string]float64) map[string]float64 {
	out := make(map[string]float64, len(m))
	for k, v := range m {
		out[foldString(k)] = v
	}
	return out
}

func foldSet(l []string) map[string]bool {
	out := make(map[string]bool, len(l))
	for _, k := range l {
		out[foldString(k)] = true
	}
	return out
}

func setTrie(back bool, l []string) *trie[empty] {
	t := newTrie[empty](back)
	for _, w := range l {
		t.add(w, empty{}, false)
	}
	return t
}

// scan is the state of one Find call.
type scan struct {
	r    *Recognizer
	text string
	toks []token
	dec  byte
	// settled is set when a number of the sentence settles which mark is
	// the decimal one.
	settled bool
	// low is text[base:] folded to ASCII lower case, mask each token's
	// trie bits.
	low  []byte
	base int
	mask []uint64
	// counted are the quantities found so far with their own noun.
	counted []countedAt
	// found holds the tokens of each quantity returned, left is the first
	// token of the last one.
	found []tokRange
	left  int
	// slab holds the quantities of this call (see newQuantity); starts
	// counts its numbers in digits, most of which start one.
	slab   []claims.Quantity
	starts int
	// listUnit is the unit written before the last quantity, for the
	// numbers listed after it.
	listUnit *unit
}

// tokRange is a quantity's first and end token.
type tokRange struct{ left, end int }

// countedAt is a quantity found with its own noun, by tokens.
type countedAt struct {
	start, end int
	concept    string
}

// Find returns the quantities in text[sent.Start:sent.End], in text order,
// with spans into text.
func (r *Recognizer) Find(text string, sent claims.Span) []claims.Mention {
	start, end := max(sent.Start, 0), min(sent.End, len(text))
	if start >= end {
		return nil
	}
	s := r.pool.Get().(*scan)
	s.r, s.text = r, text
	s.toks = tokenize(s.toks[:0], text, start, end)
	s.prepare(start, end)
	s.dec = s.evidence()
	s.counted, s.listUnit, s.found, s.slab = s.counted[:0], nil, s.found[:0], nil
	var out []claims.Mention
	est := s.starts // numbers in digits: about how many quantities
	last := 0
	for i := 0; i < len(s.toks); {
		k := s.toks[i].kind
		if k == tkPunct || k == tkWord && s.mask[i]&startBit == 0 {
			i++
			continue
		}
		m, next, ok := s.at(i, last)
		if ok {
			if out == nil {
				out = make([]claims.Mention, 0, max(est, 2))
			}
			out = append(out, m)
			s.found = append(s.found, tokRange{s.left, next})
			last = next
			if !m.Quantity.NounSpan.IsZero() {
				s.counted = append(s.counted, countedAt{start: i, end: next, concept: m.Quantity.Concept})
			}
		}
		i = max(next, i+1)
	}
	s.share(out)
	s.text, s.slab = "", nil
	r.pool.Put(s)
	return out
}

// ParseNumber reads the number that starts s — digits with either
// language's marks, number words, multipliers — and returns its value and
// the bytes it spans. It reports false when s does not start with one.
func (r *Recognizer) ParseNumber(s string) (v float64, n int, ok bool) {
	sc := &scan{r: r, text: s, dec: r.dec}
	sc.toks = tokenize(nil, s, 0, len(s))
	if len(sc.toks) == 0 || sc.toks[0].space && sc.toks[0].start != 0 {
		return 0, 0, false
	}
	sc.prepare(0, len(s))
	sc.dec = sc.evidence()
	nm, ok := sc.number(0)
	if !ok {
		return 0, 0, false
	}
	return nm.val, sc.toks[nm.end-1].end, true
}

// evidence returns the decimal mark the sentence's numbers settle, or the
// pack's.
func (s *scan) evidence() byte {
	dot, comma := 0, 0
	for _, t := range s.toks {
		if t.kind != tkNum {
			continue
		}
		raw := s.text[t.start:t.end]
		nd, nc, last, lastAt := 0, 0, byte(0), 0
		for i := 0; i < len(raw); i++ {
			if c := raw[i]; c == '.' || c == ',' {
				if c == '.' {
					nd++
				} else {
					nc++
				}
				last, lastAt = c, i
			}
		}
		switch {
		case nd > 0 && nc > 0:
			if last == '.' {
				dot++
			} else {
				comma++
			}
		case nd > 1:
			comma++
		case nc > 1:
			dot++
		case nd+nc == 1 && (len(raw)-lastAt-1 != 3 || raw[0] == '0'):
			if last == '.' {
				dot++
			} else {
				comma++
			}
		}
	}
	s.settled = dot+comma > 0
	switch {
	case dot > 0 && comma == 0:
		return '.'
	case comma > 0 && dot == 0:
		return ','
	}
	return s.r.dec
}

// num is a number read at a token.
type num struct {
	start, end int // tokens
	val        float64
	d          digits
	isDigits   bool
	// tail is the multiplier applied to the whole number at its end
	// ("12 ribu": 1000), 1 if none; a range's first end takes it from the
	// second ("10-12 ribu").
	tail float64
	mult bool // any multiplier
	weak bool // a lone weak word ("one")
}

func (s *scan) word(i int) string {
	t := s.toks[i]
	return s.text[t.start:t.end]
}

// lookup finds token i in m, folding ASCII case.
func (s *scan) lookup(m map[string]float64, i int) (float64, bool) {
	t := s.toks[i]
	if t.kind != tkWord || s.mask[i]&numBit == 0 {
		return 0, false
	}
	if !t.upper {
		v, ok := m[s.text[t.start:t.end]]
		return v, ok
	}
	v, ok := m[string(s.low[t.start-s.base:t.end-s.base])]
	return v, ok
}

func foldLookup(m map[string]float64, w string) (float64, bool) {
	var buf [64]byte
	if len(w) > len(buf) {
		return 0, false
	}
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	v, ok := m[string(b)]
	return v, ok
}

func (s *scan) inSet(m map[string]bool, i int) bool {
	t := s.toks[i]
	if t.kind != tkWord || s.mask[i]&numBit == 0 {
		return false
	}
	if !t.upper {
		return m[s.text[t.start:t.end]]
	}
	return m[string(s.low[t.start-s.base:t.end-s.base])]
}

// prepare folds text[start:end] and computes each token's trie mask.
func (s *scan) prepare(start, end int) {
	s.base = start
	s.low = append(s.low[:0], s.text[start:end]...)
	for i, c := range s.low {
		if c >= 'A' && c <= 'Z' {
			s.low[i] = c + 'a' - 'A'
		}
	}
	s.mask = s.mask[:0]
	s.starts = 0
	for _, t := range s.toks {
		var m uint64
		if t.upper {
			m = s.r.first[string(s.low[t.start-start:t.end-start])]
		} else {
			m = s.r.first[s.text[t.start:t.end]]
		}
		if t.end-t.start <= s.r.maxExact {
			m |= s.r.firstExact[s.text[t.start:t.end]]
		}
		s.mask = append(s.mask, m)
		if t.kind == tkNum {
			s.starts++
		}
	}
}

// glued reports whether token i touches the token before it.
func (s *scan) glued(i int) bool { return i > 0 && i < len(s.toks) && !s.toks[i].space }

func (s *scan) punct(i int, c byte) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := s.toks[i]
	return t.kind == tkPunct && t.end-t.start == 1 && s.text[t.start] == c
}

// isHyphen reports whether token i is a hyphen or dash.
func (s *scan) isHyphen(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tkPunct {
		return false
	}
	w := s.word(i)
	return w == "-" || w == "–" || w == "—" || w == "‑"
}

// number reads a number at token i: digits with multipliers, or number
// words.
func (s *scan) number(i int) (num, bool) {
	n := len(s.toks)
	nm := num{start: i, tail: 1}
	var total, cur, pend float64
	lastBig := math.Inf(1)
	j := i
	words := 0
	t := s.toks[i]
	switch t.kind {
	case tkNum:
		d, ok := parseDigits(s.text[t.start:t.end], s.dec)
		if !ok {
			return nm, false
		}
		j = i + 1
		// "12 000": groups of three separated by spaces.
		if d.plain && d.nDigits <= 3 && !d.leadingZero {
			for j < n && s.toks[j].kind == tkNum && s.toks[j].space && s.toks[j].start-s.toks[j-1].end == 1 && s.text[s.toks[j-1].end] == ' ' {
				raw := s.word(j)
				if len(raw) != 3 || (j+1 < n && !s.toks[j+1].space && s.toks[j+1].kind == tkNum) {
					break
				}
				dd, _ := parseDigits(raw, s.dec)
				if !dd.plain {
					break
				}
				d.val = d.val*1000 + dd.val
				d.nDigits += 3
				d.plain = false
				j++
			}
		}
		nm.d, nm.isDigits = d, true
		pend = d.val
	case tkWord:
		if s.inSet(s.r.articles, i) {
			if i+1 >= n {
				return nm, false
			}
			if _, ok := s.lookup(s.r.mults, i+1); !ok {
				return nm, false
			}
			pend = 1
			j = i + 1
			words++
		} else if _, ok := s.lookup(s.r.words, i); !ok {
			return nm, false
		}
	default:
		return nm, false
	}
	lastWasTens := false
	for j < n {
		tk := s.toks[j]
		if tk.kind == tkPunct {
			// "twenty-five"
			if lastWasTens && s.isHyphen(j) && !tk.space && j+1 < n && !s.toks[j+1].space {
				if v, ok := s.lookup(s.r.words, j+1); ok && v < 10 && v >= 1 {
					pend += v
					j += 2
					words++
					lastWasTens = false
					continue
				}
			}
			break
		}
		if tk.kind != tkWord {
			break
		}
		if v, ok := s.lookup(s.r.words, j); ok && !nm.isDigits {
			switch {
			case v >= 1000:
				if cur+pend != 0 || v >= lastBig {
					goto done
				}
				total += v
				lastBig = v
			case v >= 100 && math.Mod(v, 100) == 0:
				if cur != 0 || pend != 0 {
					goto done
				}
				cur = v
			default:
				if pend != 0 && !(lastWasTens && v < 10 && v >= 1) {
					goto done
				}
				pend += v
			}
			lastWasTens = v >= 20 && v < 100 && math.Mod(v, 10) == 0
			j++
			words++
			continue
		}
		if v, ok := s.lookup(s.r.adders, j); ok && !nm.isDigits {
			if pend <= 0 || pend >= 10 {
				break
			}
			pend += v
			lastWasTens = false
			j++
			words++
			continue
		}
		if m, ok := s.lookup(s.r.mults, j); ok {
			x := cur + pend
			switch {
			case m < 1000 && m != 10 && m != 100:
				// dozen
				if x == 0 {
					goto done
				}
				cur, pend = x*m, 0
			case m == 100:
				if pend == 0 || cur != 0 {
					goto done
				}
				cur, pend = pend*100, 0
			case m == 10:
				if pend == 0 || pend >= 10 {
					goto done
				}
				cur, pend = cur+pend*10, 0
			default:
				if x == 0 || m >= lastBig {
					goto done
				}
				if total == 0 {
					nm.tail = m
				} else {
					nm.tail = 1
				}
				total, cur, pend = total+x*m, 0, 0
				lastBig = m
			}
			nm.mult = true
			lastWasTens = false
			j++
			words++
			continue
		}
		// "half a million": an article between a fraction and its scale.
		if pend > 0 && pend < 1 && cur == 0 && s.inSet(s.r.articles, j) && j+1 < n {
			if _, ok := s.lookup(s.r.mults, j+1); ok {
				j++
				continue
			}
		}
		if s.inSet(s.r.joiners, j) && !nm.isDigits && (cur != 0 || total != 0) && pend == 0 && j+1 < n {
			if _, ok := s.lookup(s.r.words, j+1); ok {
				j++
				continue
			}
		}
		break
	}
done:
	nm.end = j
	if nm.end == nm.start {
		return nm, false
	}
	nm.val = clean(total + cur + pend)
	if !nm.isDigits && !nm.mult && words == 1 && s.inSet(s.r.weak, i) {
		nm.weak = true
	}
	if math.IsInf(nm.val, 0) || math.IsNaN(nm.val) {
		return nm, false
	}
	return nm, true
}
