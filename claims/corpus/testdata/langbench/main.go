// Command langbench measures language detectors on short texts: the
// packs' common words (corpus.WordDetector) against lingua-go restricted to
// English, Indonesian and Malay, Malay counted as Indonesian since the id
// pack reads it. It is a module of its own so that lingua-go's models
// (about 130 MB, embedded in any binary that imports it) stay out of
// claimcheck.
//
//	cd claims/corpus/testdata/langbench && go run . ../../../../testdata/corpus/lang-samples.tsv
package main

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/claims/lang/builtin"
	"github.com/pemistahl/lingua-go"
)

type sample struct{ lang, text string }

type detector struct {
	name   string
	build  func() func(string) string
	detect func(string) string
}

func main() {
	if len(os.Args) == 3 {
		articles(os.Args[2])
	}
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: langbench samples.tsv [folder of articles with front matter]")
		os.Exit(2)
	}
	samples, err := read(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := map[lingua.Language]string{lingua.English: "en", lingua.Indonesian: "id", lingua.Malay: "id"}
	dets := []detector{
		{name: "common words", build: func() func(string) string {
			d := corpus.NewWordDetector(builtin.Packs())
			return func(s string) string { c, _ := d.Detect(s); return c }
		}},
		{name: "lingua low accuracy", build: func() func(string) string {
			d := lingua.NewLanguageDetectorBuilder().FromLanguages(lingua.English, lingua.Indonesian, lingua.Malay).WithLowAccuracyMode().WithPreloadedLanguageModels().Build()
			return func(s string) string { l, _ := d.DetectLanguageOf(s); return code[l] }
		}},
		{name: "lingua high accuracy", build: func() func(string) string {
			d := lingua.NewLanguageDetectorBuilder().FromLanguages(lingua.English, lingua.Indonesian, lingua.Malay).WithPreloadedLanguageModels().Build()
			return func(s string) string { l, _ := d.DetectLanguageOf(s); return code[l] }
		}},
	}
	fmt.Printf("%d samples\n", len(samples))
	wd := corpus.NewWordDetector(builtin.Packs())
	sure, sureRight := 0, 0
	for _, s := range samples {
		want := s.lang
		if want == "ms" {
			want = "id"
		}
		if c, ok := wd.Detect(s.text); ok {
			sure++
			if c == want {
				sureRight++
			}
		}
	}
	fmt.Printf("common words sure of %d/%d, right when sure %d/%d\n", sure, len(samples), sureRight, sure)
	for _, d := range dets {
		var before runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		t0 := time.Now()
		f := d.build()
		load := time.Since(t0)
		var after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&after)
		right := map[string]int{}
		total := map[string]int{}
		shortRight, short := 0, 0
		t0 = time.Now()
		const rounds = 20
		for r := 0; r < rounds; r++ {
			for _, s := range samples {
				got := f(s.text)
				if r > 0 {
					continue
				}
				want := s.lang
				if want == "ms" {
					want = "id"
				}
				total[s.lang]++
				if got == want {
					right[s.lang]++
				}
				if len(strings.Fields(s.text)) <= 5 {
					short++
					if got == want {
						shortRight++
					}
				}
			}
		}
		per := time.Since(t0) / time.Duration(rounds*len(samples))
		all, n := 0, 0
		for k := range total {
			all += right[k]
			n += total[k]
		}
		fmt.Printf("%-22s accuracy %5.1f%% (en %d/%d, id %d/%d, ms->id %d/%d, <=5 words %d/%d)  %8v/text  setup %v, heap +%.1f MB\n",
			d.name, 100*float64(all)/float64(n), right["en"], total["en"], right["id"], total["id"], right["ms"], total["ms"], shortRight, short,
			per, load.Round(time.Millisecond), float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/(1<<20))
	}
}

// articles measures both detectors on the paragraphs (lines of six words
// or more) of articles whose front matter declares their language: a
// detector that is sure of another language there would add a wrong
// Document.Parts entry.
func articles(dir string) {
	packs := builtin.Packs()
	wd := corpus.NewWordDetector(packs)
	ld := lingua.NewLanguageDetectorBuilder().FromLanguages(lingua.English, lingua.Indonesian, lingua.Malay).WithLowAccuracyMode().Build()
	code := map[lingua.Language]string{lingua.English: "en", lingua.Indonesian: "id", lingua.Malay: "id"}
	docs, docRight, paras, wSure, wWrong, lWrong := 0, 0, 0, 0, 0, 0
	l := &corpus.Loader{Packs: packs}
	l.Load([]string{dir}, func(d *claims.Document) {
		if d.LanguageInferred {
			return
		}
		docs++
		if c, _ := wd.Detect(corpus.ArticleText(d)); c == d.Language {
			docRight++
		}
		for _, line := range strings.Split(corpus.ArticleText(d), "\n") {
			if len(strings.Fields(line)) < 6 {
				continue
			}
			paras++
			if c, ok := wd.Detect(line); ok {
				wSure++
				if c != d.Language {
					wWrong++
				}
			}
			if lg, ok := ld.DetectLanguageOf(line); ok && code[lg] != d.Language {
				lWrong++
			}
		}
	})
	fmt.Printf("articles: common words right on %d/%d documents; paragraphs %d: common words sure of %d, of another language than the document's %d; lingua (low) of another language %d\n", docRight, docs, paras, wSure, wWrong, lWrong)
}

func read(path string) ([]sample, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []sample
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		l, t, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("%s: %q has no tab", path, line)
		}
		out = append(out, sample{l, t})
	}
	return out, sc.Err()
}
