package evaluate

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/claimcheck/claimcheck/compare"
)

// Row is one line of a score table: a story's name and its result.
type Row struct {
	Name string
	Result
}

// WriteTable writes a compact table of rows and their total: expected and
// found disagreements, flags, true and false flags, unscored flags,
// agreements flagged as conflicts, precision and recall.
func WriteTable(w io.Writer, rows []Row) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "story\texpected\tfound\tflags\ttrue\tfalse\tunscored\twrong-agree\tprecision\trecall\t")
	var total Result
	line := func(name string, r Result) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%.2f\t%.2f\t\n",
			name, r.Expected, r.Found, r.Flags, r.True, r.Flags-r.True, r.Unscored, len(r.Agreements), r.Precision(), r.Recall())
	}
	for _, row := range rows {
		line(row.Name, row.Result)
		total.Add(row.Result)
	}
	line("all", total)
	return tw.Flush()
}

// WriteDetails writes what went wrong in r, for a person tuning the
// checker: each missed disagreement with its expected values and the
// findings near it, each false flag with its sides, and each agreement
// flagged as a conflict.
func WriteDetails(w io.Writer, r Result) error {
	var b strings.Builder
	for _, m := range r.Missed {
		fmt.Fprintf(&b, "MISSED %s: %s %s: %s\n", m.Story, m.Item.Kind, m.Item.Between, m.Item.What)
		for _, v := range m.Item.Values {
			fmt.Fprintf(&b, "    want %s %q", v.File, v.Value)
			if v.Claimant != "" {
				fmt.Fprintf(&b, " (%s)", v.Claimant)
			}
			b.WriteByte('\n')
		}
		if len(m.Near) == 0 {
			b.WriteString("    no finding touches these values\n")
		}
		for _, f := range m.Near {
			b.WriteString("    near ")
			writeFinding(&b, f)
		}
	}
	for _, f := range r.False {
		fmt.Fprintf(&b, "FALSE %s: ", f.Story)
		writeFinding(&b, f.Finding)
	}
	for _, a := range r.Agreements {
		fmt.Fprintf(&b, "AGREEMENT FLAGGED %s: %s\n    as ", a.Story, a.Item.What)
		writeFinding(&b, a.Finding)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeFinding writes a finding on one line and its sides on the next.
func writeFinding(b *strings.Builder, f compare.Finding) {
	fmt.Fprintf(b, "%s %s", f.Kind, f.Verdict)
	if f.Between != compare.Nobody {
		fmt.Fprintf(b, " %s", f.Between)
	}
	if f.Topic != "" {
		fmt.Fprintf(b, " %q", f.Topic)
	}
	if f.Key != "" {
		fmt.Fprintf(b, " key=%s", f.Key)
	}
	b.WriteByte('\n')
	for _, c := range f.Sides {
		if c == nil {
			continue
		}
		fmt.Fprintf(b, "        %s:%d %s %q", c.Doc, c.Line, c.Span, c.Text)
		if c.Speaker.Name != "" {
			fmt.Fprintf(b, " says %s", c.Speaker.Name)
		}
		b.WriteByte('\n')
	}
}
