package quantity

import (
	"unicode"
	"unicode/utf8"
)

// tokKind says what a token is.
type tokKind uint8

const (
	tkWord  tokKind = iota + 1 // a run of letters
	tkNum                      // digits, with separators between digits ("3,000", "1.234.567")
	tkPunct                    // any other single character
)

// token is one word, number or punctuation mark of a sentence, by byte
// offsets into the text Find was given.
type token struct {
	start, end int
	kind       tokKind
	// space is set when whitespace precedes the token; a token without it
	// is glued to the one before ("Rp1,2", "3rd", "ke-3").
	space bool
	// upper is set when the token holds an ASCII capital, so that lookups
	// must fold it.
	upper bool
}

// tokenize appends the tokens of text[start:end] to dst. It allocates
// nothing beyond dst's growth.
func tokenize(dst []token, text string, start, end int) []token {
	space := true
	i := start
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
				space = true
				i++
				continue
			case c >= '0' && c <= '9':
				j := i + 1
				for j < end {
					d := text[j]
					if d >= '0' && d <= '9' {
						j++
						continue
					}
					if (d == '.' || d == ',') && j+1 < end && text[j+1] >= '0' && text[j+1] <= '9' {
						j += 2
						continue
					}
					break
				}
				dst = append(dst, token{start: i, end: j, kind: tkNum, space: space})
				i = j
			case isASCIILetter(c):
				j, up := scanWord(text, i, end)
				dst = append(dst, token{start: i, end: j, kind: tkWord, space: space, upper: up})
				i = j
			default:
				dst = append(dst, token{start: i, end: i + 1, kind: tkPunct, space: space})
				i++
			}
			space = false
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += w
			continue
		case unicode.IsLetter(r):
			j, up := scanWord(text, i, end)
			dst = append(dst, token{start: i, end: j, kind: tkWord, space: space, upper: up})
			i = j
		default:
			dst = append(dst, token{start: i, end: i + w, kind: tkPunct, space: space})
			i += w
		}
		space = false
	}
	return dst
}

// scanWord returns the end of the word starting at i and whether it holds
// an ASCII capital. Letters and combining marks continue a word; an
// apostrophe between letters does too ("o'clock").
func scanWord(text string, i, end int) (int, bool) {
	up := false
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf {
			if isASCIILetter(c) {
				if c <= 'Z' {
					up = true
				}
				i++
				continue
			}
			if c == '\'' && i+1 < end && isASCIILetter(text[i+1]) && i > 0 && isASCIILetter(text[i-1]) {
				i++
				continue
			}
			return i, up
		}
		r, w := utf8.DecodeRuneInString(text[i:end])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			return i, up
		}
		i += w
	}
	return i, up
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
