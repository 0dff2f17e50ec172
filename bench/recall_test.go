package bench

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/claims/extract"
	"github.com/claimcheck/claimcheck/claims/lang/builtin"
	"github.com/claimcheck/claimcheck/cmd/claimcheck-gen/gen"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
)

// recallArticles is the size of the recall test's corpus.
const recallArticles = 300

// extractorWorks reports whether the extractor produces any claim from the
// seed articles; while it is a stub the recall test has nothing to measure.
func extractorWorks(t *testing.T) bool {
	t.Helper()
	packs := builtin.Packs()
	ex := extract.New(packs)
	n := 0
	l := &corpus.Loader{Packs: packs, Stdin: strings.NewReader("")}
	errs := l.Load([]string{filepath.Join("..", "seeds")}, func(d *claims.Document) { n += len(ex.Document(d)) })
	if len(errs) > 0 {
		t.Fatalf("loading seeds: %v", errs[0])
	}
	return n > 0
}

// TestPlantedRecall runs the pipeline on a generated corpus: every planted
// discrepancy must be found (recall 1.0) and no finding other than an
// agreement may be made that the planted discrepancies do not explain.
func TestPlantedRecall(t *testing.T) {
	if !extractorWorks(t) {
		t.Skip("the extractor returns no claims on seeds/ (still a stub): nothing to measure yet")
	}
	f := newFixture(t, gen.Options{Articles: recallArticles, Seed: 1})
	res := pipeline.Run([]string{f.dir}, pipeline.Options{Packs: f.packs, Compare: &compare.Options{}})
	if len(res.Errors) > 0 {
		t.Fatalf("reading the generated corpus: %v", res.Errors[0])
	}
	cs, findings := res.AllClaims(), res.Findings
	sc := gen.ScoreFindings(f.manifest.Planted, gen.FoundOf(findings))
	t.Logf("%d articles, %d claims, %d findings (%d not agreements): planted %d, recalled %d, recall %.3f, unexplained %d",
		len(f.docs), len(cs), len(findings), sc.Findings, sc.Planted, sc.Recalled, sc.Recall(), len(sc.Unexplained))
	byKind := map[string][2]int{}
	for _, d := range f.manifest.Planted {
		k := byKind[d.Kind+"/"+d.Between]
		k[0]++
		byKind[d.Kind+"/"+d.Between] = k
	}
	for _, d := range sc.Missed {
		k := byKind[d.Kind+"/"+d.Between]
		k[1]++
		byKind[d.Kind+"/"+d.Between] = k
	}
	for k, v := range byKind {
		t.Logf("  %-20s planted %3d missed %3d", k, v[0], v[1])
	}
	const show = 15
	for i, d := range sc.Missed {
		if i == show {
			t.Errorf("... and %d more missed", len(sc.Missed)-show)
			break
		}
		t.Errorf("missed %s %s/%s %s: %q (%s) vs %q (%s)", d.Story, d.Kind, d.Between, d.Subject, d.A.Value, d.A.File, d.B.Value, d.B.File)
	}
	for i, u := range sc.Unexplained {
		if i == show {
			t.Errorf("... and %d more findings on filler", len(sc.Unexplained)-show)
			break
		}
		t.Errorf("finding on filler: %s", describe(u))
	}
}

func describe(f gen.Found) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s:", f.Kind, f.Verdict)
	for _, s := range f.Sides {
		fmt.Fprintf(&b, " %q (%s)", s.Text, s.Doc)
	}
	return b.String()
}
