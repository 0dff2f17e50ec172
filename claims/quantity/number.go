package quantity

import "math"

// digits is a run of digits with separators read as a number.
type digits struct {
	val float64
	// alt is the value under the other reading of a lone separator
	// followed by exactly three digits ("3.000": 3000 or 3), which only
	// the context can settle; ambiguous says whether there is one.
	alt       float64
	ambiguous bool
	// plain is set for digits without any separator ("2018").
	plain bool
	// leadingZero is set when the number starts with 0 and is no decimal
	// fraction ("0812", "06"): phone numbers, clock hours, codes.
	leadingZero bool
	// nDigits counts the digits.
	nDigits int
	// clock is set for the form H.MM with H ≤ 24 and MM ≤ 59 ("06.20").
	clock bool
}

// parseDigits reads raw, a run of digits with '.' and ',' between digits,
// with dec as the decimal separator where the text does not say. It
// reports false for runs that are no number (malformed groups such as
// "1.2.3" or "192.168.1.1").
func parseDigits(raw string, dec byte) (digits, bool) {
	var d digits
	nDot, nComma := 0, 0
	lastSep := -1
	for i := 0; i < len(raw); i++ {
		switch raw[i] {
		case '.':
			nDot++
			lastSep = i
		case ',':
			nComma++
			lastSep = i
		default:
			d.nDigits++
		}
	}
	d.leadingZero = len(raw) > 1 && raw[0] == '0' && isDigit(raw[1])
	if nDot == 0 && nComma == 0 {
		d.plain = true
		d.val = intOf(raw, 0, len(raw))
		return d, true
	}
	if d.nDigits > 40 {
		return d, false
	}
	var decSep byte // 0: no decimal part
	switch {
	case nDot > 0 && nComma > 0:
		decSep = raw[lastSep]
		if (decSep == '.' && nDot > 1) || (decSep == ',' && nComma > 1) {
			return d, false
		}
	case nDot > 1 || nComma > 1:
		decSep = 0
	default:
		sep := raw[lastSep]
		after := len(raw) - lastSep - 1
		switch {
		case after != 3 || lastSep > 3 || (lastSep == 1 && raw[0] == '0'):
			decSep = sep
		default:
			// One separator and three digits after it.
			d.ambiguous = true
			grouped := intOf(raw, 0, len(raw))
			frac := fracOf(raw, lastSep)
			if sep == dec {
				d.val, d.alt = frac, grouped
			} else {
				d.val, d.alt = grouped, frac
			}
			d.clock = false
			return d, true
		}
	}
	// Check the groups: the first holds 1-3 digits, each later one 3.
	end := len(raw)
	if decSep != 0 {
		end = lastSep
	}
	group := -1
	for i := 0; i < end; i++ {
		if c := raw[i]; c == '.' || c == ',' {
			if group == -1 {
				if i == 0 || i > 3 {
					return d, false
				}
			} else if group != 3 {
				return d, false
			}
			group = 0
			continue
		}
		if group >= 0 {
			group++
		}
	}
	if group != -1 && group != 3 {
		return d, false
	}
	if decSep == 0 {
		d.val = intOf(raw, 0, len(raw))
		return d, true
	}
	d.val = fracOf(raw, lastSep)
	if lastSep <= 2 && len(raw)-lastSep-1 == 2 && nDot+nComma == 1 {
		h := intOf(raw, 0, lastSep)
		m := intOf(raw, lastSep+1, len(raw))
		d.clock = h <= 24 && m <= 59
	}
	return d, true
}

// intOf reads the digits of raw[from:to] as an integer, skipping
// separators.
func intOf(raw string, from, to int) float64 {
	v := 0.0
	for i := from; i < to; i++ {
		if c := raw[i]; isDigit(c) {
			v = v*10 + float64(c-'0')
		}
	}
	return v
}

// fracOf reads raw with the separator at sep as the decimal point.
func fracOf(raw string, sep int) float64 {
	whole := intOf(raw, 0, sep)
	frac := intOf(raw, sep+1, len(raw))
	return clean(whole + frac/pow10(len(raw)-sep-1))
}

func pow10(n int) float64 {
	if n < len(pow10tab) {
		return pow10tab[n]
	}
	return math.Pow(10, float64(n))
}

var pow10tab = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// clean rounds v to 12 significant digits, so that 1.2 × 1e6 is 1200000
// and not 1199999.9999999998.
func clean(v float64) float64 {
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) || v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return v
	}
	a := math.Abs(v)
	e := math.Ceil(math.Log10(a))
	scale := math.Pow(10, 12-e)
	if math.IsInf(scale, 0) || scale == 0 {
		return v
	}
	r := math.Round(v*scale) / scale
	if math.IsInf(r, 0) || math.IsNaN(r) {
		return v
	}
	return r
}
