package text

import "github.com/claimcheck/claimcheck/claims"

// Arena lends the sentences of one document their tokens, words and word
// starts from a few large arrays, and takes them all back at once with
// Reset, so that the next document reuses the arrays instead of giving
// the collector a new one per sentence. Tokens were four in ten of the
// bytes extraction allocated.
//
// What an arena lent is valid until its Reset: a caller that keeps a
// sentence, a token slice or a word view past it must copy them. Strings
// are never lent (a token's Text and Fold are ordinary strings), so the
// values read from tokens may be kept. An Arena is not safe for
// concurrent use; the zero value is ready.
type Arena struct {
	toks  chunks[Token]
	ints  chunks[int]
	sents chunks[Sentence]
	views chunks[WordView]
}

// chunkLen is the length of an arena's arrays: large enough to hold a news
// article's sentences in one or two, small enough not to matter kept idle.
const chunkLen = 4096

// chunks is a list of arrays lent from front to back.
type chunks[T any] struct {
	all  [][]T
	cur  int // index in all of the array being lent from
	used int // elements of all[cur] lent
}

// take lends n consecutive elements, zeroed.
func (c *chunks[T]) take(n int) []T {
	for c.cur < len(c.all) && c.used+n > len(c.all[c.cur]) {
		c.cur++
		c.used = 0
	}
	if c.cur == len(c.all) {
		c.all = append(c.all, make([]T, max(chunkLen, n)))
		c.used = 0
	}
	s := c.all[c.cur][c.used : c.used+n : c.used+n]
	c.used += n
	return s
}

// giveBack returns the last n elements lent by take, when take lent them
// last and they are unused.
func (c *chunks[T]) giveBack(n int) {
	if c.cur < len(c.all) && c.used >= n {
		c.used -= n
	}
}

// reset takes every element back, zeroed so that nothing lent keeps a
// document's text alive from the pool.
func (c *chunks[T]) reset() {
	for i := 0; i <= c.cur && i < len(c.all); i++ {
		n := len(c.all[i])
		if i == c.cur {
			n = c.used
		}
		clear(c.all[i][:n])
	}
	c.cur, c.used = 0, 0
}

// Reset takes back everything the arena lent.
func (a *Arena) Reset() {
	a.toks.reset()
	a.ints.reset()
	a.sents.reset()
	a.views.reset()
}

// Sentence is NewSentence with the sentence, its tokens and, later, its
// words and word view lent by the arena. A nil arena allocates, as
// NewSentence does.
func (a *Arena) Sentence(text string, span claims.Span) *Sentence {
	if a == nil {
		return NewSentence(text, span)
	}
	span.Start = min(max(span.Start, 0), len(text))
	span.End = min(max(span.End, span.Start), len(text))
	// A token holds at least a byte, so the span's length is room enough.
	room := a.toks.take(span.Len())
	toks := Tokenize(text, span, room[:0])
	a.toks.giveBack(span.Len() - len(toks))
	toks = toks[:len(toks):len(toks)] // an append must not reach the next sentence's
	s := &a.sents.take(1)[0]
	*s = Sentence{Text: text, Span: span, Tokens: toks, arena: a}
	return s
}

// tokens lends n tokens; a nil arena allocates them.
func (a *Arena) tokens(n int) []Token {
	if a == nil {
		return make([]Token, n)
	}
	return a.toks.take(n)
}

// view lends a word view with n+1 word starts; a nil arena allocates it.
func (a *Arena) view(n int) *WordView {
	if a == nil {
		return &WordView{First: make([]int, n+1)}
	}
	v := &a.views.take(1)[0]
	v.First = a.ints.take(n + 1)
	return v
}
