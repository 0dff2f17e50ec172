package quantity

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
	"github.com/claimcheck/claimcheck/claims/lang/en"
	"github.com/claimcheck/claimcheck/claims/lang/id"
)

// casesPath is the table of hand-written cases: one expected quantity per
// line (or "-" for a sentence that holds none), tab-separated:
// lang, sentence, words as written, value, lo, hi, dimension[:unit],
// concept, flags.
const casesPath = "../../testdata/quantities/cases.tsv"

// minScore is what precision and recall on the table must reach.
const minScore = 0.97

type wantQ struct {
	Line     int
	Lang     string
	Sentence string
	Text     string
	Value    float64
	Lo, Hi   float64
	Dim      string
	Concept  string
	Flags    string
}

func recognizers() map[string]*Recognizer {
	return map[string]*Recognizer{"en": New(en.Pack()), "id": New(id.Pack())}
}

func readCases(t *testing.T) []wantQ {
	t.Helper()
	f, err := os.Open(casesPath)
	if err != nil {
		t.Fatalf("open cases: %v", err)
	}
	defer f.Close()
	var out []wantQ
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		p := strings.Split(l, "\t")
		if len(p) != 9 {
			t.Fatalf("%s:%d: %d fields, want 9", casesPath, line, len(p))
		}
		w := wantQ{Line: line, Lang: p[0], Sentence: p[1], Text: p[2], Dim: p[6], Concept: p[7], Flags: p[8]}
		if w.Text != "-" {
			var errs [3]error
			w.Value, errs[0] = parseFloat(p[3])
			w.Lo, errs[1] = parseFloat(p[4])
			w.Hi, errs[2] = parseFloat(p[5])
			for _, e := range errs {
				if e != nil {
					t.Fatalf("%s:%d: %v", casesPath, line, e)
				}
			}
			if !strings.Contains(w.Sentence, w.Text) {
				t.Fatalf("%s:%d: %q is not in the sentence", casesPath, line, w.Text)
			}
		}
		out = append(out, w)
	}
	return out
}

func parseFloat(s string) (float64, error) {
	if s == "inf" {
		return math.Inf(1), nil
	}
	return strconv.ParseFloat(s, 64)
}

// describe renders a found quantity in the table's terms.
func describe(text string, m claims.Mention) wantQ {
	q := m.Quantity
	dim := string(q.Dimension)
	if q.Unit != "" {
		dim += ":" + q.Unit
	}
	concept, flags := q.Concept, strings.Join(q.Flags.Names(), ",")
	if concept == "" {
		concept = "-"
	}
	if flags == "" {
		flags = "-"
	}
	return wantQ{Text: m.Span.Of(text), Value: q.Value, Lo: q.Lo, Hi: q.Hi, Dim: dim, Concept: concept, Flags: flags}
}

func near(a, b float64) bool {
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return a == b
	}
	return math.Abs(a-b) <= 1e-6*math.Max(1, math.Abs(b))
}

func same(got, want wantQ) bool {
	return got.Text == want.Text && near(got.Value, want.Value) && near(got.Lo, want.Lo) && near(got.Hi, want.Hi) &&
		got.Dim == want.Dim && got.Concept == want.Concept && got.Flags == want.Flags
}

func (w wantQ) String() string {
	return fmt.Sprintf("%q %g [%g, %g] %s %s %s", w.Text, w.Value, w.Lo, w.Hi, w.Dim, w.Concept, w.Flags)
}

// TestCases runs Find on every sentence of the table and scores it: a found
// quantity is right when its words, interval, dimension, concept and flags
// all match an expected one.
func TestCases(t *testing.T) {
	cases := readCases(t)
	rs := recognizers()
	type key struct{ lang, sentence string }
	wants := map[key][]wantQ{}
	var order []key
	for _, c := range cases {
		k := key{c.Lang, c.Sentence}
		if _, ok := wants[k]; !ok {
			order = append(order, k)
		}
		if c.Text != "-" {
			wants[k] = append(wants[k], c)
		} else if wants[k] == nil {
			wants[k] = []wantQ{}
		}
	}
	var tp, found, expected int
	for _, k := range order {
		r := rs[k.lang]
		if r == nil {
			t.Fatalf("no recognizer for %q", k.lang)
		}
		ms := r.Find(k.sentence, claims.Span{Start: 0, End: len(k.sentence)})
		want := wants[k]
		expected += len(want)
		found += len(ms)
		used := make([]bool, len(want))
		for _, m := range ms {
			got := describe(k.sentence, m)
			hit := false
			for i, w := range want {
				if !used[i] && same(got, w) {
					used[i], hit = true, true
					tp++
					break
				}
			}
			if !hit {
				t.Logf("%s %q:\n  extra %v", k.lang, k.sentence, got)
			}
		}
		for i, w := range want {
			if !used[i] {
				t.Logf("%s %q (line %d):\n  missed %v", k.lang, k.sentence, w.Line, w)
			}
		}
	}
	precision := float64(tp) / math.Max(1, float64(found))
	recall := float64(tp) / math.Max(1, float64(expected))
	t.Logf("quantities: %d sentences, %d expected, %d found, %d right: precision %.3f, recall %.3f", len(order), expected, found, tp, precision, recall)
	fmt.Printf("quantity cases: precision %.3f recall %.3f (%d expected, %d found, %d right)\n", precision, recall, expected, found, tp)
	if len(cases) < 150 {
		t.Errorf("the table has %d cases, want at least 150", len(cases))
	}
	if precision < minScore || recall < minScore {
		t.Errorf("precision %.3f, recall %.3f: want both at least %.2f", precision, recall, minScore)
	}
}

// TestConceptKeysShared checks that every concept key of one pack exists in
// the others: claims compare across languages only through shared keys.
func TestConceptKeysShared(t *testing.T) {
	packs := []*lang.Pack{en.Pack(), id.Pack()}
	keys := make([]map[string]bool, len(packs))
	for i, p := range packs {
		keys[i] = map[string]bool{}
		for _, c := range p.Concepts {
			keys[i][c.Key] = true
		}
	}
	for i, p := range packs {
		for j, o := range packs {
			for k := range keys[i] {
				if i != j && !keys[j][k] {
					t.Errorf("concept %q of pack %s is missing from pack %s", k, p.Code, o.Code)
				}
			}
		}
	}
}

// TestPackTables checks that every pack builds and its words are usable.
func TestPackTables(t *testing.T) {
	for _, p := range []*lang.Pack{en.Pack(), id.Pack()} {
		r := New(p)
		if len(r.units) == 0 || len(r.concepts) == 0 {
			t.Errorf("%s: %d units, %d concepts; want some of each", p.Code, len(r.units), len(r.concepts))
		}
		for _, h := range p.Numbers.Hedges {
			if h.Tolerance < 0 || h.Tolerance > 1 {
				t.Errorf("%s: hedge %q: tolerance %g outside [0, 1]", p.Code, h.Phrase, h.Tolerance)
			}
		}
		for _, v := range p.Numbers.Vague {
			if v.Lo > v.Hi {
				t.Errorf("%s: vague %q: Lo %g > Hi %g", p.Code, v.Phrase, v.Lo, v.Hi)
			}
		}
	}
}

func TestParseNumber(t *testing.T) {
	rs := recognizers()
	tests := []struct {
		Name, Lang, Input string
		Want              float64
		WantLen           int
		OK                bool
	}{
		{"group comma", "en", "3,000 troops", 3000, 5, true},
		{"group dot in id", "id", "3.000 tentara", 3000, 5, true},
		{"decimal comma", "id", "3,5 persen", 3.5, 3, true},
		{"decimal dot", "en", "3.5 percent", 3.5, 3, true},
		{"many groups", "id", "1.234.567", 1234567, 9, true},
		{"both marks", "en", "1,234.56", 1234.56, 8, true},
		{"both marks id", "id", "1.234,56", 1234.56, 8, true},
		{"space groups", "en", "12 000 people", 12000, 6, true},
		{"words", "en", "eight thousand kilometres", 8000, 14, true},
		{"hundred and", "en", "two hundred and fifty", 250, 21, true},
		{"dozen", "en", "a dozen eggs", 12, 7, true},
		{"hyphenated", "en", "twenty-five", 25, 11, true},
		{"half a million", "en", "half a million", 500000, 14, true},
		{"teens id", "id", "dua belas ribu", 12000, 14, true},
		{"se- forms", "id", "seribu lima ratus", 1500, 17, true},
		{"half id", "id", "setengah juta", 500000, 13, true},
		{"multiplier id", "id", "1,2 juta", 1200000, 8, true},
		{"abbreviation id", "id", "5 rb", 5000, 4, true},
		{"bn glued", "en", "2.5bn", 2.5e9, 5, true},
		{"malformed groups", "en", "1.2.3", 0, 0, false},
		{"not a number", "en", "troops", 0, 0, false},
		{"lone scale word", "en", "thousand", 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			v, n, ok := rs[tt.Lang].ParseNumber(tt.Input)
			if ok != tt.OK || ok && (!near(v, tt.Want) || n != tt.WantLen) {
				t.Errorf("ParseNumber(%q) = %g, %d, %v\nwant %g, %d, %v", tt.Input, v, n, ok, tt.Want, tt.WantLen, tt.OK)
			}
		})
	}
}

var (
	enOnes = []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	enTens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	idOnes = []string{"", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"}
)

// enWords spells 1 ≤ n < 1e6 in English ("two hundred and fifty-one").
func enWords(n int) string {
	var parts []string
	if n >= 1000 {
		parts = append(parts, enWords(n/1000), "thousand")
		n %= 1000
	}
	if n >= 100 {
		parts = append(parts, enOnes[n/100], "hundred")
		n %= 100
		if n > 0 {
			parts = append(parts, "and")
		}
	}
	switch {
	case n >= 20 && n%10 != 0:
		parts = append(parts, enTens[n/10]+"-"+enOnes[n%10])
	case n >= 20:
		parts = append(parts, enTens[n/10])
	case n > 0:
		parts = append(parts, enOnes[n])
	}
	return strings.Join(parts, " ")
}

// idWords spells 1 ≤ n < 1e6 in Indonesian ("dua ratus lima puluh satu").
func idWords(n int) string {
	var parts []string
	switch {
	case n >= 2000:
		parts = append(parts, idWords(n/1000), "ribu")
	case n >= 1000:
		parts = append(parts, "seribu")
	}
	n %= 1000
	switch {
	case n >= 200:
		parts = append(parts, idOnes[n/100], "ratus")
	case n >= 100:
		parts = append(parts, "seratus")
	}
	n %= 100
	switch {
	case n >= 20:
		parts = append(parts, idOnes[n/10], "puluh")
		if n%10 > 0 {
			parts = append(parts, idOnes[n%10])
		}
	case n >= 12:
		parts = append(parts, idOnes[n%10], "belas")
	case n == 11:
		parts = append(parts, "sebelas")
	case n == 10:
		parts = append(parts, "sepuluh")
	case n > 0:
		parts = append(parts, idOnes[n])
	}
	return strings.Join(parts, " ")
}

// group writes n with sep between groups of three digits.
func group(n int, sep string) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(c)
	}
	return b.String()
}

// TestParseNumberSpelled reads numbers below a million written in words and
// digits in both languages: every 31st (97th in -short mode), or all of
// them with QUANTITY_ALL_NUMBERS=1 (ten seconds).
func TestParseNumberSpelled(t *testing.T) {
	rs := recognizers()
	step := 31
	if testing.Short() {
		step = 97
	}
	if os.Getenv("QUANTITY_ALL_NUMBERS") == "1" {
		step = 1
	}
	for n := 1; n < 1000000; n += step {
		for _, c := range []struct{ lang, text string }{
			{"en", enWords(n)}, {"id", idWords(n)},
			{"en", group(n, ",")}, {"id", group(n, ".")},
		} {
			v, l, ok := rs[c.lang].ParseNumber(c.text)
			if !ok || v != float64(n) || l != len(c.text) {
				t.Fatalf("%s: ParseNumber(%q) = %g, %d, %v\nwant %d, %d, true", c.lang, c.text, v, l, ok, n, len(c.text))
			}
		}
	}
}
