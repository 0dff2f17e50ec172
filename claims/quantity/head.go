package quantity

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/text"
)

// phraseWords is the most words a counted noun phrase may hold: the
// modifiers and the noun.
const phraseWords = maxModifiers + 1

// openNoun finds the counted noun that no concept lists, after the number
// at rd.end: a link and a classifier may come first ("of", "ekor"), then
// the noun phrase (see phrase), whose head the pack's word order and
// plural marks pick (see pickHead). A classifier with no noun after it is
// the head itself ("8.400 ekor per 10 Maret"). A link that ends in a
// pronoun ("of them") leaves the count without a noun of its own. The
// phrase may open a quote ('58 "provocateurs"').
func (rd *reading) openNoun() {
	s, r := rd.s, rd.s.r
	k := rd.end
	if e, _, ok := r.nounLinks.at(s, k); ok {
		if r.nounStops.has(s, e-1) {
			return
		}
		k = e
	}
	cls := tokRange{-1, -1}
	if e, _, ok := r.classifiers.at(s, k); ok {
		cls = tokRange{k, e}
		k = e
	}
	quoted := cls.left < 0 && s.openingQuote(k)
	if quoted {
		k++ // the noun in quotes: 58 "provocateurs"
	}
	var words [phraseWords]tokRange
	n := rd.phrase(k, &words)
	if h := rd.pickHead(words[:n]); h >= 0 {
		rd.setHead(words[0].left, words[h])
		if quoted && h == n-1 && s.closingQuote(rd.end) {
			rd.end, rd.quoted = rd.end+1, true
		}
		return
	}
	if cls.left >= 0 {
		rd.setHead(cls.left, cls)
	}
}

// setHead records the open noun phrase from token from to the head h.
func (rd *reading) setHead(from int, h tokRange) {
	rd.head, rd.hasHead, rd.openHead = h, true, true
	rd.nounSpan = rd.s.span(from, h.end)
	rd.end = h.end
}

// phrase collects into out the words of the noun phrase from token k: it
// ends at a mark, a number, a noun stop, a role word or after
// phraseWords words. A hyphenated compound is one word ("fire-fighters",
// "rumah-rumah").
func (rd *reading) phrase(k int, out *[phraseWords]tokRange) int {
	s, r := rd.s, rd.s.r
	n := 0
	for n < len(out) && k < len(s.toks) {
		if s.toks[k].Kind != text.Word || r.nounStops.has(s, k) || r.roles.has(s, k) || s.startsNumber(k) {
			break
		}
		e := s.wordEnd(k)
		out[n] = tokRange{k, e}
		n++
		k = e
	}
	return n
}

// wordEnd returns the end of the word at token k with the words glued to
// it by hyphens.
func (s *scan) wordEnd(k int) int {
	e := k + 1
	for e+1 < len(s.toks) && s.isHyphen(e) && s.glued(e) && s.glued(e+1) && s.toks[e+1].Kind == text.Word {
		e += 2
	}
	return e
}

// pickHead returns the index of the head among a noun phrase's words, or
// -1. Where modifiers follow the noun the head is the first word, unless
// it never heads a count. Where they precede it, the head is the phrase's
// last word, which only plural marks can find without a tagger: after a
// count above one the first plural word (the last of a run of them:
// "police officers"), after one the first word that may head a count. A
// pack without plural marks takes the first such word.
func (rd *reading) pickHead(words []tokRange) int {
	r := rd.s.r
	if r.follow {
		if len(words) > 0 && rd.s.mayHead(words[0]) {
			return 0
		}
		return -1
	}
	s := rd.s
	plural := r.marksPlural && !(rd.val == 1 && !rd.isRange)
	for i, w := range words {
		if !s.mayHead(w) || plural && !s.isPlural(w) {
			continue
		}
		// A plural before a plural is a modifier ("police officers").
		for plural && i+1 < len(words) && s.mayHead(words[i+1]) && s.isPlural(words[i+1]) {
			i++
		}
		return i
	}
	return -1
}

// mayHead reports whether word w may head a count: no word the pack says
// never does ("other", "lainnya"), nor one with an apostrophe, which is a
// possessive or a contraction.
func (s *scan) mayHead(w tokRange) bool {
	if e, _, ok := s.r.nonHeads.at(s, w.left); ok && e >= w.end {
		return false
	}
	return !strings.ContainsAny(s.foldOf(w), "'’")
}

// isPlural reports whether word w is plural by the pack: listed, or with a
// plural ending and no singular one.
func (s *scan) isPlural(w tokRange) bool {
	f := s.foldOf(w)
	if s.r.plurals[f] {
		return true
	}
	for _, e := range s.r.singularEndings {
		if strings.HasSuffix(f, e) {
			return false
		}
	}
	for _, e := range s.r.pluralEndings {
		if len(f) > len(e)+1 && strings.HasSuffix(f, e) {
			return true
		}
	}
	return false
}

// foldOf returns the fold of word w, a compound's as one word.
func (s *scan) foldOf(w tokRange) string {
	if w.end == w.left+1 {
		return s.toks[w.left].Fold
	}
	return text.Fold(s.span(w.left, w.end).Of(s.text))
}

// conceptHead finds the head among the words of a concept's noun, tokens
// from to end: the same rule as for an open noun, but a phrase that is a
// concept's ends with its noun where modifiers precede it ("police
// officers", "head of cattle"), and a classifier before the noun is
// skipped ("ekor sapi").
func (rd *reading) conceptHead(from, end int) {
	s, r := rd.s, rd.s.r
	if e, _, ok := r.classifiers.at(s, from); ok {
		if e >= end { // "kepala keluarga"
			rd.head, rd.hasHead = tokRange{from, end}, true
			return
		}
		from = e
	}
	var words [phraseWords]tokRange
	n := 0
	for k := from; k < end && n < len(words); {
		e := min(s.wordEnd(k), end)
		if s.toks[k].Kind == text.Word && !r.nounStops.has(s, k) {
			words[n] = tokRange{k, e}
			n++
		}
		k = e
	}
	h := rd.pickHead(words[:n])
	if h < 0 && !r.follow {
		for h = n - 1; h >= 0 && !s.mayHead(words[h]); h-- {
		}
	}
	if h >= 0 {
		rd.head, rd.hasHead = words[h], true
	}
}
