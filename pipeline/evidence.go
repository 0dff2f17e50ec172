package pipeline

import (
	"strings"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
)

// MaxEvidence is the longest evidence sentence a claim keeps whole, in
// bytes. A news sentence is a few hundred (the longest of the dev corpus
// and the test stories is 339); a longer one (a table flattened into one
// line, a transcript without full stops) is kept as a window of about
// MaxEvidence bytes around the claim's words, some ninety words, with
// "…" where it is cut, so that each claim carries a bounded copy and a
// report lists thousands of claims of one such sentence without
// repeating all of it. SentenceSpan still gives the whole sentence.
const MaxEvidence = 600

// clipEvidence clips the evidence sentence of each claim of cs that is
// longer than size bytes (clipAround).
func clipEvidence(cs []*claims.Claim, size int) {
	for _, c := range cs {
		if len(c.Sentence) > size {
			c.Sentence = clipAround(c.Sentence, c.Span.Start-c.SentenceSpan.Start, c.Span.End-c.SentenceSpan.Start, size)
		}
	}
}

// clipAround returns about size bytes of s around s[lo:hi] (the start of
// s when that is not inside it), cut between words where one is near and
// always between characters, with "…" for each cut end.
func clipAround(s string, lo, hi, size int) string {
	if lo < 0 || hi > len(s) || lo > hi {
		lo, hi = 0, 0
	}
	hi = min(hi, lo+size)
	from := max(min(lo-(size-(hi-lo))/2, len(s)-size), 0)
	to := min(from+size, len(s))
	if from > 0 {
		from = wordStart(s, from, lo)
	}
	if to < len(s) {
		to = wordEnd(s, to, hi)
	}
	var b strings.Builder
	b.Grow(to - from + 2*len("…"))
	if from > 0 {
		b.WriteString("…")
	}
	b.WriteString(strings.TrimSpace(s[from:to]))
	if to < len(s) {
		b.WriteString("…")
	}
	return b.String()
}

// wordSlack is how far a cut moves to fall between words.
const wordSlack = 40

// wordStart moves a window's start at i forward to the start of a
// character, and past a space when one is near (not past limit, the
// claim's start).
func wordStart(s string, i, limit int) int {
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	if k := strings.IndexByte(s[i:min(i+wordSlack, limit, len(s))], ' '); k >= 0 {
		return i + k + 1
	}
	return i
}

// wordEnd moves a window's end at i back to the start of a character,
// and to a space when one is near (not before limit, the claim's end).
func wordEnd(s string, i, limit int) int {
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	if k := strings.LastIndexByte(s[max(i-wordSlack, limit, 0):i], ' '); k >= 0 {
		return max(i-wordSlack, limit, 0) + k
	}
	return i
}
