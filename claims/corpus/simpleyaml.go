package corpus

import (
	"strings"
	"unicode/utf8"
)

// simpleField is one "key: value" line of a plain YAML block: its key,
// its value as yaml.v3 would decode it for fieldSet.set (the text as
// written for a known field, a string, true or false otherwise; nil for
// an empty or null value), and its line in the block (1-based).
type simpleField struct {
	key  string
	val  any
	line int
}

// maxSimpleKey is the longest key read without yaml.v3; YAML limits a
// plain key to 1024 characters, and no field name comes near this.
const maxSimpleKey = 64

// scanSimpleYAML reads a front-matter block made only of top-level
// "key: value" lines, comment lines and blank lines, which is what nearly
// every article's front matter is, without yaml.v3 (whose parse was a
// quarter of the loader's time). ok is false for anything else (lists,
// nested maps, block scalars, anchors, tags, escapes, numbers and
// timestamps outside the known fields, tabs, unusual line breaks): the
// caller then reads the block with yaml.v3, so that every block reads
// exactly as yaml.v3 reads it. FuzzSimpleYAML holds the two together.
func scanSimpleYAML(src string, out []simpleField) (_ []simpleField, ok bool) {
	line := 0
	for len(src) > 0 {
		line++
		l := src
		if i := strings.IndexByte(src, '\n'); i >= 0 {
			l, src = src[:i], src[i+1:]
		} else {
			src = ""
		}
		l = strings.TrimSuffix(l, "\r")
		if l == "" || l[0] == '#' && printable(l) {
			continue
		}
		f, ok := simpleLine(l)
		if !ok {
			return out, false
		}
		f.line = line
		out = append(out, f)
	}
	return out, true
}

// simpleLine reads one "key: value" line (without its line break).
func simpleLine(l string) (simpleField, bool) {
	var f simpleField
	n := keyLen(l)
	if n == 0 || n > maxSimpleKey || n == len(l) || l[n] != ':' {
		return f, false
	}
	f.key = l[:n]
	rest := l[n+1:]
	if rest != "" && rest[0] != ' ' || !printable(rest) {
		return f, false
	}
	v := strings.Trim(rest, " ")
	var ok bool
	if v != "" && (v[0] == '"' || v[0] == '\'') {
		f.val, ok = quotedValue(v)
		return f, ok
	}
	f.val, ok = plainValue(v, isKnownField(f.key))
	return f, ok
}

// keyLen is the length of the field name at the start of l: an ASCII
// letter or underscore, then letters, digits, underscores and hyphens.
func keyLen(l string) int {
	for i := 0; i < len(l); i++ {
		c := l[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', c == '_':
		case i > 0 && ('0' <= c && c <= '9' || c == '-'):
		default:
			return i
		}
	}
	return len(l)
}

func isKnownField(key string) bool {
	_, ok := fields[strings.ToLower(key)]
	return ok
}

// plainValue is the value of an unquoted scalar v (trimmed). A known
// field keeps the text as written (readYAML takes a scalar's text, not
// its type); another field must be text, true or false. Anything yaml.v3
// would read otherwise or reject is not ok: a leading indicator, ": "
// (a nested map), " #" (a comment), a number, a timestamp, a float.
func plainValue(v string, known bool) (any, bool) {
	switch v {
	case "", "~", "null", "Null", "NULL":
		return nil, true
	}
	if strings.ContainsRune("-?:,[]{}#&*!|>'\"%@`", rune(v[0])) ||
		strings.Contains(v, ": ") || strings.Contains(v, " #") || v[len(v)-1] == ':' {
		return nil, false
	}
	if v == "<<" {
		return nil, false // a merge key
	}
	if known {
		return v, true
	}
	switch v {
	case "true", "True", "TRUE":
		return true, true
	case "false", "False", "FALSE":
		return false, true
	}
	if strings.IndexByte("+-.0123456789", v[0]) >= 0 {
		return nil, false // maybe a number or a timestamp
	}
	return v, true
}

// quotedValue is the text of a single-quoted scalar without ” or of a
// double-quoted one without escapes, followed by nothing but spaces
// (v is trimmed, so by nothing).
func quotedValue(v string) (any, bool) {
	q := v[0]
	if len(v) < 2 || v[len(v)-1] != q {
		return nil, false
	}
	in := v[1 : len(v)-1]
	if strings.IndexByte(in, q) >= 0 || q == '"' && strings.IndexByte(in, '\\') >= 0 {
		return nil, false
	}
	return in, true
}

// printable reports whether s holds only characters that yaml.v3 reads
// as plain characters of one line: printable ASCII, and non-ASCII
// characters other than its line breaks (U+0085, U+2028, U+2029), the
// byte order mark and what it rejects as control characters. Tabs are
// left to yaml.v3, whose rules for them depend on where they are.
func printable(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1, r < 0xa0, r == 0x2028, r == 0x2029, r == 0xfeff, r > 0xd7ff && r < 0xe000, r == 0xfffe, r == 0xffff:
			return false
		}
		i += n
	}
	return true
}
