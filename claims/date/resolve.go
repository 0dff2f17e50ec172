package date

import (
	"fmt"
	"time"

	"github.com/claimcheck/claimcheck/claims"
)

// Thresholds for a year too far after publication to be right: a day or
// month that far ahead is a typo ("16 November 2104" in a 2014 story);
// a year alone may be a distant target ("by 2100"), so it gets more room.
const (
	farYearsDated = 50
	farYearsAlone = 100
	// yearAhead is how far after publication a date written without its
	// year may start.
	yearAhead = 183 * 24 * time.Hour
	// futureWeight is how many times time after publication counts
	// against time before it when choosing a year.
	futureWeight = 3
)

// resolution is one candidate being resolved against a reference date.
type resolution struct {
	c *cand
	d *claims.Date
	// ref is the reference; refDay its day at midnight UTC, when hasRef.
	ref    Reference
	refDay time.Time
	hasRef bool
	// loc is the zone of the time of day, UTC when it is not known.
	loc *time.Location
}

// resolve turns a candidate into a Date, fixing relative and year-less
// dates against ref.
func (r *Recognizer) resolve(c *cand, ref Reference) *claims.Date {
	v := newResolution(c, ref)
	switch c.kind {
	case ckClock:
		v.timeOnly()
		return v.d
	case ckMinute:
		v.d.Match, v.d.Minute, v.d.Added = true, c.minute, c.added
		v.d.Resolved, v.d.Granularity = true, claims.Minute
		return v.d
	}
	if start, end, gran, ok := v.interval(); ok {
		v.finish(start, end, gran)
	} else if c.clock && v.d.Suspect == "" {
		// "Saturday at 14.39 WIB" in an article of unknown date: the
		// day is unknown but the time of day still compares.
		v.timeOnly()
	}
	return v.d
}

// newResolution starts the Date of c with what is written whatever the
// reference: as-of, part, weekday, clock and zone.
func newResolution(c *cand, ref Reference) resolution {
	v := resolution{c: c, ref: ref, loc: time.UTC}
	v.d = &claims.Date{AsOf: c.asOf, Part: c.part, DayPart: c.dayPart}
	if !c.clock && c.zone != "" {
		v.d.Zone = c.zone // "dini hari WIB": the day as read in that zone
	}
	if c.hasWD {
		v.d.Weekday, v.d.HasWeekday = time.Weekday(c.wd), true
	}
	if c.clock {
		v.d.Clock, v.d.Zone = true, c.zone
		if c.zoneKnown {
			v.loc = time.FixedZone(c.zone, c.zoneOff)
		}
	}
	if v.hasRef = !ref.Time.IsZero(); v.hasRef {
		v.refDay = midnight(ref.Time)
	}
	return v
}

// relative marks the date as depending on the reference, at granularity
// g; it reports false when there is none, leaving the date unresolved.
func (v *resolution) relative(g claims.Granularity) bool {
	v.d.Relative, v.d.Granularity = true, g
	if !v.hasRef {
		return false
	}
	v.d.AnchorInferred = v.ref.Inferred
	return true
}

// timeOnly resolves a time of day with no day: it is on no calendar day.
func (v *resolution) timeOnly() {
	t := time.Date(1, 1, 1, v.c.hour, v.c.min, 0, 0, v.loc)
	v.d.TimeOnly, v.d.Resolved, v.d.Granularity = true, true, claims.Minute
	v.d.Start, v.d.End = t, clockEnd(t, v.c)
}

// interval returns the period the candidate names, by its kind, before
// any part narrows it or a time of day is set; ok is false when it cannot
// be resolved.
func (v *resolution) interval() (start, end time.Time, gran claims.Granularity, ok bool) {
	switch v.c.kind {
	case ckDate:
		switch {
		case v.c.d > 0:
			return v.day()
		case v.c.m > 0:
			return v.month()
		}
		return v.year()
	case ckWeekday:
		return v.weekday()
	case ckRelDay:
		return v.relDay()
	case ckRelUnit:
		return v.relUnit()
	}
	return start, end, gran, false
}

// day resolves calendar fields with a day, taking the year from the
// reference when none is written; a day past the month's end is suspect
// and left unresolved.
func (v *resolution) day() (start, end time.Time, gran claims.Granularity, ok bool) {
	c := v.c
	y := c.y
	if y == 0 {
		v.d.Yearless = true
		if !v.relative(claims.Day) {
			return start, end, gran, false
		}
		dayOf := func(y int) time.Time {
			return time.Date(y, time.Month(c.m), min(c.d, daysIn(y, c.m)), 0, 0, 0, 0, time.UTC)
		}
		y = pickYear(v.refDay, dayOf, func(y int) time.Time { return dayOf(y).AddDate(0, 0, 1) })
	}
	if n := daysIn(y, c.m); c.d > n {
		v.noSuchDay(y, n)
		return start, end, gran, false
	}
	start = time.Date(y, time.Month(c.m), c.d, 0, 0, 0, 0, time.UTC)
	end = start.AddDate(0, 0, 1)
	if c.d2 > c.d && c.d2 <= daysIn(y, c.m) {
		end = start.AddDate(0, 0, c.d2-c.d+1)
	}
	return start, end, claims.Day, true
}

// noSuchDay marks the date suspect for a day month m of year y does not
// have (it has n days).
func (v *resolution) noSuchDay(y, n int) {
	c := v.c
	written := c.written
	if written == "" {
		written = fmt.Sprintf("%d %s", c.d, time.Month(c.m))
	}
	v.d.Granularity = claims.Day
	v.d.Suspect = fmt.Sprintf("%s: no such day (%s %d has %d days)", written, time.Month(c.m), y, n)
}

// month resolves a month, taking the year from the reference when none
// is written.
func (v *resolution) month() (start, end time.Time, gran claims.Granularity, ok bool) {
	y := v.c.y
	if y == 0 {
		if !v.relative(claims.Month) {
			return start, end, gran, false
		}
		y = v.yearOfMonth()
	}
	start = time.Date(y, time.Month(v.c.m), 1, 0, 0, 0, 0, time.UTC)
	return start, start.AddDate(0, 1, 0), claims.Month, true
}

// yearOfMonth returns the year of a month written without one: shifted
// from the reference's year ("December last year"), the last or next
// such month ("Desember lalu", "Maret mendatang"), the reference's year
// ("Desember ini"), or else the year that puts it nearest (pickYear).
func (v *resolution) yearOfMonth() int {
	c := v.c
	ry, rm := v.refDay.Year(), int(v.refDay.Month())
	switch {
	case c.hasYearShift:
		return ry + c.yearShift
	case c.hasMonthShift && c.monthShift < 0:
		if c.m >= rm {
			return ry - 1
		}
		return ry
	case c.hasMonthShift && c.monthShift > 0:
		if c.m <= rm {
			return ry + 1
		}
		return ry
	case c.hasMonthShift:
		return ry
	}
	monthOf := func(y int) time.Time { return time.Date(y, time.Month(c.m), 1, 0, 0, 0, 0, time.UTC) }
	return pickYear(v.refDay, monthOf, func(y int) time.Time { return monthOf(y).AddDate(0, 1, 0) })
}

// year resolves a year, or a range of years ("2014-2018").
func (v *resolution) year() (start, end time.Time, gran claims.Granularity, ok bool) {
	start = time.Date(v.c.y, 1, 1, 0, 0, 0, 0, time.UTC)
	end = start.AddDate(1, 0, 0)
	if v.c.y2 > v.c.y {
		end = time.Date(v.c.y2+1, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return start, end, claims.Year, true
}

// weekday resolves a day name: in the week it names ("Sabtu pekan
// lalu"), or by its shift (resolveWeekday).
func (v *resolution) weekday() (start, end time.Time, gran claims.Granularity, ok bool) {
	if !v.relative(claims.Day) {
		return start, end, gran, false
	}
	if v.c.wdWeek {
		monday, _ := periodOf(v.refDay, "week", v.c.wdWeekShift)
		start = monday.AddDate(0, 0, (v.c.wd+6)%7)
	} else {
		start = resolveWeekday(v.refDay, time.Weekday(v.c.wd), v.c.wdShift, v.c.wdShiftSet)
		if v.c.wdOnward {
			start = v.refDay.AddDate(0, 0, (v.c.wd-int(v.refDay.Weekday())+7)%7)
		}
	}
	return start, start.AddDate(0, 0, 1), claims.Day, true
}

// relDay resolves a day relative to the reference ("kemarin").
func (v *resolution) relDay() (start, end time.Time, gran claims.Granularity, ok bool) {
	if !v.relative(claims.Day) {
		return start, end, gran, false
	}
	start = v.refDay.AddDate(0, 0, v.c.relDays)
	return start, start.AddDate(0, 0, 1), claims.Day, true
}

// unitGranularity returns the granularity of a period of unit.
func unitGranularity(unit string) claims.Granularity {
	switch unit {
	case "week", "weekend":
		return claims.Week
	case "month":
		return claims.Month
	case "year":
		return claims.Year
	}
	return claims.Day
}

// relUnit resolves a period shifted from the reference's ("last week", "4
// bulan lalu"); a weekend is the late part of its week.
func (v *resolution) relUnit() (start, end time.Time, gran claims.Granularity, ok bool) {
	gran = unitGranularity(v.c.unit)
	if !v.relative(gran) {
		return start, end, gran, false
	}
	start, end = periodOf(v.refDay, v.c.unit, v.c.shift)
	if v.c.unit == "weekend" && v.d.Part == "" {
		v.d.Part = "late"
	}
	return start, end, gran, true
}

// finish narrows the period [start, end) to its part, sets its time of
// day, resolves the date and checks it.
func (v *resolution) finish(start, end time.Time, gran claims.Granularity) {
	d, c := v.d, v.c
	if d.Part != "" {
		start, end = narrow(start, end, gran, d.Part, v.refDay, v.hasRef)
	}
	if c.clock {
		start = time.Date(start.Year(), start.Month(), start.Day(), c.hour, c.min, 0, 0, v.loc)
		end = clockEnd(start, c)
		gran = claims.Minute
	}
	d.Start, d.End, d.Granularity, d.Resolved = start, end, gran, true
	v.checkYear()
	v.checkWeekday()
}

// checkWeekday marks a day suspect when the weekday written with it is
// not its weekday.
func (v *resolution) checkWeekday() {
	d := v.d
	if d.Suspect != "" || !d.HasWeekday || d.Granularity != claims.Day && d.Granularity != claims.Minute || d.Start.Weekday() == d.Weekday {
		return
	}
	s := d.Start
	d.Suspect = fmt.Sprintf("%d %s %d was a %s, not %s", s.Day(), s.Month().String()[:3], s.Year(), s.Weekday(), d.Weekday)
}

// checkYear marks a date suspect when its written year is too far after
// publication: farYearsDated for a day or month, farYearsAlone for a
// year alone.
func (v *resolution) checkYear() {
	c, d := v.c, v.d
	if c.kind != ckDate || c.y == 0 || !v.hasRef || d.Suspect != "" {
		return
	}
	limit := farYearsDated
	if d.Granularity == claims.Year {
		limit = farYearsAlone
	}
	if gap := c.y - v.refDay.Year(); gap > limit {
		d.Suspect = fmt.Sprintf("year %d is %d years after publication (%d)", c.y, gap, v.refDay.Year())
		if y, ok := v.weekdayYear(); ok {
			d.Suspect += fmt.Sprintf("; %s %d %s falls in %d", d.Weekday, c.d, time.Month(c.m).String()[:3], y)
		}
	}
}

// weekdayYear returns the year next to the reference's in which the
// candidate's day and month fall on its written weekday, for a date whose
// written year cannot be right ("Senin (3/2/3025)" in 2025 is Monday 3
// February 2025).
func (v *resolution) weekdayYear() (int, bool) {
	c := v.c
	if !c.hasWD || c.d == 0 {
		return 0, false
	}
	for _, y := range []int{v.refDay.Year(), v.refDay.Year() - 1, v.refDay.Year() + 1} {
		if c.d <= daysIn(y, c.m) && time.Date(y, time.Month(c.m), c.d, 0, 0, 0, 0, time.UTC).Weekday() == time.Weekday(c.wd) {
			return y, true
		}
	}
	return 0, false
}

// clockEnd returns the end of the time of day starting at t: the end of
// its range ("15.00-16.00") when one was written and it is later, else a
// minute after t.
func clockEnd(t time.Time, c *cand) time.Time {
	if c.hasEnd {
		e := time.Date(t.Year(), t.Month(), t.Day(), c.endHour, c.endMin, 0, 0, t.Location())
		if e.After(t) {
			return e
		}
	}
	return t.Add(time.Minute)
}

// daysIn returns the number of days in month m of year y.
func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// pickYear returns the year, among ref's and the years next to it, that
// puts the interval [startOf(y), endOf(y)) nearest to ref, where time after
// ref counts futureWeight times (stories mostly report what has happened)
// and a start more than yearAhead after ref is out.
func pickYear(ref time.Time, startOf, endOf func(y int) time.Time) int {
	best, bestDist := ref.Year(), time.Duration(-1)
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		s, e := startOf(y), endOf(y)
		var dist time.Duration
		switch {
		case s.After(ref):
			if s.Sub(ref) > yearAhead {
				continue
			}
			dist = futureWeight * s.Sub(ref)
		case !e.After(ref):
			dist = ref.Sub(e)
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

// resolveWeekday returns the day named w relative to ref: the latest on or
// before ref when no shift is written, else strictly before (-1), in ref's
// Monday-first week (0), or strictly after (1).
func resolveWeekday(ref time.Time, w time.Weekday, shift int, shiftSet bool) time.Time {
	back := (int(ref.Weekday()) - int(w) + 7) % 7
	switch {
	case !shiftSet:
		return ref.AddDate(0, 0, -back)
	case shift < 0:
		if back == 0 {
			back = 7
		}
		return ref.AddDate(0, 0, -back)
	case shift > 0:
		ahead := (int(w) - int(ref.Weekday()) + 7) % 7
		if ahead == 0 {
			ahead = 7
		}
		return ref.AddDate(0, 0, ahead)
	}
	monday := ref.AddDate(0, 0, -((int(ref.Weekday()) + 6) % 7))
	return monday.AddDate(0, 0, (int(w)+6)%7)
}

// periodOf returns the calendar period of unit shifted by shift periods
// from the one holding ref. Weeks start on Monday.
func periodOf(ref time.Time, unit string, shift int) (time.Time, time.Time) {
	switch unit {
	case "week", "weekend":
		monday := ref.AddDate(0, 0, -((int(ref.Weekday()) + 6) % 7))
		s := monday.AddDate(0, 0, 7*shift)
		return s, s.AddDate(0, 0, 7)
	case "month":
		s := time.Date(ref.Year(), ref.Month()+time.Month(shift), 1, 0, 0, 0, 0, time.UTC)
		return s, s.AddDate(0, 1, 0)
	case "year":
		s := time.Date(ref.Year()+shift, 1, 1, 0, 0, 0, 0, time.UTC)
		return s, s.AddDate(1, 0, 0)
	}
	s := ref.AddDate(0, 0, shift)
	return s, s.AddDate(0, 0, 1)
}

// narrow returns the part of [start, end) a part word names.
func narrow(start, end time.Time, gran claims.Granularity, part string, ref time.Time, hasRef bool) (time.Time, time.Time) {
	switch part {
	case "earlier", "later":
		if !hasRef || ref.Before(start) || !ref.Before(end) {
			return start, end
		}
		cut := ref.AddDate(0, 0, 1)
		if part == "earlier" {
			return start, cut
		}
		if !cut.Before(end) {
			return start, end
		}
		return cut, end
	}
	third := map[string]int{"early": 0, "mid": 1, "late": 2}
	t, ok := third[part]
	if !ok {
		return start, end
	}
	switch gran {
	case claims.Month:
		bounds := []time.Time{start, start.AddDate(0, 0, 10), start.AddDate(0, 0, 20), end}
		return bounds[t], bounds[t+1]
	case claims.Year:
		bounds := []time.Time{start, start.AddDate(0, 4, 0), start.AddDate(0, 8, 0), end}
		return bounds[t], bounds[t+1]
	case claims.Week:
		bounds := []time.Time{start, start.AddDate(0, 0, 2), start.AddDate(0, 0, 5), end}
		return bounds[t], bounds[t+1]
	}
	return start, end
}
