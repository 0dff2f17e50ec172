package date

import "github.com/claimcheck/claimcheck/claims/text"

// weekday parses a day name with its day word, shift and parts of the day
// ("hari Rabu", "last Saturday", "Rabu kemarin malam", "Sunday night").
// ctx is set when a part before it ("early Sunday") makes an ambiguous
// name a day.
func (s *scanner) weekday(i int, ctx bool) (cand, bool) {
	j, lead := s.after(s.r.weekdayWords, i)
	j, shift, hasShift := s.r.shiftsBefore.At(s.ts, j)
	k, wd, ok := s.r.weekdays.At(s.ts, j)
	if !ok {
		return cand{}, false
	}
	if s.r.ambWeekdays[s.ts[j].Fold] && !lead && !hasShift && !ctx && !s.weekdayStands(j, k) {
		return cand{}, false
	}
	c := cand{from: i, to: k, kind: ckWeekday, wd: wd, hasWD: true}
	if hasShift {
		c.wdShift, c.wdShiftSet = shift, true
	} else if end, shift, ok := s.r.shiftsAfter.At(s.ts, k); ok {
		c.wdShift, c.wdShiftSet, c.to = shift, true, end
	}
	s.takeDayParts(&c, len(s.ts))
	return c, true
}

// weekdayStands reports whether the ambiguous day name [j, k) ("minggu" is
// also "week") is a day by itself: a date follows it ("Minggu (5/12)",
// "Minggu, 5/12"), or it is capitalized inside a clause.
func (s *scanner) weekdayStands(j, k int) bool {
	dateNext := s.punct(k, "(") || s.punct(k, ",") && (s.punct(k+1, "(") || k+1 < len(s.ts) && s.ts[k+1].Kind == text.Number)
	inside := s.ts[j].Cap && j > 0 && (s.ts[j-1].Kind != text.Punct || s.ts[j-1].Text == ",")
	return dateNext || inside
}

// dayPartsAfter returns the index after the parts of the day written from
// k on, up to limit ("Sunday night", "Minggu (5/12/2021) pagi"), and the
// key of the last one ("" when there is none).
func (s *scanner) dayPartsAfter(k, limit int) (int, string) {
	part := ""
	for {
		end, key, ok := s.r.dayPartKeys.At(s.ts, k)
		if !ok || end > limit {
			return k, part
		}
		k, part = end, key
	}
}

// takeDayParts takes the parts of the day written after c into its words,
// up to limit, and the zone written after them ("Jumat (26/4/2024) dini
// hari WIB"); a part already read stays when none follows.
func (s *scanner) takeDayParts(c *cand, limit int) {
	end, part := s.dayPartsAfter(c.to, limit)
	if part == "" {
		return
	}
	c.to, c.dayPart = end, part
	if end, z, ok := s.r.zones.At(s.ts, c.to); ok && end <= limit && !c.clock {
		c.zone, c.zoneOff, c.zoneKnown, c.to = z.Phrase, z.Offset, z.Known, end
	}
}

// partOf parses a part word before a month, a year or a weekday ("akhir
// Oktober", "awal 2025", "mid-November", "early Sunday"); parts before
// relative periods are read by relative.
func (s *scanner) partOf(i int) (cand, bool) {
	j, part, ok := s.r.parts.At(s.ts, i)
	if !ok || j >= len(s.ts) {
		return cand{}, false
	}
	var l longest
	if c, ok := s.nameDate(j, true); ok && c.d == 0 {
		l.offer(c, true)
	}
	l.offer(s.year(j, true))
	if l.ok {
		l.c.from, l.c.part = i, part
		return l.c, true
	}
	if c, ok := s.weekday(j, true); ok {
		c.from = i
		if c.dayPart == "" {
			c.dayPart = dayPartOf[part] // "early Sunday": its small hours
		}
		return c, true
	}
	return cand{}, false
}

// dayPartOf is the part of a day that a part of a period written before
// a weekday names: news writes "early Sunday" for its small hours. ("Late
// Sunday" is left a day: a figure given late one day and another given
// that day are one day's, not a timeline.)
var dayPartOf = map[string]string{"early": "small-hours"}
