package date

import (
	"time"

	"github.com/claimcheck/claimcheck/claims"
)

// Relation is how two dates relate.
type Relation uint8

// The relations between two dates.
const (
	// Incomparable: one of them is unresolved, or a time of day with no
	// day is set against a date without a time.
	Incomparable Relation = iota
	// Same: the same interval at the same granularity.
	Same
	// Within: one lies inside the other (a day in a month).
	Within
	// Disjoint: they do not overlap.
	Disjoint
	// Overlap: they share some time but neither holds the other ("earlier
	// this month" and "last week"); compatible, like Within.
	Overlap
)

// String returns the relation's name.
func (r Relation) String() string {
	switch r {
	case Same:
		return "same"
	case Within:
		return "within"
	case Disjoint:
		return "disjoint"
	case Overlap:
		return "overlap"
	}
	return "incomparable"
}

// Relate says how a and b relate. Days, months and years compare as
// written, in the calendar of the place they were written in; two times
// of day compare as instants when both zones are known, else by the clock.
// A time of day with no day compares only with another time of day.
func Relate(a, b *claims.Date) Relation {
	if a == nil || b == nil || !a.Resolved || !b.Resolved {
		return Incomparable
	}
	if a.Match || b.Match {
		return relateMinutes(a, b)
	}
	if a.TimeOnly || b.TimeOnly {
		if !a.Clock || !b.Clock {
			return Incomparable
		}
		ca, cb := clockOf(a, b), clockOf(b, a)
		switch {
		case ca == cb:
			return Same
		case localAgainstZone(a, b) && ca%60 == cb%60:
			return Overlap // "15.00 local time" may be "14.00 WIB"
		}
		return Disjoint
	}
	as, ae, bs, be := a.Start, a.End, b.Start, b.End
	if !(zoned(a) && zoned(b)) {
		as, ae, bs, be = wall(as), wall(ae), wall(bs), wall(be)
	}
	if localAgainstZone(a, b) && a.Granularity == claims.Minute && b.Granularity == claims.Minute {
		if as.Equal(bs) {
			return Same
		}
		if d := as.Sub(bs); d%time.Hour == 0 && d.Abs() <= maxZoneGap {
			return Overlap
		}
		return Disjoint
	}
	switch {
	case as.Equal(bs) && ae.Equal(be):
		if a.Granularity == b.Granularity {
			return Same
		}
		return Within
	case !ae.After(bs) || !be.After(as):
		return Disjoint
	case !as.Before(bs) && !ae.After(be), !bs.Before(as) && !be.After(ae):
		return Within
	}
	return Overlap
}

// maxZoneGap is the widest gap between two clocks of one moment read in
// zones that are not both known.
const maxZoneGap = 14 * time.Hour

// localAgainstZone reports whether one of two times of day is in a known
// zone and the other in a zone written as unknown ("local time", "waktu
// setempat"): the same moment may then read whole hours apart.
func localAgainstZone(a, b *claims.Date) bool {
	return zoned(a) && unknownZone(b) || zoned(b) && unknownZone(a)
}

// unknownZone reports whether d is a time of day whose zone is written
// but not known ("local time").
func unknownZone(d *claims.Date) bool {
	return d.Clock && d.Zone != "" && d.Start.Location() == time.UTC
}

// relateMinutes relates two minutes of play: the same minute and added
// time are the same; anything else is disjoint. A minute of play never
// relates to a date.
func relateMinutes(a, b *claims.Date) Relation {
	switch {
	case !a.Match || !b.Match:
		return Incomparable
	case a.Minute == b.Minute && a.Added == b.Added:
		return Same
	}
	return Disjoint
}

// zoned reports whether d is a time of day in a known zone.
func zoned(d *claims.Date) bool {
	return d.Clock && d.Start.Location() != time.UTC
}

// wall returns t's clock reading as a UTC time, dropping its zone.
func wall(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
}

// clockOf returns d's minutes after midnight, in UTC when both d and other
// have known zones, else as written.
func clockOf(d, other *claims.Date) int {
	t := d.Start
	if zoned(d) && zoned(other) {
		t = t.UTC()
	}
	return t.Hour()*60 + t.Minute()
}

// AcrossMidnight reports whether two dates a day apart may name one moment
// read on either side of midnight: the night of one day and the small
// hours of the next ("Senin malam" and "Selasa pukul 02.15"), or, when
// the two were written in different zones (zones is set: one names its
// zone, or the articles are in different languages), a time near
// midnight on one side ("Jumat dini hari WIB" and "on Thursday" in
// Doha). A day with no time on either side is never excused: "Sabtu" and
// "Minggu" conflict.
func AcrossMidnight(a, b *claims.Date, zones bool) bool {
	if a == nil || b == nil || !a.Resolved || !b.Resolved || a.TimeOnly || b.TimeOnly {
		return false
	}
	if a.Granularity > claims.Day || b.Granularity > claims.Day {
		return false
	}
	da, db := wall(a.Start), wall(b.Start)
	da = time.Date(da.Year(), da.Month(), da.Day(), 0, 0, 0, 0, time.UTC)
	db = time.Date(db.Year(), db.Month(), db.Day(), 0, 0, 0, 0, time.UTC)
	if db.Before(da) {
		a, b, da, db = b, a, db, da
	}
	if !db.Equal(da.AddDate(0, 0, 1)) {
		return false
	}
	// a is the earlier day, b the next.
	switch {
	case late(a, nightHour) && early(b):
		return true
	case zones:
		// Hours apart, the small hours of the next day may be the day
		// before abroad, but not its own small hours ("early Wednesday"
		// and "Kamis dini hari" are a day apart anywhere).
		return late(a, eveningHour) || early(b) && !early(a)
	}
	return false
}

// The hours from which a time of day is late: at night for one zone, from
// the evening when the other side may be hours ahead.
const (
	nightHour   = 21
	eveningHour = 18
	// smallHour is the hour before which a time is in the small hours.
	smallHour = 6
)

// late reports whether d is in the night of its day: a night part
// ("malam", "night") or a time from hour on.
func late(d *claims.Date, hour int) bool {
	switch d.DayPart {
	case "night", "midnight":
		return true
	case "evening":
		return hour <= eveningHour
	}
	return d.Clock && wall(d.Start).Hour() >= hour
}

// early reports whether d is in the small hours of its day: a part such as
// "dini hari" or "early hours", or a time before smallHour.
func early(d *claims.Date) bool {
	switch d.DayPart {
	case "small-hours", "dawn", "midnight":
		return true
	}
	return d.Clock && wall(d.Start).Hour() < smallHour
}
