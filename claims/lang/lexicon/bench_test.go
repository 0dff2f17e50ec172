package lexicon_test

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims/lang/lexicon"
)

// BenchmarkNew times building the lexicon from the embedded table.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		lexicon.New()
	}
}

// BenchmarkKey times one look-up in each language.
func BenchmarkKey(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		lex.Key("en", "barrel")
		lex.Key("id", "rumah sakit")
	}
}

// BenchmarkMatch times the longest-phrase look-up of a counted noun
// followed by other words.
func BenchmarkMatch(b *testing.B) {
	lemmas := []string{"rumah", "sakit", "umum", "daerah"}
	b.ReportAllocs()
	for b.Loop() {
		lex.Match("id", lemmas)
	}
}
