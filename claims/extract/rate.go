package extract

import (
	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
	"github.com/claimcheck/claimcheck/claims/text"
)

// rateWords finds the phrases that make a count a rate: a Per word and a
// calendar unit ("a week", "per minggu"), or a unit with the one-prefix
// glued to it ("sehari"), valued by the unit's key.
func rateWords(p *lang.Pack) *phrases {
	m := text.NewMatcher[string]()
	for unit, key := range p.Dates.Units {
		for _, per := range p.Relations.Per {
			m.Add(per+" "+unit, key, text.AnyCase)
		}
		for _, one := range p.Dates.OnePrefixes {
			m.Add(one+unit, key, text.AnyCase)
		}
	}
	return m
}

// rateAfter returns the unit a count is per when a rate phrase follows its
// words closely, in the same clause ("three ships a week", "60 penerbangan
// setiap hari"), eachRate for an amount each one gets ("Rp 15 juta kepada
// setiap keluarga", "apiece"), or "".
func rateAfter(s *sentence, span claims.Span) string {
	v := s.words
	for i := wordAtOffset(v, span.End); i < len(v.Words) && i <= wordAtOffset(v, span.End)+2; i++ {
		if v.Words[i].Kind == text.Punct {
			break
		}
		if _, key, ok := s.lang.rates.AtWord(v, i, len(v.Words)); ok {
			return key
		}
		if eachAt(s, i) {
			return eachRate
		}
	}
	if eachBefore(s, span) {
		return eachRate
	}
	return ""
}

// eachBefore reports whether the words right before an amount give it to
// each one: a word of Each and one noun ("offered each passenger 2.5
// million rupiah", "memberi setiap keluarga Rp 15 juta").
func eachBefore(s *sentence, span claims.Span) bool {
	v := s.words
	first := wordAtOffset(v, span.Start)
	for k := max(first-3, 0); k < first-1; k++ {
		if end, _, ok := s.lang.each.AtWord(v, k, first); ok && end == first-1 && eachAt(s, k) {
			return true
		}
	}
	return false
}

// eachRate is the rate of an amount for each one of several.
const eachRate = "each"

// eachAt reports whether word i says an amount is each one's: a word
// that does so alone ("masing-masing", "apiece"), or one before a noun in
// lower case outside any date ("per keluarga", "to each family"; not "per
// Rabu (4/12/2024)", which says as of when).
func eachAt(s *sentence, i int) bool {
	v := s.words
	if _, _, ok := s.lang.eachAlone.AtWord(v, i, len(v.Words)); ok {
		return true
	}
	end, _, ok := s.lang.each.AtWord(v, i, len(v.Words))
	if !ok || end >= len(v.Words) {
		return false
	}
	w := v.Words[end]
	return w.Kind == text.Word && !w.Cap && !w.Caps && !overlapsAny(w.Span, s.dates)
}

// baseline is the role of the figure a change is measured from.
const baseline = "baseline"

// baselineOf returns baseline when a baseline phrase stands right before
// the figure at span ("naik dari 23,1 miliar dolar AS", "up from $23.1
// billion", "compared with 9 last year"): the earlier figure, another
// fact than the new one. Else "". A baseline dated to a day is left to
// meet the figures of that day (quantityClaim).
func baselineOf(s *sentence, span claims.Span) string {
	if s.lang.near(s.lang.baselines, s.words, span, 1, 0) {
		return baseline
	}
	return ""
}

// targetWindow is how many words before a figure an aim may be stated.
const targetWindow = 5

// aimed reports whether a figure is an aim rather than a fact: a target or
// future word shortly before it in the same clause ("target kami enam
// kapal", "will deploy 500 troops"), or before an appositive that names
// the figure ("tuntutan jaksa, yakni 8 tahun penjara"); a threat word
// before a bound ("could face up to 15 years"; not "faces a $2 billion
// deficit").
func aimed(s *sentence, m claims.Mention) bool {
	v, span := s.words, m.Span
	// A threat ("faces up to 20 years") is an aim only of a bound.
	bound := m.Quantity != nil && m.Quantity.Flags.Has(claims.UpperBound)
	first := wordAtOffset(v, span.Start)
	for j := first - 1; j >= 0 && j >= first-targetWindow; j-- {
		if v.Words[j].Kind == text.Punct {
			if _, _, named := s.lang.appositives.AtWord(v, j+1, len(v.Words)); v.Words[j].Text != "," || !named {
				return false
			}
			continue
		}
		if s.lang.targets.EndsWord(v, j) || s.lang.future.EndsWord(v, j) || bound && s.lang.threats.EndsWord(v, j) {
			return true
		}
	}
	return false
}

// phaseOf returns the phase of an event a figure is of, when its clause
// names one before the figure or right after it ("the strongest
// aftershock measured 4.8", "24 kali gempa susulan"), or "".
func phaseOf(s *sentence, span claims.Span) string {
	v := s.words
	first := wordAtOffset(v, span.Start)
	last := wordAtOffset(v, span.End)
	for j := clauseStart(s, max(first-1, 0)); j < len(v.Words) && j <= last+2; j++ {
		if j >= first && j < last {
			continue // the figure's own words
		}
		if _, key, ok := s.lang.phases.AtWord(v, j, len(v.Words)); ok {
			return key
		}
	}
	return ""
}

// scopeOf returns the reach the clause of the figure at span names
// anywhere in it, outside names ("Nationwide, more than 21,000 cattle have
// been infected", "1,5 juta dosis vaksin untuk seluruh Indonesia"), or "".
func scopeOf(s *sentence, span claims.Span) string {
	return inClause(s, span, s.lang.scopes)
}

// stanceOf returns the side a vote share's clause says it was cast for
// ("94.2% turned down the contract, and 96% voted to strike"), or "".
func stanceOf(s *sentence, span claims.Span) string {
	return inClause(s, span, s.lang.stances)
}

// inClause returns the key of the first phrase of m in the clause of the
// figure at span, outside names, or "". The clause ends at the next
// connective or mark that ends clauses.
func inClause(s *sentence, span claims.Span, m *phrases) string {
	v := s.words
	first := wordAtOffset(v, span.Start)
	for j := clauseStart(s, first); j < len(v.Words); j++ {
		if j > first && (clauseMark(v.Words[j].Fold) || matchesAt(s.lang.conj, v, j)) {
			break
		}
		if inEntity(v.Words[j].Span, s.entities) {
			continue
		}
		if _, key, ok := m.AtWord(v, j, len(v.Words)); ok {
			return key
		}
	}
	return ""
}

// clauseMark reports whether a mark ends a clause: a semicolon, colon or
// quotation mark.
func clauseMark(fold string) bool {
	switch fold {
	case ";", ":", `"`, "“", "”":
		return true
	}
	return false
}

// countedOn reports whether a date follows a count closely, in the same
// clause ("rose to 31 on Saturday", "menjadi 23 orang per Jumat"): it
// dates the count, not the event its sentence names.
func countedOn(s *sentence, date claims.Span) bool {
	v := s.words
	first := wordAtOffset(v, date.Start)
	for _, m := range s.quants {
		if m.Quantity.Dimension != claims.DimCount || m.Span.End > date.Start {
			continue
		}
		gap := 0
		for j := wordAtOffset(v, m.Span.End); j < first; j++ {
			if v.Words[j].Kind == text.Punct && v.Words[j].Fold != "(" {
				gap = countedGap + 1
				break
			}
			gap++
		}
		if gap <= countedGap {
			return true
		}
	}
	return false
}

// countedGap is how many words may stand between a count and the day it
// holds on: "on", "pada", "per", "hingga".
const countedGap = 2

// earlierInClause reports whether the clause of a figure says, before it,
// that the figure was given earlier ("Earlier reports had said 400 people
// were killed", "Authorities had earlier put the death toll at 384"). The
// word belongs to the first figure after it: in "Jika sebelumnya
// sebanyak 5.919 orang, hingga hari ini tercatat ada 6.542 orang" only
// the 5,919 is earlier.
func earlierInClause(s *sentence, span claims.Span) bool {
	v := s.words
	first := wordAtOffset(v, span.Start)
	// From the word that opens the clause, which may be the very word.
	for j := max(clauseStart(s, max(first-1, 0))-1, 0); j < first; j++ {
		if s.lang.earlier.IsWord(v, j) && !countBetween(s, v.Words[j].Span.End, span.Start) {
			return true
		}
	}
	return false
}

// countBetween reports whether a count of the sentence starts between two
// offsets.
func countBetween(s *sentence, from, to int) bool {
	for _, m := range s.quants {
		if m.Quantity.Dimension == claims.DimCount && m.Span.Start >= from && m.Span.Start < to {
			return true
		}
	}
	return false
}

// windowWords is how far after a figure a window may be stated, and how
// many words its preposition and unit may stand apart ("for the two
// busiest days").
const (
	windowAfter = 6
	windowSpan  = 4
)

// windowed reports whether a figure is for a span of time: a window word
// after it, in the same clause, with a calendar unit shortly after
// ("577 kematian dalam dua hari tersibuk", "42 flights over two days").
func windowed(s *sentence, span claims.Span) bool {
	v := s.words
	if frontedWindow(s) {
		return true
	}
	last := wordAtOffset(v, span.End)
	for j := last; j < len(v.Words) && j < last+windowAfter; j++ {
		if v.Words[j].Kind == text.Punct {
			return false
		}
		end, _, ok := s.lang.windows.AtWord(v, j, len(v.Words))
		if !ok {
			continue
		}
		for k := end; k < len(v.Words) && k < end+windowSpan; k++ {
			if v.Words[k].Kind == text.Punct {
				break
			}
			if s.lang.units.IsWord(v, k) && !s.lang.currentPeriod(v, k) {
				return true
			}
		}
	}
	return false
}

// currentPeriod reports whether the calendar unit at word k is the
// current one ("sepanjang tahun ini", "over this year"): a figure for it
// is the count so far, not one for a span of time within it.
func (l *language) currentPeriod(v *text.WordView, k int) bool {
	if k > 0 && l.thisBefore.EndsWord(v, k-1) {
		return true
	}
	_, _, ok := l.thisAfter.AtWord(v, k+1, len(v.Words))
	return ok
}

// frontedWindow reports whether the sentence opens with a span of time set
// off by a comma, which bounds every figure of it ("Over the last two
// months, three more earthquakes ... killed 563 people", "Dalam dua hari
// terakhir, ...").
func frontedWindow(s *sentence) bool {
	v := s.words
	end, _, ok := s.lang.windows.AtWord(v, 0, len(v.Words))
	if !ok {
		return false
	}
	unit := false
	for k := end; k < len(v.Words) && k <= end+windowSpan; k++ {
		switch {
		case v.Words[k].Text == ",":
			return unit
		case v.Words[k].Kind == text.Punct:
			return false
		case s.lang.units.IsWord(v, k):
			unit = true
		}
	}
	return false
}
