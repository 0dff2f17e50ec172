package lexicon_test

import (
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims/lang/lexicon"
)

func TestParse(t *testing.T) {
	for _, c := range []struct {
		name, data string
		ok         bool
	}{
		{"minimal", "# languages: en id\nbarrel\tn\t35\tbarel\n", true},
		{"comments, blank lines, CRLF", "# a comment\r\n# languages: en id\r\n\r\n# another\nbarrel\tn\t35\tbarel,tong\ttong\r\n", true},
		{"other parts of speech are read and skipped", "# languages: en id\nrun\tv\t10\tlari\n", true},
		{"no final newline", "# languages: en id\nbarrel\tn\t35\tbarel", true},
		{"a second languages line is a comment", "# languages: en id\n# languages: id en\nbarrel\tn\t35\tbarel\n", true},
		{"empty", "", false},
		{"no header", "barrel\tn\t35\tbarel\n", false},
		{"entry before the header", "barrel\tn\t35\tbarel\n# languages: en id\n", false},
		{"one language", "# languages: en\n", false},
		{"same language twice", "# languages: en en\n", false},
		{"three languages", "# languages: en id ms\n", false},
		{"no senses", "# languages: en id\nbarrel\tn\t35\n", false},
		{"no level", "# languages: en id\nbarrel\tn\tbarel\n", false},
		{"negative level", "# languages: en id\nbarrel\tn\t-1\tbarel\n", false},
		{"empty headword", "# languages: en id\n\tn\t35\tbarel\n", false},
		{"empty part of speech", "# languages: en id\nbarrel\t\t35\tbarel\n", false},
		{"empty sense", "# languages: en id\nbarrel\tn\t35\t\n", false},
		{"empty translation", "# languages: en id\nbarrel\tn\t35\tbarel,,tong\n", false},
		{"space at an end", "# languages: en id\nbarrel\tn\t35\tbarel \n", false},
		{"two spaces", "# languages: en id\nrumah  sakit\tn\t35\tx\n", false},
		{"other white space", "# languages: en id\nbarrel\tn\t35\t\v\n", false},
		{"no-break space", "# languages: en id\nbarrel\tn\t35\trumah\u00a0sakit\n", false},
	} {
		_, err := lexicon.Parse(c.data)
		if (err == nil) != c.ok {
			t.Errorf("%s: Parse error %v, want ok %v", c.name, err, c.ok)
		}
	}
}

func TestParseErrorsSayWhere(t *testing.T) {
	_, err := lexicon.Parse("# languages: en id\nbarrel\tn\t35\tbarel\nbad\n")
	if err == nil || !strings.Contains(err.Error(), "line 3") {
		t.Errorf("error %v does not name line 3", err)
	}
}

// FuzzParse checks that any table either fails to parse or gives a
// lexicon whose keys hold: a key is a noun of the headwords' language, it
// is its own key there, and Match spans no more lemmas than it is given.
func FuzzParse(f *testing.F) {
	f.Add("# languages: en id\nbarrel\tn\t35\tbarel\ttong\nhospital\tn\t10\trumah sakit\n")
	f.Add("# languages: en id\r\nrun\tv\t10\tlari\n\n#x\nbank\tn\t10\tbank\tgosong,bank\n")
	f.Add("# languages: a b\nx\tn\t0\ty z,z\tx\n")
	f.Add("barrel\tn\t35\tbarel")
	f.Fuzz(func(t *testing.T, data string) {
		l, err := lexicon.Parse(data)
		if err != nil {
			return
		}
		src, tgt := l.Languages()
		if src == "" || tgt == "" || src == tgt {
			t.Fatalf("languages %q %q", src, tgt)
		}
		for _, line := range strings.Split(data, "\n") {
			f := strings.Split(strings.TrimSuffix(line, "\r"), "\t")
			if len(f) < 4 || strings.HasPrefix(line, "#") {
				continue
			}
			for _, s := range f[3:] {
				for _, w := range strings.Split(s, ",") {
					checkKey(t, l, tgt, w)
				}
			}
			checkKey(t, l, src, f[0])
		}
	})
}

func checkKey(t *testing.T, l *lexicon.Lexicon, lang, w string) {
	src, _ := l.Languages()
	key, ok := l.Key(lang, w)
	if !ok {
		return
	}
	if again, ok := l.Key(src, key); !ok || again != key {
		t.Fatalf("Key(%s, %q) = %q, whose own key is %q, %v", lang, w, key, again, ok)
	}
	lemmas := strings.Fields(w)
	if _, n, ok := l.Match(lang, lemmas); !ok || n > len(lemmas) || n == 0 {
		t.Fatalf("Match(%s, %q) spans %d, %v", lang, lemmas, n, ok)
	}
}
