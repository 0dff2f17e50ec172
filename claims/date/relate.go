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
	if a.TimeOnly || b.TimeOnly {
		if !a.Clock || !b.Clock {
			return Incomparable
		}
		ca, cb := clockOf(a, b), clockOf(b, a)
		if ca == cb {
			return Same
		}
		return Disjoint
	}
	as, ae, bs, be := a.Start, a.End, b.Start, b.End
	if !(zoned(a) && zoned(b)) {
		as, ae, bs, be = wall(as), wall(ae), wall(bs), wall(be)
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
