package compare

import (
	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/date"
)

// recurring are events that happen many times in one story (people die on
// many days): a date tied to one of them does not date a single event.
var recurring = map[string]bool{"die": true, "injure": true, "evacuate": true, "rescue": true, "find": true, "report": true, "announce": true, "say": true}

// maxDateGapDays keeps apart dates of one event key that are too far apart
// to be two datings of one event (a quake in 2018 and one in 2004).
const maxDateGapDays = 31

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
				if weekApart(a.Date, b.Date) {
					// "The vote is on Thursday", written the day before,
					// is this Thursday, not last week's: a bare weekday
					// is a week wide to a reader.
					compatible.add(a, b)
					continue
				}
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
