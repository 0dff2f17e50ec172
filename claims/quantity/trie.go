package quantity

// trie holds phrases as sequences of token keys, built once in New. Keys
// are folded to ASCII lower case, except for phrases added case-sensitively,
// which live in exact. A trie built with back set holds phrases reversed,
// for matching words that end where a number starts.
type trie[T any] struct {
	root *tnode[T]
	back bool
}

type tnode[T any] struct {
	next  map[string]*tnode[T]
	exact map[string]*tnode[T]
	val   T
	ok    bool
}

func newTrie[T any](back bool) *trie[T] { return &trie[T]{root: &tnode[T]{}, back: back} }

// add inserts phrase with value v; the first value added for a phrase wins.
func (t *trie[T]) add(phrase string, v T, caseSensitive bool) {
	toks := tokenize(nil, phrase, 0, len(phrase))
	if len(toks) == 0 {
		return
	}
	n := t.root
	for k := range toks {
		tk := toks[k]
		if t.back {
			tk = toks[len(toks)-1-k]
		}
		key := phrase[tk.start:tk.end]
		m := &n.next
		if caseSensitive {
			m = &n.exact
		} else {
			key = foldString(key)
		}
		if *m == nil {
			*m = make(map[string]*tnode[T])
		}
		c := (*m)[key]
		if c == nil {
			c = &tnode[T]{}
			(*m)[key] = c
		}
		n = c
	}
	if !n.ok {
		n.val, n.ok = v, true
	}
}

// child returns the node after n for token tk of text.
func (n *tnode[T]) child(text string, tk token, exact bool) *tnode[T] {
	s := text[tk.start:tk.end]
	if exact {
		return n.exact[s]
	}
	if !tk.upper {
		return n.next[s]
	}
	var buf [64]byte
	if len(s) > len(buf) {
		return nil
	}
	b := buf[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return n.next[string(b)]
}

// match returns the end (exclusive token index) and value of the longest
// phrase starting at toks[i]; for a back trie, the start index of the
// longest phrase ending just before toks[i]. limit bounds the tokens it may
// use (an index it may not pass: len(toks) forward, a first index back).
func (t *trie[T]) match(text string, toks []token, i, limit int) (int, T, bool) {
	r := result[T]{at: -1}
	t.walk(t.root, text, toks, i, i, limit, &r)
	return r.at, r.val, r.found
}

type result[T any] struct {
	val   T
	at    int
	found bool
}

func (t *trie[T]) walk(n *tnode[T], text string, toks []token, i, j, limit int, r *result[T]) {
	if n.ok && j != i {
		if !r.found || (t.back && j < r.at) || (!t.back && j > r.at) {
			r.val, r.at, r.found = n.val, j, true
		}
	}
	k, next := j, j+1
	if t.back {
		k, next = j-1, j-1
		if k < limit {
			return
		}
	} else if k >= limit {
		return
	}
	if n.next != nil {
		if c := n.child(text, toks[k], false); c != nil {
			t.walk(c, text, toks, i, next, limit, r)
		}
	}
	if n.exact != nil {
		if c := n.child(text, toks[k], true); c != nil {
			t.walk(c, text, toks, i, next, limit, r)
		}
	}
}

// has reports whether a phrase of t starts at toks[i] (ends before it for a
// back trie).
func (t *trie[T]) has(text string, toks []token, i, limit int) bool {
	_, _, ok := t.match(text, toks, i, limit)
	return ok
}

func foldString(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
