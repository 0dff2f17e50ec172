package compare

import (
	"slices"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/date"
)

// timelineWithinDay judges two figures of a growing count that hold on
// the same day, by the time of day their sentences give ("hingga pukul
// 12.00 WIB" and "hingga pukul 20.00 WIB", "Selasa pagi" and "Selasa
// malam"), which the day-level rules of judgeApart cannot see: a rise
// from the earlier time to the later one is an update, a fall a conflict
// (judgeTimeline). When one of them is dated only by its article's
// publication day and the other to that day, which came first is not
// known, and a differing cumulative count is more likely an update than a
// contradiction — unless outlets quote one speaker, or one is written as
// an earlier figure. ok is false when these rules do not apply and the
// day-level ones decide: other days, other subjects, opposed camps, or
// two figures of one day that nothing orders.
func timelineWithinDay(a, b *claims.Claim, sameDoc bool) (v pairVerdict, ok bool) {
	if !growing(a.Subject) || !sameHeldDay(a, b) {
		return pairSkip, false
	}
	rel := relate(a.Quantity, b.Quantity)
	if rel == disjoint && a.Speaker.Camp != "" && b.Speaker.Camp != "" {
		return pairSkip, false // camps are judged as camps
	}
	if a.At != nil && b.At != nil {
		order, known := date.Order(a.At, b.At)
		if !known || order == 0 {
			return pairSkip, false
		}
		early, late := a, b
		if order > 0 {
			early, late = b, a
		}
		v := judgeTimeline(early, late, rel)
		if sameDoc && v != pairUpdate {
			return pairSkip, true // one article's two times: its timeline only
		}
		return v, true
	}
	if sameDoc || rel != disjoint {
		return pairSkip, false
	}
	if ea, eb := a.Marks.Has(claims.MarkEarlier), b.Marks.Has(claims.MarkEarlier); ea != eb {
		// "Earlier reports had said 400": the figure given before.
		early, late := a, b
		if eb {
			early, late = b, a
		}
		if late.Quantity.Value > early.Quantity.Value {
			return pairUpdate, true
		}
		return pairConflict, true // revised down
	}
	if a.Marks.Has(claims.MarkEarlier) || sameVoice(a.Speaker, b.Speaker) {
		return pairSkip, false
	}
	return pairUpdate, true
}

// sameHeldDay reports whether two claims hold on the same calendar day,
// at least one of them by the day its sentence gives (Claim.At) and the
// other by its own or, when it has none, by its publication day.
func sameHeldDay(a, b *claims.Claim) bool {
	if a.At == nil && b.At == nil {
		return false
	}
	da, db := heldDay(a), heldDay(b)
	return !da.IsZero() && da.Equal(db)
}

// heldDay is the calendar day a claim's figure holds on: its sentence's
// day, as written where it was written, else its publication day; zero
// when neither is known.
func heldDay(c *claims.Claim) time.Time {
	t := c.Published
	if c.At != nil {
		t = c.At.Start
	}
	if t.IsZero() {
		return t
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// withoutFalls returns the claims of an update but those that fall below
// the figures held just before them and that the conflict already shows
// ('2.350 jiwa' on Monday night, '2.100' on Tuesday morning): a fall is no
// step of the timeline.
func withoutFalls(update, conflict []*claims.Claim) []*claims.Claim {
	var out []*claims.Claim
	for _, c := range update {
		if !slices.Contains(conflict, c) || !fallsAfter(c, update) {
			out = append(out, c)
		}
	}
	return out
}

// fallsAfter reports whether c is lower than every latest figure of
// others held before it: the figures just before it, which it follows.
// Below an older figure only, it may follow a revision ('103' revised to
// '84', then '91').
func fallsAfter(c *claims.Claim, others []*claims.Claim) bool {
	var before []*claims.Claim
	for _, d := range others {
		if d != c && heldBefore(d, c) {
			before = append(before, d)
		}
	}
	fell := false
	for _, d := range before {
		if latest(d, before) {
			if d.Quantity.Lo <= c.Quantity.Hi {
				return false
			}
			fell = true
		}
	}
	return fell
}

// latest reports whether no claim of cs is held after d.
func latest(d *claims.Claim, cs []*claims.Claim) bool {
	for _, e := range cs {
		if e != d && heldBefore(d, e) {
			return false
		}
	}
	return true
}

// heldBefore reports whether a's figure is known to hold before b's: by
// the times their sentences give, else by the days they hold on.
func heldBefore(a, b *claims.Claim) bool {
	if a.At != nil && b.At != nil {
		if order, known := date.Order(a.At, b.At); known {
			return order < 0
		}
	}
	da, db := heldDay(a), heldDay(b)
	return !da.IsZero() && !db.IsZero() && da.Before(db)
}

// heldWhen says when a claim's figure holds, for a timeline: the as-of
// time or day its sentence gives ("hingga pukul 12.00 WIB"), else its
// publication day; a day its sentence gives only for the event ("killing
// eight people on Sunday") is not when the count was made.
func heldWhen(c *claims.Claim) string {
	switch {
	case c.At != nil && c.At.Resolved && !c.At.TimeOnly && (c.At.AsOf || c.At.Granularity == claims.Minute):
		return date.Format(c.At)
	case !c.Published.IsZero():
		return c.Published.Format(time.DateOnly)
	}
	return "undated"
}
