package corpus

import (
	"strings"
	"testing"
)

// TestOwnReport: a report claimcheck wrote into a corpus folder (its HTML
// generator mark, its Markdown first line, or the check command's table)
// is skipped with a reason;
// an article that only mentions claimcheck is read.
func TestOwnReport(t *testing.T) {
	article := "The agency said 120 people were killed in the floods on Monday.\n"
	tests := []struct {
		Name, File, Input string
		Skipped           bool
	}{
		{"html report", "report.html", "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" + GeneratorHTML + "\n<title>claimcheck report</title>\n</head><body><p>" + article + "</p></body></html>", true},
		{"html mark in other case", "report.html", "<html><head><META NAME=\"generator\" CONTENT=\"claimcheck\"></head><body><p>" + article + "</p></body></html>", true},
		{"markdown report", "report.md", GeneratorMarkdown + "\n# claimcheck report\n\n" + article, true},
		{"markdown report with a BOM", "report.md", "\uFEFF" + GeneratorMarkdown + "\n# claimcheck report\n\n" + article, true},
		{"another generator", "page.html", "<html><head><meta name=\"generator\" content=\"WordPress 6.4\"></head><body><p>" + article + "</p></body></html>", false},
		{"an article about claimcheck", "a.md", "# claimcheck report\n\nA tool called claimcheck wrote a report. " + article, false},
		{"the mark later in a text", "a.txt", article + GeneratorMarkdown + "\n", false},
		{"the check table", "report.txt", "Story story — 2 findings: 2 conflict\n+---+----------+\n| # | finding  | side |\n+---+----------+\n| 1 | Deaths   | A    | " + article, true},
		{"a story that opens with Story", "a.txt", "Story of a flood — 3 findings by reporters\n\n" + article, false},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			p := write(t, dir, tt.File, []byte(tt.Input))
			var skipped []string
			docs, errs := load(t, &Loader{Skip: func(path, reason string) { skipped = append(skipped, reason) }}, p)
			if len(errs) != 0 {
				t.Fatalf("got errors %v", errs)
			}
			if got := len(skipped) == 1 && len(docs) == 0; got != tt.Skipped {
				t.Errorf("got skipped %q, %d documents\nwant skipped %v", skipped, len(docs), tt.Skipped)
			}
			if tt.Skipped && !strings.Contains(skipped[0], "report claimcheck wrote") {
				t.Errorf("got reason %q\nwant it to say claimcheck wrote the file", skipped[0])
			}
		})
	}
}
