package quantity

import (
	"math"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/text"
)

// FuzzParseNumber checks that the number parser never panics, never reads
// past its input and returns finite values.
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{
		"3,000", "3.000", "1.234.567", "3,5", "3.5", "12 000", "96.214.691",
		"eight thousand", "two hundred and fifty", "a dozen", "dua belas ribu",
		"setengah juta", "seribu lima ratus", "1,2 juta", "2.5bn", "5 rb",
		"twenty-five", "0.18", "1,234.56", "1.2.3", "9999999999999999999999",
		"one million two hundred thousand", "sejuta", "seratus dua puluh",
		"1e308", "2.5e6", "1E-3", "½ million", "1½ juta", "٣.٠٠٠", "１２", "१२",
		"12,345,678,901,234,567,891", "0.0000001",
	} {
		f.Add(s)
	}
	rs := recognizers()
	f.Fuzz(func(t *testing.T, s string) {
		for code, r := range rs {
			v, n, ok := r.ParseNumber(s)
			if !ok {
				continue
			}
			if n <= 0 || n > len(s) {
				t.Fatalf("%s: ParseNumber(%q) spans %d bytes of %d", code, s, n, len(s))
			}
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("%s: ParseNumber(%q) = %g", code, s, v)
			}
		}
	})
}

// FuzzFind checks that Find never panics, keeps every span inside the
// sentence, returns intervals with Lo ≤ Hi, gives a head only with a noun
// span and never flags a band vague.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Badan mata-mata Seoul mengatakan bahwa sekitar 3.000 tentara Korea Utara saat ini berlatih.",
		"Pyongyang had sent thousands of troops to Russia.",
		"And although there are eight thousand kilometres between us.",
		"Sementara agen Ukraina menyebut 12 ribu tentara Korut dikirim ke Rusia.",
		"dengan ribuan tentara lagi akan dikirim pada bulan Desember.",
		"Between 10 and 12 thousand soldiers, 10,000-12,000 people, antara 10 hingga 12 ribu.",
		"Rp 1,2 triliun, US$300 juta, $2.5 billion, Rp 3 M, 5 rb, 1,2 jt.",
		"pukul 06.20 WIB, 10.30 WIB, ke-3, 3rd, Pasal 5, 2-1, 0812 3456 7890, 20/3/2024.",
		"about 48 degrees Celsius (125 degrees Fahrenheit), 3,676-meter, M 7,4, 7.7-magnitude.",
		"Sekitar 400-an kepala keluarga, puluhan ribu orang, the 1990s, tahun 1990-an.",
		"more than 200 dead, hampir 500 rumah, up to 5,000, at least 56 people were injured",
		"- -1 --2 1-- 1..2 ,,3 $ Rp M T 0 00 000.000,00",
		"The 46 shipping containers that went overboard, 12 of them Filipinos, killing four peacekeepers.",
		`On top of that, 58 "provocateurs", allegedly the people behind the violence, have been arrested. 7 " "x" , , were`,
		"Flight KY 274, an ATR 72, SDN 2, a Boeing 737, magnitudo (M) 6,2, 8.400 ekor per 10 Maret.",
		"Pukul 09.30 WIB, 2.500 orang, 300-an pendaki lainnya, 41 porter-porter, 1.500 calon pasien.",
		"1e308 people, 12345678901234567891 died, -5 deaths, minus 5 people, ½ million, 1½ million fled.",
		"٣٠٠ people, １２ houses, १२ bridges, 1e30 dollars, 0.0000001 people, between 5,000 and 3,000 troops.",
		"It was minus 5 degrees Celsius, --5, +-5, 2e-, 3e+4 people, 1e5a, ½½ ¾-million.",
	} {
		f.Add(s, 0, len(s))
	}
	rs := recognizers()
	f.Fuzz(func(t *testing.T, s string, start, end int) {
		sent := claims.Span{Start: start, End: end}
		lo, hi := max(start, 0), min(end, len(s))
		for code, r := range rs {
			for _, m := range r.Find(s, sent) {
				q := m.Quantity
				if m.Kind != claims.MentionQuantity || q == nil {
					t.Fatalf("%s: mention without quantity: %+v", code, m)
				}
				for _, sp := range []claims.Span{m.Span, q.NumberSpan} {
					if sp.Start < lo || sp.End > hi || sp.Start >= sp.End {
						t.Fatalf("%s: span %v outside sentence [%d, %d) of %q", code, sp, lo, hi, s)
					}
				}
				if !q.NounSpan.IsZero() && (q.NounSpan.Start < lo || q.NounSpan.End > hi) {
					t.Fatalf("%s: noun span %v outside sentence [%d, %d)", code, q.NounSpan, lo, hi)
				}
				if q.Head != "" && (q.NounSpan.IsZero() || q.Unit != "") {
					t.Fatalf("%s: %q: head %q without a noun span or with unit %q", code, m.Span.Of(s), q.Head, q.Unit)
				}
				if q.Flags.Has(claims.Band) && q.Flags.Has(claims.Vague) {
					t.Fatalf("%s: %q: a band flagged vague", code, m.Span.Of(s))
				}
				if !(q.Lo <= q.Hi) || math.IsNaN(q.Value) {
					t.Fatalf("%s: %q: Lo %g, Hi %g, Value %g", code, m.Span.Of(s), q.Lo, q.Hi, q.Value)
				}
			}
			if lo >= hi {
				continue
			}
			for _, x := range r.RefusedIn(text.NewSentence(s, claims.Span{Start: lo, End: hi})) {
				if x.Span.Start < lo || x.Span.End > hi || x.Span.Start >= x.Span.End || x.Reason == "" {
					t.Fatalf("%s: refusal %v %q outside sentence [%d, %d) of %q", code, x.Span, x.Reason, lo, hi, s)
				}
			}
		}
	})
}
