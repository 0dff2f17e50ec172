package date

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// BenchmarkFind runs Find over every sentence of the case table and every
// line of the seed articles, each in its language.
func BenchmarkFind(b *testing.B) {
	type job struct {
		r    *Recognizer
		text string
		ref  Reference
	}
	rs := recognizers()
	var jobs []job
	for _, c := range readCases(b, filepath.Join("..", "..", "testdata", "dates", "cases.txt")) {
		jobs = append(jobs, job{rs[c.Lang], c.Input, Reference{Time: c.Published}})
	}
	for name, lang := range map[string]string{"000_3bffe2a6f06d5d47.txt": "id", "003_7cfb101a442e41e1.txt": "en"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "seeds", name))
		if err != nil {
			b.Fatalf("read seed: %v", err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			jobs = append(jobs, job{rs[lang], line, Reference{}})
		}
	}
	size := 0
	for _, j := range jobs {
		size += len(j.text)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, j := range jobs {
			j.r.Find(j.text, claims.Span{Start: 0, End: len(j.text)}, j.ref)
		}
	}
}
