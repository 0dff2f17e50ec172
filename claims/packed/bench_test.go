package packed_test

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/packed"
	"github.com/claimcheck/claimcheck/pipeline"
)

// storyClaims are the claims of the project's test stories, by document.
func storyClaims(b *testing.B) [][]*claims.Claim {
	b.Helper()
	res := pipeline.Run([]string{"../../testdata/stories"}, pipeline.Options{})
	res.Sort()
	var out [][]*claims.Claim
	for c := range res.EachClaim() {
		if n := len(out); n == 0 || out[n-1][0].Doc != c.Doc {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], c)
	}
	if len(out) < 50 {
		b.Fatalf("%d documents with claims", len(out))
	}
	return out
}

// packAll packs each document's claims into a buffer of its own.
func packAll(tab *packed.Table, docs [][]*claims.Claim) ([][]byte, [][]*claims.Origin, int) {
	bufs, origins, n := make([][]byte, len(docs)), make([][]*claims.Origin, len(docs)), 0
	for i, cs := range docs {
		bufs[i], origins[i] = tab.Append(nil, nil, cs)
		n += len(cs)
	}
	return bufs, origins, n
}

// The benchmarks report ns and bytes a claim (go test ./claims/packed
// -bench . -benchmem), on the test stories' claims.
func BenchmarkAppend(b *testing.B) {
	docs := storyClaims(b)
	var n int
	for b.Loop() {
		_, _, n = packAll(packed.NewTable(), docs)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/claim")
}

func BenchmarkRead(b *testing.B) {
	tab := packed.NewTable()
	bufs, origins, n := packAll(tab, storyClaims(b))
	size := 0
	for _, buf := range bufs {
		size += len(buf)
	}
	for b.Loop() {
		for i := range bufs {
			if _, err := tab.Read(bufs[i], origins[i]); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/claim")
	b.ReportMetric(float64(size)/float64(n), "packed-B/claim")
}

func BenchmarkScan(b *testing.B) {
	tab := packed.NewTable()
	bufs, origins, n := packAll(tab, storyClaims(b))
	for b.Loop() {
		sc := tab.Scanner()
		for i := range bufs {
			if err := sc.Scan(bufs[i], origins[i], func(*claims.Claim) bool { return true }); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/claim")
}
