package extract

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang/builtin"
)

// FuzzDocument checks that any text yields claims whose spans lie inside
// it and cover the words they quote, without panicking.
func FuzzDocument(f *testing.F) {
	f.Add("en", `"We found 17 bodies," rescue chief Ana Ruiz said on Saturday (Nov 16).`)
	f.Add("id", "Badan mata-mata Seoul mengatakan bahwa sekitar 3.000 tentara Korea Utara tiba di Rusia, Sabtu (16/11/2024).")
	f.Add("id", "Kepala BPBD, Rudi, Rabu malam (3/1), mengatakan 95 orang, bukan 103 orang.")
	f.Add("en", "12 of them, including 3, were\n\nAdvertisement\n\"")
	f.Add("en", "Over the last two months, two storms killed at least 41 people and seven other suspects, 20 of the detained, in the region of Batang Hari.")
	f.Add("id", "Dalam dua hari terakhir, Dua tersangka itu bersama enam tersangka lainnya; gunung setinggi 2.914 mdpl, jumlah itu naik menjadi 23 orang per Jumat.")
	f.Add("en", "The death toll rose to 91 people, three ships a week, a 3,118-meter volcano, the target is 400 troops, the strongest aftershock measured 5.1.")
	f.Add("id", "Korban, Rudi Hartono (45), dan Andi Saputra, berusia 32 tahun, divonis 6 tahun penjara, denda Rp 300 juta subsider 4 bulan kurungan, santunan Rp 10 juta kepada setiap keluarga.")
	f.Add("en", "The 23-year-old Andi Saputra, Lena Fischer, a 44-year-old nurse, Omar Haddad, 71 years old, each passenger 2.5 million rupiah apiece, gusts of 50 mph, 105 mm of rain, prosecutors sought eight years.")
	f.Add("id", "Harga beras naik menjadi Rp 14.500 per kilogram, sedangkan harga Rp 3; 1.254.300 suara atau 52,3 persen, naik dari 23,1 miliar dolar AS.")
	f.Add("en", "The price of 5 rose. Rice prices hit $3, up from $2 or 40 percent; Andi Wijaya and Siti Rahma won 145,300 votes.")
	e := New(builtin.Packs())
	f.Fuzz(func(t *testing.T, lang, text string) {
		d := &claims.Document{ID: "f/x.txt", Path: "f/x.txt", Source: "Fuzz", Language: lang, Text: text, Body: claims.Span{End: len(text)}}
		for _, c := range e.Document(d) {
			if c.Span.Start < 0 || c.Span.End > len(text) || c.Span.Start > c.Span.End {
				t.Fatalf("span %v outside text of %d bytes", c.Span, len(text))
			}
			if c.Text != c.Span.Of(text) {
				t.Fatalf("claim text %q is not its span %q", c.Text, c.Span.Of(text))
			}
			if !c.SentenceSpan.Contains(c.Span) {
				t.Fatalf("claim %v outside its sentence %v", c.Span, c.SentenceSpan)
			}
			if q := c.Quantity; q != nil && q.Lo > q.Hi {
				t.Fatalf("interval %v > %v", q.Lo, q.Hi)
			}
		}
	})
}
