package text

import (
	"reflect"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// TestArenaSentence checks that a sentence lent by an arena has the tokens,
// words and word view NewSentence gives, including where a sentence has a
// token per byte, spills into a new array or is longer than one.
func TestArenaSentence(t *testing.T) {
	long := strings.Repeat("a,", chunkLen) // a token per byte, longer than an array
	tests := []struct {
		name, text string
		span       claims.Span
	}{
		{"news", "Sekitar 3.000 tentara Korut tiba di Rusia's port pada 16/11.", claims.Span{End: 61}},
		{"inner marks", "mata-mata Seoul, MH370 dan U.S. 1,5 juta", claims.Span{End: 40}},
		{"a token per byte", "a,b,c;d", claims.Span{End: 7}},
		{"empty span", "abc", claims.Span{Start: 1, End: 1}},
		{"span past the text", "abc def", claims.Span{Start: 4, End: 99}},
		{"reversed span", "abc def", claims.Span{Start: 5, End: 2}},
		{"longer than an array", long, claims.Span{End: len(long)}},
	}
	var a Arena
	for round := range 2 { // the second round reads from arrays taken back
		for _, tt := range tests {
			want := NewSentence(tt.text, tt.span)
			got := a.Sentence(tt.text, tt.span)
			if got.Span != want.Span || !reflect.DeepEqual(got.Tokens, want.Tokens) {
				t.Errorf("round %d, %s: tokens %s\nwant %s", round, tt.name, show(got.Tokens), show(want.Tokens))
			}
			if !reflect.DeepEqual(got.Words(), want.Words()) {
				t.Errorf("round %d, %s: words %s\nwant %s", round, tt.name, show(got.Words()), show(want.Words()))
			}
			gv, wv := got.WordView(), want.WordView()
			if !reflect.DeepEqual(gv.First, wv.First) || len(gv.Tokens) != len(wv.Tokens) || len(gv.Words) != len(wv.Words) {
				t.Errorf("round %d, %s: word starts %v\nwant %v", round, tt.name, gv.First, wv.First)
			}
		}
		a.Reset()
	}
}

// TestArenaKeepsSentencesApart checks that sentences lent one after the
// other do not share tokens: appending to one leaves the next unchanged,
// and every sentence keeps its tokens until Reset.
func TestArenaKeepsSentencesApart(t *testing.T) {
	var a Arena
	doc := "Ada 12 korban. Tiga hilang. BNPB mencatat 40 rumah rusak."
	spans := []claims.Span{{End: 14}, {Start: 15, End: 27}, {Start: 28, End: len(doc)}}
	var sents []*Sentence
	for _, sp := range spans {
		s := a.Sentence(doc, sp)
		s.Words()
		sents = append(sents, s)
	}
	before := show(sents[1].Tokens)
	_ = append(sents[0].Tokens, Token{Fold: "intruder"})
	_ = append(sents[0].Words(), Token{Fold: "intruder"})
	if got := show(sents[1].Tokens); got != before {
		t.Errorf("appending to the first sentence changed the second: %s\nwant %s", got, before)
	}
	for i, sp := range spans {
		if want := show(NewSentence(doc, sp).Tokens); show(sents[i].Tokens) != want {
			t.Errorf("sentence %d: %s\nwant %s", i, show(sents[i].Tokens), want)
		}
	}
}

// TestArenaNil checks that a nil arena allocates, as NewSentence does.
func TestArenaNil(t *testing.T) {
	var a *Arena
	s := a.Sentence("Dua orang tewas.", claims.Span{End: 16})
	if got, want := show(s.WordView().Words), "dua/w^ orang/w tewas/w +./p"; got != want {
		t.Errorf("words %s\nwant %s", got, want)
	}
}

// BenchmarkArenaSentence compares a sentence lent by an arena with one
// allocated by NewSentence.
func BenchmarkArenaSentence(b *testing.B) {
	doc := strings.Repeat("Sekitar 3.000 tentara Korea Utara tiba di Rusia pada 16/11, kata badan mata-mata Seoul. ", 10)
	b.Run("new", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for i := 0; i < len(doc); i += 89 {
				NewSentence(doc, claims.Span{Start: i, End: i + 89}).WordView()
			}
		}
	})
	b.Run("arena", func(b *testing.B) {
		b.ReportAllocs()
		var a Arena
		for b.Loop() {
			for i := 0; i < len(doc); i += 89 {
				a.Sentence(doc, claims.Span{Start: i, End: i + 89}).WordView()
			}
			a.Reset()
		}
	})
}

// FuzzArenaSentence checks that sentences lent by one arena, one after the
// other and after a Reset, have the tokens, words and word starts
// NewSentence gives.
func FuzzArenaSentence(f *testing.F) {
	f.Add("Sekitar 3.000 tentara Korut tiba di Rusia's port pada 16/11.", 0, 30)
	f.Add("a,b,c;d — mata-mata U.S. 1,5", 2, 9)
	f.Add("", 0, 0)
	var a Arena
	f.Fuzz(func(t *testing.T, doc string, cut, reset int) {
		cut = min(max(cut, 0), len(doc))
		for _, sp := range []claims.Span{{End: cut}, {Start: cut, End: len(doc)}, {End: len(doc)}} {
			want := NewSentence(doc, sp)
			got := a.Sentence(doc, sp)
			if !reflect.DeepEqual(got.Tokens, want.Tokens) || !reflect.DeepEqual(got.Words(), want.Words()) ||
				!reflect.DeepEqual(got.WordView().First, want.WordView().First) {
				t.Fatalf("%q %v: tokens %s\nwant %s", doc, sp, show(got.Words()), show(want.Words()))
			}
		}
		if reset%3 == 0 {
			a.Reset()
		}
	})
}
