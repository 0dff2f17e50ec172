package lexicon_test

import (
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims/lang"
	"github.com/claimcheck/claimcheck/claims/lang/en"
	"github.com/claimcheck/claimcheck/claims/lang/id"
	"github.com/claimcheck/claimcheck/claims/lang/lexicon"
)

// lex is built once for the package's tests: building is what
// BenchmarkNew measures, not what these tests test.
var lex = lexicon.New()

// keyOf returns the key of a counted noun as an article writes it: its
// words' lemmas, then the longest phrase the lexicon knows.
func keyOf(p *lang.Pack, words string) (string, bool) {
	var lemmas []string
	for _, w := range strings.Fields(words) {
		lemmas = append(lemmas, p.Inflection.Lemma(w))
	}
	key, _, ok := lex.Match(p.Code, lemmas)
	return key, ok
}

func TestPairsMeet(t *testing.T) {
	enP, idP := en.Pack(), id.Pack()
	for _, c := range []struct{ en, id, key string }{
		{"containers", "kontainer", "container"},
		{"barrels", "barel", "barrel"},
		{"hospitals", "rumah sakit", "hospital"},
		{"passengers", "penumpang", "passenger"},
		{"shops", "toko", "shop"},
		{"cattle", "sapi", "cattle"},
		{"workers", "pekerja", "worker"},
		{"firefighters", "pemadam kebakaran", "firefighter"},
		{"casualties", "korban", "casualty"},
		{"people", "orang", "person"},
		{"houses", "rumah-rumah", "house"},
		{"ships", "kapalnya", "ship"},
		{"children", "anak-anak", "child"},
		{"elephants", "gajah", "elephant"},
		{"warships", "kapal perang", "warship"},
		{"restaurants", "rumah makan", "restaurant"},
		{"police", "polisi", "police"},
		{"banks", "bank", "bank"},
	} {
		ke, okE := keyOf(enP, c.en)
		ki, okI := keyOf(idP, c.id)
		if !okE || !okI || ke != c.key || ki != c.key {
			t.Errorf("%q → %q %v, %q → %q %v; want both %q", c.en, ke, okE, c.id, ki, okI, c.key)
		}
	}
}

// TestTraps lists words that must not take the key of a word they merely
// share a translation or a sense with.
func TestTraps(t *testing.T) {
	for _, c := range []struct{ lang, word, not string }{
		{"id", "tepi", "bank"},     // a river bank is "tepi"; "bank" is the institution
		{"id", "gosong", "bank"},   // a sandbank, the 2nd sense of "bank"
		{"id", "kamar", "house"},   // "house" lists "kamar" in a later sense: a room
		{"id", "bilik", "house"},   // likewise
		{"id", "balai", "hall"},    // not a guess from an English word: no "hall" lists it
		{"id", "gajah", "bishop"},  // the chess piece, ambiguous
		{"id", "jarum", "hand"},    // a clock's hand, ambiguous
		{"id", "korban", "corban"}, // a rare English word, same translation
		{"id", "rumah", "hospital"},
		{"id", "rumah", "home"},
		{"id", "sakit", "hospital"},
		{"id", "pemadam", "firefighter"},
		{"id", "kebakaran", "firefighter"},
		{"id", "polisi", "police officer"},
		{"id", "prajurit", "soldier"}, // "private" reads it more specifically; see the package doc
		{"en", "home", "house"},       // synonyms keep their keys
		{"en", "foot", "leg"},
		{"en", "month", "moon"},
	} {
		if got, _ := lex.Key(c.lang, c.word); got == c.not {
			t.Errorf("Key(%s, %q) = %q", c.lang, c.word, c.not)
		}
	}
}

func TestKey(t *testing.T) {
	for _, c := range []struct {
		lang, word, key string
		ok              bool
	}{
		{"en", "barrel", "barrel", true},
		{"en", "police officer", "police officer", true},
		{"en", "home", "home", true},
		{"id", "rumah sakit", "hospital", true},
		{"id", "rumah", "house", true},
		{"id", "sapi", "cattle", true},
		{"id", "tong", "barrel", true},
		{"id", "tepi", "shore", true},
		{"id", "jarum", "needle", true},
		// Unknown: words the dictionary lacks, forms that are no lemma
		// or no fold, other languages.
		{"en", "villager", "", false},
		{"id", "pendaki", "", false},
		{"id", "pendakian", "", false},
		{"en", "barrels", "", false},
		{"id", "Rumah", "", false},
		{"en", "", "", false},
		{"id", "", "", false},
		{"fr", "barrel", "", false},
		{"", "barrel", "", false},
	} {
		key, ok := lex.Key(c.lang, c.word)
		if key != c.key || ok != c.ok {
			t.Errorf("Key(%q, %q) = %q, %v; want %q, %v", c.lang, c.word, key, ok, c.key, c.ok)
		}
	}
}

func TestMatch(t *testing.T) {
	for _, c := range []struct {
		lang   string
		lemmas string
		key    string
		n      int
	}{
		{"id", "rumah sakit umum", "hospital", 2},
		{"id", "rumah warga", "house", 1},
		{"id", "rumah", "house", 1},
		{"id", "pemadam kebakaran dikerahkan", "firefighter", 2},
		{"id", "kapal perang", "warship", 2},
		{"id", "kapal", "ship", 1},
		{"en", "police officer", "police officer", 2},
		{"en", "police", "police", 1},
		{"en", "barrel of crude", "barrel", 1},
		// Nothing known at the start: no key, even if a later word is.
		{"id", "pendaki rumah", "", 0},
		{"en", "villager house", "", 0},
		{"id", "", "", 0},
		{"xx", "rumah", "", 0},
	} {
		key, n, ok := lex.Match(c.lang, strings.Fields(c.lemmas))
		if key != c.key || n != c.n || ok != (c.n > 0) {
			t.Errorf("Match(%s, %q) = %q, %d, %v; want %q, %d", c.lang, c.lemmas, key, n, ok, c.key, c.n)
		}
	}
}

func TestLanguages(t *testing.T) {
	if s, tg := lex.Languages(); s != "en" || tg != "id" {
		t.Errorf("Languages() = %q, %q", s, tg)
	}
}

// TestRank checks each rule that picks an Indonesian word's English noun,
// on an invented table (see the package doc for the rules).
func TestRank(t *testing.T) {
	l, err := lexicon.Parse(`# languages: en id
late	n	10	xx	alpha
early	n	10	alpha
once	n	10	beta
thrice	n	50	x,beta	beta	beta
second	n	10	omega,gamma
first	n	10	gamma,omega
wide	n	10	zeta,epsilon
narrow	n	10	zeta
many	n	10	eta	q	r
few	n	10	eta
rare	n	80	theta
common	n	20	theta
bbb	n	10	iota
aaa	n	10	iota
verb	v	10	kappa
`)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ word, key string }{
		{"alpha", "early"},  // earliest sense
		{"beta", "thrice"},  // most senses listing it, before the place in the sense
		{"gamma", "first"},  // earliest place in the sense
		{"zeta", "narrow"},  // fewest translations in the sense
		{"eta", "few"},      // fewest senses
		{"theta", "common"}, // commoner word
		{"iota", "aaa"},     // alphabet
		{"kappa", ""},       // not a noun
	} {
		if got, _ := l.Key("id", c.word); got != c.key {
			t.Errorf("Key(id, %q) = %q, want %q", c.word, got, c.key)
		}
	}
	if _, ok := l.Key("en", "verb"); ok {
		t.Error("a verb has a key")
	}
}
