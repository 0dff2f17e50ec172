package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// token is one word or punctuation mark of a sentence.
type token struct {
	start, end int // byte offsets into the document text
	text       string
	fold       string // lower case, no diacritics, one apostrophe and one hyphen
	word       bool   // starts with a letter or digit
	cap        bool   // starts with an upper-case letter
	upper      bool   // two or more letters, all upper case
	attached   bool   // no space before it
}

// tokenize splits text[start:end] into tokens with offsets into text. A
// word runs over letters, digits and marks, and over an apostrophe,
// hyphen or period with a letter or digit after it ("Asy'ari",
// "Al-Jalajel", "U.S"). A word ending in one of the possessives is split
// into the word and the possessive, so that "Japan's" is "Japan" + "'s".
//
// A hyphen between two capitalized parts that are not name particles is
// a break ("Prabowo-Gibran" names two people; "Al-Jalajel" one), unless
// known says the whole word is known ("Secretary-General").
func tokenize(text string, start, end int, possessives []string, particles map[string]bool, known func(string) bool, toks []token) []token {
	first := len(toks)
	toks = split(text, start, end, possessives, particles, known, toks)
	// Fold every token into one string, one allocation a sentence.
	var b strings.Builder
	b.Grow(end - start)
	offs := make([]int, 0, 2*(len(toks)-first))
	for k := first; k < len(toks); k++ {
		offs = append(offs, b.Len())
		foldInto(&b, toks[k].text)
		offs = append(offs, b.Len())
	}
	all := b.String()
	for k := first; k < len(toks); k++ {
		o := offs[2*(k-first):]
		toks[k].fold = all[o[0]:o[1]]
	}
	return toks
}

func split(text string, start, end int, possessives []string, particles map[string]bool, known func(string) bool, toks []token) []token {
	i := start
	prevEnd := -1
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) || r == '\u00a0' {
			i += n
			continue
		}
		if !isWordRune(r) {
			toks = append(toks, makeToken(text, i, i+n, prevEnd))
			prevEnd = i + n
			i += n
			continue
		}
		j := i + n
		seg := i
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r2) {
				j += n2
				continue
			}
			if isJoiner(r2) && j+n2 < end {
				r3, _ := utf8.DecodeRuneInString(text[j+n2:])
				if isWordRune(r3) && (r2 != '.' || singleLetterSegment(text[i:j])) {
					if r2 == '-' && unicode.IsUpper(r3) && capitalizedSegment(text[seg:j], particles) &&
						(known == nil || !known(fold(text[i:wordEnd(text, j, end)]))) {
						break
					}
					j += n2
					seg = j
					continue
				}
			}
			break
		}
		w := makeToken(text, i, j, prevEnd)
		if p := possessiveSuffix(w.text, possessives); p > 0 && p < len(w.text) {
			cut := j - p
			head := makeToken(text, i, cut, prevEnd)
			tail := makeToken(text, cut, j, cut)
			toks = append(toks, head, tail)
		} else {
			toks = append(toks, w)
		}
		prevEnd = j
		i = j
	}
	return toks
}

// possessiveSuffix returns the byte length in text of a possessive ending
// such as "'s", whose apostrophe may be a curly one.
func possessiveSuffix(text string, possessives []string) int {
	for _, p := range possessives {
		rest := len(p) - 1
		if len(p) < 2 || p[0] != '\'' || rest >= len(text) || !strings.EqualFold(text[len(text)-rest:], p[1:]) {
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[:len(text)-rest])
		if !isApostrophe(r) {
			continue
		}
		return rest + n
	}
	return 0
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', '`', '´':
		return true
	}
	return false
}

// wordEnd returns the end of the word running through j, joiners included.
func wordEnd(text string, j, end int) int {
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j += n
			continue
		}
		if isJoiner(r) && j+n < end {
			if r3, _ := utf8.DecodeRuneInString(text[j+n:]); isWordRune(r3) {
				j += n
				continue
			}
		}
		break
	}
	return j
}

// capitalizedSegment reports whether a part of a hyphenated word is a
// capitalized word of its own, not a particle such as "Al".
func capitalizedSegment(seg string, particles map[string]bool) bool {
	r, _ := utf8.DecodeRuneInString(seg)
	return unicode.IsUpper(r) && utf8.RuneCountInString(seg) > 2 && !particles[fold(seg)]
}

func singleLetterSegment(s string) bool {
	k := strings.LastIndexByte(s, '.')
	seg := s[k+1:]
	return utf8.RuneCountInString(seg) == 1
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', '`', '-', '‐', '‑', '.':
		return true
	}
	return false
}

func makeToken(text string, s, e, prevEnd int) token {
	t := token{start: s, end: e, text: text[s:e], attached: s == prevEnd}
	r, _ := utf8.DecodeRuneInString(t.text)
	t.word = isWordRune(r)
	t.cap = unicode.IsUpper(r)
	letters, uppers := 0, 0
	for _, c := range t.text {
		if unicode.IsLetter(c) {
			letters++
			if unicode.IsUpper(c) {
				uppers++
			}
		}
	}
	t.upper = letters >= 2 && letters == uppers
	return t
}

// fold lowers s, strips diacritics and writes every apostrophe as ' and
// every hyphen or dash inside a word as -.
func fold(s string) string {
	var b strings.Builder
	foldInto(&b, s)
	return b.String()
}

func foldInto(b *strings.Builder, s string) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			case c == '`':
				c = '\''
			}
			b.WriteByte(c)
		}
		return
	}
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '’' || r == '‘' || r == 'ʼ' || r == '`' || r == '´':
			b.WriteByte('\'')
		case r == '‐' || r == '‑' || r == '–' || r == '—':
			b.WriteByte('-')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
}

// PersonKey returns the canonical key of a person's name: folded to lower
// case without diacritics, apostrophes and periods dropped, hyphens read as
// spaces, so that "Hasyim Asy’ari" and "Hasyim Asy'ari", "Fahad Al-Jalajel"
// and "Fahad Al Jalajel" share one key.
func PersonKey(name string) string {
	f := fold(name)
	var b strings.Builder
	b.Grow(len(f))
	space := true
	for _, r := range f {
		switch {
		case r == '\'' || r == '.':
			continue
		case r == '-' || unicode.IsSpace(r) || r == ',':
			if !space {
				b.WriteByte(' ')
				space = true
			}
		default:
			b.WriteRune(r)
			space = false
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// slug makes a key from a name: folded, words joined by hyphens.
func slug(name string) string {
	return strings.ReplaceAll(PersonKey(name), " ", "-")
}
