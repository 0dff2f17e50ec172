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
const ownReportReason = "a report claimcheck wrote (it carries claimcheck's generator mark), not an article"

// markWindow is how far into a page its generator mark is looked for: the
// report writes it in the first lines of its head.
const markWindow = 4 << 10

// isOwnReport reports whether data, the content of a file of format, is a
// report claimcheck wrote: an HTML page with its generator mark in the
// head, or a text or Markdown file whose first line is the Markdown mark.
func isOwnReport(format, data string) bool {
	if format == "html" {
		head := strings.ToLower(data[:min(len(data), markWindow)])
		return strings.Contains(head, GeneratorHTML)
	}
	data = strings.TrimPrefix(data, "\uFEFF")
	return strings.HasPrefix(strings.TrimLeft(data, " \t\r\n"), GeneratorMarkdown)
}
