package report_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/report"
	"github.com/claimcheck/claimcheck/report/reporttest"
	"github.com/sergi/go-diff/diffmatchpatch"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("..", "testdata", "report", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		dmp := diffmatchpatch.New()
		a, b, lines := dmp.DiffLinesToChars(string(want), string(got))
		diffs := dmp.DiffCharsToLines(dmp.DiffMain(a, b, false), lines)
		t.Errorf("%s differs from the golden file (-want +got; go test ./report -update rewrites it):\n%s", path, lineDiff(diffs))
	}
}

func lineDiff(diffs []diffmatchpatch.Diff) string {
	var b strings.Builder
	for _, d := range diffs {
		prefix := "  "
		switch d.Type {
		case diffmatchpatch.DiffInsert:
			prefix = "+ "
		case diffmatchpatch.DiffDelete:
			prefix = "- "
		}
		for _, l := range strings.SplitAfter(d.Text, "\n") {
			if l != "" {
				b.WriteString(prefix + l)
			}
		}
	}
	return b.String()
}

func render(t *testing.T, format string, claimsList bool) []byte {
	t.Helper()
	res, err := reporttest.Result()
	if err != nil {
		t.Fatal(err)
	}
	newF := report.New
	if claimsList {
		newF = report.NewClaims
	}
	f, err := newF(format)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Format(&buf, res); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	tests := []struct {
		Name   string
		Format string
		Claims bool
		File   string
	}{
		{"table", "table", false, "findings.table.txt"},
		{"json", "json", false, "findings.json"},
		{"csv", "csv", false, "findings.csv"},
		{"markdown", "markdown", false, "findings.md"},
		{"html", "html", false, "findings.html"},
		{"github", "github", false, "findings.github.txt"},
		{"claims table", "table", true, "claims.table.txt"},
		{"claims json", "json", true, "claims.json"},
		{"claims csv", "csv", true, "claims.csv"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			got := render(t, tt.Format, tt.Claims)
			golden(t, tt.File, got)
			// Same input, same bytes out, whatever order the input came in.
			if again := render(t, tt.Format, tt.Claims); !bytes.Equal(got, again) {
				t.Errorf("%s: two renderings differ", tt.Format)
			}
		})
	}
}
