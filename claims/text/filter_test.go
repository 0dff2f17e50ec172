package text

import (
	"fmt"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// TestFilter checks that a filter never says no to a word added to it,
// and says no to most words that were not.
func TestFilter(t *testing.T) {
	var f Filter
	if f.May("anything") || f.May("") {
		t.Errorf("an empty filter holds words")
	}
	added := map[string]bool{}
	for i := range 2000 {
		w := fmt.Sprintf("place%dname", i)
		f.Add(w)
		added[w] = true
	}
	for _, w := range []string{"", "a", "é", "-"} {
		f.Add(w)
		added[w] = true
	}
	for w := range added {
		if !f.May(w) {
			t.Errorf("filter lost %q", w)
		}
	}
	maybe := 0
	others := []string{"the", "of", "said", "people", "kata", "orang", "tewas", "police", "Rabu", "menjadi", "were", "in", "at", "dan"}
	for _, w := range others {
		if f.May(w) {
			maybe++
		}
	}
	if maybe > len(others)/2 {
		t.Errorf("%d of %d words not added may be in the filter", maybe, len(others))
	}
}

// TestMatcherFilter checks that a matcher still finds phrases of every
// shape past its filter: one word, several, a word that folds, a phrase
// found backwards.
func TestMatcherFilter(t *testing.T) {
	m := NewMatcher[int]()
	m.Add("more than", 1, AnyCase)
	m.Add("Jum'at", 2, AnyCase)
	m.Add("Ñandú", 3, AnyCase)
	m.Add("x", 4, AnyCase)
	txt := "More than x people, said Jum’at and nandu"
	s := NewSentence(txt, claims.Span{End: len(txt)})
	if end, v, ok := m.At(s.Tokens, 0); !ok || v != 1 || end != 2 {
		t.Errorf("At(0) = %d, %d, %v\nwant 2, 1, true", end, v, ok)
	}
	if _, v, ok := m.At(s.Tokens, 2); !ok || v != 4 {
		t.Errorf("At(2) = %d, %v\nwant 4, true", v, ok)
	}
	if _, _, ok := m.At(s.Tokens, 3); ok {
		t.Errorf("At(3) found a phrase at %q", s.Tokens[3].Text)
	}
	if start, v, ok := m.Before(s.Tokens, 2, 0); !ok || v != 1 || start != 0 {
		t.Errorf("Before(2) = %d, %d, %v\nwant 0, 1, true", start, v, ok)
	}
	if v, ok := m.Word("jum'at"); !ok || v != 2 {
		t.Errorf("Word(jum'at) = %d, %v\nwant 2, true", v, ok)
	}
	if v, ok := m.Word("nandu"); !ok || v != 3 {
		t.Errorf("Word(nandu) = %d, %v\nwant 3, true", v, ok)
	}
	if _, ok := m.Word("people"); ok {
		t.Errorf("Word(people) found a phrase")
	}
}
