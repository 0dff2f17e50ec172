package date

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind says what a token holds.
type tokKind uint8

const (
	tokWord  tokKind = iota + 1 // a run of letters
	tokNum                      // a run of ASCII digits
	tokPunct                    // one other non-space character
)

// token is one word, number or punctuation mark, with byte offsets into the
// document text.
type token struct {
	// start and end are byte offsets; int32 keeps tokens small, and scan
	// refuses texts too long for it.
	start, end int32
	kind       tokKind
	// low is the token lower-cased (words) or as written.
	low string
	// upper is set when a word starts with an upper-case letter.
	upper bool
}

// tokenize splits text[from:to] into tokens. Letters joined by an apostrophe
// stay one word ("Jum'at"), except a possessive "'s" ("Friday's").
func tokenize(text string, from, to int) []token {
	ts := make([]token, 0, (to-from)/5+4)
	// Lower-case the whole span at once and slice words from it, unless
	// lower-casing changed its length (a few non-ASCII letters do).
	lower := strings.ToLower(text[from:to])
	sameLen := len(lower) == to-from
	i := from
	for i < to {
		r, n := utf8.DecodeRuneInString(text[i:to])
		switch {
		case unicode.IsSpace(r):
			i += n
		case r >= '0' && r <= '9':
			j := i + 1
			for j < to && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			ts = append(ts, token{start: int32(i), end: int32(j), kind: tokNum, low: text[i:j]})
			i = j
		case unicode.IsLetter(r):
			j := i + n
			for j < to {
				r2, n2 := utf8.DecodeRuneInString(text[j:to])
				if unicode.IsLetter(r2) || unicode.Is(unicode.Mn, r2) {
					j += n2
					continue
				}
				if (r2 == '\'' || r2 == '’') && !possessive(text[j+n2:to]) {
					r3, _ := utf8.DecodeRuneInString(text[j+n2 : to])
					if j+n2 < to && unicode.IsLetter(r3) {
						j += n2
						continue
					}
				}
				break
			}
			low := ""
			if sameLen {
				low = lower[i-from : j-from]
			} else {
				low = strings.ToLower(text[i:j])
			}
			ts = append(ts, token{start: int32(i), end: int32(j), kind: tokWord, low: low, upper: unicode.IsUpper(r)})
			i = j
		default:
			ts = append(ts, token{start: int32(i), end: int32(i + n), kind: tokPunct, low: text[i : i+n]})
			i += n
		}
	}
	return ts
}

// possessive reports whether rest, the text after an apostrophe, starts
// with a lone "s" ("Friday's"), which is not part of the word.
func possessive(rest string) bool {
	if rest == "" || (rest[0] != 's' && rest[0] != 'S') {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest[1:])
	return len(rest) == 1 || !unicode.IsLetter(r)
}

// glued reports whether tokens a and b touch with no space between.
func glued(a, b token) bool { return a.end == b.start }

// entry is one phrase of a table, as tokens, with its value.
type entry struct {
	words []string
	// glue[k] is set when word k is written against word k-1 ("p.m.").
	glue []bool
	num  int
	str  string
}

// table finds pack phrases in a token stream, longest first.
type table struct {
	byFirst map[string][]entry
}

func newTable() *table { return &table{byFirst: map[string][]entry{}} }

// add puts phrase with its values in the table.
func (t *table) add(phrase string, num int, str string) {
	ts := tokenize(phrase, 0, len(phrase))
	if len(ts) == 0 {
		return
	}
	e := entry{num: num, str: str}
	for k, tk := range ts {
		e.words = append(e.words, tk.low)
		e.glue = append(e.glue, k > 0 && glued(ts[k-1], tk))
	}
	t.byFirst[e.words[0]] = append(t.byFirst[e.words[0]], e)
}

// sort orders each bucket longest first so that match finds the longest
// phrase; ties keep a stable, value-independent order.
func (t *table) sort() {
	for _, es := range t.byFirst {
		sort.SliceStable(es, func(a, b int) bool {
			if len(es[a].words) != len(es[b].words) {
				return len(es[a].words) > len(es[b].words)
			}
			return strings.Join(es[a].words, " ") < strings.Join(es[b].words, " ")
		})
	}
}

func tableOfInts(m map[string]int) *table {
	t := newTable()
	for k, v := range m {
		t.add(k, v, "")
	}
	t.sort()
	return t
}

func tableOfStrings(m map[string]string) *table {
	t := newTable()
	for k, v := range m {
		t.add(k, 0, v)
	}
	t.sort()
	return t
}

func tableOfList(l []string) *table {
	t := newTable()
	for k, v := range l {
		t.add(v, k, v)
	}
	t.sort()
	return t
}

// match returns the longest phrase of t at ts[i] and the index just after
// it. A phrase ending in a word does not match the start of a longer word
// or number written against it.
func (t *table) match(ts []token, i int) (entry, int, bool) {
	if t == nil || i < 0 || i >= len(ts) {
		return entry{}, i, false
	}
next:
	for _, e := range t.byFirst[ts[i].low] {
		if i+len(e.words) > len(ts) {
			continue
		}
		for k := 1; k < len(e.words); k++ {
			tk := ts[i+k]
			if tk.low != e.words[k] || (e.glue[k] && !glued(ts[i+k-1], tk)) {
				continue next
			}
		}
		end := i + len(e.words)
		last := ts[end-1]
		if last.kind == tokWord && end < len(ts) && glued(last, ts[end]) && ts[end].kind == tokWord {
			continue
		}
		return e, end, true
	}
	return entry{}, i, false
}

// word returns the one-word phrase w of t.
func (t *table) word(w string) (entry, bool) {
	for _, e := range t.byFirst[w] {
		if len(e.words) == 1 {
			return e, true
		}
	}
	return entry{}, false
}

// set is a set of lower-case words.
type set map[string]bool

func setOf(l []string) set {
	s := set{}
	for _, w := range l {
		s[strings.ToLower(w)] = true
	}
	return s
}
