package extract

import (
	"sort"

	"github.com/claimcheck/claimcheck/claims/text"
)

// words is a sentence read in words, with the pack's phrases found on
// whole words only, as the reader counts them: a phrase starts where a
// word starts and ends where one ends, so "in" is no stop inside
// "in-house" and "laki-laki" is one modifier. The matcher reads the
// sentence's finer tokens (it splits its phrases the same way); first maps
// each word to them.
type words struct {
	toks []text.Token // the sentence's tokens
	w    []text.Token // its words
	// first[k] is the index in toks of word k's first token;
	// first[len(w)] is len(toks).
	first []int
}

func newWords(s *text.Sentence) words {
	w := s.Words()
	first := make([]int, len(w)+1)
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

// whole reports whether toks[from:] are one phrase of m: the words
// between a noun and a place ("from", "belonging to").
func whole(m *phrases, toks []text.Token, from int) bool {
	end, _, ok := m.At(toks, from)
	return ok && end == len(toks)
}

// lastFields returns the index of the first token of the last n runs of
// tokens written without white space between them (all when there are
// fewer): the last n words as white space separates them.
func lastFields(toks []text.Token, n int) int {
	for i := len(toks) - 1; i >= 0; i-- {
		if toks[i].Space {
			if n--; n == 0 {
				return i
			}
		}
	}
	return 0
}

// fields counts the runs of tokens written without white space between
// them.
func fields(toks []text.Token) int {
	n := 0
	for _, t := range toks {
		if t.Space {
			n++
		}
	}
	return n
}
