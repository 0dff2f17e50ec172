package compare

import (
	"fmt"
	"sort"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/date"
)

// asOfSubject is the subject of an as-of date claim ("per 23 September"):
// claims/extract.AsOfSubject.
const asOfSubject = "as-of"

// asOfReach is how long before the day of a story's event an as-of date may
// fall and still be taken for that event's figures: further back it is
// another period's figure ("per Desember 2023"), not a misdated one.
const asOfReach = 31 * 24 * time.Hour

// eventWindow is how long before a story's first publication the event
// dates that bound its as-of dates may fall: older dates are background
// ("On Dec. 26, 2004, ...").
const eventWindow = 14 * 24 * time.Hour

// judgeAsOf finds, in each story, the as-of dates of figures that fall
// before the story's event: a count "per 23 September" of a quake the
// articles date to 28 September cannot be. Each is a misreport, set
// against another article's as-of date for the story (one quoting the
// same speaker first), or else against the event's date. The event's day
// is the earliest day the story's articles date an event to, near their
// publication; a story that dates no event has none.
func judgeAsOf(blocks map[string][]*claims.Claim, opts Options) []Finding {
	byStory := map[string]*asOfStory{}
	for _, k := range sortedKeys(blocks) {
		for _, c := range blocks[k] {
			st := byStory[story(c, opts)]
			if st == nil {
				st = &asOfStory{}
				byStory[story(c, opts)] = st
			}
			st.add(c)
		}
	}
	var out []Finding
	for _, s := range sortedKeys(byStory) {
		out = append(out, byStory[s].findings()...)
	}
	return out
}

// asOfStory holds one story's as-of dates and event dates.
type asOfStory struct {
	asOf, events []*claims.Claim
	firstPub     time.Time
}

func (st *asOfStory) add(c *claims.Claim) {
	if !c.Published.IsZero() && (st.firstPub.IsZero() || c.Published.Before(st.firstPub)) {
		st.firstPub = c.Published
	}
	switch {
	case c.Date.Suspect != "" || c.Marks.Has(claims.MarkPlanned) || !onCalendar(c.Date):
	case c.Subject == asOfSubject:
		st.asOf = append(st.asOf, c)
	case !recurring[c.SubjectKey()] && !future(c):
		st.events = append(st.events, c)
	}
}

// future reports whether a date claim dates a day after its article's
// publication day ("Senin depan"): a plan, not the story's event.
func future(c *claims.Claim) bool {
	return !c.Published.IsZero() && dayOfDate(c.Date).After(c.Published)
}

// onCalendar reports whether d names a day or a time on one.
func onCalendar(d *claims.Date) bool {
	return d.Resolved && !d.TimeOnly && !d.Match && (d.Granularity == claims.Day || d.Granularity == claims.Minute)
}

// eventDay returns the earliest event date of the story near its
// publication, or nil.
func (st *asOfStory) eventDay() *claims.Claim {
	var first *claims.Claim
	for _, c := range st.events {
		if !st.firstPub.IsZero() && c.Date.Start.Before(st.firstPub.Add(-eventWindow)) {
			continue
		}
		if first == nil || dayOfDate(c.Date).Before(dayOfDate(first.Date)) {
			first = c
		}
	}
	return first
}

// findings returns a misreport for each as-of date before the event.
func (st *asOfStory) findings() []Finding {
	event := st.eventDay()
	if event == nil {
		return nil
	}
	day := dayOfDate(event.Date)
	var out []Finding
	for _, c := range st.asOf {
		d := dayOfDate(c.Date)
		if !d.Before(day) || day.Sub(d) > asOfReach {
			continue
		}
		other := st.counterpart(c, day)
		if other == nil {
			other = event
		}
		out = append(out, Finding{
			Kind: claims.ClaimDate, Verdict: Conflict, Between: Misreport, Severity: High,
			Topic: "as-of date before the event", Key: alignKey(c), Sides: []*claims.Claim{c, other},
			Note: fmt.Sprintf("figures as of %s are dated before the event they count (%s)", d.Format(time.DateOnly), day.Format(time.DateOnly)),
		})
	}
	return out
}

// counterpart returns another article's as-of date on or after the
// event's day, one quoting the same speaker as c first, or nil.
func (st *asOfStory) counterpart(c *claims.Claim, day time.Time) *claims.Claim {
	var cands []*claims.Claim
	for _, o := range st.asOf {
		if o.Doc != c.Doc && !dayOfDate(o.Date).Before(day) {
			cands = append(cands, o)
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		return sameVoice(cands[i].Speaker, c.Speaker) && !sameVoice(cands[j].Speaker, c.Speaker)
	})
	if len(cands) == 0 {
		return nil
	}
	return cands[0]
}

// dayOfDate is the calendar day of a date, as written where it was.
func dayOfDate(d *claims.Date) time.Time {
	from, _, _ := date.Span(d, false)
	return time.Date(from.Year(), from.Month(), from.Day(), 0, 0, 0, 0, time.UTC)
}
