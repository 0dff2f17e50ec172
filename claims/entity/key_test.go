package entity

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestASCIIKey checks that the one-pass key of a name written in ASCII is
// the key personKey makes, with spaces or hyphens between words, on names
// and on traps: separators at either end and in runs, apostrophes,
// backticks and periods, control characters, digits.
func TestASCIIKey(t *testing.T) {
	names := []string{
		"Hasyim Asy'ari", "Fahad Al-Jalajel", "U.S. Army", "  Rini  Marlina ", "-Budi-", "O`Neil",
		"Dr. A. B. Smith, Jr.", "MH370", "a,,b", "Tab\tand\nline\vbreaks\f\r", "'.'", "", " ", "Ahmad--Yani -",
		"SEOUL's NIS", "x'", "e.g", "R2-D2",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	const alphabet = "aZ '`.-,\t\n\r09_#"
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteByte(alphabet[rng.IntN(len(alphabet))])
		}
		names = append(names, b.String())
	}
	for _, n := range names {
		want := personKey(n)
		if got, ok := asciiKey(n, ' '); !ok || got != want {
			t.Errorf("asciiKey(%q, ' ') = %q, %v\nwant %q", n, got, ok, want)
		}
		if got, wantSlug := slug(n), strings.ReplaceAll(want, " ", "-"); got != wantSlug {
			t.Errorf("slug(%q) = %q\nwant %q", n, got, wantSlug)
		}
	}
	for _, n := range []string{"José Ramos-Horta", "Asy’ari", "Ñandú"} {
		if _, ok := asciiKey(n, ' '); ok {
			t.Errorf("asciiKey(%q) read a name not written in ASCII", n)
		}
		if got, want := PersonKey(n), personKey(n); got != want {
			t.Errorf("PersonKey(%q) = %q\nwant %q", n, got, want)
		}
	}
}

// BenchmarkSlug is the key of a name written in ASCII.
func BenchmarkSlug(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		slug("Kepala Basarnas Marsdya TNI Kusworo")
	}
}
