package date

import "github.com/claimcheck/claimcheck/claims/text"

// monthAt matches a month name at k, with the full stop of an
// abbreviation when a day or year follows ("Nov. 16"; a sentence may end
// in "May."), returning the month and the index after it.
func (s *scanner) monthAt(k int) (int, int, bool) {
	end, m, ok := s.r.months.At(s.ts, k)
	if !ok {
		return 0, k, false
	}
	if s.punct(end, ".") && s.glued(end) && end+1 < len(s.ts) && s.ts[end+1].Kind == text.Number {
		end++
	}
	return m, end, true
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
	end := s.ordinalEnd(k)
	if !s.rightFree(end) {
		return 0, k, false
	}
	return d, end, true
}

// ordinalEnd returns the index after the day number at k and the ordinal
// suffix written against it ("16th").
func (s *scanner) ordinalEnd(k int) int {
	if end, ok := s.after(s.r.ordinals, k+1); ok && s.glued(k+1) {
		return end
	}
	return k + 1
}

// dayRange matches a day at k, or a range of days ("16-17", "16 hingga
// 18"), returning the first and last day (d2 is 0 for a single day).
func (s *scanner) dayRange(k int) (int, int, int, bool) {
	d, ok := s.num(k, 1, 2)
	if !ok || d < 1 || d > 31 || !s.leftFree(k) {
		return 0, 0, k, false
	}
	if j, ok := s.after(s.r.rangeJoins, k+1); ok {
		if d2, ok2 := s.num(j, 1, 2); ok2 && d2 > d && d2 <= 31 {
			if end := s.ordinalEnd(j); s.rightFree(end) {
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
	if c, ok := s.dayFirst(i); ok {
		return c, true
	}
	return s.monthFirst(i, ctx)
}

// dayFirst parses a day, or a range of days, before the month name, and
// the year after: "16 November 2024", "16th of Nov", "tanggal 5 Mei",
// "16-17 November".
func (s *scanner) dayFirst(i int) (cand, bool) {
	j, _ := s.after(s.r.dayWords, i)
	d, d2, k, ok := s.dayRange(j)
	if !ok {
		return cand{}, false
	}
	k, _ = s.after(s.r.dayMonthJoins, k)
	m, k, ok := s.monthAt(k)
	if !ok {
		return cand{}, false
	}
	c := cand{from: i, to: k, kind: ckDate, m: m, d: d, d2: d2}
	if y, end, ok := s.yearAfter(k); ok {
		c.y, c.to = y, end
	}
	return c, true
}

// monthFirst parses a month name with what follows it: a day and year
// ("Nov 16, 2024"), a year ("November 2024"), or a shift ("Desember lalu",
// "next March", "December last year"); or alone, where a month word, a
// shift, ctx or a capital must make it a month ("bulan Desember",
// "Desember"), and an ambiguous name ("May") needs a month word, a shift,
// ctx or a year intro before it ("in May").
func (s *scanner) monthFirst(i int, ctx bool) (cand, bool) {
	j, lead := s.after(s.r.monthWords, i)
	shift, hasShift := 0, false
	if !lead {
		j, shift, hasShift = s.r.shiftsBefore.At(s.ts, j)
	}
	m, k, ok := s.monthAt(j)
	if !ok {
		return cand{}, false
	}
	c := cand{from: i, to: k, kind: ckDate, m: m}
	if hasShift {
		c.monthShift, c.hasMonthShift = shift, true
		return c, true
	}
	if s.dayYearAfter(&c) {
		return c, true
	}
	if !lead && !ctx && !s.monthAlone(i, j) {
		return cand{}, false
	}
	s.shiftAfterMonth(&c)
	return c, true
}

// dayYearAfter takes the day, or range of days, written apart after the
// month name of c and the year after it ("Nov 16, 2024"), or a year alone
// ("November 2024").
func (s *scanner) dayYearAfter(c *cand) bool {
	k := c.to
	if d, d2, end, ok := s.dayRange(k); ok && !s.glued(k) {
		c.d, c.d2, c.to = d, d2, end
		if y, end, ok := s.yearAfter(end); ok {
			c.y, c.to = y, end
		}
		return true
	}
	if y, end, ok := s.yearAfter(k); ok {
		c.y, c.to = y, end
		return true
	}
	return false
}

// monthAlone reports whether the month name at j, the date starting at i,
// is a month with nothing around it to say so: it must be capitalized,
// and an ambiguous name must follow a year intro.
func (s *scanner) monthAlone(i, j int) bool {
	mt := s.ts[j]
	if !mt.Cap {
		return false
	}
	return !s.r.ambMonths[mt.Fold] || i > 0 && s.r.yearIntros[s.ts[i-1].Fold]
}

// shiftAfterMonth takes a shift written after the month of c, which
// places it from publication's month ("Desember lalu") or year ("December
// last year", "Desember tahun lalu").
func (s *scanner) shiftAfterMonth(c *cand) {
	k := c.to
	if end, shift, ok := s.r.shiftsAfter.At(s.ts, k); ok {
		c.monthShift, c.hasMonthShift, c.to = shift, true, end
		return
	}
	if end, shift, ok := s.r.shiftsBefore.At(s.ts, k); ok {
		if end2, u, ok := s.r.units.At(s.ts, end); ok && u == "year" {
			c.yearShift, c.hasYearShift, c.to = shift, true, end2
			return
		}
	}
	if end, u, ok := s.r.units.At(s.ts, k); ok && u == "year" {
		if end2, shift, ok := s.r.shiftsAfter.At(s.ts, end); ok {
			c.yearShift, c.hasYearShift, c.to = shift, true, end2
		}
	}
}

// year parses a year alone: after a year word ("tahun 2018") or a year
// intro outside the date ("in 2018"), or when ctx says a part precedes it
// ("awal 2025"); a range of years written with a dash ("2014-2018") is
// one wherever it stands.
func (s *scanner) year(i int, ctx bool) (cand, bool) {
	j, lead := s.after(s.r.yearWords, i)
	y, ok := s.num(j, 4, 4)
	if !ok || !s.leftFree(j) {
		return cand{}, false
	}
	if y2, end, ok := s.yearRange(j, y); ok {
		return cand{from: i, to: end, kind: ckDate, y: y, y2: y2}, true
	}
	if !s.rightFree(j+1) || !s.yearStands(i, j, y, lead, ctx) {
		return cand{}, false
	}
	return cand{from: i, to: j + 1, kind: ckDate, y: y}, true
}

// yearStands reports whether the number y at j, read from i, is a year by
// what stands around it: a year word (lead), a part (ctx) or a year intro
// before it, of plausible years and with no unit after; or a year named
// by its neighbours (namesYear).
func (s *scanner) yearStands(i, j, y int, lead, ctx bool) bool {
	switch {
	case lead:
		return y >= 1000 && y < 3000
	case ctx || i > 0 && s.r.yearIntros[s.ts[i-1].Fold]:
		return y >= 1800 && y < 2200 && !s.r.unitWords.Has(s.ts, j+1)
	}
	return y >= 1900 && y <= 2100 && s.namesYear(i)
}

// yearRange matches a range of years written with a dash against them
// ("2014-2018", "2019–2023") after the year y at j: such a pair is years
// wherever it stands.
func (s *scanner) yearRange(j, y int) (int, int, bool) {
	if y < 1900 || y > 2100 || j+2 >= len(s.ts) || !s.glued(j+1) || !s.glued(j+2) {
		return 0, j, false
	}
	if p := s.ts[j+1].Text; p != "-" && p != "–" {
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
	if i == 0 || i+1 < len(s.ts) && s.ts[i+1].Kind == text.Number || s.r.unitWords.Has(s.ts, i+1) {
		return false
	}
	p := s.ts[i-1]
	switch {
	case p.Kind == text.Word && capitalized(p) && !s.glued(i):
		return !s.r.unitsBefore.Ends(s.ts, i, i-3)
	case p.Kind == text.Punct && p.Text == ")" && !s.glued(i):
		return i >= 2 && s.ts[i-2].Kind == text.Word && capitalized(s.ts[i-2])
	case p.Kind == text.Punct && p.Text == "-" && s.glued(i):
		return i >= 2 && s.ts[i-2].Kind == text.Word && s.glued(i-1)
	}
	return false
}
