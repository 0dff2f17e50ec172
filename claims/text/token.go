// Package text is the one text layer under every recognizer: it splits a
// sentence into tokens once, and finds the phrases of a language pack in
// them. The quantity, date, entity and speaker recognizers and the claim
// assembler all read the same tokens of a sentence, so a sentence is
// tokenized once and every consumer agrees on what a word is.
//
// A token is the finest unit any consumer needs:
//
//		"Sekitar 3.000 tentara Korut tiba di Rusia's port pada 16/11."
//		Sekitar │ 3 │ . │ 000 │ tentara │ Korut │ … │ Rusia │ 's │ … │ 16 │ / │ 11 │ .
//
//	  - a Word is a run of letters and combining marks; an apostrophe
//	    between letters stays inside it ("Jum'at", "Asy’ari", "o'clock"),
//	    except a possessive "'s", which is a Word of its own glued to the
//	    one before ("Rusia" + "'s");
//	  - a Number is a run of decimal digits of any script (its Fold is in
//	    ASCII digits), so "3.000" is three tokens: Number, Punct, Number;
//	  - a Punct is any other single character.
//
// Every token records whether white space precedes it (Space); a token
// without is glued to the one before ("Rp1,2", "ke-3", "MH370"). A
// consumer that needs a larger unit — a number with its group marks, a
// hyphenated name — joins glued tokens with Join, and the result is still
// a Token. Spans are byte offsets into the document text.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/claimcheck/claimcheck/claims"
)

// Kind says what a token holds.
type Kind uint8

// The kinds of token.
const (
	// Word is a run of letters and marks, or a possessive "'s".
	Word Kind = iota + 1
	// Number is a run of decimal digits.
	Number
	// Punct is one other character.
	Punct
)

// String returns the kind's name.
func (k Kind) String() string {
	switch k {
	case Word:
		return "word"
	case Number:
		return "number"
	case Punct:
		return "punct"
	}
	return "unknown"
}

// Token is one word, number or punctuation mark of a sentence.
type Token struct {
	// Span is where the token is in the document text; Text is those
	// bytes.
	Span claims.Span
	Text string
	// Fold is the comparison form: lower case, without diacritics, every
	// apostrophe written ' and every hyphen or dash -, digits in ASCII.
	Fold string
	Kind Kind
	// Space is set when white space precedes the token, or it opens the
	// sentence; a token without is glued to the one before.
	Space bool
	// Cap is set when the token starts with an upper-case letter, Caps
	// when it has two or more letters, all upper case ("BNPB").
	Cap, Caps bool
}

// Glued reports whether t is written against the token before it.
func (t Token) Glued() bool { return !t.Space }

// Possessive reports whether t is a possessive ending ("'s") glued to the
// word before.
func (t Token) Possessive() bool { return t.Kind == Word && strings.HasPrefix(t.Fold, "'") }

// Is reports whether t is the punctuation mark or word whose fold is s.
func (t Token) Is(s string) bool { return t.Fold == s }

// IsHyphen reports whether t is a hyphen or a dash ("-", "–", "—", "‑").
func (t Token) IsHyphen() bool { return t.Kind == Punct && t.Fold == "-" }

// Sentence is one sentence of a document with its tokens, shared by every
// recognizer that reads it.
type Sentence struct {
	// Text is the whole document text: every span indexes it.
	Text string
	// Span is the sentence's place in Text.
	Span claims.Span
	// Tokens are the sentence's tokens in order.
	Tokens []Token
	words  []Token   // Words, once computed
	view   *WordView // WordView, once computed
	arena  *Arena    // lends words and view when set
}

// NewSentence tokenizes text[span.Start:span.End], clamped to the text.
func NewSentence(text string, span claims.Span) *Sentence {
	span.Start = min(max(span.Start, 0), len(text))
	span.End = min(max(span.End, span.Start), len(text))
	// A token is about four bytes of news text: one allocation, not a
	// slice grown by doubling.
	return &Sentence{Text: text, Span: span, Tokens: Tokenize(text, span, make([]Token, 0, span.Len()/4+4))}
}

// Tokenize appends the tokens of text[span.Start:span.End] to dst. The span
// must lie inside text.
func Tokenize(text string, span claims.Span, dst []Token) []Token {
	t := tokenizer{text: text, end: span.End, space: true, dst: dst, base: span.Start}
	t.low = lowerASCII(text[span.Start:span.End])
	for i := span.Start; i < span.End; {
		i = t.next(i)
	}
	return t.dst
}

// lowerASCII returns s with its ASCII capitals in lower case and backticks
// written as apostrophes, byte for byte (other bytes are kept), so that
// the fold of every token written in ASCII is a slice of it: one copy a
// sentence, none when s is already so.
func lowerASCII(s string) string {
	i := 0
	for i < len(s) && !(s[i] >= 'A' && s[i] <= 'Z' || s[i] == '`') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		switch c := b[i]; {
		case c >= 'A' && c <= 'Z':
			b[i] = c + 'a' - 'A'
		case c == '`':
			b[i] = '\''
		}
	}
	return string(b)
}

// tokenizer is the state of one Tokenize call.
type tokenizer struct {
	text  string
	end   int
	space bool
	dst   []Token
	// low is the span from byte base of text with its ASCII lowered
	// (lowerASCII); a token written in ASCII slices its Fold from it.
	low  string
	base int
}

// next reads the token (or white space) at i and returns where the next
// one starts.
func (t *tokenizer) next(i int) int {
	r, n := rune(t.text[i]), 1
	if r >= utf8.RuneSelf {
		r, n = utf8.DecodeRuneInString(t.text[i:t.end])
	}
	switch {
	case unicode.IsSpace(r):
		t.space = true
		return i + n
	case isDigit(r):
		return t.emit(i, t.digitsEnd(i), Number)
	case unicode.IsLetter(r):
		return t.emit(i, t.wordEnd(i), Word)
	case isApostrophe(r) && t.possessiveAt(i+n) && len(t.dst) > 0 && !t.space && t.dst[len(t.dst)-1].Kind == Word:
		return t.emit(i, i+n+1, Word) // "'s"
	}
	return t.emit(i, i+n, Punct)
}

func (t *tokenizer) emit(start, end int, k Kind) int {
	s := t.text[start:end]
	tok := Token{Span: claims.Span{Start: start, End: end}, Text: s, Kind: k, Space: t.space}
	if isASCII(s) {
		tok.Fold = t.low[start-t.base : end-t.base]
	} else {
		tok.Fold = Fold(s)
	}
	if k == Word {
		tok.Cap, tok.Caps = shape(s)
	}
	t.dst = append(t.dst, tok)
	t.space = false
	return end
}

func (t *tokenizer) digitsEnd(i int) int {
	for i < t.end {
		r, n := rune(t.text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(t.text[i:t.end])
		}
		if !isDigit(r) {
			break
		}
		i += n
	}
	return i
}

// wordEnd returns the end of the word at i: letters and marks, and an
// apostrophe between letters unless it opens a possessive "'s".
func (t *tokenizer) wordEnd(i int) int {
	for i < t.end {
		if c := t.text[i]; c|0x20 >= 'a' && c|0x20 <= 'z' {
			i++
			continue
		}
		r, n := rune(t.text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(t.text[i:t.end])
		}
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			i += n
			continue
		}
		if isApostrophe(r) && i+n < t.end && !t.possessiveAt(i+n) {
			if r2, _ := utf8.DecodeRuneInString(t.text[i+n : t.end]); unicode.IsLetter(r2) {
				i += n
				continue
			}
		}
		break
	}
	return i
}

// possessiveAt reports whether a lone "s" stands at i ("Friday's").
func (t *tokenizer) possessiveAt(i int) bool {
	if i >= t.end || t.text[i] != 's' && t.text[i] != 'S' {
		return false
	}
	if i+1 == t.end {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t.text[i+1 : t.end])
	return !unicode.IsLetter(r) && !isDigit(r)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= '0' && r <= '9'
	}
	return unicode.Is(unicode.Nd, r)
}

// IsApostrophe reports whether r is one of the marks written as an
// apostrophe.
func IsApostrophe(r rune) bool { return isApostrophe(r) }

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', '`', '´':
		return true
	}
	return false
}

func isDash(r rune) bool {
	switch r {
	case '-', '‐', '‑', '–', '—', '−':
		return true
	}
	return false
}

// shape reports whether word s starts with a capital and whether it is
// all capitals (two letters or more).
func shape(s string) (capital, allCaps bool) {
	if c := s[0]; c < utf8.RuneSelf && !(c >= 'A' && c <= 'Z') {
		// Lower case or no letter first: no capital, and not all caps.
		return false, false
	}
	letters, uppers := 0, 0
	for k, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.IsUpper(r) {
			uppers++
			if k == 0 {
				capital = true
			}
		}
	}
	return capital, letters >= 2 && letters == uppers
}

// Fold returns the comparison form of s: lower case, without diacritics,
// every apostrophe written ', every hyphen or dash -, and decimal digits of
// any script in ASCII. Strings of ASCII letters and digits are returned
// without copying when already lower case.
func Fold(s string) string {
	ascii, lower := true, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' || c == '`' {
			lower = false
		}
	}
	if ascii {
		if lower {
			return s
		}
		b := []byte(s)
		for i, c := range b {
			switch {
			case c >= 'A' && c <= 'Z':
				b[i] = c + 'a' - 'A'
			case c == '`':
				b[i] = '\''
			}
		}
		return string(b)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case isApostrophe(r):
			b.WriteByte('\'')
		case isDash(r):
			b.WriteByte('-')
		case r >= utf8.RuneSelf && unicode.Is(unicode.Nd, r):
			b.WriteByte(byte('0' + digitValue(r)))
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// digitValue returns the value 0..9 of a decimal digit of any script: the
// digits of a script are consecutive code points, so the value is the
// distance from the range's zero.
func digitValue(r rune) int {
	for _, rg := range unicode.Nd.R16 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	return 0
}

// Join merges runs of glued tokens that keep says belong together into one
// token: keep(toks, i) is asked for each token i glued to the one before
// and merges it into the token being built. A merged token spans its
// parts, its Text is the text they cover, its Fold the folds of its parts
// joined, its Kind that of its first part (Number when it starts with
// digits, so that "3.000" is one Number), and its case flags are
// recomputed over the whole text. It returns toks itself when nothing
// merges.
func Join(s *Sentence, toks []Token, keep func(toks []Token, i int) bool) []Token {
	return join(s, toks, keep, nil)
}

// join is Join with the joined tokens lent by a (allocated when a is nil).
func join(s *Sentence, toks []Token, keep func(toks []Token, i int) bool, a *Arena) []Token {
	var out []Token
	for i := 1; i < len(toks); i++ {
		if toks[i].Space || !keep(toks, i) {
			if out != nil {
				out = append(out, toks[i])
			}
			continue
		}
		if out == nil {
			out = a.tokens(len(toks))[:i]
			copy(out, toks[:i])
		}
		last := &out[len(out)-1]
		asWritten := last.Fold == last.Text && toks[i].Fold == toks[i].Text
		last.Span.End = toks[i].Span.End
		last.Text = s.Text[last.Span.Start:last.Span.End]
		if asWritten {
			last.Fold = last.Text // no copy when folding changed nothing
		} else {
			last.Fold += toks[i].Fold
		}
		if last.Kind == Word || toks[i].Kind == Word {
			last.Cap, last.Caps = shape(last.Text)
		}
	}
	if out == nil {
		return toks
	}
	if a != nil { // the words are fewer than the tokens: give the rest back
		a.toks.giveBack(len(toks) - len(out))
		out = out[:len(out):len(out)]
	}
	return out
}

// Cover returns the span from the first to the last of toks.
func Cover(toks []Token) claims.Span {
	if len(toks) == 0 {
		return claims.Span{}
	}
	return claims.Span{Start: toks[0].Span.Start, End: toks[len(toks)-1].Span.End}
}

// Words returns the sentence's tokens with the marks inside a word joined
// to it: a hyphen, apostrophe, period or comma between two letters or
// digits stays in the word ("mata-mata", "U.S", "3.000", "1,5"), and
// letters glued to digits make one word ("MH370"). This is the unit of the
// reporting and relation words ("mata-mata Seoul mengatakan"); it is
// computed once and kept.
func (s *Sentence) Words() []Token {
	if s.words == nil {
		s.words = join(s, s.Tokens, innerMark, s.arena)
	}
	return s.words
}

// innerMark reports whether toks[i] continues a word: a word character
// glued to one, or an inner mark glued between two.
func innerMark(toks []Token, i int) bool {
	t, p := toks[i], toks[i-1]
	if t.Kind != Punct {
		return p.Kind != Punct || isInner(p.Fold) && i >= 2 && !p.Space && toks[i-2].Kind != Punct
	}
	return isInner(t.Fold) && p.Kind != Punct && i+1 < len(toks) && !toks[i+1].Space && toks[i+1].Kind != Punct
}

func isInner(f string) bool { return f == "-" || f == "'" || f == "." || f == "," }

// Numbers returns toks with each number's group and decimal marks joined to
// its digits: "3.000", "1,234.5" and "1.234.567" become one Number token
// each, as a reader sees them; "16/11" and "14:30" stay apart.
func Numbers(s *Sentence, toks []Token) []Token { return Join(s, toks, NumberMark) }

// NumberMark is the Join rule of Numbers: token i, glued to the one
// before, continues a number when it is a group or decimal mark between
// digits, or the digits after such a mark.
func NumberMark(toks []Token, i int) bool {
	t, p := toks[i], toks[i-1]
	if t.Kind == Number {
		return p.Kind == Punct && (p.Fold == "." || p.Fold == ",") && i >= 2 && toks[i-2].Kind == Number && !p.Space
	}
	return (t.Fold == "." || t.Fold == ",") && p.Kind == Number && i+1 < len(toks) && toks[i+1].Kind == Number && !toks[i+1].Space
}
