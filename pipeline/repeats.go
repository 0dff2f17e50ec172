package pipeline

import (
	"sort"
	"strings"
	"unicode"

	"github.com/claimcheck/claimcheck/claims"
)

// markRepeats sets RepeatOf on each claim of a repeated paragraph of doc
// that stands where a claim of the same kind and words stands in the
// paragraph it repeats. A claim of a repeat with no such twin (its
// sentence read otherwise the second time) stays a claim of its own.
func markRepeats(doc *claims.Document, cs []*claims.Claim) {
	type place struct {
		start int
		kind  claims.ClaimKind
	}
	at := make(map[place]*claims.Claim, len(cs))
	for _, c := range cs {
		at[place{c.Span.Start, c.Kind}] = c
	}
	words := map[int]*twinWords{} // by repeat, made at its first claim
	for _, c := range cs {
		i := repeatHolding(doc.Repeats, c.Span)
		if i < 0 {
			continue
		}
		tw := words[i]
		if tw == nil {
			tw = newTwinWords(doc.Text, doc.Repeats[i])
			words[i] = tw
		}
		off, ok := tw.offset(c.Span.Start)
		if !ok {
			continue
		}
		if f := at[place{off, c.Kind}]; f != nil && f != c && f.RepeatOf() == "" && sameText(f.Text, c.Text) {
			c.Qualify().RepeatOf = f.ID
		}
	}
}

// sameText reports whether two claims' words are the same, their case
// and spacing aside, as the paragraphs are.
func sameText(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

// repeatHolding returns the index of the repeat of reps (in order) that
// holds span wholly, or -1.
func repeatHolding(reps []claims.Repeat, span claims.Span) int {
	i := sort.Search(len(reps), func(i int) bool { return reps[i].Span.End > span.Start })
	if i < len(reps) && reps[i].Span.Contains(span) {
		return i
	}
	return -1
}

// twinWords maps the offsets of a repeat to the same places of the
// paragraph it repeats: the same word (the paragraphs have the same
// words, their case and spacing aside), the same byte within it.
type twinWords struct {
	rp     claims.Repeat
	rs, fs []int // where the words of the repeat and of the first start
}

func newTwinWords(text string, rp claims.Repeat) *twinWords {
	return &twinWords{rp: rp, rs: wordStarts(rp.Span.Of(text)), fs: wordStarts(rp.First.Of(text))}
}

// offset returns the place of the first paragraph that off, in the
// repeat, stands for.
func (t *twinWords) offset(off int) (int, bool) {
	rel := off - t.rp.Span.Start
	k := sort.SearchInts(t.rs, rel+1) - 1
	if k < 0 || k >= len(t.fs) || len(t.rs) != len(t.fs) {
		return 0, false
	}
	return t.rp.First.Start + t.fs[k] + rel - t.rs[k], true
}

// wordStarts returns the offsets where the words of s (as strings.Fields
// splits them) start.
func wordStarts(s string) []int {
	var out []int
	in := false
	for i, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			out = append(out, i)
		}
		in = !sp
	}
	return out
}

// withoutRepeats returns cs without the claims marked RepeatOf: the
// same words said once more in one article are no second source and
// no conflict with themselves.
func withoutRepeats(cs []*claims.Claim) []*claims.Claim {
	n := 0
	for _, c := range cs {
		if c.RepeatOf() == "" {
			n++
		}
	}
	if n == len(cs) {
		return cs
	}
	out := make([]*claims.Claim, 0, n)
	for _, c := range cs {
		if c.RepeatOf() == "" {
			out = append(out, c)
		}
	}
	return out
}
