package date

import (
	"time"

	"github.com/claimcheck/claimcheck/claims"
)

// OnDay returns the time of day clock (a time with no day, "pukul 20.00
// WIB") on the calendar day of day ("Selasa (14/1/2025)"): a date of
// minute granularity, as of when either is.
func OnDay(day, clock *claims.Date) *claims.Date {
	d := *day
	loc := clock.Start.Location()
	y, m, dd := wall(day.Start).Date()
	d.Start = time.Date(y, m, dd, clock.Start.Hour(), clock.Start.Minute(), 0, 0, loc)
	d.End = d.Start.Add(clock.End.Sub(clock.Start))
	d.Granularity, d.Clock, d.Zone, d.TimeOnly = claims.Minute, true, clock.Zone, false
	d.AsOf = day.AsOf || clock.AsOf
	d.DayPart = ""
	return &d
}

// dayPartHours are the hours [from, to) of the day each part of the day
// covers, as news uses them ("pagi" from five to eleven).
var dayPartHours = map[string][2]int{
	"small-hours": {0, 5}, "dawn": {4, 7}, "morning": {5, 11}, "midday": {10, 15},
	"noon": {12, 13}, "afternoon": {12, 18}, "evening": {17, 21}, "night": {18, 24},
	"midnight": {0, 1},
}

// Span returns the time a date covers at its finest: a time of day as
// written, a day narrowed to the part of the day written with it
// ("Minggu pagi" from five to eleven), else its interval; as an instant
// when instant is set and the date is a time in a known zone, else in
// wall-clock time. ok is false for a date that is not on the calendar
// (unresolved, a time with no day, a minute of play).
func Span(d *claims.Date, instant bool) (from, to time.Time, ok bool) {
	if d == nil || !d.Resolved || d.TimeOnly || d.Match {
		return from, to, false
	}
	if instant && zoned(d) {
		return d.Start.UTC(), d.End.UTC(), true
	}
	from, to = wall(d.Start), wall(d.End)
	if h, ok := dayPartHours[d.DayPart]; ok && d.Granularity == claims.Day {
		day := time.Date(from.Year(), from.Month(), from.Day(), 0, 0, 0, 0, time.UTC)
		from, to = day.Add(time.Duration(h[0])*time.Hour), day.Add(time.Duration(h[1])*time.Hour)
	}
	return from, to, true
}

// Order says whether a holds before b (-1), after it (1) or at the same
// time (0), by their spans (Span): instants when both are times in known
// zones, else wall-clock times. known is false when neither comes first
// and they are not the same span, as a day and a time on it are not.
func Order(a, b *claims.Date) (order int, known bool) {
	instant := zoned(a) && zoned(b)
	af, at, okA := Span(a, instant)
	bf, bt, okB := Span(b, instant)
	switch {
	case !okA || !okB:
		return 0, false
	case !at.After(bf):
		return -1, true
	case !bt.After(af):
		return 1, true
	case af.Equal(bf) && at.Equal(bt):
		return 0, true
	}
	return 0, false
}
