package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
)

// minGridWidth is the narrowest width a table is drawn at; below it the
// table becomes an indented list.
const minGridWidth = 60

// evidenceLines is how many lines of the evidence column a side gets; a
// longer sentence is cut around the claim's words.
const evidenceLines = 4

// Table writes the findings table with the default Options.
func Table(w io.Writer, r *pipeline.Result) error { return table(w, r, Options{}) }

// table writes, story by story, one row per side of each finding (the
// finding's number, topic, verdict and severity merged over its sides),
// then a row for each claim that repeats a side's value ("also A") and
// each claim with a side's key that no finding holds ("other"). The table is Options.Width wide at most; agreements
// and compatible findings are left out, and counted, unless Options.All.
func table(w io.Writer, r *pipeline.Result, opts Options) error {
	r.Sort()
	if len(r.Findings) == 0 {
		_, err := io.WriteString(w, "No findings.\n")
		return err
	}
	width := opts.width()
	rel := related(r)
	var b strings.Builder
	n, done := 0, 0
	for _, g := range groupStories(r) {
		head := "Story " + g.Name + " — " + counts(r, g.Shown, g.Collapsed)
		idx := g.Shown
		if opts.All {
			idx = append(idx[:len(idx):len(idx)], g.Collapsed...)
		} else if len(g.Collapsed) > 0 {
			head += " (" + collapsedLabel(r, g.Collapsed) + " not shown: --all shows them)"
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		for _, l := range wrap(head, width) {
			b.WriteString(l + "\n")
		}
		var groups []gridGroup
		for _, i := range idx {
			n++
			groups = append(groups, findingRows(r, &r.Findings[i], n, rel[&r.Findings[i]]))
		}
		done += len(g.Shown) + len(g.Collapsed)
		if len(groups) > 0 {
			b.WriteString(renderFindings(groups, width, n))
		}
		opts.progress(done, len(r.Findings))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// findingRows are a finding's rows: its sides, then its support and the
// claims left out of it. The evidence column is filled in later, when
// its width is known; the text carries the claim.
func findingRows(r *pipeline.Result, f *compare.Finding, n int, rel []*claims.Claim) gridGroup {
	g := gridGroup{left: []string{strconv.Itoa(n), Topic(f) + "\n" + verdictLabel(f) + "\n" + f.Severity.String() + " · " + f.Kind.String()}}
	side := func(label string, c *claims.Claim) []string {
		who := speakerName(c)
		if c.Source != "" && c.Source != who {
			who += " (" + c.Source + ")"
		}
		value := Value(c) + "\n“" + NormalizeSpace(c.Text) + "”"
		if h := c.HedgeWords(); len(h) > 0 {
			value += "\nhedged: " + strings.Join(h, ", ")
		}
		return []string{label + " " + c.Doc + ":" + strconv.Itoa(lineOf(r, c)) + "\n" + who, value, evidenceMark + c.ID}
	}
	for j, c := range f.Sides {
		g.rows = append(g.rows, side(sideLetter(j), c))
	}
	for _, c := range f.Support {
		label := "also"
		for j, s := range f.Sides {
			if Value(s) == Value(c) {
				label = "also " + sideLetter(j)
				break
			}
		}
		g.rows = append(g.rows, side(label, c))
	}
	for _, c := range rel {
		g.rows = append(g.rows, side("other", c))
	}
	g.claims = claimsOf(f, rel)
	return g
}

// evidenceMark starts an evidence cell that still names its claim.
const evidenceMark = "\x00"

// claimsOf maps the claim IDs of a finding's rows to the claims.
func claimsOf(f *compare.Finding, rel []*claims.Claim) map[string]*claims.Claim {
	m := map[string]*claims.Claim{}
	for _, cs := range [][]*claims.Claim{f.Sides, f.Support, rel} {
		for _, c := range cs {
			m[c.ID] = c
		}
	}
	return m
}

// findingWidths splits width among the findings table's columns: the
// number, the finding, the side, the value and the evidence; 0 for the
// evidence when it does not fit.
func findingWidths(width, last int) []int {
	num := len(strconv.Itoa(last))
	avail := width - gridWidth([]int{num, 0, 0, 0, 0})
	finding := clamp(avail*21/100, 12, 28)
	side := clamp(avail*25/100, 12, 32)
	value := clamp(avail*19/100, 10, 24)
	evidence := avail - finding - side - value
	if evidence < 16 {
		avail += 3 // no evidence column and its border
		finding = avail * 36 / 100
		side = avail * 34 / 100
		value = avail - finding - side
		return []int{num, finding, side, value}
	}
	return []int{num, finding, side, value, evidence}
}

func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }

// renderFindings draws the groups as one table of the given width, or as
// a list when the width is too narrow for a table.
func renderFindings(groups []gridGroup, width, last int) string {
	if width < minGridWidth {
		return renderList(groups, width)
	}
	widths := findingWidths(width, last)
	header := []string{"#", "finding", "side", "value", "evidence"}[:len(widths)]
	g := newGrid(widths, 2)
	g.header(header)
	for _, gr := range groups {
		fillEvidence(&gr, widths)
		g.group(gr)
	}
	return g.String()
}

// fillEvidence replaces each row's claim mark with its evidence cut to fit
// the evidence column, or drops the column when there is none.
func fillEvidence(gr *gridGroup, widths []int) {
	for i, row := range gr.rows {
		id := strings.TrimPrefix(row[len(row)-1], evidenceMark)
		if len(widths) < 5 {
			gr.rows[i] = row[:len(row)-1]
			continue
		}
		row[len(row)-1] = fitExcerpt(gr.claims[id], widths[4], evidenceLines)
	}
}

// renderList writes the groups as an indented list, for a terminal too
// narrow for a table.
func renderList(groups []gridGroup, width int) string {
	var b strings.Builder
	indent := func(s, prefix string) {
		for _, l := range wrap(s, width-len(prefix)) {
			b.WriteString(prefix + l + "\n")
		}
	}
	for _, gr := range groups {
		indent(gr.left[0]+". "+strings.ReplaceAll(gr.left[1], "\n", " — "), "")
		for _, row := range gr.rows {
			c := gr.claims[strings.TrimPrefix(row[len(row)-1], evidenceMark)]
			indent(strings.ReplaceAll(row[0], "\n", ", ")+": "+strings.ReplaceAll(row[1], "\n", " "), "  ")
			indent(fitExcerpt(c, width-4, 2), "    ")
		}
	}
	return b.String()
}

// fitExcerpt is c's evidence cut around the claim's words so that it
// wraps to at most lines lines of width cells.
func fitExcerpt(c *claims.Claim, width, lines int) string {
	if c == nil {
		return ""
	}
	for n := width * lines; n > 8; n -= max(width/3, 1) {
		e := excerpt(c, n)
		if len(wrap(e, width)) <= lines {
			return e
		}
	}
	return excerpt(c, 8)
}

// ClaimsTable writes one row per claim with the default Options.
func ClaimsTable(w io.Writer, r *pipeline.Result) error { return claimsTable(w, r, Options{}) }

// claimsTable writes one row per claim: where, who, the alignment key,
// the value with the words as written and flags, and the sentence.
func claimsTable(w io.Writer, r *pipeline.Result, opts Options) error {
	r.Sort()
	if r.ClaimCount() == 0 {
		_, err := io.WriteString(w, "No claims.\n")
		return err
	}
	width := opts.width()
	avail := width - gridWidth([]int{0, 0, 0, 0, 0})
	where := clamp(avail*20/100, 10, 30)
	who := clamp(avail*15/100, 8, 22)
	key := clamp(avail*22/100, 10, 34)
	value := clamp(avail*20/100, 10, 26)
	sentence := avail - where - who - key - value
	if width < minGridWidth || sentence < 12 {
		return claimsList(w, r, width)
	}
	g := newGrid([]int{where, who, key, value, sentence}, 0)
	g.header([]string{"claim", "speaker", "key", "value", "sentence"})
	i, total := 0, r.ClaimCount()
	for c := range r.ScanClaims() {
		i++
		v := Value(c) + "\n“" + NormalizeSpace(c.Text) + "”"
		if f := flags(c); len(f) > 0 {
			v += "\n" + strings.Join(f, ", ")
		}
		g.row(g.wrapAll([]string{c.Doc + ":" + strconv.Itoa(lineOf(r, c)) + "\nspan " + c.Span.String(), speakerName(c), c.Key(), v, fitExcerpt(c, sentence, evidenceLines)}, 0))
		g.border()
		opts.progress(i, total)
	}
	return g.writeTo(w)
}

// claimsList is the claims listing for a narrow terminal.
func claimsList(w io.Writer, r *pipeline.Result, width int) error {
	var b strings.Builder
	for c := range r.ScanClaims() {
		for _, l := range wrap(fmt.Sprintf("%s:%d %s: %s “%s” [%s]", c.Doc, lineOf(r, c), speakerName(c), Value(c), NormalizeSpace(c.Text), c.Key()), width) {
			b.WriteString(l + "\n")
		}
		for _, l := range wrap(fitExcerpt(c, width-4, 2), width-4) {
			b.WriteString("    " + l + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
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
