package corpus

import (
	"fmt"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims"
)

// fields are the metadata fields of front matter and JSONL, with their
// accepted aliases.
var fields = map[string]string{
	"source":    "source",
	"outlet":    "source",
	"url":       "url",
	"link":      "url",
	"published": "published",
	"date":      "published",
	"language":  "language",
	"lang":      "language",
	"title":     "title",
	"headline":  "title",
}

// fieldNames lists the canonical field names, for messages.
const fieldNames = "source, url, published, language, title"

// dateLayouts are the forms a published value may take.
var dateLayouts = []string{"2006-01-02", time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02 15:04", "2006/01/02"}

// parseDate reads a published value.
func parseDate(v string) (time.Time, bool) {
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, v); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// setField stores a metadata field in doc; it returns a reason when the
// key is unknown or the value malformed.
func setField(doc *claims.Document, key, val string) string {
	canon, ok := fields[strings.ToLower(key)]
	if !ok {
		if s := suggest(strings.ToLower(key)); s != "" {
			return fmt.Sprintf("unknown field %q (did you mean %q?)", key, s)
		}
		return fmt.Sprintf("unknown field %q (known: %s)", key, fieldNames)
	}
	// A document outlives its text (claimcheck drops an article's text once
	// its claims are taken): metadata must not be a piece of it.
	val = strings.Clone(val)
	switch canon {
	case "source":
		doc.Source = val
	case "url":
		doc.URL = val
	case "title":
		doc.Title = val
	case "language":
		doc.Language = normLang(val)
	case "published":
		if val == "" {
			return ""
		}
		t, ok := parseDate(val)
		if !ok {
			return fmt.Sprintf("published %q is not a date like 2024-11-16", val)
		}
		doc.Published = t
	}
	return ""
}

// normLang reduces a language tag ("en-US", "id_ID") to its language code;
// the packs' aliases map it to a pack later ("ms" is read as "id").
func normLang(v string) string {
	v = strings.ToLower(strings.TrimSpace(v))
	if i := strings.IndexAny(v, "-_"); i > 0 {
		v = v[:i]
	}
	return v
}

// suggest returns the canonical field nearest to key when it is close
// enough to be a typo, or "".
func suggest(key string) string {
	best, bestD := "", 3
	for name, canon := range fields {
		d := editDistance(key, name)
		if d < bestD || d == bestD && canon < best {
			best, bestD = canon, d
		}
	}
	if bestD > 2 || bestD*3 > len(key)+1 {
		return ""
	}
	return best
}

// editDistance is the optimal-string-alignment distance between a and b,
// in bytes: insertions, deletions, substitutions and swaps of neighbours
// ("soruce") each count one.
func editDistance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			c := 1
			if a[i-1] == b[j-1] {
				c = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+c)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

// parseFrontMatter parses a leading "---" block into doc's fields and
// moves doc.Body past it. Lines are numbered from doc.FirstLine.
func parseFrontMatter(doc *claims.Document) *Error {
	text := doc.Text
	first, _, _ := strings.Cut(text, "\n")
	if strings.TrimRight(first, " \t\r") != "---" {
		return nil
	}
	off := len(first) + 1
	line := 1
	for off < len(text) {
		line++
		end := strings.IndexByte(text[off:], '\n')
		next := len(text)
		if end >= 0 {
			next = off + end + 1
		} else {
			end = len(text) - off
		}
		raw := strings.TrimRight(text[off:off+end], "\r")
		off = next
		trimmed := strings.TrimSpace(raw)
		if trimmed == "---" || trimmed == "..." {
			doc.Body.Start = off
			return nil
		}
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		key, val, ok := strings.Cut(raw, ":")
		if !ok {
			return &Error{Path: doc.Path, Line: line, Reason: fmt.Sprintf("front matter: %q is not \"field: value\" (is the closing \"---\" line missing?)", raw)}
		}
		key, val = strings.TrimSpace(key), unquote(strings.TrimSpace(val))
		if reason := setField(doc, key, val); reason != "" {
			return &Error{Path: doc.Path, Line: line, Reason: "front matter: " + reason}
		}
	}
	return &Error{Path: doc.Path, Line: 1, Reason: "front matter: no closing \"---\" line"}
}

// unquote removes one pair of matching quotes around a value.
func unquote(v string) string {
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
		return v[1 : len(v)-1]
	}
	return v
}
