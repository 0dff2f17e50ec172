package evaluate

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/claims/lang/builtin"
	"github.com/claimcheck/claimcheck/pipeline"
)

// moduleRoot finds the folder holding go.mod, upwards from the package.
func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the package")
		}
		dir = parent
	}
}

// storyDirs lists the folders of root that hold an expected.yaml.
func storyDirs(t *testing.T, root string) []string {
	t.Helper()
	matches, err := filepath.Glob(filepath.Join(root, "*", "expected.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var dirs []string
	for _, m := range matches {
		dirs = append(dirs, filepath.Dir(m))
	}
	slices.Sort(dirs)
	return dirs
}

// measure runs every story of root through the pipeline, logs a table
// and the details of what went wrong, and returns the total.
func measure(t *testing.T, root string) Result {
	t.Helper()
	dirs := storyDirs(t, root)
	if len(dirs) == 0 {
		t.Fatalf("%s: no story folders with an expected.yaml", root)
	}
	var rows []Row
	var total Result
	for _, dir := range dirs {
		run, err := RunStory(dir)
		if err != nil {
			t.Errorf("%s: %v", dir, err)
			continue
		}
		r := run.Result
		t.Logf("%s: %d docs, %d claims, %d findings; precision %.2f recall %.2f",
			filepath.Base(dir), len(run.Docs), len(run.Claims), len(run.Findings), r.Precision(), r.Recall())
		rows = append(rows, Row{Name: filepath.Base(dir), Result: r})
		total.Add(r)
	}
	var b strings.Builder
	if err := WriteTable(&b, rows); err != nil {
		t.Fatal(err)
	}
	if err := WriteDetails(&b, total); err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", b.String())
	return total
}

// TestStories measures the checker on the stories of testdata/stories,
// each built around phenomena real news shows with traps that must not be
// flagged, and fails when precision or recall over all of them is under
// 0.95, the target.
func TestStories(t *testing.T) {
	total := measure(t, filepath.Join(moduleRoot(t), "testdata", "stories"))
	t.Logf("stories: precision %.2f recall %.2f (%d of %d flags true, %d of %d disagreements found)",
		total.Precision(), total.Recall(), total.True, total.Flags, total.Found, total.Expected)
	if total.Precision() < 0.95 || total.Recall() < 0.95 {
		t.Errorf("got precision %.2f recall %.2f\nwant both at least 0.95", total.Precision(), total.Recall())
	}
}

// TestDevCorpus measures the checker on the development corpus next to the
// module, when it is there. It reports; it fails only on inputs it cannot
// read.
func TestDevCorpus(t *testing.T) {
	root := filepath.Join(moduleRoot(t), "..", "shared", "corpus", "dev")
	if _, err := os.Stat(root); errors.Is(err, os.ErrNotExist) {
		t.Skipf("%s is absent", root)
	}
	const floorPrecision, floorRecall = 0.90, 0.90 // the target, reached
	total := measure(t, root)
	t.Logf("dev corpus: precision %.2f recall %.2f (%d of %d flags true, %d of %d disagreements found)",
		total.Precision(), total.Recall(), total.True, total.Flags, total.Found, total.Expected)
	if total.Precision() < floorPrecision || total.Recall() < floorRecall {
		t.Errorf("got precision %.2f recall %.2f\nwant at least %.2f and %.2f (the floor reached so far)", total.Precision(), total.Recall(), floorPrecision, floorRecall)
	}
}

// TestMeasure measures the checker on any folder of stories named by the
// environment variable EVALUATE (skipped when unset), for work on stories
// before they join testdata/stories:
//
//	EVALUATE=testdata/stories go test ./internal/evaluate -run TestMeasure -v
//
// A relative path is read from the module's root.
func TestMeasure(t *testing.T) {
	root := os.Getenv("EVALUATE")
	if root == "" {
		t.Skip("EVALUATE is not set")
	}
	if !filepath.IsAbs(root) {
		// Relative to where `go test` was typed, the module's root,
		// not to this package's folder, where the test runs.
		root = filepath.Join("..", "..", root)
	}
	total := measure(t, root)
	t.Logf("%s: precision %.2f recall %.2f (%d of %d flags true, %d of %d disagreements found)",
		root, total.Precision(), total.Recall(), total.True, total.Flags, total.Found, total.Expected)
}

// TestStoriesWellFormed checks the stories themselves: every expected.yaml
// loads, lists exactly its folder's articles and their languages, and
// every value is found verbatim in its file's body.
func TestStoriesWellFormed(t *testing.T) {
	for _, root := range []string{"stories"} {
		t.Run(root, func(t *testing.T) { wellFormed(t, filepath.Join(moduleRoot(t), "testdata", root)) })
	}
}

// wellFormed checks the stories under root (see TestStoriesWellFormed).
func wellFormed(t *testing.T, root string) {
	dirs := storyDirs(t, root)
	if len(dirs) < 8 {
		t.Errorf("got %d stories\nwant at least 8", len(dirs))
	}
	mixed := 0
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			exp, err := LoadExpected(filepath.Join(dir, "expected.yaml"))
			if err != nil {
				t.Fatal(err)
			}
			if exp.Cluster != filepath.Base(dir) {
				t.Errorf("got cluster %q\nwant %q", exp.Cluster, filepath.Base(dir))
			}
			var docs []*claims.Document
			loader := corpus.Loader{Packs: builtin.Packs()}
			if errs := loader.Load([]string{dir}, func(d *claims.Document) { docs = append(docs, d) }); len(errs) > 0 {
				t.Fatal(joinErrors(errs))
			}
			texts := TextsOf(docs)
			langs := map[string]bool{}
			var names []string
			for _, d := range docs {
				names = append(names, d.ID)
				if d.LanguageInferred {
					t.Errorf("%s: no language in the front matter", d.ID)
				}
				langs[d.Language] = true
			}
			if len(names) < 2 || len(names) > 4 {
				t.Errorf("got %d articles\nwant 2 to 4", len(names))
			}
			if !slices.Equal(names, exp.Files) {
				t.Errorf("got files %q\nwant %q", exp.Files, names)
			}
			for _, l := range exp.Languages {
				if !langs[l] {
					t.Errorf("language %q is listed but no article is in it", l)
				}
			}
			if len(langs) != len(exp.Languages) {
				t.Errorf("got languages %q\nwant those of the articles, %v", exp.Languages, langs)
			}
			if langs["en"] && langs["id"] {
				mixed++
			}
			if err := Locate(exp, texts); err != nil {
				t.Error(err)
			}
		})
	}
	if mixed < 2 {
		t.Errorf("got %d stories mixing English and Indonesian\nwant at least 2", mixed)
	}
}

// corpusRoot is the folder of the development clusters ("dev") or of the
// project's stories ("stories"); false, logged, when it is absent.
func corpusRoot(t *testing.T, name string) (string, bool) {
	t.Helper()
	root := filepath.Join(moduleRoot(t), "testdata", "stories")
	if name == "dev" {
		root = filepath.Join(moduleRoot(t), "..", "shared", "corpus", "dev")
	}
	if _, err := os.Stat(root); errors.Is(err, os.ErrNotExist) {
		t.Logf("%s is absent", root)
		return "", false
	}
	return root, true
}

// TestTogether checks the development clusters, and the project's
// stories, each read in one run with stories found automatically and by
// folder: a folder's findings must hold as when it is read alone, and no
// finding may mix stories.
func TestTogether(t *testing.T) {
	for _, name := range []string{"dev", "stories"} {
		root, ok := corpusRoot(t, name)
		if !ok {
			continue
		}
		totals := map[pipeline.Grouping]Result{}
		for _, g := range []pipeline.Grouping{pipeline.GroupAuto, pipeline.GroupFolder} {
			runs, mixed, err := RunTogether(storyDirs(t, root), g)
			if err != nil {
				t.Fatal(err)
			}
			var total Result
			for _, r := range runs {
				total.Add(r.Result)
			}
			totals[g] = total
			t.Logf("%s together, stories %s: precision %.2f recall %.2f (%d of %d flags true, %d of %d found), %d findings mixing stories",
				name, g, total.Precision(), total.Recall(), total.True, total.Flags, total.Found, total.Expected, mixed)
			if mixed > 0 {
				t.Errorf("%s together, stories %s: %d findings mix stories", name, g, mixed)
			}
		}
		auto, folder := totals[pipeline.GroupAuto], totals[pipeline.GroupFolder]
		if auto.Precision() < folder.Precision() || auto.Recall() < folder.Recall() {
			t.Errorf("%s together: stories auto scores %.2f/%.2f, below folders' %.2f/%.2f",
				name, auto.Precision(), auto.Recall(), folder.Precision(), folder.Recall())
		}
	}
}
