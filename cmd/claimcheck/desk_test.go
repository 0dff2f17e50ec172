package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// deskStory is the folder of the desk story, from this package's folder.
var deskStory = filepath.Join("..", "..", "testdata", "desk")

// TestLostSide reproduces the lost side of issue 15: three articles say
// "At least 40 died", "sedikitnya 25 orang tewas" and "40 orang tewas".
// compare makes an agreement of the two 40s and puts the ≥ 25 claim, which
// is only compatible with them, in no finding; every report must still
// reach all three claims.
func TestLostSide(t *testing.T) {
	texts := []string{"At least 40 people died", "Sedikitnya 25 orang tewas", "40 orang tewas"}
	for _, args := range [][]string{
		{"check", "--format", "markdown"},
		{"check", "--format", "html"},
		{"check", "--all"},
		{"check", "--format", "markdown", "--all"},
		{"check", "--format", "html", "--all"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			_, stdout, _ := runCLI(t, "", append(args, deskStory)...)
			flat := strings.Join(strings.Fields(stdout), " ")
			for _, text := range texts {
				if !strings.Contains(flat, text) {
					t.Errorf("%q is not in the report", text)
				}
			}
		})
	}
	_, stdout, _ := runCLI(t, "", "check", "--format", "json", deskStory)
	var rep struct {
		Findings []struct {
			Key                     string
			Sides, Support, Related []struct{ Text string }
		}
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, f := range rep.Findings {
		for _, l := range [][]struct{ Text string }{f.Sides, f.Support, f.Related} {
			for _, c := range l {
				found[c.Text] = true
			}
		}
	}
	for _, text := range texts {
		if !found[text] {
			t.Errorf("JSON: %q is in no finding's sides, support or related claims", text)
		}
	}
}

// TestGitHubCapAndSummary: --format github with a cap of one error, and
// the job summary appended to $GITHUB_STEP_SUMMARY.
func TestGitHubCapAndSummary(t *testing.T) {
	summary := filepath.Join(t.TempDir(), "summary.md")
	if err := os.WriteFile(summary, []byte("earlier step\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"GITHUB_STEP_SUMMARY": summary}
	t.Chdir(filepath.Join("..", ".."))
	code, stdout, stderr := runCLIEnv(t, env, "check", "--format", "github", "--max-annotations", "1", "--fail-on", "compatible", "testdata/desk")
	if code != exitFindings {
		t.Errorf("exit %d, want %d\n%s", code, exitFindings, stderr)
	}
	data, err := os.ReadFile(summary)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(data), "earlier step\n## claimcheck\n") {
		t.Errorf("the summary is not appended:\n%s", data)
	}
	golden(t, ".", "check-desk-capped.github.txt", stdout, false)
	golden(t, ".", "check-desk-summary.md", strings.TrimPrefix(string(data), "earlier step\n"), false)
	if e, w := strings.Count(stdout, "::error "), strings.Count(stdout, "::warning "); e != 1 || w != 1 {
		t.Errorf("%d errors and %d warnings, want 1 of each", e, w)
	}
	if !strings.Contains(stdout, "::notice title=claimcheck::") {
		t.Errorf("no notice counting what the cap left out:\n%s", stdout)
	}
}

func TestCompletion(t *testing.T) {
	for _, shell := range []string{"bash", "zsh", "fish", "powershell"} {
		t.Run(shell, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "", "completion", shell)
			if code != exitOK || !strings.Contains(stdout, "claimcheck") || len(stdout) < 500 {
				t.Errorf("exit %d, %d bytes of script\n%s", code, len(stdout), stderr)
			}
		})
	}
	tests := []struct {
		Name string
		Args []string
		Want []string
	}{
		{"formats", []string{"check", "--format", ""}, []string{"table", "json", "csv", "markdown", "html", "github"}},
		{"fail-on", []string{"check", "--fail-on", ""}, []string{"conflict", "compatible", "any", "none"}},
		{"severities", []string{"check", "--min-severity", ""}, []string{"info", "low", "medium", "high", "critical"}},
		{"claims formats", []string{"claims", "--format", ""}, []string{"table", "json", "csv"}},
		{"commands", []string{""}, []string{"check", "claims", "baseline", "completion"}},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			code, stdout, _ := runCLI(t, "", append([]string{"__complete"}, tt.Args...)...)
			if code != exitOK {
				t.Fatalf("exit %d", code)
			}
			var got []string
			for _, l := range strings.Split(stdout, "\n") {
				if l != "" && !strings.HasPrefix(l, ":") {
					name, _, _ := strings.Cut(l, "\t")
					got = append(got, name)
				}
			}
			for _, w := range tt.Want {
				if !strings.Contains(strings.Join(got, " ")+" ", w+" ") {
					t.Errorf("%q not completed; got %q", w, got)
				}
			}
		})
	}
}

// TestConfig: .claimcheck.yaml found from the working directory upward
// sets flag defaults (the command line wins) and ignores findings by key
// or ID; a flag the command lacks is a usage error naming the file.
func TestConfig(t *testing.T) {
	root := t.TempDir()
	work := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(work, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(s string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(root, ConfigFile), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	story, err := filepath.Abs(deskStory)
	if err != nil {
		t.Fatal(err)
	}
	runIn := func(args ...string) (int, string, string) {
		var out, errOut bytes.Buffer
		code := run(args, &Streams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut, Dir: work})
		return code, out.String(), errOut.String()
	}
	write("check:\n  format: csv\n  fail-on: none\n  quiet: true\n")
	code, stdout, stderr := runIn("check", story)
	if code != exitOK || !strings.HasPrefix(stdout, "finding,kind,") || stderr != "" {
		t.Errorf("defaults: exit %d, stdout %.40q, stderr %q\nwant 0, CSV, nothing", code, stdout, stderr)
	}
	if code, stdout, _ := runIn("check", "--format", "json", "--fail-on", "conflict", story); code != exitFindings || !strings.HasPrefix(stdout, "{") {
		t.Errorf("flags win: exit %d, stdout %.20q", code, stdout)
	}
	write("check:\n  format: json\n  quiet: true\nignore:\n  - key: \"quantity|displaced*\"\n    reason: the desk knows the shelters disagree\n")
	code, stdout, _ = runIn("check", story)
	var rep struct {
		Summary  struct{ Suppressed int }
		Findings []struct{ ID, Key string }
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil || len(rep.Findings) == 0 {
		t.Fatalf("%v: %s", err, stdout)
	}
	for _, f := range rep.Findings {
		if strings.HasPrefix(f.Key, "quantity|displaced") {
			t.Errorf("ignore by key: finding %s (%s) still reported", f.ID, f.Key)
		}
	}
	if code != exitOK || rep.Summary.Suppressed != 2 {
		t.Errorf("ignore by key: exit %d, %d suppressed; want 0 and 2", code, rep.Summary.Suppressed)
	}
	write("check:\n  format: json\n  quiet: true\nignore:\n  - id: " + rep.Findings[0].ID + "\n")
	if _, stdout, _ := runIn("check", story); strings.Contains(stdout, rep.Findings[0].ID) {
		t.Errorf("ignore by id: finding %s still reported", rep.Findings[0].ID)
	}
	write("check:\n  formt: csv\n")
	if code, _, stderr := runIn("check", story); code != exitError || !strings.Contains(stderr, "check has no flag --formt") || !strings.Contains(stderr, ConfigFile) {
		t.Errorf("unknown flag: exit %d, stderr %q", code, stderr)
	}
	write("ignore:\n  - reason: nothing to match\n")
	if code, _, stderr := runIn("check", story); code != exitError || !strings.Contains(stderr, "needs id or key") {
		t.Errorf("empty rule: exit %d, stderr %q", code, stderr)
	}
	if code, _, stderr := runIn("check", "--config", filepath.Join(root, "none.yaml"), story); code != exitError || !strings.Contains(stderr, "does not exist") {
		t.Errorf("--config missing: exit %d, stderr %q", code, stderr)
	}
}

// TestWarnings: a misspelt front-matter field is a warning on stderr, not
// a rejection.
func TestWarnings(t *testing.T) {
	code, _, stderr := runCLI(t, "", "check", "--fail-on", "none", deskStory)
	if code != exitOK {
		t.Errorf("exit %d, want 0\n%s", code, stderr)
	}
	if !strings.Contains(stderr, `warning: `) || !strings.Contains(stderr, `unknown field "sorce" (did you mean "source"?)`) {
		t.Errorf("no warning:\n%s", stderr)
	}
	if _, _, stderr := runCLI(t, "", "check", "-q", "--fail-on", "none", deskStory); stderr != "" {
		t.Errorf("--quiet: stderr %q", stderr)
	}
}
