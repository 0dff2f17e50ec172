package date

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/text"
)

// relative parses days ("kemarin"), shifted periods ("pekan lalu", "earlier
// this month") and counted periods ago ("4 bulan lalu", "a year ago").
func (s *scanner) relative(i int) (cand, bool) {
	var l longest
	if end, off, ok := s.r.days.At(s.ts, i); ok {
		l.offer(cand{from: i, to: end, kind: ckRelDay, relDays: off}, true)
	}
	l.offer(s.shiftedUnit(i))
	l.offer(s.countAgo(i))
	return l.c, l.ok
}

// shiftedUnit parses a period shifted from publication's, with the part
// of it that is meant: [part] [shift] unit [shift] ("last week", "pekan
// lalu", "earlier this month", "akhir bulan ini"). A day is no period
// here: "this day" is not today.
func (s *scanner) shiftedUnit(i int) (cand, bool) {
	j, part := i, ""
	if end, p, ok := s.r.parts.At(s.ts, j); ok {
		j, part = end, p
	}
	end, shift, hasShift := s.r.shiftsBefore.At(s.ts, j)
	end, unit, ok := s.r.units.At(s.ts, end)
	if !ok || unit == "day" {
		return cand{}, false
	}
	if !hasShift {
		end, shift, hasShift = s.r.shiftsAfter.At(s.ts, end)
	}
	if !hasShift {
		return cand{}, false
	}
	return cand{from: i, to: end, kind: ckRelUnit, unit: unit, shift: shift, part: part}, true
}

// countAgo parses "4 bulan lalu", "three weeks ago", "sebulan lalu".
func (s *scanner) countAgo(i int) (cand, bool) {
	n, unit, j, ok := s.countedUnit(i)
	if !ok {
		return cand{}, false
	}
	end, ok := s.after(s.r.ago, j)
	if !ok {
		return cand{}, false
	}
	if unit == "weekend" {
		unit = "week"
	}
	return cand{from: i, to: end, kind: ckRelUnit, unit: unit, shift: -n}, true
}

// countedUnit reads a count and its unit at i: a number or count word and
// a unit ("4 bulan", "three weeks"), or a unit with a one-prefix
// ("sebulan"). It returns the count, the unit and the index after them.
func (s *scanner) countedUnit(i int) (n int, unit string, end int, ok bool) {
	if n, j := s.count(i); n > 0 {
		end, unit, ok := s.r.units.At(s.ts, j)
		return n, unit, end, ok
	}
	if i < len(s.ts) {
		if unit, ok := s.onePrefixed(s.ts[i]); ok {
			return 1, unit, i + 1, true
		}
	}
	return 0, "", i, false
}

// count reads a count at i: a number of up to three digits standing
// alone, or a count word of the pack; n is 0 when there is none.
func (s *scanner) count(i int) (n, end int) {
	if v, ok := s.num(i, 1, 3); ok && s.leftFree(i) && s.rightFree(i+1) {
		return v, i + 1
	}
	if end, v, ok := s.r.counts.At(s.ts, i); ok {
		return v, end
	}
	return 0, i
}

// onePrefixed returns the unit of a word made of a one-prefix and a unit
// ("sebulan" is one month).
func (s *scanner) onePrefixed(t text.Token) (string, bool) {
	if t.Kind != text.Word {
		return "", false
	}
	for _, pre := range s.r.onePrefixes {
		if rest, cut := strings.CutPrefix(t.Fold, pre); cut && rest != "" {
			if unit, ok := s.r.units.Word(rest); ok {
				return unit, true
			}
		}
	}
	return "", false
}
