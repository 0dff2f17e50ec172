package lang_test

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims/lang"
)

// toy is an invented language that exercises every part of the engine:
// "-zo" plurals, a guarded "-azo" ending, clitics "-ki" and "-mo" (after
// some letters only), reduplication.
var toy = lang.Inflection{
	Irregular:    map[string]string{"mimi": "mu", "tata-tata": "tata-tata", "rokki": "rokki"},
	Clitics:      []lang.Suffix{{From: "ki", MinStem: 3}, {From: "mo", MinStem: 2, After: "rtß"}},
	Reduplicated: true,
	Suffixes: []lang.Suffix{
		{From: "azo", To: "azo"},
		{From: "izo", To: "e", MinStem: 2},
		{From: "zo", To: "", MinStem: 2},
	},
}

func TestLemmaEngine(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"pazo", "pazo"},           // guard rule: ending kept
		{"bolzo", "bol"},           // plain rule
		{"bozo", "bo"},             // stem of exactly MinStem
		{"bzo", "bzo"},             // stem too short
		{"kolizo", "kole"},         // the first fitting rule wins
		{"lizo", "li"},             // "izo" stem too short: the next rule that fits applies
		{"mimi", "mu"},             // irregular
		{"tata-tata", "tata-tata"}, // listed reduplication stays
		{"pona-pona", "pona"},      // reduplication
		{"bolzo-bolzo", "bol"},     // reduplicated plural of a plural form
		{"pona-ponaki", "pona"},    // clitic, then reduplication
		{"mimiki", "mu"},           // clitic, then irregular
		{"rokki", "rokki"},         // listed: a word ending like a clitic
		{"poki", "poki"},           // clitic stem too short
		{"-ki", "-ki"},             // no stem
		{"pona-ki", "pona-ki"},     // a rule never eats into a hyphen
		{"pona-pon", "pona-pon"},   // not a reduplication
		{"a-a", "a"},
		{"-", "-"},
		{"pormo", "por"},   // a clitic after one of its letters
		{"pamo", "pamo"},   // not after another
		{"paßmo", "paß"},   // letters are runes
		{"pa-mo", "pa-mo"}, // nor after a hyphen
	} {
		if got := toy.Lemma(c.in); got != c.want {
			t.Errorf("Lemma(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestLemmaZero(t *testing.T) {
	var nilIn *lang.Inflection
	var zero lang.Inflection
	for _, w := range []string{"", "barrels", "rumah-rumah", "x-x"} {
		if got := nilIn.Lemma(w); got != w {
			t.Errorf("nil Lemma(%q) = %q", w, got)
		}
		if got := zero.Lemma(w); got != w {
			t.Errorf("zero Lemma(%q) = %q", w, got)
		}
	}
}

// FuzzLemma checks what holds for any word: the lemma is never empty for
// a word that is not, and never longer than the word plus the longest
// rewrite.
func FuzzLemma(f *testing.F) {
	for _, s := range []string{"bolzo", "pona-ponaki", "mimi", "a-a", "-ki", "ki"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		got := toy.Lemma(w)
		if w != "" && got == "" {
			t.Fatalf("Lemma(%q) is empty", w)
		}
		if len(got) > len(w)+1 {
			t.Fatalf("Lemma(%q) = %q grew", w, got)
		}
	})
}
