package extract

import (
	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/date"
	"github.com/claimcheck/claimcheck/claims/lang"
)

// speechIsEvent reports whether the event word at word is itself the
// reporting verb of one of the sentence's attributions ("Japan's foreign
// minister warned on Saturday"): the date after it then dates that
// warning, though it follows an attribution.
func speechIsEvent(s *sentence, word claims.Span) bool {
	if word.IsZero() {
		return false
	}
	for _, a := range s.atts {
		if a.Cue.Overlaps(word) {
			return true
		}
	}
	return false
}

// plannedEvent reports whether the sentence speaks of the event dated at
// date, written at word, as planned: a future word before the event word
// or the date, whichever ends later ("is due to meet on Monday", "akan
// bertemu pada Senin"). A future word after both belongs to what is
// reported ("warned on Saturday that the troops would ..."), not to the
// dated event.
func plannedEvent(s *sentence, word, date claims.Span) bool {
	end := max(word.End, date.End)
	ws := s.words
	for i, w := range ws.Words {
		if w.Span.Start >= end {
			break
		}
		if _, _, ok := s.lang.future.AtWord(ws, i, len(ws.Words)); ok {
			return true
		}
	}
	return false
}

// verbAfterCount reports whether the event word at word stands after a
// count of the sentence and before the date: the verb then governs the
// date ("the two men were detained on March 3", "the two leaders met on
// Monday"), which dates the event, not the count.
func verbAfterCount(s *sentence, word, date claims.Span) bool {
	if word.IsZero() || word.End > date.Start {
		return false
	}
	for _, m := range s.quants {
		if m.Quantity.NumberSpan.End <= word.Start {
			return true
		}
	}
	return false
}

// playSubject is the subject of every minute of play: the minutes of one
// match are compared with each other, whatever happened at them.
const playSubject = "play"

// minuteClaim returns the claim of a minute of play ("menit ke-84"): its
// event is what its sentence says happened then ("scored"), if anything.
func (b *builder) minuteClaim(m claims.Mention) *claims.Claim {
	return b.dateClaim(m, playSubject, b.s.lang.date.EventIn(b.s.text, m))
}

// dateClaim returns the date claim of mention m about subject and event.
func (b *builder) dateClaim(m claims.Mention, subject, event string) *claims.Claim {
	c := b.claim(claims.ClaimDate, m.Span)
	c.Date, c.Subject = m.Date, subject
	if event != "" {
		c.Qualify().Event = event
	}
	return c
}

// readTimes reads what the article's times say across its sentences: the
// offset it states for its local time (date.LearnZones), and the day each
// sentence is in, the last day named up to it (sentence.day).
func readTimes(sents []sentence) {
	var ds []*claims.Date
	var day *claims.Date
	for i := range sents {
		s := &sents[i]
		for _, m := range s.dates {
			ds = append(ds, m.Date)
			if namesDay(m.Date) {
				day = m.Date
			}
		}
		s.day = day
	}
	date.LearnZones(ds)
}

// namesDay reports whether d names one calendar day it is sure of.
func namesDay(d *claims.Date) bool {
	return d != nil && d.Resolved && d.Suspect == "" && !d.TimeOnly && !d.Match &&
		(d.Granularity == claims.Day || d.Granularity == claims.Minute)
}

// asOfClock returns day (the day its sentence puts a figure at, or nil)
// at the as-of time of day the sentence writes apart from any day, when
// it writes one ("Selasa (14/1/2025), hingga pukul 20.00 WIB, ..."): with
// no day in the sentence, the time is of the last day the article named
// (sentence.day). Another time of day (when a ship left) says nothing of
// when a figure held.
func asOfClock(s *sentence, number claims.Span, day *claims.Date) *claims.Date {
	if day != nil && day.Granularity == claims.Minute {
		return day // the time is written with the day
	}
	clock := nearestAsOfClock(s, number)
	switch {
	case clock == nil:
		return day
	case day == nil && s.day != nil:
		return date.OnDay(s.day, clock)
	case day != nil && day.Granularity == claims.Day:
		return date.OnDay(day, clock)
	}
	return day
}

// nearestAsOfClock returns the as-of time of day with no day of the
// sentence nearest to the number, or nil.
func nearestAsOfClock(s *sentence, number claims.Span) *claims.Date {
	return nearestDate(s, number, func(m claims.Mention) bool {
		return m.Date.TimeOnly && m.Date.AsOf && !m.Date.Match
	})
}

// nearestDate returns the date of the sentence nearest to the number,
// in bytes, among those keep accepts; nil when there is none.
func nearestDate(s *sentence, number claims.Span, keep func(claims.Mention) bool) *claims.Date {
	var best *claims.Date
	bestDist := 1 << 30
	for _, m := range s.dates {
		if m.Date == nil || !keep(m) {
			continue
		}
		dist := m.Span.Start - number.End
		if dist < 0 {
			dist = number.Start - m.Span.End
		}
		if dist < bestDist {
			best, bestDist = m.Date, dist
		}
	}
	return best
}

// shareMoments gives a count its article states without a day the day
// the article gives the same figure of the same subject elsewhere: a
// headline's "257 Orang Ditangkap" is the body's "257 tersangka" as of
// Wednesday. Only cumulative counts (deaths, arrests) share it: their
// moment orders a timeline, while for other counts it only keeps apart
// figures of different days. A figure the article dates to two different
// moments stays undated.
func shareMoments(cs []*claims.Claim) {
	type figure struct {
		subject string
		value   float64
	}
	at := map[figure]*claims.Date{}
	twice := map[figure]bool{}
	for _, c := range cs {
		if c.Kind != claims.ClaimQuantity || c.At() == nil || !lang.TraitsOf(c.Subject).Has(lang.Growing) {
			continue
		}
		f := figure{c.Subject, c.Quantity.Value}
		if d, ok := at[f]; ok && !d.Start.Equal(c.At().Start) {
			twice[f] = true
		}
		at[f] = c.At()
	}
	for _, c := range cs {
		if c.Kind != claims.ClaimQuantity || c.At() != nil {
			continue
		}
		if f := (figure{c.Subject, c.Quantity.Value}); at[f] != nil && !twice[f] {
			c.Qualify().At = at[f]
		}
	}
}

// possessiveDate reports whether the date m is written as a possessive
// ("Friday's 7.7-magnitude earthquake"): it dates the noun after it.
func possessiveDate(s *sentence, m claims.Mention) bool {
	for _, t := range s.text.Tokens {
		if t.Span.Start >= m.Span.End {
			return t.Span.Start == m.Span.End && t.Possessive()
		}
	}
	return false
}

// AsOfSubject is the subject of an as-of date ("per 23 September",
// "Hingga Sabtu (29/9/2018) pukul 13.00 WIB"): when a figure held. Such a
// date is compared with the days the story's events happened on, not
// with other dates.
const AsOfSubject = "as-of"

// asOfClaim returns the claim of an as-of date that names its day.
func (b *builder) asOfClaim(m claims.Mention) *claims.Claim {
	return b.dateClaim(m, AsOfSubject, "")
}
