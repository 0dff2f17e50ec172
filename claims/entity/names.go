package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/text"
)

// known emits a place or organization the pack names at i.
func (f *finder) known(i int) int {
	ph, n := f.match(i, kindKnown)
	if ph == nil {
		return i
	}
	if !f.toks[i].Cap && !f.toks[i].Caps && ph.kind == kindPlace {
		return i
	}
	if ph.kind == kindPlace && f.orgFollows(i+n) {
		// "Kerman Emergency Medical Organisation": the place names the
		// organization.
		return i
	}
	if ph.kind == kindOrg {
		f.emit(claims.Organization, i, i+n, ph.key)
		return f.seat(i + n)
	}
	start, end, key := i, i+n, ph.key
	if f.placeModifier(end) {
		// "Lampung Tengah", "Bengkulu Utara": a regency, not the province.
		end++
	}
	if f.placeModifier(i-1) && !f.namePart(i-2) && (len(f.out) == 0 || f.out[len(f.out)-1].Span.End <= f.toks[i-1].Span.Start) {
		// "South Jakarta": a city, not the capital; but "Duta Besar
		// China" is China's ambassador.
		start--
	}
	if start != i || end != i+n {
		key = slug(f.text[f.toks[start].Span.Start:f.toks[end-1].Span.End])
	}
	if end < len(f.toks) && isWord(f.toks[end]) && f.r.trailingHeads[f.toks[end].Fold] {
		// "Central Sulawesi Province", "East Java province".
		end++
	}
	f.emit(claims.Place, start, end, key)
	return end
}

// seat emits the place written right after an organization's name, one
// capitalized word the pack does not know, with a compass word after it
// ("BPBD Sidoarjo", "Polres Garut", "Dinkes Bandung Barat"): the seat of
// a regional office, not a person. It returns the word after it, or j.
func (f *finder) seat(j int) int {
	if !f.nameWord(j) || !f.toks[j].Space || f.r.givenNames[f.toks[j].Fold] {
		return j
	}
	end := j + 1
	if f.placeModifier(end) {
		end++
	}
	if f.namePart(end) || end < len(f.toks) && f.toks[end].Text == "(" {
		return j // "KPK Budi Prasetyo", a name; "(" glosses the org
	}
	f.emit(claims.Place, j, end, slug(f.text[f.toks[j].Span.Start:f.toks[end-1].Span.End]))
	return end
}

// namePart reports whether word j is a capitalized word that may be part
// of a name: not a function word that opens a sentence ("The").
func (f *finder) namePart(j int) bool {
	return j >= 0 && j < len(f.toks) && isWord(f.toks[j]) && (f.toks[j].Cap || f.toks[j].Caps) && !f.notName(j)
}

// notName reports whether word j is one that is never part of a person's
// name (Recognizer.notNames). A word that is also a given name of the
// pack ("Fitri" of "Idul Fitri", "Agung" of "Kejaksaan Agung") is a
// name's inside a run of name words, between two capitalized words that
// may be part of one ("Yogi Fitri Purnomo", "Kepala Dinas Sosial Fitri
// Handayani").
func (f *finder) notName(j int) bool {
	fold := f.toks[j].Fold
	if !f.r.notNames[fold] {
		return false
	}
	if !f.r.givenNames[fold] {
		return true
	}
	return !f.nameNeighbour(j-1, j) || !f.nameNeighbour(j+1, j+1)
}

// nameNeighbour reports whether word k, apart from its neighbour by the
// space before word spaced, is a capitalized word that may be part of a
// name, written as a name is (not in capitals).
func (f *finder) nameNeighbour(k, spaced int) bool {
	if k < 0 || k >= len(f.toks) || !f.toks[spaced].Space {
		return false
	}
	t := f.toks[k]
	return isWord(t) && t.Cap && !t.Caps && t.Kind != text.Number && !f.r.notNames[t.Fold]
}

// placeModifier reports whether word j is a capitalized word of the
// pack's PlaceModifiers.
func (f *finder) placeModifier(j int) bool {
	return j >= 0 && j < len(f.toks) && isWord(f.toks[j]) && f.toks[j].Cap && f.r.placeModifiers[f.toks[j].Fold]
}

// orgFollows reports whether the capitalized words from j on hold an
// organization's head word.
func (f *finder) orgFollows(j int) bool {
	for ; j < len(f.toks) && isWord(f.toks[j]) && f.toks[j].Cap; j++ {
		if ph, _ := f.match(j, kindOrgHead); ph != nil {
			return true
		}
	}
	return false
}

func (f *finder) emit(kind claims.EntityKind, s, e int, key string) {
	span := claims.Span{Start: f.toks[s].Span.Start, End: f.toks[e-1].Span.End}
	ent := &claims.Entity{Kind: kind, Name: span.Of(f.text), Key: key, NameSpan: span}
	f.out = append(f.out, claims.Mention{Kind: claims.MentionEntity, Span: span, Entity: ent})
}

// capsRun reads a run of capitalized words at i: an organization or place
// when it holds a head word, else a person's name.
func (f *finder) capsRun(i int) int {
	t := f.toks[i]
	if !(t.Cap || t.Caps) || t.Kind == text.Number {
		return i
	}
	if f.notName(i) && !f.isHeadOrKnown(i) {
		return i
	}
	c := f.scanRun(i)
	f.headAfter(&c)
	if !c.org && !c.place && (f.afterPlace(i) && !f.titledAfter(c.end) || f.dateline(i, c.end)) {
		c.place = true
	}
	if c.place && !c.org {
		c.end = f.placeEnd(c)
	}
	if f.titleCase {
		// A headline capitalizes every word: only known names count.
		return i + 1
	}
	if (c.org || c.place) && c.end-i == 1 && f.isHead(i) {
		// A head word alone names nothing.
		return c.end
	}
	switch {
	case !c.org && !c.place && f.teamCued(i, c.end) && f.nameWord(i):
		f.emitThing(claims.Team, i, i, c.end, f.thingKey(i, c.end))
		return c.end
	case c.org:
		return f.emitOrgRun(c)
	case c.place:
		return f.emitPlaceRun(c)
	}
	return f.personRun(i, c.end)
}

// capsRunInfo is a run of capitalized words [start, end), and whether a
// head word makes it an organization or a place.
type capsRunInfo struct {
	start, end int
	org, place bool
}

// scanRun reads the capitalized words from i on, with initials and the
// connectors and particles between them, up to a title or rank (which
// starts a person) or a connector before a known name ("Kecamatan
// Pronojiwo dan Kota Kerman": two names).
func (f *finder) scanRun(i int) capsRunInfo {
	toks := f.toks
	c := capsRunInfo{start: i, end: i}
	for j := i; j < len(toks); j = c.end {
		u := toks[j]
		if n := f.initialAt(j); n > j {
			c.end = n
			continue
		}
		if isWord(u) && (u.Cap || u.Caps) {
			if j > i {
				if tp, _ := f.match(j, kindTitle|kindRank); tp != nil || f.codeStarts(j) {
					break
				}
			}
			if ph, _ := f.match(j, kindOrgHead); ph != nil {
				c.org = true
			} else if ph, _ := f.match(j, kindPlaceHead); ph != nil {
				c.place = true
			}
			c.end = j + 1
			continue
		}
		if !isWord(u) || !(f.r.connectors[u.Fold] || f.r.particles[u.Fold]) || j == i || j+1 >= len(toks) || !toks[j+1].Cap || !isWord(toks[j+1]) {
			break
		}
		if ph, _ := f.match(j+1, kindKnown|kindOrgHead|kindPlaceHead); ph != nil && f.r.connectors[u.Fold] {
			break
		}
		c.end = j + 1
	}
	return c
}

// titledAfter reports whether a title in apposition follows token i
// (", head of the forestry office"): the name before it is a person's,
// even after a preposition ("came from Herman Zulkarnain, head of ...").
func (f *finder) titledAfter(i int) bool {
	_, _, ok := f.apposition(i)
	return ok
}

// placeEnd returns where the place of run c ends: before a connector
// other than an owner. A place's name holds no conjunction or preposition
// but "of" ("Gulf of Aden"): "di Palu dan Donggala" names two places, and
// the second follows the first as a list (afterPlace).
func (f *finder) placeEnd(c capsRunInfo) int {
	for k := c.start + 1; k < c.end; k++ {
		t := f.toks[k]
		if isWord(t) && !t.Cap && f.r.connectors[t.Fold] && !f.r.owners[t.Fold] {
			return k
		}
	}
	return c.end
}

// dateline reports whether the run [i, end) opens the sentence in
// capitals and a comma or a parenthesis, then a dash, follow it: the
// place a news agency's dateline names ("PALU, KOMPAS.com -", "JAKARTA
// (Reuters) -").
func (f *finder) dateline(i, end int) bool {
	if !f.initial(i) || end >= len(f.toks) || !allUpper(f.toks[i:end]) {
		return false
	}
	if sep := f.toks[end].Text; sep != "," && sep != "(" {
		return false
	}
	for k := end + 1; k < len(f.toks) && k <= end+8; k++ {
		switch f.toks[k].Text {
		case "-", "–", "—":
			return true
		}
	}
	return false
}

// headAfter takes in a head word written in lower case after the run
// ("Curah Kobokan village", "Kerman province", "Medan police"), but not
// one that starts a title ("Medan police chief").
func (f *finder) headAfter(c *capsRunInfo) {
	j := c.end
	if c.org || c.place || j >= len(f.toks) || !isWord(f.toks[j]) || f.toks[j].Cap {
		return
	}
	if tp, _ := f.match(j, kindTitle); tp != nil {
		return
	}
	if w := f.toks[j].Fold; f.r.trailingHeads[w] || f.r.facilityHeads[w] {
		c.place = true
		c.end++
	} else if f.r.orgHeadWords[w] {
		c.org = true
		c.end++
	}
}

// emitOrgRun emits the organization a run names, with the pack's key when
// the whole run is a known organization. A given name after the
// organization's name starts a person's ("Polres Nerangme Nurul Zahra
// Santoso"), so the run ends before it.
func (f *finder) emitOrgRun(c capsRunInfo) int {
	i, j := c.start, c.end
	for k := i; k < j; k++ {
		if ph, _ := f.match(k, kindOrgHead); ph != nil {
			if g := f.givenNameAfter(k+2, j); g >= 0 {
				j = g
			}
			break
		}
	}
	key := slug(f.text[f.toks[i].Span.Start:f.toks[j-1].Span.End])
	for k := i; k < j; k++ {
		// The whole run, or a known organization that ends it ("Kantor
		// Berita Antara" is Antara).
		if ph, n := f.match(k, kindOrg); ph != nil && k+n == j {
			key = ph.key
			break
		}
	}
	f.emit(claims.Organization, i, j, key)
	return j
}

// emitPlaceRun emits the place a run names: the key of a known place that
// ends the run after head words only ("Provinsi Jawa Timur"), else
// placeKey's ("Bandar Lampung" is a city, not the province).
func (f *finder) emitPlaceRun(c capsRunInfo) int {
	i, j := c.start, c.end
	key := ""
	for k := i; k < j && key == ""; k++ {
		if ph, n := f.match(k, kindPlace); ph != nil && k+n == j {
			key = ph.key
		}
		if !f.isHead(k) {
			break
		}
	}
	if key == "" {
		key = f.placeKey(i, j)
	}
	f.emit(claims.Place, i, j, key)
	return j
}

// placeKey makes the key of the unknown place named by words [i, j): the
// name without the place heads around it, so that "Kabupaten Lumajang",
// "Lumajang Regency", "Lumajang regency" and "Lumajang" are one place.
// The words after the first leading head are the name when there are
// some ("Status Gunung Merapi" is Merapi), else those before a trailing
// head. A facility's head is part of its name ("Jalan Sudirman" is not
// Sudirman): a run with one keeps every word.
func (f *finder) placeKey(i, j int) string {
	s, e := i, j
	for k := i; k < j; k++ {
		if f.r.facilityHeads[f.toks[k].Fold] {
			return slug(f.text[f.toks[i].Span.Start:f.toks[j-1].Span.End])
		}
	}
	for k := i; k < j; k++ {
		if ph, n := f.match(k, kindPlaceHead); ph != nil && k+n < j && !f.r.trailingHeads[f.toks[k].Fold] {
			s = k + n
			break
		}
	}
	if e-1 > s && f.r.trailingHeads[f.toks[e-1].Fold] {
		e--
	}
	return slug(f.text[f.toks[s].Span.Start:f.toks[e-1].Span.End])
}

// personRun reads a person's name in the run [i, j): the words up to the
// first that cannot be a name or is a known place or organization. It
// leaves out lines in capitals, single letters and single words that open
// a sentence without a reporting verb after them, and takes an unknown
// acronym for an organization.
func (f *finder) personRun(i, j int) int {
	toks := f.toks
	t := toks[i]
	e := f.nameEnd(i, j)
	for k := i; k < e; k++ {
		if ph, _ := f.match(k, kindKnown); ph != nil && !f.placeInName(k, i, e) {
			e = k
		}
	}
	switch {
	case e == i:
		return i
	case allUpper(toks[i:e]) && e-i > 1:
		// A line in capitals is a headline or page furniture.
		return e
	case e-i == 1 && utf8.RuneCountInString(t.Text) < 2:
		return e
	case e-i == 1 && f.r.demonymOf(t.Fold) != "":
		// "Jakartans": the people of a place, no person.
		f.emit(claims.Place, i, e, f.r.demonymOf(t.Fold))
		return e
	case t.Caps && e-i == 1:
		// An unknown acronym: an organization.
		f.emit(claims.Organization, i, e, strings.ToLower(t.Fold))
		return e
	case f.initial(i) && e-i == 1 && !f.beforeVerb(e):
		return e
	}
	return f.emitPerson(parsed{start: i, end: e, nameStart: i, nameEnd: e, e: claims.Entity{Kind: claims.Person}})
}

// demonymEndings turn a place's name into its people's ("Jakarta",
// "Jakartan", "Jakartans"; "Bali", "Balinese").
var demonymEndings = []string{"ns", "n", "nese", "ese", "ians", "ian", "ans", "an"}

// demonymOf returns the key of the known place whose people the folded
// word w names, or "".
func (r *Recognizer) demonymOf(w string) string {
	for _, e := range demonymEndings {
		if stem, ok := strings.CutSuffix(w, e); ok && utf8.RuneCountInString(stem) >= 4 {
			if key, ok := r.places[stem]; ok {
				return key
			}
		}
	}
	return ""
}

// afterPlace reports whether token i follows a locative preposition ("di
// Curah Koboan") or continues a list of places ("di Curah Koboan,
// Pronojiwo").
func (f *finder) afterPlace(i int) bool {
	if i == 0 {
		return false
	}
	prev := f.toks[i-1]
	if isWord(prev) && !prev.Cap && f.r.placePreps[prev.Fold] {
		return true
	}
	if i >= 2 && isWord(prev) && f.r.owners[prev.Fold] {
		// "the region of Donggala", "the town of Sigi": a place head
		// written in lower case, then its owner word.
		head := f.toks[i-2]
		if isWord(head) && !head.Cap && !head.Caps && f.r.trailingHeads[head.Fold] {
			return true
		}
	}
	if len(f.out) == 0 || f.out[len(f.out)-1].Entity.Kind != claims.Place {
		return false
	}
	if f.toks[i].Caps {
		// After a dateline's place, its outlet in capitals ("PALU,
		// KOMPAS -"); places in capitals are the pack's acronyms.
		return false
	}
	last := f.out[len(f.out)-1].Span.End
	sep := f.toks[i-1]
	if sep.Text != "," && !(isWord(sep) && !sep.Cap && f.r.connectors[sep.Fold]) {
		return false
	}
	return i >= 2 && f.toks[i-2].Span.End == last
}

// givenNameAfter returns the first token in [from, end) that is a common
// given name, or -1.
func (f *finder) givenNameAfter(from, end int) int {
	for k := max(from, 0); k < end; k++ {
		if f.toks[k].Cap && f.r.givenNames[f.toks[k].Fold] {
			return k
		}
	}
	return -1
}

// initialAt returns the token after an initial ("M." in "M. Syaugi") at
// j that a capitalized word follows, or j.
func (f *finder) initialAt(j int) int {
	toks := f.toks
	if j+2 >= len(toks) || !toks[j].Cap || utf8.RuneCountInString(toks[j].Text) != 1 ||
		toks[j+1].Text != "." || toks[j+1].Space || !toks[j+2].Cap || !isWord(toks[j+2]) {
		return j
	}
	return j + 2
}

func (f *finder) isHead(i int) bool {
	ph, _ := f.match(i, kindOrgHead|kindPlaceHead)
	return ph != nil
}

// initial reports whether token i starts the sentence or a quotation in
// it, where a capital says nothing.
func (f *finder) initial(i int) bool {
	if i == 0 {
		return true
	}
	switch f.toks[i-1].Text {
	case "\"", "“", "”", "'", "‘", "(", "[", ":", "-", "–", "—", "•", "*":
		return true
	}
	return false
}

// beforeVerb reports whether a reporting verb follows token i, perhaps
// after an auxiliary ("Hayashi told", "Khamenei juga menyampaikan").
func (f *finder) beforeVerb(i int) bool {
	for k := i; k < len(f.toks) && k < i+3; k++ {
		t := f.toks[k]
		if !isWord(t) {
			return false
		}
		if f.r.verbs[t.Fold] {
			return true
		}
		if !f.r.auxiliaries[t.Fold] {
			return false
		}
	}
	return false
}

func allUpper(ts []text.Token) bool {
	for _, t := range ts {
		if !t.Caps {
			return false
		}
	}
	return true
}
