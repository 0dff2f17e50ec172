package date

import (
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/text"
)

// InferPublished guesses a publication date from the full dates in
// doc[body.Start:body.End]; ok is false when there are none. The rule:
// the latest day among the dates in the first half of the body that are
// written with day, month and year and are not suspect; then, a day
// written without its year in that half ("Sunday (Sep 30)") that falls
// up to a week after it, resolved against it, moves it forward. News
// puts its latest development first and background last, so a full date
// late in the body ("On Dec. 26, 2004, ...") is not taken.
//
// With no full date, a weekday written with its day and month ("hari Rabu
// (3/1)") fixes the year: the first year, from the latest year the body
// names ("tahun 2020") up to weekdayYears after it, in which that day falls
// on that weekday; the latest such day in the first half is taken.
func (r *Recognizer) InferPublished(doc string, body claims.Span) (t time.Time, ok bool) {
	from, to := max(body.Start, 0), min(body.End, len(doc))
	if from >= to {
		return time.Time{}, false
	}
	half := r.scan(text.NewSentence(doc, claims.Span{Start: from, End: from + (to-from+1)/2}))
	t, ok = r.latestFullDay(half)
	if !ok {
		return r.inferFromWeekdays(doc, claims.Span{Start: from, End: to}, half)
	}
	return r.laterDay(half, t), true
}

// latestFullDay returns the latest day among the candidates cs written
// with day, month and year (and perhaps a time) that are not suspect.
func (r *Recognizer) latestFullDay(cs []cand) (t time.Time, ok bool) {
	for i := range cs {
		d := r.resolve(&cs[i], Reference{})
		if !d.Resolved || d.Relative || d.Suspect != "" || d.TimeOnly || d.Match {
			continue
		}
		if d.Granularity != claims.Day && d.Granularity != claims.Minute {
			continue
		}
		if day := midnight(d.Start); !ok || day.After(t) {
			t, ok = day, true
		}
	}
	return t, ok
}

// laterDay returns the latest day among t and the days of cs written
// without a year that, resolved against t, fall up to a week after it: a
// story dated by a full date may report a later day ("Sunday (Sep 30)").
func (r *Recognizer) laterDay(cs []cand, t time.Time) time.Time {
	latest := t
	for i := range cs {
		c := &cs[i]
		if c.kind != ckDate || c.y != 0 || c.d == 0 {
			continue
		}
		d := r.resolve(c, Reference{Time: t})
		if !d.Resolved || d.Suspect != "" {
			continue
		}
		day := midnight(d.Start)
		if day.After(latest) && !day.After(t.AddDate(0, 0, 7)) {
			latest = day
		}
	}
	return latest
}

// midnight returns the start of t's day, in UTC.
func midnight(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// weekdayYears is how many years after the latest year a text names
// InferPublished looks for a year in which a weekday matches its date.
const weekdayYears = 6

// inferFromWeekdays infers a publication date from the dates cs (of the
// first half of body) written with weekday, day and month but no year,
// taking the year range from the years named in body.
func (r *Recognizer) inferFromWeekdays(doc string, body claims.Span, cs []cand) (t time.Time, ok bool) {
	latestYear := 0
	for _, c := range r.scan(text.NewSentence(doc, body)) {
		if c.kind == ckDate && c.y > latestYear {
			latestYear = c.y
		}
	}
	if latestYear == 0 {
		return time.Time{}, false
	}
	for i := range cs {
		c := &cs[i]
		if c.kind != ckDate || c.y != 0 || c.d == 0 || !c.hasWD {
			continue
		}
		if day, found := weekdayDay(c, latestYear); found && (!ok || day.After(t)) {
			t, ok = day, true
		}
	}
	return t, ok
}

// weekdayDay returns c's day in the first year from y to y+weekdayYears
// in which it falls on c's weekday.
func weekdayDay(c *cand, y int) (time.Time, bool) {
	for last := y + weekdayYears; y <= last; y++ {
		if c.d > daysIn(y, c.m) {
			continue
		}
		day := time.Date(y, time.Month(c.m), c.d, 0, 0, 0, 0, time.UTC)
		if int(day.Weekday()) == c.wd {
			return day, true
		}
	}
	return time.Time{}, false
}
