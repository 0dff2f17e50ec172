package bench

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/claims/date"
	"github.com/claimcheck/claimcheck/claims/entity"
	"github.com/claimcheck/claimcheck/claims/extract"
	"github.com/claimcheck/claimcheck/claims/lang"
	"github.com/claimcheck/claimcheck/claims/lang/builtin"
	"github.com/claimcheck/claimcheck/claims/quantity"
	"github.com/claimcheck/claimcheck/claims/segment"
	"github.com/claimcheck/claimcheck/claims/text"
	"github.com/claimcheck/claimcheck/cmd/claimcheck-gen/gen"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
	"github.com/claimcheck/claimcheck/report"
)

// benchArticles is the size of the benchmarks' corpus: large enough for
// every story type and both languages, small enough for one iteration to
// take well under a second.
const benchArticles = 500

// fixture is a generated corpus on disk and what the stages made of it.
type fixture struct {
	dir      string
	manifest *gen.Manifest
	packs    *lang.Set
	docs     []*claims.Document
	bytes    int64
}

// newFixture writes the articles opts describe to a temporary folder and
// loads them.
func newFixture(tb testing.TB, opts gen.Options) *fixture {
	tb.Helper()
	dir := tb.TempDir()
	n := opts.Articles
	m, err := gen.Write(dir, opts)
	if err != nil {
		tb.Fatalf("generating %d articles: %v", n, err)
	}
	f := &fixture{dir: dir, manifest: m, packs: builtin.Packs()}
	f.docs = f.load(tb)
	for _, d := range f.docs {
		f.bytes += int64(len(d.Text))
	}
	if len(f.docs) != n {
		tb.Fatalf("loaded %d documents\nwant %d", len(f.docs), n)
	}
	return f
}

func (f *fixture) load(tb testing.TB) []*claims.Document {
	var docs []*claims.Document
	l := &corpus.Loader{Packs: f.packs, Stdin: bytes.NewReader(nil)}
	if errs := l.Load([]string{f.dir}, func(d *claims.Document) { docs = append(docs, d) }); len(errs) > 0 {
		tb.Fatalf("loading %s: %v", f.dir, errs[0])
	}
	return docs
}

// extractAll returns the claims of every document, in document order.
func (f *fixture) extractAll() []*claims.Claim {
	ex := extract.New(f.packs)
	var cs []*claims.Claim
	for _, d := range f.docs {
		cs = append(cs, ex.Document(d)...)
	}
	return cs
}

// sentences segments every document with its language's segmenter.
func (f *fixture) sentences() [][]claims.Span {
	segs := map[string]*segment.Segmenter{}
	out := make([][]claims.Span, len(f.docs))
	for i, d := range f.docs {
		s, ok := segs[d.Language]
		if !ok {
			s = segment.New(f.packs.Get(d.Language))
			segs[d.Language] = s
		}
		out[i] = s.Sentences(d.Text, d.Body, d.Furniture)
	}
	return out
}

// BenchmarkBaselineReadSplit is the floor: walk the corpus, read each file
// and split it into words, nothing else.
func BenchmarkBaselineReadSplit(b *testing.B) {
	f := newFixture(b, gen.Options{Articles: benchArticles, Seed: 1})
	b.SetBytes(f.bytes)
	b.ReportAllocs()
	for b.Loop() {
		var files []string
		err := filepath.WalkDir(f.dir, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".txt") {
				files = append(files, path)
			}
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
		sort.Strings(files)
		words := 0
		for _, p := range files {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			sc := bufio.NewScanner(strings.NewReader(string(data)))
			sc.Split(bufio.ScanWords)
			for sc.Scan() {
				words++
			}
		}
		if words == 0 {
			b.Fatal("no words read")
		}
	}
}

// BenchmarkLoad reads and parses the corpus: walking, front matter,
// furniture and language detection.
func BenchmarkLoad(b *testing.B) {
	f := newFixture(b, gen.Options{Articles: benchArticles, Seed: 1})
	b.SetBytes(f.bytes)
	b.ReportAllocs()
	for b.Loop() {
		f.load(b)
	}
}

// BenchmarkSegment splits every loaded document into sentences.
func BenchmarkSegment(b *testing.B) {
	f := newFixture(b, gen.Options{Articles: benchArticles, Seed: 1})
	segs := map[string]*segment.Segmenter{}
	for _, c := range f.packs.Codes() {
		segs[c] = segment.New(f.packs.Get(c))
	}
	b.SetBytes(f.bytes)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range f.docs {
			segs[d.Language].Sentences(d.Text, d.Body, d.Furniture)
		}
	}
}

// BenchmarkRecognize tokenizes every sentence of the corpus once
// (claims/text), runs the quantity, date and entity recognizers on the
// tokens apart, and all three with the tokenizing together.
func BenchmarkRecognize(b *testing.B) {
	f := newFixture(b, gen.Options{Articles: benchArticles, Seed: 1})
	sents := f.sentences()
	type recognizers struct {
		q *quantity.Recognizer
		d *date.Recognizer
		e *entity.Recognizer
	}
	rs := map[string]recognizers{}
	for _, c := range f.packs.Codes() {
		p := f.packs.Get(c)
		rs[c] = recognizers{quantity.New(p), date.New(p), entity.New(p)}
	}
	// The recognizers read sentences tokenized once (claims/text), as the
	// extractor gives them; "tokenize" times that step, "all" the step and
	// the three recognizers together.
	tokenized := make([][]*text.Sentence, len(f.docs))
	for i, d := range f.docs {
		for _, s := range sents[i] {
			tokenized[i] = append(tokenized[i], text.NewSentence(d.Text, s))
		}
	}
	stages := []struct {
		name string
		run  func(r recognizers, d *claims.Document, s *text.Sentence) int
	}{
		{"tokenize", func(r recognizers, d *claims.Document, s *text.Sentence) int {
			return len(text.NewSentence(d.Text, s.Span).Tokens)
		}},
		{"quantity", func(r recognizers, d *claims.Document, s *text.Sentence) int { return len(r.q.FindIn(s)) }},
		{"date", func(r recognizers, d *claims.Document, s *text.Sentence) int {
			return len(r.d.FindIn(s, date.Reference{Time: d.Published}))
		}},
		{"entity", func(r recognizers, d *claims.Document, s *text.Sentence) int { return len(r.e.FindIn(s)) }},
		{"all", func(r recognizers, d *claims.Document, s *text.Sentence) int {
			t := text.NewSentence(d.Text, s.Span)
			return len(r.q.FindIn(t)) + len(r.d.FindIn(t, date.Reference{Time: d.Published})) + len(r.e.FindIn(t))
		}},
	}
	for _, st := range stages {
		b.Run(st.name, func(b *testing.B) {
			b.SetBytes(f.bytes)
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				n = 0
				for i, d := range f.docs {
					r := rs[d.Language]
					for _, s := range tokenized[i] {
						n += st.run(r, d, s)
					}
				}
			}
			b.ReportMetric(float64(n), "items/op")
		})
	}
}

// BenchmarkExtract is the whole extraction of every document: segment,
// recognize and assemble (extract.New(packs).Document).
func BenchmarkExtract(b *testing.B) {
	f := newFixture(b, gen.Options{Articles: benchArticles, Seed: 1})
	ex := extract.New(f.packs)
	b.SetBytes(f.bytes)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = 0
		for _, d := range f.docs {
			n += len(ex.Document(d))
		}
	}
	b.ReportMetric(float64(n), "claims/op")
	if n > 0 {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/claim")
	}
}

// BenchmarkCompare aligns and judges the corpus's claims
// (compare.Compare), at two corpus sizes, so that ns/claim shows whether
// comparison grows linearly with the number of claims.
func BenchmarkCompare(b *testing.B) {
	for _, n := range []int{benchArticles, 4 * benchArticles} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			f := newFixture(b, gen.Options{Articles: n, Seed: 1})
			cs := f.extractAll()
			b.SetBytes(f.bytes)
			b.ReportAllocs()
			findings := 0
			for b.Loop() {
				findings = len(compare.Compare(cs, compare.Options{}))
			}
			b.ReportMetric(float64(len(cs)), "claims/op")
			b.ReportMetric(float64(findings), "findings/op")
			if len(cs) > 0 {
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(cs)), "ns/claim")
			}
		})
	}
}

// oneStorySizes are the sizes of BenchmarkOneStory: CPU per article at
// 1,200 articles is held against that at 300, and a story of 2,000
// articles is the target.
var oneStorySizes = []int{300, 1200, 2000}

// BenchmarkOneStory extracts and compares one story of many articles: a
// folder of generated articles about hundreds of events
// (gen.Options.OneFolder), so that every block holds claims of hundreds
// of articles. Comparison should cost a fraction of extraction and grow
// with the number of claims, not with its square; scripts/bench.sh prints
// the ratio and the CPU per article at each size.
func BenchmarkOneStory(b *testing.B) {
	for _, n := range oneStorySizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			f := newFixture(b, gen.Options{Articles: n, Seed: 1, OneFolder: true})
			cs := f.extractAll()
			if stories := storiesOf(cs); stories != 1 {
				b.Fatalf("%d articles in one folder make %d stories\nwant 1", n, stories)
			}
			b.Run("extract", func(b *testing.B) {
				ex := extract.New(f.packs)
				b.SetBytes(f.bytes)
				b.ReportAllocs()
				for b.Loop() {
					for _, d := range f.docs {
						ex.Document(d)
					}
				}
				reportPerArticle(b, n, len(cs))
			})
			b.Run("compare", func(b *testing.B) {
				b.ReportAllocs()
				findings := 0
				for b.Loop() {
					findings = len(compare.Compare(cs, compare.Options{}))
				}
				b.ReportMetric(float64(findings), "findings/op")
				reportPerArticle(b, n, len(cs))
			})
		})
	}
}

// BenchmarkStories finds the stories of a generated archive of many
// events in one folder (pipeline.FindStories, as --stories auto does):
// its time per article should stay flat from 1,200 to 10,000 articles,
// and stay a small part of extraction's.
func BenchmarkStories(b *testing.B) {
	for _, n := range []int{1200, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			f := newFixture(b, gen.Options{Articles: n, Seed: 1, OneFolder: true})
			cs := f.extractAll()
			b.ReportAllocs()
			stories := 0
			for b.Loop() {
				stories = len(pipeline.FindStories(f.docs, cs))
			}
			b.ReportMetric(float64(stories), "stories/op")
			reportPerArticle(b, n, len(cs))
		})
	}
}

// storiesOf counts the stories claims belong to.
func storiesOf(cs []*claims.Claim) int {
	seen := map[string]bool{}
	for _, c := range cs {
		seen[c.Story] = true
	}
	return len(seen)
}

// reportPerArticle adds the claims of one iteration and the time per
// article and per claim to a benchmark's line.
func reportPerArticle(b *testing.B, articles, claims int) {
	perOp := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(float64(claims), "claims/op")
	b.ReportMetric(perOp/float64(articles), "ns/article")
	if claims > 0 {
		b.ReportMetric(perOp/float64(claims), "ns/claim")
	}
}

// BenchmarkRender writes the corpus's report in every format.
func BenchmarkRender(b *testing.B) {
	f := newFixture(b, gen.Options{Articles: benchArticles, Seed: 1})
	cs := f.extractAll()
	res := &pipeline.Result{Documents: f.docs, Claims: cs, Findings: compare.Compare(cs, compare.Options{})}
	for _, name := range report.Formats() {
		b.Run(name, func(b *testing.B) {
			format, err := report.New(name)
			if err != nil {
				b.Fatal(err)
			}
			var out countingWriter
			b.ReportAllocs()
			for b.Loop() {
				out = 0
				if err := format.Format(&out, res); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(out))
		})
	}
}

// countingWriter counts the bytes written to it and keeps none.
type countingWriter int64

func (w *countingWriter) Write(p []byte) (int, error) {
	*w += countingWriter(len(p))
	return len(p), nil
}

var _ io.Writer = (*countingWriter)(nil)
