package quantity

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
	"github.com/claimcheck/claimcheck/claims/text"
)

// reading is the quantity being read at one number or magnitude: what the
// phases of scan.at have settled so far. Each phase looks at the tokens
// around it and updates the reading, or rejects it.
type reading struct {
	s *scan
	// i is the token the number starts at; words before it (hedges,
	// units) may reach back to token last, the end of the quantity before.
	i, last int
	// The interval so far and the flags, in the unit as written.
	lo, hi, val float64
	flags       claims.QuantityFlags
	// first is the number (when haveNum; else the core is a vague
	// magnitude), the first end of a range.
	first   num
	haveNum bool
	// coreEnd is the token after the number and what scales it, numEnd
	// the token after the words NumberSpan covers; left and end bound the
	// whole mention.
	coreEnd, numEnd int
	left, end       int
	negative        bool // a minus sign glued before the digits
	isRange         bool
	u               *unit
	listed          bool // u is the unit of the list the number continues
	unitSpan        claims.Span
	hedge           hedge
	hedged          bool
	hedgeText       claims.Span
	// ci is the concept counted (-1: none), counted the key of the noun's
	// own concept; nounSpan covers the noun or the unit.
	ci       int
	counted  string
	nounSpan claims.Span
	// head is the counted noun's head word (when hasHead); openHead says
	// no concept lists it, quoted that it is written in quotes.
	head                      tokRange
	hasHead, openHead, quoted bool
}

// verdict is what a phase of a reading decides: go on, or reject the
// reading as no amount and resume the scan at token next, past anything it
// rejected as a whole (a date, a phone number).
type verdict struct {
	next     int
	rejected bool
	// reason, for a number read but refused as a figure, says why
	// (RefusedIn lists it); "" for what is no amount at all (a date, a
	// phone number, a code).
	reason string
}

// keep lets a reading go on.
var keep verdict

func reject(next int) verdict { return verdict{next: next, rejected: true} }

// refuse rejects a number read as one but refused as a figure, saying
// why.
func refuse(next int, reason string) verdict {
	return verdict{next: next, rejected: true, reason: reason}
}

// phases are the steps of a reading, in order: each may rely on what the
// ones before it settled.
var phases = [...]func(*reading) verdict{
	(*reading).core,
	(*reading).leftEdge,
	(*reading).ranges,
	(*reading).unitBefore,
	(*reading).moneyAbbrev,
	(*reading).vagueSuffix,
	(*reading).decade,
	(*reading).scaleSuffix,
	(*reading).gluedMoneyAbbrev,
	(*reading).unitAfter,
	(*reading).durationParts,
	(*reading).rate,
	(*reading).stopwatch,
	(*reading).markAfter,
	(*reading).gluedLetters,
	(*reading).timeOrDate,
	(*reading).label,
	(*reading).hedgeAfter,
	(*reading).incrementAfter,
	(*reading).noun,
	(*reading).roleOrCue,
	(*reading).code,
	(*reading).before,
	(*reading).yearOrWeak,
	(*reading).markEvidence,
	(*reading).sign,
	(*reading).wholeCount,
}

// at reads the quantity whose number or magnitude starts at token i; words
// before it (hedges, units) may reach back to token last. It returns the
// token to go on from, past anything it rejected as a whole.
func (s *scan) at(i, last int) (claims.Mention, int, bool) {
	rd := &s.rd // in the scan, so that no reading costs an allocation
	*rd = reading{s: s, i: i, last: last, left: i, ci: -1}
	for _, phase := range phases {
		if v := phase(rd); v.rejected {
			s.noteRefusal(rd, v)
			return claims.Mention{}, v.next, false
		}
	}
	return rd.mention(), rd.end, true
}

// core reads the vague magnitude ("ribuan", "tens of thousands", scaled by
// the multipliers after it: "ratusan juta") or the number at token i: the
// rest of the reading hangs on it.
func (rd *reading) core() verdict {
	s, i := rd.s, rd.i
	if s.toks[i].Kind == text.Word {
		if e, b, ok := s.r.vague.at(s, i); ok {
			rd.lo, rd.hi, rd.val = b.lo, b.hi, b.lo
			rd.flags |= claims.Vague
			rd.coreEnd = e
			for rd.coreEnd < len(s.toks) {
				m, ok := s.lookup(s.r.mults, rd.coreEnd)
				if !ok || m < 10 {
					break
				}
				rd.lo, rd.hi, rd.val = rd.lo*m, (rd.hi+1)*m-1, rd.val*m
				rd.coreEnd++
			}
			rd.numEnd = rd.coreEnd
			return keep
		}
	}
	nm, ok := s.number(i)
	if !ok && nm.refused != "" {
		rd.numEnd = nm.end
		return refuse(nm.end, nm.refused)
	}
	if !ok {
		return reject(i + 1)
	}
	rd.first, rd.haveNum = nm, true
	rd.coreEnd, rd.numEnd = nm.end, nm.end
	rd.val, rd.lo, rd.hi = nm.val, nm.val, nm.val
	return keep
}

// leftEdge looks at what touches the number on the left: a '+' starts a
// phone number, a minus sign may make it negative, and other letters or
// marks glued to it make it part of a code ("MH370", "pasca-dua"). A
// leading zero or nine digits and more are a phone number too.
func (rd *reading) leftEdge() verdict {
	s, i, f := rd.s, rd.i, rd.first
	if !rd.haveNum {
		return keep
	}
	if f.isDigits && s.glued(i) {
		switch {
		case s.punct(i-1, "+"):
			return reject(s.skipPhone(i)) // "+62 812 3456"
		case s.minusAt(i - 1):
			rd.negative = true
			rd.left = i - 1
			if s.minusAt(i-2) || s.punct(i-2, "+") {
				return reject(s.skipGlued(i)) // "--5", "+-5": no figure
			}
		case !s.leftGlueOK(i):
			return reject(s.skipGlued(i))
		}
	}
	if !f.isDigits && s.glued(i) && s.isHyphen(i-1) {
		return reject(s.skipGlued(i)) // "pasca-dua", "satu-satunya"
	}
	if !s.glued(i) && s.r.minus.ends(s, i, rd.last) {
		rd.negative = true // "minus 5"
		rd.left = i - 1
	}
	if f.isDigits && f.d.plain && (f.d.leadingZero || f.d.nDigits >= 9) {
		return reject(s.skipPhone(i))
	}
	return keep
}

// ranges reads a second number after a range joiner ("10-12 ribu",
// "between 10 and 12"): the two make one interval, unless they are a
// date, a code, a score or a change ("from 13 to 14").
func (rd *reading) ranges() verdict {
	s := rd.s
	if !rd.haveNum {
		return keep
	}
	e, needOpener, ok := s.r.rangeJoin.at(s, rd.coreEnd)
	if !ok || e >= len(s.toks) {
		return keep
	}
	opener := -1
	if os, _, ok := s.r.rangeOpen.before(s, rd.i, rd.last); ok {
		opener = os
	}
	second, ok := s.number(e)
	if !ok || needOpener && opener < 0 {
		return keep
	}
	hyphen := s.isHyphen(rd.coreEnd)
	if v := rd.chain(second, hyphen); v.rejected {
		return v
	}
	return rd.joinRange(second, hyphen, opener)
}

// chain rejects a pair that goes on as a date or a code: a chain a-b-c, or
// a second number followed by '/' or ':'.
func (rd *reading) chain(second num, hyphen bool) verdict {
	s, e := rd.s, second.end
	if hyphen && s.isHyphen(e) && s.kind(e+1) == text.Number {
		return reject(s.skipGlued(e + 1))
	}
	if second.isDigits && s.glued(e) && (s.punct(e, "/") || s.punct(e, ":")) {
		return reject(s.skipGlued(e))
	}
	return keep
}

// joinRange makes the number and second one interval when the second is
// the larger and no breaker ("from") comes before; a multiplier after the
// second end applies to both. Two plain numbers around a hyphen that do
// not rise (or near a score word) are a score, two years a span of years.
func (rd *reading) joinRange(second num, hyphen bool, opener int) verdict {
	s, first := rd.s, rd.first
	a, b := first.val, second.val
	if first.tail == 1 && second.tail > 1 {
		a = clean(a * second.tail)
	}
	breaker := s.r.rangeBreak.ends(s, rd.i, rd.last)
	score := hyphen && s.scoreNear(rd.i)
	switch {
	case hyphen && (a >= b || score) && first.isDigits && second.isDigits && !first.mult && !second.mult:
		return reject(second.end) // a score "2-1"
	case a > b && opener >= 0 && !hyphen && !breaker:
		// "between 5,000 and 3,000": the ends written high to low.
		rd.lo, rd.hi, rd.val = b, a, b
		rd.coreEnd, rd.numEnd = second.end, second.end
		rd.flags |= claims.Range
		rd.isRange = true
		rd.left = opener
		rd.first.mult = first.mult || second.mult
	case a < b && !breaker:
		rd.lo, rd.hi, rd.val = a, b, a
		rd.coreEnd, rd.numEnd = second.end, second.end
		rd.flags |= claims.Range
		rd.isRange = true
		if first.isDigits && second.isDigits && first.d.plain && second.d.plain && isYearLike(first) && isYearLike(second) {
			return reject(rd.coreEnd) // "2023-2024"
		}
		if opener >= 0 {
			rd.left = opener
		}
		rd.first.mult = first.mult || second.mult
	}
	return keep
}

// unitBefore reads a unit written before the number ("Rp", "US$",
// "magnitude"), or takes the unit of the list the number continues
// ("magnitudes 6.3, 6.9, and 7").
func (rd *reading) unitBefore() verdict {
	s := rd.s
	if us, ui, ok := s.r.unitBefore.before(s, rd.left, rd.last); ok {
		rd.u = &s.r.units[ui]
		rd.unitSpan = s.span(us, rd.left)
		rd.left = us
	}
	if rd.u == nil {
		rd.bracketUnit()
	}
	if rd.u == nil && s.listUnit != nil && s.listed(rd.left, rd.last) {
		rd.u, rd.listed = s.listUnit, true
	}
	return keep
}

// bracketUnit reads a unit symbol in brackets before the number, with the
// unit word of the same dimension before it ("magnitudo (M) 6,2").
func (rd *reading) bracketUnit() {
	s, l := rd.s, rd.left
	if !s.punct(l-1, ")") {
		return
	}
	us, ui, ok := s.r.unitBefore.before(s, l-1, rd.last)
	if !ok || us-1 < rd.last || !s.punct(us-1, "(") {
		return
	}
	rd.u = &s.r.units[ui]
	rd.left = us - 1
	if ws, wi, ok := s.r.unitBefore.before(s, rd.left, rd.last); ok && s.r.units[wi].dim == rd.u.dim {
		rd.left = ws
	}
	rd.unitSpan = s.span(rd.left, l)
}

// moneyAbbrev reads a money abbreviation after an amount as a multiplier
// ("Rp 3 M").
func (rd *reading) moneyAbbrev() verdict {
	s := rd.s
	if rd.u != nil && rd.u.dim == claims.DimMoney && s.kind(rd.coreEnd) == text.Word {
		if m, ok := s.r.moneyMults[s.toks[rd.coreEnd].Text]; ok {
			rd.scale(m)
		}
	}
	return keep
}

// scale applies multiplier m, the word at coreEnd, to the whole reading.
func (rd *reading) scale(m float64) {
	rd.lo, rd.hi, rd.val = clean(rd.lo*m), clean(rd.hi*m), clean(rd.val*m)
	rd.coreEnd++
	rd.numEnd = rd.coreEnd
	rd.first.mult = true
}

// vagueSuffix reads a vague suffix glued to the number ("400-an"), which
// makes it cover its last written place; on a year it is a decade
// ("1990-an").
func (rd *reading) vagueSuffix() verdict {
	s := rd.s
	if !rd.haveNum || rd.isRange {
		return keep
	}
	at := rd.coreEnd
	if s.glued(at) && s.isHyphen(at) && s.glued(at+1) {
		at++
	}
	if !s.glued(at) || s.toks[at].Kind != text.Word {
		return keep
	}
	e, _, ok := s.r.vagueSuffix.at(s, at)
	if !ok {
		return keep
	}
	if isYearLike(rd.first) || s.yearBefore(rd.left) {
		return reject(e) // "1990-an"
	}
	rd.lo, rd.hi = rd.val, rd.val+placeOf(rd.first)-1
	rd.flags |= claims.Band
	rd.coreEnd, rd.numEnd = e, e
	return keep
}

// decade rejects a decade ("1990s") and a number with an apostrophe glued
// after it ("'90s" style codes).
func (rd *reading) decade() verdict {
	s, e := rd.s, rd.coreEnd
	if !rd.haveNum || rd.isRange || !s.glued(e) {
		return keep
	}
	if end, _, ok := s.r.decades.at(s, e); ok {
		return reject(end)
	}
	if s.punct(e, "'") {
		return reject(s.skipGlued(e))
	}
	return keep
}

// scaleSuffix reads a multiplier with a vague suffix ("30 jutaan"), which
// scales the number and covers its last place: [30e6, 39999999].
func (rd *reading) scaleSuffix() verdict {
	s := rd.s
	if !rd.haveNum || rd.isRange || rd.flags&(claims.Vague|claims.Band) != 0 || s.kind(rd.coreEnd) != text.Word {
		return keep
	}
	w := s.toks[rd.coreEnd].Fold
	for _, suf := range s.r.vagueSuffixes {
		if len(w) <= len(suf) || !strings.HasSuffix(w, suf) {
			continue
		}
		if m, ok := s.r.mults[w[:len(w)-len(suf)]]; ok && m >= 1000 {
			step := placeOf(rd.first)
			rd.lo, rd.hi, rd.val = rd.val*m, (rd.val+step)*m-1, rd.val*m
			rd.flags |= claims.Band
			rd.coreEnd++
			rd.numEnd = rd.coreEnd
			rd.first.mult = true
			break
		}
	}
	return keep
}

// gluedMoneyAbbrev reads a money abbreviation glued to a count as a
// multiplier too ("1.5m people"), though it would read as a unit ("1.5m"
// metres) alone.
func (rd *reading) gluedMoneyAbbrev() verdict {
	s, e := rd.s, rd.coreEnd
	if !rd.haveNum || rd.u != nil || e+1 >= len(s.toks) || !s.glued(e) || s.toks[e].Kind != text.Word {
		return keep
	}
	if m, ok := s.r.moneyMults[s.toks[e].Text]; ok && s.r.conceptWords.has(s, e+1) {
		rd.scale(m)
	}
	return keep
}

// unitAfter reads a unit after the number ("km", "persen", "3,676-meter"),
// and a second number with the same unit that makes a range ("5.25%-5.5%",
// "5 km to 10 km"). A word that makes the number no amount ("times")
// rejects it.
func (rd *reading) unitAfter() verdict {
	s := rd.s
	rd.end = rd.coreEnd
	if s.r.notAfter.has(s, rd.end) {
		return reject(rd.end)
	}
	if rd.u != nil && !rd.listed {
		rd.sameUnitAfter()
		return keep
	}
	at := rd.coreEnd
	if s.isHyphen(at) && s.glued(at) && s.glued(at+1) {
		at++
	}
	e, ui, ok := s.r.unitAfter.at(s, at)
	if !ok {
		return keep
	}
	rd.u, rd.listed = &s.r.units[ui], false
	rd.unitSpan = s.span(at, e)
	rd.end = e
	if rd.haveNum && !rd.isRange {
		rd.unitRange(ui)
	}
	return keep
}

// sameUnitAfter takes into the mention a unit of the same dimension after
// the number as before it ("berkekuatan 7,7 SR").
func (rd *reading) sameUnitAfter() {
	s := rd.s
	if e, ui, ok := s.r.unitAfter.at(s, rd.end); ok && s.r.units[ui].dim == rd.u.dim {
		rd.end = e
	}
}

// unitRange reads the second end of a range written with unit ui on both
// ends.
func (rd *reading) unitRange(ui int) {
	s, n := rd.s, len(rd.s.toks)
	je, _, ok := s.r.rangeJoin.at(s, rd.end)
	if !ok || je >= n {
		return
	}
	second, ok := s.number(je)
	if !ok || second.end >= n {
		return
	}
	e2, ui2, ok := s.r.unitAfter.at(s, second.end)
	if ok && ui2 == ui && second.val > rd.val && !(s.glued(second.end) && s.isHyphen(second.end)) {
		rd.hi = second.val
		rd.flags |= claims.Range
		rd.isRange = true
		rd.numEnd = second.end
		rd.unitSpan = s.span(second.end, e2)
		rd.end = e2
	}
}

// rate rejects a measure per another unit, which is no measure of the
// dimension ("120 km/h", "5 meter per detik"); money and shares per unit
// stay ("Rp 14.000/kg").
func (rd *reading) rate() verdict {
	s, u, end := rd.s, rd.u, rd.end
	if u == nil || rd.unitSpan.Start <= s.toks[rd.i].Span.Start || u.dim == claims.DimMoney || u.dim == claims.DimPercent || end >= len(s.toks) {
		return keep
	}
	at := -1
	if s.punct(end, "/") && s.glued(end) {
		at = end + 1
	} else if e, _, ok := s.r.rates.at(s, end); ok {
		at = e
	}
	if at > 0 && s.r.unitAfter.has(s, at) {
		return reject(at)
	}
	return keep
}

// markAfter rejects a number that a mark after it makes a date, a ratio or
// a time ("20/3/2024", "24/7", "13:00", "2024-03-20"), or that a word
// after it makes no amount.
func (rd *reading) markAfter() verdict {
	s, end := rd.s, rd.end
	if end >= len(s.toks) {
		return keep
	}
	if s.r.notAfter.has(s, end) {
		return reject(end)
	}
	if !rd.haveNum || rd.isRange || !rd.first.isDigits || !s.glued(end) {
		return keep
	}
	// "Rp 14.000/kg" is a rate.
	slash := s.punct(end, "/") && !(s.kind(end+1) == text.Word && rd.u != nil)
	colon := s.punct(end, ":") && s.kind(end+1) == text.Number
	dash := s.isHyphen(end) && s.glued(end+1) && s.kind(end+1) == text.Number
	if slash || colon || dash {
		return reject(s.skipGlued(end))
	}
	return keep
}

// stopwatch reads a time written as hours, minutes and seconds with colons
// ("2:17:34", a race's winning time) as a duration in seconds. A clock
// time has no seconds in news copy; minutes and seconds must be two digits
// under 60.
func (rd *reading) stopwatch() verdict {
	s, end := rd.s, rd.end
	if !rd.haveNum || rd.isRange || rd.u != nil || !rd.first.isDigits || s.r.second < 0 {
		return keep
	}
	mm, okM := s.sexagesimal(end)
	ss, okS := s.sexagesimal(end + 2)
	if !okM || !okS || s.glued(end+4) && s.kind(end+4) != text.Punct {
		return keep
	}
	rd.val = rd.val*3600 + mm*60 + ss
	rd.lo, rd.hi = rd.val, rd.val
	rd.u = &s.r.units[s.r.second]
	rd.unitSpan = s.span(end, end+4)
	rd.end, rd.coreEnd, rd.numEnd = end+4, end+4, end+4
	return keep
}

// durationParts joins to a duration the smaller parts written after it
// ("2 hours 14 minutes 37 seconds", "2 jam 14 menit 37 detik") into one
// duration in seconds.
func (rd *reading) durationParts() verdict {
	s := rd.s
	if !rd.haveNum || rd.isRange || rd.u == nil || rd.u.dim != claims.DimDuration || s.r.second < 0 {
		return keep
	}
	total, last, k := rd.val*rd.u.factor, rd.u.factor, rd.end
	joined := false
	for s.kind(k) == text.Number {
		n, err := strconv.ParseFloat(s.span(k, k+1).Of(s.text), 64)
		e, ui, ok := s.r.unitAfter.at(s, k+1)
		if err != nil || !ok || s.r.units[ui].dim != claims.DimDuration || s.r.units[ui].factor >= last {
			break
		}
		total, last, k, joined = total+n*s.r.units[ui].factor, s.r.units[ui].factor, e, true
	}
	if joined {
		rd.val, rd.lo, rd.hi = total, total, total
		rd.u = &s.r.units[s.r.second]
		rd.unitSpan = claims.Span{Start: rd.unitSpan.Start, End: s.span(k-1, k).End}
		rd.end = k
	}
	return keep
}

// timed reports whether the reading is a duration ("2:17:34", "2 hours
// 14 minutes"), which no clock time is.
func (rd *reading) timed() bool { return rd.u != nil && rd.u.dim == claims.DimDuration }

// sexagesimal reads a colon glued at token i and the two-digit number
// under 60 glued after it ("…:17").
func (s *scan) sexagesimal(i int) (float64, bool) {
	if !s.punct(i, ":") || !s.glued(i) || s.kind(i+1) != text.Number || !s.glued(i+1) {
		return 0, false
	}
	d := s.span(i+1, i+2).Of(s.text)
	if len(d) != 2 || d[0] < '0' || d[0] > '5' || d[1] < '0' || d[1] > '9' {
		return 0, false
	}
	return float64(d[0]-'0')*10 + float64(d[1]-'0'), true
}

// gluedLetters rejects a number with letters glued after it that are no
// unit ("5G", "3rd", "three-time"). A counted noun after a hyphen is fine
// ("a 10-member team").
func (rd *reading) gluedLetters() verdict {
	s, end := rd.s, rd.end
	if !rd.haveNum || !s.glued(end) {
		return keep
	}
	letters := s.kind(end) == text.Word
	hyphened := s.isHyphen(end) && s.glued(end+1) && s.kind(end+1) == text.Word && rd.u == nil
	if (letters || hyphened) && !(s.isHyphen(end) && s.r.conceptWords.has(s, end+1)) {
		return reject(s.skipGlued(end))
	}
	return keep
}

// timeOrDate rejects a clock time ("10.30 WIB", "pukul 06.20", "5 pm") and
// a day or year next to a month name.
func (rd *reading) timeOrDate() verdict {
	s := rd.s
	if rd.haveNum && !rd.timed() && s.isClock(rd.first, rd.left, rd.end) {
		return reject(rd.end)
	}
	if rd.haveNum && rd.first.isDigits && !rd.timed() && s.isDate(rd.first, rd.left, rd.end) {
		return reject(rd.end)
	}
	return keep
}

// label rejects an identifier: a number after a label ("Pasal 5",
// "Article 3"), an ordinal ("ke-3"), or digits glued by a dash to a word
// ("pasca–1979"). A share is no identifier: "di level 6 persen" is a rate
// at six percent.
func (rd *reading) label() verdict {
	s, i, left := rd.s, rd.i, rd.left
	share := rd.u != nil && rd.u.dim == claims.DimPercent
	if !share && s.r.labels.ends(s, left, rd.last) || s.r.ordinalPrefix.ends(s, left, rd.last) && s.glued(left) {
		return reject(rd.end)
	}
	if rd.haveNum && rd.first.isDigits && s.glued(i) && s.isHyphen(i-1) && i >= 2 && s.glued(i-1) {
		return reject(s.skipGlued(i))
	}
	return keep
}

// hedgeAfter reads a bound or hedge after the number ("or more",
// "lebih").
func (rd *reading) hedgeAfter() verdict {
	s := rd.s
	if e, h, ok := s.r.hedgeAfter.at(s, rd.end); ok {
		rd.hedge, rd.hedged = h, true
		rd.hedgeText = s.span(rd.end, e)
		rd.end = e
	}
	return keep
}

// incrementAfter reads an increment right after the number ("2,000
// more"), unless a comparative follows ("more than").
func (rd *reading) incrementAfter() verdict {
	s := rd.s
	if e, _, ok := s.r.incAfter.at(s, rd.end); ok && !s.r.comparatives.has(s, e) {
		rd.flags |= claims.Increment
		rd.end = e
	}
	return keep
}

// noun finds what the number counts: the unit, else a counted noun after
// up to maxModifiers words or a link ("3,000 North Korean troops",
// "thousands of troops"), else a noun no concept lists (see openNoun),
// with the increment words after it ("ribuan tentara lagi"). A unit taken
// from the list before yields to a concept's noun ("Rp 2,3 triliun, 1,5
// juta orang").
func (rd *reading) noun() verdict {
	s := rd.s
	if rd.u != nil && rd.listed {
		saved := *rd
		if rd.countedNoun(); rd.ci >= 0 {
			rd.u, rd.listed = nil, false
		} else {
			*rd = saved
		}
	}
	if rd.u != nil {
		rd.nounSpan = rd.unitSpan
		return keep
	}
	if rd.ci < 0 {
		rd.countedNoun()
	}
	if rd.ci < 0 {
		if rd.openNoun(); !rd.hasHead {
			return keep
		}
	}
	if e, _, ok := s.r.incAfter.at(s, rd.end); ok && !s.r.comparatives.has(s, e) {
		rd.flags |= claims.Increment
		rd.end = e
	}
	return keep
}

// countedNoun looks for the counted noun of a concept after the number.
// Modifiers may come before it where the pack's modifiers precede the
// noun, hyphenated or not ("North-Korean"); a link or classifier may come
// first ("of the", "buah"), and an increment word before the noun is one
// ("2,000 more troops"); the noun may open a quote ('58 "provocateurs"').
// Another number or a stop word ends the search.
func (rd *reading) countedNoun() {
	s, r, n := rd.s, rd.s.r, len(rd.s.toks)
	k, gap := rd.end, 0
	for k < n {
		tk := s.toks[k]
		if tk.Kind == text.Number {
			return
		}
		if tk.Kind == text.Punct {
			if s.isHyphen(k) && !tk.Space && gap > 0 && k+1 < n && !s.toks[k+1].Space || gap == 0 && s.openingQuote(k) {
				k++
				continue
			}
			return
		}
		if e, c, ok := r.conceptWords.at(s, k); ok {
			if rd.verbOf(e) {
				return // "two storms killed 41 people": a verb, no noun
			}
			h, e, c := rd.narrower(k, e, c)
			rd.ci = c
			rd.nounSpan = s.span(k, e)
			rd.end = e
			rd.conceptHead(h, e)
			return
		}
		if e, ok := rd.link(k, gap); ok {
			k = e
			continue
		}
		// Where modifiers follow the noun, a word that is no concept's
		// is the noun itself ("41 porter lainnya").
		if gap >= maxModifiers || r.follow || r.nounStops.has(s, k) || s.startsNumber(k) {
			return
		}
		gap++
		k++
	}
}

// narrower returns the start and end of the concept noun to count, with
// its concept, when a population's word at tokens k to e stands right
// before another who's noun, in a language whose modifiers follow the
// noun: "300 anggota milisi" counts militia, "30 orang pengungsi" the
// displaced. A thing's noun after it is no narrower population ("warga
// desa" are people), and only people at large are narrowed ("siswa
// lainnya" stay pupils).
func (rd *reading) narrower(k, e, c int) (int, int, int) {
	s, r := rd.s, rd.s.r
	if !r.follow || r.concepts[c].key != claims.Everyone {
		return k, e, c
	}
	e2, c2, ok := r.conceptWords.at(s, e)
	if !ok || c2 == c || r.concepts[c2].thing || rd.verbOf(e2) {
		return k, e, c
	}
	return e, e2, c2
}

// link steps over what may stand between a number and its noun at token k:
// a noun link or a classifier right after the number, or an increment word
// right before a noun.
func (rd *reading) link(k, gap int) (int, bool) {
	s, r := rd.s, rd.s.r
	if gap == 0 {
		if e, _, ok := r.nounLinks.at(s, k); ok {
			return e, true
		}
		if e, _, ok := r.classifiers.at(s, k); ok {
			return e, true
		}
	}
	if e, _, ok := r.incAfter.at(s, k); ok && !r.comparatives.has(s, e) && r.conceptWords.has(s, e) {
		rd.flags |= claims.Increment
		return e, true
	}
	return k, false
}

// roleOrCue refines a bare count or a population ("people", "orang") by a
// role word after it ("120 orang tewas" counts deaths) or a cue before the
// number in the same clause ("the death toll rose to 91"); an open noun
// only by a role word or a role's cue right before it (see objectCue),
// for a cue further away cannot tell a population from a thing ("korban
// tewas dalam 2 peristiwa ledakan").
func (rd *reading) roleOrCue() verdict {
	r := rd.s.r
	if rd.ci >= 0 {
		rd.counted = r.concepts[rd.ci].key
	}
	if rd.u != nil || rd.ci >= 0 && !r.concepts[rd.ci].refinable {
		return keep
	}
	switch {
	case rd.role():
	case rd.openHead:
		rd.objectCue()
	default:
		rd.cue()
	}
	return keep
}

// objectCue refines an open noun by the cue of a role right before the
// number, hedges aside, whose object the count is ("killing four
// peacekeepers", "menewaskan 12 nelayan").
func (rd *reading) objectCue() {
	s, r := rd.s, rd.s.r
	p := rd.left
	if hs, _, ok := r.hedgeBefore.before(s, p, rd.last); ok {
		p = hs
	}
	if _, c, ok := r.cues.before(s, p, rd.last); ok && r.concepts[c].role {
		rd.ci = c
	}
}

// role looks for a role word within roleWindow tokens after the count,
// past the pack's gap words ("have been", "sudah"), or past any word but a
// break when the pack has none, and past an aside between commas right
// after the noun ("58 provocateurs, allegedly the people behind the
// violence, have been arrested"). Only gap words between keep the role in
// the span ("22 residents remained missing").
func (rd *reading) role() bool {
	s, r := rd.s, rd.s.r
	k := rd.end
	if s.closingQuote(k) {
		k++ // '58 "rioters" were arrested'
	}
	aside := false
	for steps := 0; k < len(s.toks) && steps < roleWindow; steps++ {
		if e, c, ok := r.roles.at(s, k); ok {
			if rd.verbOf(e) {
				return false // "two storms killed 41 people": 41 died
			}
			if (k == rd.end || !r.anyGap) && !aside {
				rd.end = e
			}
			rd.ci = c
			return true
		}
		if e, _, ok := r.roleGaps.at(s, k); ok {
			k = e
			continue
		}
		if e := s.asideAfter(k); steps == 0 && e > k {
			k, aside = e, true // "58 provocateurs, allegedly the people behind it, were arrested"
			continue
		}
		if !r.anyGap || s.roleBreak(k) {
			return false
		}
		k++
	}
	return false
}

// verbOf reports whether the role word ending at token e is the verb of
// a count right after it, hedges aside: that count is what the role
// happened to, and the count before the verb is what did it.
func (rd *reading) verbOf(e int) bool {
	s := rd.s
	for k := e; k < len(s.toks) && k <= e+maxHedgeWords; k++ {
		if s.startsNumber(k) {
			hs, _, ok := s.r.hedgeBefore.before(s, k, e)
			return k == e || ok && hs == e
		}
	}
	return false
}

// maxHedgeWords is the most words of a hedge before a number ("at least",
// "tidak kurang dari").
const maxHedgeWords = 4

// cue looks back from the number for a cue of a concept, within
// cueWindow tokens and the clause: a short aside between commas does not
// end the clause ("the death toll in Palu, Central Sulawesi, rose to
// 832"), and past one comma only a fronted topic holds ("Untuk korban
// luka-luka, ... 104 orang").
func (rd *reading) cue() {
	s, r := rd.s, rd.s.r
	p := rd.left
	if hs, _, ok := r.hedgeBefore.before(s, p, rd.last); ok {
		p = hs // "killed at least 41 people"
	}
	lim := max(0, rd.left-cueWindow)
	pastComma := false
	for p > lim {
		if cs, c, ok := r.cues.before(s, p, lim); ok && (!pastComma || r.topics.ends(s, cs, 0)) {
			// A cue already spent on a counted figure between it and this
			// number is that figure's ("577 deaths for the two busiest
			// days").
			if !s.crossedConcept(cs, rd.left, r.concepts[c].key) {
				rd.ci = c
			}
			return
		}
		if s.clauseMark(p - 1) {
			if a := s.apposition(p - 1); a >= 0 {
				p = a
				continue
			}
			if pastComma || !s.punct(p-1, ",") {
				return
			}
			pastComma = true
		}
		p--
	}
}

// maxCode is the most letters of a code word before a number ("KY 274").
const maxCode = 4

// code rejects a number that is part of a name or a code: after an
// all-capitals code word of a few letters that the pack does not know
// ("KY 274", "ATR 72", "SDN 2"), unless a concept's noun follows ("BNPB
// 300 orang"); or after a capitalized name inside running text, with
// nothing counted ("a Boeing 737", "Wednesday 12").
func (rd *reading) code() verdict {
	s, p := rd.s, rd.left-1
	if !rd.haveNum || !rd.first.isDigits || rd.u != nil || p < 0 || s.toks[p].Kind != text.Word || s.mask[p] != 0 || s.glued(rd.left) {
		return keep
	}
	t := s.toks[p]
	switch {
	case t.Caps && utf8.RuneCountInString(t.Text) <= maxCode && rd.counted == "":
		return reject(rd.end)
	case t.Cap && !t.Caps && p > 0 && s.kind(p-1) == text.Word && !s.toks[p-1].Cap &&
		rd.ci < 0 && !rd.hasHead && !rd.hedged && rd.first.d.plain:
		return reject(rd.end)
	}
	return keep
}

// before reads the hedges and increments before the number ("sekitar",
// "another"), up to three, nearest first.
func (rd *reading) before() verdict {
	s := rd.s
	for range 3 {
		if !rd.hedged {
			if hs, h, ok := s.r.hedgeBefore.before(s, rd.left, rd.last); ok {
				rd.hedge, rd.hedged = h, true
				rd.hedgeText = s.span(hs, rd.left)
				rd.left = hs
				continue
			}
		}
		if rd.flags&claims.Increment == 0 {
			if is, _, ok := s.r.incBefore.before(s, rd.left, rd.last); ok {
				rd.flags |= claims.Increment
				rd.left = is
				continue
			}
		}
		break
	}
	return keep
}

// yearOrWeak rejects a year (a bare four-digit number from 1000 to 2100
// after a year word or intro, or with nothing counted, no unit, no hedge),
// a number after a year word, and a lone weak word with nothing counted
// ("one of them").
func (rd *reading) yearOrWeak() verdict {
	s, f := rd.s, rd.first
	if !rd.haveNum {
		return keep
	}
	if f.isDigits && f.d.plain && !rd.isRange && isYearLike(f) {
		if s.yearBefore(rd.left) || s.r.yearIntros.ends(s, rd.left, rd.last) || rd.counted == "" && rd.u == nil && !rd.hedged && !f.mult {
			return reject(rd.end)
		}
	}
	if s.yearBefore(rd.left) && rd.u == nil {
		return reject(rd.end)
	}
	if f.weak && rd.u == nil && rd.ci < 0 && rd.flags&claims.Increment == 0 {
		return reject(rd.end)
	}
	return keep
}

// markEvidence settles a lone mark before three digits: nothing is
// counted in thousandths, so a count without a unit or a multiplier takes
// the larger reading when it counts something (a noun, a role, a cue)
// whatever the sentence's evidence, and when bare if the sentence did not
// settle the marks.
func (rd *reading) markEvidence() verdict {
	f := rd.first
	counts := rd.ci >= 0 || rd.hasHead
	if rd.haveNum && f.isDigits && f.d.ambiguous && !rd.isRange && (counts || !rd.s.settled) && rd.u == nil && !f.mult && f.d.alt > f.d.val {
		rd.val = f.d.alt
		rd.lo, rd.hi = rd.val, rd.val
	}
	return keep
}

// sign keeps a negative number only as a temperature; a minus before
// anything else is a change or a dash ("-0.49", "pasca-1979").
func (rd *reading) sign() verdict {
	if !rd.negative {
		return keep
	}
	if rd.u == nil || rd.u.dim != claims.DimTemperature || rd.isRange {
		what := "an amount"
		if rd.u == nil {
			what = "a count"
		}
		return refuse(rd.end, fmt.Sprintf("negative: %s is never below zero, and only a temperature is read with its sign", what))
	}
	rd.lo, rd.hi, rd.val = -rd.lo, -rd.hi, -rd.val
	return keep
}

// wholeCount refuses a count of less than one ("0.0000001 people"): what
// is counted comes in whole ones, and such a value is a misprint or no
// count. Zero is a count ("0 deaths"), and so is a fraction of a scale
// ("½ million").
func (rd *reading) wholeCount() verdict {
	if rd.u != nil || rd.flags&claims.Vague != 0 || rd.hi <= 0 || rd.hi >= 1 {
		return keep
	}
	return refuse(rd.end, fmt.Sprintf("%s of a count: what is counted comes in whole ones", brief(rd.hi)))
}

// mention turns the reading into its interval in the base unit and the
// mention of it, and records what the readings after it need.
func (rd *reading) mention() claims.Mention {
	s, u := rd.s, rd.u
	q := s.newQuantity()
	q.Dimension = claims.DimCount
	if u != nil {
		q.Dimension, q.Unit = u.dim, u.base
		rd.lo, rd.hi, rd.val = clean(rd.lo*u.factor+u.offset), clean(rd.hi*u.factor+u.offset), clean(rd.val*u.factor+u.offset)
	}
	if rd.hedged {
		rd.widen()
		q.Hedge = rd.hedgeText.Of(s.text)
	}
	if rd.lo > rd.hi {
		rd.lo, rd.hi = rd.hi, rd.lo
	}
	q.Lo, q.Hi, q.Value, q.Flags = rd.lo+0, rd.hi+0, rd.val, rd.flags // +0: no negative zero in reports
	if rd.hasHead && u == nil {
		q.Head = s.foldOf(rd.head)
	}
	if rd.ci >= 0 && u == nil {
		q.Concept = s.r.concepts[rd.ci].key
		if rd.counted != q.Concept {
			q.Counted = rd.counted
		}
		if rd.openHead && !rd.quoted {
			// A noun in quotes is someone's label for those counted
			// ('58 "provocateurs" ... arrested'), not a narrower class.
			q.Counted = q.Head
		}
	}
	q.NumberSpan = s.span(rd.i, rd.numEnd)
	if rd.negative {
		q.NumberSpan.Start = s.toks[rd.i-1].Span.Start
	}
	if rd.isRange && rd.left < rd.i && s.r.rangeOpen.ends(s, rd.i, rd.left) {
		q.NumberSpan.Start = s.toks[rd.left].Span.Start
	}
	q.NounSpan = rd.nounSpan
	s.listUnit = nil
	if u != nil && rd.unitSpan.Start < s.toks[rd.i].Span.Start {
		s.listUnit = u
	}
	s.left = rd.left
	return claims.Mention{Kind: claims.MentionQuantity, Span: s.span(rd.left, rd.end), Quantity: q}
}

// approxWidth is how far an approximate figure v reaches either way: its
// tolerance t, but no farther than the figures that round to it as
// written ("an estimated US$11 billion" is 10.5 to 11.5 billion, not 11.9;
// "about 3,000" keeps its 10%).
func approxWidth(v, t float64) float64 {
	w := math.Abs(v) * t
	if half := roundingUnit(v) / 2; half > 0 && half < w {
		return half
	}
	return w
}

// roundingUnit returns the place of the last significant digit of v
// (1,000 for 3,000; 100 for 1,300; 0.1 for 11.9), or 0 for zero.
func roundingUnit(v float64) float64 {
	v = math.Abs(v)
	if v == 0 {
		return 0
	}
	for p := math.Pow(10, math.Floor(math.Log10(v))); p >= 1e-6; p /= 10 {
		if r := v / p; math.Abs(r-math.Round(r)) < 1e-6*r {
			return p
		}
	}
	return 1e-6
}

// widen applies the hedge's kind and tolerance t to the interval:
// approximate [v(1-t), v(1+t)], at least [v, +Inf), at most [v(1-t), v]
// (below zero [v, v(1-t)]: "hingga -2 derajat" is between 0 and -2).
func (rd *reading) widen() {
	switch rd.hedge.kind {
	case lang.HedgeApprox:
		rd.flags |= claims.Approximate
		rd.lo, rd.hi = rd.lo-approxWidth(rd.lo, rd.hedge.tol), rd.hi+approxWidth(rd.hi, rd.hedge.tol)
	case lang.HedgeAtLeast:
		rd.flags |= claims.LowerBound
		rd.hi = math.Inf(1)
	case lang.HedgeAtMost:
		rd.flags |= claims.UpperBound
		rd.lo = rd.lo * (1 - rd.hedge.tol)
	}
	rd.lo, rd.hi = clean(rd.lo), clean(rd.hi)
}
