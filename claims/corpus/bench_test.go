package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/cmd/claimcheck-gen/gen"
	"github.com/claimcheck/claimcheck/internal/cputime"
)

// peakRSS returns the process's peak resident set size in MiB, from
// /proc/self/status (0 where there is none).
func peakRSS() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")))
			return float64(kb) / 1024
		}
	}
	return 0
}

// BenchmarkLoad200MB streams a 200 MB JSONL archive (about 100,000
// articles) and reports the peak RSS of the whole process: it stays near
// the size of one article plus the loader's buffers, not the archive's.
// Run it alone, so that the figure is its own:
//
//	go test ./claims/corpus -run='^$' -bench=Load200MB -benchtime=1x
func BenchmarkLoad200MB(b *testing.B) {
	p := filepath.Join(b.TempDir(), "archive.jsonl")
	f, err := os.Create(p)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	para := "Officials said on Monday that about 3,000 residents had been moved to shelters after the river rose by two metres overnight, and that 14 people were still missing. "
	var size int64
	for i := 0; size < 200<<20; i++ {
		line, _ := json.Marshal(map[string]string{
			"text":      fmt.Sprintf("Flood update %d\n\n%s", i, strings.Repeat(para, 12)),
			"source":    "Eastport Daily",
			"published": "2025-02-03",
			"language":  "en",
		})
		n, _ := w.Write(append(line, '\n'))
		size += int64(n)
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	f.Close()
	l := &Loader{Packs: testPacks()}
	b.SetBytes(size)
	b.ResetTimer()
	for range b.N {
		docs := 0
		errs := l.Load([]string{p}, func(*claims.Document) { docs++ })
		if len(errs) != 0 || docs == 0 {
			b.Fatalf("got %d documents, errors %q", docs, errText(errs))
		}
	}
	b.ReportMetric(peakRSS(), "peak-RSS-MiB")
}

// BenchmarkFurniture marks the furniture of a long scraped text.
func BenchmarkFurniture(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(corpusDir, "scraped-en.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := string(bytes.Repeat(data, 1000))
	f := newFurniture(testPacks())
	b.SetBytes(int64(len(text)))
	for range b.N {
		f.mark(text, claims.Span{End: len(text)})
	}
}

// BenchmarkNewRun is the cost of compiling the packs' lists, paid once a
// Load.
func BenchmarkNewRun(b *testing.B) {
	l := &Loader{Packs: testPacks()}
	for range b.N {
		newRun(l, nil)
	}
}

// BenchmarkLoad200MBText reads one 200 MB plain-text file with the size
// limit lifted (Loader.MaxSize -1): the document's text must be held
// whole, so the peak RSS is a few times the file; the default limit
// rejects such a file instead. Run it alone:
//
//	go test ./claims/corpus -run='^$' -bench=Load200MBText -benchtime=1x
func BenchmarkLoad200MBText(b *testing.B) {
	p := filepath.Join(b.TempDir(), "dump.txt")
	f, err := os.Create(p)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	para := "Officials said on Monday that about 3,000 residents had been moved to shelters after the river rose by two metres overnight.\n\nAdvertisement\n\n"
	var size int64
	for size < 200<<20 {
		n, _ := w.WriteString(para)
		size += int64(n)
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	f.Close()
	l := &Loader{Packs: testPacks(), MaxSize: -1}
	b.SetBytes(size)
	b.ResetTimer()
	for range b.N {
		docs := 0
		errs := l.Load([]string{p}, func(*claims.Document) { docs++ })
		if len(errs) != 0 || docs != 1 {
			b.Fatalf("got %d documents, errors %q", docs, errText(errs))
		}
	}
	b.ReportMetric(peakRSS(), "peak-RSS-MiB")
}

// BenchmarkParseGenerated parses 500 generated articles held in memory
// (front matter, furniture, language of each paragraph): the loader's
// own work on a folder of news articles, without the file system's.
func BenchmarkParseGenerated(b *testing.B) {
	var files [][2]string
	var size int64
	_, err := gen.Generate(gen.Options{Articles: 500, Seed: 1}, func(a *gen.Article) error {
		data := string(a.Bytes())
		files = append(files, [2]string{a.Path, data})
		size += int64(len(data))
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	l := &Loader{Packs: testPacks()}
	docs := 0
	r := newRun(l, func(*claims.Document) { docs++ }) // compiled once, as in a Load
	b.SetBytes(size)
	b.ReportAllocs()
	cpu := cputime.Used()
	for b.Loop() {
		docs, r.ids = 0, map[string]bool{}
		for _, f := range files {
			if e := r.one(f[0], f[0], f[0], "txt", f[1]); e != nil {
				b.Fatal(e)
			}
		}
		if docs != len(files) {
			b.Fatalf("got %d documents, want %d", docs, len(files))
		}
	}
	b.ReportMetric(float64(cputime.Used()-cpu)/float64(b.N), "cpu-ns/op")
}
