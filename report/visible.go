package report

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Visible returns s with every character that would act on a terminal or
// a log rather than show written out, so that a file name or an article
// can neither start a line of its own (a GitHub workflow command such as
// "::error file=…") nor move the cursor, recolour the screen or reorder
// what is shown: line breaks and tabs become \n, \r and \t; other control
// characters \x1b, \x7f (C1 controls \u0085); bidirectional formatting
// and line or paragraph separators \u202e, \u2028; bytes that are not
// UTF-8 \xff. Everything else, any script included, is kept.
func Visible(s string) string { return visible(s, false) }

// visibleLines is Visible with line breaks and tabs kept, for text whose
// lines a format handles itself (the escaping of workflow commands, or
// Markdown's).
func visibleLines(s string) string { return visible(s, true) }

func visible(s string, keepLines bool) string {
	i := 0
	for i < len(s) && s[i] >= 0x20 && s[i] < 0x7f {
		i++ // the common case: printable ASCII
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			fmt.Fprintf(&b, `\x%02x`, s[i])
			i++
			continue
		}
		b.WriteString(visibleRune(r, s[i:i+n], keepLines))
		i += n
	}
	return b.String()
}

// visibleRune is how one rune is shown: itself (as written, raw) or an
// escape.
func visibleRune(r rune, raw string, keepLines bool) string {
	switch {
	case keepLines && (r == '\n' || r == '\r' || r == '\t'):
		return raw
	case r == '\n':
		return `\n`
	case r == '\r':
		return `\r`
	case r == '\t':
		return `\t`
	case r < 0x20 || r == 0x7f:
		return fmt.Sprintf(`\x%02x`, r)
	case r >= 0x80 && r <= 0x9f, invisibleFormat(r):
		return fmt.Sprintf(`\u%04x`, r)
	}
	return raw
}

// invisibleFormat reports whether r is a bidirectional formatting
// character or a line or paragraph separator: invisible, it changes how
// the text around it is laid out.
func invisibleFormat(r rune) bool {
	switch {
	case r == 0x061c, r == 0x200e, r == 0x200f, r == 0x2028, r == 0x2029:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}
