package extract

import (
	"github.com/claimcheck/claimcheck/claims"
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
	c := b.claim(claims.ClaimDate, m.Span)
	c.Date = m.Date
	c.Subject = playSubject
	c.Event = b.s.lang.date.EventIn(b.s.text, m)
	return c
}
