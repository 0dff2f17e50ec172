// Package report renders a check's results: a table for people, CSV for
// spreadsheets, JSON for programs, Markdown and HTML for a desk, and
// workflow annotations for a CI.
//
// Every format is a Formatter that writes one Result to an io.Writer. A
// Result is rendered in a fixed order (see Sort), so the same input gives
// the same bytes out:
//
//	res := &report.Result{Documents: docs, Claims: cs, Findings: fs}
//	f, err := report.New("csv")
//	if err != nil { ... }
//	err = f.Format(w, res)
package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
)

// InputError is an input that could not be read: the reports list it so
// that a reader knows which articles were left out and why.
type InputError struct {
	Path   string
	Line   int // 0 when the error is not about one line
	Reason string
}

// Error formats the error as "path: line N: reason".
func (e InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s: line %d: %s", e.Path, e.Line, e.Reason)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Reason)
}

// Result is what a check produced: the documents read, their claims, the
// findings and the inputs that were rejected.
type Result struct {
	Documents []*claims.Document
	Claims    []*claims.Claim
	Findings  []compare.Finding
	Errors    []InputError
	// Suppressed counts findings left out by a baseline or a minimum
	// severity, so that a summary can say they exist.
	Suppressed int

	docs map[string]*claims.Document
}

// Doc returns the document with the given ID, or nil.
func (r *Result) Doc(id string) *claims.Document {
	if r.docs == nil || len(r.docs) != len(r.Documents) {
		r.docs = make(map[string]*claims.Document, len(r.Documents))
		for _, d := range r.Documents {
			r.docs[d.ID] = d
		}
	}
	return r.docs[id]
}

// Sort puts documents, claims and findings in the order every format
// renders them: documents by ID, claims by document and offset, findings
// by severity and verdict (strongest first), then kind, key and sides.
// Sides keep the order compare gave them.
func (r *Result) Sort() {
	sort.SliceStable(r.Documents, func(i, j int) bool { return r.Documents[i].ID < r.Documents[j].ID })
	sort.SliceStable(r.Claims, func(i, j int) bool {
		a, b := r.Claims[i], r.Claims[j]
		if a.Doc != b.Doc {
			return a.Doc < b.Doc
		}
		if a.Span.Start != b.Span.Start {
			return a.Span.Start < b.Span.Start
		}
		return a.Span.End < b.Span.End
	})
	sort.SliceStable(r.Findings, func(i, j int) bool { return findingLess(&r.Findings[i], &r.Findings[j]) })
	sort.SliceStable(r.Errors, func(i, j int) bool {
		if r.Errors[i].Path != r.Errors[j].Path {
			return r.Errors[i].Path < r.Errors[j].Path
		}
		return r.Errors[i].Line < r.Errors[j].Line
	})
}

func findingLess(a, b *compare.Finding) bool {
	if a.Severity != b.Severity {
		return a.Severity > b.Severity
	}
	if a.Verdict != b.Verdict {
		return a.Verdict > b.Verdict
	}
	if a.Kind != b.Kind {
		return a.Kind < b.Kind
	}
	if a.Key != b.Key {
		return a.Key < b.Key
	}
	return sidesKey(a) < sidesKey(b)
}

func sidesKey(f *compare.Finding) string {
	var b strings.Builder
	for _, s := range f.Sides {
		b.WriteString(s.Doc)
		b.WriteByte(0)
		b.WriteString(s.Text)
		b.WriteByte(0)
	}
	return b.String()
}

// Formatter renders a Result in one format.
type Formatter interface {
	Format(w io.Writer, r *Result) error
}

// FormatterFunc adapts a function to the Formatter interface.
type FormatterFunc func(w io.Writer, r *Result) error

// Format calls f(w, r).
func (f FormatterFunc) Format(w io.Writer, r *Result) error { return f(w, r) }

// Formats lists the names of the finding formats New accepts.
func Formats() []string { return []string{"table", "json", "csv", "markdown", "html", "github"} }

// ClaimFormats lists the names of the formats NewClaims accepts.
func ClaimFormats() []string { return []string{"table", "json", "csv"} }

// New returns the formatter of findings named format.
func New(format string) (Formatter, error) {
	switch strings.ToLower(format) {
	case "table":
		return FormatterFunc(Table), nil
	case "json":
		return FormatterFunc(JSON), nil
	case "csv":
		return FormatterFunc(CSV), nil
	case "markdown", "md":
		return FormatterFunc(Markdown), nil
	case "html":
		return FormatterFunc(HTML), nil
	case "github":
		return FormatterFunc(GitHub), nil
	}
	return nil, fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats(), ", "))
}

// NewClaims returns the formatter that lists a Result's claims in format.
func NewClaims(format string) (Formatter, error) {
	switch strings.ToLower(format) {
	case "table":
		return FormatterFunc(ClaimsTable), nil
	case "json":
		return FormatterFunc(JSON), nil
	case "csv":
		return FormatterFunc(ClaimsCSV), nil
	}
	return nil, fmt.Errorf("unknown format %q for claims (want %s)", format, strings.Join(ClaimFormats(), ", "))
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
func Summarize(r *Result) Summary {
	s := Summary{
		Documents: len(r.Documents), Rejected: len(r.Errors), Claims: len(r.Claims),
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
		fmt.Fprintf(&b, " (%d more suppressed by baseline or --min-severity)", s.Suppressed)
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
func (r *Result) line(c *claims.Claim) int {
	if c.Line > 0 {
		return c.Line
	}
	if d := r.Doc(c.Doc); d != nil {
		return d.Line(c.Span.Start)
	}
	return 0
}

// path is the file c came from, as the user named it.
func (r *Result) path(c *claims.Claim) string {
	if d := r.Doc(c.Doc); d != nil && d.Path != "" {
		return d.Path
	}
	return c.Doc
}
