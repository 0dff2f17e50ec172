//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// hostileCorpus writes a story whose file names and text try to inject
// workflow commands and terminal escapes: two articles that disagree, one
// unreadable (rejected) and one skipped, each named to start a line with
// "::error".
func hostileCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	inject := "x\n::error file=README.md,line=1::injected\x1b[31m"
	files := map[string]string{
		inject + ".txt":              "---\nsource: A\u202eB\nlanguage: en\n---\nOfficials said 12 people died in the flood \x1b]0;pwned\x07 on Monday.\n",
		"b\r::warning::injected.txt": "---\nsource: B\nlanguage: en\n---\nOfficials said 40 people died in the flood on Monday.\n",
		inject + ".png":              "PNG",
		"::error::empty.txt":         "",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Skip("this file system refuses the name:", err)
		}
	}
	return dir
}

// TestHostileNames: whatever a file is named and whatever its text holds,
// no line claimcheck writes to stderr, or to stdout in the github and
// table formats, starts a workflow command it did not mean, or carries a
// control character.
func TestHostileNames(t *testing.T) {
	dir := hostileCorpus(t)
	for _, format := range []string{"github", "table", "markdown"} {
		t.Run(format, func(t *testing.T) {
			_, stdout, stderr := runCLI(t, "", "check", "--format", format, dir)
			for _, l := range lines(stderr) {
				if !hasPrefix(l, "skipped: ", "rejected: ", "warning: ", "claimcheck: ") && !startsWithDigit(l) {
					t.Errorf("stderr line starts with what a file name wrote: %q", l)
				}
			}
			for _, l := range lines(stdout) {
				if format == "github" && !hasPrefix(l, "::error file=", "::warning file=", "::notice title=") {
					t.Errorf("stdout line is no annotation of claimcheck's: %q", l)
				}
			}
			for name, out := range map[string]string{"stdout": stdout, "stderr": stderr} {
				if i := strings.IndexFunc(out, func(r rune) bool { return r < 0x20 && r != '\n' || r == 0x7f || r == '\u202e' }); i >= 0 {
					t.Errorf("%s holds a control character at %d: %q", name, i, out[max(i-20, 0):min(i+20, len(out))])
				}
			}
			if !strings.Contains(stderr, `\n::error file=README.md`) {
				t.Errorf("stderr does not name the hostile file escaped:\n%s", stderr)
			}
		})
	}
}

func lines(s string) []string {
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

func hasPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }
