package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"math/bits"
	"strconv"
	"time"
	"unicode/utf8"
)

// jsonObject appends the members of JSON objects to a buffer, byte for
// byte as encoding/json writes the schema structs with SetEscapeHTML(false)
// (the report's contract is those bytes; TestJSONElementsMatchSchema and
// FuzzAppendJSONString hold it). The report has a million members per
// 10,000 articles: written through reflection, an encoder per element and
// a struct built for each, they took a tenth of a check.
//
// A member is preceded by a comma unless it opens its object or array, so
// callers write members in schema order and never place commas. The
// methods named ...Omit leave a member out as `omitempty` does.
type jsonObject struct {
	b   []byte
	err error // the first value JSON cannot hold (NaN or infinite)
}

// key writes a member's name; names are the schema's, plain ASCII.
func (o *jsonObject) key(name string) {
	o.sep()
	o.b = append(o.b, '"')
	o.b = append(o.b, name...)
	o.b = append(o.b, '"', ':')
}

// sep writes the comma before a member or element that is not the first.
func (o *jsonObject) sep() {
	if n := len(o.b); n > 0 && o.b[n-1] != '{' && o.b[n-1] != '[' {
		o.b = append(o.b, ',')
	}
}

// begin starts an object that is a top-level element.
func (o *jsonObject) begin() { o.b = append(o.b, '{') }

// open starts an object that is the value of member name.
func (o *jsonObject) open(name string) {
	o.key(name)
	o.b = append(o.b, '{')
}

// item starts an object that is an element of an open array.
func (o *jsonObject) item() {
	o.sep()
	o.b = append(o.b, '{')
}

func (o *jsonObject) close() { o.b = append(o.b, '}') }

// list starts an array that is the value of member name; end closes it.
func (o *jsonObject) list(name string) {
	o.key(name)
	o.b = append(o.b, '[')
}

func (o *jsonObject) end() { o.b = append(o.b, ']') }

func (o *jsonObject) str(name, s string) {
	o.key(name)
	o.b = appendJSONString(o.b, s)
}

func (o *jsonObject) strOmit(name, s string) {
	if s != "" {
		o.str(name, s)
	}
}

func (o *jsonObject) boolean(name string, v bool) {
	o.key(name)
	o.b = strconv.AppendBool(o.b, v)
}

func (o *jsonObject) boolOmit(name string, v bool) {
	if v {
		o.boolean(name, v)
	}
}

func (o *jsonObject) num(name string, v int) {
	o.key(name)
	o.b = strconv.AppendInt(o.b, int64(v), 10)
}

func (o *jsonObject) numOmit(name string, v int) {
	if v != 0 {
		o.num(name, v)
	}
}

func (o *jsonObject) float(name string, v float64) {
	o.key(name)
	var err error
	if o.b, err = appendJSONFloat(o.b, v); err != nil && o.err == nil {
		o.err = err
	}
}

// strs writes a list of strings, null when nil as encoding/json does.
func (o *jsonObject) strs(name string, ss []string) {
	o.key(name)
	if ss == nil {
		o.b = append(o.b, "null"...)
		return
	}
	o.b = append(o.b, '[')
	for i, s := range ss {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		o.b = appendJSONString(o.b, s)
	}
	o.b = append(o.b, ']')
}

func (o *jsonObject) strsOmit(name string, ss []string) {
	if len(ss) > 0 {
		o.strs(name, ss)
	}
}

// span writes a claims.Span's two offsets as jsonSpan.
func (o *jsonObject) span(name string, start, end int) {
	o.open(name)
	o.num("start", start)
	o.num("end", end)
	o.close()
}

// encoded writes the value v through encoding/json, for values of no
// fixed shape (a document's metadata) and those written once (the
// summary).
func (o *jsonObject) encoded(v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		if o.err == nil {
			o.err = err
		}
		return
	}
	o.b = append(o.b, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...)
}

// time writes t formatted by layout, left out when t is zero as the
// schema's strings are (day, stamp); the layouts give no character to
// escape.
func (o *jsonObject) time(name string, t time.Time, layout string) {
	if t.IsZero() {
		return
	}
	o.key(name)
	o.b = append(o.b, '"')
	o.b = t.AppendFormat(o.b, layout)
	o.b = append(o.b, '"')
}

// errNotFinite is what encoding/json refuses to write: NaN and infinities.
var errNotFinite = errors.New("json: unsupported value: a number that is NaN or infinite")

// appendJSONFloat appends f as encoding/json writes a float64: as ES6
// turns a number into a string, the shortest decimal that reads back as
// f, with an exponent only below 1e-6 or from 1e21, written without
// padding (1e-7, not 1e-07).
func appendJSONFloat(b []byte, f float64) ([]byte, error) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return b, errNotFinite
	}
	// Most of a report's numbers are whole (counts, years). Below 2^53
	// a whole float's shortest decimal is its integer's digits, written
	// in half the time; above, the shortest decimal is rounded
	// (29580431342874048 is "29580431342874050"). Not -0, written "-0".
	if f == math.Trunc(f) && math.Abs(f) < 1<<53 && (f != 0 || !math.Signbit(f)) {
		return strconv.AppendInt(b, int64(f), 10), nil
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, nil
}

// jsonPlain marks the ASCII bytes a JSON string holds as they are (with
// HTML escaping off, as the report writes): not a control character, a
// quote or a backslash. Bytes from 0x80 start UTF-8 sequences, read apart.
var jsonPlain = func() (t [256]bool) {
	for b := 0x20; b < utf8.RuneSelf; b++ {
		t[b] = b != '"' && b != '\\'
	}
	return t
}()

const hexDigits = "0123456789abcdef"

// appendJSONString appends s quoted as encoding/json writes a string with
// SetEscapeHTML(false): \" \\ \b \f \n \r \t, other control characters
// as \u00XX, each byte of invalid UTF-8 as \ufffd, and U+2028 and U+2029
// escaped (JavaScript reads them as line ends); <, > and & as they are.
// strconv.Quote differs on all of these but the first.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			w := s[i : i+8] // one load: the compiler merges the eight
			m := notPlain(uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
				uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56)
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) / 8
		} else if jsonPlain[s[i]] {
			i++
			continue
		}
		if c := s[i]; c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			b = appendJSONEscape(b, c)
			i++
			start = i
			continue
		}
		// Invalid UTF-8 is written as U+FFFD, and the line separators
		// escaped: both as \uXXXX.
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', hexDigits[r>>12], hexDigits[r>>8&0xF], hexDigits[r>>4&0xF], hexDigits[r&0xF])
			start = i + size
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// notPlain tests the 8 bytes of x (little-endian) at once against
// jsonPlain: most of a report is plain ASCII text, and a byte at a time
// the test took most of the time of writing it. The result has a byte's
// high bit set where the byte is not ASCII (x), below 0x20 (x-0x20*ones
// wraps), a quote or a backslash (the byte xor it is 0, and 0-1 wraps),
// and possibly in bytes above such a byte, through the borrow; so it is
// 0 when all eight are plain, and its lowest set bit is in the first
// byte that is not.
func notPlain(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	control := x - 0x20*ones
	quote := (x ^ '"'*ones) - ones
	backslash := (x ^ '\\'*ones) - ones
	return (x | control | quote | backslash) & highs
}

// appendJSONEscape appends the escape of an ASCII byte jsonPlain refuses.
func appendJSONEscape(b []byte, c byte) []byte {
	switch c {
	case '\\', '"':
		return append(b, '\\', c)
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	}
	return append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
}
