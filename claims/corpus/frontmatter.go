package corpus

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/claimcheck/claimcheck/claims"
	"gopkg.in/yaml.v3"
)

// field is a metadata field claimcheck uses: its canonical name and, among
// the names that set it, the rank of this one (0 wins over 1).
type field struct {
	canon string
	rank  int
}

// fields are the metadata fields of front matter and JSONL, with their
// accepted aliases. When several names of one field are given, the one
// of lowest rank wins ("published" over "publishDate" over "date").
var fields = map[string]field{
	"source":       {"source", 0},
	"outlet":       {"source", 1},
	"url":          {"url", 0},
	"link":         {"url", 1},
	"published":    {"published", 0},
	"publishdate":  {"published", 1},
	"publish_date": {"published", 1},
	"date":         {"published", 2},
	"language":     {"language", 0},
	"lang":         {"language", 1},
	"title":        {"title", 0},
	"headline":     {"title", 1},
}

// dateLayouts are the forms a published value may take (Hugo, Jekyll and
// archives write all of these).
var dateLayouts = []string{
	"2006-01-02", time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02 15:04",
	"2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05 -07:00", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04 -0700", "2006/01/02",
}

// parseDate reads a published value.
func parseDate(v string) (time.Time, bool) {
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, v); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// fields collects the metadata of one document: the fields claimcheck
// uses are set on the document, the others kept in Document.Meta, and
// near misses of known names reported as warnings.
type fieldSet struct {
	doc   *claims.Document
	ranks map[string]int // canonical name → rank of the name that set it
	warn  []*Error
}

func newFieldSet(doc *claims.Document) *fieldSet {
	return &fieldSet{doc: doc, ranks: map[string]int{}}
}

// set stores one field, given as text or (for TOML and YAML dates) as a
// time; it returns a reason when a known field's value is malformed. An
// unknown field is kept in Meta, with a warning when its name looks like
// a misspelt known one.
func (fs *fieldSet) set(path string, line int, key string, val any) string {
	f, ok := fields[strings.ToLower(key)]
	if !ok {
		if s := suggest(strings.ToLower(key)); s != "" {
			fs.warn = append(fs.warn, &Error{Path: path, Line: line,
				Reason: fmt.Sprintf("unknown field %q (did you mean %q?); kept as metadata", key, s)})
		}
		if fs.doc.Meta == nil {
			fs.doc.Meta = map[string]any{}
		}
		fs.doc.Meta[key] = plain(val)
		return ""
	}
	if r, seen := fs.ranks[f.canon]; seen && r <= f.rank {
		return "" // a better name of the field was given
	}
	var text string
	switch v := val.(type) {
	case nil:
	case string:
		text = strings.TrimSpace(v)
	case time.Time:
		if f.canon != "published" {
			text = v.Format("2006-01-02")
			break
		}
		fs.ranks[f.canon] = f.rank
		fs.doc.Published = wallClock(v)
		return ""
	case bool, int64, float64:
		text = fmt.Sprint(v)
	default:
		return fmt.Sprintf("field %q is not a single value", key)
	}
	fs.ranks[f.canon] = f.rank
	// A document outlives its text (claimcheck drops an article's text once
	// its claims are taken): metadata must not be a piece of it.
	text = strings.Clone(text)
	switch f.canon {
	case "source":
		fs.doc.Source = text
	case "url":
		fs.doc.URL = text
	case "title":
		fs.doc.Title = strings.Join(strings.Fields(text), " ")
	case "language":
		fs.doc.Language = normLang(text)
	case "published":
		if text == "" {
			return ""
		}
		t, ok := parseDate(text)
		if !ok {
			return fmt.Sprintf("published %q is not a date like 2024-11-16", text)
		}
		fs.doc.Published = t
	}
	return ""
}

// plain turns a decoded metadata value into plain data that JSON can
// write: maps keyed by strings, times as RFC 3339 text, numbers JSON can
// hold.
func plain(v any) any {
	switch v := v.(type) {
	case nil, string, bool, int64:
		return v
	case int:
		return int64(v)
	case float64:
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Sprint(v)
		}
		return v
	case time.Time:
		switch v.Location().String() {
		case "date-local":
			return v.Format("2006-01-02")
		case "datetime-local":
			return v.Format("2006-01-02T15:04:05")
		case "time-local":
			return v.Format("15:04:05")
		}
		if v.Location() == time.UTC && v.Hour() == 0 && v.Minute() == 0 && v.Second() == 0 && v.Nanosecond() == 0 {
			return v.Format("2006-01-02") // YAML's plain date
		}
		return v.Format(time.RFC3339)
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = plain(x)
		}
		return out
	case []map[string]any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = plain(x)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			out[k] = plain(x)
		}
		return out
	case map[any]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			out[fmt.Sprint(k)] = plain(x)
		}
		return out
	}
	return fmt.Sprint(v)
}

// wallClock gives a TOML local date or date-time (which go-toml marks
// with a location of its own) in UTC at the same wall clock, as a date
// written as text is read; other times are kept.
func wallClock(t time.Time) time.Time {
	switch t.Location().String() {
	case "date-local", "datetime-local", "time-local":
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
	}
	return t
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
	for name, f := range fields {
		d := editDistance(key, name)
		if d < bestD || d == bestD && f.canon < best {
			best, bestD = f.canon, d
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

// frontMatter is a leading metadata block: YAML between "---" lines (the
// closing one may be "..."), or TOML between "+++" lines.
type frontMatter struct {
	toml bool
	// body is the block's text without its fences, starting on file line
	// 2; end is the offset in the text just after the closing fence's line.
	body string
	end  int
}

// findFrontMatter returns the front-matter block at the start of text;
// ok is false when the text has none. An opening fence without a closing
// one is an error.
func findFrontMatter(text string) (fm frontMatter, ok bool, e string) {
	first, _, _ := strings.Cut(text, "\n")
	fence := strings.TrimRight(first, " \t\r")
	if fence != "---" && fence != "+++" {
		return fm, false, ""
	}
	fm.toml = fence == "+++"
	start := len(first) + 1
	for off := start; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		next := len(text)
		if end >= 0 {
			next = off + end + 1
		} else {
			end = len(text) - off
		}
		line := strings.TrimSpace(text[off : off+end])
		if line == fence || !fm.toml && line == "..." {
			fm.body, fm.end = text[start:off], next
			return fm, true, ""
		}
		off = next
	}
	return fm, false, fmt.Sprintf("no closing %q line", fence)
}

// yamlLine finds the line number yaml.v3 puts at the head of its messages.
var yamlLine = regexp.MustCompile(`^yaml: (?:line (\d+): )?`)

// yamlError reads a yaml.v3 syntax error: the 1-based line of the YAML
// text it is about, and the message. yaml.v3 numbers the lines of a
// scanner error from 1 but those of a parser error ("did not find
// expected ..."), which point at where the unfinished construct started,
// from 0, and it leaves out a line number 0: both are corrected here.
func yamlError(msg string) (int, string) {
	m := yamlLine.FindStringSubmatch(msg)
	if m == nil {
		return 0, msg
	}
	msg = msg[len(m[0]):]
	line := 1
	if m[1] != "" {
		line, _ = strconv.Atoi(m[1])
		if yamlParserProblem(msg) {
			line++
		}
	}
	return line, msg
}

// yamlParserProblem reports whether msg is one of yaml.v3's parser errors
// (as opposed to its scanner errors).
func yamlParserProblem(msg string) bool {
	for _, p := range []string{"did not find expected", "found undefined tag handle", "found duplicate %", "found incompatible YAML document"} {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}

// parseFrontMatter parses a leading "---" (YAML) or "+++" (TOML) block
// into doc's fields and Meta, and moves doc.Body past it. It returns the
// warnings (misspelt field names) and an error for a block that cannot be
// read. Lines are numbered from the file's first line.
func parseFrontMatter(doc *claims.Document) ([]*Error, *Error) {
	fm, ok, reason := findFrontMatter(doc.Text)
	if reason != "" {
		return nil, &Error{Path: doc.Path, Line: 1, Reason: "front matter: " + reason}
	}
	if !ok {
		return nil, nil
	}
	fs := newFieldSet(doc)
	var e *Error
	if fm.toml {
		e = fs.readTOML(fm.body)
	} else {
		e = fs.readYAML(fm.body)
	}
	if e != nil {
		e.Reason = "front matter: " + e.Reason
		return nil, e
	}
	for _, w := range fs.warn {
		w.Reason = "front matter: " + w.Reason
	}
	doc.Body.Start = fm.end
	return fs.warn, nil
}

// readYAML reads a YAML block whose first line is file line 2: a block of
// plain "key: value" lines by scanSimpleYAML, any other by yaml.v3.
func (fs *fieldSet) readYAML(src string) *Error {
	var buf [8]simpleField
	simple, ok := scanSimpleYAML(src, buf[:0])
	if !ok {
		return fs.readFullYAML(src)
	}
	for _, f := range simple {
		if reason := fs.set(fs.doc.Path, f.line+1, f.key, f.val); reason != "" {
			return &Error{Path: fs.doc.Path, Line: f.line + 1, Reason: reason}
		}
	}
	return nil
}

// readFullYAML reads a YAML block whose first line is file line 2 with
// yaml.v3.
func (fs *fieldSet) readFullYAML(src string) *Error {
	path := fs.doc.Path
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(src), &root); err != nil {
		line, msg := yamlError(err.Error())
		return &Error{Path: path, Line: line + 1, Reason: msg}
	}
	if len(root.Content) == 0 {
		return nil // an empty block
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		return &Error{Path: path, Line: m.Line + 1, Reason: fmt.Sprintf("%q is not \"field: value\" (is the closing \"---\" line missing?)", firstLine(src, m.Line))}
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		var val any
		if err := v.Decode(&val); err != nil {
			return &Error{Path: path, Line: v.Line + 1, Reason: err.Error()}
		}
		if v.Kind == yaml.ScalarNode && v.Tag != "!!null" && v.Tag != "!!seq" && v.Tag != "!!map" {
			if _, known := fields[strings.ToLower(k.Value)]; known {
				val = v.Value // as written: "2024-11-16", "0123", "yes"
			}
		}
		if reason := fs.set(path, k.Line+1, k.Value, val); reason != "" {
			return &Error{Path: path, Line: k.Line + 1, Reason: reason}
		}
	}
	return nil
}

// readTOML reads a TOML block whose first line is file line 2.
func (fs *fieldSet) readTOML(src string) *Error {
	path := fs.doc.Path
	var m map[string]any
	if _, err := toml.Decode(src, &m); err != nil {
		if pe, ok := err.(toml.ParseError); ok {
			return &Error{Path: path, Line: pe.Position.Line + 1, Reason: "TOML: " + pe.Message}
		}
		return &Error{Path: path, Reason: "TOML: " + err.Error()}
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		line := tomlKeyLine(src, k)
		if reason := fs.set(path, line, k, m[k]); reason != "" {
			return &Error{Path: path, Line: line, Reason: reason}
		}
	}
	return nil
}

// tomlKeyLine is the file line of a top-level key in a TOML block (whose
// first line is file line 2), or 0 when it cannot be told.
func tomlKeyLine(src, key string) int {
	for i, l := range strings.Split(src, "\n") {
		l = strings.TrimSpace(l)
		name, _, ok := strings.Cut(l, "=")
		if ok && strings.Trim(strings.TrimSpace(name), `"'`) == key {
			return i + 2
		}
		if strings.HasPrefix(l, "["+key+"]") || strings.HasPrefix(l, "[["+key+"]]") {
			return i + 2
		}
	}
	return 0
}

// firstLine is line n (1-based) of src, trimmed.
func firstLine(src string, n int) string {
	lines := strings.Split(src, "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[n-1])
}
