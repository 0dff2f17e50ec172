package quantity

import (
	"math"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
)

// at reads the quantity whose number or magnitude starts at token i; words
// before it (hedges, units) may reach back to token last. It returns the
// token to go on from, past anything it rejected as a whole (a date, a
// phone number).
func (s *scan) at(i, last int) (claims.Mention, int, bool) {
	r := s.r
	toks := s.toks
	n := len(toks)
	var none claims.Mention

	var (
		lo, hi, val float64
		flags       claims.QuantityFlags
		first       num
		haveNum     bool
		coreEnd     int
		negative    bool // a minus sign glued before the digits
	)
	if toks[i].kind == tkWord {
		if e, b, ok := r.vague.match(s, i, n); ok {
			lo, hi, val = b.lo, b.hi, b.lo
			flags |= claims.Vague
			coreEnd = e
			for coreEnd < n {
				m, ok := s.lookup(r.mults, coreEnd)
				if !ok || m < 10 {
					break
				}
				lo, hi, val = lo*m, (hi+1)*m-1, val*m
				coreEnd++
			}
		}
	}
	if flags&claims.Vague == 0 {
		nm, ok := s.number(i)
		if !ok {
			return none, i + 1, false
		}
		first, haveNum = nm, true
		coreEnd = nm.end
		val = nm.val
		lo, hi = val, val
	}
	coreStart := i

	// What touches the number on the left.
	if haveNum && first.isDigits && s.glued(i) {
		if s.punct(i-1, '+') {
			return none, s.skipPhone(i), false // "+62 812 3456"
		}
		if s.minusAt(i - 1) {
			negative = true
		} else if !s.leftGlueOK(i) {
			return none, s.skipGlued(i), false
		}
	}
	if haveNum && !first.isDigits && s.glued(i) && s.isHyphen(i-1) {
		return none, s.skipGlued(i), false // "pasca-dua", "satu-satunya"
	}
	if haveNum && first.isDigits && (first.d.leadingZero && first.d.plain || first.d.plain && first.d.nDigits >= 9) {
		return none, s.skipPhone(i), false
	}

	// Ranges.
	left := coreStart // leftmost token of the span
	if negative {
		left = coreStart - 1
	}
	isRange := false
	if haveNum {
		if e, needOpener, ok := r.rangeJoin.match(s, coreEnd, n); ok && e < n {
			opener := -1
			if os, _, ok := r.rangeOpen.match(s, coreStart, max(last, 0)); ok {
				opener = os
			}
			second, ok2 := s.number(e)
			hyphen := s.isHyphen(coreEnd)
			if ok2 && (!needOpener || opener >= 0) {
				// A chain a-b-c is a date or a code.
				if hyphen && second.end < n && s.isHyphen(second.end) && second.end+1 < n && toks[second.end+1].kind == tkNum {
					return none, s.skipGlued(second.end + 1), false
				}
				if second.isDigits && second.end < n && s.glued(second.end) && (s.punct(second.end, '/') || s.punct(second.end, ':')) {
					return none, s.skipGlued(second.end), false
				}
			}
			if ok2 && (!needOpener || opener >= 0) {
				a, b := first.val, second.val
				if first.tail == 1 && second.tail > 1 {
					a = clean(a * second.tail)
				}
				breaker := r.rangeBreak.has(s, coreStart, max(last, 0))
				score := hyphen && s.scoreNear(coreStart)
				switch {
				case hyphen && (a >= b || score) && first.isDigits && second.isDigits && !first.mult && !second.mult:
					return none, second.end, false // a score "2-1"
				case a < b && !breaker:
					lo, hi, val = a, b, a
					coreEnd = second.end
					flags |= claims.Range
					isRange = true
					if first.isDigits && second.isDigits && first.d.plain && second.d.plain && isYearLike(first) && isYearLike(second) {
						return none, coreEnd, false // "2023-2024"
					}
					if opener >= 0 {
						left = opener
					}
					first.mult = first.mult || second.mult
				}
			}
		}
	}
	numEnd := coreEnd

	// Units written before the number ("Rp", "US$", "magnitude").
	var u *unit
	var unitSpan claims.Span
	if us, ui, ok := r.unitBefore.match(s, left, max(last, 0)); ok {
		u = &r.units[ui]
		unitSpan = claims.Span{Start: toks[us].start, End: toks[left-1].end}
		left = us
	}
	if u == nil && s.listUnit != nil && s.listed(left, last) {
		// "magnitudes 6.3, 6.9, and 7": the unit before the first number of
		// a list counts for the others.
		u = s.listUnit
	}
	money := u != nil && u.dim == claims.DimMoney

	// Money abbreviations after an amount ("Rp 3 M").
	if money && coreEnd < n && toks[coreEnd].kind == tkWord {
		if m, ok := r.moneyMults[s.word(coreEnd)]; ok {
			lo, hi, val = clean(lo*m), clean(hi*m), clean(val*m)
			coreEnd++
			numEnd = coreEnd
			first.mult = true
		}
	}

	// Vague suffixes ("400-an", "30 jutaan") and decades ("1990s").
	if haveNum && !isRange {
		at := coreEnd
		if at < n && s.glued(at) && s.isHyphen(at) && at+1 < n && s.glued(at+1) {
			at++
		}
		if at < n && s.glued(at) && toks[at].kind == tkWord {
			if e, _, ok := r.vagueSuffix.match(s, at, n); ok {
				if isYearLike(first) || s.yearBefore(left) {
					return none, e, false // "1990-an"
				}
				step := placeOf(first)
				lo, hi = val, val+step-1
				flags |= claims.Vague
				coreEnd, numEnd = e, e
			}
		}
		if coreEnd < n && s.glued(coreEnd) {
			if e, _, ok := r.decades.match(s, coreEnd, n); ok {
				return none, e, false
			}
			if s.punct(coreEnd, '\'') {
				return none, s.skipGlued(coreEnd), false
			}
		}
		// "30 jutaan": a multiplier with a vague suffix.
		if flags&claims.Vague == 0 && coreEnd < n && toks[coreEnd].kind == tkWord {
			w := s.word(coreEnd)
			for _, suf := range r.vagueSuffixes {
				if len(w) > len(suf) && equalFold(w[len(w)-len(suf):], suf) {
					if m, ok := foldLookup(r.mults, w[:len(w)-len(suf)]); ok && m >= 1000 {
						step := placeOf(first)
						lo, hi, val = val*m, (val+step)*m-1, val*m
						flags |= claims.Vague
						coreEnd++
						numEnd = coreEnd
						first.mult = true
						break
					}
				}
			}
		}
	}

	// A money abbreviation glued to a count is a multiplier too ("1.5m
	// people"), though it would read as a unit ("1.5m" metres) alone.
	if haveNum && !money && u == nil && coreEnd+1 < n && s.glued(coreEnd) && toks[coreEnd].kind == tkWord {
		if m, ok := r.moneyMults[s.word(coreEnd)]; ok && r.conceptWords.has(s, coreEnd+1, n) {
			lo, hi, val = clean(lo*m), clean(hi*m), clean(val*m)
			coreEnd++
			numEnd = coreEnd
			first.mult = true
		}
	}

	// Units after the number ("km", "persen", "3,676-meter").
	end := coreEnd
	if end < n && r.notAfter.has(s, end, n) {
		return none, end, false
	}
	if u == nil {
		at := coreEnd
		if at < n && s.isHyphen(at) && s.glued(at) && at+1 < n && s.glued(at+1) {
			at++
		}
		if e, ui, ok := r.unitAfter.match(s, at, n); ok {
			u = &r.units[ui]
			unitSpan = claims.Span{Start: toks[at].start, End: toks[e-1].end}
			end = e
			money = u.dim == claims.DimMoney
			// A range with the unit on both ends ("5.25%-5.5%", "5 km to
			// 10 km").
			if haveNum && !isRange {
				if je, _, ok := r.rangeJoin.match(s, end, n); ok && je < n {
					if second, ok := s.number(je); ok && second.end < n {
						if e2, ui2, ok := r.unitAfter.match(s, second.end, n); ok && ui2 == ui && second.val > val && !(second.end < n && s.glued(second.end) && s.isHyphen(second.end)) {
							hi = second.val
							flags |= claims.Range
							isRange = true
							numEnd = second.end
							unitSpan = claims.Span{Start: toks[second.end].start, End: toks[e2-1].end}
							end = e2
						}
					}
				}
			}
		}
	}

	// A rate is no measure of the dimension ("120 km/h", "5 meter per
	// detik"); money and shares per unit stay ("Rp 14.000/kg").
	if u != nil && unitSpan.Start > toks[coreStart].start && u.dim != claims.DimMoney && u.dim != claims.DimPercent && end < n {
		at := -1
		if s.punct(end, '/') && s.glued(end) {
			at = end + 1
		} else if e, _, ok := r.rates.match(s, end, n); ok {
			at = e
		}
		if at > 0 && at < n && r.unitAfter.has(s, at, n) {
			return none, at, false
		}
	}

	// Things that make the number something else.
	if end < n {
		if r.notAfter.has(s, end, n) {
			return none, end, false
		}
		if haveNum && !isRange && first.isDigits && s.glued(end) {
			// "20/3/2024", "24/7", "13:00"; "Rp 14.000/kg" is a rate.
			if s.punct(end, '/') && !(end+1 < n && toks[end+1].kind == tkWord && u != nil) || (s.punct(end, ':') && end+1 < n && toks[end+1].kind == tkNum) {
				return none, s.skipGlued(end), false
			}
			if s.isHyphen(end) && end+1 < n && s.glued(end+1) && toks[end+1].kind == tkNum {
				return none, s.skipGlued(end), false
			}
		}
	}
	if haveNum && (end < n && s.glued(end) && toks[end].kind == tkWord || end+1 < n && s.glued(end) && s.isHyphen(end) && s.glued(end+1) && toks[end+1].kind == tkWord && u == nil) {
		// Glued letters that are no unit: "5G", "3rd", "three-time". A
		// counted noun after a hyphen is fine ("a 10-member team").
		if !(s.isHyphen(end) && r.conceptWords.has(s, end+1, n)) {
			return none, s.skipGlued(end), false
		}
	}
	if haveNum && s.isClock(first, left, end) {
		return none, end, false
	}
	if haveNum && first.isDigits && s.isDate(first, left, end) {
		return none, end, false
	}
	if r.labels.has(s, left, max(last, 0)) || r.ordinalPrefix.has(s, left, max(last, 0)) && s.glued(left) {
		return none, end, false
	}
	if haveNum && first.isDigits && s.glued(coreStart) && s.isHyphen(coreStart-1) && coreStart >= 2 && s.glued(coreStart-1) {
		return none, s.skipGlued(coreStart), false
	}

	// Bounds and hedges after the number ("or more", "lebih").
	var hedgeText claims.Span
	var hd *hedge
	if e, h, ok := r.hedgeAfter.match(s, end, n); ok {
		hh := h
		hd = &hh
		hedgeText = claims.Span{Start: toks[end].start, End: toks[e-1].end}
		end = e
	}
	// Increments right after the number ("2,000 more").
	if e, _, ok := r.incAfter.match(s, end, n); ok && !r.comparatives.has(s, e, n) {
		flags |= claims.Increment
		end = e
	}

	// The counted noun.
	q := s.newQuantity()
	q.Dimension = claims.DimCount
	ci := -1
	var nounSpan claims.Span
	if u == nil {
		k, gap := end, 0
		for k < n {
			tk := toks[k]
			if tk.kind == tkNum {
				break
			}
			if tk.kind == tkPunct {
				if s.isHyphen(k) && !tk.space && gap > 0 && k+1 < n && !toks[k+1].space {
					k++
					continue
				}
				break
			}
			if e, c, ok := r.conceptWords.match(s, k, n); ok {
				ci = c
				nounSpan = claims.Span{Start: toks[k].start, End: toks[e-1].end}
				end = e
				break
			}
			if e, _, ok := r.nounLinks.match(s, k, n); ok && gap == 0 {
				k = e
				continue
			}
			if e, _, ok := r.classifiers.match(s, k, n); ok && gap == 0 {
				k = e
				continue
			}
			if e, _, ok := r.incAfter.match(s, k, n); ok && !r.comparatives.has(s, e, n) {
				if e < n && r.conceptWords.has(s, e, n) {
					flags |= claims.Increment
					k = e
					continue
				}
			}
			if gap >= maxModifiers || r.nounStops.has(s, k, n) || s.startsNumber(k) {
				break
			}
			gap++
			k++
		}
		if ci >= 0 {
			// Increments after the noun ("ribuan tentara lagi").
			if e, _, ok := r.incAfter.match(s, end, n); ok && !r.comparatives.has(s, e, n) {
				flags |= claims.Increment
				end = e
			}
		}
	} else {
		q.Dimension = u.dim
		q.Unit = u.base
		nounSpan = unitSpan
	}

	// Roles and cues.
	counted := ""
	if ci >= 0 {
		counted = r.concepts[ci].key
	}
	if u == nil && (ci < 0 || r.concepts[ci].refinable) {
		roleFound := false
		k := end
		for steps := 0; k < n && steps < roleWindow; steps++ {
			if e, c, ok := r.roles.match(s, k, n); ok {
				if k == end || !r.anyGap {
					// Only gap words lie between: the role is part of
					// the figure as written ("22 residents remained
					// missing").
					end = e
				}
				ci = c
				roleFound = true
				break
			}
			if e, _, ok := r.roleGaps.match(s, k, n); ok {
				k = e // "have been", "sudah"
				continue
			}
			if r.anyGap {
				// A pack without gap words lets any word but a break
				// stand between the noun and its role.
				tk := toks[k]
				if tk.kind == tkNum || tk.kind == tkPunct && !(s.isHyphen(k) && !tk.space) || r.roleBreaks.has(s, k, n) || s.startsNumber(k) {
					break
				}
				k++
				continue
			}
			break
		}
		if !roleFound {
			p := left
			lim := max(0, left-cueWindow)
			pastComma := false
			for p > lim {
				if cs, c, ok := r.cues.match(s, p, lim); ok && (!pastComma || r.topics.has(s, cs, 0)) {
					// A cue already spent on a counted figure between it
					// and this number is that figure's ("577 deaths for
					// the two busiest days").
					if !s.crossedConcept(cs, left, r.concepts[c].key) {
						ci = c
					}
					break
				}
				tk := toks[p-1]
				if tk.kind == tkPunct && !s.isHyphen(p-1) && !s.punct(p-1, '\'') && !s.punct(p-1, '"') || tk.kind == tkPunct && s.isHyphen(p-1) && tk.space {
					if a := s.apposition(p - 1); a >= 0 {
						// "the death toll in Palu, Central Sulawesi, rose
						// to 832": a short aside between commas does not
						// end the clause.
						p = a
						continue
					}
					// Past one comma only a fronted topic holds ("Untuk
					// korban luka-luka, ... 104 orang").
					if pastComma || !s.punct(p-1, ',') {
						break
					}
					pastComma = true
				}
				p--
			}
		}
	}

	// Hedges, increments, openers before the number.
	for range 3 {
		if hd == nil {
			if hs, h, ok := r.hedgeBefore.match(s, left, max(last, 0)); ok {
				hh := h
				hd = &hh
				hedgeText = claims.Span{Start: toks[hs].start, End: toks[left-1].end}
				left = hs
				continue
			}
		}
		if flags&claims.Increment == 0 {
			if is, _, ok := r.incBefore.match(s, left, max(last, 0)); ok {
				flags |= claims.Increment
				left = is
				continue
			}
		}
		break
	}

	// Years and lone weak words.
	if haveNum && first.isDigits && first.d.plain && !isRange && isYearLike(first) {
		if s.yearBefore(left) || r.yearIntros.has(s, left, max(last, 0)) || counted == "" && u == nil && hd == nil && !first.mult {
			return none, end, false
		}
	}
	if haveNum && s.yearBefore(left) && u == nil {
		return none, end, false
	}
	if haveNum && first.weak && u == nil && ci < 0 && flags&claims.Increment == 0 {
		return none, end, false
	}

	// A lone mark before three digits: a count is not in thousandths.
	if haveNum && first.isDigits && first.d.ambiguous && !isRange && !s.settled && u == nil && !first.mult && first.d.alt > first.d.val {
		val = first.d.alt
		lo, hi = val, val
	}

	// Only temperatures go below zero; a minus before anything else is a
	// change or a dash ("-0.49", "pasca-1979").
	if negative {
		if u == nil || u.dim != claims.DimTemperature || isRange {
			return none, end, false
		}
		lo, hi, val = -lo, -hi, -val
	}

	// The interval.
	if u != nil {
		lo, hi, val = lo*u.factor+u.offset, hi*u.factor+u.offset, val*u.factor+u.offset
		lo, hi, val = clean(lo), clean(hi), clean(val)
	}
	if hd != nil {
		switch hd.kind {
		case lang.HedgeApprox:
			flags |= claims.Approximate
			lo, hi = lo-math.Abs(lo)*hd.tol, hi+math.Abs(hi)*hd.tol
		case lang.HedgeAtLeast:
			flags |= claims.LowerBound
			hi = math.Inf(1)
		case lang.HedgeAtMost:
			// [v(1-t), v]; below zero that is [v, v(1-t)] ("hingga -2
			// derajat": between 0 and -2).
			flags |= claims.UpperBound
			lo = lo * (1 - hd.tol)
		}
		lo, hi = clean(lo), clean(hi)
		q.Hedge = s.text[hedgeText.Start:hedgeText.End]
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	lo, hi = lo+0, hi+0 // no negative zero in reports
	q.Lo, q.Hi, q.Value, q.Flags = lo, hi, val, flags
	if ci >= 0 && u == nil {
		q.Concept = r.concepts[ci].key
		if counted != q.Concept {
			q.Counted = counted
		}
	}
	q.NumberSpan = claims.Span{Start: toks[coreStart].start, End: toks[numEnd-1].end}
	if negative {
		q.NumberSpan.Start = toks[coreStart-1].start
	}
	if isRange && left < coreStart && r.rangeOpen.has(s, coreStart, left) {
		q.NumberSpan.Start = toks[left].start
	}
	q.NounSpan = nounSpan
	s.listUnit = nil
	if u != nil && unitSpan.Start < toks[coreStart].start {
		s.listUnit = u
	}
	s.left = left
	span := claims.Span{Start: toks[left].start, End: toks[end-1].end}
	return claims.Mention{Kind: claims.MentionQuantity, Span: span, Quantity: q}, end, true
}

// leftGlueOK reports whether what touches a number on its left lets it be
// an amount: a currency or unit ("Rp1,2", "$5", "M7,4"), an opening mark.
func (s *scan) leftGlueOK(i int) bool {
	if s.r.unitBefore.has(s, i, 0) {
		return true
	}
	p := s.toks[i-1]
	if p.kind != tkPunct {
		return false
	}
	switch s.text[p.start:p.end] {
	case "(", "[", "\"", "“", "‘", "'", "~", "≈", "±", "<", ">", "—", "–", "*":
		return true
	case "-", "‑":
		return false
	}
	return false
}

// skipGlued returns the index of the first token after i that does not
// touch the one before it.
func (s *scan) skipGlued(i int) int {
	j := i + 1
	for j < len(s.toks) && !s.toks[j].space {
		j++
	}
	return j
}

// skipPhone skips a run of digit groups that make one phone number.
func (s *scan) skipPhone(i int) int {
	j := s.skipGlued(i)
	for j < len(s.toks) && s.toks[j].kind == tkNum {
		j = s.skipGlued(j)
	}
	return j
}

// startsNumber reports whether token k starts another number.
func (s *scan) startsNumber(k int) bool {
	if s.toks[k].kind == tkNum {
		return true
	}
	if _, ok := s.lookup(s.r.words, k); ok && !s.inSet(s.r.weak, k) {
		return true
	}
	return s.r.vague.has(s, k, len(s.toks))
}

// scoreNear reports whether a score word comes shortly before token i.
func (s *scan) scoreNear(i int) bool {
	for p := i; p > max(0, i-4); p-- {
		if s.r.scoreWords.has(s, p, 0) {
			return true
		}
	}
	return false
}

// yearBefore reports whether a year word ("tahun", "the year") ends just
// before token i.
func (s *scan) yearBefore(i int) bool {
	return s.r.yearWords.has(s, i, 0)
}

// isClock reports whether the number from left to end is a time of day.
func (s *scan) isClock(nm num, left, end int) bool {
	if !nm.isDigits {
		return false
	}
	toks := s.toks
	n := len(toks)
	after := end < n && s.r.clockAfter.has(s, end, n)
	intro := s.r.clockIntros.has(s, left, 0)
	hour := nm.d.plain && nm.d.nDigits <= 2 && nm.val <= 24
	colon := nm.end < n && s.glued(nm.end) && s.punct(nm.end, ':')
	switch {
	case nm.d.clock && (after || intro):
		return true
	case hour && (after || intro || colon):
		return true
	}
	return false
}

// isDate reports whether a day or year number sits next to a month name
// ("16 November", "Nov 16", "Dec. 26, 2004").
func (s *scan) isDate(nm num, left, end int) bool {
	if !nm.d.plain || nm.mult {
		return false
	}
	day := nm.val >= 1 && nm.val <= 31 && nm.d.nDigits <= 2
	if !day && !isYearLike(nm) {
		return false
	}
	toks := s.toks
	n := len(toks)
	check := func(k int) bool {
		if k < 0 || k >= n || toks[k].kind != tkWord {
			return false
		}
		e, amb, ok := s.r.months.match(s, k, n)
		if !ok || e != k+1 {
			return false
		}
		if amb {
			c := s.text[toks[k].start]
			return c >= 'A' && c <= 'Z'
		}
		return true
	}
	k := left - 1
	for k >= 0 && (s.punct(k, '.') || s.punct(k, ',')) {
		k--
	}
	if check(k) {
		return true
	}
	k = end
	if k < n && s.punct(k, '.') {
		k++
	}
	return check(k)
}

func isYearLike(nm num) bool {
	return nm.isDigits && nm.d.plain && nm.d.nDigits == 4 && nm.val >= 1000 && nm.val <= 2100 && !nm.mult
}

// placeOf returns the place of a number's last non-zero digit (100 for
// 400, 10 for 30, 1 for 45).
func placeOf(nm num) float64 {
	v := nm.val
	if nm.tail > 1 {
		v /= nm.tail
	}
	if v != math.Trunc(v) || v == 0 {
		return 1
	}
	step := 1.0
	for math.Mod(v, step*10) == 0 {
		step *= 10
	}
	return step
}

func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x >= 'A' && x <= 'Z' {
			x += 'a' - 'A'
		}
		if y >= 'A' && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// listed reports whether only list marks (",", "and") lie between the
// previous quantity, which ended at token last, and token left.
func (s *scan) listed(left, last int) bool {
	if last <= 0 || left <= last {
		return false
	}
	for k := last; k < left; {
		if s.punct(k, ',') {
			k++
			continue
		}
		e, _, ok := s.r.listJoiners.match(s, k, left)
		if !ok {
			return false
		}
		k = e
	}
	return true
}

// crossedConcept reports whether a quantity with its own noun that counts
// key lies between tokens from and to.
func (s *scan) crossedConcept(from, to int, key string) bool {
	for k := len(s.counted) - 1; k >= 0; k-- {
		m := s.counted[k]
		if m.end <= from {
			break // the rest lie further back
		}
		if m.start < to && m.concept == key {
			return true
		}
	}
	return false
}

// share gives a bare count the concept of a neighbour in the same
// sentence: the next figure's noun when only list words join them ("won
// 40,971,906 and 27,040,878 valid votes"), else the previous figure's when
// nothing that could be a noun of its own follows it ("672 deaths, while
// 236 were Indonesians", "dari 1.301 korban meninggal, 660 merupakan ...").
func (s *scan) share(out []claims.Mention) {
	const near = 12
	for i := range out {
		q := out[i].Quantity
		if q.Dimension != claims.DimCount || q.Concept != "" || !q.NounSpan.IsZero() {
			continue
		}
		if i+1 < len(out) {
			nq := out[i+1].Quantity
			if nq.Dimension == claims.DimCount && nq.Concept != "" && !nq.NounSpan.IsZero() && s.joined(s.found[i].end, s.found[i+1].left) {
				q.Concept = nq.Concept
				continue
			}
		}
		if i > 0 {
			pq := out[i-1].Quantity
			e := s.found[i].end
			if pq.Dimension == claims.DimCount && pq.Concept != "" && s.found[i].left-s.found[i-1].end <= near &&
				(e >= len(s.toks) || s.toks[e].kind == tkPunct || s.r.nounStops.has(s, e, len(s.toks))) {
				q.Concept = pq.Concept
			}
		}
	}
}

// joined reports whether only list marks ("and", ",") lie between tokens
// from and to. A partition is no list: in "two of the 13 people killed"
// the two are not more deaths.
func (s *scan) joined(from, to int) bool {
	if from >= to {
		return false
	}
	for k := from; k < to; {
		if s.punct(k, ',') {
			k++
			continue
		}
		if e, _, ok := s.r.listJoiners.match(s, k, to); ok {
			k = e
			continue
		}
		return false
	}
	return true
}

// minusAt reports whether token k is a minus sign that starts a number: a
// hyphen or minus glued to the digits after it but not to the word before.
func (s *scan) minusAt(k int) bool {
	if k < 0 || !(s.punct(k, '-') || s.word(k) == "−") {
		return false
	}
	return !s.glued(k) || k == 0 || s.toks[k-1].kind == tkPunct && !s.isHyphen(k-1)
}

// apposition returns the index of the comma that opens a short aside
// closed by the comma at token k ("Kota Kerman, Iran bagian tenggara,"),
// or -1.
func (s *scan) apposition(k int) int {
	const longest = 5
	if !s.punct(k, ',') {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-longest-1; j-- {
		t := s.toks[j]
		if s.punct(j, ',') {
			if j == k-1 {
				return -1
			}
			return j
		}
		if t.kind != tkWord {
			return -1
		}
	}
	return -1
}

// newQuantity returns a zero Quantity from the call's slab, sized by the
// numbers in digits, so that a sentence's quantities cost about one
// allocation. The slab is never reused across calls: the quantities belong
// to the caller.
func (s *scan) newQuantity() *claims.Quantity {
	if len(s.slab) == cap(s.slab) {
		s.slab = make([]claims.Quantity, 0, max(s.starts, 2))
		s.starts = 0
	}
	s.slab = s.slab[:len(s.slab)+1]
	return &s.slab[len(s.slab)-1]
}
