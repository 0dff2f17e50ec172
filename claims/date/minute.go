package date

import "github.com/claimcheck/claimcheck/claims/text"

// maxMinute is the last minute of play a match may have (extra time and
// its added minutes included).
const maxMinute = 130

// minuteAt parses the minute of play of a match at i: a minute word and a
// number ("menit ke-84", "minute 83"), an ordinal and a minute noun ("the
// 83rd minute", "83rd-minute"), or a number marked with an apostrophe
// ("83'"); each may add the minutes of added time ("menit ke-45+3",
// "90+2'"). A minute word after a number is part of a duration ("1 jam 30
// menit 15 detik"), not a minute of play.
func (s *scanner) minuteAt(i int) (cand, bool) {
	if j, ok := s.after(s.r.minuteWords, i); ok && !(i > 0 && s.ts[i-1].Kind == text.Number) {
		// "a minute 15 seconds long" is a duration too.
		if c, ok := s.minuteNumber(i, j); ok && !s.r.unitWords.Has(s.ts, c.to) {
			return c, true
		}
	}
	c, ok := s.minuteNumber(i, i)
	if !ok {
		return cand{}, false
	}
	if end := s.ordinalEnd(i); end > i+1 || c.to > i+1 {
		k := end
		if c.to > k {
			k = c.to
		}
		if s.punct(k, "-") && s.glued(k) {
			k++ // "83rd-minute"
		}
		if n, ok := s.after(s.r.minuteNouns, k); ok {
			c.to = n
			return c, true
		}
	}
	if s.apostrophe(c.to) {
		c.to++
		return c, true
	}
	return cand{}, false
}

// minuteNumber reads the number of a minute at j, with its ordinal suffix
// and its added time ("45+3"), for a minute starting at i.
func (s *scanner) minuteNumber(i, j int) (cand, bool) {
	m, ok := s.num(j, 1, 3)
	if !ok || m < 1 || m > maxMinute || j != i && !s.leftFree(j) {
		return cand{}, false
	}
	c := cand{from: i, to: s.ordinalEnd(j), kind: ckMinute, minute: m}
	if s.punct(c.to, "+") && s.glued(c.to) && s.glued(c.to+1) {
		if add, ok := s.num(c.to+1, 1, 2); ok && add >= 1 && add <= 30 {
			c.added, c.to = add, s.ordinalEnd(c.to+1)
		}
	}
	if c.to == j+1 && !s.rightFree(c.to) && !s.apostrophe(c.to) {
		return cand{}, false
	}
	return c, true
}

// apostrophe reports whether token k is an apostrophe written against the
// number before it and not starting a word ("83'", not "90's").
func (s *scanner) apostrophe(k int) bool {
	if k >= len(s.ts) || !s.glued(k) || s.ts[k].Text != "'" && s.ts[k].Text != "’" {
		return false
	}
	return k+1 >= len(s.ts) || !s.glued(k+1) || s.ts[k+1].Kind == text.Punct
}
