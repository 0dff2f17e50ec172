package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// maxLineErrors is how many bad lines of one archive are reported one by
// one; the rest are counted in a last error, so that a text file named
// .jsonl does not flood the report.
const maxLineErrors = 50

// progressLines is how often, in lines, a JSONL archive being read tells
// Loader.Progress how far it has come.
const progressLines = 2000

// readJSONL streams an archive of one JSON article a line.
func (r *run) readJSONL(p, id, full string, br sniffer) {
	if isUTF16(br.peek()) {
		r.fail(&Error{Path: p, Reason: "JSONL in UTF-16 is not read; save it as UTF-8"})
		return
	}
	var (
		line, docs, bad int
		buf             []byte
	)
	report := func(e *Error) {
		bad++
		if bad <= maxLineErrors {
			r.fail(e)
		}
	}
	for {
		chunk, over, err := readLine(br.Reader, r.max, &buf)
		if len(chunk) == 0 && !over && err != nil {
			if !errors.Is(err, io.EOF) {
				r.fail(&Error{Path: p, Line: line + 1, Reason: describe(err)})
			}
			break
		}
		line++
		r.prog.Bytes += int64(len(chunk))
		if over {
			report(&Error{Path: p, Line: line, Reason: fmt.Sprintf("line is over the %s limit; raise --max-size to read it", humanSize(r.max))})
		} else if doc, e := r.parseJSONLine(p, line, chunk); e != nil {
			report(e)
		} else if doc != nil {
			doc.ID = r.uniqueID(id+"#"+strconv.Itoa(line), full+"#"+strconv.Itoa(line))
			docs++
			r.deliver(doc)
		}
		if err != nil {
			if !errors.Is(err, io.EOF) {
				r.fail(&Error{Path: p, Line: line + 1, Reason: describe(err)})
			}
			break
		}
		if line%progressLines == 0 {
			r.tick(p)
		}
	}
	if bad > maxLineErrors {
		r.fail(&Error{Path: p, Reason: fmt.Sprintf("%d more bad lines not listed (%d in all)", bad-maxLineErrors, bad)})
	}
	if docs == 0 && bad == 0 {
		r.fail(&Error{Path: p, Reason: "empty file: no JSON lines"})
	}
}

// readLine reads one line into *buf without its newline. A line longer
// than limit (when limit >= 0) is consumed but not kept: over is set.
func readLine(br *bufio.Reader, limit int64, buf *[]byte) (line []byte, over bool, err error) {
	b := (*buf)[:0]
	var n int64
	for {
		frag, e := br.ReadSlice('\n')
		n += int64(len(frag))
		if !over {
			if limit >= 0 && int64(len(b)+len(frag)) > limit+1 {
				over, b = true, b[:0]
			} else {
				b = append(b, frag...)
			}
		}
		if errors.Is(e, bufio.ErrBufferFull) {
			continue
		}
		err = e
		break
	}
	*buf = b
	if over {
		return []byte{'x'}, true, err
	}
	if n == 0 {
		return nil, false, err
	}
	return bytes.TrimSuffix(b, []byte("\n")), false, err
}

// parseJSONLine reads one article; a blank line gives neither a document
// nor an error.
func (r *run) parseJSONLine(p string, line int, raw []byte) (*claims.Document, *Error) {
	if line == 1 {
		raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	}
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return nil, nil
	}
	fail := func(format string, a ...any) (*claims.Document, *Error) {
		return nil, &Error{Path: p, Line: line, Reason: fmt.Sprintf(format, a...)}
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		return fail("binary data (NUL byte), not JSON")
	}
	if off := invalidAt(raw); off < len(raw) {
		return fail("invalid UTF-8 at column %d; save the archive as UTF-8", off+1)
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return fail("not JSON: %s at column %d (each line must be one JSON object)", se.Error(), se.Offset)
		}
		return fail("not a JSON object: %s", err.Error())
	}
	if obj == nil {
		return fail("not a JSON object (null)")
	}
	doc := &claims.Document{Path: p, Format: "jsonl", FirstLine: line}
	text, ok := obj["text"]
	if !ok {
		return fail("no \"text\" field")
	}
	if err := json.Unmarshal(text, &doc.Text); err != nil {
		return fail("\"text\" is not a string")
	}
	fs := newFieldSet(doc)
	for _, key := range sortedKeys(obj) {
		if key == "text" {
			continue
		}
		var val any
		if _, known := fields[strings.ToLower(key)]; known {
			var s *string
			if err := json.Unmarshal(obj[key], &s); err != nil {
				return fail("field %q is not a string", key)
			}
			if s == nil {
				continue
			}
			val = *s
		} else if err := json.Unmarshal(obj[key], &val); err != nil {
			return fail("field %q: %v", key, err)
		}
		if reason := fs.set(p, line, key, val); reason != "" {
			return fail("%s", reason)
		}
	}
	r.warn(fs.warn...)
	if e := r.checkLang(doc); e != nil {
		e.Line = line
		return nil, e
	}
	if bytes.IndexByte([]byte(doc.Text), 0) >= 0 {
		return fail("\"text\" holds a NUL byte")
	}
	if len(bytes.TrimSpace([]byte(doc.Text))) == 0 {
		return fail("\"text\" is empty")
	}
	doc.Body = claims.Span{End: len(doc.Text)}
	if e := r.finish(doc); e != nil {
		return nil, e
	}
	return doc, nil
}
