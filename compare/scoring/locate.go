package scoring

import (
	"errors"
	"fmt"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// BodyStart returns the byte offset where the body of text begins: just
// after a leading front-matter block ("---" lines), else 0. It follows the
// loader, so that offsets found here index the same text as claim spans.
func BodyStart(text string) int {
	if !strings.HasPrefix(text, "---\n") && !strings.HasPrefix(text, "---\r\n") {
		return 0
	}
	off := strings.IndexByte(text, '\n') + 1
	for off < len(text) {
		end := strings.IndexByte(text[off:], '\n')
		next := len(text)
		if end >= 0 {
			next = off + end + 1
		} else {
			end = len(text) - off
		}
		if strings.TrimSpace(text[off:off+end]) == "---" {
			return next
		}
		off = next
	}
	// An unclosed block is not front matter to the loader either.
	return 0
}

// Texts maps each document's ID (its path relative to the story folder,
// the same as an expected value's file) to its whole text.
func Texts(docs []*claims.Document) map[string]string {
	m := make(map[string]string, len(docs))
	for _, d := range docs {
		m[d.ID] = d.Text
	}
	return m
}

// Occurrences returns every place of v in the body of its file, as spans
// into the whole text; nil when the file is unknown or the words are not
// in its body.
func Occurrences(v Value, texts map[string]string) []claims.Span {
	text, ok := texts[v.File]
	if !ok || v.Value == "" {
		return nil
	}
	var out []claims.Span
	for off := BodyStart(text); off < len(text); {
		i := strings.Index(text[off:], v.Value)
		if i < 0 {
			break
		}
		start := off + i
		out = append(out, claims.Span{Start: start, End: start + len(v.Value)})
		off = start + 1
	}
	return out
}

// Locate checks that every value of exp is found in the body of its file
// and returns one error per value that is not.
func Locate(exp *Expected, texts map[string]string) error {
	var errs []error
	for _, sec := range [][]Item{exp.Disagreements, exp.Ambiguous, exp.Agreements} {
		for _, it := range sec {
			for _, v := range it.Values {
				if len(Occurrences(v, texts)) > 0 {
					continue
				}
				why := "is not in the body of"
				if _, ok := texts[v.File]; !ok {
					why = "names a file that was not loaded:"
				}
				errs = append(errs, fmt.Errorf("%s:%d: value %q %s %s", exp.Path, v.Line, v.Value, why, v.File))
			}
		}
	}
	return errors.Join(errs...)
}
