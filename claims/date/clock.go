package date

// clockScan is a time of day being read by clockAt: the candidate and
// what was seen so far.
type clockScan struct {
	scanner
	c cand
	// at is the hour's token; intro is set when a clock word comes
	// before it ("pukul"), unitIntro when that word is also a unit
	// ("jam" is "hour").
	at               int
	intro, unitIntro bool
	// hasMin is set when minutes were written, after sep ("." or ":");
	// end is the index after the time and its range.
	hasMin bool
	sep    string
	end    int
	// hasSec is set when seconds were written after the minutes.
	hasSec bool
	// mer is the meridiem read after the time, when hasMer.
	mer     meridiem
	hasMer  bool
	hasZone bool
}

// clockAt parses a time of day: "pukul 06.20 WIB", "10:30", "3 p.m. local
// time", "05:22am", "pukul 8 malam". A time written with a full stop needs
// a clock word, a meridiem, a zone or a zero-padded hour ("09.21"), as
// "10.30" alone may be a decimal.
func (s *scanner) clockAt(i int) (cand, bool) {
	k := clockScan{scanner: *s, c: cand{from: i, kind: ckClock, clock: true}}
	if !k.hourAt(i) {
		return cand{}, false
	}
	k.minutes()
	k.rangeEnd()
	if !k.meridiem() {
		return cand{}, false
	}
	k.zone()
	if !k.writtenAsClock() || !k.to24() {
		return cand{}, false
	}
	return k.c, true
}

// hourAt reads the clock word and the hour at i.
func (k *clockScan) hourAt(i int) bool {
	k.at = i
	if end, ok := k.after(k.r.clockIntros, i); ok {
		k.at, k.intro = end, true
		// "jam" is also the unit "hour" ("3 jam 20 menit"): alone
		// before an hour it does not make a time.
		k.unitIntro = k.r.unitWords.Has(k.ts, i)
	}
	h, ok := k.num(k.at, 1, 2)
	if !ok || h > 24 || !k.intro && !k.leftFree(k.at) {
		return false
	}
	k.c.hour = h
	k.end = k.at + 1
	return true
}

// minutes reads the minutes and seconds glued after the hour ("06.20",
// "10:30:15"); the seconds are passed over.
func (k *clockScan) minutes() {
	j := k.end
	if j+1 >= len(k.ts) || !k.punct(j, ".") && !k.punct(j, ":") || !k.glued(j) || !k.glued(j+1) {
		return
	}
	mi, ok := k.num(j+1, 2, 2)
	if !ok || mi >= 60 {
		return
	}
	k.c.min, k.hasMin, k.sep, k.end = mi, true, k.ts[j].Text, j+2
	j = k.end
	if k.punct(j, k.sep) && j+1 < len(k.ts) && k.glued(j) && k.glued(j+1) {
		if _, ok := k.num(j+1, 2, 2); ok {
			k.end += 2
			k.hasSec = true
		}
	}
}

// rangeEnd reads the end of a range of times ("15.00-16.00"); the time
// ends there.
func (k *clockScan) rangeEnd() {
	if k.hasMin {
		if h2, m2, end, ok := k.clockEnd(k.end, k.sep); ok {
			k.c.endHour, k.c.endMin, k.c.hasEnd, k.end = h2, m2, true, end
		}
	}
	k.c.to = k.end
}

// meridiem reads the meridiem after the time ("3 p.m.", "05:22am", "pukul
// 8 malam"); a part of the day counts only after a clock word. It reports
// false when the time runs on into a number or another word ("3rd").
func (k *clockScan) meridiem() bool {
	j := k.end
	if !k.rightFree(j) && !(j < len(k.ts) && isWord(k.ts[j])) {
		return false
	}
	if end, mer, ok := k.r.meridiems.At(k.ts, j); ok {
		if k.intro || !mer.dayPart {
			k.mer, k.hasMer, k.c.to = mer, true, end
		}
		return true
	}
	return !(j < len(k.ts) && isWord(k.ts[j]) && k.glued(j))
}

// zone reads the time zone after the time ("WIB", "local time").
func (k *clockScan) zone() {
	if z, end, ok := k.zoneAt(k.c.to); ok {
		k.c.zone, k.c.zoneOff, k.c.zoneKnown, k.c.to, k.hasZone = z.Phrase, z.Offset, z.Known, end, true
	}
}

// writtenAsClock reports whether the time is written as only a time of
// day is: with a colon, a zero-padded hour ("09.21" is how clocks are
// written, not decimals), a clock word (one that is also a unit needs
// minutes or a zone: "jam 3" may be three hours), a zone with minutes,
// or a meridiem.
func (k *clockScan) writtenAsClock() bool {
	hour := k.ts[k.at].Fold
	padded := len(hour) == 2 && hour[0] == '0' && k.standalone(k.at, k.end)
	switch {
	case k.hasSec && !k.intro && !k.hasZone && !k.hasMer:
		return false // "crossed the line in 2:17:34": a time taken, not a time of day
	case k.sep == ":" && k.hasMin:
	case padded && k.hasMin:
	case k.intro && (!k.unitIntro || k.hasMin || k.hasZone):
	case k.hasZone && k.hasMin:
	case k.hasMer:
	default:
		return false
	}
	return true
}

// to24 puts the hour and the range's end on a 24-hour clock: 24.00 is
// midnight, a meridiem adds to an hour below 12, and 12 a.m. is midnight
// (but "12 pagi" is not). It reports false for an impossible time
// ("24.30", "24 p.m.").
func (k *clockScan) to24() bool {
	c := &k.c
	if c.hour == 24 {
		if c.min != 0 || k.hasMer {
			return false
		}
		c.hour = 0
	}
	if !k.hasMer {
		return true
	}
	switch {
	case c.hour > 12: // already on a 24-hour clock
	case c.hour == 12:
		if k.mer.add == 0 && !k.mer.dayPart {
			c.hour = 0
		}
	default:
		c.hour += k.mer.add
	}
	if c.hasEnd && k.mer.add > 0 && c.endHour < 12 {
		c.endHour += k.mer.add
	}
	return true
}

// standalone reports whether tokens [from, to) are written apart from
// their neighbours, but for a closing mark ("09.21," but not "Pl.01.08-BA").
func (s *scanner) standalone(from, to int) bool {
	if s.glued(from) {
		return false
	}
	if to >= len(s.ts) || !s.glued(to) {
		return true
	}
	switch s.ts[to].Text {
	case ",", ".", ";", ":", ")":
		return to+1 >= len(s.ts) || !s.glued(to+1)
	}
	return false
}

// clockEnd matches the end of a range of times after the first one, at k:
// a range join and a time written with the same separator ("-16.00").
func (s *scanner) clockEnd(k int, sep string) (int, int, int, bool) {
	j, ok := s.after(s.r.rangeJoins, k)
	if !ok || j+2 >= len(s.ts) {
		return 0, 0, k, false
	}
	h, ok := s.num(j, 1, 2)
	if !ok || h > 23 || !s.punct(j+1, sep) || !s.glued(j+1) || !s.glued(j+2) {
		return 0, 0, k, false
	}
	mi, ok := s.num(j+2, 2, 2)
	if !ok || mi > 59 || !s.rightFree(j+3) {
		return 0, 0, k, false
	}
	return h, mi, j + 3, true
}
