package quantity

import "github.com/claimcheck/claimcheck/claims/text"

// The directions of a phrase table.
const (
	ahead = false // phrases that start at a token
	back  = true  // phrases that end just before a token
)

// phrases is one phrase table of a pack, with its bit in a scan's token
// masks: a token whose mask lacks the bit can neither start a phrase of the
// table (nor, for a back table, end one), so that most lookups end without
// hashing. A reading asks a table many times per number; the mask costs
// one lookup per token.
type phrases[V any] struct {
	m    *text.Matcher[V]
	bit  uint64
	back bool
}

// indexed is a phrase table of any value type, for building token masks.
type indexed interface {
	index(first map[string]uint64)
}

// startBit marks the tokens that can start a number or a magnitude in
// words; numBit the tokens in any of the number word sets. The tables take
// the bits between.
const (
	startBit = 1
	numBit   = 1 << 63
)

// newPhrases returns an empty table of r with the next free bit.
func newPhrases[V any](r *Recognizer, back bool) *phrases[V] {
	n := len(r.tables) + 1
	if n >= 63 {
		panic("quantity: more phrase tables than mask bits")
	}
	p := &phrases[V]{m: text.NewMatcher[V](), bit: 1 << n, back: back}
	r.tables = append(r.tables, p)
	return p
}

func (p *phrases[V]) add(phrase string, v V, c text.Case) { p.m.Add(phrase, v, c) }

// index records in first which folds can start the table's phrases (end
// them, for a back table).
func (p *phrases[V]) index(first map[string]uint64) {
	words := p.m.FirstWords()
	if p.back {
		words = p.m.LastWords()
	}
	for _, w := range words {
		first[w] |= p.bit
	}
}

// index gives every fold the bits of the tables it can start (or end), and
// of the number words.
func (r *Recognizer) index() {
	r.first = make(map[string]uint64)
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
	// A reading starts at a number word, an article before a multiplier,
	// or a vague magnitude.
	for w := range r.words {
		r.first[w] |= startBit
	}
	for w := range r.articles {
		r.first[w] |= startBit
	}
	for _, w := range r.vague.m.FirstWords() {
		r.first[w] |= startBit
	}
	for _, t := range r.tables {
		t.index(r.first)
	}
	for w := range r.first {
		r.firstFilter.Add(w)
	}
}

// firstBits returns the bits first gives fold w: the filter first, as
// most tokens have none.
func (r *Recognizer) firstBits(w string) uint64 {
	if !r.firstFilter.May(w) {
		return 0
	}
	return r.first[w]
}

// at returns the end and value of the longest phrase starting at token i.
func (p *phrases[V]) at(s *scan, i int) (int, V, bool) {
	return p.atUntil(s, i, len(s.toks))
}

// atUntil is at for a phrase that ends by token limit.
func (p *phrases[V]) atUntil(s *scan, i, limit int) (int, V, bool) {
	if i < 0 || i >= limit || i >= len(s.toks) || s.mask[i]&p.bit == 0 {
		var none V
		return i, none, false
	}
	return p.m.At(s.toks[:limit], i)
}

// has reports whether a phrase starts at token i.
func (p *phrases[V]) has(s *scan, i int) bool {
	_, _, ok := p.at(s, i)
	return ok
}

// before returns the start and value of the longest phrase that ends just
// before token i and starts at token limit or after.
func (p *phrases[V]) before(s *scan, i, limit int) (int, V, bool) {
	k := i - 1
	if k < limit || k < 0 || k >= len(s.toks) || s.mask[k]&p.bit == 0 {
		var none V
		return i, none, false
	}
	return p.m.Before(s.toks, i, limit)
}

// ends reports whether a phrase ends just before token i, starting at
// token limit or after.
func (p *phrases[V]) ends(s *scan, i, limit int) bool {
	_, _, ok := p.before(s, i, limit)
	return ok
}
