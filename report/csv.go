package report

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
)

// CSVHeader is the header of the findings CSV. The columns are a contract
// (README "CSV columns"): new columns are only ever added at the end.
var CSVHeader = []string{
	"finding", "kind", "verdict", "between", "severity", "topic",
	"a_doc", "a_source", "a_speaker", "a_text", "a_value", "a_evidence",
	"b_doc", "b_source", "b_speaker", "b_text", "b_value", "b_evidence",
	"story", "a_path", "a_line", "a_url", "a_published",
	"b_path", "b_line", "b_url", "b_published",
	"story_label",
}

// CSV writes the findings CSV with the default Options.
func CSV(w io.Writer, r *pipeline.Result) error { return findingsCSV(w, r, Options{}) }

// findingsCSV writes one row per disagreeing pair of sides (see
// Disagreements) of each finding that is not an agreement: a finding with
// three sides that all differ gives three rows. An agreement gives none,
// even when its sides write the value differently ("≥ 40" and "40"),
// unless Options.All, which gives it a row per pair of sides.
//
// The file is UTF-8 (with a byte order mark when Options.BOM), lines end
// with CRLF and fields are quoted as RFC 4180 says. A cell that a
// spreadsheet would evaluate as a formula is neutralised (Neutralize).
func findingsCSV(w io.Writer, r *pipeline.Result, opts Options) error {
	r.Sort()
	cw, err := newCSVWriter(w, opts)
	if err != nil {
		return err
	}
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		id, story := FindingID(f), StoryOf(f)
		for _, p := range rowPairs(f, opts.All) {
			a, b := f.Sides[p.A], f.Sides[p.B]
			row := []string{id, f.Kind.String(), f.Verdict.String(), f.Between.String(), f.Severity.String(), Topic(f)}
			row = append(row, csvSide(a)...)
			row = append(row, csvSide(b)...)
			row = append(row, story)
			row = append(row, csvPlace(r, a)...)
			row = append(row, csvPlace(r, b)...)
			row = append(row, r.StoryLabel(story))
			if err := cw.Write(neutralizeAll(row)); err != nil {
				return err
			}
		}
		opts.progress(i+1, len(r.Findings))
	}
	cw.Flush()
	return cw.Error()
}

// rowPairs are the pairs of f's sides that get a CSV row.
func rowPairs(f *compare.Finding, all bool) []Pair {
	if f.Verdict != compare.Agree {
		return Disagreements(f)
	}
	if !all {
		return nil
	}
	var out []Pair
	for i := 0; i < len(f.Sides); i++ {
		for j := i + 1; j < len(f.Sides); j++ {
			out = append(out, Pair{i, j})
		}
	}
	return out
}

// newCSVWriter starts a CSV file: CRLF line ends, and a byte order mark
// when asked for.
func newCSVWriter(w io.Writer, opts Options) (*csv.Writer, error) {
	if opts.BOM {
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return nil, err
		}
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	return cw, nil
}

func csvSide(c *claims.Claim) []string {
	return []string{c.Doc, c.Source, speakerName(c), c.Text, Value(c), evidence(c)}
}

// csvPlace is where a side is: its file, line, address and publication
// day.
func csvPlace(r *pipeline.Result, c *claims.Claim) []string {
	url, published := "", day(c.Published)
	if d := r.Doc(c.Doc); d != nil {
		url = d.URL
		if !d.Published.IsZero() {
			published = day(d.Published)
		}
	}
	return []string{pathOf(r, c), strconv.Itoa(lineOf(r, c)), url, published}
}

// Neutralize makes a cell safe to open in a spreadsheet, as OWASP's CSV
// injection guidance recommends: a cell that starts with =, +, -, @, a tab
// or a carriage return would be read as a formula (a source named
// "=HYPERLINK(…)" becomes a live link), so it is prefixed with a single
// quote, which spreadsheets show as text. Other cells are left alone.
func Neutralize(cell string) string {
	if cell == "" {
		return cell
	}
	switch cell[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + cell
	}
	return cell
}

func neutralizeAll(row []string) []string {
	for i, c := range row {
		row[i] = Neutralize(c)
	}
	return row
}

// ClaimsHeader is the header of the claims CSV.
var ClaimsHeader = []string{
	"claim", "doc", "line", "kind", "key", "subject", "role", "actor", "location", "event",
	"source", "speaker", "text", "value", "flags", "span_start", "span_end", "sentence",
}

// ClaimsCSV writes the claims CSV with the default Options.
func ClaimsCSV(w io.Writer, r *pipeline.Result) error { return claimsCSV(w, r, Options{}) }

// claimsCSV writes one row per claim, in document and text order, as
// findingsCSV writes its file (CRLF, neutralised cells, optional BOM).
func claimsCSV(w io.Writer, r *pipeline.Result, opts Options) error {
	r.Sort()
	cw, err := newCSVWriter(w, opts)
	if err != nil {
		return err
	}
	if err := cw.Write(ClaimsHeader); err != nil {
		return err
	}
	i, total := 0, r.ClaimCount()
	for c := range r.ScanClaims() {
		i++
		row := []string{
			c.ID, c.Doc, strconv.Itoa(lineOf(r, c)), c.Kind.String(), c.Key(), c.Subject, c.RoleKey(), c.Actor(), c.Location(), c.EventKey(),
			c.Source, speakerName(c), c.Text, Value(c), strings.Join(flags(c), ";"),
			strconv.Itoa(c.Span.Start), strconv.Itoa(c.Span.End), c.Sentence,
		}
		if err := cw.Write(neutralizeAll(row)); err != nil {
			return err
		}
		opts.progress(i, total)
	}
	cw.Flush()
	return cw.Error()
}
