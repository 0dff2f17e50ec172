package report

import (
	"fmt"
	"strings"

	"github.com/claimcheck/claimcheck/compare"
)

// Options tune the formats. The zero value gives each format's defaults.
type Options struct {
	// All shows agreements and compatible findings in full in the formats
	// for people (table, Markdown, HTML) and gives them CSV rows. By
	// default the table leaves them out, Markdown and HTML list them in a
	// collapsed section per story, and CSV has rows for disagreements
	// only. JSON always holds everything.
	All bool
	// Width is the width of the table in columns (terminal cells); 0 means
	// DefaultWidth. The table never exceeds it.
	Width int
	// FailOn is the check's --fail-on threshold (FailOnChoices; "" means
	// "conflict"): the GitHub format annotates only the findings that fail
	// the check (Fails), and its job summary lists them.
	FailOn string
	// MaxAnnotations caps the GitHub format's error and warning lines, each
	// level on its own; 0 means DefaultMaxAnnotations, a negative value no
	// cap. A last notice says how many were left out.
	MaxAnnotations int
	// BOM starts CSV with a UTF-8 byte order mark, which Excel needs to
	// read UTF-8.
	BOM bool
	// Progress, when set, is called as findings (or claims, for a claims
	// listing) are written, with how many are done and the total.
	Progress func(done, total int)
}

// DefaultWidth is the table's width when Options.Width is 0: the
// command gives the terminal's width (or $COLUMNS) instead when it knows
// it.
const DefaultWidth = 100

// DefaultMaxAnnotations is the GitHub format's default cap on error
// lines, and on warning lines: GitHub shows at most 10 of each per step.
const DefaultMaxAnnotations = 10

// FailOnChoices are the values of --fail-on, loosest last.
var FailOnChoices = []string{"conflict", "compatible", "any", "none"}

// ParseFailOn checks a --fail-on value.
func ParseFailOn(s string) (string, error) {
	for _, c := range FailOnChoices {
		if strings.EqualFold(s, c) {
			return c, nil
		}
	}
	return "", fmt.Errorf("--fail-on %q: want one of %s", s, strings.Join(FailOnChoices, ", "))
}

// Fails reports whether f makes a check with the given --fail-on fail:
// "conflict" (the default) fails on conflicts, "compatible" also on
// compatible findings and updates, "any" on every finding, "none" never.
// A recorded dispute between opposed camps fails only on "any".
func Fails(f *compare.Finding, failOn string) bool {
	switch strings.ToLower(failOn) {
	case "", "conflict":
		return f.Verdict >= compare.Conflict && !f.Recorded()
	case "compatible":
		return f.Verdict >= compare.Compatible && !f.Recorded()
	case "any":
		return true
	}
	return false
}

// Disagrees reports whether f is shown in full by default: a conflict or
// an update. Agreements and compatible findings are collapsed or left
// out of the formats for people unless Options.All.
func Disagrees(f *compare.Finding) bool {
	return f.Verdict == compare.Conflict || f.Verdict == compare.Update
}

// progress calls o.Progress when set.
func (o Options) progress(done, total int) {
	if o.Progress != nil {
		o.Progress(done, total)
	}
}

func (o Options) width() int {
	if o.Width > 0 {
		return o.Width
	}
	return DefaultWidth
}

func (o Options) maxAnnotations() int {
	switch {
	case o.MaxAnnotations == 0:
		return DefaultMaxAnnotations
	case o.MaxAnnotations < 0:
		return int(^uint(0) >> 1)
	}
	return o.MaxAnnotations
}
