package quantity

import (
	"math"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/text"
)

// leftGlueOK reports whether what touches a number on its left lets it be
// an amount: a currency or unit ("Rp1,2", "$5", "M7,4"), an opening mark.
func (s *scan) leftGlueOK(i int) bool {
	if s.r.unitBefore.ends(s, i, 0) {
		return true
	}
	p := s.toks[i-1]
	if p.Kind != text.Punct {
		return false
	}
	switch p.Text {
	case "(", "[", "\"", "“", "‘", "'", "~", "≈", "±", "<", ">", "—", "–", "*":
		return true
	}
	return false
}

// minusAt reports whether token k is a minus sign that starts a number: a
// hyphen or minus glued to the digits after it but not to the word before.
func (s *scan) minusAt(k int) bool {
	if k < 0 || !(s.punct(k, "-") || s.punct(k, "−")) {
		return false
	}
	return !s.glued(k) || k == 0 || s.toks[k-1].Kind == text.Punct && !s.isHyphen(k-1)
}

// startsNumber reports whether token k starts another number.
func (s *scan) startsNumber(k int) bool {
	if s.toks[k].Kind == text.Number {
		return true
	}
	if _, ok := s.lookup(s.r.words, k); ok && !s.inSet(s.r.weak, k) {
		return true
	}
	return s.r.vague.has(s, k)
}

// roleBreak reports whether token k ends the search for a role word in a
// pack without gap words: a number, a mark other than a glued hyphen, a
// break word.
func (s *scan) roleBreak(k int) bool {
	t := s.toks[k]
	return t.Kind == text.Number || t.Kind == text.Punct && !(s.isHyphen(k) && !t.Space) ||
		s.r.roleBreaks.has(s, k) || s.startsNumber(k)
}

// clauseMark reports whether token k is a mark that may end a clause: not
// a quote, an apostrophe or a hyphen inside a word.
func (s *scan) clauseMark(k int) bool {
	t := s.toks[k]
	if t.Kind != text.Punct {
		return false
	}
	if s.isHyphen(k) {
		return t.Space
	}
	return !s.punct(k, "'") && !s.punct(k, "\"")
}

// scoreNear reports whether a score word comes shortly before token i.
func (s *scan) scoreNear(i int) bool {
	for p := i; p > max(0, i-4); p-- {
		if s.r.scoreWords.ends(s, p, 0) {
			return true
		}
	}
	return false
}

// yearBefore reports whether a year word ("tahun", "the year") ends just
// before token i.
func (s *scan) yearBefore(i int) bool {
	return s.r.yearWords.ends(s, i, 0)
}

// isClock reports whether the number from left to end is a time of day.
func (s *scan) isClock(nm num, left, end int) bool {
	if !nm.isDigits {
		return false
	}
	after := s.r.clockAfter.has(s, end)
	intro := s.r.clockIntros.ends(s, left, 0)
	hour := nm.d.plain && nm.d.nDigits <= 2 && nm.val <= 24
	colon := s.glued(nm.end) && s.punct(nm.end, ":")
	return nm.d.clock && (after || intro) || hour && (after || intro || colon)
}

// isDate reports whether a day or year number sits next to a month name
// ("16 November", "Nov 16", "Dec. 26, 2004").
func (s *scan) isDate(nm num, left, end int) bool {
	if !nm.d.plain || nm.mult {
		return false
	}
	day := nm.val >= 1 && nm.val <= 31 && nm.d.nDigits <= 2
	if !day && !isYearLike(nm) {
		return false
	}
	k := left - 1
	for k >= 0 && (s.punct(k, ".") || s.punct(k, ",")) {
		k--
	}
	if s.month(k) {
		return true
	}
	k = end
	if s.punct(k, ".") {
		k++
	}
	return s.month(k)
}

// month reports whether token k is a month name; a name that is also a
// common word ("may", "mar") must be capitalized.
func (s *scan) month(k int) bool {
	if s.kind(k) != text.Word {
		return false
	}
	e, amb, ok := s.r.months.at(s, k)
	if !ok || e != k+1 {
		return false
	}
	if amb {
		c := s.text[s.toks[k].Span.Start]
		return c >= 'A' && c <= 'Z'
	}
	return true
}

func isYearLike(nm num) bool {
	return nm.isDigits && nm.d.plain && nm.d.nDigits == 4 && nm.val >= 1000 && nm.val <= 2100 && !nm.mult
}

// placeOf returns the place of a number's last non-zero digit (100 for
// 400, 10 for 30, 1 for 45).
func placeOf(nm num) float64 {
	v := nm.val
	if nm.tail > 1 {
		v /= nm.tail
	}
	if v != math.Trunc(v) || v == 0 {
		return 1
	}
	step := 1.0
	for math.Mod(v, step*10) == 0 {
		step *= 10
	}
	return step
}

// listed reports whether only list marks (",", "and") lie between the
// previous quantity, which ended at token last, and token left.
func (s *scan) listed(left, last int) bool {
	return last > 0 && s.joined(last, left)
}

// crossedConcept reports whether a quantity with its own noun that counts
// key lies between tokens from and to.
func (s *scan) crossedConcept(from, to int, key string) bool {
	for k := len(s.counted) - 1; k >= 0; k-- {
		m := s.counted[k]
		if m.end <= from {
			break // the rest lie further back
		}
		if m.start < to && m.concept == key {
			return true
		}
	}
	return false
}

// share gives a bare count the concept of a neighbour in the same
// sentence: the next figure's noun when only list words join them ("won
// 40,971,906 and 27,040,878 valid votes"), else the previous figure's when
// nothing that could be a noun of its own follows it ("672 deaths, while
// 236 were Indonesians", "dari 1.301 korban meninggal, 660 merupakan ...").
func (s *scan) share(out []claims.Mention) {
	const near = 12
	for i := range out {
		q := out[i].Quantity
		if q.Dimension != claims.DimCount || q.Concept != "" || !q.NounSpan.IsZero() {
			continue
		}
		if i+1 < len(out) {
			nq := out[i+1].Quantity
			if nq.Dimension == claims.DimCount && nq.Concept != "" && !nq.NounSpan.IsZero() && s.joined(s.found[i].end, s.found[i+1].left) {
				q.Concept = nq.Concept
				continue
			}
		}
		if i > 0 {
			pq := out[i-1].Quantity
			e := s.found[i].end
			if pq.Dimension == claims.DimCount && pq.Concept != "" && s.found[i].left-s.found[i-1].end <= near && s.wordsBetween(s.found[i-1].end, s.found[i].left) <= shareWords &&
				(e >= len(s.toks) || s.toks[e].Kind == text.Punct || s.r.nounStops.has(s, e)) {
				q.Concept = pq.Concept
			}
		}
	}
}

// shareWords is the most words between a bare count and the previous
// figure whose concept it shares: "672 deaths, while 236 were
// Indonesians", but not "the three runners and review the count of
// water stations, which was 18".
const shareWords = 4

// wordsBetween counts the words between tokens from and to.
func (s *scan) wordsBetween(from, to int) int {
	n := 0
	for k := from; k < to && k < len(s.toks); k++ {
		if s.toks[k].Kind != text.Punct {
			n++
		}
	}
	return n
}

// joined reports whether only list marks ("and", ",") lie between tokens
// from and to. A partition is no list: in "two of the 13 people killed"
// the two are not more deaths.
func (s *scan) joined(from, to int) bool {
	if from >= to {
		return false
	}
	for k := from; k < to; {
		if s.punct(k, ",") {
			k++
			continue
		}
		e, _, ok := s.r.listJoiners.atUntil(s, k, to)
		if !ok {
			return false
		}
		k = e
	}
	return true
}

// maxAside is the most words of an aside between commas after a count.
const maxAside = 7

// asideAfter returns the token after an aside between commas that starts
// at token k ("58 provocateurs, allegedly the people behind the violence,
// have been arrested"): words only, no number, at most maxAside of them;
// else k.
func (s *scan) asideAfter(k int) int {
	if !s.punct(k, ",") {
		return k
	}
	for j := k + 1; j < len(s.toks) && j <= k+maxAside+1; j++ {
		switch {
		case s.punct(j, ","):
			if j == k+1 {
				return k
			}
			return j + 1
		case s.toks[j].Kind != text.Word || s.startsNumber(j):
			return k
		}
	}
	return k
}

// apposition returns the index of the comma that opens a short aside
// closed by the comma at token k ("Kota Kerman, Iran bagian tenggara,"),
// or -1.
func (s *scan) apposition(k int) int {
	const longest = 5
	if !s.punct(k, ",") {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-longest-1; j-- {
		if s.punct(j, ",") {
			if j == k-1 {
				return -1
			}
			return j
		}
		if s.toks[j].Kind != text.Word {
			return -1
		}
	}
	return -1
}
