package lexicon

import "testing"

// TestEmbedded checks the embedded table: it parses, its languages are
// the packs', and every Indonesian word's key is an English noun that
// keys itself, so the two languages meet on one key.
func TestEmbedded(t *testing.T) {
	l, err := Parse(engInd)
	if err != nil {
		t.Fatal(err)
	}
	if l.source != "en" || l.target != "id" {
		t.Fatalf("languages %q %q", l.source, l.target)
	}
	if n := len(l.nouns); n < 6000 {
		t.Errorf("%d English nouns, want the dictionary's ~6,970", n)
	}
	if n := len(l.readings); n < 8000 {
		t.Errorf("%d Indonesian words, want ~8,640", n)
	}
	for w, c := range l.readings {
		if l.nouns[c.key] != c.key {
			t.Errorf("Key(id, %q) = %q, not an English noun's key", w, c.key)
		}
	}
	for w, k := range l.nouns {
		if w != k {
			t.Errorf("Key(en, %q) = %q", w, k)
		}
	}
}
