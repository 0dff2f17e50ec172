package corpus

import "strings"

// GeneratorHTML is the mark claimcheck's HTML reports carry in their head,
// and GeneratorMarkdown the first line of its Markdown reports: a report
// written into a corpus folder is then left out of the next run, rather
// than read as an article whose quoted evidence would double every claim.
const (
	GeneratorHTML     = `<meta name="generator" content="claimcheck">`
	GeneratorMarkdown = "<!-- generator: claimcheck; a report, not an article -->"
)

// ownReportReason is why a report claimcheck wrote is skipped.
const ownReportReason = "a report claimcheck wrote (its generator mark or its findings table), not an article"

// markWindow is how far into a page its generator mark is looked for: the
// report writes it in the first lines of its head.
const markWindow = 4 << 10

// isOwnReport reports whether data, the content of a file of format, is a
// report claimcheck wrote: an HTML page with its generator mark in the
// head, a text or Markdown file whose first line is the Markdown mark, or
// the terminal table of the check command written to a text file.
func isOwnReport(format, data string) bool {
	if format == "html" {
		head := strings.ToLower(data[:min(len(data), markWindow)])
		return strings.Contains(head, GeneratorHTML)
	}
	data = strings.TrimLeft(strings.TrimPrefix(data, "\uFEFF"), " \t\r\n")
	return strings.HasPrefix(data, GeneratorMarkdown) || isOwnTable(data[:min(len(data), markWindow)])
}

// tableHeader is the header row of the findings table the check command
// writes for the terminal.
const tableHeader = "| # | finding"

// isOwnTable reports whether head, the start of a text file, is the table
// the check command writes ("claimcheck check story/ -o report.txt"): a
// first line naming a story and its findings, then the table's header row
// within its first lines.
func isOwnTable(head string) bool {
	first, rest, _ := strings.Cut(head, "\n")
	if !strings.HasPrefix(first, "Story ") || !strings.Contains(first, " — ") || !strings.Contains(first, "finding") {
		return false
	}
	lines := strings.SplitN(rest, "\n", 8)
	for _, l := range lines {
		if strings.HasPrefix(l, tableHeader) {
			return true
		}
	}
	return false
}
