// Package report renders a check's results: a table for people, CSV for
// spreadsheets, JSON for programs, Markdown and HTML for a desk, and
// workflow annotations for a CI.
//
// Every format is a Formatter that writes one Result to an io.Writer. A
// Result is rendered in a fixed order (see Sort), so the same input gives
// the same bytes out:
//
//	res := &pipeline.Result{Documents: docs, Claims: cs, Findings: fs}
//	f, err := report.New("csv")
//	if err != nil { ... }
//	err = f.Format(w, res)
package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
)

// Formatter renders a Result in one format.
type Formatter interface {
	Format(w io.Writer, r *pipeline.Result) error
}

// FormatterFunc adapts a function to the Formatter interface.
type FormatterFunc func(w io.Writer, r *pipeline.Result) error

// Format calls f(w, r).
func (f FormatterFunc) Format(w io.Writer, r *pipeline.Result) error { return f(w, r) }

// Formats lists the names of the finding formats New accepts.
func Formats() []string {
	return []string{"table", "json", "csv", "markdown", "html", "github", "claimreview"}
}

// ClaimFormats lists the names of the formats NewClaims accepts.
func ClaimFormats() []string { return []string{"table", "json", "csv"} }

// New returns the formatter of findings named format, with the default
// Options.
func New(format string) (Formatter, error) { return NewWith(format, Options{}) }

// NewWith returns the formatter of findings named format, tuned by opts.
func NewWith(format string, opts Options) (Formatter, error) {
	var f func(io.Writer, *pipeline.Result, Options) error
	switch strings.ToLower(format) {
	case "table":
		f = table
	case "json":
		f = jsonReportOf
	case "csv":
		f = findingsCSV
	case "markdown", "md":
		f = markdown
	case "html":
		f = htmlReport
	case "github":
		f = github
	case "claimreview":
		f = claimReviews
	default:
		return nil, fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats(), ", "))
	}
	return FormatterFunc(func(w io.Writer, r *pipeline.Result) error { return f(w, r, opts) }), nil
}

// NewClaims returns the formatter that lists a Result's claims in format,
// with the default Options.
func NewClaims(format string) (Formatter, error) { return NewClaimsWith(format, Options{}) }

// NewClaimsWith returns the formatter that lists a Result's claims in
// format, tuned by opts (Width, BOM, Progress).
func NewClaimsWith(format string, opts Options) (Formatter, error) {
	var f func(io.Writer, *pipeline.Result, Options) error
	switch strings.ToLower(format) {
	case "table":
		f = claimsTable
	case "json":
		f = jsonReportOf
	case "csv":
		f = claimsCSV
	default:
		return nil, fmt.Errorf("unknown format %q for claims (want %s)", format, strings.Join(ClaimFormats(), ", "))
	}
	return FormatterFunc(func(w io.Writer, r *pipeline.Result) error { return f(w, r, opts) }), nil
}

// Summary counts what a Result holds, for the top of a desk report and
// the line a check prints on standard error.
type Summary struct {
	Documents, Rejected, Claims, Findings, Suppressed int
	// ByVerdict, ByKind and BySeverity count findings.
	ByVerdict  map[compare.Verdict]int
	ByKind     map[claims.ClaimKind]int
	BySeverity map[compare.Severity]int
}

// Summarize counts r.
func Summarize(r *pipeline.Result) Summary {
	s := Summary{
		Documents: len(r.Documents), Rejected: len(r.Errors), Claims: r.ClaimCount(),
		Findings: len(r.Findings), Suppressed: r.Suppressed,
		ByVerdict: map[compare.Verdict]int{}, ByKind: map[claims.ClaimKind]int{}, BySeverity: map[compare.Severity]int{},
	}
	for _, f := range r.Findings {
		s.ByVerdict[f.Verdict]++
		s.ByKind[f.Kind]++
		s.BySeverity[f.Severity]++
	}
	return s
}

// verdicts and severities in the order summaries list them.
var (
	verdictOrder  = []compare.Verdict{compare.Conflict, compare.Update, compare.Compatible, compare.Agree}
	severityOrder = []compare.Severity{compare.Critical, compare.High, compare.Medium, compare.Low, compare.Info}
	kindOrder     = []claims.ClaimKind{claims.ClaimQuantity, claims.ClaimDate, claims.ClaimName, claims.ClaimTitle}
)

// Line is the one-line summary: "2 documents read, 0 rejected; 14 claims;
// 1 finding: 1 conflict".
func (s Summary) Line() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s read, %d rejected; %s; %s", plural(s.Documents, "document"), s.Rejected, plural(s.Claims, "claim"), plural(s.Findings, "finding"))
	if parts := s.verdictParts(); len(parts) > 0 {
		b.WriteString(": " + strings.Join(parts, ", "))
	}
	if s.Suppressed > 0 {
		fmt.Fprintf(&b, " (%d more suppressed by --min-severity, the baseline or ignore rules)", s.Suppressed)
	}
	return b.String()
}

func (s Summary) verdictParts() []string {
	var parts []string
	for _, v := range verdictOrder {
		if n := s.ByVerdict[v]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, v))
		}
	}
	return parts
}

func (s Summary) kindParts() []string {
	var parts []string
	for _, k := range kindOrder {
		if n := s.ByKind[k]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, k))
		}
	}
	return parts
}

func (s Summary) severityParts() []string {
	var parts []string
	for _, v := range severityOrder {
		if n := s.BySeverity[v]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, v))
		}
	}
	return parts
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// verdictLabel is the verdict with who disagrees: "conflict (dispute)".
func verdictLabel(f *compare.Finding) string {
	if b := f.Between.String(); b != "" {
		return f.Verdict.String() + " (" + b + ")"
	}
	return f.Verdict.String()
}

// speakerName is who asserts c, as a report shows it.
func speakerName(c *claims.Claim) string {
	if c.Speaker.Name != "" {
		return c.Speaker.Name
	}
	return c.Source
}

// line is the line of c in its document's file.
func lineOf(r *pipeline.Result, c *claims.Claim) int {
	if c.Line > 0 {
		return c.Line
	}
	if d := r.Doc(c.Doc); d != nil {
		return d.Line(c.Span.Start)
	}
	return 0
}

// path is the file c came from, as the user named it.
func pathOf(r *pipeline.Result, c *claims.Claim) string {
	if d := r.Doc(c.Doc); d != nil && d.Path != "" {
		return d.Path
	}
	return c.Doc
}
