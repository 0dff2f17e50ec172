package date

import (
	"strconv"

	"github.com/claimcheck/claimcheck/claims/text"
)

// ckind says what a candidate holds before resolution.
type ckind uint8

const (
	ckDate    ckind = iota + 1 // calendar fields: year, month, day, any may be missing
	ckWeekday                  // a day name alone ("on Saturday")
	ckRelDay                   // a day relative to publication ("kemarin")
	ckRelUnit                  // a period relative to publication ("last week")
	ckClock                    // a time of day with no day
	ckMinute                   // a minute of play of a match
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
	// wdOnward makes a bare weekday the next on or after the publication
	// date (lang.Dates.Onward).
	wdOnward bool
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
	// dayPart is the key of the part of the day written after a day
	// ("malam": "night").
	dayPart string
	// minute and added are a ckMinute's minute of play and added time.
	minute, added int
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

// longest keeps the longest of the candidates offered to it; on a tie the
// first offered stays.
type longest struct {
	c  cand
	ok bool
}

func (l *longest) offer(c cand, ok bool) {
	if ok && (!l.ok || c.to > l.c.to) {
		l.c, l.ok = c, true
	}
}

// scanner parses the tokens of one sentence: one method per shape of date,
// each returning the candidate it reads at a token.
type scanner struct {
	r  *Recognizer
	ts []text.Token
	// doc is the document text the tokens index.
	doc string
}

// best returns the longest date starting at token i, with the as-of word
// before it ("per 23 September") when there is one.
func (s *scanner) best(i int) (cand, bool) {
	if !s.canStart(i) {
		return cand{}, false
	}
	var l longest
	if end, ok := s.after(s.r.asOf, i); ok && end < len(s.ts) {
		if c, good := s.atom(end); good {
			c.from, c.asOf = i, true
			l.offer(c, true)
		}
	}
	l.offer(s.atom(i))
	return l.c, l.ok
}

// canStart reports whether a date may start at token i: a number, a
// parenthesis, or a word some shape starts with.
func (s *scanner) canStart(i int) bool {
	t := s.ts[i]
	switch t.Kind {
	case text.Number:
		return true
	case text.Punct:
		return t.Text == "("
	}
	if s.r.startFilter.May(t.Fold) && s.r.starters[t.Fold] {
		return true
	}
	_, ok := s.onePrefixed(t)
	return ok
}

// atom parses a date at i, taking the parentheses around it when it is
// wholly enclosed ("(5/12/2021)", "(Nov 16)").
func (s *scanner) atom(i int) (cand, bool) {
	if s.punct(i, "(") && i+1 < len(s.ts) {
		if c, ok := s.core(i+1, true); ok && s.punct(c.to, ")") {
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
	var l longest
	l.offer(s.relative(i))
	l.offer(s.numeric(i, paren))
	l.offer(s.nameDate(i, false))
	l.offer(s.clockAt(i))
	l.offer(s.compactClock(i))
	l.offer(s.minuteAt(i))
	l.offer(s.weekday(i, false))
	l.offer(s.year(i, false))
	l.offer(s.partOf(i))
	return l.c, l.ok
}

// after returns the index after the phrase of m at k, or k when there is
// none, and whether there was one.
func (s *scanner) after(m phrases, k int) (int, bool) {
	end, _, ok := m.At(s.ts, k)
	return end, ok
}

// num returns the value of token k when it is a number of minDigits to
// maxDigits digits.
func (s *scanner) num(k, minDigits, maxDigits int) (int, bool) {
	if k < 0 || k >= len(s.ts) || s.ts[k].Kind != text.Number {
		return 0, false
	}
	f := s.ts[k].Fold
	if len(f) < minDigits || len(f) > maxDigits {
		return 0, false
	}
	v, err := strconv.Atoi(f)
	return v, err == nil
}

// numberMark reports whether t is a mark that may join the parts of a
// number or numeric date ("1.16", "3,16", "16/11", "14:30").
func numberMark(t text.Token) bool {
	if t.Kind != text.Punct {
		return false
	}
	switch t.Text {
	case "/", ".", "-", ",", ":":
		return true
	}
	return false
}

// leftFree reports whether token k does not continue a number written
// before it ("1.16" or "3,16").
func (s *scanner) leftFree(k int) bool {
	if k <= 0 || s.ts[k].Space {
		return true
	}
	p := s.ts[k-1]
	if p.Kind != text.Punct {
		return false
	}
	if numberMark(p) {
		return k < 2 || p.Space || s.ts[k-2].Kind != text.Number
	}
	return true
}

// rightFree reports whether the number ending before token k is not
// continued after it ("2024.5", "3,000"); a sentence's full stop is fine,
// and so is a possessive ("2024's").
func (s *scanner) rightFree(k int) bool {
	if k >= len(s.ts) || s.ts[k].Space {
		return true
	}
	n := s.ts[k]
	if isWord(n) || n.Kind == text.Number {
		return false
	}
	if numberMark(n) {
		return k+1 >= len(s.ts) || s.ts[k+1].Space || s.ts[k+1].Kind != text.Number
	}
	return true
}

// glued reports whether token k is written against the one before it.
func (s *scanner) glued(k int) bool {
	return k > 0 && k < len(s.ts) && !s.ts[k].Space
}

// punct reports whether token k is the punctuation mark p.
func (s *scanner) punct(k int, p string) bool {
	return k >= 0 && k < len(s.ts) && s.ts[k].Kind == text.Punct && s.ts[k].Text == p
}
