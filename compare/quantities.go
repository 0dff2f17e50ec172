package compare

import (
	"fmt"
	"iter"
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
func judgeQuantities(g *group, increments incrementSet, opts Options) []Finding {
	s := pairQuantities(g.claims, increments, opts)
	first := g.claims[0]
	key, why, topic := g.key(first), g.why(first.SubjectKey()), g.topic(first.SubjectKey())
	var out []Finding
	if len(s.conflict) > 0 {
		sides, support := positions(s.conflict)
		f := Finding{Kind: claims.ClaimQuantity, Verdict: Conflict, Between: Dispute, Topic: topic, Key: key, Why: why, Sides: sides, Support: support}
		if s.misreport {
			f.Between = Misreport
		}
		f.Severity, f.Note = quantitySeverity(f.Sides, s.misreport)
		out = append(out, f)
	}
	if len(s.update) > 0 {
		sides, support := positions(withoutFalls(s.update, s.conflict))
		if len(sides) > 1 {
			out = append(out, Finding{Kind: claims.ClaimQuantity, Verdict: Update, Severity: Info, Topic: topic, Key: key, Why: why, Sides: sides, Support: support, Note: timeline(sides)})
		}
	}
	if len(s.camps) > 0 {
		sides, support := positions(s.camps)
		out = append(out, Finding{Kind: claims.ClaimQuantity, Verdict: Conflict, Between: Dispute, Severity: Info,
			Topic: topic, Key: key, Why: why, Sides: sides, Support: support,
			Camps: campsOf(sides), Note: "figures of openly opposed camps: " + strings.Join(campsOf(sides), " and ")})
	}
	if len(out) > 0 {
		return out
	}
	if len(s.agree) > 0 && !holdsAll(s.agree, s.compatible) {
		// Some claims only fit the others ("sedikitnya 25" beside two
		// 40s): one compatible finding holds them all, so none is lost.
		sides, support := positions(union(s.agree, s.compatible))
		return []Finding{{Kind: claims.ClaimQuantity, Verdict: Compatible, Severity: Info, Topic: topic, Key: key, Why: why, Sides: sides, Support: support}}
	}
	if len(s.agree) > 0 {
		return []Finding{{Kind: claims.ClaimQuantity, Verdict: Agree, Severity: Info, Topic: topic, Key: key, Why: why, Sides: s.agree}}
	}
	if len(s.compatible) > 0 {
		return []Finding{{Kind: claims.ClaimQuantity, Verdict: Compatible, Severity: Info, Topic: topic, Key: key, Why: why, Sides: s.compatible}}
	}
	return nil
}

// holdsAll reports whether every claim of b is in a.
func holdsAll(a, b []*claims.Claim) bool {
	in := make(map[*claims.Claim]bool, len(a))
	for _, c := range a {
		in[c] = true
	}
	for _, c := range b {
		if !in[c] {
			return false
		}
	}
	return true
}

// union returns the claims of a and then those of b not in a.
func union(a, b []*claims.Claim) []*claims.Claim {
	out := append([]*claims.Claim(nil), a...)
	in := make(map[*claims.Claim]bool, len(a))
	for _, c := range a {
		in[c] = true
	}
	for _, c := range b {
		if !in[c] {
			out = append(out, c)
		}
	}
	return out
}

// quantitySides are the claims of a group that take part in a pair of
// each verdict, each list in the group's order (publication, document,
// offset).
type quantitySides struct {
	agree, compatible, camps []*claims.Claim
	// conflict holds the claims of conflicting pairs, and of rises
	// between two figures one article disputes; update those of the other
	// rises.
	conflict, update []*claims.Claim
	// misreport is set when outlets quoting one speaker conflict.
	misreport bool
}

// quantityProfile is everything judgeApart reads of a claim compared
// with a claim of another article, and everything judgePair reads of it
// compared with a claim of its own: claims of equal profile relate alike
// to every other claim, and claims of one article and equal profile are
// one source, never paired with each other.
type quantityProfile struct {
	subject       string
	value, lo, hi float64
	flags         claims.QuantityFlags
	dimension     claims.Dimension
	marks         claims.Marks
	speaker, camp string
	outlet        bool
	published     time.Time
	dated         bool        // At is set
	day           time.Time   // At's day
	at            claims.Date // At itself: timelineWithinDay reads its time of day
	// increments is the article when it states increments of the
	// subject (explained reads them), else empty.
	increments string
}

// profileOf returns a quantity claim's profile.
func (inc incrementSet) profileOf(c *claims.Claim) quantityProfile {
	q := c.Quantity
	p := quantityProfile{
		subject: c.Subject, value: q.Value, lo: q.Lo, hi: q.Hi, flags: q.Flags, dimension: q.Dimension,
		marks: c.Marks, speaker: c.Speaker.Key, camp: c.Speaker.Camp, outlet: c.Speaker.Outlet,
		published: c.Published,
	}
	if c.At() != nil {
		p.dated, p.day, p.at = true, c.At().Start.Truncate(24*time.Hour), *c.At()
	}
	if len(inc[docSubject{c.Doc, c.Subject}]) > 0 {
		p.increments = c.Doc
	}
	return p
}

// pairQuantities finds, for a group of quantity claims in the group's
// order, the claims that take part in a pair of each verdict (judgePair):
// in a small group pair by pair, in a larger one pairing the claims of
// each article and then classes of claims (see pairing.go).
func pairQuantities(block []*claims.Claim, increments incrementSet, opts Options) quantitySides {
	q := &quantityPairing{block: block, increments: increments, opts: opts, disputed: map[float64]bool{}}
	out := make([]outcome, len(block))
	if len(block) <= directPairs {
		q.judgeEach(out, allPairs(len(block)))
	} else {
		q.withinDocuments(out)
		q.acrossDocuments(out)
	}
	return q.sides(out)
}

// quantityPairing is the state of pairQuantities.
type quantityPairing struct {
	block      []*claims.Claim
	increments incrementSet
	opts       Options
	// disputed holds the figures two speakers of one article dispute
	// (pairInDoc), known once judgeEach or withinDocuments has run.
	disputed map[float64]bool
}

// judgeEach judges the pairs of claims (i, j), i < j, one by one, and
// records the figures they dispute.
func (q *quantityPairing) judgeEach(out []outcome, pairs iter.Seq2[int, int]) {
	type pair struct{ a, b int }
	var rising []pair
	for i, j := range pairs {
		v := judgePair(q.block[i], q.block[j], q.increments, q.opts)
		switch v {
		case pairInDoc:
			q.disputed[q.block[i].Quantity.Value] = true
			q.disputed[q.block[j].Quantity.Value] = true
		case pairUpdate:
			rising = append(rising, pair{i, j}) // once every dispute is known
			continue
		}
		o := quantityOutcome(v, false)
		out[i] |= o
		out[j] |= o
	}
	for _, r := range rising {
		o := quantityOutcome(pairUpdate, q.bothDisputed(q.block[r.a], q.block[r.b]))
		out[r.a] |= o
		out[r.b] |= o
	}
}

// withinDocuments pairs the claims of each article, class by class
// (classesWithin), giving the claims the outcomes and recording the
// disputed figures judgeEach would over every pair of claims of one
// article: the rises wait until every dispute of every article is known.
func (q *quantityPairing) withinDocuments(out []outcome) {
	var rising []docPair
	for _, doc := range byDocument(q.block) {
		classes := classesWithin(q.block, doc, q.increments.profileOf)
		for x, a := range classes {
			for _, b := range classes[x+1:] {
				p := q.judgeWithin(a, b)
				markWithin(out, a, b, settledOutcome(p.ab), settledOutcome(p.ba))
				if p.ab == pairUpdate || p.ba == pairUpdate {
					rising = append(rising, p)
				}
			}
		}
	}
	for _, p := range rising {
		markWithin(out, p.a, p.b, q.risingOutcome(p.ab, p.a, p.b), q.risingOutcome(p.ba, p.a, p.b))
	}
}

// docPair is a pair of classes of one article and the verdicts of their
// pairs of claims: ab of those whose claim of a comes first in the group,
// ba of those whose claim of b does (pairSkip when there are none).
type docPair struct {
	a, b   *class
	ab, ba pairVerdict
}

// judgeWithin judges two classes of one article on their
// representatives, each way round that the group holds a pair of their
// claims, and records the figures they dispute.
func (q *quantityPairing) judgeWithin(a, b *class) docPair {
	p := docPair{a: a, b: b}
	if precedes(a, b) {
		p.ab = judgePair(a.rep, b.rep, q.increments, q.opts)
	}
	if precedes(b, a) {
		p.ba = judgePair(b.rep, a.rep, q.increments, q.opts)
	}
	if p.ab == pairInDoc || p.ba == pairInDoc {
		q.disputed[a.rep.Quantity.Value] = true
		q.disputed[b.rep.Quantity.Value] = true
	}
	return p
}

// settledOutcome is the outcome of a verdict known at once: a rise's waits
// for the disputes (risingOutcome).
func settledOutcome(v pairVerdict) outcome {
	if v == pairUpdate {
		return 0
	}
	return quantityOutcome(v, false)
}

// risingOutcome is the outcome of a rise between claims of classes a and
// b once every dispute is known; 0 for any other verdict.
func (q *quantityPairing) risingOutcome(v pairVerdict, a, b *class) outcome {
	if v != pairUpdate {
		return 0
	}
	return quantityOutcome(pairUpdate, q.bothDisputed(a.rep, b.rep))
}

// acrossDocuments pairs the claims of different articles, class by class.
func (q *quantityPairing) acrossDocuments(out []outcome) {
	p := classify(q.block, q.increments.profileOf)
	p.eachPair(q.opts, func(a, b *class) {
		risenConflict := q.bothDisputed(a.rep, b.rep)
		ab := quantityOutcome(judgeApart(a.rep, b.rep, false, q.increments, q.opts), risenConflict)
		ba := ab
		if a != b {
			ba = quantityOutcome(judgeApart(b.rep, a.rep, false, q.increments, q.opts), risenConflict)
		}
		p.mark(out, a, b, ab, ba)
	})
}

// sides lists the claims of each outcome.
func (q *quantityPairing) sides(out []outcome) quantitySides {
	s := quantitySides{
		agree:      sides(q.block, out, outAgree, q.rank(outAgree)),
		compatible: sides(q.block, out, outCompatible, q.rank(outCompatible)),
		camps:      sides(q.block, out, outCamps, q.rank(outCamps)),
		conflict:   sides(q.block, out, outConflict|outRisenConflict, q.rank(outConflict, outRisenConflict)),
		update:     sides(q.block, out, outUpdate, q.rank(outUpdate)),
	}
	for _, o := range out {
		s.misreport = s.misreport || o&outMisreport != 0
	}
	return s
}

// rank ranks a claim by its first pair of the outcomes phases (firstPair).
func (q *quantityPairing) rank(phases ...outcome) func(i int) int64 {
	return func(i int) int64 { return firstPair(i, len(q.block), phases, q.outcome) }
}

// outcome is the outcome of the pair of claims i < j, judged alone.
func (q *quantityPairing) outcome(i, j int) outcome {
	a, b := q.block[i], q.block[j]
	v := judgePair(a, b, q.increments, q.opts)
	return quantityOutcome(v, v == pairUpdate && q.bothDisputed(a, b))
}

// bothDisputed reports whether one article disputes both figures of a and
// b: a rise between them is then a conflict, not an update.
func (q *quantityPairing) bothDisputed(a, b *claims.Claim) bool {
	return q.disputed[a.Quantity.Value] && q.disputed[b.Quantity.Value]
}

// quantityOutcome says which sides' lists a pair's verdict puts its claims
// into; risenConflict says whether a rise is a conflict (bothDisputed).
func quantityOutcome(v pairVerdict, risenConflict bool) outcome {
	switch v {
	case pairAgree:
		return outAgree
	case pairCompatible:
		return outCompatible
	case pairCamps:
		return outCamps
	case pairConflict, pairInDoc:
		return outConflict
	case pairMisreport:
		return outConflict | outMisreport
	case pairUpdate:
		if risenConflict {
			return outRisenConflict
		}
		return outUpdate
	}
	return 0
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
func judgePair(a, b *claims.Claim, increments incrementSet, opts Options) pairVerdict {
	if a.Doc == b.Doc && a.Speaker.Key == b.Speaker.Key {
		return pairSkip // one source
	}
	return judgeApart(a, b, a.Doc == b.Doc, increments, opts)
}

// judgeApart is judgePair for claims of two sources, of one article when
// sameDoc is set: it reads of their articles only sameDoc and the
// increments each states.
func judgeApart(a, b *claims.Claim, sameDoc bool, increments incrementSet, opts Options) pairVerdict {
	if tooFarApart(a, b, opts) {
		return pairSkip
	}
	if superseded(a, b) || superseded(b, a) {
		// "Earlier reports had said 400" beside 832 or beside another
		// agency's 384: a figure its own article gives as superseded
		// contradicts no current one.
		return pairSkip
	}
	if v, ok := timelineWithinDay(a, b, sameDoc); ok {
		return v // times of one day (compare/timeline.go)
	}
	// One article's figures make a timeline only when it dates both: a
	// figure it leaves undated is no later than the one it dates ("9,760
	// as of Thursday" and the farmers' "more than 15,000").
	timeline := growing(a.Subject) && differentMoments(a, b) && (!sameDoc || differentDays(a, b))
	if sameDoc && (a.Speaker.Outlet || b.Speaker.Outlet) && !(timeline && differentDays(a, b)) {
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
		if sameDoc && v != pairUpdate {
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
		case sameDoc:
			return pairInDoc
		case growing(a.Subject) && explained(a, b, increments):
			return pairUpdate
		case sameVoice(a.Speaker, b.Speaker) && sameDay && !risen(a, b):
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

// superseded reports whether a is a figure its article gives as an
// earlier one and b a current one that it does not contradict: for a
// growing count, a higher one; or, when the earlier figure is the
// outlet's own ("Earlier reports had said 400"), another speaker's. A
// named speaker's earlier tally ("diplomats told AFP last week") can
// still be disputed or misreported.
func superseded(a, b *claims.Claim) bool {
	if !a.Marks.Has(claims.MarkEarlier) || b.Marks.Has(claims.MarkEarlier) {
		return false
	}
	return a.Speaker.Outlet && !sameVoice(a.Speaker, b.Speaker) || growing(a.Subject) && a.Quantity.Hi < b.Quantity.Lo
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
	if c.At() != nil {
		return c.At().Start.Truncate(24 * time.Hour)
	}
	return c.Published
}

// differentDays reports whether both claims' sentences date them, to
// different days.
func differentDays(a, b *claims.Claim) bool {
	return a.At() != nil && b.At() != nil && !a.At().Start.Truncate(24*time.Hour).Equal(b.At().Start.Truncate(24*time.Hour))
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
	if wordCount(short) > wordCount(long) {
		short, long = long, short
	}
	if len(short) < 4 || wordCount(short) != 1 {
		return false
	}
	return hasWord(long, short)
}

// wordCount is len(strings.Fields(s)), without building the words.
func wordCount(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

// hasWord reports whether word is one of the words of s.
func hasWord(s, word string) bool {
	for w := range strings.FieldsSeq(s) {
		if w == word {
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
func explained(a, b *claims.Claim, increments incrementSet) bool {
	diff := math.Abs(a.Quantity.Value - b.Quantity.Value)
	for _, c := range []*claims.Claim{a, b} {
		for _, v := range increments[docSubject{c.Doc, c.Subject}] {
			if closeTo(v, diff) {
				return true
			}
		}
	}
	return false
}

// incrementSet holds the values of the increments ("another 2,000") each
// article states of each subject.
type incrementSet map[docSubject][]float64

// docSubject is an article and a subject.
type docSubject struct{ doc, subject string }

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

// timeline describes an update's sides by the day their figures hold
// (held: undated ones first, then day by day), each with when it holds:
// "2025-03-03: 6.150 ekor → 2025-03-10: 8,400 cattle", whichever article
// came first. Within a day the sides keep their order, which the
// comparison gave them from what the articles say (a figure dated only by
// its article's day may be later than one given for 12:00 that day).
func timeline(sides []*claims.Claim) string {
	type step struct {
		day  string // "2006-01-02" in the figure's own zone, "" undated
		text string
	}
	steps := make([]step, len(sides))
	for i, c := range sides {
		at, when := held(c)
		steps[i].text = when + ": " + c.Text
		if !at.IsZero() {
			steps[i].day = at.Format(time.DateOnly)
		}
	}
	sort.SliceStable(steps, func(i, j int) bool { return steps[i].day < steps[j].day })
	parts := make([]string, len(steps))
	for i, s := range steps {
		parts[i] = s.text
	}
	return strings.Join(parts, " → ")
}
