package compare

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/date"
)

// Options tune the comparison.
type Options struct {
	// OneStory compares claims across all documents, ignoring the folders
	// that otherwise separate stories.
	OneStory bool
	// MaxDays keeps claims apart whose publication dates are further apart
	// than this many days (the same troops a year apart are not the same
	// claim). Zero means DefaultMaxDays; negative means no limit.
	MaxDays int
}

// DefaultMaxDays is the default of Options.MaxDays.
const DefaultMaxDays = 60

// cumulative are the concepts whose counts only grow as a story unfolds:
// a rise published later is an update, not a conflict.
var cumulative = map[string]bool{
	"deaths": true, "injured": true, "missing": true, "displaced": true, "evacuees": true,
	"arrests": true, "victims": true, "affected": true, "cases": true, "rescued": true,
	"damaged-houses": true, "houses": true, "buildings": true,
}

// recurring are events that happen many times in one story (people die on
// many days): a date tied to one of them does not date a single event.
var recurring = map[string]bool{"die": true, "injure": true, "evacuate": true, "rescue": true, "find": true, "report": true, "announce": true, "say": true}

// maxDateGapDays keeps apart dates of one event key that are too far apart
// to be two datings of one event (a quake in 2018 and one in 2004).
const maxDateGapDays = 31

// Compare aligns cs and returns the findings in a deterministic order:
// conflicts first, then by severity, kind, topic and fingerprint.
//
// Claims meet only within a block: the same story (folder), kind, subject
// (concept, event or person), actor and, for measures, unit; an increment
// ("another 2,000") meets only increments. Within a block, only claims
// from different sources (document and speaker) are compared.
func Compare(cs []*claims.Claim, opts Options) []Finding {
	blocks := map[string][]*claims.Claim{}
	var people []*claims.Claim
	var out []Finding
	for _, c := range cs {
		switch c.Kind {
		case claims.ClaimQuantity:
			if c.Quantity == nil || claims.IsGeneric(c.Subject) && c.Actor == "" && c.Role == "" || c.Quantity.Flags.Has(claims.Increment) {
				// Increments ("another 2,000") add to a figure given
				// elsewhere: alone they say nothing comparable.
				continue
			}
			k := blockKey(c, opts)
			blocks[k] = append(blocks[k], c)
		case claims.ClaimDate:
			if c.Date == nil {
				continue
			}
			if c.Date.Suspect != "" {
				out = append(out, suspectDate(c))
			}
			if c.Subject == "" || recurring[c.Subject] || !c.Date.Resolved {
				continue
			}
			k := blockKey(c, opts)
			blocks[k] = append(blocks[k], c)
		case claims.ClaimName, claims.ClaimTitle:
			people = append(people, c)
		}
	}
	attachUnqualified(blocks, opts)
	keys := make([]string, 0, len(blocks))
	for k := range blocks {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		block := blocks[k]
		sort.SliceStable(block, func(i, j int) bool { return lessClaim(block[i], block[j]) })
		if block[0].Kind == claims.ClaimQuantity {
			out = append(out, judgeQuantities(block, opts)...)
		} else {
			out = append(out, judgeDates(block, opts)...)
		}
	}
	out = append(out, namesByStory(people, opts)...)
	for i := range out {
		out[i].ID = fingerprint(&out[i])
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		if a.Verdict != b.Verdict {
			return a.Verdict > b.Verdict
		}
		if a.Severity != b.Severity {
			return a.Severity > b.Severity
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		if a.Topic != b.Topic {
			return a.Topic < b.Topic
		}
		return a.ID < b.ID
	})
	return out
}

// attachUnqualified merges a block of quantity claims that name no actor
// into the one block of the same subject that has an actor, when every
// value of the first is also a value of the second: "12 Kapal" in a
// headline is the "12 kapal penjaga pantai Tiongkok" of the body. A block
// with a value of its own stays apart.
func attachUnqualified(blocks map[string][]*claims.Claim, opts Options) {
	siblings := map[string][]string{} // key without actor → keys with one
	for k, b := range blocks {
		if c := b[0]; c.Kind == claims.ClaimQuantity && c.Actor != "" {
			bare := *c
			bare.Actor = ""
			sk := blockKey(&bare, opts)
			siblings[sk] = append(siblings[sk], k)
		}
	}
	for k, b := range blocks {
		if b[0].Kind != claims.ClaimQuantity || b[0].Actor != "" || len(siblings[k]) == 0 {
			continue
		}
		target := ""
		for _, sk := range siblings[k] {
			if holdsAll(blocks[sk], b) {
				if target != "" {
					target = ""
					break
				}
				target = sk
			}
		}
		if target != "" {
			blocks[target] = append(blocks[target], b...)
			delete(blocks, k)
		}
	}
}

// holdsAll reports whether every value of cs is a value of block.
func holdsAll(block, cs []*claims.Claim) bool {
	for _, c := range cs {
		found := false
		for _, o := range block {
			if closeTo(o.Quantity.Value, c.Quantity.Value) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// namesByStory runs the name and title comparison one story at a time.
func namesByStory(people []*claims.Claim, opts Options) []Finding {
	byStory := map[string][]*claims.Claim{}
	var stories []string
	for _, c := range people {
		s := story(c, opts)
		if _, ok := byStory[s]; !ok {
			stories = append(stories, s)
		}
		byStory[s] = append(byStory[s], c)
	}
	sort.Strings(stories)
	var out []Finding
	for _, s := range stories {
		out = append(out, NameFindings(byStory[s])...)
	}
	return out
}

func story(c *claims.Claim, opts Options) string {
	if opts.OneStory {
		return ""
	}
	return c.Story
}

// blockKey is the alignment key of a claim: claims with equal keys are
// compared.
func blockKey(c *claims.Claim, opts Options) string {
	return story(c, opts) + "\x00" + alignKey(c)
}

// alignKey is the part of the block key a finding reports: what brought
// its sides together.
func alignKey(c *claims.Claim) string {
	parts := []string{c.Kind.String(), c.Subject}
	if c.Role != "" {
		parts = append(parts, "role="+c.Role)
	}
	if c.Actor != "" {
		parts = append(parts, "actor="+c.Actor)
	}
	if c.When != "" {
		parts = append(parts, "when="+c.When)
	}
	if q := c.Quantity; q != nil {
		if q.Dimension != claims.DimCount && q.Unit != "" {
			parts = append(parts, "unit="+q.Unit)
		}
		if q.Flags.Has(claims.Increment) {
			parts = append(parts, "increment")
		}
	}
	return strings.Join(parts, "|")
}

func lessClaim(a, b *claims.Claim) bool {
	if !a.Published.Equal(b.Published) {
		return a.Published.Before(b.Published)
	}
	if a.Doc != b.Doc {
		return a.Doc < b.Doc
	}
	return a.Span.Start < b.Span.Start
}

// sourceKey is who asserts a claim: its document and speaker.
func sourceKey(c *claims.Claim) string { return c.Doc + "\x00" + c.Speaker.Key }

// tooFarApart reports whether two claims were published too far apart to
// be about the same moment of a story.
func tooFarApart(a, b *claims.Claim, opts Options) bool {
	limit := opts.MaxDays
	if limit == 0 {
		limit = DefaultMaxDays
	}
	if limit < 0 || a.Published.IsZero() || b.Published.IsZero() {
		return false
	}
	d := a.Published.Sub(b.Published)
	return math.Abs(d.Hours()) > float64(limit)*24
}

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

// judgeQuantities turns one block of quantity claims into findings: at
// most one conflict, one update timeline, and otherwise one agreement or
// compatibility.
//
// Two claims of one article are compared only when both are quoted from
// named speakers (an outlet's own narration beside a quotation is usually
// about something else). A disagreement between two speakers of one
// article is a dispute at one moment, so it is never an update, and
// neither is a rise across articles between the same two figures.
func judgeQuantities(block []*claims.Claim, opts Options) []Finding {
	type pair struct{ a, b *claims.Claim }
	var conflicts, rising []pair
	var agree, compatible pairSet
	disputedInDoc := map[float64]bool{}
	misreport := false
	for i, a := range block {
		for _, b := range block[i+1:] {
			if sourceKey(a) == sourceKey(b) || tooFarApart(a, b, opts) {
				continue
			}
			if a.Doc == b.Doc && (a.Speaker.Outlet || b.Speaker.Outlet) {
				continue
			}
			if differentDays(a, b) && !cumulative[a.Subject] {
				continue // waves on Sunday night and on Monday morning
			}
			switch relate(a.Quantity, b.Quantity) {
			case same:
				agree.add(a, b)
			case overlapping:
				compatible.add(a, b)
			case disjoint:
				sameSpeaker := a.Doc != b.Doc && sameVoice(a.Speaker, b.Speaker)
				ma, mb := moment(a), moment(b)
				sameDay := ma.IsZero() || mb.IsZero() || ma.Equal(mb)
				switch {
				case a.Doc == b.Doc:
					disputedInDoc[a.Quantity.Value] = true
					disputedInDoc[b.Quantity.Value] = true
					conflicts = append(conflicts, pair{a, b})
				case sameSpeaker && sameDay && !risen(a, b):
					misreport = true
					conflicts = append(conflicts, pair{a, b})
				case isUpdate(a, b):
					rising = append(rising, pair{a, b})
				default:
					conflicts = append(conflicts, pair{a, b})
				}
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
	var out []Finding
	if len(conflict.sides) > 0 {
		sides, support := positions(conflict.sides)
		f := Finding{Kind: claims.ClaimQuantity, Verdict: Conflict, Between: Dispute, Topic: topic(sides), Key: alignKey(first), Sides: sides, Support: support}
		if misreport {
			f.Between = Misreport
		}
		f.Severity, f.Note = quantitySeverity(f.Sides, misreport)
		out = append(out, f)
	}
	if len(update.sides) > 0 {
		sides, support := positions(update.sides)
		if len(sides) > 1 {
			out = append(out, Finding{Kind: claims.ClaimQuantity, Verdict: Update, Severity: Info, Topic: topic(sides), Key: alignKey(first), Sides: sides, Support: support, Note: timeline(sides)})
		}
	}
	if len(out) > 0 {
		return out
	}
	if len(agree.sides) > 0 {
		return []Finding{{Kind: claims.ClaimQuantity, Verdict: Agree, Severity: Info, Topic: topic(agree.sides), Key: alignKey(first), Sides: agree.sides}}
	}
	if len(compatible.sides) > 0 {
		return []Finding{{Kind: claims.ClaimQuantity, Verdict: Compatible, Severity: Info, Topic: topic(compatible.sides), Key: alignKey(first), Sides: compatible.sides}}
	}
	return nil
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
	if !cumulative[a.Subject] || a.Event == "earlier" || b.Event == "earlier" {
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
	return a.Event == "rise"
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
// when a side is hedged.
func quantitySeverity(sides []*claims.Claim, misreport bool) (Severity, string) {
	lo, hi := math.Inf(1), math.Inf(-1)
	hedged := false
	for _, c := range sides {
		v := c.Quantity.Value
		lo, hi = math.Min(lo, v), math.Max(hi, v)
		if c.Quantity.Flags&(claims.Approximate|claims.LowerBound|claims.UpperBound) != 0 || len(c.Hedges) > 0 {
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

// judgeDates turns one block of date claims about the same event into
// findings: different days are a conflict, a day inside a stated month is
// compatible.
func judgeDates(block []*claims.Claim, opts Options) []Finding {
	var conflict, agree, compatible pairSet
	for i, a := range block {
		for _, b := range block[i+1:] {
			if a.Doc == b.Doc || tooFarApart(a, b, opts) {
				continue
			}
			if gap := a.Date.Start.Sub(b.Date.Start).Hours() / 24; gap > maxDateGapDays || gap < -maxDateGapDays {
				continue
			}
			switch date.Relate(a.Date, b.Date) {
			case date.Same:
				agree.add(a, b)
			case date.Within, date.Overlap:
				compatible.add(a, b)
			case date.Disjoint:
				conflict.add(a, b)
			}
		}
	}
	key := alignKey(block[0])
	switch {
	case len(conflict.sides) > 0:
		sides, support := datePositions(conflict.sides)
		return []Finding{{Kind: claims.ClaimDate, Verdict: Conflict, Between: Misreport, Severity: High, Topic: "date of " + pretty(block[0].Subject), Key: key, Sides: sides, Support: support, Note: "the same event is dated differently"}}
	case len(agree.sides) > 0:
		return []Finding{{Kind: claims.ClaimDate, Verdict: Agree, Severity: Info, Topic: "date of " + pretty(block[0].Subject), Key: key, Sides: agree.sides}}
	case len(compatible.sides) > 0:
		return []Finding{{Kind: claims.ClaimDate, Verdict: Compatible, Severity: Info, Topic: "date of " + pretty(block[0].Subject), Key: key, Sides: compatible.sides}}
	}
	return nil
}

// datePositions keeps one claim per distinct date and returns the others
// as support.
func datePositions(cs []*claims.Claim) (sides, support []*claims.Claim) {
	for _, c := range cs {
		dup := -1
		for i, s := range sides {
			if date.Relate(s.Date, c.Date) == date.Same {
				dup = i
				break
			}
		}
		switch {
		case dup < 0:
			sides = append(sides, c)
		case sides[dup].Date.Relative && !c.Date.Relative:
			// Show "Rabu (3/1)" rather than "kemarin" for the same day.
			support = append(support, sides[dup])
			sides[dup] = c
		default:
			support = append(support, c)
		}
	}
	return sides, support
}

// suspectDate reports a date that cannot be right on its own.
func suspectDate(c *claims.Claim) Finding {
	return Finding{
		Kind: claims.ClaimDate, Verdict: Conflict, Between: Misreport, Severity: Medium,
		Topic: "likely typo in a date", Key: alignKey(c), Sides: []*claims.Claim{c}, Note: c.Date.Suspect,
	}
}

// topic describes what a group of claims is about: "troops of north korea
// in russia".
func topic(sides []*claims.Claim) string {
	c := sides[0]
	t := pretty(c.Subject)
	if c.Actor != "" {
		t += " of " + pretty(c.Actor)
	}
	locs := map[string]int{}
	best := ""
	for _, s := range sides {
		if s.Location != "" {
			locs[s.Location]++
			if locs[s.Location] > locs[best] || locs[s.Location] == locs[best] && s.Location < best {
				best = s.Location
			}
		}
	}
	if best != "" {
		t += " in " + pretty(best)
	}
	return t
}

// pretty turns a key ("north-korea") into words ("North Korea").
func pretty(key string) string {
	words := strings.FieldsFunc(key, func(r rune) bool { return r == '-' || r == '_' })
	for i, w := range words {
		if len(w) > 0 {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}

// fingerprint identifies a finding by what it says, not where: its kind,
// key, and its sides' documents and words (white space folded), sorted. It
// survives reordering files, adding unrelated articles and reformatting.
func fingerprint(f *Finding) string {
	sides := make([]string, len(f.Sides))
	for i, c := range f.Sides {
		sides[i] = c.Doc + "\x00" + strings.Join(strings.Fields(c.Text), " ")
	}
	sort.Strings(sides)
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00", f.Kind, f.Verdict, f.Key)
	for _, s := range sides {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}
