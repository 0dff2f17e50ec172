package quantity

import (
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang/en"
	"github.com/claimcheck/claimcheck/claims/lang/id"
	"github.com/claimcheck/claimcheck/claims/text"
	"github.com/claimcheck/claimcheck/internal/cputime"
)

// benchText is a mixed-language article of our own writing.
var benchText = strings.Repeat(`Badan mata-mata Seoul mengatakan bahwa sekitar 3.000 tentara Korea Utara sedang berlatih di Rusia, dengan ribuan tentara lagi akan dikirim pada bulan Desember.
Sementara agen Ukraina menyebut 12 ribu tentara Korut dikirim ke Rusia pada Sabtu (16/11/2024) pukul 10.30 WIB.
Jumlah korban tewas akibat banjir bandang sebanyak 103 orang, sementara 284 orang lainnya mengalami luka-luka dan 16.732 jiwa mengungsi.
Pemerintah menyiapkan dana Rp 1,2 triliun untuk 2.000 hektare lahan, kata pejabat itu.
Pyongyang had sent thousands of troops to Russia, and although there are eight thousand kilometres between us, we are close.
The death toll rose to 91 on Friday, with at least 56 people injured and seven people still missing after the 7.4-magnitude quake.
Officials said about 83 per cent of the 1,301 pilgrims who died had no permit, as temperatures reached 51.8 degrees Celsius.
The fund is worth $2.5 billion, up from 2.5bn dollars in 2023, according to Article 3 of the agreement.
`, 64)

// BenchmarkFind measures quantity extraction over a mixed-language text,
// one line a sentence, each line read with its own language's pack.
func BenchmarkFind(b *testing.B) {
	rs := []*Recognizer{New(id.Pack()), New(en.Pack())}
	var sents []claims.Span
	var langs []int
	start := 0
	for i, line := range strings.SplitAfter(benchText, "\n") {
		sents = append(sents, claims.Span{Start: start, End: start + len(line)})
		langs = append(langs, (i%8)/4)
		start += len(line)
	}
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	cpu0 := cputime.Used()
	n, loops := 0, 0
	for b.Loop() {
		for k, s := range sents {
			n += len(rs[langs[k]].Find(benchText, s))
		}
		loops++
	}
	// On a shared machine the wall clock says little; the process's CPU
	// time per byte does not depend on the load.
	if cpu := cputime.Used() - cpu0; cpu > 0 && loops > 0 {
		b.ReportMetric(float64(len(benchText))*float64(loops)/cpu.Seconds()/1e6, "cpu-MB/s")
	}
	if n == 0 {
		b.Fatal("found nothing")
	}
}

// BenchmarkFindIn is BenchmarkFind on sentences tokenized beforehand, as
// the extractor shares them among recognizers: the recognizer's own cost.
func BenchmarkFindIn(b *testing.B) {
	rs := []*Recognizer{New(id.Pack()), New(en.Pack())}
	var sents []*text.Sentence
	var langs []int
	start := 0
	for i, line := range strings.SplitAfter(benchText, "\n") {
		sents = append(sents, text.NewSentence(benchText, claims.Span{Start: start, End: start + len(line)}))
		langs = append(langs, (i%8)/4)
		start += len(line)
	}
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	cpu0 := cputime.Used()
	n, loops := 0, 0
	for b.Loop() {
		for k, s := range sents {
			n += len(rs[langs[k]].FindIn(s))
		}
		loops++
	}
	if cpu := cputime.Used() - cpu0; cpu > 0 && loops > 0 {
		b.ReportMetric(float64(len(benchText))*float64(loops)/cpu.Seconds()/1e6, "cpu-MB/s")
	}
	if n == 0 {
		b.Fatal("found nothing")
	}
}

// BenchmarkFindLongSentence feeds Find one sentence of 64 KB with no full
// stop, where any per-quantity rescan of the sentence would show.
func BenchmarkFindLongSentence(b *testing.B) {
	r := New(id.Pack())
	text := strings.Repeat("sekitar 3.000 tentara, 12 ribu orang tewas dan 1,2 juta warga mengungsi, ", 900)
	sent := claims.Span{Start: 0, End: len(text)}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if len(r.Find(text, sent)) == 0 {
			b.Fatal("found nothing")
		}
	}
}
