package corpus

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// sniffSize is how much of an input is looked at to guess its format.
const sniffSize = 4096

// sniffer is a buffered reader whose first bytes can be looked at.
type sniffer struct{ *bufio.Reader }

func newSniffer(r io.Reader) sniffer { return sniffer{bufio.NewReaderSize(r, sniffBuffer)} }

// sniffBuffer is the size of a sniffer's buffer.
const sniffBuffer = 64 << 10

// buffers are the reader and copy buffer a run reuses from one input to
// the next: new ones per file were 47% of the bytes a check of a folder
// of news articles allocated. An input's text never points into them.
type buffers struct {
	br   *bufio.Reader
	copy []byte
}

// sniffer returns a sniffer reading r with the run's reader.
func (b *buffers) sniffer(r io.Reader) sniffer {
	if b.br == nil {
		b.br = bufio.NewReaderSize(r, sniffBuffer)
	} else {
		b.br.Reset(r)
	}
	return sniffer{b.br}
}

// copyBuffer returns the run's copy buffer.
func (b *buffers) copyBuffer() []byte {
	if b.copy == nil {
		b.copy = make([]byte, 32<<10)
	}
	return b.copy
}

func (s sniffer) peek() []byte {
	b, _ := s.Peek(sniffSize)
	return b
}

// errTooBig is returned by readAtMost for an input over the limit.
type errTooBig struct{ limit int64 }

func (e errTooBig) Error() string {
	return fmt.Sprintf("input is over the %s limit; raise --max-size to read it, or split it", humanSize(e.limit))
}

// readAtMost reads r to its end, failing when it holds more than limit
// bytes (no limit when limit < 0) without reading further. size, when
// known, lets the text be read into one buffer of the right size and kept
// as the document's text without a copy: a large file costs its size once.
// buf is the copy buffer (nil: one is allocated).
func readAtMost(r io.Reader, limit, size int64, buf []byte) (string, error) {
	var b strings.Builder
	if size > 0 && (limit < 0 || size <= limit) {
		b.Grow(int(size) + 1)
	}
	if limit >= 0 {
		r = io.LimitReader(r, limit+1)
	}
	if _, err := io.CopyBuffer(&b, r, buf); err != nil {
		return "", err
	}
	if limit >= 0 && int64(b.Len()) > limit {
		return "", errTooBig{limit}
	}
	return b.String(), nil
}

// sniff guesses the format of an input from its first bytes.
func sniff(head []byte) string {
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	if isUTF16(head) {
		// Decoded later; only plain text is sniffed in UTF-16.
		return "txt"
	}
	t := bytes.TrimLeft(head, " \t\r\n")
	if len(t) > 0 && t[0] == '{' {
		return "jsonl"
	}
	low := strings.ToLower(string(t[:min(len(t), 512)]))
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<article", "<meta", "<!--", "<p>", "<div"} {
		if strings.HasPrefix(low, tag) {
			return "html"
		}
	}
	return "txt"
}

func isUTF16(b []byte) bool {
	return len(b) >= 2 && (b[0] == 0xff && b[1] == 0xfe || b[0] == 0xfe && b[1] == 0xff)
}

// decode turns a file's text into the document's: UTF-16 with a byte
// order mark is decoded, a UTF-8 byte order mark dropped; an empty file, a
// binary file and invalid UTF-8 are errors naming the line.
func decode(p string, data string) (string, *Error) {
	if isUTF16([]byte(data[:min(len(data), 2)])) {
		d, err := fromUTF16([]byte(data))
		if err != nil {
			return "", &Error{Path: p, Reason: err.Error()}
		}
		data = string(d)
	}
	data = strings.TrimPrefix(data, "\xef\xbb\xbf")
	if strings.TrimSpace(data) == "" {
		return "", &Error{Path: p, Reason: "empty file"}
	}
	if i := strings.IndexByte(data, 0); i >= 0 {
		return "", &Error{Path: p, Line: 1 + strings.Count(data[:i], "\n"), Reason: fmt.Sprintf("binary file (NUL byte at offset %d); only text, HTML and JSONL are read", i)}
	}
	if off := invalidAt(data); off < len(data) {
		return "", &Error{Path: p, Line: 1 + strings.Count(data[:off], "\n"), Reason: fmt.Sprintf("invalid UTF-8 at byte %d; save the file as UTF-8", off)}
	}
	return data, nil
}

// invalidAt returns the offset of the first invalid UTF-8 sequence, or
// len(b).
func invalidAt[T string | []byte](b T) int {
	if v, ok := any(b).([]byte); ok && utf8.Valid(v) {
		return len(v)
	}
	s := string(b) // no copy for a string; the []byte is known to be bad
	if utf8.ValidString(s) {
		return len(s)
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(s)
}

// fromUTF16 decodes UTF-16 text that starts with a byte order mark.
func fromUTF16(b []byte) ([]byte, error) {
	if len(b)%2 != 0 {
		return nil, errors.New("UTF-16 text has an odd number of bytes; the file is cut or not UTF-16")
	}
	big := b[0] == 0xfe
	u := make([]uint16, 0, len(b)/2-1)
	for i := 2; i+1 < len(b); i += 2 {
		if big {
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		} else {
			u = append(u, uint16(b[i+1])<<8|uint16(b[i]))
		}
	}
	var out bytes.Buffer
	out.Grow(len(u))
	for _, r := range utf16.Decode(u) {
		out.WriteRune(r)
	}
	return out.Bytes(), nil
}
