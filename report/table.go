package report

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/pipeline"
	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

// evidenceWidth is how many characters of an evidence sentence the table
// shows, centred on the claim: enough to read who says what, short enough
// for a terminal.
const evidenceWidth = 110

// Table writes one row per finding side, grouped by finding: the finding's
// number, kind, verdict, severity and topic are merged over its sides.
func Table(w io.Writer, r *pipeline.Result) error {
	r.Sort()
	if len(r.Findings) == 0 {
		_, err := io.WriteString(w, "No findings.\n")
		return err
	}
	t := newTable(w, []string{"#", "kind", "verdict", "severity", "topic", "document", "speaker", "as written", "value", "evidence"},
		map[int]int{4: 24, 5: 20, 6: 22, 7: 24, 8: 22, 9: 44}, 5)
	for i := range r.Findings {
		f := &r.Findings[i]
		for _, c := range f.Sides {
			row := []string{
				strconv.Itoa(i + 1), f.Kind.String(), verdictLabel(f), f.Severity.String(), f.Topic,
				c.Doc + ":" + strconv.Itoa(lineOf(r, c)), speakerName(c), NormalizeSpace(c.Text), Value(c), excerpt(c, evidenceWidth),
			}
			if err := t.Append(row); err != nil {
				return err
			}
		}
	}
	return t.Render()
}

// ClaimsTable writes one row per claim.
func ClaimsTable(w io.Writer, r *pipeline.Result) error {
	r.Sort()
	if len(r.Claims) == 0 {
		_, err := io.WriteString(w, "No claims.\n")
		return err
	}
	t := newTable(w, []string{"document", "line", "speaker", "key", "as written", "value", "flags", "span", "sentence"},
		map[int]int{0: 22, 2: 22, 3: 30, 4: 24, 5: 22, 6: 16, 8: 44}, 1)
	for _, c := range r.Claims {
		row := []string{
			c.Doc, strconv.Itoa(lineOf(r, c)), speakerName(c), c.Key(), NormalizeSpace(c.Text), Value(c),
			strings.Join(flags(c), ", "), c.Span.String(), excerpt(c, evidenceWidth),
		}
		if err := t.Append(row); err != nil {
			return err
		}
	}
	return t.Render()
}

// newTable is an ASCII table (it survives any terminal and file) with the
// given maximum column widths; the first merged columns are merged over
// the rows of one group.
func newTable(w io.Writer, header []string, widths map[int]int, merged int) *tablewriter.Table {
	byCol := tw.NewMapper[int, bool]()
	for i := 0; i < merged; i++ {
		byCol.Set(i, true)
	}
	maxw := tw.NewMapper[int, int]()
	for col, n := range widths {
		maxw.Set(col, n)
	}
	t := tablewriter.NewTable(w,
		tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{
			Symbols:  tw.NewSymbols(tw.StyleASCII),
			Settings: tw.Settings{Separators: tw.Separators{BetweenRows: tw.On}},
		})),
		tablewriter.WithConfig(tablewriter.Config{
			Header: tw.CellConfig{
				Alignment:  tw.CellAlignment{Global: tw.AlignLeft},
				Formatting: tw.CellFormatting{AutoFormat: tw.Off},
			},
			Row: tw.CellConfig{
				Alignment:    tw.CellAlignment{Global: tw.AlignLeft},
				Formatting:   tw.CellFormatting{AutoWrap: tw.WrapNormal},
				Merging:      tw.CellMerging{Mode: tw.MergeHierarchical, ByColumnIndex: byCol},
				ColMaxWidths: tw.CellWidth{PerColumn: maxw},
			},
		}),
	)
	t.Header(header)
	return t
}

// excerpt is c's evidence sentence on one line, cut to about width
// characters around the claim's words, with "…" where it was cut.
func excerpt(c *claims.Claim, width int) string {
	s := NormalizeSpace(evidence(c))
	if utf8.RuneCountInString(s) <= width {
		return s
	}
	text := NormalizeSpace(c.Text)
	at := strings.Index(s, text)
	if at < 0 {
		at = 0
	}
	rs := []rune(s)
	center := utf8.RuneCountInString(s[:at]) + utf8.RuneCountInString(text)/2
	lo := max(center-width/2, 0)
	hi := min(lo+width, len(rs))
	lo = max(hi-width, 0)
	// Cut at word boundaries so no word is shown half.
	for lo > 0 && lo < hi && rs[lo-1] != ' ' {
		lo++
	}
	for hi < len(rs) && hi > lo && rs[hi] != ' ' {
		hi--
	}
	out := strings.TrimSpace(string(rs[lo:hi]))
	if lo > 0 {
		out = "…" + out
	}
	if hi < len(rs) {
		out += "…"
	}
	return out
}
