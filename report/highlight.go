package report

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/sergi/go-diff/diffmatchpatch"
)

// Segment is a run of an evidence sentence with how to show it.
type Segment struct {
	Text string
	// Claim marks the claim's own words (its span inside the sentence).
	Claim bool
	// Differs marks words that the other side's sentence does not have.
	Differs bool
}

// Highlight splits c's evidence sentence into segments, marking the claim's
// words and the words that are not in other (the other side's sentence;
// "" to mark no difference). The segments joined give the sentence back.
func Highlight(c *claims.Claim, other string) []Segment {
	sentence := evidence(c)
	marks := make([]uint8, len(sentence)) // bit 1: claim, bit 2: differs
	lo, hi := c.Span.Start-c.SentenceSpan.Start, c.Span.End-c.SentenceSpan.Start
	if c.Sentence == "" || lo < 0 || hi > len(sentence) || lo > hi || sentence[lo:hi] != c.Text {
		lo = strings.Index(sentence, c.Text)
		hi = lo + len(c.Text)
	}
	if lo >= 0 && c.Text != "" {
		for i := lo; i < hi; i++ {
			marks[i] |= 1
		}
	}
	if other != "" && other != sentence {
		diffs := wordDiff(sentence, other)
		if overlap(diffs) >= minOverlap {
			off := 0
			for _, d := range diffs {
				switch d.Type {
				case diffmatchpatch.DiffEqual:
					off += len(d.Text)
				case diffmatchpatch.DiffDelete:
					if strings.IndexFunc(d.Text, isWordRune) >= 0 {
						// Leave the white space around a changed run
						// unmarked so that highlights hug the words.
						l := len(d.Text) - len(strings.TrimLeftFunc(d.Text, unicode.IsSpace))
						r := len(strings.TrimRightFunc(d.Text, unicode.IsSpace))
						for i := off + l; i < off+r; i++ {
							marks[i] |= 2
						}
					}
					off += len(d.Text)
				}
			}
			bridgeSpaces(sentence, marks)
		}
	}
	var segs []Segment
	start := 0
	for i := 1; i <= len(sentence); i++ {
		if i == len(sentence) || marks[i] != marks[start] {
			segs = append(segs, Segment{Text: sentence[start:i], Claim: marks[start]&1 != 0, Differs: marks[start]&2 != 0})
			start = i
		}
	}
	return segs
}

// minOverlap is the share of a sentence's words that the other sentence
// must share before differences are marked: below it the two sentences
// are simply different (often in different languages) and marking every
// word would hide the claim.
const minOverlap = 0.3

// overlap is the share of the first text's words that the diff keeps.
func overlap(diffs []diffmatchpatch.Diff) float64 {
	var same, all int
	for _, d := range diffs {
		if d.Type == diffmatchpatch.DiffInsert {
			continue
		}
		n := 0
		for _, t := range tokens(d.Text) {
			if strings.IndexFunc(t, isWordRune) >= 0 {
				n++
			}
		}
		all += n
		if d.Type == diffmatchpatch.DiffEqual {
			same += n
		}
	}
	if all == 0 {
		return 0
	}
	return float64(same) / float64(all)
}

// bridgeSpaces marks the white space and punctuation between two
// differing words as differing too, so that a changed phrase shows as one
// run.
func bridgeSpaces(s string, marks []uint8) {
	gap := func(i int) bool {
		r, _ := utf8.DecodeRuneInString(s[i:])
		return !isWordRune(r)
	}
	for i := 0; i < len(s); {
		if marks[i]&2 != 0 || !gap(i) || i == 0 || marks[i-1]&2 == 0 {
			i++
			continue
		}
		j := i
		for j < len(s) && marks[j]&2 == 0 && gap(j) {
			j++
		}
		if j < len(s) && marks[j]&2 != 0 {
			for k := i; k < j; k++ {
				marks[k] |= 2
			}
		}
		i = j
	}
}

// evidence is c's sentence, or its words when the extractor gave none.
func evidence(c *claims.Claim) string {
	if c.Sentence != "" {
		return c.Sentence
	}
	return c.Text
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// tokens splits s into words, runs of white space and single other
// characters, so that a diff compares whole words.
func tokens(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		switch {
		case isWordRune(r):
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(r2) && r2 != '.' && r2 != ',' || (r2 == '.' || r2 == ',') && !nextIsDigit(s[j+n2:]) {
					break
				}
				j += n2
			}
		case unicode.IsSpace(r):
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsSpace(r2) {
					break
				}
				j += n2
			}
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

// nextIsDigit reports whether s starts with a digit, so that "3.000" and
// "3,000" stay one token.
func nextIsDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// wordDiff diffs a and b token by token: each distinct token becomes one
// rune, as diffmatchpatch does for lines.
func wordDiff(a, b string) []diffmatchpatch.Diff {
	index := map[string]rune{}
	var table []string
	encode := func(s string) []rune {
		var rs []rune
		for _, t := range tokens(s) {
			r, ok := index[t]
			if !ok {
				r = rune(len(table) + 1)
				if r >= 0xD800 { // stay clear of surrogates
					r += 0x800
				}
				index[t] = r
				table = append(table, t)
			}
			rs = append(rs, r)
		}
		return rs
	}
	ra, rb := encode(a), encode(b)
	dmp := diffmatchpatch.New()
	diffs := dmp.DiffMainRunes(ra, rb, false)
	decode := map[rune]string{}
	for t, r := range index {
		decode[r] = t
	}
	out := make([]diffmatchpatch.Diff, len(diffs))
	for i, d := range diffs {
		var s strings.Builder
		for _, r := range d.Text {
			s.WriteString(decode[r])
		}
		out[i] = diffmatchpatch.Diff{Type: d.Type, Text: s.String()}
	}
	return out
}

// CharDiff is the character diff of two names, from go-diff, cleaned up
// for people to read.
func CharDiff(a, b string) []compare.Edit {
	dmp := diffmatchpatch.New()
	diffs := dmp.DiffCleanupSemantic(dmp.DiffMain(a, b, false))
	out := make([]compare.Edit, len(diffs))
	for i, d := range diffs {
		out[i] = compare.Edit{Op: compare.EditOp(d.Type), Text: d.Text}
	}
	return out
}

// nameDiff is f's character diff of its first two sides' names: the one
// compare gave, or one computed here.
func nameDiff(f *compare.Finding) []compare.Edit {
	if f.Kind != claims.ClaimName && f.Kind != claims.ClaimTitle || len(f.Sides) < 2 {
		return nil
	}
	if len(f.Diff) > 0 {
		return f.Diff
	}
	return CharDiff(Value(f.Sides[0]), Value(f.Sides[1]))
}

// otherSentence is the sentence side i of f is diffed against: the other
// side's sentence that shares most of its words, so that a reworded
// report of the same statement shows what was reworded.
func otherSentence(f *compare.Finding, i int) string {
	best, bestOverlap := "", -1.0
	mine := evidence(f.Sides[i])
	for j, c := range f.Sides {
		other := evidence(c)
		if j == i || other == mine {
			continue
		}
		if o := overlap(wordDiff(mine, other)); o > bestOverlap {
			best, bestOverlap = other, o
		}
	}
	return best
}
