package report

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
)

// mdEscaper escapes article text for Markdown: inline HTML becomes text
// and Markdown punctuation loses its meaning, so an article can neither
// inject markup into a pull-request comment nor break the layout.
var mdEscaper = strings.NewReplacer(
	"&", "&amp;", "<", "&lt;", ">", "&gt;",
	`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`,
	"#", `\#`, "|", `\|`, "~", `\~`,
	"\r\n", " ", "\n", " ", "\r", " ",
)

func md(s string) string { return mdEscaper.Replace(visibleLines(s)) }

// mdCode writes s as a code span, where backslash escapes do not work:
// the fence is one backtick longer than any run of backticks in s.
func mdCode(s string) string {
	s = Visible(strings.Join(strings.Fields(s), " "))
	longest, run := 0, 0
	for _, r := range s {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if longest > 0 {
		return fence + " " + s + " " + fence
	}
	return fence + s + fence
}

// mdURLEscaper makes an address safe inside <…> as a link destination.
var mdURLEscaper = strings.NewReplacer(" ", "%20", "<", "%3C", ">", "%3E", "\n", "", "\r", "", `\`, "%5C")

// mdLink links text to href.
func mdLink(text, href string) string {
	return "[" + md(text) + "](<" + mdURLEscaper.Replace(percentControls(href)) + ">)"
}

// percentControls percent-encodes the characters of s that Visible would
// escape, as a link destination writes them.
func percentControls(s string) string {
	if Visible(s) == s {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		_, n := utf8.DecodeRuneInString(s[i:])
		raw := s[i : i+n]
		i += n
		if Visible(raw) == raw {
			b.WriteString(raw)
			continue
		}
		for k := 0; k < len(raw); k++ {
			fmt.Fprintf(&b, "%%%02X", raw[k])
		}
	}
	return b.String()
}

// mdArticle names an article with a link: "[Title](url) (Outlet)".
func mdArticle(a article) string {
	return mdLink(a.Title, a.Href) + " (" + md(a.Source) + ")"
}

// Markdown writes a report for a desk memo or a pull-request comment with
// the default Options.
func Markdown(w io.Writer, r *pipeline.Result) error { return markdown(w, r, Options{}) }

// markdown writes the summary, a table of contents by story, then each
// story's disagreements with their sides' evidence sentences (the claim's
// words in bold, the words the other side's sentence lacks in italics,
// for names each side's character diff against side A), and its
// agreements and compatible findings in a collapsed <details> section:
// one line each, or in full with Options.All.
func markdown(w io.Writer, r *pipeline.Result, opts Options) error {
	d := newDesk(r, opts)
	var b strings.Builder
	b.WriteString(corpus.GeneratorMarkdown + "\n")
	b.WriteString("# claimcheck report\n\n")
	fmt.Fprintf(&b, "**%s**\n\n", md(d.Line))
	b.WriteString("| | |\n|---|---|\n")
	fmt.Fprintf(&b, "| documents read | %d |\n| documents rejected | %d |\n| claims | %d |\n| stories with findings | %d |\n", d.Summary.Documents, d.Summary.Rejected, d.Summary.Claims, len(d.Stories))
	fmt.Fprintf(&b, "| findings by verdict | %s |\n", orNone(d.Verdicts))
	fmt.Fprintf(&b, "| findings by kind | %s |\n", orNone(d.Kinds))
	fmt.Fprintf(&b, "| findings by severity | %s |\n", orNone(d.Severity))
	if len(d.Errors) > 0 {
		b.WriteString("\n## Rejected inputs\n\n")
		for _, e := range d.Errors {
			fmt.Fprintf(&b, "- %s\n", md(e.Error()))
		}
	}
	if len(d.Warnings) > 0 {
		b.WriteString("\n## Warnings\n\n")
		for _, e := range d.Warnings {
			fmt.Fprintf(&b, "- %s\n", md(e.Error()))
		}
	}
	if len(d.Stories) == 0 {
		b.WriteString("\nNo findings.\n")
	} else {
		mdContents(&b, d)
	}
	for _, s := range d.Stories {
		fmt.Fprintf(&b, "\n<a id=\"%s\"></a>\n\n## Story %s\n\n", s.Anchor, mdCode(s.Name))
		if s.Label != "" {
			fmt.Fprintf(&b, "About: %s\n\n", md(s.Label))
		}
		fmt.Fprintf(&b, "%s\n", md(s.Counts))
		if len(s.Articles) > 0 {
			b.WriteString("\nArticles:\n\n")
			for _, a := range s.Articles {
				fmt.Fprintf(&b, "- %s, published %s, %s\n", mdArticle(a), orUnknown(a.Published), mdCode(a.Path))
			}
		}
		for _, f := range s.Shown {
			mdFinding(&b, f, "###")
		}
		if len(s.Collapsed) > 0 {
			mdCollapsed(&b, s, d.All)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// mdContents writes the table of contents: each story with its counts and
// its disagreements.
func mdContents(b *strings.Builder, d *desk) {
	b.WriteString("\n## Contents\n\n")
	for _, s := range d.Stories {
		fmt.Fprintf(b, "- [%s](#%s) — %s\n", md(s.Name), s.Anchor, md(s.Counts))
		for _, f := range s.Shown {
			fmt.Fprintf(b, "  - [%d. %s](#finding-%d) — %s, %s\n", f.Number, md(f.Topic), f.Number, f.Verdict, f.Severity)
		}
		if len(s.Collapsed) > 0 {
			fmt.Fprintf(b, "  - %s (collapsed)\n", s.CollapsedLabel)
		}
	}
}

// mdCollapsed writes a story's agreements and compatible findings in a
// <details> section: one line each (its articles linked by outlet, the
// story's list above names them), or in full when all is set.
func mdCollapsed(b *strings.Builder, s deskStory, all bool) {
	fmt.Fprintf(b, "\n<details>\n<summary>%s</summary>\n\n", s.CollapsedLabel)
	for _, f := range s.Collapsed {
		if all {
			mdFinding(b, f, "###")
			continue
		}
		fmt.Fprintf(b, "- <a id=\"finding-%d\"></a>%d. **%s** — %s: %s —", f.Number, f.Number, md(f.Topic), f.Verdict, md(f.Values))
		for _, sd := range f.Sides {
			fmt.Fprintf(b, " %s “%s” in %s line %d;", sd.Letter, md(sd.Text), mdLink(sd.Article.Source, sd.Article.Href), sd.Line)
		}
		mdCompactClaims(b, "also", f.Support)
		mdCompactClaims(b, "other claims with this key, in no finding", f.Related)
		b.WriteString("\n")
	}
	if !all {
		b.WriteString("\n`--all` shows each in full.\n")
	}
	b.WriteString("\n</details>\n")
}

// mdCompactClaims appends claims to a collapsed finding's line.
func mdCompactClaims(b *strings.Builder, label string, cs []deskClaim) {
	if len(cs) == 0 {
		return
	}
	fmt.Fprintf(b, " %s:", label)
	for _, c := range cs {
		fmt.Fprintf(b, " “%s” → %s (%s, %s line %d);", md(c.Text), md(c.Value), md(c.Speaker), mdLink(c.Article.Source, c.Article.Href), c.Line)
	}
}

// mdFinding writes one finding in full under a heading of level h.
func mdFinding(b *strings.Builder, f deskFinding, h string) {
	fmt.Fprintf(b, "\n<a id=\"finding-%d\"></a>\n\n%s %d. %s — %s, %s\n\n", f.Number, h, f.Number, md(f.Topic), f.Verdict, f.Severity)
	if f.Facets != "" {
		fmt.Fprintf(b, "%s  \n", md(f.Facets))
	}
	fmt.Fprintf(b, "%s finding %s", f.Kind, mdCode(f.ID))
	if f.Note != "" {
		fmt.Fprintf(b, ": %s", md(f.Note))
	}
	b.WriteString("\n")
	for _, s := range f.Sides {
		fmt.Fprintf(b, "\n**%s** · %s · %s, published %s · %s line %d  \n", s.Letter, md(s.Who()), mdLink(s.Article.Title, s.Article.Href), s.Published, mdCode(s.Article.Path), s.Line)
		fmt.Fprintf(b, "“%s” → **%s**", md(s.Text), md(s.Value))
		if s.Hedges != "" {
			fmt.Fprintf(b, " (hedged: %s)", md(s.Hedges))
		}
		if len(s.Diff) > 0 {
			fmt.Fprintf(b, "  \nSpelling against A: %s", mdDiff(s.Diff))
		}
		b.WriteString("\n\n> ")
		b.WriteString(mdSegments(s.Segments))
		b.WriteString("\n")
	}
	mdClaims(b, "The same value also in", f.Support)
	mdClaims(b, "Other claims with this key, in no finding", f.Related)
}

// mdClaims lists claims under a finding.
func mdClaims(b *strings.Builder, label string, cs []deskClaim) {
	if len(cs) == 0 {
		return
	}
	fmt.Fprintf(b, "\n%s:\n\n", label)
	for _, c := range cs {
		fmt.Fprintf(b, "- “%s” → %s", md(c.Text), md(c.Value))
		if c.Side != "" {
			fmt.Fprintf(b, " (as %s)", c.Side)
		}
		fmt.Fprintf(b, " — %s in %s line %d\n", md(c.Speaker), mdArticle(c.Article), c.Line)
	}
}

// mdSegments writes an evidence sentence with the claim's words in bold
// and the differing words in italics. Emphasis that CommonMark would not
// read as such (a delimiter beside punctuation and a letter, or beside
// another delimiter) is written as <strong> or <em> instead.
func mdSegments(segs []Segment) string {
	var b strings.Builder
	for i, seg := range segs {
		text := md(seg.Text)
		if !seg.Claim && !seg.Differs {
			b.WriteString(text)
			continue
		}
		mark, tag := "*", "em"
		if seg.Claim {
			mark, tag = "**", "strong"
		}
		inner := strings.TrimSpace(text)
		if inner == "" {
			b.WriteString(text)
			continue
		}
		lead := text[:strings.Index(text, inner)]
		trail := text[len(lead)+len(inner):]
		prev := lastRune(b.String() + lead)
		var next rune
		if trail != "" {
			next, _ = utf8.DecodeRuneInString(trail)
		} else if i+1 < len(segs) {
			if segs[i+1].Claim || segs[i+1].Differs {
				next = '*' // another delimiter follows at once
			} else {
				next, _ = utf8.DecodeRuneInString(md(segs[i+1].Text))
			}
		}
		b.WriteString(lead)
		if flanks(prev, inner, next) {
			b.WriteString(mark + inner + mark)
		} else {
			b.WriteString("<" + tag + ">" + inner + "</" + tag + ">")
		}
		b.WriteString(trail)
	}
	return b.String()
}

// flanks reports whether "*"-delimiters around inner, with prev before and
// next after (0 for the start or end of the line), open and close
// emphasis in CommonMark: the opener left-flanking, the closer
// right-flanking, neither touching another delimiter.
func flanks(prev rune, inner string, next rune) bool {
	first, _ := utf8.DecodeRuneInString(inner)
	last, _ := utf8.DecodeLastRuneInString(inner)
	if prev == '*' || next == '*' || first == '*' || last == '*' {
		return false
	}
	open := !isPunct(first) || prev == 0 || unicode.IsSpace(prev) || isPunct(prev)
	closes := !isPunct(last) || next == 0 || unicode.IsSpace(next) || isPunct(next)
	// A backslash escape at the end would escape the closing delimiter.
	return open && closes && !strings.HasSuffix(inner, `\`)
}

func isPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// mdDiff writes a character diff with <del> and <ins>, which render in
// every Markdown a desk uses and, unlike ~~ and **, never depend on the
// letters around them.
func mdDiff(edits []compare.Edit) string {
	var b strings.Builder
	for _, e := range edits {
		switch e.Op {
		case compare.Delete:
			b.WriteString("<del>" + md(e.Text) + "</del>")
		case compare.Insert:
			b.WriteString("<ins>" + md(e.Text) + "</ins>")
		default:
			b.WriteString(md(e.Text))
		}
	}
	return b.String()
}

func orNone(parts []string) string {
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}

func orUnknown(s string) string {
	if s == "" {
		return "date unknown"
	}
	return s
}
