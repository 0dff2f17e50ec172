package quantity

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// TestValues checks values that are easy to misread: bands written with
// a vague suffix, thousands dots near clock times, units glued by a
// hyphen or in brackets, durations, scale words. Number picks the
// quantity by its number as written; Text is the mention as written.
func TestValues(t *testing.T) {
	rs := recognizers()
	tests := []struct {
		Name, Lang, Input, Number, Text string
		Value, Lo, Hi                   float64
		Dim                             claims.Dimension
		Unit, Flags                     string
	}{
		// A band can conflict: it is not Vague.
		{"band", "id", "Sekitar 300-an orang hadir.", "300-an", "Sekitar 300-an orang", 300, 270, 399.5, claims.DimCount, "", "approximate,band"},
		{"band bare", "id", "Ada 200-an orang di lokasi.", "200-an", "200-an orang", 200, 200, 299, claims.DimCount, "", "band"},
		{"band of a scale word", "id", "Harganya 30 jutaan rupiah.", "30 jutaan", "30 jutaan rupiah", 3e7, 3e7, 39999999, claims.DimMoney, "IDR", "band"},
		{"magnitude stays vague", "id", "Ratusan warga hadir.", "Ratusan", "Ratusan warga", 200, 200, 999, claims.DimCount, "", "vague"},
		{"scaled magnitude stays vague", "id", "Puluhan ribu orang berkumpul.", "Puluhan ribu", "Puluhan ribu orang", 20000, 20000, 99999, claims.DimCount, "", "vague"},
		{"thousands stays vague", "en", "Thousands of people gathered.", "Thousands", "Thousands of people", 2000, 2000, 9999, claims.DimCount, "", "vague"},

		// A clock time is no evidence for a decimal dot.
		{"clock before", "id", "Pada pukul 09.30 WIB, 2.500 orang berkumpul.", "2.500", "2.500 orang", 2500, 2500, 2500, claims.DimCount, "", ""},
		{"clock after", "id", "Sebanyak 2.500 orang bertahan hingga 14.36 WIB.", "2.500", "2.500 orang", 2500, 2500, 2500, claims.DimCount, "", ""},
		{"clock and a unit", "id", "Gunung setinggi 3.118 mdpl itu meletus pukul 07.42 WITA.", "3.118", "3.118 mdpl", 3118, 3118, 3118, claims.DimLength, "m", ""},
		{"count is never thousandths", "en", "Prices rose 2.5 percent while 3.500 workers walked out.", "3.500", "3.500 workers", 3500, 3500, 3500, claims.DimCount, "", ""},
		{"real evidence stays", "id", "Inflasi 2.5 persen dan kurs 15.250 per dolar.", "2.5", "2.5 persen", 2.5, 2.5, 2.5, claims.DimPercent, "%", ""},
		{"bare number keeps evidence", "en", "The index fell 1.5 percent to 7.125.", "7.125", "7.125", 7.125, 7.125, 7.125, claims.DimCount, "", ""},

		// Units glued by a hyphen, written with a height, or in brackets.
		{"foot adjective", "en", "They climbed a 12,000-foot peak.", "12,000", "12,000-foot", 3657.6, 3657.6, 3657.6, claims.DimLength, "m", ""},
		{"metre adjective", "en", "It landed on a 2,250-metre runway.", "2,250", "2,250-metre", 2250, 2250, 2250, claims.DimLength, "m", ""},
		{"meter adjective id", "id", "Gunung 3.676-meter itu meletus.", "3.676", "3.676-meter", 3676, 3676, 3676, claims.DimLength, "m", ""},
		{"mdpl", "id", "Puncaknya 2.000 mdpl.", "2.000", "2.000 mdpl", 2000, 2000, 2000, claims.DimLength, "m", ""},
		{"m dpl", "id", "Puncaknya 3.000 m dpl.", "3.000", "3.000 m dpl", 3000, 3000, 3000, claims.DimLength, "m", ""},
		{"bracketed symbol", "id", "Gempa magnitudo (M) 6,2 mengguncang Seram.", "6,2", "magnitudo (M) 6,2", 6.2, 6.2, 6.2, claims.DimMagnitude, "", ""},
		{"bracketed symbol alone", "id", "Gempa (M) 5,9 terasa kuat.", "5,9", "(M) 5,9", 5.9, 5.9, 5.9, claims.DimMagnitude, "", ""},
		{"a race time", "en", "The winner crossed the line in 2:17:34, well outside the record.", "2:17:34", "2:17:34", 8254, 8254, 8254, claims.DimDuration, "s", ""},
		{"a duration in parts", "en", "He won in 2 hours 14 minutes 37 seconds.", "2", "2 hours 14 minutes 37 seconds", 8077, 8077, 8077, claims.DimDuration, "s", ""},
		{"a duration in parts in Indonesian", "id", "Ia finis dengan waktu 2 jam 14 menit 37 detik.", "2", "2 jam 14 menit 37 detik", 8077, 8077, 8077, claims.DimDuration, "s", ""},
		{"magnitude at", "en", "The agency put the magnitude at 5.8 on Friday.", "5.8", "the magnitude at 5.8", 5.8, 5.8, 5.8, claims.DimMagnitude, "", ""},
		{"magnitudo sebesar", "id", "BMKG mencatat gempa dengan magnitudo sebesar 5,8.", "5,8", "magnitudo sebesar 5,8", 5.8, 5.8, 5.8, claims.DimMagnitude, "", ""},
		{"magnitude verb form", "id", "Gempa bermagnitudo 5,9 mengguncang Majene.", "5,9", "bermagnitudo 5,9", 5.9, 5.9, 5.9, claims.DimMagnitude, "", ""},

		// Durations are their own dimension, never a length.
		{"days near a height", "en", "The climbers spent two days at 3,000 metres.", "two", "two days", 172800, 172800, 172800, claims.DimDuration, "s", ""},
		{"height near days", "en", "The climbers spent two days at 3,000 metres.", "3,000", "3,000 metres", 3000, 3000, 3000, claims.DimLength, "m", ""},
		{"days near a height id", "id", "Selama dua hari di ketinggian 3.000 meter.", "dua", "dua hari", 172800, 172800, 172800, claims.DimDuration, "s", ""},
		{"height near days id", "id", "Selama dua hari di ketinggian 3.000 meter.", "3.000", "3.000 meter", 3000, 3000, 3000, claims.DimLength, "m", ""},

		// Scale words in both languages.
		{"juta", "id", "Sebanyak 1,5 juta orang mudik.", "1,5 juta", "1,5 juta orang", 1.5e6, 1.5e6, 1.5e6, claims.DimCount, "", ""},
		{"a round estimate reaches what rounds to it", "en", "Losses reached an estimated US$11 billion.", "11 billion", "an estimated US$11 billion", 11e9, 10.5e9, 11.5e9, claims.DimMoney, "USD", "approximate"},
		{"a hedge keeps its tolerance when narrower", "en", "About 3,000 troops arrived.", "3,000", "About 3,000 troops", 3000, 2700, 3300, claims.DimCount, "", "approximate"},
		{"million", "en", "Some 1.5 million people travelled.", "1.5 million", "Some 1.5 million people", 1.5e6, 1.45e6, 1.55e6, claims.DimCount, "", "approximate"},
		{"triliun", "id", "Kerugian negara Rp 2,3 triliun.", "2,3 triliun", "Rp 2,3 triliun", 2.3e12, 2.3e12, 2.3e12, claims.DimMoney, "IDR", ""},
		{"miliar", "id", "Kerugian ditaksir Rp2.300 miliar.", "2.300 miliar", "ditaksir Rp2.300 miliar", 2.3e12, 2.25e12, 2.35e12, claims.DimMoney, "IDR", "approximate"},
		{"trillion rupiah", "en", "The state lost 2.3 trillion rupiah.", "2.3 trillion", "2.3 trillion rupiah", 2.3e12, 2.3e12, 2.3e12, claims.DimMoney, "IDR", ""},
		{"Rp trillion", "en", "The state lost Rp2.3 trillion.", "2.3 trillion", "Rp2.3 trillion", 2.3e12, 2.3e12, 2.3e12, claims.DimMoney, "IDR", ""},
		{"listed unit yields to a noun", "id", "Kerugian Rp 2,3 triliun, 1,5 juta orang terdampak.", "1,5 juta", "1,5 juta orang terdampak", 1.5e6, 1.5e6, 1.5e6, claims.DimCount, "", ""},
		{"listed unit stays", "en", "Magnitudes 6.3, 6.9 and 7 were recorded.", "6.9", "6.9", 6.9, 6.9, 6.9, claims.DimMagnitude, "", ""},
		{"seed length", "en", "\"And although there are eight thousand kilometres between us, our countries are really close in values.\"", "eight thousand", "eight thousand kilometres", 8e6, 8e6, 8e6, claims.DimLength, "m", ""},

		// Speeds, in km/h.
		{"km/jam", "id", "Angin berkecepatan 80 km/jam melanda kota itu.", "80", "80 km/jam", 80, 80, 80, claims.DimSpeed, "km/h", ""},
		{"mph", "en", "Gusts reached 50 mph overnight.", "50", "50 mph", 80.4672, 80.4672, 80.4672, claims.DimSpeed, "km/h", ""},
		{"knots", "en", "Winds of 40 knots battered the coast.", "40", "40 knots", 74.08, 74.08, 74.08, claims.DimSpeed, "km/h", ""},
		{"km alone stays a length", "id", "Jaraknya 80 km dari kota.", "80", "80 km", 80000, 80000, 80000, claims.DimLength, "m", ""},

		// A code word the pack knows nothing of before a count with a noun.
		{"code before a concept", "id", "Sebanyak TNI 500 personel dikerahkan.", "500", "500 personel", 500, 500, 500, claims.DimCount, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			q, text := quantityAt(rs[tt.Lang], tt.Input, tt.Number)
			if q == nil {
				t.Fatalf("%q: no quantity at %q", tt.Input, tt.Number)
			}
			flags := strings.Join(q.Flags.Names(), ",")
			if text != tt.Text || !near(q.Value, tt.Value) || !near(q.Lo, tt.Lo) || !near(q.Hi, tt.Hi) || q.Dimension != tt.Dim || q.Unit != tt.Unit || flags != tt.Flags {
				t.Errorf("%q at %q:\ngot  %q %g [%g, %g] %s %q %q\nwant %q %g [%g, %g] %s %q %q", tt.Input, tt.Number,
					text, q.Value, q.Lo, q.Hi, q.Dimension, q.Unit, flags, tt.Text, tt.Value, tt.Lo, tt.Hi, tt.Dim, tt.Unit, tt.Flags)
			}
			if q.Flags.Has(claims.Band) && q.Flags.Has(claims.Vague) {
				t.Errorf("%q: a band is not vague", tt.Input)
			}
		})
	}
}

// TestNotAmounts checks numbers inside names and codes: none is a
// quantity.
func TestNotAmounts(t *testing.T) {
	rs := recognizers()
	tests := []struct{ Name, Lang, Input, Number string }{
		{"glued code", "en", "Leaders met at the G20 summit.", "20"},
		{"flight code", "en", "Flight XY 182 landed safely.", "182"},
		{"airline code", "en", "The return flight, KY 274, was cancelled.", "274"},
		{"type code", "en", "Lessor takes back 6 ATR 72 turboprops.", "72"},
		{"glued type", "en", "The Airbus A320 slid off the runway.", "320"},
		{"maker and model", "en", "She flew on a Boeing 737 to Jakarta.", "737"},
		{"label", "en", "Article 3 of the law applies.", "3"},
		{"hyphenated name", "id", "Kapal selam KRI Nanggala-402 tenggelam.", "402"},
		{"school code", "id", "Korban berasal dari SDN 2 Cikalong.", "2"},
		{"fuel code", "id", "Mereka membayar RON 92 untuk RON 90.", "92"},
		{"label id", "id", "Pasal 2 undang-undang itu berlaku.", "2"},
		{"number label", "id", "Paslon nomor 2 menang.", "2"},
		{"clock", "id", "Gempa terjadi pukul 14.36 WIB.", "14.36"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			for _, m := range rs[tt.Lang].Find(tt.Input, claims.Span{End: len(tt.Input)}) {
				if strings.Contains(m.Quantity.NumberSpan.Of(tt.Input), tt.Number) {
					t.Errorf("%q: got %q, want no quantity", tt.Input, m.Span.Of(tt.Input))
				}
			}
		})
	}
}

// TestSeedLength reads the seed article that says "eight thousand
// kilometres": the length is 8,000 km, in metres.
func TestSeedLength(t *testing.T) {
	const seed = "../../seeds/003_7cfb101a442e41e1.txt"
	f, err := os.Open(seed)
	if err != nil {
		t.Fatalf("open seed: %v", err)
	}
	defer f.Close()
	r := recognizers()["en"]
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if !strings.Contains(line, "eight thousand kilometres") {
			continue
		}
		q, text := quantityAt(r, line, "eight thousand")
		if q == nil || q.Dimension != claims.DimLength || q.Value != 8e6 || q.Unit != "m" {
			t.Fatalf("%s: %q: got %q %+v, want a length of 8e6 m", seed, line, text, q)
		}
		return
	}
	t.Fatalf("%s: no line says \"eight thousand kilometres\"", seed)
}
