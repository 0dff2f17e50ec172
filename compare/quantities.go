package compare

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
)

// growing reports whether counts of concept only rise as a story unfolds:
// a rise published later is an update, not a conflict.
func growing(concept string) bool { return lang.TraitsOf(concept).Has(lang.Growing) }

// relation is how two quantities compare.
type relation uint8

const (
	unrelated relation = iota
	same
	overlapping
	disjoint
)

// relate compares two quantities as intervals. Vague magnitudes
// ("thousands") never conflict: at most they are compatible.
func relate(a, b *claims.Quantity) relation {
	if a.Flags.Has(claims.Increment) != b.Flags.Has(claims.Increment) {
		return unrelated
	}
	vague := a.Flags.Has(claims.Vague) || b.Flags.Has(claims.Vague)
	if converted[a.Dimension] && !vague && math.Abs(a.Value-b.Value) <= measureTolerance*math.Max(math.Abs(a.Value), math.Abs(b.Value)) {
		return same
	}
	if a.Hi < b.Lo || b.Hi < a.Lo {
		if vague {
			return unrelated
		}
		return disjoint
	}
	if !vague && closeTo(a.Value, b.Value) {
		return same
	}
	return overlapping
}

// measureTolerance is how far apart two measurements may be and still be
// the same value written in other units ("5 kilometers (3.1 miles)"), in
// the dimensions that are written in several units.
const measureTolerance = 0.02

var converted = map[claims.Dimension]bool{claims.DimLength: true, claims.DimArea: true, claims.DimMass: true}

func closeTo(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// judgeQuantities turns one group of quantity claims into findings: at
// most one conflict, one update timeline, and otherwise one agreement or
// compatibility (see judgePair).
func judgeQuantities(g *group, increments map[string][]float64, opts Options) []Finding {
	block := g.claims
	type pair struct{ a, b *claims.Claim }
	var conflicts, rising []pair
	var agree, compatible, camps pairSet
	disputedInDoc := map[float64]bool{}
	misreport := false
	for i, a := range block {
		for _, b := range block[i+1:] {
			switch v := judgePair(a, b, increments, opts); v {
			case pairAgree:
				agree.add(a, b)
			case pairCompatible:
				compatible.add(a, b)
			case pairUpdate:
				rising = append(rising, pair{a, b})
			case pairCamps:
				camps.add(a, b)
			case pairConflict, pairMisreport, pairInDoc:
				if v == pairMisreport {
					misreport = true
				}
				if v == pairInDoc {
					disputedInDoc[a.Quantity.Value] = true
					disputedInDoc[b.Quantity.Value] = true
				}
				conflicts = append(conflicts, pair{a, b})
			}
		}
	}
	var conflict, update pairSet
	for _, p := range conflicts {
		conflict.add(p.a, p.b)
	}
	for _, p := range rising {
		if disputedInDoc[p.a.Quantity.Value] && disputedInDoc[p.b.Quantity.Value] {
			conflict.add(p.a, p.b)
		} else {
			update.add(p.a, p.b)
		}
	}
	first := block[0]
	key, why := g.key(first), g.why(first.SubjectKey())
	var out []Finding
	if len(conflict.sides) > 0 {
		sides, support := positions(conflict.sides)
		f := Finding{Kind: claims.ClaimQuantity, Verdict: Conflict, Between: Dispute, Topic: g.topic(first.SubjectKey()), Key: key, Why: why, Sides: sides, Support: support}
		if misreport {
			f.Between = Misreport
		}
		f.Severity, f.Note = quantitySeverity(f.Sides, misreport)
		out = append(out, f)
	}
	if len(update.sides) > 0 {
		sides, support := positions(update.sides)
		if len(sides) > 1 {
			out = append(out, Finding{Kind: claims.ClaimQuantity, Verdict: Update, Severity: Info, Topic: g.topic(first.SubjectKey()), Key: key, Why: why, Sides: sides, Support: support, Note: timeline(sides)})
		}
	}
	if len(camps.sides) > 0 {
		sides, support := positions(camps.sides)
		out = append(out, Finding{Kind: claims.ClaimQuantity, Verdict: Conflict, Between: Dispute, Severity: Info,
			Topic: g.topic(first.SubjectKey()), Key: key, Why: why, Sides: sides, Support: support,
			Camps: campsOf(sides), Note: "figures of openly opposed camps: " + strings.Join(campsOf(sides), " and ")})
	}
	if len(out) > 0 {
		return out
	}
	if len(agree.sides) > 0 {
		return []Finding{{Kind: claims.ClaimQuantity, Verdict: Agree, Severity: Info, Topic: g.topic(first.SubjectKey()), Key: key, Why: why, Sides: agree.sides}}
	}
	if len(compatible.sides) > 0 {
		return []Finding{{Kind: claims.ClaimQuantity, Verdict: Compatible, Severity: Info, Topic: g.topic(first.SubjectKey()), Key: key, Why: why, Sides: compatible.sides}}
	}
	return nil
}

// pairVerdict is how two claims of a group relate.
type pairVerdict uint8

const (
	pairSkip pairVerdict = iota
	pairAgree
	pairCompatible
	pairUpdate
	pairConflict
	pairMisreport // a conflict between outlets quoting one speaker
	pairInDoc     // a conflict between two speakers of one article
	pairCamps     // different figures of openly opposed camps
)

// judgePair says how two claims of a group relate.
//
// Two claims of one source are never compared, nor two of one article
// unless both are quoted from named speakers (an outlet's own narration
// beside a quotation is usually about something else) or they date a
// growing count to different days (a timeline). Counts that are not
// growing are compared only on one day. A growing count dated to two days
// is read as a timeline (judgeTimeline); otherwise values that cannot both
// be right conflict — a misreport when outlets quote one speaker on one
// day, unless the higher figure is written as a rise — or, for a growing
// count whose moments are unknown or that an increment in either article
// explains, are an update.
func judgePair(a, b *claims.Claim, increments map[string][]float64, opts Options) pairVerdict {
	if sourceKey(a) == sourceKey(b) || tooFarApart(a, b, opts) {
		return pairSkip
	}
	timeline := growing(a.Subject) && differentMoments(a, b)
	if a.Doc == b.Doc && (a.Speaker.Outlet || b.Speaker.Outlet) && !(timeline && differentDays(a, b)) {
		return pairSkip
	}
	if differentDays(a, b) && !growing(a.Subject) {
		return pairSkip // waves on Sunday night and on Monday morning
	}
	rel := relate(a.Quantity, b.Quantity)
	if rel == disjoint && a.Speaker.Camp != "" && b.Speaker.Camp != "" && lang.Opposed(a.Speaker.Camp, b.Speaker.Camp) {
		return pairCamps // organisers and police on a crowd: a matter of course
	}
	if timeline {
		v := judgeTimeline(a, b, rel)
		if a.Doc == b.Doc && v != pairUpdate {
			// One article's figures of two days are its timeline; any
			// other pair of them is likely two facts (the toll and the
			// bodies found that day).
			return pairSkip
		}
		return v
	}
	switch rel {
	case same:
		return pairAgree
	case overlapping:
		return pairCompatible
	case disjoint:
		ma, mb := moment(a), moment(b)
		sameDay := ma.IsZero() || mb.IsZero() || ma.Equal(mb)
		switch {
		case a.Doc == b.Doc:
			return pairInDoc
		case growing(a.Subject) && explained(a, b, increments):
			return pairUpdate
		case a.Doc != b.Doc && sameVoice(a.Speaker, b.Speaker) && sameDay && !risen(a, b):
			return pairMisreport
		case isUpdate(a, b):
			return pairUpdate
		}
		return pairConflict
	}
	return pairSkip
}

// judgeTimeline relates two figures of a growing count held at different
// moments: a higher later figure is an update, even when the earlier one
// was a bound it does not contradict ("at least three" on Sunday, seven on
// Monday) — unless the bound is the later figure rounded down ("more than
// 400", then 412); a lower later figure is a conflict (a revision is not
// an update), unless one is written as an earlier figure ("semula 103").
// Vague magnitudes ("puluhan") make no timeline.
func judgeTimeline(a, b *claims.Claim, rel relation) pairVerdict {
	early, late := a, b
	if moment(b).Before(moment(a)) {
		early, late = b, a
	}
	ev, lv := early.Quantity.Value, late.Quantity.Value
	switch {
	case rel == unrelated:
		return pairSkip
	case rel == same:
		return pairAgree
	case early.Marks.Has(claims.MarkEarlier) || late.Marks.Has(claims.MarkEarlier):
		if rel == disjoint {
			return pairConflict
		}
		return pairCompatible
	case lv > ev && (rel == disjoint || lv > ev*roundedBound):
		return pairUpdate
	case lv < ev && rel == disjoint:
		return pairConflict
	}
	return pairCompatible
}

// roundedBound is how far above a bound ("more than 400") a later figure
// may be and still be the same figure rounded down (412).
const roundedBound = 1.1

// differentMoments reports whether both claims' moments are known and are
// different days.
func differentMoments(a, b *claims.Claim) bool {
	ma, mb := moment(a), moment(b)
	return !ma.IsZero() && !mb.IsZero() && !ma.Equal(mb)
}

// campsOf lists the camps of the sides' speakers, sorted, once each.
func campsOf(sides []*claims.Claim) []string {
	seen := map[string]bool{}
	var out []string
	for _, c := range sides {
		if k := c.Speaker.Camp; k != "" && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// positions keeps one claim per distinct value, the first one quoted
// from a named speaker if any, and returns the others as support. Order
// follows the input (publication order).
func positions(cs []*claims.Claim) (sides, support []*claims.Claim) {
	var groups [][]*claims.Claim
	for _, c := range cs {
		placed := false
		for i, g := range groups {
			if relate(g[0].Quantity, c.Quantity) == same {
				groups[i] = append(g, c)
				placed = true
				break
			}
		}
		if !placed {
			groups = append(groups, []*claims.Claim{c})
		}
	}
	for _, g := range groups {
		rep := g[0]
		for _, c := range g[1:] {
			if evidenceRank(c) > evidenceRank(rep) {
				rep = c
			}
		}
		sides = append(sides, rep)
		for _, c := range g {
			if c != rep {
				support = append(support, c)
			}
		}
	}
	return sides, support
}

// isUpdate reports whether a disagreement between a and b is a rising
// cumulative count: the figure of the later moment (or, when either moment
// is unknown, either figure) is the higher one, and neither is written as
// an earlier figure ("semula 103"). Two figures for the same day are a
// dispute, not an update.
func isUpdate(a, b *claims.Claim) bool {
	if !growing(a.Subject) || a.Marks.Has(claims.MarkEarlier) || b.Marks.Has(claims.MarkEarlier) {
		return false
	}
	ma, mb := moment(a), moment(b)
	if ma.IsZero() || mb.IsZero() {
		// Order unknown: a differing cumulative count is more likely a
		// later update than a contradiction.
		return true
	}
	if ma.Equal(mb) {
		return false // two figures for one day: a dispute
	}
	if mb.Before(ma) {
		a, b = b, a
	}
	return b.Quantity.Value > a.Quantity.Value
}

// moment is the day a claim's value holds: the day its sentence gives, or
// else its publication date (zero when neither is known).
func moment(c *claims.Claim) time.Time {
	if c.At != nil {
		return c.At.Start.Truncate(24 * time.Hour)
	}
	return c.Published
}

// differentDays reports whether both claims' sentences date them, to
// different days.
func differentDays(a, b *claims.Claim) bool {
	return a.At != nil && b.At != nil && !a.At.Start.Truncate(24*time.Hour).Equal(b.At.Start.Truncate(24*time.Hour))
}

// sameVoice reports whether two named speakers are one person or body:
// equal keys, or one a single word of the other ("sutopo" and "sutopo
// purwo nugroho" in articles that name him differently).
func sameVoice(a, b claims.Speaker) bool {
	if a.Outlet || b.Outlet || a.Key == "" || b.Key == "" {
		return false
	}
	if a.Key == b.Key {
		return true
	}
	short, long := a.Key, b.Key
	if len(strings.Fields(short)) > len(strings.Fields(long)) {
		short, long = long, short
	}
	if len(strings.Fields(short)) != 1 || len(short) < 4 {
		return false
	}
	for _, w := range strings.Fields(long) {
		if w == short {
			return true
		}
	}
	return false
}

// risen reports whether the higher of two figures is written as a rise
// ("rose to 14"): a speaker who updates a count is not contradicting
// himself.
func risen(a, b *claims.Claim) bool {
	if a.Quantity.Value < b.Quantity.Value {
		a, b = b, a
	}
	return a.Marks.Has(claims.MarkRise)
}

// explained reports whether an increment stated in either article
// accounts for the difference between a and b: "one more villager died, so
// the death toll is 14" against 13 elsewhere is an update.
func explained(a, b *claims.Claim, increments map[string][]float64) bool {
	diff := math.Abs(a.Quantity.Value - b.Quantity.Value)
	for _, c := range []*claims.Claim{a, b} {
		for _, v := range increments[c.Doc+"\x00"+c.Subject] {
			if closeTo(v, diff) {
				return true
			}
		}
	}
	return false
}

// pairSet collects the claims of pairs, each once, in first-seen order.
type pairSet struct {
	sides []*claims.Claim
	seen  map[*claims.Claim]bool
}

func (p *pairSet) add(cs ...*claims.Claim) {
	if p.seen == nil {
		p.seen = map[*claims.Claim]bool{}
	}
	for _, c := range cs {
		if !p.seen[c] {
			p.seen[c] = true
			p.sides = append(p.sides, c)
		}
	}
	sort.SliceStable(p.sides, func(i, j int) bool { return lessClaim(p.sides[i], p.sides[j]) })
}

// evidenceRank prefers, as the side shown for a position, a claim quoted
// from a named speaker, then one from a full sentence of the body over a
// headline.
func evidenceRank(c *claims.Claim) int {
	r := 0
	if !c.Speaker.Outlet {
		r += 2
	}
	if s := strings.TrimRight(c.Sentence, `"'”’) `); strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") {
		r++
	}
	return r
}

// quantitySeverity grows with the ratio of the extreme values and drops
// when a side is approximate ("about 3,000") or its sentence hedges it
// ("reportedly"). A bound ("more than 200") does not soften a conflict:
// the intervals are already disjoint.
func quantitySeverity(sides []*claims.Claim, misreport bool) (Severity, string) {
	lo, hi := math.Inf(1), math.Inf(-1)
	hedged := false
	for _, c := range sides {
		v := c.Quantity.Value
		lo, hi = math.Min(lo, v), math.Max(hi, v)
		if c.Quantity.Flags.Has(claims.Approximate) || len(c.HedgeWords()) > 0 {
			hedged = true
		}
	}
	sev := Low
	ratio := math.Inf(1)
	if lo > 0 {
		ratio = hi / lo
	}
	switch {
	case ratio >= 2:
		sev = High
	case ratio >= 1.2:
		sev = Medium
	}
	if misreport {
		sev++
	}
	if hedged && sev > Low {
		sev--
	}
	note := fmt.Sprintf("values differ by a factor of %.2f", ratio)
	if math.IsInf(ratio, 1) {
		note = "one value is zero"
	}
	return sev, note
}

// timeline describes an update's sides in publication order.
func timeline(sides []*claims.Claim) string {
	var parts []string
	for _, c := range sides {
		when := "undated"
		if !c.Published.IsZero() {
			when = c.Published.Format(time.DateOnly)
		}
		parts = append(parts, fmt.Sprintf("%s: %s", when, c.Text))
	}
	return strings.Join(parts, " → ")
}
