package text

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// show writes tokens as "fold/kind" with "+" before a glued token.
func show(toks []Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		if !t.Space {
			b.WriteByte('+')
		}
		fmt.Fprintf(&b, "%s/%c", t.Fold, t.Kind.String()[0])
		if t.Caps {
			b.WriteString("^^")
		} else if t.Cap {
			b.WriteString("^")
		}
	}
	return b.String()
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		Name, Input, Output string
	}{
		{"digits and marks", "sekitar 3.000 tentara", "sekitar/w 3/n +./p +000/n tentara/w"},
		{"capitals", "Badan BNPB Korut", "badan/w^ bnpb/w^^ korut/w^"},
		{"apostrophe inside", "Jum'at Asy’ari o'clock", "jum'at/w^ asy'ari/w^ o'clock/w"},
		{"possessive", "Japan's minister, Rusia’s", "japan/w^ +'s/w minister/w +,/p rusia/w^ +'s/w"},
		{"apostrophe as quote", "'said' soldiers'", "'/p +said/w +'/p soldiers/w +'/p"},
		{"glued letters and digits", "MH370 ke-3 Rp1,2", "mh/w^^ +370/n ke/w +-/p +3/n rp/w^ +1/n +,/p +2/n"},
		{"dashes fold to hyphen", "16–17 Nov", "16/n +-/p +17/n nov/w^"},
		{"diacritics", "Café Zürich", "cafe/w^ zurich/w^"},
		{"other digits", "٣٠ orang", "30/n orang/w"},
		{"date", "(5/12/2021)", "(/p +5/n +//p +12/n +//p +2021/n +)/p"},
		{"clock", "pukul 14.36 WIB.", "pukul/w 14/n +./p +36/n wib/w^^ +./p"},
		{"nbsp", "3\u00a0000", "3/n 000/n"},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			got := show(Tokenize(tc.Input, claims.Span{End: len(tc.Input)}, nil))
			if got != tc.Output {
				t.Errorf("got  %q\nwant %q", got, tc.Output)
			}
		})
	}
}

func TestTokenSpans(t *testing.T) {
	text := "xx Menteri  Luar-Negeri's 3,5 km. yy"
	s := NewSentence(text, claims.Span{Start: 3, End: 33})
	for _, tok := range s.Tokens {
		if tok.Span.Of(text) != tok.Text {
			t.Errorf("token %q has span %v over %q", tok.Text, tok.Span, tok.Span.Of(text))
		}
	}
	if s.Tokens[0].Text != "Menteri" || s.Tokens[len(s.Tokens)-1].Text != "." {
		t.Errorf("tokens run from %q to %q", s.Tokens[0].Text, s.Tokens[len(s.Tokens)-1].Text)
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ Input, Output string }{
		{"abc", "abc"},
		{"ABC`d", "abc'd"},
		{"Asy’ari", "asy'ari"},
		{"Al‑Jalajel", "al-jalajel"},
		{"Éisteddfod", "eisteddfod"},
		{"１２", "12"},
		{"İstanbul", "istanbul"},
	}
	for _, tc := range tests {
		if got := Fold(tc.Input); got != tc.Output {
			t.Errorf("Fold(%q) = %q, want %q", tc.Input, got, tc.Output)
		}
	}
}

func TestJoin(t *testing.T) {
	text := "Rp 1.234,5 juta dan mata-mata, Al-Jalajel"
	s := NewSentence(text, claims.Span{End: len(text)})
	numbers := Join(s, s.Tokens, func(toks []Token, i int) bool {
		// A mark between digits, or digits after such a mark.
		t := toks[i]
		if t.Kind == Number {
			return toks[i-1].Kind == Punct && (toks[i-1].Fold == "." || toks[i-1].Fold == ",")
		}
		return (t.Fold == "." || t.Fold == ",") && toks[i-1].Kind == Number && i+1 < len(toks) && toks[i+1].Kind == Number && !toks[i+1].Space
	})
	if got, want := show(numbers), "rp/w^ 1.234,5/n juta/w dan/w mata/w +-/p +mata/w +,/p al/w^ +-/p +jalajel/w^"; got != want {
		t.Errorf("numbers joined:\ngot  %q\nwant %q", got, want)
	}
	words := Join(s, s.Tokens, func(toks []Token, i int) bool {
		return toks[i].IsHyphen() && i+1 < len(toks) && !toks[i+1].Space || toks[i-1].IsHyphen() && toks[i].Kind == Word
	})
	if got, want := show(words), "rp/w^ 1/n +./p +234/n +,/p +5/n juta/w dan/w mata-mata/w +,/p al-jalajel/w^"; got != want {
		t.Errorf("words joined:\ngot  %q\nwant %q", got, want)
	}
	for _, tok := range words {
		if tok.Span.Of(text) != tok.Text {
			t.Errorf("joined token %q has span over %q", tok.Text, tok.Span.Of(text))
		}
	}
	plain := Join(s, s.Tokens, func([]Token, int) bool { return false })
	if &plain[0] != &s.Tokens[0] {
		t.Error("Join copied tokens when nothing merged")
	}
}

func TestMatcher(t *testing.T) {
	m := NewMatcher[string]()
	m.Add("more than", "atleast", AnyCase)
	m.Add("more", "more", AnyCase)
	m.Add("p.m.", "pm", AnyCase)
	m.Add("M", "magnitude", Exact)
	m.Add("US", "united-states", AsWritten)
	m.Add("Kota", "city", AsWritten)
	m.Add("lebih dari", "atleast", AnyCase)
	tests := []struct {
		Name, Input string
		At          int
		End         int // -1: no match
		Value       string
	}{
		{"longest first", "More than 200", 0, 2, "atleast"},
		{"shorter", "more people", 0, 1, "more"},
		{"glued phrase", "at 5 p.m. today", 2, 6, "pm"},
		{"glue required", "at 5 p . m . today", 2, -1, ""},
		{"exact case", "M 7,4", 0, 1, "magnitude"},
		{"exact case refuses", "m 7,4", 0, -1, ""},
		{"acronym", "the US said", 1, 2, "united-states"},
		{"acronym refuses pronoun", "told us that", 1, -1, ""},
		{"capital required", "Kota Palu", 0, 1, "city"},
		{"capital refuses", "kota tua", 0, -1, ""},
		{"past the end", "lebih", 0, -1, ""},
	}
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			toks := Tokenize(tc.Input, claims.Span{End: len(tc.Input)}, nil)
			end, v, ok := m.At(toks, tc.At)
			if tc.End < 0 {
				if ok {
					t.Errorf("matched %q up to %d", v, end)
				}
				return
			}
			if !ok || end != tc.End || v != tc.Value {
				t.Errorf("got %q up to %d (%v), want %q up to %d", v, end, ok, tc.Value, tc.End)
			}
		})
	}
}

func TestMatcherBefore(t *testing.T) {
	m := NewMatcher[int]()
	m.AddAll([]string{"more than", "than", "sekitar"}, 1, AnyCase)
	text := "no more than 200 and sekitar 30"
	toks := Tokenize(text, claims.Span{End: len(text)}, nil)
	if s, _, ok := m.Before(toks, 3, 0); !ok || s != 1 {
		t.Errorf("before 200: start %d (%v), want 1", s, ok)
	}
	if s, _, ok := m.Before(toks, 3, 2); !ok || s != 2 {
		t.Errorf("before 200 from 2: start %d (%v), want 2 (\"than\")", s, ok)
	}
	if !m.Ends(toks, 6, 0) || m.Ends(toks, 5, 0) {
		t.Error("sekitar should end before 30 only")
	}
}

func TestMatcherWordsAndPeriods(t *testing.T) {
	m := NewMatcher[int]()
	m.Add("nov", 11, AnyCase)
	for _, tc := range []struct {
		Input string
		Want  bool
	}{{"Nov 16", true}, {"Nov. 16", true}, {"Nov's", true}, {"Nov16", true}, {"Novel", false}} {
		toks := Tokenize(tc.Input, claims.Span{End: len(tc.Input)}, nil)
		if _, _, ok := m.At(toks, 0); ok != tc.Want {
			t.Errorf("%q: matched %v, want %v", tc.Input, ok, tc.Want)
		}
	}
	r := NewMatcher[int]()
	r.Periods = true
	r.Add("Lt Gen", 1, AnyCase)
	toks := Tokenize("Lt. Gen. Suharyanto", claims.Span{End: 19}, nil)
	if end, _, ok := r.At(toks, 0); !ok || end != 3 {
		t.Errorf("Lt. Gen.: end %d (%v), want 3 (the last period is the caller's)", end, ok)
	}
}

func TestMatcherAllAndFunc(t *testing.T) {
	m := NewMatcher[string]()
	m.Add("reportedly", "hedge", AnyCase)
	m.Add("menteri", "title", AnyCase)
	m.Add("menteri", "org-head", AnyCase)
	text := "Menteri itu reportedly said, reportedly."
	toks := Tokenize(text, claims.Span{End: len(text)}, nil)
	if got := m.All(toks); len(got) != 3 {
		t.Errorf("All found %v, want 3 phrases", got)
	}
	_, v, ok := m.AtFunc(toks, 0, func(v string) bool { return v == "org-head" })
	if !ok || v != "org-head" {
		t.Errorf("AtFunc: %q %v", v, ok)
	}
	if v, ok := m.Word("reportedly"); !ok || v != "hedge" {
		t.Errorf("Word: %q %v", v, ok)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"sekitar 3.000 tentara", "Japan's", "٣٠", "a'", "'s", "x\u0301y", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s, claims.Span{End: len(s)}, nil)
		prev := 0
		for _, tok := range toks {
			if tok.Span.Start < prev || tok.Span.End <= tok.Span.Start || tok.Span.End > len(s) {
				t.Fatalf("bad span %v after %d in %q", tok.Span, prev, s)
			}
			if tok.Span.Of(s) != tok.Text {
				t.Fatalf("text %q differs from span %v", tok.Text, tok.Span)
			}
			prev = tok.Span.End
		}
		m := NewMatcher[int]()
		m.Add(s, 1, AnyCase)
		if len(toks) > 0 {
			if end, _, ok := m.At(toks, 0); !ok || end != len(toks) {
				t.Fatalf("a phrase does not match its own text %q", s)
			}
		}
	})
}

func TestWordsAndNumbers(t *testing.T) {
	text := `Badan mata-mata Seoul's 3.000 tentara; U.S. MH370 "kata" 1,234.5 16/11 ke-3`
	s := NewSentence(text, claims.Span{End: len(text)})
	var words []string
	for _, w := range s.Words() {
		words = append(words, w.Text)
	}
	if got, want := strings.Join(words, "|"), `Badan|mata-mata|Seoul's|3.000|tentara|;|U.S|.|MH370|"|kata|"|1,234.5|16|/|11|ke-3`; got != want {
		t.Errorf("Words:\ngot  %s\nwant %s", got, want)
	}
	var nums []string
	for _, n := range Numbers(s, s.Tokens) {
		if n.Kind == Number {
			nums = append(nums, n.Text)
		}
	}
	if got, want := strings.Join(nums, "|"), "3.000|370|1,234.5|16|11|3"; got != want {
		t.Errorf("Numbers:\ngot  %s\nwant %s", got, want)
	}
}

func TestMatcherWords(t *testing.T) {
	m := NewMatcher[int]()
	m.AddAll([]string{"more than", "up to", "US$"}, 1, AnyCase)
	first, last := m.FirstWords(), m.LastWords()
	sortStrings(first)
	sortStrings(last)
	if got := strings.Join(first, " "); got != "more up us" {
		t.Errorf("FirstWords = %q", got)
	}
	if got := strings.Join(last, " "); got != "$ than to" {
		t.Errorf("LastWords = %q", got)
	}
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func TestNewSentenceClamps(t *testing.T) {
	for _, sp := range []claims.Span{{Start: 10, End: 20}, {Start: -3, End: 2}, {Start: 3, End: 1}} {
		s := NewSentence("abc", sp)
		if s.Span.Start < 0 || s.Span.End > 3 || s.Span.Start > s.Span.End {
			t.Errorf("NewSentence(%v) kept span %v", sp, s.Span)
		}
	}
}
