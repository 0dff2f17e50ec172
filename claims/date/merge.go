package date

// gapOK reports whether tokens [from, to) are all phrases of the matchers.
func (s *scanner) gapOK(from, to int, ms ...phrases) bool {
	for j := from; j < to; {
		moved := false
		for _, m := range ms {
			if end, ok := s.after(m, j); ok && end <= to {
				j, moved = end, true
				break
			}
		}
		if !moved {
			return false
		}
	}
	return true
}

// merge joins neighbouring candidates that are one date: a weekday and
// the date after it ("Saturday (Nov 16)", "Sabtu, 29 September"), a
// weekday and its week ("Sabtu pekan lalu"), a day
// and its time ("Sabtu (4/12/2021) pukul 15.00 WIB"), a time and its day
// ("3 p.m. on Saturday"), a local time and the same moment in a known
// zone ("4:10 p.m. (0710 GMT)").
func (s *scanner) merge(cs []cand) []cand {
	// Days are completed first, so that a time joins the whole day
	// ("pukul 10.00 WIB, Senin (1/1/2024)").
	cs = s.mergePass(cs, s.mergeWeekday)
	cs = s.mergePass(cs, s.mergeZonePair)
	return s.mergePass(cs, s.mergeClock)
}

// mergePass replaces each pair of neighbours that join makes one date by
// that date, left to right.
func (s *scanner) mergePass(cs []cand, join func(a, b *cand) (cand, bool)) []cand {
	for k := 0; k+1 < len(cs); {
		m, ok := join(&cs[k], &cs[k+1])
		if !ok {
			k++
			continue
		}
		cs[k] = m
		cs = append(cs[:k+1], cs[k+2:]...)
	}
	return cs
}

// mergeWeekday joins a weekday a and what follows it in b: the date it
// names ("Saturday (Nov 16)", "Sabtu, 29 September"), its week ("Sabtu
// pekan lalu") or its relative day ("Rabu kemarin").
func (s *scanner) mergeWeekday(a, b *cand) (cand, bool) {
	if a.kind != ckWeekday || a.clock {
		return cand{}, false
	}
	var m cand
	switch {
	case b.kind == ckDate && b.d > 0 && !b.hasWD && !b.clock && b.from-a.to <= 2 && s.gapOK(a.to, b.from, s.r.comma, s.r.dayParts):
		m = *b
		m.from, m.hasWD, m.wd = a.from, true, a.wd
	case !a.wdShiftSet && !a.wdWeek && b.kind == ckRelUnit && b.unit == "week" &&
		b.part == "" && b.shift >= -1 && b.shift <= 1 && b.from == a.to:
		m = *a
		m.to, m.wdWeek, m.wdWeekShift = b.to, true, b.shift
	case b.kind == ckRelDay && !b.hasWD && b.from-a.to <= 1 && s.gapOK(a.to, b.from, s.r.comma):
		m = *b
		m.from, m.hasWD, m.wd = a.from, true, a.wd
	default:
		return cand{}, false
	}
	m.asOf = a.asOf || b.asOf
	if m.dayPart == "" {
		m.dayPart = a.dayPart // "Minggu pagi (5/12)"
	}
	return m, true
}

// mergeClock joins a day and the time after it, or a time and the day
// after it.
func (s *scanner) mergeClock(a, b *cand) (cand, bool) {
	var m cand
	switch {
	case a.dayish() && !a.clock && b.kind == ckClock && b.from-a.to <= 3 && s.gapOK(a.to, b.from, s.r.joiners, s.r.dayParts):
		m = *a
		m.to = b.to
		withClock(&m, b)
	case a.kind == ckClock && b.dayish() && !b.clock && b.from-a.to <= 2 && s.gapOK(a.to, b.from, s.r.joiners):
		m = *b
		m.from = a.from
		withClock(&m, a)
	default:
		return cand{}, false
	}
	m.asOf = a.asOf || b.asOf
	return m, true
}

// withClock gives day m the time of day of clock c.
func withClock(m, c *cand) {
	m.clock, m.hour, m.min, m.endHour, m.endMin, m.hasEnd = true, c.hour, c.min, c.endHour, c.endMin, c.hasEnd
	m.zone, m.zoneOff, m.zoneKnown = c.zone, c.zoneOff, c.zoneKnown
}

// extendDayParts takes the parts of the day written after the day cs[k]
// into its words, up to the next date ("Minggu (5/12/2021) pagi").
func (s *scanner) extendDayParts(cs []cand, k int) {
	c := &cs[k]
	if !c.dayish() {
		return
	}
	limit := len(s.ts)
	if k+1 < len(cs) {
		limit = cs[k+1].from
	}
	s.takeDayParts(c, limit)
}
