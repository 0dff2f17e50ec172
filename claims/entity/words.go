package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/text"
)

// The entity recognizer reads words, not the finer tokens of the shared
// tokenizer: a word runs over letters, digits and marks, and over an
// apostrophe, hyphen or period with a letter or digit on both sides
// ("Asy'ari", "Al-Jalajel", "U.S", "MH370"), so that a hyphenated name is
// one name word. A period joins only after a single letter ("U.S", not
// "Jr.Smith"). Two exceptions, both from the pack:
//
//   - a hyphen between two capitalized parts that are not particles is a
//     break ("Prabowo-Gibran" names two people; "Al-Jalajel" one), unless
//     the whole word starts a phrase of the pack ("Secretary-General");
//   - a possessive "'s" at the end of a word stays a token of its own when
//     the pack lists it ("Japan" + "'s"), and is part of the word when it
//     does not.
//
// words builds this view with text.Join, so the words are text.Tokens.

// words returns the words of s's tokens; known says whether a hyphenated
// word starts a phrase of the pack.
func (r *Recognizer) words(s *text.Sentence, known func(string) bool) []text.Token {
	toks := s.Tokens
	if len(toks) < 2 {
		return toks
	}
	j := joiner{s: s, r: r, known: known, glue: make([]bool, len(toks))}
	j.run()
	return text.Join(s, toks, func(_ []text.Token, i int) bool { return j.glue[i] })
}

// joiner decides, token by token, which glued tokens continue a word.
type joiner struct {
	s     *text.Sentence
	r     *Recognizer
	known func(string) bool
	glue  []bool // glue[i]: token i continues the word before it
	// inWord is set while the word being built started with a letter,
	// digit or mark; start is where it starts, and dot is where its last
	// part after a period starts (the period rule counts that part).
	inWord     bool
	start, dot int
}

func (j *joiner) run() {
	toks := j.s.Tokens
	j.begin(toks[0])
	for i := 1; i < len(toks); i++ {
		if j.possessiveApart(i) {
			// "G20's": the apostrophe and the "s" are one token, after
			// the word.
			j.begin(toks[i])
			j.glue[i+1] = true
			i++
			continue
		}
		j.glue[i] = !toks[i].Space && j.continues(i)
		if !j.glue[i] {
			j.begin(toks[i])
		} else if toks[i].Text == "." {
			j.dot = toks[i].Span.End
		}
	}
}

// begin starts a new word or mark at t.
func (j *joiner) begin(t text.Token) {
	j.inWord = isWord(t)
	j.start, j.dot = t.Span.Start, t.Span.Start
}

// continues reports whether glued token i belongs to the word before it.
func (j *joiner) continues(i int) bool {
	toks := j.s.Tokens
	t, p := toks[i], toks[i-1]
	switch {
	case isWord(t):
		// After a letter, or after a mark the word kept.
		return isWord(p) || j.glue[i-1] && (isJoiner(p) || possessiveToken(p))
	case possessiveToken(t):
		// The apostrophe of "'s" joins like any other; the pack decides
		// whether a final "'s" is a word of its own.
		if !j.inWord || !isWord(p) && !possessiveToken(p) {
			return false
		}
		return !j.r.splitsPossessive || j.wordGoesOn(i+1)
	case isJoiner(t):
		return j.inWord && (isWord(p) || possessiveToken(p)) && i+1 < len(toks) && !toks[i+1].Space &&
			isWord(toks[i+1]) && j.joins(i)
	}
	return false
}

// possessiveApart reports whether token i is an apostrophe that, with
// the "s" after it, ends the word as a possessive the pack keeps apart,
// where the tokenizer did not see one (after a digit: "G20's").
func (j *joiner) possessiveApart(i int) bool {
	toks := j.s.Tokens
	t := toks[i]
	if !j.r.splitsPossessive || !j.inWord || t.Space || !isJoiner(t) || !startsWithApostrophe(t.Text) || !isWord(toks[i-1]) {
		return false
	}
	return i+1 < len(toks) && !toks[i+1].Space && toks[i+1].Kind == text.Word && toks[i+1].Fold == "s" && !j.wordGoesOn(i+2)
}

// joins applies the rules of the period and the hyphen to the joiner at i,
// which stands between two word characters.
func (j *joiner) joins(i int) bool {
	toks := j.s.Tokens
	t := toks[i]
	switch t.Text {
	case ".":
		// "U.S", "e.g": a period joins after a single letter.
		return utf8.RuneCountInString(j.s.Text[j.dot:t.Span.Start]) == 1
	case "-":
		next, _ := utf8.DecodeRuneInString(toks[i+1].Text)
		if part := j.part(t.Span.Start); unicode.IsUpper(next) && j.r.capitalizedPart(part) {
			if syllable(part) && syllable(toks[i+1].Text) {
				// "Lee Young-Jung", "Jeong Sang-Bin": the romanized
				// syllables of one given name, not two people.
				return true
			}
			return j.known != nil && j.known(text.Fold(j.s.Text[j.start:j.wordEnd(i)]))
		}
	}
	return true
}

// part returns the letters and digits just before byte at, inside the
// word: the part of a hyphenated word the hyphen ends.
func (j *joiner) part(at int) string {
	k := at
	for k > j.start {
		r, n := utf8.DecodeLastRuneInString(j.s.Text[j.start:k])
		if !isWordRune(r) {
			break
		}
		k -= n
	}
	return j.s.Text[k:at]
}

// syllable reports whether s is one romanized syllable: five letters at
// most with one run of vowels ("Young", "Jung", "Hee", "Sang"), which no
// two-person pair of names is ("Prabowo-Gibran", "Foke-Nara"). A y
// before a vowel is a consonant.
func syllable(s string) bool {
	runs, inVowel, n := 0, false, 0
	for _, r := range strings.ToLower(s) {
		n++
		if !unicode.IsLetter(r) || n > 5 {
			return false
		}
		v := strings.ContainsRune("aeiou", r) || r == 'y' && inVowel
		if v && !inVowel {
			runs++
		}
		inVowel = v
	}
	return runs == 1
}

// wordEnd returns where the run of word characters and inner joiners
// through token i ends, ignoring the hyphen and period rules: the whole
// word the pack may know.
func (j *joiner) wordEnd(i int) int {
	toks := j.s.Tokens
	k := i
	for k+1 < len(toks) && !toks[k+1].Space {
		n := toks[k+1]
		switch {
		case isWord(n) || possessiveToken(n):
		case isJoiner(n) && k+2 < len(toks) && !toks[k+2].Space && isWord(toks[k+2]):
		default:
			return toks[k].Span.End
		}
		k++
	}
	return toks[k].Span.End
}

// wordGoesOn reports whether the word continues at token i, after a
// possessive: with a mark, another "'s", or a joiner (not a period) and a
// word character.
func (j *joiner) wordGoesOn(i int) bool {
	toks := j.s.Tokens
	if i >= len(toks) || toks[i].Space {
		return false
	}
	t := toks[i]
	if isWord(t) || possessiveToken(t) {
		return true
	}
	return isJoiner(t) && t.Text != "." && i+1 < len(toks) && !toks[i+1].Space && isWord(toks[i+1])
}

// capitalizedPart reports whether a part of a hyphenated word is a
// capitalized word of its own, not a particle such as "Al".
func (r *Recognizer) capitalizedPart(seg string) bool {
	c, _ := utf8.DecodeRuneInString(seg)
	return unicode.IsUpper(c) && utf8.RuneCountInString(seg) > 2 && !r.particles[text.Fold(seg)]
}

// isWord reports whether token t starts with a word character: a letter,
// digit or mark, not punctuation or a possessive "'s". Of the shared
// tokens, these are the ones made of word characters only.
func isWord(t text.Token) bool {
	if t.Kind == text.Number {
		return true
	}
	if c := t.Text[0]; c < utf8.RuneSelf {
		return t.Kind == text.Word && c != '\'' && c != '`'
	}
	return wordStart(t)
}

// wordStart is isWord for a token that starts with a character beyond
// ASCII.
func wordStart(t text.Token) bool {
	if t.Kind == text.Word {
		return !startsWithApostrophe(t.Text)
	}
	return isMark(t.Text)
}

// possessiveToken reports whether t is a possessive "'s", with any of the
// marks the shared tokenizer reads as an apostrophe.
func possessiveToken(t text.Token) bool { return t.Fold == "'s" }

func startsWithApostrophe(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return text.IsApostrophe(r)
}

func isMark(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.Mn, r)
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isJoiner reports whether t is a mark that may stand inside a word: an
// apostrophe, a hyphen (not a dash) or a period.
func isJoiner(t text.Token) bool {
	if t.Kind != text.Punct {
		return false
	}
	switch t.Text {
	case "-", "‐", "‑", ".":
		return true
	}
	return startsWithApostrophe(t.Text)
}

// PersonKey returns the canonical key of a person's name: folded to lower
// case without diacritics, apostrophes and periods dropped, hyphens read as
// spaces, so that "Hasyim Asy’ari" and "Hasyim Asy'ari", "Fahad Al-Jalajel"
// and "Fahad Al Jalajel" share one key.
func PersonKey(name string) string {
	if k, ok := asciiKey(name, ' '); ok {
		return k
	}
	return personKey(name)
}

// personKey is PersonKey for any text.
func personKey(name string) string {
	f := text.Fold(name)
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
	if k, ok := asciiKey(name, '-'); ok {
		return k
	}
	return strings.ReplaceAll(personKey(name), " ", "-")
}

// asciiKey is personKey with sep between words for a name written in
// ASCII, in one pass and one allocation (personKey folds, builds and
// trims: three), as names are keyed many times a sentence; ok is false
// for any other name.
func asciiKey(name string, sep byte) (key string, ok bool) {
	var buf [64]byte
	b := buf[:0]
	space := true
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= utf8.RuneSelf:
			return "", false
		case c == '\'' || c == '`' || c == '.':
			continue
		case c == '-' || c == ',' || c == ' ' || c >= '\t' && c <= '\r':
			if !space {
				b = append(b, sep)
				space = true
			}
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		b = append(b, c)
		space = false
	}
	if space && len(b) > 0 {
		b = b[:len(b)-1] // a separator last
	}
	return string(b), true
}
