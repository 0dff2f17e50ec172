package entity

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
	"github.com/claimcheck/claimcheck/claims/text"
)

// Codes are read by code rules, never as names: a flight by its airline's
// designator and its number ("JT610", "JT 610", "JT-610" and "LNI610" are
// one flight, "flight:jt610"), a vehicle by its plate ("B 1234 XYZ" and
// "B1234XYZ" are "plate:b1234xyz"), a law by its kind, number and year
// ("UU Nomor 24 Tahun 2007" and "UU 24/2007" are "law:law:24/2007"). Each
// is a claims.Code entity whose Key is the code, so that two ways of
// writing one code are one thing and two codes are two things.

// codeWords are the pack's words that codes are read with, folded.
type codeWords struct {
	// iata maps an airline's designators (IATA and ICAO) to its IATA
	// designator; airlines holds the airlines' names, folded.
	iata     map[string]string
	airlines map[string]bool
	// flightCues come before a flight's code.
	flightCues map[string]bool
	// laws maps the folded words that open a law's number to its kind;
	// lawWords is the most words one has.
	laws                            map[string]string
	lawWords                        int
	lawFirsts                       map[string]bool
	lawNumbers, lawYears, lawTitles map[string]bool
}

// readCodes reads the airlines and the pack's words for codes.
func (r *Recognizer) readCodes(e *lang.Entities) {
	c := &r.codes
	c.iata, c.airlines = map[string]string{}, map[string]bool{}
	for _, a := range lang.Airlines {
		c.iata[strings.ToLower(a.IATA)] = strings.ToLower(a.IATA)
		c.iata[strings.ToLower(a.ICAO)] = strings.ToLower(a.IATA)
		c.airlines[text.Fold(a.Name)] = true
	}
	c.flightCues = foldSet(e.FlightCues)
	c.laws, c.lawFirsts = map[string]string{}, map[string]bool{}
	for w, kind := range e.Laws {
		f := text.Fold(strings.ReplaceAll(w, "-", " "))
		c.laws[f] = kind
		c.lawFirsts[text.Fold(firstWord(w))] = true
		if first := firstWord(w); strings.Contains(first, "-") {
			// "Undang-Undang" is one word, as a phrase of the pack's is.
			r.firstWords[text.Fold(first)] = true
		}
		c.lawWords = max(c.lawWords, len(strings.Fields(f)))
	}
	c.lawNumbers, c.lawYears, c.lawTitles = foldSet(e.LawNumberWords), foldSet(e.LawYearWords), foldSet(e.LawTitleWords)
}

// code emits the code at word i and returns the word after it, or i when
// none starts there.
func (f *finder) code(i int) int {
	for _, read := range []func(int) (int, string){f.flight, f.plate, f.law} {
		if end, key := read(i); end > i {
			f.emit(claims.Code, i, end, key)
			return f.lawTitle(key, end)
		}
	}
	return i
}

// codeStarts reports whether a code starts at word i ("Garuda GA 152":
// the airline's name ends before the code).
func (f *finder) codeStarts(i int) bool {
	for _, read := range []func(int) (int, string){f.flight, f.plate, f.law} {
		if end, _ := read(i); end > i {
			return true
		}
	}
	return false
}

// flight reads a flight's code at i: one word ("JT610", "LNI610",
// "JT-610") or a designator and a number ("GA 152"). An ICAO designator,
// or an IATA one with three digits or more, is a flight wherever it
// stands; a shorter one ("MH17") only after a flight word or an
// airline's name ("flight MH17", "Lion Air JT610"), and an unknown
// designator only after a flight word.
func (f *finder) flight(i int) (int, string) {
	t := f.toks[i]
	if !t.Caps {
		return i, ""
	}
	desig, num, end := splitFlightCode(t.Text), "", i+1
	if desig != "" {
		num = t.Fold[len(desig):]
	} else if i+1 < len(f.toks) && f.toks[i+1].Kind == text.Number && len(t.Text) <= 3 && allDigits(f.toks[i+1].Text) {
		desig, num, end = t.Fold, f.toks[i+1].Text, i+2
	}
	num = strings.TrimLeft(strings.TrimPrefix(num, "-"), "0")
	if desig == "" || num == "" || len(num) > 4 || !allDigits(num) {
		return i, ""
	}
	desig = strings.ToLower(desig)
	iata, known := f.r.codes.iata[desig]
	cued := f.flightCued(i)
	switch {
	case known && (len(desig) == 3 || len(num) >= 3 || cued):
	case !known && cued && len(desig) == 2:
		iata = desig
	default:
		return i, ""
	}
	return end, "flight:" + iata + num
}

// splitFlightCode returns the designator of a code written as one word,
// two or three letters or digits with a letter among them before its
// number ("JT610", "8B123", "LNI610", "JT-610"), or "".
func splitFlightCode(w string) string {
	for n := 2; n <= 3 && n < len(w); n++ {
		d, rest := w[:n], strings.TrimPrefix(w[n:], "-")
		if rest != "" && allDigits(rest) && strings.IndexFunc(d, unicode.IsLetter) >= 0 && !strings.ContainsFunc(d, unicode.IsLower) && strings.IndexFunc(d, func(r rune) bool { return r > unicode.MaxASCII }) < 0 {
			if n == 3 && strings.IndexFunc(d, unicode.IsDigit) >= 0 {
				continue // an ICAO designator is three letters
			}
			return d
		}
	}
	return ""
}

// flightCued reports whether a flight word or an airline's name comes
// just before word i.
func (f *finder) flightCued(i int) bool {
	for n := 1; n <= 3 && i-n >= 0; n++ {
		if w := f.joinFolds(i-n, i); f.r.codes.flightCues[w] || f.r.codes.airlines[w] {
			return true
		}
	}
	return false
}

// plate reads a vehicle's plate at i: one or two capitals, a number of
// one to four digits and one to three capitals ("B 1234 XYZ"), apart or
// glued ("B1234XYZ").
func (f *finder) plate(i int) (int, string) {
	toks := f.toks
	if t := toks[i]; t.Cap && t.Kind == text.Word && isPlate(t.Text) {
		return i + 1, "plate:" + strings.ToLower(t.Text)
	}
	if i+2 >= len(toks) {
		return i, ""
	}
	a, n, b := toks[i], toks[i+1], toks[i+2]
	if !allCapitals(a.Text, 1, 2) || n.Kind != text.Number || !allDigits(n.Text) || len(n.Text) > 4 || !allCapitals(b.Text, 1, 3) {
		return i, ""
	}
	return i + 3, "plate:" + strings.ToLower(a.Text+n.Text+b.Text)
}

// isPlate reports whether w is a plate written as one word.
func isPlate(w string) bool {
	k := 0
	for k < len(w) && k < 2 && 'A' <= w[k] && w[k] <= 'Z' {
		k++
	}
	d := k
	for d < len(w) && '0' <= w[d] && w[d] <= '9' {
		d++
	}
	return k >= 1 && d > k && d-k <= 4 && allCapitals(w[d:], 1, 3)
}

// law reads a law's or regulation's number at i: the pack's word for the
// kind of law, perhaps its word for "number", the number, and the year
// after a slash or the pack's year word ("UU Nomor 24 Tahun 2007", "UU
// 24/2007", "Law No. 24 of 2007").
func (f *finder) law(i int) (int, string) {
	kind, j := f.lawKind(i)
	if kind == "" {
		return i, ""
	}
	toks := f.toks
	if j < len(toks) && f.r.codes.lawNumbers[toks[j].Fold] {
		j++
		if j < len(toks) && toks[j].Text == "." {
			j++
		}
	}
	if j >= len(toks) || toks[j].Kind != text.Number || !allDigits(toks[j].Text) {
		return i, ""
	}
	num := toks[j].Text
	j++
	if j+1 < len(toks) && (toks[j].Text == "/" || f.r.codes.lawYears[toks[j].Fold]) && isYear(toks[j+1].Text) {
		return j + 2, "law:" + kind + ":" + strings.TrimLeft(num, "0") + "/" + toks[j+1].Text
	}
	return j, "law:" + kind + ":" + strings.TrimLeft(num, "0")
}

// lawKind returns the kind of law whose words start at i, and the word
// after them.
func (f *finder) lawKind(i int) (string, int) {
	if !f.toks[i].Cap || !f.r.codes.lawFirsts[f.toks[i].Fold] {
		return "", i
	}
	for n := min(f.r.codes.lawWords, len(f.toks)-i); n >= 1; n-- {
		if kind := f.r.codes.laws[strings.ReplaceAll(f.joinFolds(i, i+n), "-", " ")]; kind != "" {
			return kind, i + n
		}
	}
	return "", i
}

// joinFolds returns the folds of words [i, j) joined by spaces.
func (f *finder) joinFolds(i, j int) string {
	if j == i+1 {
		return f.toks[i].Fold
	}
	return joinFolds(f.toks[i:j])
}

// lawTitle returns the word after the title of the law whose code ends
// at j ("tentang Penanggulangan Bencana", "on Disaster Management"): its
// capitalized words and the connectors between them, which name the law,
// no person. After any other code it returns j.
func (f *finder) lawTitle(key string, j int) int {
	toks := f.toks
	if !strings.HasPrefix(key, "law:") || j+1 >= len(toks) || !f.r.codes.lawTitles[toks[j].Fold] || !toks[j+1].Cap {
		return j
	}
	k := j + 1
	for k < len(toks) {
		t := toks[k]
		switch {
		case isWord(t) && (t.Cap || t.Caps):
			k++
		case isWord(t) && f.r.connectors[t.Fold] && k+1 < len(toks) && toks[k+1].Cap:
			k++
		default:
			return k
		}
	}
	return k
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// allCapitals reports whether s is lo to hi ASCII capitals.
func allCapitals(s string, lo, hi int) bool {
	if len(s) < lo || len(s) > hi {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// isYear reports whether s is a year of four digits.
func isYear(s string) bool {
	y, err := strconv.Atoi(s)
	return err == nil && len(s) == 4 && y >= 1800 && y <= 2200
}
