package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
	"github.com/claimcheck/claimcheck/report"
	"github.com/claimcheck/claimcheck/report/baseline"
	"github.com/claimcheck/claimcheck/report/reporttest"
	"github.com/sergi/go-diff/diffmatchpatch"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/cli/")

// runCLI runs the program with buffers for streams, as a pipe would.
func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, &Streams{In: strings.NewReader(stdin), Out: &out, ErrOut: &errOut})
	return code, out.String(), errOut.String()
}

// runCLIEnv runs the program with an environment.
func runCLIEnv(t *testing.T, env map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, &Streams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut, Getenv: func(k string) string { return env[k] }})
	return code, out.String(), errOut.String()
}

func TestUsage(t *testing.T) {
	tests := []struct {
		Name     string
		Args     []string
		Code     int
		Stdout   string // a part of it
		Stderr   string
		NoStderr bool
	}{
		{"no command", []string{}, 0, "claimcheck reads news articles", "", true},
		{"version", []string{"--version"}, 0, "claimcheck ", "", true},
		{"check help teaches", []string{"check", "--help"}, 0, "Examples:\n  # the findings table for the seed articles", "", true},
		{"check help lists exit codes", []string{"check", "--help"}, 0, "Exit status: 0 when no finding", "", true},
		{"claims help", []string{"claims", "--help"}, 0, "quantity|troops|actor=north-korea", "", true},
		{"baseline help", []string{"baseline", "--help"}, 0, "claimcheck-baseline/v1", "", true},
		{"check without paths", []string{"check"}, 2, "", "check needs at least one PATH", false},
		{"claims without paths", []string{"claims"}, 2, "", "claims needs at least one PATH", false},
		{"unknown flag", []string{"check", "--bogus", "x"}, 2, "", "unknown flag: --bogus", false},
		{"unknown format", []string{"check", "--format", "xml", "x"}, 2, "", `unknown format "xml"`, false},
		{"claims format html", []string{"claims", "--format", "html", "x"}, 2, "", `unknown format "html" for claims`, false},
		{"claims explain with a format", []string{"claims", "--explain", "--format", "json", "x"}, 2, "", "--explain writes its own listing", false},
		{"unknown fail-on", []string{"check", "--fail-on", "some", "x"}, 2, "", `--fail-on "some": want one of conflict, compatible, any, none`, false},
		{"unknown severity", []string{"check", "--min-severity", "huge", "x"}, 2, "", `unknown severity "huge"`, false},
		{"baseline without output", []string{"baseline", "x"}, 2, "", "baseline needs --output FILE", false},
		{"missing baseline file", []string{"check", "--baseline", "no/such/file.json", "x"}, 2, "", "--baseline: open no/such/file.json", false},
		{"unknown command", []string{"chek", "x"}, 2, "", `unknown command "chek"`, false},
		{"a usage error points at the command's help", []string{"check", "--bogus", "x"}, 2, "", "Run 'claimcheck check --help' for usage.", false},
		{"claims usage error", []string{"claims", "--format", "pdf", "x"}, 2, "", "Run 'claimcheck claims --help' for usage.", false},
		{"root usage error", []string{"chek"}, 2, "", "Run 'claimcheck --help' for usage.", false},
		{"negative max-annotations is no cap", []string{"check", "--max-annotations", "x", "x"}, 2, "", `invalid argument "x" for "--max-annotations"`, false},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "", tt.Args...)
			if code != tt.Code {
				t.Errorf("exit code: got %d\nwant %d\nstderr: %s", code, tt.Code, stderr)
			}
			if !strings.Contains(stdout, tt.Stdout) {
				t.Errorf("stdout: got %q\nwant it to contain %q", stdout, tt.Stdout)
			}
			if !strings.Contains(stderr, tt.Stderr) {
				t.Errorf("stderr: got %q\nwant it to contain %q", stderr, tt.Stderr)
			}
			if tt.NoStderr && stderr != "" {
				t.Errorf("stderr: got %q\nwant nothing", stderr)
			}
		})
	}
}

// TestRejectedInput: an input that cannot be read is listed with its
// reason and makes the exit code 2, while the rest is still reported.
func TestRejectedInput(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("Floods hit the town on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, "", "check", "--format", "json", good, filepath.Join(dir, "missing.txt"))
	if code != exitError {
		t.Errorf("exit code: got %d\nwant %d", code, exitError)
	}
	if !strings.Contains(stderr, "rejected: "+filepath.Join(dir, "missing.txt")) {
		t.Errorf("stderr does not list the missing file:\n%s", stderr)
	}
	if !strings.Contains(stderr, "1 document read, 1 rejected") {
		t.Errorf("stderr has no summary:\n%s", stderr)
	}
	var doc struct {
		Schema    string            `json:"schema"`
		Documents []json.RawMessage `json:"documents"`
		Errors    []json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, stdout)
	}
	if doc.Schema != "claimcheck/v1" || len(doc.Documents) != 1 || len(doc.Errors) != 1 {
		t.Errorf("got schema %q, %d documents, %d errors\nwant claimcheck/v1, 1, 1", doc.Schema, len(doc.Documents), len(doc.Errors))
	}
}

func TestStdinAndQuiet(t *testing.T) {
	code, _, stderr := runCLI(t, "Floods hit the town on Monday.\n", "check", "--quiet", "-")
	if code != exitOK {
		t.Errorf("exit code: got %d\nwant %d", code, exitOK)
	}
	if stderr != "" {
		t.Errorf("--quiet: got stderr %q\nwant nothing", stderr)
	}
}

func TestOutputFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "report.csv")
	code, stdout, _ := runCLI(t, "Floods hit the town on Monday.\n", "check", "--format", "csv", "--output", out, "-")
	if code != exitOK {
		t.Errorf("exit code: got %d\nwant %d", code, exitOK)
	}
	if stdout != "" {
		t.Errorf("stdout: got %q\nwant nothing (the report went to --output)", stdout)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(data), strings.Join(report.CSVHeader, ",")+"\r\n") {
		t.Errorf("--output file does not start with the CSV header:\n%s", data)
	}
}

func fixtureResult(t *testing.T) *pipeline.Result {
	t.Helper()
	res, err := reporttest.Result()
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestExitCodes runs the end of a check on fixed findings (a high conflict,
// a medium spelling conflict, an info agreement and one rejected input).
func TestExitCodes(t *testing.T) {
	tests := []struct {
		Name        string
		FailOn      string
		MinSeverity compare.Severity
		NoErrors    bool
		Want        int
	}{
		{"rejected input wins", "conflict", compare.Info, false, exitError},
		{"conflicts fail", "conflict", compare.Info, true, exitFindings},
		{"none never fails", "none", compare.Info, true, exitOK},
		{"any fails on agreement", "any", compare.Info, true, exitFindings},
		{"min-severity leaves out the conflicts", "conflict", compare.Critical, true, exitOK},
		{"min-severity keeps the high conflict", "conflict", compare.High, true, exitFindings},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			res := fixtureResult(t)
			if tt.NoErrors {
				res.Errors = nil
			}
			var out, errOut bytes.Buffer
			s := &Streams{Out: &out, ErrOut: &errOut}
			err := checkResult(&checkOptions{Format: "table", FailOn: tt.FailOn, MinSeverity: tt.MinSeverity}, nil, res, s, nil)
			if got := exitCode(err, "", io.Discard); got != tt.Want {
				t.Errorf("got %d\nwant %d (error %v)", got, tt.Want, err)
			}
		})
	}
}

// TestBaselineRoundTripFixed: baseline fixed findings, check exits 0; add
// a contradicting side, exits 1 and lists only that finding; reorder the
// findings and change white space, still 0.
func TestBaselineRoundTripFixed(t *testing.T) {
	base := fixtureResult(t)
	var buf bytes.Buffer
	if err := baseline.New(base.Findings).Write(&buf); err != nil {
		t.Fatal(err)
	}
	accepted, err := baseline.Read(&buf, "baseline.json")
	if err != nil {
		t.Fatal(err)
	}
	check := func(res *pipeline.Result) (int, []string) {
		t.Helper()
		res.Errors = nil
		var out bytes.Buffer
		err := checkResult(&checkOptions{Format: "csv", FailOn: "conflict"}, accepted, res, &Streams{Out: &out, ErrOut: io.Discard}, nil)
		recs, rerr := csv.NewReader(&out).ReadAll()
		if rerr != nil {
			t.Fatal(rerr)
		}
		var topics []string
		for _, rec := range recs[1:] {
			topics = append(topics, rec[5])
		}
		return exitCode(err, "", io.Discard), topics
	}

	if code, topics := check(fixtureResult(t)); code != exitOK || len(topics) != 0 {
		t.Errorf("unchanged: got exit %d, findings %q\nwant 0, none", code, topics)
	}

	res := fixtureResult(t)
	for i := range res.Findings {
		if res.Findings[i].Kind == claims.ClaimQuantity && res.Findings[i].Sides[0].Subject == "deaths" {
			c := *res.Findings[i].Sides[1]
			c.Doc, c.Text = "new-outlet.txt", "More than 900 people died"
			q := *c.Quantity
			q.Lo, q.Value = 900, 900
			c.Quantity = &q
			res.Findings[i].Sides = append(res.Findings[i].Sides, &c)
		}
	}
	code, topics := check(res)
	if code != exitFindings {
		t.Errorf("contradicting side: got exit %d\nwant %d", code, exitFindings)
	}
	for _, topic := range topics {
		if topic != "Deaths in Lestari" {
			t.Errorf("contradicting side: reported %q, want only the deaths finding", topic)
		}
	}
	if len(topics) == 0 {
		t.Errorf("contradicting side: nothing reported")
	}

	res = fixtureResult(t)
	for i, j := 0, len(res.Findings)-1; i < j; i, j = i+1, j-1 {
		res.Findings[i], res.Findings[j] = res.Findings[j], res.Findings[i]
	}
	for _, f := range res.Findings {
		for _, c := range f.Sides {
			c.Text = strings.ReplaceAll(c.Text, " ", "\n ")
			c.Span.Start += 9
			c.Span.End += 11
		}
	}
	if code, topics := check(res); code != exitOK {
		t.Errorf("reordered and re-spaced: got exit %d, findings %q\nwant 0", code, topics)
	}
}

// golden compares got with testdata/cli/name at the repository root, or
// rewrites it with -update. An optional file that does not exist skips the
// test.
func golden(t *testing.T, root, name string, got string, optional bool) {
	t.Helper()
	path := filepath.Join(root, "testdata", "cli", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) && optional {
		// A story added by someone else waits for its golden file rather
		// than failing everyone's build.
		t.Skipf("no golden file %s yet: go test ./cmd/claimcheck -update creates it", path)
	}
	if err != nil {
		t.Fatalf("%v (go test ./cmd/claimcheck -update creates it)", err)
	}
	if got != string(want) {
		dmp := diffmatchpatch.New()
		a, b, lines := dmp.DiffLinesToChars(string(want), got)
		var d strings.Builder
		for _, x := range dmp.DiffCharsToLines(dmp.DiffMain(a, b, false), lines) {
			prefix := "  "
			switch x.Type {
			case diffmatchpatch.DiffInsert:
				prefix = "+ "
			case diffmatchpatch.DiffDelete:
				prefix = "- "
			}
			for _, l := range strings.SplitAfter(x.Text, "\n") {
				if l != "" {
					d.WriteString(prefix + l)
				}
			}
		}
		t.Errorf("%s differs (-want +got; go test ./cmd/claimcheck -update rewrites it):\n%s", path, d.String())
	}
}

// TestGoldenCLI pins what the commands print on the seeds and on the test
// stories, run from the repository root as a user would.
func TestGoldenCLI(t *testing.T) {
	t.Chdir(filepath.Join("..", ".."))
	tests := []struct {
		Name     string
		Args     []string
		File     string
		Optional bool
	}{
		{"check seeds", []string{"check", "seeds"}, "check-seeds.txt", false},
		{"check seeds json", []string{"check", "--format", "json", "seeds"}, "check-seeds.json", false},
		{"check seeds csv", []string{"check", "--format", "csv", "seeds"}, "check-seeds.csv", false},
		{"check seeds markdown", []string{"check", "--format", "markdown", "seeds"}, "check-seeds.md", false},
		{"check seeds html", []string{"check", "--format", "html", "seeds"}, "check-seeds.html", false},
		{"check seeds github", []string{"check", "--format", "github", "seeds"}, "check-seeds.github.txt", false},
		{"claims seeds json", []string{"claims", "--format", "json", "seeds"}, "claims-seeds.json", false},
		{"claims seeds", []string{"claims", "seeds"}, "claims-seeds.txt", false},
		{"claims explain seeds", []string{"claims", "--explain", "seeds"}, "claims-explain-seeds.txt", false},
		{"claims explain frames", []string{"claims", "--explain", "testdata/stories/natuna-vessels-2024"}, "claims-explain-natuna.txt", false},
		{"claims quantities en", []string{"claims", "testdata/quantities/sentences.txt"}, "claims-quantities-en.txt", false},
		{"claims quantities id", []string{"claims", "testdata/quantities/kalimat.txt"}, "claims-quantities-id.txt", false},
		// The desk story: YAML, TOML and HTML inputs, a formula-looking
		// source, a misspelt field, a conflict of three sides, agreements
		// and a claim that compare leaves out of its agreement.
		{"check desk", []string{"check", "testdata/desk"}, "check-desk.txt", false},
		{"check desk all", []string{"check", "--all", "testdata/desk"}, "check-desk-all.txt", false},
		{"check desk narrow", []string{"check", "--all", "testdata/desk"}, "check-desk-narrow.txt", false},
		{"check desk json", []string{"check", "--format", "json", "testdata/desk"}, "check-desk.json", false},
		{"check desk csv", []string{"check", "--format", "csv", "testdata/desk"}, "check-desk.csv", false},
		{"check desk markdown", []string{"check", "--format", "markdown", "testdata/desk"}, "check-desk.md", false},
		{"check desk html", []string{"check", "--format", "html", "testdata/desk"}, "check-desk.html", false},
		{"check desk github", []string{"check", "--format", "github", "testdata/desk"}, "check-desk.github.txt", false},
		{"claims desk", []string{"claims", "testdata/desk"}, "claims-desk.txt", false},
	}
	stories, _ := filepath.Glob(filepath.Join("testdata", "stories", "*"))
	for _, dir := range stories {
		if info, err := os.Stat(dir); err != nil || !info.IsDir() {
			continue
		}
		name := filepath.Base(dir)
		tests = append(tests, struct {
			Name     string
			Args     []string
			File     string
			Optional bool
		}{"check " + name, []string{"check", dir}, "check-" + name + ".txt", true})
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			columns := ""
			if strings.HasSuffix(tt.Name, "narrow") {
				columns = "64"
			}
			code, stdout, stderr := runCLIEnv(t, map[string]string{"COLUMNS": columns}, tt.Args...)
			if code == exitError {
				t.Errorf("exit code 2; stderr:\n%s", stderr)
			}
			golden(t, ".", tt.File, stdout+"--- stderr (exit "+string(rune('0'+code))+")\n"+stderr, tt.Optional)
		})
	}
}

// contradiction is an article of our own that gives a third figure for the
// seeds' North Korean troops.
const contradiction = `---
source: Test Wire
published: 2024-11-20
language: en
---
Ukraine's military intelligence said 20,000 North Korean troops had been sent to Russia.
`

// TestBaselineRoundTripCLI: baseline the seeds, check exits 0; add an
// article that contradicts a figure, check exits 1 and lists only the new
// finding; reorder and re-save the files, still 0.
func TestBaselineRoundTripCLI(t *testing.T) {
	seeds, err := filepath.Glob(filepath.Join("..", "..", "seeds", "*.txt"))
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	if err := os.Mkdir(corpus, 0o755); err != nil {
		t.Fatal(err)
	}
	var copies []string
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(corpus, filepath.Base(s))
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		copies = append(copies, p)
	}
	base := filepath.Join(dir, "baseline.json")
	if code, _, stderr := runCLI(t, "", "baseline", corpus, "--output", base); code != exitOK {
		t.Fatalf("baseline: exit %d\n%s", code, stderr)
	}
	if code, _, _ := runCLI(t, "", "check", corpus); code != exitFindings {
		t.Skipf("the pipeline finds no conflict in the seeds yet (exit %d): nothing to baseline", code)
	}
	unrelated := filepath.Join(dir, "unrelated.txt")
	if err := os.WriteFile(unrelated, []byte("Heavy rain closed two schools in the town on Monday, officials said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, stdout, stderr := runCLI(t, "", "check", "--baseline", base, unrelated, corpus); code != exitOK {
		t.Errorf("baselined seeds and an unrelated article: got exit %d\nwant 0\n%s%s", code, stdout, stderr)
	}

	// The new article joins the seeds' folder: a folder is one story.
	newArticle := filepath.Join(corpus, "new.txt")
	if err := os.WriteFile(newArticle, []byte(contradiction), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, "", "check", "--format", "json", "--baseline", base, corpus)
	if code != exitFindings {
		t.Errorf("with a contradicting article: got exit %d\nwant 1\n%s", code, stderr)
	}
	var rep struct {
		Findings []struct {
			Sides []struct {
				Doc string `json:"doc"`
			} `json:"sides"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != 1 {
		t.Fatalf("with a contradicting article: got %d findings\nwant only the new one\n%s", len(rep.Findings), stdout)
	}
	found := false
	for _, s := range rep.Findings[0].Sides {
		found = found || s.Doc == "new.txt"
	}
	if !found {
		t.Errorf("the reported finding has no side from new.txt:\n%s", stdout)
	}

	// Re-save the seeds with Windows line ends and trailing spaces, and
	// name them in the reverse order.
	if err := os.Remove(newArticle); err != nil {
		t.Fatal(err)
	}
	var args []string
	for i := len(copies) - 1; i >= 0; i-- {
		data, err := os.ReadFile(copies[i])
		if err != nil {
			t.Fatal(err)
		}
		resaved := strings.ReplaceAll(string(data), "\n", " \r\n")
		if err := os.WriteFile(copies[i], []byte(resaved), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, copies[i])
	}
	if code, stdout, stderr := runCLI(t, "", append([]string{"check", "--baseline", base}, args...)...); code != exitOK {
		t.Errorf("reordered and re-saved: got exit %d\nwant 0\n%s%s", code, stdout, stderr)
	}
}

// TestStoriesFlag: an article in another folder that reports the seeds'
// story joins it when stories are found (the default), is a story of its
// own under --stories folder, and is compared with everything under
// --stories one and the former --one-story.
func TestStoriesFlag(t *testing.T) {
	newArticle := filepath.Join(t.TempDir(), "new.txt")
	if err := os.WriteFile(newArticle, []byte(contradiction), 0o644); err != nil {
		t.Fatal(err)
	}
	seeds := filepath.Join("..", "..", "seeds")
	sidesFromNew := func(args ...string) int {
		t.Helper()
		code, stdout, stderr := runCLI(t, "", append([]string{"check", "--format", "csv"}, args...)...)
		if code == exitError {
			t.Fatalf("%v: exit %d\n%s", args, code, stderr)
		}
		return strings.Count(stdout, ",new.txt,")
	}
	if n := sidesFromNew(seeds); n != 0 {
		t.Fatalf("seeds alone mention new.txt %d times", n)
	}
	for _, c := range []struct {
		args []string
		want bool
	}{
		{[]string{seeds, newArticle}, true},
		{[]string{"--stories", "auto", seeds, newArticle}, true},
		{[]string{"--stories", "folder", seeds, newArticle}, false},
		{[]string{"--stories", "one", seeds, newArticle}, true},
		{[]string{"--one-story", seeds, newArticle}, true},
	} {
		if n := sidesFromNew(c.args...); (n > 0) != c.want {
			t.Errorf("%v: new.txt is in %d pairs, want some: %v", c.args, n, c.want)
		}
	}
	if code, _, stderr := runCLI(t, "", "check", "--stories", "by-date", seeds); code != exitError || !strings.Contains(stderr, "--stories") {
		t.Errorf("--stories by-date: exit %d, stderr %q; want a usage error naming the flag", code, stderr)
	}
}

func TestSkippedFilesAreReported(t *testing.T) {
	dir := t.TempDir()
	article := "---\nsource: A\nlanguage: en\n---\nOfficials said 12 people died.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "photo.png"), []byte{0x89, 'P', 'N', 'G'}, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI(t, "", "check", "-q", dir)
	if code != 0 || !strings.Contains(stderr, "skipped: "+filepath.Join(dir, "photo.png")) {
		t.Errorf("exit %d, stderr %q; want 0 and the skipped photo named", code, stderr)
	}
}

// TestOwnReportNotReread: the HTML, Markdown and table reports a check writes
// into the folder it checks are skipped by the next check, which finds
// what the first found.
func TestOwnReportNotReread(t *testing.T) {
	dir := t.TempDir()
	for name, src := range map[string]string{
		"a.txt": "---\nsource: A\nlanguage: en\n---\nOfficials said 12 people died in the flood.\n",
		"b.txt": "---\nsource: B\nlanguage: en\n---\nOfficials said 40 people died in the flood.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, first, _ := runCLI(t, "", "check", "-q", "-f", "csv", dir)
	reports := map[string]string{"html": "report.html", "md": "report.md", "table": "report.txt"}
	for f, name := range reports {
		if code, _, stderr := runCLI(t, "", "check", "-q", "-f", f, "-o", filepath.Join(dir, name), dir); code != 1 {
			t.Fatalf("check -f %s: exit %d, %s", f, code, stderr)
		}
	}
	code, again, stderr := runCLI(t, "", "check", "-q", "-f", "csv", dir)
	if code != 1 || again != first {
		t.Errorf("exit %d, findings\n%s\nwant 1 and the first run's\n%s", code, again, first)
	}
	for _, name := range reports {
		if !strings.Contains(stderr, "skipped: "+filepath.Join(dir, name)+": a report claimcheck wrote") {
			t.Errorf("stderr %q\nwant %s skipped as claimcheck's own", stderr, name)
		}
	}
}

// TestBaselineArgumentOrder: folders that share file names keep their
// document IDs, and so their accepted findings, whatever the order of the
// arguments and when an unrelated folder or file is added before them.
func TestBaselineArgumentOrder(t *testing.T) {
	dir := t.TempDir()
	for _, s := range []string{"s1", "s2"} {
		write := func(name, source string, n int) {
			body := fmt.Sprintf("---\nsource: %s\nlanguage: en\n---\nOfficials said %d people died in the flood on Monday.\n", source, n)
			if err := os.MkdirAll(filepath.Join(dir, s), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, s, name), []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		write("01.txt", "A", 12)
		write("02.txt", "B", 40)
	}
	s0 := filepath.Join(dir, "s0")
	if err := os.Mkdir(s0, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(s0, "01.txt"), []byte("Heavy rain closed two schools, officials said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s1, s2 := filepath.Join(dir, "s1"), filepath.Join(dir, "s2")
	base := filepath.Join(dir, "baseline.json")
	if code, _, stderr := runCLI(t, "", "baseline", "-q", s1, s2, "--output", base); code != exitOK {
		t.Fatalf("baseline: exit %d\n%s", code, stderr)
	}
	for _, args := range [][]string{{s2, s1}, {s0, s1, s2}, {s2, s0, s1}, {filepath.Join(s0, "01.txt"), s2, s1}} {
		if code, stdout, _ := runCLI(t, "", append([]string{"check", "-q", "--baseline", base}, args...)...); code != exitOK {
			t.Errorf("check %q after baseline s1 s2: got exit %d\nwant 0\n%s", args, code, stdout)
		}
	}
}

// TestMaxSize: --max-size as its help says: a limit in binary units, 0 or
// none for no limit, a size under one byte refused.
func TestMaxSize(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(p, []byte("Officials said 12 people died in the flood on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		Name, Size string
		Code       int
		Stderr     string
	}{
		{"under the limit", "1KB", exitOK, "1 document read"},
		{"over the limit", "10", exitError, "over the 10 bytes limit"},
		{"zero is no limit", "0", exitOK, "1 document read"},
		{"none", "none", exitOK, "1 document read"},
		{"under a byte", "0.5", exitError, "--max-size: size \"0.5\""},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", "claims", "--max-size", tt.Size, p)
			if code != tt.Code || !strings.Contains(stderr, tt.Stderr) {
				t.Errorf("got exit %d, stderr %q\nwant %d and %q", code, stderr, tt.Code, tt.Stderr)
			}
		})
	}
}

// TestUnrelatedArticleKeepsBaseline: an article about something else
// dropped into a story's folder makes no finding, so the findings a
// baseline accepted are still all there are.
func TestUnrelatedArticleKeepsBaseline(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"000_3bffe2a6f06d5d47.txt", "003_7cfb101a442e41e1.txt"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "seeds", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	base := filepath.Join(t.TempDir(), "baseline.json")
	if code, _, stderr := runCLI(t, "", "baseline", dir, "--output", base); code != 0 {
		t.Fatalf("baseline: exit %d, %s", code, stderr)
	}
	council := "---\nsource: Town Crier\npublished: 2024-11-18\nlanguage: en\n---\nThe city council met on Monday to discuss library hours.\n"
	if err := os.WriteFile(filepath.Join(dir, "council.txt"), []byte(council), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, "", "check", "--baseline", base, dir)
	if code != 0 {
		t.Errorf("exit %d with the unrelated article, want 0; stdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if !strings.Contains(stderr, "council.txt: shares no name") {
		t.Errorf("stderr %q\nwant a warning naming council.txt", stderr)
	}
}
