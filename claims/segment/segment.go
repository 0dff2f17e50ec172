// Package segment splits a document's body into sentences, keeping byte
// offsets into the original text.
//
// A blank line always ends a sentence; a single line break ends one unless
// the line is wrapped prose (it does not end in terminal punctuation and the
// next line starts in lower case). Inside a line a sentence ends at '.', '!'
// or '?' (and any closing quotes or brackets after it) followed by a space,
// except after an abbreviation of the pack ("Nov.", "Jl."), a single
// initial ("J. Smith"), or when the next word starts in lower case. A
// sentence is never longer than MaxSentence bytes.
package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
)

// Segmenter splits text into sentences for one language. It is safe for
// concurrent use.
type Segmenter struct {
	abbrev map[string]bool
}

// New returns a segmenter using pack p's abbreviations.
func New(p *lang.Pack) *Segmenter {
	s := &Segmenter{abbrev: make(map[string]bool, len(p.Text.Abbreviations))}
	for _, a := range p.Text.Abbreviations {
		s.abbrev[strings.TrimSuffix(a, ".")] = true
	}
	return s
}

// MaxSentence is the longest sentence Sentences returns, in bytes. No news
// sentence comes near it (the longest of the test corpora is under 400
// bytes); a longer run without a sentence's end — a table flattened into
// one line, a transcript without full stops — is cut into pieces of at
// most MaxSentence bytes after a clause mark ("; ", ", ", ": ") or else a
// space, because the recognizers' work on a sentence grows faster than
// its length: time and memory then follow the text, not its longest line.
const MaxSentence = 4096

// Sentences returns the sentences of text[within.Start:within.End] in
// order, trimmed of surrounding space, skipping any that lie inside one of
// the skip spans (page furniture).
func (s *Segmenter) Sentences(text string, within claims.Span, skip []claims.Span) []claims.Span {
	var out []claims.Span
	emit := func(start, end int) {
		for start < end && isSpaceByte(text[start]) {
			start++
		}
		for end > start && isSpaceByte(text[end-1]) {
			end--
		}
		if start >= end {
			return
		}
		sp := claims.Span{Start: start, End: end}
		for _, k := range skip {
			if k.Contains(sp) {
				return
			}
		}
		out = appendPieces(out, text, sp, MaxSentence)
	}
	start := within.Start
	i := within.Start
	for i < within.End {
		c := text[i]
		switch {
		case c == '\n':
			if s.lineBreakEnds(text, within, start, i) {
				emit(start, i)
				start = i + 1
			}
			i++
		case c == '.' || c == '!' || c == '?':
			end := i + 1
			for end < within.End {
				n := closerLen(text[end:within.End])
				if n == 0 {
					break
				}
				end += n
			}
			if s.endsSentence(text, within, start, i, end) {
				emit(start, end)
				start = end
				i = end
				continue
			}
			i++
		default:
			i++
		}
	}
	emit(start, within.End)
	return out
}

// lineBreakEnds decides whether the line break at nl ends the sentence that
// began at start.
func (s *Segmenter) lineBreakEnds(text string, within claims.Span, start, nl int) bool {
	// A blank line, or a line of its own, always ends.
	next := nl + 1
	for next < within.End && (text[next] == ' ' || text[next] == '\t' || text[next] == '\r') {
		next++
	}
	if next >= within.End || text[next] == '\n' {
		return true
	}
	prev := nl
	for prev > start && isSpaceByte(text[prev-1]) {
		prev--
	}
	if prev == start {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(text[start:prev])
	if strings.ContainsRune(".!?:\"”’)", last) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[next:])
	// Wrapped prose continues in lower case; a headline or list line is
	// followed by a capitalized line.
	return !unicode.IsLower(r)
}

// endsSentence decides whether the terminal mark at dot (with closers up to
// end) ends the sentence that began at start.
func (s *Segmenter) endsSentence(text string, within claims.Span, start, dot, end int) bool {
	if end >= within.End {
		return true
	}
	if !isSpaceByte(text[end]) {
		return false // "3.000", "U.S.", "CNA.Skip"
	}
	if text[dot] != '.' {
		return s.nextStartsSentence(text, within, end)
	}
	// The word before the period.
	w := dot
	for w > start && !isSpaceByte(text[w-1]) && text[w-1] != '(' && text[w-1] != '"' {
		w--
	}
	word := text[w:dot]
	if s.abbrev[word] {
		return false
	}
	if listMarker(word) && strings.TrimSpace(text[start:w]) == "" {
		return false // "1. Budi Santoso": a list line's number, not its end
	}
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && n > 0 && unicode.IsUpper(r) {
		return false // an initial: "J. Smith"
	}
	return s.nextStartsSentence(text, within, end)
}

// nextStartsSentence reports whether the first word after end can begin a
// sentence: not a lower-case word.
func (s *Segmenter) nextStartsSentence(text string, within claims.Span, end int) bool {
	j := end
	for j < within.End && isSpaceByte(text[j]) {
		j++
	}
	if j >= within.End {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return !unicode.IsLower(r)
}

// listMarker reports whether word, before a period, numbers a list
// line: one to three digits.
func listMarker(word string) bool {
	if word == "" || len(word) > 3 {
		return false
	}
	for i := 0; i < len(word); i++ {
		if word[i] < '0' || word[i] > '9' {
			return false
		}
	}
	return true
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// closerLen returns the byte length of the closing quote or bracket that
// starts s, or 0: such marks after a terminal mark stay in its sentence.
func closerLen(s string) int {
	if s == "" {
		return 0
	}
	switch s[0] {
	case '"', '\'', ')', ']':
		return 1
	}
	for _, q := range []string{"”", "’", "»"} {
		if strings.HasPrefix(s, q) {
			return len(q)
		}
	}
	return 0
}

// appendPieces appends sp to out, cut into pieces of at most size bytes
// when it is longer: after the last clause mark, else the last space,
// before the limit (in its second half), else between two characters.
func appendPieces(out []claims.Span, text string, sp claims.Span, size int) []claims.Span {
	for sp.Len() > size {
		end := pieceEnd(text, sp.Start, sp.Start+size)
		out = append(out, trimSpan(text, claims.Span{Start: sp.Start, End: end}))
		sp.Start = end
		for sp.Start < sp.End && isSpaceByte(text[sp.Start]) {
			sp.Start++
		}
	}
	if sp.Len() > 0 {
		out = append(out, sp)
	}
	return out
}

// pieceEnd is where a piece of a long sentence from start ends, at most
// at limit.
func pieceEnd(text string, start, limit int) int {
	half := start + (limit-start)/2
	for _, mark := range []string{"; ", ", ", ": ", " "} {
		if i := strings.LastIndex(text[half:limit], mark); i >= 0 {
			return half + i + len(mark) - 1 // the mark stays, the space goes
		}
	}
	for limit > start+1 && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}

// trimSpan drops the white space at the ends of sp.
func trimSpan(text string, sp claims.Span) claims.Span {
	for sp.End > sp.Start && isSpaceByte(text[sp.End-1]) {
		sp.End--
	}
	return sp
}
