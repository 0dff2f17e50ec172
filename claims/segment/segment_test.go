package segment

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang/en"
	"github.com/claimcheck/claimcheck/claims/lang/id"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		Name string
		Lang string
		Text string
		Want []string
	}{
		{"two sentences", "en", "The river rose. Dozens fled.", []string{"The river rose.", "Dozens fled."}},
		{"abbreviated month", "en", "It struck on Nov. 3 at dawn. Rescuers came.", []string{"It struck on Nov. 3 at dawn.", "Rescuers came."}},
		{"initial", "en", "Officials led by J. Carter arrived. They left.", []string{"Officials led by J. Carter arrived.", "They left."}},
		{"quote closes after period", "en", `"We are ready." The mayor left.`, []string{`"We are ready."`, "The mayor left."}},
		{"curly quote", "en", "“We are ready.” The mayor left.", []string{"“We are ready.”", "The mayor left."}},
		{"quote then lower-case attribution", "en", `"We are ready," she said. Then rain.`, []string{`"We are ready," she said.`, "Then rain."}},
		{"decimal and grouping", "id", "Sebanyak 3.000 orang mengungsi. Ada 3,5 persen lagi.", []string{"Sebanyak 3.000 orang mengungsi.", "Ada 3,5 persen lagi."}},
		{"indonesian abbreviation", "id", "Ia tinggal di Jl. Merdeka nomor 5. Rumahnya rusak.", []string{"Ia tinggal di Jl. Merdeka nomor 5.", "Rumahnya rusak."}},
		{"headline lines", "en", "Flood kills 12\nHeavy rain fell on the town.", []string{"Flood kills 12", "Heavy rain fell on the town."}},
		{"wrapped prose", "en", "Heavy rain fell on the\ntown overnight.", []string{"Heavy rain fell on the\ntown overnight."}},
		{"blank line", "id", "Judul berita\n\nHujan deras turun.", []string{"Judul berita", "Hujan deras turun."}},
		{"no space after period", "en", "Told to CNA.Skip to content", []string{"Told to CNA.Skip to content"}},
		{"question and exclamation", "en", "Who knew? Nobody did! Fine.", []string{"Who knew?", "Nobody did!", "Fine."}},
		{"time zone ends a sentence", "id", "Kapal tiba pukul 14.39 WIB. Korban dibawa ke rumah sakit.", []string{"Kapal tiba pukul 14.39 WIB.", "Korban dibawa ke rumah sakit."}},
		{"time zone before a lower-case word", "id", "Api padam pukul 21.05 WITA. sumber api belum diketahui.", []string{"Api padam pukul 21.05 WITA. sumber api belum diketahui."}},
		{"windows line endings", "en", "First line.\r\nSecond line.\r\n", []string{"First line.", "Second line."}},
		{"numbered list lines", "id", "Korban:\n1. Budi Santoso\n2. Made Bali Suryawan\n", []string{"Korban:", "1. Budi Santoso", "2. Made Bali Suryawan"}},
		{"a number ending a sentence is no list marker", "en", "The toll rose to 12. Rescuers left.", []string{"The toll rose to 12.", "Rescuers left."}},
	}
	packs := map[string]*Segmenter{"en": New(en.Pack()), "id": New(id.Pack())}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			spans := packs[tt.Lang].Sentences(tt.Text, claims.Span{End: len(tt.Text)}, nil)
			var got []string
			for _, s := range spans {
				got = append(got, s.Of(tt.Text))
			}
			if !reflect.DeepEqual(got, tt.Want) {
				t.Errorf("got %q\nwant %q", got, tt.Want)
			}
		})
	}
}

func TestSentencesSkipsFurniture(t *testing.T) {
	text := "Advertisement\nThe bridge fell. Ten were hurt.\n"
	skip := []claims.Span{{Start: 0, End: 13}}
	spans := New(en.Pack()).Sentences(text, claims.Span{End: len(text)}, skip)
	var got []string
	for _, s := range spans {
		got = append(got, s.Of(text))
	}
	want := []string{"The bridge fell.", "Ten were hurt."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("The river rose. Dozens fled.\n\nNext.")
	f.Add("“Quote.” Then\r\nmore")
	f.Add("Korban:\n1. Budi Santoso\n2. Made Bali Suryawan\n10. Sri. Lestari\n 3. x")
	seg := New(en.Pack())
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, s := range seg.Sentences(text, claims.Span{End: len(text)}, nil) {
			if s.Start < prev || s.End > len(text) || s.Start >= s.End {
				t.Fatalf("bad span %v after %d in %q", s, prev, text)
			}
			prev = s.End
		}
	})
}

// TestLongSentence: a run longer than MaxSentence without a sentence's
// end is cut into pieces of at most MaxSentence bytes, after a clause
// mark, else a space, else between characters; the pieces cover it.
func TestLongSentence(t *testing.T) {
	clause := "12 people died in the district, "
	tests := []struct {
		Name, Text string
		Ends       string // what each piece but the last ends with
	}{
		{"commas", "Officials said " + strings.Repeat(clause, 400) + "and the roads closed.", ","},
		{"spaces", strings.Repeat("word ", 2000), "word"},
		{"no space", strings.Repeat("ké", 3000), ""},
	}
	seg := New(en.Pack())
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			spans := seg.Sentences(tt.Text, claims.Span{End: len(tt.Text)}, nil)
			if len(spans) < 2 {
				t.Fatalf("got %d sentences\nwant the run cut", len(spans))
			}
			var covered strings.Builder
			for i, sp := range spans {
				s := sp.Of(tt.Text)
				if sp.Len() > MaxSentence || !utf8.ValidString(s) || strings.TrimSpace(s) != s {
					t.Errorf("piece %d: %d bytes, %q…", i, sp.Len(), s[:min(len(s), 40)])
				}
				if i < len(spans)-1 && !strings.HasSuffix(s, tt.Ends) {
					t.Errorf("piece %d ends %q\nwant %q", i, s[max(len(s)-10, 0):], tt.Ends)
				}
				covered.WriteString(strings.Join(strings.Fields(s), ""))
			}
			if covered.String() != strings.Join(strings.Fields(tt.Text), "") {
				t.Errorf("the pieces do not hold the run's text")
			}
		})
	}
}

// FuzzPieces: a long sentence's pieces are at most the size, trimmed,
// in order inside it, hold all its words, and never cut a character of
// valid UTF-8.
func FuzzPieces(f *testing.F) {
	for _, s := range []string{"12 people died in the district, 3 more were hurt; roads closed: all", strings.Repeat("ké", 30), "a  b  c"} {
		f.Add(s, 8)
	}
	f.Fuzz(func(t *testing.T, text string, size int) {
		text = strings.TrimSpace(text)
		if size < 8 || size > 1<<16 || text == "" {
			return
		}
		at := 0
		var words strings.Builder
		for _, sp := range appendPieces(nil, text, claims.Span{End: len(text)}, size) {
			s := sp.Of(text)
			if sp.Start < at || sp.Len() > size || sp.Len() == 0 {
				t.Fatalf("%q size %d: piece %v after %d", text, size, sp, at)
			}
			if utf8.ValidString(text) && !utf8.ValidString(s) {
				t.Fatalf("%q: piece %q cuts a character", text, s)
			}
			words.WriteString(strings.Join(strings.Fields(s), ""))
			at = sp.End
		}
		if words.String() != strings.Join(strings.Fields(text), "") {
			t.Fatalf("%q size %d: the pieces lose words", text, size)
		}
	})
}
