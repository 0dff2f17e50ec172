package date

import (
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/claimcheck/claimcheck/claims/text"
)

// none is the value of a phrase that only needs to be found.
type none = struct{}

// phrases is a matcher of pack phrases that carry no value.
type phrases = *text.Matcher[none]

// newMatcher returns an empty matcher.
func newMatcher[V any]() *text.Matcher[V] { return text.NewMatcher[V]() }

// caseOf returns how phrase must match: a phrase of marks only ("-", "–",
// ",", "$") as written, since the pack lists each mark it means; any other
// whatever its case, as the pack's date words are.
func caseOf(phrase string) text.Case {
	if strings.IndexFunc(phrase, unicode.IsLetter) < 0 {
		return text.Exact
	}
	return text.AnyCase
}

// listOf returns a matcher of the phrases of l.
func listOf(l []string) phrases {
	m := newMatcher[none]()
	for _, p := range l {
		m.Add(p, none{}, caseOf(p))
	}
	return m
}

// mapOf returns a matcher of the keys of pack map pm with their values,
// added in key order so that matching does not depend on map order.
func mapOf[V any](pm map[string]V) *text.Matcher[V] {
	m := newMatcher[V]()
	for _, k := range slices.Sorted(maps.Keys(pm)) {
		m.Add(k, pm[k], caseOf(k))
	}
	return m
}

// set is a set of folded words.
type set map[string]bool

func setOf(l []string) set {
	s := set{}
	for _, w := range l {
		s[text.Fold(w)] = true
	}
	return s
}

// addFirstWords puts the words m's phrases start with into s.
func addFirstWords[V any](s set, m *text.Matcher[V]) {
	for _, w := range m.FirstWords() {
		s[w] = true
	}
}

// possessive reports whether t is a possessive "'s". It is written against
// its word like a mark, and the shapes read it as one when they look
// after a number or a word ("2024's", "the country's quake"): it neither
// continues the number nor is a word of its own.

// isWord reports whether t is a word other than a possessive.
func isWord(t text.Token) bool { return t.Kind == text.Word && !t.Possessive() }

// capitalized reports whether word t starts with a capital; a possessive
// is, when its "S" is one ("INDONESIA'S").
func capitalized(t text.Token) bool {
	if t.Possessive() {
		return strings.ContainsRune(t.Text, 'S')
	}
	return t.Cap
}
