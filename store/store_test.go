package store

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
	"github.com/claimcheck/claimcheck/report"
	"github.com/claimcheck/claimcheck/report/baseline"
)

// open opens a new store in the test's folder.
func open(t *testing.T) *SQLite {
	t.Helper()
	st, err := Open(context.Background(), filepath.Join(t.TempDir(), "desk.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// read runs the pipeline on paths without a comparison, keeping texts.
func read(t *testing.T, paths ...string) *pipeline.Result {
	t.Helper()
	res := pipeline.Run(paths, pipeline.Options{KeepText: true})
	if len(res.Errors) > 0 {
		t.Fatalf("reading %v: %v", paths, res.Errors)
	}
	return res
}

// put stores every document of res in story ("" for its folder).
func put(t *testing.T, st Store, res *pipeline.Result, story string) []Outcome {
	t.Helper()
	ctx := context.Background()
	stories, err := StoryOf(ctx, st, res, story)
	if err != nil {
		t.Fatal(err)
	}
	var out []Outcome
	for _, d := range res.Documents {
		var cs []*claims.Claim
		for _, c := range res.AllClaims() {
			if c.Doc == d.ID {
				cs = append(cs, c)
			}
		}
		o, err := st.Put(ctx, &Article{Doc: d, Claims: cs, Story: stories[d.ID], Name: Name(d)})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, o)
	}
	return out
}

// findingsJSON renders res's documents and findings as the JSON report
// does; the loader's warnings are not stored, and are left out.
func findingsJSON(t *testing.T, res *pipeline.Result) string {
	t.Helper()
	f, err := report.New("json")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := f.Format(&b, &pipeline.Result{Documents: res.Documents, Claims: []*claims.Claim{}, Findings: res.Findings,
		Errors: res.Errors, Warnings: []*corpus.Error{}}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func statuses(outs []Outcome) string {
	var s []string
	for _, o := range outs {
		s = append(s, o.Status.String())
	}
	return strings.Join(s, " ")
}

func TestIndexIsIdempotent(t *testing.T) {
	st := open(t)
	if got := statuses(put(t, st, read(t, "../seeds"), "")); got != "added added" {
		t.Errorf("first index: got %q\nwant %q", got, "added added")
	}
	if got := statuses(put(t, st, read(t, "../seeds"), "")); got != "unchanged unchanged" {
		t.Errorf("second index: got %q\nwant %q", got, "unchanged unchanged")
	}
	stories, err := st.Stories(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(stories) != 1 || stories[0].Name != "../seeds" || stories[0].Documents != 2 || stories[0].Claims != 17 {
		t.Errorf("stories: got %+v\nwant one, ../seeds, with 2 documents and 17 claims", stories)
	}
}

// TestStoredFindingsAreFresh checks that a stored story is judged as a
// run over its files is: the claims read back are the claims extracted.
func TestStoredFindingsAreFresh(t *testing.T) {
	for _, dir := range []string{"../seeds", "../testdata/desk/garut-flood"} {
		t.Run(dir, func(t *testing.T) {
			st := open(t)
			put(t, st, read(t, dir), "")
			direct := pipeline.Run([]string{dir}, pipeline.Options{Compare: &compare.Options{}})
			checked, err := Check(context.Background(), st, nil, CheckOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if len(direct.Findings) == 0 {
				t.Fatal("no findings to compare: the test needs a story with findings")
			}
			direct.Sort()
			checked.Result.Sort()
			if got, want := findingsJSON(t, checked.Result), findingsJSON(t, direct); got != want {
				t.Errorf("findings of the stored story differ from a run over its files:\ngot  %s\nwant %s", got, want)
			}
		})
	}
}

func TestReplaceOnEdit(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.txt")
	write := func(text string) {
		if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("JAKARTA: Banjir di Garut menewaskan 12 orang, kata BPBD.\n")
	st := open(t)
	first := put(t, st, read(t, file), "flood")
	write("JAKARTA: Banjir di Garut menewaskan 15 orang, kata BPBD.\n")
	second := put(t, st, read(t, file), "flood")
	if got := statuses(second); got != "replaced" {
		t.Fatalf("after the edit: got %q, want %q", got, "replaced")
	}
	if first[0].ID != second[0].ID {
		t.Errorf("the new version's ID: got %q, want the old one's %q", second[0].ID, first[0].ID)
	}
	set, err := st.Load(context.Background(), "flood")
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Docs) != 1 || set.Docs[0].Version != 2 {
		t.Fatalf("documents after the edit: got %d (version %d), want 1 of version 2", len(set.Docs), set.Docs[0].Version)
	}
	var texts []string
	for _, c := range set.Claims {
		texts = append(texts, c.Text)
	}
	if got := strings.Join(texts, "|"); !strings.Contains(got, "15 orang") || strings.Contains(got, "12 orang") {
		t.Errorf("claims after the edit: got %q, want the new version's (15 orang) only", got)
	}
}

func TestSameIDOtherStory(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"s1/01.txt", "s2/01.txt"} {
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(p)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, p), []byte("Banjir di "+p+" menewaskan 12 orang.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	st := open(t)
	a := put(t, st, read(t, filepath.Join(dir, "s1")), "")
	b := put(t, st, read(t, filepath.Join(dir, "s2")), "")
	if a[0].ID != "01.txt" {
		t.Errorf("first: got ID %q, want 01.txt", a[0].ID)
	}
	if want := filepath.ToSlash(filepath.Join(dir, "s2", "01.txt")); b[0].ID != want {
		t.Errorf("second, of the same ID: got %q, want its path %q", b[0].ID, want)
	}
	set, err := st.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range set.Claims {
		if !strings.HasPrefix(c.ID, c.Doc+"#") {
			t.Errorf("claim %q of document %q: its ID names another document", c.ID, c.Doc)
		}
	}
}

func TestNewArticleMeetsStoredStory(t *testing.T) {
	st := open(t)
	put(t, st, read(t, "../seeds"), "")
	ctx := context.Background()
	checked, err := Check(ctx, st, read(t, "testdata/extra.txt"), CheckOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := checked.Stories["extra.txt"]; got != "../seeds" {
		t.Errorf("story of extra.txt: got %q, want ../seeds (its names)", got)
	}
	var found bool
	for _, f := range checked.Result.Findings {
		if f.Verdict != compare.Conflict {
			continue
		}
		var docs []string
		for _, c := range f.Sides {
			docs = append(docs, c.Doc)
		}
		if strings.Contains(strings.Join(docs, " "), "extra.txt") && strings.Contains(strings.Join(docs, " "), "000_3bffe2a6f06d5d47.txt") {
			found = true
		}
	}
	if !found {
		t.Errorf("no conflict between extra.txt and the stored seed: %s", findingsJSON(t, checked.Result))
	}
	for _, f := range checked.Result.Findings {
		if !holdsAny(&f, map[string]bool{"extra.txt": true}) {
			t.Errorf("finding %s holds no claim of the new article: an old finding was reported", f.Key)
		}
	}
}

func TestCheckLeavesOutTheStoredVersion(t *testing.T) {
	st := open(t)
	put(t, st, read(t, "../seeds"), "")
	checked, err := Check(context.Background(), st, read(t, "../seeds"), CheckOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(checked.Result.Documents); n != 2 {
		t.Errorf("documents compared: got %d, want 2 (the stored versions of the given articles left out)", n)
	}
	if n := len(checked.Result.Findings); n != 2 {
		t.Errorf("findings: got %d, want the 2 of the seeds", n)
	}
}

func TestStoryOf(t *testing.T) {
	st := open(t)
	put(t, st, read(t, "../seeds"), "")
	ctx := context.Background()
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	troops := "North Korea sent 50,000 troops to Russia, Ukraine said. Japan's Takeshi Iwaya visited Kyiv.\n"
	flood := "Banjir di Garut, Jawa Barat, menewaskan 12 orang.\n"
	tests := []struct {
		Name  string
		Paths []string
		Story string
		Want  map[string]string // by file name
	}{
		{"a lone article joins the story it shares names with", []string{write("lone/x.txt", troops)}, "", map[string]string{"x.txt": "../seeds"}},
		{"a lone article sharing nothing keeps its folder", []string{write("other/y.txt", flood)}, "", map[string]string{"y.txt": filepath.ToSlash(filepath.Join(dir, "other"))}},
		{"a folder of new articles is a story", []string{write("new/a.txt", troops), write("new/b.txt", troops)}, "", map[string]string{"a.txt": filepath.ToSlash(filepath.Join(dir, "new")), "b.txt": filepath.ToSlash(filepath.Join(dir, "new"))}},
		{"--story wins", []string{write("z/z.txt", troops)}, "desk", map[string]string{"z.txt": "desk"}},
		{"a stored story's folder", []string{"../seeds/003_7cfb101a442e41e1.txt"}, "", map[string]string{"003_7cfb101a442e41e1.txt": "../seeds"}},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			res := read(t, tt.Paths...)
			got, err := StoryOf(ctx, st, res, tt.Story)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range res.Documents {
				if want := tt.Want[filepath.Base(d.Path)]; got[d.ID] != want {
					t.Errorf("%s: got story %q\nwant %q", d.Path, got[d.ID], want)
				}
			}
		})
	}
}

func TestMigrations(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := openAt(ctx, path, 1) // a store of the first schema, before accepted findings
	if err != nil {
		t.Fatal(err)
	}
	put(t, old, read(t, "../seeds"), "")
	if err := old.Accept(ctx, "seeds", nil); err != nil {
		t.Logf("the first schema has no accepted table, as expected: %v", err)
	}
	old.Close()
	st, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("migrating: %v", err)
	}
	defer st.Close()
	var v int
	if err := st.r.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil || v != SchemaVersion {
		t.Errorf("schema version after Open: got %d (%v), want %d", v, err, SchemaVersion)
	}
	if got := statuses(put(t, st, read(t, "../seeds"), "")); got != "unchanged unchanged" {
		t.Errorf("the documents stored before the migration: got %q, want them unchanged", got)
	}
	pair := baseline.Pair{Fingerprint: "f1", Kind: "quantity", Key: "k", Verdict: "conflict", A: baseline.Side{Doc: "a"}, B: baseline.Side{Doc: "b"}}
	if err := st.Accept(ctx, "seeds", []baseline.Pair{pair, pair}); err != nil {
		t.Fatalf("the migrated store takes accepted pairs: %v", err)
	}
	f, err := st.Accepted(ctx)
	if err != nil || len(f.Pairs) != 1 || f.Schema != baseline.Schema {
		t.Errorf("accepted: got %+v (%v), want the one pair as a baseline file", f, err)
	}
	st.Close()
	if _, err := st.w.ExecContext(ctx, "PRAGMA user_version = 99"); err == nil {
		t.Fatal("a closed store took a statement")
	}
	newer, err := openAt(ctx, path, SchemaVersion)
	if err != nil {
		t.Fatal(err)
	}
	newer.w.ExecContext(ctx, "PRAGMA user_version = 99")
	newer.Close()
	if _, err := Open(ctx, path); err == nil || !strings.Contains(err.Error(), "newer than this claimcheck knows") {
		t.Errorf("a store of a later schema: got %v, want it refused", err)
	}
}

func TestArticleNotFound(t *testing.T) {
	st := open(t)
	if _, _, err := st.Article(context.Background(), "nope.txt"); !errors.Is(err, ErrNotFound) {
		t.Errorf("got %v, want ErrNotFound", err)
	}
	put(t, st, read(t, "../seeds"), "")
	d, cs, err := st.Article(context.Background(), "003_7cfb101a442e41e1.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Doc.Text, "Andriiy Sybiha") || len(cs) == 0 {
		t.Errorf("article: got %d bytes of text and %d claims, want the seed's text and claims", len(d.Doc.Text), len(cs))
	}
	for _, c := range cs {
		if c.Span.Of(d.Doc.Text) != c.Text {
			t.Errorf("claim %s: its span holds %q, want %q", c.ID, c.Span.Of(d.Doc.Text), c.Text)
		}
	}
}
