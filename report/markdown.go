package report

import (
	"fmt"
	"io"
	"strings"

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

func md(s string) string { return mdEscaper.Replace(s) }

// mdCode writes s as a code span, where backslash escapes do not work:
// the fence is one backtick longer than any run of backticks in s.
func mdCode(s string) string {
	s = strings.Join(strings.Fields(s), " ")
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

// Markdown writes a report for a desk memo or a pull-request comment: the
// summary, then each finding with its sides' evidence sentences, the
// claim's words in bold and the words the other side's sentence lacks in
// italics, and for names each side's character diff against side A
// (~~deleted~~, **inserted**).
func Markdown(w io.Writer, r *pipeline.Result) error {
	d := newDesk(r)
	var b strings.Builder
	b.WriteString("# claimcheck report\n\n")
	fmt.Fprintf(&b, "**%s**\n\n", md(d.Line))
	b.WriteString("| | |\n|---|---|\n")
	fmt.Fprintf(&b, "| documents read | %d |\n| documents rejected | %d |\n| claims | %d |\n", d.Summary.Documents, d.Summary.Rejected, d.Summary.Claims)
	fmt.Fprintf(&b, "| findings by verdict | %s |\n", orNone(d.Verdicts))
	fmt.Fprintf(&b, "| findings by kind | %s |\n", orNone(d.Kinds))
	fmt.Fprintf(&b, "| findings by severity | %s |\n", orNone(d.Severity))
	if len(d.Errors) > 0 {
		b.WriteString("\n## Rejected inputs\n\n")
		for _, e := range d.Errors {
			fmt.Fprintf(&b, "- %s\n", md(e.Error()))
		}
	}
	if len(d.Findings) == 0 {
		b.WriteString("\nNo findings.\n")
	}
	for _, f := range d.Findings {
		fmt.Fprintf(&b, "\n## %d. %s — %s, %s\n\n", f.Number, md(f.Topic), f.Verdict, f.Severity)
		fmt.Fprintf(&b, "%s finding %s", f.Kind, mdCode(f.ID))
		if f.Note != "" {
			fmt.Fprintf(&b, ": %s", md(f.Note))
		}
		b.WriteString("\n")
		if f.Also != "" {
			fmt.Fprintf(&b, "\nThe same values also in: %s\n", md(f.Also))
		}
		for _, s := range f.Sides {
			fmt.Fprintf(&b, "\n**Side %s** — %s, published %s (%s line %d)  \n", s.Letter, md(s.Who()), s.Published, mdCode(s.Path), s.Line)
			fmt.Fprintf(&b, "“%s” → **%s**", md(s.Text), md(s.Value))
			if s.Hedges != "" {
				fmt.Fprintf(&b, " (hedged: %s)", md(s.Hedges))
			}
			if len(s.Diff) > 0 {
				fmt.Fprintf(&b, "  \nSpelling against side A: %s", mdDiff(s.Diff))
			}
			b.WriteString("\n\n> ")
			for _, seg := range s.Segments {
				switch {
				case seg.Claim:
					b.WriteString(wrapMark(md(seg.Text), "**"))
				case seg.Differs:
					b.WriteString(wrapMark(md(seg.Text), "*"))
				default:
					b.WriteString(md(seg.Text))
				}
			}
			b.WriteString("\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// wrapMark puts mark around s's words, leaving its outer white space
// outside, where CommonMark needs it for the emphasis to count.
func wrapMark(s, mark string) string {
	t := strings.TrimSpace(s)
	if t == "" {
		return s
	}
	i := strings.Index(s, t)
	return s[:i] + mark + t + mark + s[i+len(t):]
}

func mdDiff(edits []compare.Edit) string {
	var b strings.Builder
	for _, e := range edits {
		switch e.Op {
		case compare.Delete:
			b.WriteString("~~" + md(e.Text) + "~~")
		case compare.Insert:
			b.WriteString("**" + md(e.Text) + "**")
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
