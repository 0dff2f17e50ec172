package quantity

// trie holds phrases as sequences of token keys, built once in New. Keys
// are folded to ASCII lower case, except for phrases added case-sensitively,
// which live in exact. A trie built with back set holds phrases reversed,
// for matching words that end where a number starts.
type trie[T any] struct {
	root *tnode[T]
	back bool
	// bit marks, in a scan's token masks, the tokens that can start a
	// match (end one, for a back trie), so that most lookups end without
	// hashing.
	bit uint64
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

// child returns the node after n for token tk of the scan.
func (n *tnode[T]) child(sc *scan, tk token, exact bool) *tnode[T] {
	if exact {
		return n.exact[sc.text[tk.start:tk.end]]
	}
	if !tk.upper {
		return n.next[sc.text[tk.start:tk.end]]
	}
	return n.next[string(sc.low[tk.start-sc.base:tk.end-sc.base])]
}

// match returns the end (exclusive token index) and value of the longest
// phrase starting at toks[i]; for a back trie, the start index of the
// longest phrase ending just before toks[i]. limit bounds the tokens it may
// use (an index it may not pass: len(toks) forward, a first index back).
func (t *trie[T]) match(sc *scan, i, limit int) (int, T, bool) {
	r := result[T]{at: -1}
	k := i
	if t.back {
		k = i - 1
		if k < limit || k < 0 {
			return r.at, r.val, false
		}
	} else if k >= limit || k >= len(sc.toks) {
		return r.at, r.val, false
	}
	if sc.mask[k]&t.bit == 0 {
		return r.at, r.val, false
	}
	t.walk(t.root, sc, i, i, limit, &r)
	return r.at, r.val, r.found
}

type result[T any] struct {
	val   T
	at    int
	found bool
}

func (t *trie[T]) walk(n *tnode[T], sc *scan, i, j, limit int, r *result[T]) {
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
	} else if k >= limit || k >= len(sc.toks) {
		return
	}
	if n.next != nil {
		if c := n.child(sc, sc.toks[k], false); c != nil {
			t.walk(c, sc, i, next, limit, r)
		}
	}
	if n.exact != nil {
		if c := n.child(sc, sc.toks[k], true); c != nil {
			t.walk(c, sc, i, next, limit, r)
		}
	}
}

// has reports whether a phrase of t starts at toks[i] (ends before it for a
// back trie).
func (t *trie[T]) has(sc *scan, i, limit int) bool {
	_, _, ok := t.match(sc, i, limit)
	return ok
}

// setBit gives the trie its bit in token masks.
func (t *trie[T]) setBit(b uint64) { t.bit = b }

// firstKeys lists the keys a match can start with, folded and exact.
func (t *trie[T]) firstKeys() (folded, exact []string) {
	for k := range t.root.next {
		folded = append(folded, k)
	}
	for k := range t.root.exact {
		exact = append(exact, k)
	}
	return folded, exact
}

// indexed is a trie of any value type, for building token masks.
type indexed interface {
	setBit(uint64)
	firstKeys() (folded, exact []string)
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
