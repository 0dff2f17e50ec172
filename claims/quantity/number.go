package quantity

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims/text"
)

// Numbers at the edges are read right or refused with a reason, never
// read as another value:
//   - digits of any script are read (the tokens fold them to ASCII:
//     "٣٠٠", "１２", "१२");
//   - a vulgar fraction is a number ("½ million", "1½ juta", "3¼
//     million"); alone, without a scale word, it is no count;
//   - exponent notation glued to digits is read ("2.5e6", "1e-3") up to
//     maxExponent; beyond, it is refused as no news figure ("1e30",
//     "1e308");
//   - more than maxDigits significant digits are refused: a float64 holds
//     no more exactly ("12345678901234567890");
//   - a value above maxValue is refused, whatever wrote it.

// vulgarFractions are the fraction characters read as numbers.
var vulgarFractions = map[string]float64{
	"½": 1.0 / 2, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "¼": 1.0 / 4, "¾": 3.0 / 4,
	"⅕": 1.0 / 5, "⅖": 2.0 / 5, "⅗": 3.0 / 5, "⅘": 4.0 / 5, "⅙": 1.0 / 6,
	"⅚": 5.0 / 6, "⅐": 1.0 / 7, "⅛": 1.0 / 8, "⅜": 3.0 / 8, "⅝": 5.0 / 8,
	"⅞": 7.0 / 8, "⅑": 1.0 / 9, "⅒": 1.0 / 10,
}

// maxDigits is the most significant digits a number in digits is read
// with: a float64 holds 15 exactly.
const maxDigits = 15

// maxExponent is the largest power of ten exponent notation is read
// with ("1e15"); a larger one is no figure a news article gives.
const maxExponent = 15

// maxValue is the largest value read as a figure: a state budget in
// rupiah is some 4×10^15.
const maxValue = 1e18

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

// markCount is where the marks of a run of digits are.
type markCount struct {
	dots, commas int
	last         int // index of the last mark
	digits       int
}

func countMarks(raw string) markCount {
	m := markCount{last: -1}
	for i := 0; i < len(raw); i++ {
		switch raw[i] {
		case '.':
			m.dots++
			m.last = i
		case ',':
			m.commas++
			m.last = i
		default:
			m.digits++
		}
	}
	return m
}

// lone reports whether raw has one mark followed by three digits that may
// be a group mark or a decimal point ("3.000", "3,000"), as opposed to
// "3,5", "1234.567" or "0.125".
func (m markCount) lone(raw string) bool {
	return m.dots+m.commas == 1 && len(raw)-m.last-1 == 3 && m.last <= 3 && !(m.last == 1 && raw[0] == '0')
}

// decimal returns the decimal mark of raw (0 when it has none) or false
// when the marks make no number: two different marks make the last the
// decimal one, unless it is used twice; one mark used twice is a group
// mark; a lone mark that is not lone (see lone) is the decimal one.
func (m markCount) decimal(raw string) (byte, bool) {
	switch {
	case m.dots > 0 && m.commas > 0:
		sep := raw[m.last]
		return sep, !(sep == '.' && m.dots > 1 || sep == ',' && m.commas > 1)
	case m.dots > 1 || m.commas > 1:
		return 0, true
	}
	return raw[m.last], true
}

// parseDigits reads raw, a run of digits with '.' and ',' between digits,
// with dec as the decimal separator where the text does not say. It
// reports false for runs that are no number (malformed groups such as
// "1.2.3" or "192.168.1.1").
func parseDigits(raw string, dec byte) (digits, bool) {
	m := countMarks(raw)
	d := digits{nDigits: m.digits, leadingZero: len(raw) > 1 && raw[0] == '0' && isDigit(raw[1])}
	switch {
	case m.dots+m.commas == 0:
		d.plain = true
		d.val = intOf(raw, 0, len(raw))
		return d, true
	case d.nDigits > 40:
		return d, false
	case m.lone(raw):
		d.ambiguous = true
		grouped, frac := intOf(raw, 0, len(raw)), fracOf(raw, m.last)
		d.val, d.alt = grouped, frac
		if raw[m.last] == dec {
			d.val, d.alt = frac, grouped
		}
		return d, true
	}
	sep, ok := m.decimal(raw)
	end := len(raw)
	if sep != 0 {
		end = m.last
	}
	if !ok || !groupsOK(raw[:end]) {
		return d, false
	}
	if sep == 0 {
		d.val = intOf(raw, 0, len(raw))
		return d, true
	}
	d.val = fracOf(raw, m.last)
	if m.last <= 2 && len(raw)-m.last-1 == 2 && m.dots+m.commas == 1 {
		h, mm := intOf(raw, 0, m.last), intOf(raw, m.last+1, len(raw))
		d.clock = h <= 24 && mm <= 59
	}
	return d, true
}

// groupsOK reports whether the whole part of a number is grouped right:
// the first group holds 1-3 digits, each later one 3.
func groupsOK(whole string) bool {
	group := -1
	for i := 0; i < len(whole); i++ {
		if c := whole[i]; c == '.' || c == ',' {
			if group == -1 && (i == 0 || i > 3) || group != -1 && group != 3 {
				return false
			}
			group = 0
			continue
		}
		if group >= 0 {
			group++
		}
	}
	return group == -1 || group == 3
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

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

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

// num is a number read at a token.
type num struct {
	start, end int // tokens
	val        float64
	d          digits
	isDigits   bool
	// tail is the multiplier applied to the whole number at its end
	// ("12 ribu": 1000), 1 if none; a range's first end takes it from the
	// second ("10-12 ribu").
	tail float64
	mult bool // any multiplier
	weak bool // a lone weak word ("one")
	// fraction is set when the number is or ends in a vulgar fraction
	// ("½", "1½").
	fraction bool
	// refused says why the number, read, is not taken as a figure ("1e30:
	// …"); number then reports false.
	refused string
}

// numReader is the state of reading one number, in digits or words, token
// by token: the sum so far is total (the groups closed by a scale word of
// a thousand or more) + cur (hundreds) + pend (units not yet scaled).
type numReader struct {
	s                *scan
	nm               num
	j                int // the next token
	words            int // the number words read
	total, cur, pend float64
	lastBig          float64 // the last scale of a thousand or more
	lastWasTens      bool    // the last word was a multiple of ten ("twenty")
}

// number reads a number at token i: digits with multipliers, or number
// words.
func (s *scan) number(i int) (num, bool) {
	w := numReader{s: s, nm: num{start: i, tail: 1}, j: i, lastBig: math.Inf(1)}
	if !w.begin() {
		return w.nm, false
	}
	for w.j < len(s.toks) && w.next() {
	}
	return w.done()
}

// begin reads the first token: digits, a number word, or an article before
// a multiplier ("a dozen").
func (w *numReader) begin() bool {
	s, i := w.s, w.j
	switch s.toks[i].Kind {
	case text.Number:
		return w.digits()
	case text.Punct:
		v, ok := vulgarFractions[s.toks[i].Text]
		if ok {
			w.pend, w.nm.fraction = v, true
			w.j++
		}
		return ok
	case text.Word:
		if s.inSet(s.r.articles, i) {
			if i+1 >= len(s.toks) {
				return false
			}
			if _, ok := s.lookup(s.r.mults, i+1); !ok {
				return false
			}
			w.pend = 1
			w.j = i + 1
			w.words++
			return true
		}
		_, ok := s.lookup(s.r.words, i)
		return ok
	}
	return false
}

// digits reads a number in digits, with the groups of three that follow it
// after single spaces ("12 000").
func (w *numReader) digits() bool {
	s, i := w.s, w.j
	d, ok := parseDigits(s.toks[i].Fold, s.dec)
	if !ok {
		return false
	}
	w.j = i + 1
	if d.plain && d.nDigits <= 3 && !d.leadingZero {
		for w.j < len(s.toks) && w.spaceGroup(&d) {
			w.j++
		}
	}
	w.nm.d, w.nm.isDigits = d, true
	w.pend = d.val
	if sig := significant(s.toks[i].Fold); sig > maxDigits {
		w.nm.refused = fmt.Sprintf("%d significant digits: more than the %d a figure is read with exactly", sig, maxDigits)
		return true
	}
	w.fractionAfter()
	w.exponent()
	return true
}

// significant counts the significant digits of a number in digits: its
// digits without the zeros that lead, or close a whole number.
func significant(raw string) int {
	ds := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, raw)
	ds = strings.TrimLeft(ds, "0")
	if !strings.ContainsAny(raw, ".,") || isGrouped(raw) {
		ds = strings.TrimRight(ds, "0")
	}
	return len(ds)
}

// isGrouped reports whether raw's marks are all group marks of one kind
// ("1,000,000"), so that its trailing zeros are not significant.
func isGrouped(raw string) bool {
	return strings.Count(raw, ",") > 1 && !strings.Contains(raw, ".") || strings.Count(raw, ".") > 1 && !strings.Contains(raw, ",")
}

// fractionAfter adds a vulgar fraction glued after the digits ("1½").
func (w *numReader) fractionAfter() {
	s, j := w.s, w.j
	if j >= len(s.toks) || s.toks[j].Space || s.toks[j].Kind != text.Punct {
		return
	}
	if v, ok := vulgarFractions[s.toks[j].Text]; ok && w.nm.d.plain {
		w.pend += v
		w.nm.fraction = true
		w.j++
	}
}

// exponent reads exponent notation glued to the digits ("2.5e6",
// "1E-3"), refusing a power beyond maxExponent.
func (w *numReader) exponent() {
	s, j := w.s, w.j
	if j+1 >= len(s.toks) || s.toks[j].Space || s.toks[j].Fold != "e" || w.nm.fraction {
		return
	}
	k, sign := j+1, 1.0
	if s.toks[k].Kind == text.Punct && !s.toks[k].Space && (s.toks[k].Fold == "-" || s.toks[k].Fold == "+") {
		if s.toks[k].Fold == "-" {
			sign = -1
		}
		k++
	}
	if k >= len(s.toks) || s.toks[k].Kind != text.Number || s.toks[k].Space || strings.ContainsAny(s.toks[k].Fold, ".,") || len(s.toks[k].Fold) > 4 {
		return
	}
	exp := sign * intOf(s.toks[k].Fold, 0, len(s.toks[k].Fold))
	w.j = k + 1
	if exp > maxExponent {
		w.nm.refused = fmt.Sprintf("%se%d in exponent notation: no news figure (read up to e%d)", brief(w.nm.d.val), int(exp), maxExponent)
		return
	}
	w.pend = clean(w.pend * math.Pow(10, exp))
	w.nm.d.plain = false
}

// brief writes v as a reason quotes it.
func brief(v float64) string {
	if a := math.Abs(v); a != 0 && (a < 1e-9 || a >= 1e15) {
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// spaceGroup adds to d the group of three digits at the next token when a
// single space separates it from the digits before.
func (w *numReader) spaceGroup(d *digits) bool {
	s, j := w.s, w.j
	t, p := s.toks[j], s.toks[j-1]
	if t.Kind != text.Number || !t.Space || t.Span.Start-p.Span.End != 1 || s.text[p.Span.End] != ' ' {
		return false
	}
	if len(t.Fold) != 3 || s.kind(j+1) == text.Number && !s.toks[j+1].Space {
		return false
	}
	dd, _ := parseDigits(t.Fold, s.dec)
	if !dd.plain {
		return false
	}
	d.val = d.val*1000 + dd.val
	d.nDigits += 3
	d.plain = false
	return true
}

// next reads the token at j into the number and reports whether it
// belonged there.
func (w *numReader) next() bool {
	s, j := w.s, w.j
	switch s.toks[j].Kind {
	case text.Punct:
		return w.hyphenated()
	case text.Word:
	default:
		return false
	}
	if !w.nm.isDigits {
		if v, ok := s.lookup(s.r.words, j); ok {
			return w.word(v)
		}
		if v, ok := s.lookup(s.r.adders, j); ok {
			return w.adder(v)
		}
	}
	if m, ok := s.lookup(s.r.mults, j); ok {
		return w.multiplier(m)
	}
	return w.articleBeforeScale() || w.joiner()
}

// take moves past n tokens of which one is a number word.
func (w *numReader) take(n int) bool {
	w.j += n
	w.words++
	return true
}

// hyphenated reads the unit of "twenty-five".
func (w *numReader) hyphenated() bool {
	s, j := w.s, w.j
	if !w.lastWasTens || !s.isHyphen(j) || s.toks[j].Space || j+1 >= len(s.toks) || s.toks[j+1].Space {
		return false
	}
	v, ok := s.lookup(s.r.words, j+1)
	if !ok || v >= 10 || v < 1 {
		return false
	}
	w.pend += v
	w.lastWasTens = false
	return w.take(2)
}

// word reads a number word: a group of a thousand or more ("seribu"), a
// round hundred ("seratus"), or units and tens.
func (w *numReader) word(v float64) bool {
	switch {
	case v >= 1000:
		if w.cur+w.pend != 0 || v >= w.lastBig {
			return false
		}
		w.total += v
		w.lastBig = v
	case v >= 100 && math.Mod(v, 100) == 0:
		if w.cur != 0 || w.pend != 0 {
			return false
		}
		w.cur = v
	default:
		if w.pend != 0 && !(w.lastWasTens && v < 10 && v >= 1) {
			return false
		}
		w.pend += v
	}
	w.lastWasTens = v >= 20 && v < 100 && math.Mod(v, 10) == 0
	return w.take(1)
}

// adder adds to the units before it ("dua belas").
func (w *numReader) adder(v float64) bool {
	if w.pend <= 0 || w.pend >= 10 {
		return false
	}
	w.pend += v
	w.lastWasTens = false
	return w.take(1)
}

// multiplier scales what precedes it: a dozen the whole, a hundred or ten
// the units, a thousand and up the group ("12 ribu", "dua ratus ribu").
func (w *numReader) multiplier(m float64) bool {
	x := w.cur + w.pend
	switch {
	case m < 1000 && m != 10 && m != 100: // a dozen
		if x == 0 {
			return false
		}
		w.cur, w.pend = x*m, 0
	case m == 100:
		if w.pend == 0 || w.cur != 0 {
			return false
		}
		w.cur, w.pend = w.pend*100, 0
	case m == 10:
		if w.pend == 0 || w.pend >= 10 {
			return false
		}
		w.cur, w.pend = w.cur+w.pend*10, 0
	default:
		if x == 0 || m >= w.lastBig {
			return false
		}
		w.nm.tail = 1
		if w.total == 0 {
			w.nm.tail = m
		}
		w.total, w.cur, w.pend = w.total+x*m, 0, 0
		w.lastBig = m
	}
	w.nm.mult = true
	w.lastWasTens = false
	return w.take(1)
}

// articleBeforeScale steps over the article between a fraction and its
// scale ("half a million").
func (w *numReader) articleBeforeScale() bool {
	s, j := w.s, w.j
	if w.pend <= 0 || w.pend >= 1 || w.cur != 0 || !s.inSet(s.r.articles, j) || j+1 >= len(s.toks) {
		return false
	}
	if _, ok := s.lookup(s.r.mults, j+1); !ok {
		return false
	}
	w.j++
	return true
}

// joiner steps over a word that joins number words ("two hundred and
// fifty").
func (w *numReader) joiner() bool {
	s, j := w.s, w.j
	if !s.inSet(s.r.joiners, j) || w.nm.isDigits || w.cur == 0 && w.total == 0 || w.pend != 0 || j+1 >= len(s.toks) {
		return false
	}
	if _, ok := s.lookup(s.r.words, j+1); !ok {
		return false
	}
	w.j++
	return true
}

// done closes the number at the token where reading stopped.
func (w *numReader) done() (num, bool) {
	nm, s := w.nm, w.s
	nm.end = w.j
	if nm.end == nm.start {
		return nm, false
	}
	nm.val = clean(w.total + w.cur + w.pend)
	if !nm.isDigits && !nm.mult && w.words == 1 && s.inSet(s.r.weak, nm.start) {
		nm.weak = true
	}
	if nm.fraction && !nm.isDigits && !nm.mult {
		nm.weak = true // "½ of the houses" counts nothing, as "half" does not
	}
	switch {
	case math.IsNaN(nm.val):
		return nm, false
	case nm.refused == "" && (nm.val > maxValue || math.IsInf(nm.val, 0)):
		nm.refused = fmt.Sprintf("%g: larger than any figure read (%g)", nm.val, maxValue)
	}
	return nm, nm.refused == ""
}
