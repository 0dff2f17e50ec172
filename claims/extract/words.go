package extract

import "github.com/claimcheck/claimcheck/claims/text"

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
