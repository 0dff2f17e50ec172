package text

import (
	"sort"

	"github.com/claimcheck/claimcheck/claims"
)

// Case says how a phrase's letter case must match the text.
type Case uint8

// The case rules.
const (
	// AnyCase matches whatever the case of the text ("more than" matches
	// "More than").
	AnyCase Case = iota
	// Exact matches only the same bytes ("M" is a magnitude, "m" metres).
	Exact
	// AsWritten follows the pack's convention for names: a word written
	// with a capital must be capitalized in the text, a word written in
	// capitals (an acronym such as "AS" or "US") must be written in
	// capitals, and a word written in lower case matches any case.
	AsWritten
)

// shapeRule is the case a phrase word asks of the text under AsWritten.
type shapeRule uint8

const (
	anyShape shapeRule = iota
	capShape
	capsShape
)

// entry is one phrase of a matcher, as tokens.
type entry[V any] struct {
	folds []string
	exact []string    // the words as written, for Exact
	shape []shapeRule // for AsWritten
	// glue[k] is set when word k is written against word k-1 ("p.m.",
	// "US$"): the text must glue them too.
	glue  []bool
	cased Case
	value V
}

// Matcher finds the phrases of a pack in a token stream, longest first.
// Phrases are tokenized as sentences are, so "p.m.", "US$" and "ke-" match
// the tokens they are written as. Build it with Add before use; once built
// it is safe for concurrent use.
type Matcher[V any] struct {
	byFirst map[string][]*entry[V]
	byLast  map[string][]*entry[V]
	// firsts and lasts hold the words of byFirst and byLast as a filter,
	// read before the map: most tokens start and end no phrase, and a
	// string map's lookup was a fifth of extraction.
	firsts, lasts Filter
	// Periods lets an abbreviation's period stand after any word of a
	// phrase but its last ("Lt. Gen." for "Lt Gen").
	Periods bool
	n       int
}

// NewMatcher returns an empty matcher.
func NewMatcher[V any]() *Matcher[V] {
	return &Matcher[V]{byFirst: map[string][]*entry[V]{}, byLast: map[string][]*entry[V]{}}
}

// Add puts phrase in the matcher with value v and case rule c. A phrase
// that is empty or only white space is ignored; when a phrase is added
// twice, both stay and the first added wins a tie.
func (m *Matcher[V]) Add(phrase string, v V, c Case) {
	toks := Tokenize(phrase, claims.Span{End: len(phrase)}, nil)
	if len(toks) == 0 {
		return
	}
	e := &entry[V]{cased: c, value: v}
	m.n++
	for k, t := range toks {
		e.folds = append(e.folds, t.Fold)
		e.glue = append(e.glue, k > 0 && !t.Space)
		switch c {
		case Exact:
			e.exact = append(e.exact, t.Text)
		case AsWritten:
			e.shape = append(e.shape, shapeOf(t))
		}
	}
	insert(m.byFirst, e.folds[0], e)
	insert(m.byLast, e.folds[len(e.folds)-1], e)
	m.firsts.Add(e.folds[0])
	m.lasts.Add(e.folds[len(e.folds)-1])
}

// insert puts e into its bucket, keeping buckets longest first and, among
// phrases of one length, in order of addition.
func insert[V any](b map[string][]*entry[V], key string, e *entry[V]) {
	es := b[key]
	at := sort.Search(len(es), func(i int) bool { return len(es[i].folds) < len(e.folds) })
	es = append(es, nil)
	copy(es[at+1:], es[at:])
	es[at] = e
	b[key] = es
}

// AddAll adds every phrase of list with value v.
func (m *Matcher[V]) AddAll(list []string, v V, c Case) {
	for _, p := range list {
		m.Add(p, v, c)
	}
}

// Len returns the number of phrases added.
func (m *Matcher[V]) Len() int { return m.n }

func shapeOf(t Token) shapeRule {
	switch {
	case t.Caps:
		return capsShape
	case t.Cap:
		return capShape
	}
	return anyShape
}

// At returns the longest phrase starting at toks[i]: the index just after
// it and its value.
func (m *Matcher[V]) At(toks []Token, i int) (end int, v V, ok bool) {
	return m.AtFunc(toks, i, nil)
}

// AtFunc is At limited to the phrases whose value accept takes (all when
// accept is nil).
func (m *Matcher[V]) AtFunc(toks []Token, i int, accept func(V) bool) (end int, v V, ok bool) {
	if i < 0 || i >= len(toks) || !m.firsts.May(toks[i].Fold) {
		return i, v, false
	}
	for _, e := range m.byFirst[toks[i].Fold] {
		if accept != nil && !accept(e.value) {
			continue
		}
		if j, good := m.forward(e, toks, i); good {
			return j, e.value, true
		}
	}
	return i, v, false
}

// Has reports whether a phrase starts at toks[i].
func (m *Matcher[V]) Has(toks []Token, i int) bool {
	_, _, ok := m.At(toks, i)
	return ok
}

// Before returns the longest phrase that ends just before toks[i] and
// starts at or after toks[limit]: the index of its first token and its
// value. Periods do not apply backwards.
func (m *Matcher[V]) Before(toks []Token, i, limit int) (start int, v V, ok bool) {
	last := i - 1
	if last < 0 || last >= len(toks) || last < limit || !m.lasts.May(toks[last].Fold) {
		return i, v, false
	}
	for _, e := range m.byLast[toks[last].Fold] {
		s := i - len(e.folds)
		if s < max(limit, 0) {
			continue
		}
		if m.fits(e, toks, s) {
			return s, e.value, true
		}
	}
	return i, v, false
}

// Ends reports whether a phrase ends just before toks[i], starting at or
// after toks[limit].
func (m *Matcher[V]) Ends(toks []Token, i, limit int) bool {
	_, _, ok := m.Before(toks, i, limit)
	return ok
}

// Word returns the value of the one-word phrase whose fold is w.
func (m *Matcher[V]) Word(w string) (v V, ok bool) {
	if !m.firsts.May(w) {
		return v, false
	}
	for _, e := range m.byFirst[w] {
		if len(e.folds) == 1 {
			return e.value, true
		}
	}
	return v, false
}

// All returns the start and end of every phrase in toks, left to right,
// each the longest at its place and none overlapping.
func (m *Matcher[V]) All(toks []Token) []claims.Span {
	var out []claims.Span
	for i := 0; i < len(toks); i++ {
		if j, _, ok := m.At(toks, i); ok {
			out = append(out, claims.Span{Start: i, End: j})
			i = j - 1
		}
	}
	return out
}

// forward checks e at toks[i], stepping over abbreviation periods when the
// matcher allows them, and returns the index after it.
func (m *Matcher[V]) forward(e *entry[V], toks []Token, i int) (int, bool) {
	j := i
	for k := range e.folds {
		if k > 0 && m.Periods && j < len(toks) && toks[j].Fold == "." && !toks[j].Space && e.folds[k] != "." {
			j++
		}
		if j >= len(toks) || !e.word(k, toks[j]) || k > 0 && e.glue[k] && toks[j].Space {
			return i, false
		}
		j++
	}
	return j, true
}

// fits checks e at toks[s] word for word, with no periods between.
func (m *Matcher[V]) fits(e *entry[V], toks []Token, s int) bool {
	for k := range e.folds {
		t := toks[s+k]
		if !e.word(k, t) || k > 0 && e.glue[k] && t.Space {
			return false
		}
	}
	return true
}

// word reports whether token t matches word k of e.
func (e *entry[V]) word(k int, t Token) bool {
	if t.Fold != e.folds[k] {
		return false
	}
	switch e.cased {
	case Exact:
		return t.Text == e.exact[k]
	case AsWritten:
		switch e.shape[k] {
		case capShape:
			return t.Cap
		case capsShape:
			return t.Caps
		}
	}
	return true
}

// FirstWords returns the folds a phrase of m can start with, and
// LastWords those it can end with, in no particular order: a recognizer
// may index them to skip tokens no phrase can touch.
func (m *Matcher[V]) FirstWords() []string { return keys(m.byFirst) }

// LastWords returns the folds a phrase of m can end with.
func (m *Matcher[V]) LastWords() []string { return keys(m.byLast) }

func keys[V any](b map[string][]*entry[V]) []string {
	out := make([]string, 0, len(b))
	for k := range b {
		out = append(out, k)
	}
	return out
}

// WordView relates a sentence's words (Sentence.Words) to its tokens, so
// that pack phrases, which the matcher splits into tokens ("laki-laki",
// "disebut-sebut", "fishermen's"), are found on whole words only: a phrase
// starts where a word starts and ends where one ends, so "in" is no stop
// inside "in-house".
type WordView struct {
	// Tokens are the sentence's tokens, Words its words.
	Tokens, Words []Token
	// First[k] is the index in Tokens of word k's first token;
	// First[len(Words)] is len(Tokens).
	First []int
}

// WordView returns the sentence's word view, computed once and kept.
func (s *Sentence) WordView() *WordView {
	if s.view == nil {
		w := s.Words()
		v := s.arena.view(len(w))
		first := v.First
		k := 0
		for t := 0; t < len(s.Tokens) && k < len(w); t++ {
			if s.Tokens[t].Span.Start == w[k].Span.Start {
				first[k] = t
				k++
			}
		}
		first[len(w)] = len(s.Tokens)
		v.Tokens, v.Words = s.Tokens, w
		s.view = v
	}
	return s.view
}

// WordAt returns the word that starts at token t, or -1 when t is inside
// a word.
func (v *WordView) WordAt(t int) int {
	k := sort.SearchInts(v.First, t)
	if k < len(v.First) && v.First[k] == t {
		return k
	}
	return -1
}

// AtWord returns the longest phrase that starts at word i and ends with a
// word before word stop: the word after it and its value.
func (m *Matcher[V]) AtWord(v *WordView, i, stop int) (end int, val V, ok bool) {
	if i < 0 || i >= stop || stop > len(v.Words) {
		return i, val, false
	}
	lim := v.First[stop]
	for {
		e, x, ok := m.At(v.Tokens[:lim], v.First[i])
		if !ok {
			return i, val, false
		}
		if k := v.WordAt(e); k >= 0 {
			return k, x, true
		}
		lim = e - 1 // it ends inside a word: look for a shorter one
	}
}

// IsWord reports whether word i is a one-word phrase.
func (m *Matcher[V]) IsWord(v *WordView, i int) bool {
	_, _, ok := m.AtWord(v, i, i+1)
	return ok
}

// EndingWord returns the first word of the longest phrase that ends with
// word j and starts at or after word from.
func (m *Matcher[V]) EndingWord(v *WordView, j, from int) (start int, ok bool) {
	if j < from || j < 0 || j >= len(v.Words) {
		return j + 1, false
	}
	end, lim := v.First[j+1], v.First[max(from, 0)]
	for {
		s, _, ok := m.Before(v.Tokens, end, lim)
		if !ok {
			return j + 1, false
		}
		if k := v.WordAt(s); k >= 0 {
			return k, true
		}
		lim = s + 1 // it starts inside a word: look for a shorter one
	}
}

// EndsWord reports whether a phrase ends with word j.
func (m *Matcher[V]) EndsWord(v *WordView, j int) bool {
	_, ok := m.EndingWord(v, j, 0)
	return ok
}

// Filter is a set of words that answers "not in the set" for most words
// without hashing them: a bit per word, at a place taken from the word's
// length and its first and last bytes. A set bit says the word may be in
// the set, and a map must decide. A recognizer reads its filter before a
// string map it looks every token up in: most tokens are in none. The
// zero value is empty; once built it is safe for concurrent reads.
type Filter struct{ bits *[filterBits / 64]uint64 }

// filterLog is the log2 of a filter's size in bits: a pack's largest word
// lists (a few thousand place names) leave most of 8,192 bits clear.
const (
	filterLog  = 13
	filterBits = 1 << filterLog
)

// filterKey is a word's bit: a multiplicative hash of its length and first
// and last bytes, cheap enough to inline at every lookup.
func filterKey(w string) uint32 {
	if len(w) == 0 {
		return 0
	}
	return (uint32(len(w))<<16 | uint32(w[0])<<8 | uint32(w[len(w)-1])) * 0x9e3779b1 >> (32 - filterLog)
}

// Add puts w in the set.
func (f *Filter) Add(w string) {
	if f.bits == nil {
		f.bits = new([filterBits / 64]uint64)
	}
	k := filterKey(w)
	f.bits[k>>6] |= 1 << (k & 63)
}

// May reports whether w may be in the set; false is certain.
func (f *Filter) May(w string) bool {
	k := filterKey(w)
	return f.bits != nil && f.bits[k>>6]&(1<<(k&63)) != 0
}
