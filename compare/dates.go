package compare

import (
	"fmt"
	"slices"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/date"
)

// recurring are events that happen many times in one story (people die on
// many days): a date tied to one of them does not date a single event.
var recurring = map[string]bool{"die": true, "injure": true, "evacuate": true, "rescue": true, "find": true, "report": true, "announce": true, "say": true}

// maxDateGapDays keeps apart dates of one event key that are too far apart
// to be two datings of one event (a quake in 2018 and one in 2004).
const maxDateGapDays = 31

// dateCompared reports whether a date claim is compared with others: it
// dates an event that happens once, on a calendar. Others are shown
// alone when they cannot be right.
func dateCompared(c *claims.Claim) bool {
	return c.Subject != "" && !recurring[c.SubjectKey()] && c.Date.Resolved
}

// judgeDates turns one block of date claims about the same event into
// findings: different days are a conflict, a day inside a stated month is
// compatible. A date that cannot be right (a weekday that is not its
// date's, a year centuries ahead) is a side of the conflict with the
// other articles' dates of the event, whatever they say, and the note
// says why; with none to set it against it is a finding of its own.
func judgeDates(block []*claims.Claim, opts Options) []Finding {
	switch {
	case block[0].Date.Match:
		return judgeMinutes(block, opts)
	case block[0].Subject == asOfSubject:
		return nil // judged against the story's events (judgeAsOf)
	}
	block, suspects := splitSuspects(block)
	var s dateSides
	if len(block) > 0 {
		s = pairDates(block, opts)
	}
	var out []Finding
	var against, suspected []*claims.Claim
	for _, c := range suspects {
		if others := otherArticles(c, block, opts); len(others) > 0 {
			against = union(against, others)
			suspected = append(suspected, c)
			continue
		}
		out = append(out, suspectDate(c))
	}
	key := alignKey(firstOf(block, suspects))
	topic := "date of " + pretty(firstOf(block, suspects).Subject)
	switch {
	case len(s.conflict) > 0 || len(suspected) > 0:
		sides, support := suspectPositions(s.conflict, against)
		sides = append(sides, suspected...)
		return append(out, Finding{Kind: claims.ClaimDate, Verdict: Conflict, Between: Misreport, Severity: High, Topic: topic, Key: key, Sides: sides, Support: support, Note: conflictNote(suspected)})
	case len(s.agree) > 0:
		return append(out, Finding{Kind: claims.ClaimDate, Verdict: Agree, Severity: Info, Topic: topic, Key: key, Sides: s.agree})
	case len(s.compatible) > 0:
		return append(out, Finding{Kind: claims.ClaimDate, Verdict: Compatible, Severity: Info, Topic: topic, Key: key, Sides: s.compatible})
	}
	return out
}

// suspectPositions returns the sides and support of a date conflict that
// suspect dates join: the positions of the conflicting dates, or, when
// the sound dates do not conflict, one of those the suspects are set
// against (a full date before a relative one), the others as support.
func suspectPositions(conflict, against []*claims.Claim) (sides, support []*claims.Claim) {
	if len(conflict) > 0 {
		sides, support = datePositions(conflict)
		for _, c := range against {
			if !slices.Contains(conflict, c) {
				support = append(support, c)
			}
		}
		return sides, support
	}
	rep := 0
	for i, c := range against {
		if !c.Date.Relative {
			rep = i
			break
		}
	}
	for i, c := range against {
		if i == rep {
			sides = append(sides, c)
		} else {
			support = append(support, c)
		}
	}
	return sides, support
}

// splitSuspects returns the claims of a block whose dates can be right and
// those that cannot (Date.Suspect), each in the block's order.
func splitSuspects(block []*claims.Claim) (sound, suspects []*claims.Claim) {
	for _, c := range block {
		if c.Date.Suspect != "" {
			suspects = append(suspects, c)
		} else {
			sound = append(sound, c)
		}
	}
	return sound, suspects
}

// otherArticles returns the claims of cs from other articles than c's,
// published near enough to it.
func otherArticles(c *claims.Claim, cs []*claims.Claim, opts Options) []*claims.Claim {
	var out []*claims.Claim
	for _, o := range cs {
		if o.Doc != c.Doc && !tooFarApart(c, o, opts) {
			out = append(out, o)
		}
	}
	return out
}

// firstOf returns the first claim of a, else of b.
func firstOf(a, b []*claims.Claim) *claims.Claim {
	if len(a) > 0 {
		return a[0]
	}
	return b[0]
}

// conflictNote says why a date conflict is one, naming what cannot be
// right in its suspect sides ("Rabu (4/1/2024): 4 Jan 2024 was a
// Thursday, not Wednesday").
func conflictNote(suspects []*claims.Claim) string {
	note := "the same event is dated differently"
	for _, c := range suspects {
		note += fmt.Sprintf("; %q: %s", c.Text, c.Date.Suspect)
	}
	return note
}

// dateSides are the claims of a block that take part in a pair of each
// verdict, each list in the block's order.
type dateSides struct {
	conflict, agree, compatible []*claims.Claim
}

// dateProfile is everything judgeDatePair reads of a claim: claims of
// equal profile relate alike to every other claim.
type dateProfile struct {
	date      claims.Date
	published time.Time
	language  string // zonesApart reads it
}

func dateProfileOf(c *claims.Claim) dateProfile {
	return dateProfile{date: *c.Date, published: c.Published, language: c.Language}
}

// pairDates finds, for a block of date claims in the block's order, the
// claims that take part in a pair of each verdict (judgeDatePair): in a
// small block pair by pair, in a larger one pairing classes of claims
// (see pairing.go). Dates of one article are never compared.
func pairDates(block []*claims.Claim, opts Options) dateSides {
	out := make([]outcome, len(block))
	pairOutcome := func(i, j int) outcome {
		if block[i].Doc == block[j].Doc {
			return 0
		}
		return judgeDatePair(block[i], block[j], opts)
	}
	if len(block) <= directPairs {
		for i, j := range allPairs(len(block)) {
			o := pairOutcome(i, j)
			out[i] |= o
			out[j] |= o
		}
	} else {
		p := classify(block, dateProfileOf)
		p.eachPair(opts, func(a, b *class) {
			ab := judgeDatePair(a.rep, b.rep, opts)
			ba := ab
			if a != b {
				ba = judgeDatePair(b.rep, a.rep, opts)
			}
			p.mark(out, a, b, ab, ba)
		})
	}
	rank := func(want outcome) func(int) int64 {
		return func(i int) int64 { return firstPair(i, len(block), []outcome{want}, pairOutcome) }
	}
	return dateSides{
		conflict:   sides(block, out, outConflict, rank(outConflict)),
		agree:      sides(block, out, outAgree, rank(outAgree)),
		compatible: sides(block, out, outCompatible, rank(outCompatible)),
	}
}

// judgeDatePair says how two dates of an event from different articles
// relate: the same day agrees, a day within a month is compatible, and
// different days conflict — unless a bare weekday makes them a week
// apart. Dates published too far apart, or more than maxDateGapDays
// apart, are not compared.
func judgeDatePair(a, b *claims.Claim, opts Options) outcome {
	if tooFarApart(a, b, opts) {
		return 0
	}
	if gap := a.Date.Start.Sub(b.Date.Start).Hours() / 24; (gap > maxDateGapDays || gap < -maxDateGapDays) && !a.Date.TimeOnly && !b.Date.TimeOnly {
		return 0 // a time with no day has no gap in days to anything
	}
	switch date.Relate(a.Date, b.Date) {
	case date.Same:
		return outAgree
	case date.Within, date.Overlap:
		return outCompatible
	case date.Disjoint:
		if weekApart(a.Date, b.Date) {
			// "The vote is on Thursday", written the day before, is this
			// Thursday, not last week's: a bare weekday is a week wide to
			// a reader.
			return outCompatible
		}
		if date.AcrossMidnight(a.Date, b.Date, zonesApart(a, b)) {
			// "Senin malam" and "Selasa pukul 02.15", or "Jumat dini
			// hari WIB" and "on Thursday" abroad: one night.
			return outCompatible
		}
		return outConflict
	}
	return 0
}

// zonesApart reports whether two dates may have been read in different
// time zones: their articles are in different languages, or they name
// different zones ("WIB" against none).
func zonesApart(a, b *claims.Claim) bool {
	return a.Language != b.Language || a.Date.Zone != b.Date.Zone
}

// weekApart reports whether two days are exactly a week apart and one of
// them is a bare weekday resolved against its article's date ("on
// Thursday"), which may mean this week's or last week's.
func weekApart(a, b *claims.Date) bool {
	bare := func(d *claims.Date) bool { return d.Relative && d.HasWeekday && d.Granularity == claims.Day }
	if !bare(a) && !bare(b) {
		return false
	}
	gap := a.Start.Sub(b.Start).Hours() / 24
	return gap == 7 || gap == -7
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
