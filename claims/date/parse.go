package date

import (
	"strconv"
	"strings"
)

// ckind says what a candidate holds before resolution.
type ckind uint8

const (
	ckDate    ckind = iota + 1 // calendar fields: year, month, day, any may be missing
	ckWeekday                  // a day name alone ("on Saturday")
	ckRelDay                   // a day relative to publication ("kemarin")
	ckRelUnit                  // a period relative to publication ("last week")
	ckClock                    // a time of day with no day
)

// cand is a date as read from the tokens [from, to), before it is resolved
// against the publication date.
type cand struct {
	from, to int
	kind     ckind
	// y, m, d are the calendar fields as written; 0 when absent. d2 is
	// the last day of a range of days ("16-17 November"), y2 the last year
	// of a range of years ("2014-2018").
	y, m, d, d2, y2 int
	// written is a numeric date as written ("31/02"), for messages.
	written string
	// wd is the weekday as written when hasWD; wdShift moves a bare
	// weekday (-1 last, 0 this, 1 next) when wdShiftSet.
	wd                int
	hasWD, wdShiftSet bool
	wdShift           int
	// wdWeek places a weekday in the week shifted by wdWeekShift from
	// publication's ("Sabtu pekan lalu", "Saturday last week").
	wdWeek      bool
	wdWeekShift int
	// relDays is the offset of a ckRelDay; unit and shift those of a
	// ckRelUnit (a count ago is a negative shift).
	relDays int
	unit    string
	shift   int
	// monthShift and yearShift place a month written without a year
	// ("Desember lalu", "December last year").
	monthShift, yearShift       int
	hasMonthShift, hasYearShift bool
	part                        string
	clock                       bool
	hour, min                   int
	// endHour and endMin end a range of times ("15.00-16.00") when
	// hasEnd.
	endHour, endMin int
	hasEnd          bool
	zone            string
	zoneOff         int
	zoneKnown       bool
	asOf            bool
}

// dayish reports whether c names one day (and so may take a time of day).
func (c *cand) dayish() bool {
	switch c.kind {
	case ckDate:
		return c.d > 0
	case ckWeekday, ckRelDay:
		return true
	}
	return false
}

// scanner parses the tokens of one sentence.
type scanner struct {
	r  *Recognizer
	ts []token
}

// best returns the longest date starting at token i.
func (s *scanner) best(i int) (cand, bool) {
	if !s.canStart(i) {
		return cand{}, false
	}
	var best cand
	ok := false
	if _, end, m := s.r.asOf.match(s.ts, i); m && end < len(s.ts) {
		if c, good := s.atom(end); good {
			c.from, c.asOf = i, true
			best, ok = c, true
		}
	}
	if c, good := s.atom(i); good && (!ok || c.to > best.to) {
		best, ok = c, true
	}
	return best, ok
}

// canStart reports whether a date may start at token i: a number, a
// parenthesis, or a word some shape starts with.
func (s *scanner) canStart(i int) bool {
	t := s.ts[i]
	switch t.kind {
	case tokNum:
		return true
	case tokPunct:
		return t.low == "("
	}
	if s.r.starters[t.low] {
		return true
	}
	for _, pre := range s.r.onePrefixes {
		if rest, cut := strings.CutPrefix(t.low, pre); cut {
			if _, m := s.r.units.word(rest); m {
				return true
			}
		}
	}
	return false
}

// atom parses a date at i, taking the parentheses around it when it is
// wholly enclosed ("(5/12/2021)", "(Nov 16)").
func (s *scanner) atom(i int) (cand, bool) {
	if s.ts[i].low == "(" && i+1 < len(s.ts) {
		if c, ok := s.core(i+1, true); ok && c.to < len(s.ts) && s.ts[c.to].low == ")" {
			c.from = i
			c.to++
			return c, true
		}
	}
	return s.core(i, false)
}

// core runs every shape at i and keeps the longest; on a tie the earlier
// shape wins, relative periods first so that "minggu lalu" is last week.
func (s *scanner) core(i int, paren bool) (cand, bool) {
	var best cand
	ok := false
	try := func(c cand, good bool) {
		if good && (!ok || c.to > best.to) {
			best, ok = c, true
		}
	}
	try(s.relative(i))
	try(s.numeric(i, paren))
	try(s.nameDate(i, false))
	try(s.clockAt(i))
	try(s.weekday(i, false))
	try(s.year(i, false))
	try(s.partOf(i))
	return best, ok
}

// num returns the value of token k when it is a number of minDigits to
// maxDigits digits.
func (s *scanner) num(k, minDigits, maxDigits int) (int, bool) {
	if k < 0 || k >= len(s.ts) || s.ts[k].kind != tokNum {
		return 0, false
	}
	n := len(s.ts[k].low)
	if n < minDigits || n > maxDigits {
		return 0, false
	}
	v, err := strconv.Atoi(s.ts[k].low)
	return v, err == nil
}

// leftFree reports whether token k does not continue a number written
// before it ("1.16" or "3,16").
func (s *scanner) leftFree(k int) bool {
	if k <= 0 || !glued(s.ts[k-1], s.ts[k]) {
		return true
	}
	p := s.ts[k-1]
	if p.kind != tokPunct {
		return false
	}
	if strings.Contains("/.-,:", p.low) {
		return k < 2 || !glued(s.ts[k-2], p) || s.ts[k-2].kind != tokNum
	}
	return true
}

// rightFree reports whether the number ending before token k is not
// continued after it ("2024.5", "3,000"); a sentence's full stop is fine.
func (s *scanner) rightFree(k int) bool {
	if k >= len(s.ts) || !glued(s.ts[k-1], s.ts[k]) {
		return true
	}
	n := s.ts[k]
	if n.kind == tokWord {
		return false
	}
	if n.kind == tokNum {
		return false
	}
	if strings.Contains("/.-,:", n.low) {
		return k+1 >= len(s.ts) || !glued(n, s.ts[k+1]) || s.ts[k+1].kind != tokNum
	}
	return true
}

// punct reports whether token k is the punctuation mark p.
func (s *scanner) punct(k int, p string) bool {
	return k >= 0 && k < len(s.ts) && s.ts[k].kind == tokPunct && s.ts[k].low == p
}

// relative parses days ("kemarin"), shifted periods ("pekan lalu", "earlier
// this month") and counted periods ago ("4 bulan lalu", "a year ago").
func (s *scanner) relative(i int) (cand, bool) {
	var best cand
	ok := false
	if e, end, m := s.r.days.match(s.ts, i); m {
		best, ok = cand{from: i, to: end, kind: ckRelDay, relDays: e.num}, true
	}
	// [part] [shift] unit [shift]
	j, part := i, ""
	if e, end, m := s.r.parts.match(s.ts, j); m {
		j, part = end, e.str
	}
	shift, hasShift := 0, false
	if e, end, m := s.r.shiftsBefore.match(s.ts, j); m {
		j, shift, hasShift = end, e.num, true
	}
	if e, end, m := s.r.units.match(s.ts, j); m && e.str != "day" {
		unit := e.str
		if !hasShift {
			if e2, end2, m2 := s.r.shiftsAfter.match(s.ts, end); m2 {
				shift, hasShift, end = e2.num, true, end2
			}
		}
		if hasShift && (!ok || end > best.to) {
			best, ok = cand{from: i, to: end, kind: ckRelUnit, unit: unit, shift: shift, part: part}, true
		}
	}
	// count unit ago
	if c, good := s.countAgo(i); good && (!ok || c.to > best.to) {
		best, ok = c, true
	}
	return best, ok
}

// countAgo parses "4 bulan lalu", "three weeks ago", "sebulan lalu".
func (s *scanner) countAgo(i int) (cand, bool) {
	n, j := 0, i
	if v, good := s.num(i, 1, 3); good && s.leftFree(i) && s.rightFree(i+1) {
		n, j = v, i+1
	} else if e, end, m := s.r.counts.match(s.ts, i); m {
		n, j = e.num, end
	}
	unit := ""
	if n > 0 {
		e, end, m := s.r.units.match(s.ts, j)
		if !m {
			return cand{}, false
		}
		unit, j = e.str, end
	} else if i < len(s.ts) && s.ts[i].kind == tokWord {
		w := s.ts[i].low
		for _, pre := range s.r.onePrefixes {
			if rest, cut := strings.CutPrefix(w, pre); cut && rest != "" {
				if e, m := s.r.units.word(rest); m {
					n, unit, j = 1, e.str, i+1
					break
				}
			}
		}
		if n == 0 {
			return cand{}, false
		}
	} else {
		return cand{}, false
	}
	if _, end, m := s.r.ago.match(s.ts, j); m {
		if unit == "weekend" {
			unit = "week"
		}
		return cand{from: i, to: end, kind: ckRelUnit, unit: unit, shift: -n}, true
	}
	return cand{}, false
}

// numeric parses "16/11/2024", "2024-11-16", "16.11.2024", "5/12/21" and,
// inside parentheses or after a day word, "16/11".
func (s *scanner) numeric(i int, paren bool) (cand, bool) {
	from, lead := i, false
	if _, end, m := s.r.dayWords.match(s.ts, i); m {
		i, lead = end, true
	}
	if i >= len(s.ts) || s.ts[i].kind != tokNum || !s.leftFree(i) {
		return cand{}, false
	}
	// collect n (sep n)* glued, with one separator
	parts := []int{i}
	sep := ""
	k := i + 1
	for len(parts) < 3 && k+1 < len(s.ts) && glued(s.ts[k-1], s.ts[k]) && glued(s.ts[k], s.ts[k+1]) &&
		s.ts[k].kind == tokPunct && s.ts[k+1].kind == tokNum {
		p := s.ts[k].low
		if p != "/" && p != "-" && p != "." {
			break
		}
		if sep != "" && p != sep {
			break
		}
		sep = p
		parts = append(parts, k+1)
		k += 2
	}
	if len(parts) < 2 || !s.rightFree(k) {
		return cand{}, false
	}
	c := cand{from: from, to: k, kind: ckDate}
	c.written = ""
	for t := i; t < k; t++ {
		c.written += s.ts[t].low
	}
	if v, iso := s.num(parts[0], 4, 4); iso {
		if len(parts) != 3 || sep == "." {
			return cand{}, false
		}
		m, ok1 := s.num(parts[1], 1, 2)
		d, ok2 := s.num(parts[2], 1, 2)
		if !ok1 || !ok2 || m < 1 || m > 12 || d < 1 || d > 31 {
			return cand{}, false
		}
		c.y, c.m, c.d = v, m, d
		return c, true
	}
	a, ok1 := s.num(parts[0], 1, 2)
	b, ok2 := s.num(parts[1], 1, 2)
	if !ok1 || !ok2 {
		return cand{}, false
	}
	if len(parts) == 3 {
		y, okY := s.num(parts[2], 2, 4)
		if !okY || len(s.ts[parts[2]].low) == 3 {
			return cand{}, false
		}
		if len(s.ts[parts[2]].low) == 2 {
			if sep != "/" {
				return cand{}, false
			}
			y += 2000
			if y >= 2070 {
				y -= 100
			}
		}
		c.y = y
	} else if sep != "/" || !(paren || lead) {
		return cand{}, false
	}
	d, m := a, b
	if s.r.mdy {
		d, m = b, a
	}
	if m > 12 && d <= 12 {
		d, m = m, d
	}
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return cand{}, false
	}
	c.m, c.d = m, d
	return c, true
}

// monthAt matches a month name at k, with the full stop of an
// abbreviation when a day or year follows ("Nov. 16"; a sentence may end
// in "May."), returning the month and the index after it.
func (s *scanner) monthAt(k int) (int, int, bool) {
	e, end, m := s.r.months.match(s.ts, k)
	if !m {
		return 0, k, false
	}
	if s.punct(end, ".") && glued(s.ts[end-1], s.ts[end]) && end+1 < len(s.ts) && s.ts[end+1].kind == tokNum {
		end++
	}
	return e.num, end, true
}

// yearAfter matches a four-digit year at k, after an optional comma.
func (s *scanner) yearAfter(k int) (int, int, bool) {
	j := k
	if s.punct(j, ",") {
		j++
	}
	if y, ok := s.num(j, 4, 4); ok && y >= 1000 && y < 3000 && s.rightFree(j+1) && s.leftFree(j) {
		return y, j + 1, true
	}
	return 0, k, false
}

// dayAt matches a day number 1..31 at k, with an ordinal suffix.
func (s *scanner) dayAt(k int) (int, int, bool) {
	d, ok := s.num(k, 1, 2)
	if !ok || d < 1 || d > 31 || !s.leftFree(k) {
		return 0, k, false
	}
	end := k + 1
	if _, e2, m := s.r.ordinals.match(s.ts, end); m && glued(s.ts[k], s.ts[end]) {
		end = e2
	}
	if !s.rightFree(end) {
		return 0, k, false
	}
	return d, end, true
}

// dayRange matches a day at k, or a range of days ("16-17", "16 hingga
// 18"), returning the first and last day (d2 is 0 for a single day).
func (s *scanner) dayRange(k int) (int, int, int, bool) {
	d, ok := s.num(k, 1, 2)
	if !ok || d < 1 || d > 31 || !s.leftFree(k) {
		return 0, 0, k, false
	}
	if _, j, m := s.r.rangeJoins.match(s.ts, k+1); m {
		if d2, ok2 := s.num(j, 1, 2); ok2 && d2 > d && d2 <= 31 {
			end := j + 1
			if _, e2, m2 := s.r.ordinals.match(s.ts, end); m2 && glued(s.ts[j], s.ts[end]) {
				end = e2
			}
			if s.rightFree(end) {
				return d, d2, end, true
			}
		}
	}
	d, end, ok := s.dayAt(k)
	return d, 0, end, ok
}

// nameDate parses dates written with a month name: "16 November 2024",
// "16th of Nov", "Nov 16, 2024", "November 2024", "bulan Desember",
// "Desember lalu", "December last year". ctx is set when a word before
// (a part: "akhir", "early") makes a lone month name a month.
func (s *scanner) nameDate(i int, ctx bool) (cand, bool) {
	// day first
	j := i
	if _, end, m := s.r.dayWords.match(s.ts, j); m {
		j = end
	}
	if d, d2, k, ok := s.dayRange(j); ok {
		if _, e2, m := s.r.dayMonthJoins.match(s.ts, k); m {
			k = e2
		}
		if mo, k2, ok2 := s.monthAt(k); ok2 {
			c := cand{from: i, to: k2, kind: ckDate, m: mo, d: d, d2: d2}
			if y, k3, ok3 := s.yearAfter(k2); ok3 {
				c.y, c.to = y, k3
			}
			return c, true
		}
	}
	// month first
	j, lead := i, false
	if _, end, m := s.r.monthWords.match(s.ts, j); m {
		j, lead = end, true
	}
	shift, hasShift := 0, false
	if !lead {
		if e, end, m := s.r.shiftsBefore.match(s.ts, j); m {
			j, shift, hasShift = end, e.num, true
		}
	}
	mo, k, ok := s.monthAt(j)
	if !ok {
		return cand{}, false
	}
	c := cand{from: i, to: k, kind: ckDate, m: mo}
	if !hasShift {
		if d, d2, k2, ok2 := s.dayRange(k); ok2 && !glued(s.ts[k-1], s.ts[k]) {
			c.d, c.d2, c.to = d, d2, k2
			if y, k3, ok3 := s.yearAfter(k2); ok3 {
				c.y, c.to = y, k3
			}
			return c, true
		}
	}
	if y, k2, ok2 := s.yearAfter(k); ok2 && !hasShift {
		c.y, c.to = y, k2
		return c, true
	}
	// a month alone
	mt := s.ts[j]
	prevIntro := i > 0 && s.r.yearIntros[s.ts[i-1].low]
	if !lead && !hasShift && !ctx {
		if !mt.upper {
			return cand{}, false
		}
		if s.r.ambMonths[mt.low] && !prevIntro {
			return cand{}, false
		}
	}
	if hasShift {
		c.monthShift, c.hasMonthShift = shift, true
		return c, true
	}
	// "Desember lalu", "Desember tahun lalu", "December last year"
	if e, end, m := s.r.shiftsAfter.match(s.ts, k); m {
		c.monthShift, c.hasMonthShift, c.to = e.num, true, end
		return c, true
	}
	y := k
	if e, end, m := s.r.shiftsBefore.match(s.ts, y); m {
		if u, end2, m2 := s.r.units.match(s.ts, end); m2 && u.str == "year" {
			c.yearShift, c.hasYearShift, c.to = e.num, true, end2
			return c, true
		}
	}
	if u, end, m := s.r.units.match(s.ts, y); m && u.str == "year" {
		if e, end2, m2 := s.r.shiftsAfter.match(s.ts, end); m2 {
			c.yearShift, c.hasYearShift, c.to = e.num, true, end2
			return c, true
		}
	}
	return c, true
}

// year parses a year alone: after a year word ("tahun 2018") or a year
// intro outside the date ("in 2018"), or when ctx says a part precedes it
// ("awal 2025").
func (s *scanner) year(i int, ctx bool) (cand, bool) {
	j, lead := i, false
	if _, end, m := s.r.yearWords.match(s.ts, j); m {
		j, lead = end, true
	}
	y, ok := s.num(j, 4, 4)
	if !ok || !s.leftFree(j) {
		return cand{}, false
	}
	if y2, end, ok2 := s.yearRange(j, y); ok2 {
		return cand{from: i, to: end, kind: ckDate, y: y, y2: y2}, true
	}
	if !s.rightFree(j + 1) {
		return cand{}, false
	}
	switch {
	case lead:
		if y < 1000 || y >= 3000 {
			return cand{}, false
		}
	case ctx || (i > 0 && s.r.yearIntros[s.ts[i-1].low]):
		if y < 1800 || y >= 2200 {
			return cand{}, false
		}
		if _, _, m := s.r.unitWords.match(s.ts, j+1); m {
			return cand{}, false
		}
	case y >= 1900 && y <= 2100 && s.namesYear(i):
	default:
		return cand{}, false
	}
	return cand{from: i, to: j + 1, kind: ckDate, y: y}, true
}

// yearRange matches a range of years written with a dash against them
// ("2014-2018", "2019–2023") after the year y at j: such a pair is years
// wherever it stands.
func (s *scanner) yearRange(j, y int) (int, int, bool) {
	if y < 1900 || y > 2100 || j+2 >= len(s.ts) || !glued(s.ts[j], s.ts[j+1]) || !glued(s.ts[j+1], s.ts[j+2]) {
		return 0, j, false
	}
	if p := s.ts[j+1].low; p != "-" && p != "–" {
		return 0, j, false
	}
	y2, ok := s.num(j+2, 4, 4)
	if !ok || y2 <= y || y2 > 2100 || !s.rightFree(j+3) {
		return 0, j, false
	}
	return y2, j + 3, true
}

// namesYear reports whether the bare number at i is a year by its
// neighbours: after a capitalized name ("Pilpres 2024", "Hajj 2024",
// "Iran 1979", "(Pilpres) 2024") or a hyphenated prefix ("pasca-1979"),
// and not next to a unit ("Rp 2000", "2000 km").
func (s *scanner) namesYear(i int) bool {
	if i == 0 || i+1 < len(s.ts) && s.ts[i+1].kind == tokNum {
		return false
	}
	if _, _, m := s.r.unitWords.match(s.ts, i+1); m {
		return false
	}
	p := s.ts[i-1]
	switch {
	case p.kind == tokWord && p.upper && !glued(p, s.ts[i]):
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if _, end, m := s.r.unitsBefore.match(s.ts, k); m && end == i {
				return false
			}
		}
		return true
	case p.kind == tokPunct && p.low == ")" && !glued(p, s.ts[i]) && i >= 2 && s.ts[i-2].kind == tokWord && s.ts[i-2].upper:
		return true
	case p.kind == tokPunct && p.low == "-" && glued(p, s.ts[i]) && i >= 2 && s.ts[i-2].kind == tokWord && glued(s.ts[i-2], p):
		return true
	}
	return false
}

// weekday parses a day name with its day word, shift and parts of the day
// ("hari Rabu", "last Saturday", "Rabu kemarin malam", "Sunday night").
func (s *scanner) weekday(i int, ctx bool) (cand, bool) {
	j, lead := i, false
	if _, end, m := s.r.weekdayWords.match(s.ts, j); m {
		j, lead = end, true
	}
	shift, hasShift := 0, false
	if e, end, m := s.r.shiftsBefore.match(s.ts, j); m {
		j, shift, hasShift = end, e.num, true
	}
	e, k, m := s.r.weekdays.match(s.ts, j)
	if !m {
		return cand{}, false
	}
	w := s.ts[j]
	if s.r.ambWeekdays[w.low] && !lead && !hasShift && !ctx {
		next := func(o int) string {
			if k+o < len(s.ts) {
				return s.ts[k+o].low
			}
			return ""
		}
		dateNext := next(0) == "(" || (next(0) == "," && (next(1) == "(" || (k+1 < len(s.ts) && s.ts[k+1].kind == tokNum)))
		inside := w.upper && j > 0 && (s.ts[j-1].kind != tokPunct || s.ts[j-1].low == ",")
		if !dateNext && !inside {
			return cand{}, false
		}
	}
	c := cand{from: i, to: k, kind: ckWeekday, wd: e.num, hasWD: true}
	if hasShift {
		c.wdShift, c.wdShiftSet = shift, true
	} else if e2, end, m2 := s.r.shiftsAfter.match(s.ts, k); m2 {
		c.wdShift, c.wdShiftSet, c.to = e2.num, true, end
	}
	for {
		_, end, m2 := s.r.dayParts.match(s.ts, c.to)
		if !m2 {
			break
		}
		c.to = end
	}
	return c, true
}

// partOf parses a part word before a month, a year or a weekday ("akhir
// Oktober", "awal 2025", "mid-November", "early Sunday"); parts before
// relative periods are read by relative.
func (s *scanner) partOf(i int) (cand, bool) {
	e, j, m := s.r.parts.match(s.ts, i)
	if !m || j >= len(s.ts) {
		return cand{}, false
	}
	var best cand
	ok := false
	if c, good := s.nameDate(j, true); good && c.d == 0 {
		best, ok = c, true
	}
	if c, good := s.year(j, true); good && (!ok || c.to > best.to) {
		best, ok = c, true
	}
	if ok {
		best.from, best.part = i, e.str
		return best, true
	}
	if c, good := s.weekday(j, true); good {
		c.from = i
		return c, true
	}
	return cand{}, false
}

// clockAt parses a time of day: "pukul 06.20 WIB", "10:30", "3 p.m. local
// time", "05:22am", "pukul 8 malam". A time written with a full stop needs
// a clock word, a meridiem, a zone or a zero-padded hour ("09.21"), as
// "10.30" alone may be a decimal.
func (s *scanner) clockAt(i int) (cand, bool) {
	j, intro, unitIntro := i, false, false
	if _, end, m := s.r.clockIntros.match(s.ts, j); m {
		j, intro = end, true
		// "jam" is also the unit "hour" ("3 jam 20 menit"): alone
		// before an hour it does not make a time.
		_, _, unitIntro = s.r.unitWords.match(s.ts, i)
	}
	h, ok := s.num(j, 1, 2)
	if !ok || h > 24 || (!intro && !s.leftFree(j)) {
		return cand{}, false
	}
	k, mi, hasMin, sep := j+1, 0, false, ""
	if k+1 < len(s.ts) && (s.punct(k, ".") || s.punct(k, ":")) && glued(s.ts[j], s.ts[k]) && glued(s.ts[k], s.ts[k+1]) {
		if v, good := s.num(k+1, 2, 2); good && v < 60 {
			mi, hasMin, sep, k = v, true, s.ts[k].low, k+2
			// seconds
			if s.punct(k, sep) && k+1 < len(s.ts) && glued(s.ts[k-1], s.ts[k]) && glued(s.ts[k], s.ts[k+1]) {
				if _, good := s.num(k+1, 2, 2); good {
					k += 2
				}
			}
		}
	}
	c := cand{from: i, to: k, kind: ckClock, clock: true}
	if hasMin {
		if h2, m2, end, ok := s.clockEnd(k, sep); ok {
			c.endHour, c.endMin, c.hasEnd, k = h2, m2, true, end
			c.to = k
		}
	}
	if !s.rightFree(k) && !(k < len(s.ts) && s.ts[k].kind == tokWord) {
		return cand{}, false
	}
	mer, hasMer, merIsDayPart := 0, false, false
	if e, end, m := s.r.meridiems.match(s.ts, k); m {
		dayPart := s.r.dayPartSet[strings.Join(e.words, " ")]
		if intro || !dayPart {
			mer, hasMer, merIsDayPart, c.to = e.num, true, dayPart, end
		}
	} else if k < len(s.ts) && s.ts[k].kind == tokWord && glued(s.ts[k-1], s.ts[k]) {
		return cand{}, false // "3rd" is no time
	}
	hasZone := false
	if e, end, m := s.r.zones.match(s.ts, c.to); m {
		z := s.r.pack.Dates.Zones[e.num]
		c.zone, c.zoneOff, c.zoneKnown, c.to, hasZone = z.Phrase, z.Offset, z.Known, end, true
	}
	// A zero-padded hour ("09.21") is how clocks are written, not
	// decimals.
	padded := len(s.ts[j].low) == 2 && s.ts[j].low[0] == '0' && s.standalone(j, k)
	switch {
	case sep == ":" && hasMin:
	case padded && hasMin:
	case intro && (!unitIntro || hasMin || hasZone):
	case hasZone && hasMin:
	case hasMer:
	default:
		return cand{}, false
	}
	if h == 24 {
		if mi != 0 || hasMer {
			return cand{}, false
		}
		h = 0
	}
	if hasMer {
		switch {
		case h > 12: // already on a 24-hour clock
		case h == 12:
			if mer == 0 && !merIsDayPart {
				h = 0 // 12 a.m. is midnight
			}
		default:
			h += mer
		}
	}
	if c.hasEnd && hasMer && mer > 0 && c.endHour < 12 {
		c.endHour += mer
	}
	c.hour, c.min = h, mi
	return c, true
}

// standalone reports whether tokens [from, to) are written apart from
// their neighbours, but for a closing mark ("09.21," but not "Pl.01.08-BA").
func (s *scanner) standalone(from, to int) bool {
	if from > 0 && glued(s.ts[from-1], s.ts[from]) {
		return false
	}
	if to >= len(s.ts) || !glued(s.ts[to-1], s.ts[to]) {
		return true
	}
	return strings.Contains(",.;:)", s.ts[to].low) && (to+1 >= len(s.ts) || !glued(s.ts[to], s.ts[to+1]))
}

// clockEnd matches the end of a range of times after the first one, at k:
// a range join and a time written with the same separator ("-16.00").
func (s *scanner) clockEnd(k int, sep string) (int, int, int, bool) {
	_, j, m := s.r.rangeJoins.match(s.ts, k)
	if !m || j+2 >= len(s.ts) {
		return 0, 0, k, false
	}
	h, ok := s.num(j, 1, 2)
	if !ok || h > 23 || !s.punct(j+1, sep) || !glued(s.ts[j], s.ts[j+1]) || !glued(s.ts[j+1], s.ts[j+2]) {
		return 0, 0, k, false
	}
	mi, ok := s.num(j+2, 2, 2)
	if !ok || mi > 59 || !s.rightFree(j+3) {
		return 0, 0, k, false
	}
	return h, mi, j + 3, true
}

// gapOK reports whether tokens [from, to) are all phrases of the tables.
func (s *scanner) gapOK(from, to int, tabs ...*table) bool {
	for j := from; j < to; {
		moved := false
		for _, t := range tabs {
			if _, end, m := t.match(s.ts, j); m && end <= to {
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
// ("3 p.m. on Saturday").
func (s *scanner) merge(cs []cand) []cand {
	// Days are completed first, so that a time joins the whole day
	// ("pukul 10.00 WIB, Senin (1/1/2024)").
	return s.mergePass(s.mergePass(cs, false), true)
}

// mergePass joins the pairs of one kind: weekdays with their dates when
// clocks is false, days with their times when it is true.
func (s *scanner) mergePass(cs []cand, clocks bool) []cand {
	comma := s.r.comma
	for k := 0; k+1 < len(cs); {
		a, b := &cs[k], &cs[k+1]
		var m cand
		merged := false
		switch {
		case clocks:
			m, merged = s.mergeClock(a, b)
		case a.kind == ckWeekday && !a.clock && b.kind == ckDate && b.d > 0 && !b.hasWD && !b.clock &&
			b.from-a.to <= 2 && s.gapOK(a.to, b.from, comma, s.r.dayParts):
			m = *b
			m.from, m.hasWD, m.wd, m.asOf = a.from, true, a.wd, a.asOf || b.asOf
			merged = true
		case a.kind == ckWeekday && !a.clock && !a.wdShiftSet && !a.wdWeek && b.kind == ckRelUnit && b.unit == "week" &&
			b.part == "" && b.shift >= -1 && b.shift <= 1 && b.from == a.to:
			m = *a
			m.to, m.wdWeek, m.wdWeekShift, m.asOf = b.to, true, b.shift, a.asOf || b.asOf
			merged = true
		case a.kind == ckWeekday && !a.clock && b.kind == ckRelDay && !b.hasWD && b.from-a.to <= 1 && s.gapOK(a.to, b.from, comma):
			m = *b
			m.from, m.hasWD, m.wd, m.asOf = a.from, true, a.wd, a.asOf || b.asOf
			merged = true
		}
		if !merged {
			k++
			continue
		}
		cs[k] = m
		cs = append(cs[:k+1], cs[k+2:]...)
	}
	return cs
}

// mergeClock joins a day and the time after it, or a time and the day
// after it.
func (s *scanner) mergeClock(a, b *cand) (cand, bool) {
	var m cand
	switch {
	case a.dayish() && !a.clock && b.kind == ckClock && b.from-a.to <= 3 && s.gapOK(a.to, b.from, s.r.joiners, s.r.dayParts):
		m = *a
		m.to = b.to
		m.clock, m.hour, m.min, m.endHour, m.endMin, m.hasEnd = true, b.hour, b.min, b.endHour, b.endMin, b.hasEnd
		m.zone, m.zoneOff, m.zoneKnown = b.zone, b.zoneOff, b.zoneKnown
	case a.kind == ckClock && b.dayish() && !b.clock && b.from-a.to <= 2 && s.gapOK(a.to, b.from, s.r.joiners):
		m = *b
		m.from = a.from
		m.clock, m.hour, m.min, m.endHour, m.endMin, m.hasEnd = true, a.hour, a.min, a.endHour, a.endMin, a.hasEnd
		m.zone, m.zoneOff, m.zoneKnown = a.zone, a.zoneOff, a.zoneKnown
	default:
		return cand{}, false
	}
	m.asOf = a.asOf || b.asOf
	return m, true
}

// extendDayParts takes the parts of the day written after a day into its
// words ("Minggu (5/12/2021) pagi").
func (s *scanner) extendDayParts(c *cand, cs []cand, k int) {
	if !c.dayish() {
		return
	}
	limit := len(s.ts)
	if k+1 < len(cs) {
		limit = cs[k+1].from
	}
	for {
		_, end, m := s.r.dayParts.match(s.ts, c.to)
		if !m || end > limit {
			return
		}
		c.to = end
	}
}
