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

// resolve turns a candidate into a Date, fixing relative and year-less
// dates against ref.
func (r *Recognizer) resolve(c *cand, ref Reference) *claims.Date {
	d := &claims.Date{AsOf: c.asOf, Part: c.part}
	if c.hasWD {
		d.Weekday, d.HasWeekday = time.Weekday(c.wd), true
	}
	if c.clock {
		d.Clock, d.Zone = true, c.zone
	}
	loc := time.UTC
	if c.clock && c.zoneKnown {
		loc = time.FixedZone(c.zone, c.zoneOff)
	}
	hasRef := !ref.Time.IsZero()
	var refDay time.Time
	if hasRef {
		refDay = time.Date(ref.Time.Year(), ref.Time.Month(), ref.Time.Day(), 0, 0, 0, 0, time.UTC)
	}
	// relative marks d as depending on ref; it returns false when there is
	// none, leaving d unresolved.
	relative := func(g claims.Granularity) bool {
		d.Relative, d.Granularity = true, g
		if !hasRef {
			return false
		}
		d.AnchorInferred = ref.Inferred
		return true
	}

	var start, end time.Time
	var gran claims.Granularity
	explicitYear := false
	switch c.kind {
	case ckClock:
		t := time.Date(1, 1, 1, c.hour, c.min, 0, 0, loc)
		d.TimeOnly, d.Resolved, d.Granularity = true, true, claims.Minute
		d.Start, d.End = t, clockEnd(t, c)
		return d
	case ckDate:
		explicitYear = c.y != 0
		y := c.y
		switch {
		case c.d > 0:
			gran = claims.Day
			if y == 0 {
				if !relative(gran) {
					return d
				}
				dayOf := func(y int) time.Time {
					return time.Date(y, time.Month(c.m), min(c.d, daysIn(y, c.m)), 0, 0, 0, 0, time.UTC)
				}
				y = pickYear(refDay, dayOf, func(y int) time.Time { return dayOf(y).AddDate(0, 0, 1) })
			}
			if n := daysIn(y, c.m); c.d > n {
				d.Granularity = gran
				written := c.written
				if written == "" {
					written = fmt.Sprintf("%d %s", c.d, time.Month(c.m))
				}
				d.Suspect = fmt.Sprintf("%s: no such day (%s %d has %d days)", written, time.Month(c.m), y, n)
				return d
			}
			start = time.Date(y, time.Month(c.m), c.d, 0, 0, 0, 0, time.UTC)
			end = start.AddDate(0, 0, 1)
			if c.d2 > c.d && c.d2 <= daysIn(y, c.m) {
				end = start.AddDate(0, 0, c.d2-c.d+1)
			}
		case c.m > 0:
			gran = claims.Month
			if y == 0 {
				if !relative(gran) {
					return d
				}
				ry, rm := refDay.Year(), int(refDay.Month())
				switch {
				case c.hasYearShift:
					y = ry + c.yearShift
				case c.hasMonthShift && c.monthShift < 0:
					y = ry
					if c.m >= rm {
						y--
					}
				case c.hasMonthShift && c.monthShift > 0:
					y = ry
					if c.m <= rm {
						y++
					}
				case c.hasMonthShift:
					y = ry
				default:
					monthOf := func(y int) time.Time { return time.Date(y, time.Month(c.m), 1, 0, 0, 0, 0, time.UTC) }
					y = pickYear(refDay, monthOf, func(y int) time.Time { return monthOf(y).AddDate(0, 1, 0) })
				}
			}
			start = time.Date(y, time.Month(c.m), 1, 0, 0, 0, 0, time.UTC)
			end = start.AddDate(0, 1, 0)
		default:
			gran = claims.Year
			start = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
			end = start.AddDate(1, 0, 0)
			if c.y2 > y {
				end = time.Date(c.y2+1, 1, 1, 0, 0, 0, 0, time.UTC)
			}
		}
	case ckWeekday:
		gran = claims.Day
		if !relative(gran) {
			return d
		}
		if c.wdWeek {
			monday, _ := periodOf(refDay, "week", c.wdWeekShift)
			start = monday.AddDate(0, 0, (c.wd+6)%7)
		} else {
			start = resolveWeekday(refDay, time.Weekday(c.wd), c.wdShift, c.wdShiftSet)
		}
		end = start.AddDate(0, 0, 1)
	case ckRelDay:
		gran = claims.Day
		if !relative(gran) {
			return d
		}
		start = refDay.AddDate(0, 0, c.relDays)
		end = start.AddDate(0, 0, 1)
	case ckRelUnit:
		switch c.unit {
		case "week", "weekend":
			gran = claims.Week
		case "month":
			gran = claims.Month
		case "year":
			gran = claims.Year
		default:
			gran = claims.Day
		}
		if !relative(gran) {
			return d
		}
		start, end = periodOf(refDay, c.unit, c.shift)
		if c.unit == "weekend" && d.Part == "" {
			d.Part = "late"
		}
	default:
		return d
	}

	if d.Part != "" {
		start, end = narrow(start, end, gran, d.Part, refDay, hasRef)
	}
	if c.clock {
		start = time.Date(start.Year(), start.Month(), start.Day(), c.hour, c.min, 0, 0, loc)
		end = clockEnd(start, c)
		gran = claims.Minute
	}
	d.Start, d.End, d.Granularity, d.Resolved = start, end, gran, true

	if d.HasWeekday && (gran == claims.Day || gran == claims.Minute) && start.Weekday() != d.Weekday {
		d.Suspect = fmt.Sprintf("%d %s %d was a %s, not %s", start.Day(), start.Month().String()[:3], start.Year(), start.Weekday(), d.Weekday)
	}
	if explicitYear && hasRef && d.Suspect == "" {
		limit := farYearsDated
		if gran == claims.Year {
			limit = farYearsAlone
		}
		if gap := c.y - refDay.Year(); gap > limit {
			d.Suspect = fmt.Sprintf("year %d is %d years after publication (%d)", c.y, gap, refDay.Year())
		}
	}
	return d
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
