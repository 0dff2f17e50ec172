package speaker

import (
	"sort"

	"github.com/claimcheck/claimcheck/claims/text"
)

// words is a sentence read in words, with the pack's phrases found on
// whole words only, as the reader counts them: a phrase starts where a
// word starts and ends where one ends, so "in" is no stop inside
// "in-house" and "disebut-sebut" is one hedge. The matcher reads the
// sentence's finer tokens (it splits its phrases the same way); first maps
// each word to them.
type words struct {
	toks []text.Token // the sentence's tokens
	w    []text.Token // its words
	// first[k] is the index in toks of word k's first token;
	// first[len(w)] is len(toks).
	first []int
}

// newWords reads s in words; first is grown from buf, which the caller
// may keep on its stack.
func newWords(s *text.Sentence, buf []int) words {
	w := s.Words()
	first := append(buf[:0], make([]int, len(w)+1)...)
	k := 0
	for t := 0; t < len(s.Tokens) && k < len(w); t++ {
		if s.Tokens[t].Span.Start == w[k].Span.Start {
			first[k] = t
			k++
		}
	}
	first[len(w)] = len(s.Tokens)
	return words{toks: s.Tokens, w: w, first: first}
}

// wordAt returns the word that starts at token t, or -1 when t is inside
// a word.
func (v *words) wordAt(t int) int {
	k := sort.SearchInts(v.first, t)
	if k < len(v.first) && v.first[k] == t {
		return k
	}
	return -1
}

// at returns the longest phrase of m that starts at word i and ends with
// a word before word stop: the word after it and its value.
func (v *words) at(m *phrases, i, stop int) (end int, val string, ok bool) {
	if i >= stop {
		return i, "", false
	}
	lim := v.first[stop]
	for {
		e, val, ok := m.At(v.toks[:lim], v.first[i])
		if !ok {
			return i, "", false
		}
		if k := v.wordAt(e); k >= 0 {
			return k, val, true
		}
		lim = e - 1 // it ends inside a word: look for a shorter one
	}
}

// is reports whether word i is a one-word phrase of m.
func (v *words) is(m *phrases, i int) bool {
	_, _, ok := v.at(m, i, i+1)
	return ok
}

// ending returns the first word of the longest phrase of m that ends with
// word j and starts at or after word from.
func (v *words) ending(m *phrases, j, from int) (start int, ok bool) {
	if j < from || j < 0 {
		return j + 1, false
	}
	end, lim := v.first[j+1], v.first[from]
	for {
		s, _, ok := m.Before(v.toks, end, lim)
		if !ok {
			return j + 1, false
		}
		if k := v.wordAt(s); k >= 0 {
			return k, true
		}
		lim = s + 1 // it starts inside a word: look for a shorter one
	}
}

// ends reports whether a phrase of m ends with word j.
func (v *words) ends(m *phrases, j int) bool {
	_, ok := v.ending(m, j, 0)
	return ok
}
