package compare

import (
	"math/bits"
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
	if a.At() != nil && b.At() != nil {
		order, known := date.Order(a.At(), b.At())
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
	if a.At() == nil && b.At() == nil {
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
	if c.At() != nil {
		t = c.At().Start
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
	shown := make(map[*claims.Claim]bool, len(conflict))
	for _, c := range conflict {
		shown[c] = true
	}
	var order *heldOrder // made when a claim of the conflict needs it
	var out []*claims.Claim
	for i, c := range update {
		if shown[c] {
			if order == nil {
				order = newHeldOrder(update)
			}
			if order.fallsAfter(i) {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// heldOrder is heldBefore between every two claims of an update, as bit
// sets, so that finding the figures held just before each claim costs a
// few words per pair instead of a pass over the update (an update of a
// large archive's block holds hundreds of claims).
type heldOrder struct {
	cs []*claims.Claim
	// before[i] holds the claims held before claim i, after[i] those
	// held after it.
	before, after []bitSet
}

func newHeldOrder(cs []*claims.Claim) *heldOrder {
	o := &heldOrder{cs: cs, before: make([]bitSet, len(cs)), after: make([]bitSet, len(cs))}
	for i := range cs {
		o.before[i], o.after[i] = newBitSet(len(cs)), newBitSet(len(cs))
	}
	for i, a := range cs {
		for j, b := range cs {
			if i != j && heldBefore(a, b) {
				o.before[j].set(i)
				o.after[i].set(j)
			}
		}
	}
	return o
}

// fallsAfter reports whether claim i is lower than every latest figure of
// the others held before it: the figures just before it, which it
// follows. Below an older figure only, it may follow a revision ('103'
// revised to '84', then '91').
func (o *heldOrder) fallsAfter(i int) bool {
	c, before := o.cs[i], o.before[i]
	fell := false
	for d := range before.members() {
		if o.after[d].meets(before) { // d is not the latest before c
			continue
		}
		if o.cs[d].Quantity.Lo <= c.Quantity.Hi {
			return false
		}
		fell = true
	}
	return fell
}

// bitSet is a set of small integers.
type bitSet []uint64

func newBitSet(n int) bitSet { return make(bitSet, (n+63)/64) }

func (b bitSet) set(i int) { b[i/64] |= 1 << (i % 64) }

// meets reports whether b and o have a member in common.
func (b bitSet) meets(o bitSet) bool {
	for k := range b {
		if b[k]&o[k] != 0 {
			return true
		}
	}
	return false
}

// members yields b's members in increasing order.
func (b bitSet) members() func(yield func(int) bool) {
	return func(yield func(int) bool) {
		for k, w := range b {
			for w != 0 {
				t := bits.TrailingZeros64(w)
				if !yield(k*64 + t) {
					return
				}
				w &^= 1 << t
			}
		}
	}
}

// heldBefore reports whether a's figure is known to hold before b's: by
// the times their sentences give, else by the days they hold on.
func heldBefore(a, b *claims.Claim) bool {
	if a.At() != nil && b.At() != nil {
		if order, known := date.Order(a.At(), b.At()); known {
			return order < 0
		}
	}
	da, db := heldDay(a), heldDay(b)
	return !da.IsZero() && !db.IsZero() && da.Before(db)
}

// held is the moment c's figure holds and how a timeline writes it: the
// as-of time or day its sentence gives ("hingga pukul 12.00 WIB"), else its
// publication day, else none ("undated", the zero time). A day its
// sentence gives only for the event ("killing eight people on Sunday") is
// not when the count was made.
func held(c *claims.Claim) (time.Time, string) {
	switch at := c.At(); {
	case at != nil && at.Resolved && !at.TimeOnly && (at.AsOf || at.Granularity == claims.Minute):
		return at.Start, date.Format(at)
	case !c.Published.IsZero():
		return c.Published, c.Published.Format(time.DateOnly)
	}
	return time.Time{}, "undated"
}
