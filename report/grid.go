package report

import (
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/mattn/go-runewidth"
)

// grid draws an ASCII table of fixed column widths (terminal cells), so
// that it never exceeds the width it was given. The first `merged`
// columns of a group of rows are one cell spanning the group, as for the
// finding of several sides.
type grid struct {
	widths []int
	merged int
	b      strings.Builder
}

// gridGroup is rows drawn as one group: left are the merged columns' text,
// rows the other columns' text, one slice per row.
type gridGroup struct {
	left []string
	rows [][]string
	// claims are the rows' claims by ID, for cells filled in late.
	claims map[string]*claims.Claim
}

func newGrid(widths []int, merged int) *grid { return &grid{widths: widths, merged: merged} }

// width is the table's total width.
func gridWidth(widths []int) int {
	w := 1
	for _, c := range widths {
		w += c + 3
	}
	return w
}

// rule draws a rule across the columns from `from` on; the merged
// columns before it show line n of their cells.
func (g *grid) rule(from int, left [][]string, n int) {
	for i := range from {
		g.b.WriteString("| ")
		g.cell(left[i], n, g.widths[i])
		g.b.WriteByte(' ')
	}
	g.b.WriteByte('+') // the rule's first junction
	for i := from; i < len(g.widths); i++ {
		g.b.WriteString(strings.Repeat("-", g.widths[i]+2))
		g.b.WriteByte('+')
	}
	g.b.WriteByte('\n')
}

// String returns what has been drawn.
func (g *grid) String() string { return g.b.String() }

// border draws a full rule: +---+---+.
func (g *grid) border() {
	g.b.WriteByte('+')
	for _, w := range g.widths {
		g.b.WriteString(strings.Repeat("-", w+2))
		g.b.WriteByte('+')
	}
	g.b.WriteByte('\n')
}

// cell writes line n of a cell's lines, padded to w.
func (g *grid) cell(lines []string, n, w int) {
	s := ""
	if n < len(lines) {
		s = lines[n]
	}
	g.b.WriteString(s)
	g.b.WriteString(strings.Repeat(" ", max(w-runewidth.StringWidth(s), 0)))
}

// header draws the header row between full rules.
func (g *grid) header(names []string) {
	g.border()
	g.row(g.wrapAll(names, 0))
	g.border()
}

func (g *grid) wrapAll(cells []string, from int) [][]string {
	out := make([][]string, len(cells))
	for i, c := range cells {
		out[i] = wrap(c, g.widths[from+i])
	}
	return out
}

// row draws one row of wrapped cells.
func (g *grid) row(cells [][]string) {
	h := 1
	for _, c := range cells {
		h = max(h, len(c))
	}
	for n := range h {
		g.b.WriteByte('|')
		for i, c := range cells {
			g.b.WriteByte(' ')
			g.cell(c, n, g.widths[i])
			g.b.WriteString(" |")
		}
		g.b.WriteByte('\n')
	}
}

// group draws a group of rows whose first merged columns span them all,
// with rules between its rows across the other columns, and a full rule
// below.
func (g *grid) group(gr gridGroup) {
	left := g.wrapAll(gr.left, 0)
	rows := make([][][]string, len(gr.rows))
	total := 0
	for i, r := range gr.rows {
		rows[i] = g.wrapAll(r, g.merged)
		h := 1
		for _, c := range rows[i] {
			h = max(h, len(c))
		}
		total += h
		if i > 0 {
			total++
		}
	}
	// The merged cells may need more lines than the rows: the last row
	// grows.
	need := 0
	for _, c := range left {
		need = max(need, len(c))
	}
	extra := max(need-total, 0)
	line := 0
	for i, r := range rows {
		if i > 0 {
			g.rule(g.merged, left, line)
			line++
		}
		h := 1
		for _, c := range r {
			h = max(h, len(c))
		}
		if i == len(rows)-1 {
			h += extra
		}
		for n := range h {
			g.b.WriteByte('|')
			for k := range g.merged {
				g.b.WriteByte(' ')
				g.cell(left[k], line, g.widths[k])
				g.b.WriteString(" |")
			}
			for k, c := range r {
				g.b.WriteByte(' ')
				g.cell(c, n, g.widths[g.merged+k])
				g.b.WriteString(" |")
			}
			g.b.WriteByte('\n')
			line++
		}
	}
	g.border()
}

func (g *grid) writeTo(w io.Writer) error {
	_, err := io.WriteString(w, g.b.String())
	return err
}

// wrap breaks s into lines of at most width cells: at spaces, and inside
// a word longer than a line. A newline in s starts a new line. Every cell
// of a table or list is wrapped, so every one is shown Visible.
func wrap(s string, width int) []string {
	width = max(width, 1)
	var out []string
	for _, para := range strings.Split(s, "\n") {
		var line strings.Builder
		lw := 0
		flush := func() {
			out = append(out, line.String())
			line.Reset()
			lw = 0
		}
		for _, word := range strings.Fields(para) {
			word = Visible(word) // a control character shows, never acts
			ww := runewidth.StringWidth(word)
			if lw > 0 && lw+1+ww > width {
				flush()
			}
			if lw > 0 {
				line.WriteByte(' ')
				lw++
			}
			for ww > width-lw {
				// A word longer than the line is cut.
				head, rest := cutWidth(word, width-lw)
				if head == "" {
					if lw == 0 { // a rune wider than the column
						head, rest = cutWidth(word, 2)
					} else {
						flush()
						continue
					}
				}
				line.WriteString(head)
				flush()
				word, ww = rest, runewidth.StringWidth(rest)
			}
			line.WriteString(word)
			lw += ww
		}
		if lw > 0 || len(out) == 0 || para == "" {
			flush()
		}
	}
	return out
}

// cutWidth splits s after at most w cells.
func cutWidth(s string, w int) (string, string) {
	n := 0
	for i, r := range s {
		rw := runewidth.RuneWidth(r)
		if n+rw > w {
			return s[:i], s[i:]
		}
		n += rw
	}
	return s, ""
}
