package evaluate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/cmd/claimcheck-gen/gen"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
)

// flatten copies the articles of every story folder of root into one
// folder, each named "STORY__FILE", so that only what the articles say
// can tell their stories apart.
func flatten(t *testing.T, root string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "all")
	if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, dir := range storyDirs(t, root) {
		files, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if f.IsDir() || f.Name() == "expected.yaml" {
				continue
			}
			data, err := os.ReadFile(filepath.Join(dir, f.Name()))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(out, filepath.Base(dir)+"__"+f.Name()), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return out
}

// pairScore is how found stories agree with the true ones, over pairs of
// documents: precision is the share of pairs put in one story that are
// of one story, recall the share of pairs of one story put in one.
func pairScore(res *pipeline.Result, truth func(id string) string) (precision, recall float64) {
	story := map[string]string{}
	for _, s := range res.Stories {
		for _, id := range s.Documents {
			story[id] = s.ID
		}
	}
	tp, fp, fn := 0, 0, 0
	docs := res.Documents
	for i := range docs {
		for j := i + 1; j < len(docs); j++ {
			same := truth(docs[i].ID) == truth(docs[j].ID)
			together := story[docs[i].ID] == story[docs[j].ID]
			switch {
			case same && together:
				tp++
			case together:
				fp++
			case same:
				fn++
			}
		}
	}
	return float64(tp) / float64(max(tp+fp, 1)), float64(tp) / float64(max(tp+fn, 1))
}

// TestStoryGrouping measures --stories auto where folders cannot help:
// the development clusters and the project's stories, each flattened into
// one folder, must come apart into their stories again (pairs of
// articles: precision ≥ 0.95, recall ≥ 0.90; measured 1.00/0.97 and
// 1.00/1.00 when the rule was chosen).
func TestStoryGrouping(t *testing.T) {
	for _, name := range []string{"dev", "stories"} {
		root, ok := corpusRoot(t, name)
		if !ok {
			continue
		}
		flat := flatten(t, root)
		res := pipeline.Run([]string{flat}, pipeline.Options{Stories: pipeline.GroupAuto})
		p, r := pairScore(res, func(id string) string { s, _, _ := strings.Cut(id, "__"); return s })
		t.Logf("%s flattened: %d articles in %d stories; pair precision %.2f recall %.2f", name, len(res.Documents), len(res.Stories), p, r)
		if p < 0.95 || r < 0.90 {
			t.Errorf("%s flattened: pair precision %.2f recall %.2f, want ≥ 0.95 and ≥ 0.90", name, p, r)
		}
	}
}

// TestMixedArchive checks a generated folder of many events in both
// languages (claimcheck-gen -one-folder) with stories found: the
// conflicts' sides come from one event (≥ 0.95 of conflicts) and most
// events with a planted discrepancy have one found (≥ 0.8), as issue 14
// asks; scripts/bench.sh measures the same on larger archives.
func TestMixedArchive(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and checks 600 articles")
	}
	dir := t.TempDir()
	m, err := gen.Write(dir, gen.Options{Articles: 600, Seed: 7, OneFolder: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range []pipeline.Grouping{pipeline.GroupAuto, pipeline.GroupFolder} {
		res := pipeline.Run([]string{dir}, pipeline.Options{Compare: &compare.Options{}, Stories: g})
		sc := gen.ScoreFindings(m.Planted, gen.FoundOf(res.Findings))
		t.Logf("stories %s: %d stories; conflicts %d, of one event %.3f; events found %d of %d (%.3f); planted recall %.3f",
			g, len(res.Stories), sc.Conflicts, sc.Purity(), sc.EventsFound, sc.Events, sc.EventRecall(), sc.Recall())
		if g == pipeline.GroupAuto && (sc.Purity() < 0.95 || sc.EventRecall() < 0.8) {
			t.Errorf("stories auto: conflicts of one event %.3f, events found %.3f; want ≥ 0.95 and ≥ 0.8", sc.Purity(), sc.EventRecall())
		}
	}
}
