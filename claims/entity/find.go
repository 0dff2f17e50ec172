package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
)

// finder holds the state of one Find call.
type finder struct {
	r         *Recognizer
	text      string
	toks      []token
	cands     [][]*phrase // the phrases each token may start, looked up once
	titleCase bool
	out       []claims.Mention
}

// parsed is a person phrase: who, with what title, over which tokens.
type parsed struct {
	start, end         int // tokens [start, end) of the whole phrase
	nameStart, nameEnd int // tokens of the name; equal when there is none
	titleStart         int // token of the title, when titled
	e                  claims.Entity
	titled             bool
}

// match returns the longest phrase of one of kinds starting at token i,
// and the number of tokens it covers.
func (f *finder) match(i int, kinds phraseKind) (*phrase, int) {
	if i >= len(f.toks) || !f.toks[i].word {
		return nil, 0
	}
	for _, ph := range f.cands[i] {
		if ph.kind&kinds == 0 {
			continue
		}
		if n, ok := matchAt(f.toks, i, ph); ok {
			return ph, n
		}
	}
	return nil, 0
}

func (f *finder) run() []claims.Mention {
	f.cands = make([][]*phrase, len(f.toks))
	for i, t := range f.toks {
		if t.word {
			f.cands[i] = f.r.index[t.fold]
		}
	}
	for i := 0; i < len(f.toks); {
		if !f.toks[i].word {
			i++
			continue
		}
		if p, ok := f.person(i); ok {
			i = f.emitPerson(p)
			continue
		}
		if n := f.known(i); n > i {
			i = n
			continue
		}
		if n := f.capsRun(i); n > i {
			i = n
			continue
		}
		i++
	}
	return f.out
}

// person parses a person phrase led by a title, rank, honorific or
// "former", or by a place that owns a title ("Japan's foreign minister").
func (f *finder) person(i int) (parsed, bool) {
	p, ok := f.rolePhrase(i)
	if !ok {
		return p, false
	}
	if p.nameEnd > p.nameStart {
		return p, true
	}
	// A role without a name is worth a mention only when it says whose
	// role it is: "Japan's foreign minister", "Kepala BNPB".
	if p.titled && (p.e.Of != "" || p.e.Org != "" || f.namedOffice(p)) {
		p.e.Partial = true
		return p, true
	}
	return p, false
}

// namedOffice reports whether a title without a name or an owner still
// names one office: a specific role ("chief-cabinet-secretary", not
// "minister") capitalized inside the sentence ("the Chief Cabinet
// Secretary said").
func (f *finder) namedOffice(p parsed) bool {
	t := f.toks[p.titleStart]
	return strings.Contains(p.e.Role, "-") && !strings.HasPrefix(p.e.Role, "former-") && t.cap && !f.initial(p.titleStart) && !f.titleCase
}

// rolePhrase parses [former] [place ['s]] [former] title [complement]
// [ranks] [name], or ranks and honorifics before a name.
func (f *finder) rolePhrase(i int) (parsed, bool) {
	toks := f.toks
	p := parsed{start: i}
	p.e.Kind = claims.Person
	pos := i
	former := false
	if ph, n := f.match(pos, kindFormer); ph != nil {
		former = true
		pos += n
	}
	if ph, n := f.match(pos, kindPlace); ph != nil && toks[pos].cap {
		q := pos + n
		if q < len(toks) && toks[q].attached && isPossessive(toks[q].fold, f.r.possessives) {
			q++
		}
		if fp, fn := f.match(q, kindFormer); fp != nil {
			former = true
			q += fn
		}
		if tp, _ := f.match(q, kindTitle); tp != nil {
			p.e.Of = ph.key
			pos = q
		}
	}
	if tp, tn := f.match(pos, kindTitle); tp != nil {
		p.titled = true
		p.titleStart = pos
		p.e.Role = tp.key
		if former {
			p.e.Role = "former-" + tp.key
		}
		p.e.Title = f.text[toks[pos].start:toks[pos+tn-1].end]
		pos += tn
		// "head of the Quds Force", "minister of Japan"
		if pos+1 < len(toks) && !toks[pos].cap && f.r.owners[toks[pos].fold] {
			q := pos + 1
			if q < len(toks) && !toks[q].cap && f.r.connectors[toks[q].fold] {
				q++
			}
			if q < len(toks) && toks[q].cap {
				pos = q
			}
		}
	} else if ph, _ := f.match(pos, kindRank|kindHonorific); ph == nil || !toks[pos].cap {
		return p, false
	}
	if f.titleCase && p.titled {
		// In a headline every word is capitalized: the words after a
		// title are as likely a verb as a name. Only an owner right
		// after the title counts ("Menlu Kazakhstan Kunjungi ...").
		if ph, n := f.match(pos, kindKnown); ph != nil {
			if ph.kind == kindPlace && p.e.Of == "" {
				p.e.Of = ph.key
			} else if ph.kind == kindOrg {
				p.e.Org = ph.key
			}
			pos += n
		}
		p.end, p.nameStart, p.nameEnd = pos, pos, pos
		return p, true
	}
	end := f.region(pos, p.titled)
	split := f.split(pos, end, &p.e)
	p.nameStart, p.nameEnd = split, f.nameEnd(split, end)
	if p.nameEnd > p.nameStart {
		p.end = p.nameEnd
	} else {
		p.end = split
		if p.end <= pos {
			p.end = pos
		}
	}
	if !p.titled && p.nameEnd == p.nameStart {
		return p, false
	}
	return p, true
}

// region returns the end of the run of capitalized words, joined by
// connectors, particles and commas, that may hold a title's complement
// and a name.
func (f *finder) region(pos int, titled bool) int {
	toks := f.toks
	j := pos
	for j < len(toks) {
		t := toks[j]
		if n := f.parenthesized(j); n > j && j > pos {
			j = n
			continue
		}
		if n := f.initialAt(j); n > j {
			j = n
			continue
		}
		if t.word && (t.cap || t.upper) {
			if ph, n := f.match(j, kindKnown|kindRank); ph != nil {
				j += n
				continue
			}
		}
		switch {
		case t.word && (t.cap || t.upper) && !isDigitStart(t.text):
			if j > pos {
				if tp, _ := f.match(j, kindTitle); tp != nil {
					return j
				}
			}
			if f.r.notNames[t.fold] && !f.isHeadOrKnown(j) {
				return j
			}
			j++
		case t.word && (f.r.connectors[t.fold] || f.r.particles[t.fold]) && j > pos && j+1 < len(toks) && toks[j+1].cap:
			j++
		case t.text == "," && (j > pos || titled) && j+1 < len(toks) && toks[j+1].cap && toks[j+1].word:
			j++
		default:
			return j
		}
	}
	return j
}

// parenthesized returns the token after "(BNPB)" or "(Badan SAR
// Nasional)" at j: an acronym or a known name in parentheses, which
// glosses the name before it; j when there is none.
func (f *finder) parenthesized(j int) int {
	toks := f.toks
	if j+2 >= len(toks) || toks[j].text != "(" {
		return j
	}
	if toks[j+1].upper && toks[j+2].text == ")" {
		return j + 3
	}
	if ph, n := f.match(j+1, kindKnown); ph != nil && j+1+n < len(toks) && toks[j+1+n].text == ")" {
		return j + 2 + n
	}
	return j
}

func (f *finder) isHeadOrKnown(j int) bool {
	ph, _ := f.match(j, kindKnown|kindOrgHead|kindPlaceHead|kindRank|kindHonorific)
	return ph != nil
}

// split walks the region [pos, end) and returns where the name begins:
// after the last place, organization, rank or head word, or after a comma
// that follows one. It fills Of, Org and Rank on the way. The plain words
// after an organization's head word belong to it ("Organisasi Darurat
// Medis"), unless a comma sets a name apart.
func (f *finder) split(pos, end int, e *claims.Entity) int {
	toks := f.toks
	last := pos
	genericOrg := -1
	orgOpen := false
	lastComma := -1
	lastHead := -1
	for k := pos; k < end; {
		t := toks[k]
		if n := f.parenthesized(k); n > k {
			k = n
			last = k
			continue
		}
		if t.word && !t.cap && !t.upper && f.r.connectors[t.fold] && !orgOpen {
			// "Andriy Sybiga for Tokyo", "Menlu Jepang di Tokyo": a
			// connector joins the words of an organization's name, and
			// ends anything else.
			return last
		}
		if t.text == "," {
			if orgOpen {
				lastComma = k
				k++
				continue
			}
			if last != k {
				// A comma after a plain word ends a name (a list of
				// people), not a title's complement.
				return last
			}
			last = k + 1
			k++
			continue
		}
		ph, n := f.match(k, kindKnown|kindRank|kindOrgHead|kindPlaceHead)
		if ph == nil {
			if t.upper && k == last && e.Role != "" && e.Org == "" {
				// An unknown acronym right after a title: its
				// organization ("anggota DPRD").
				e.Org = t.fold
				k++
				last = k
				continue
			}
			k++
			continue
		}
		orgOpen = ph.kind == kindOrgHead
		lastComma = -1
		switch ph.kind {
		case kindPlace:
			if e.Of == "" && e.Role != "" {
				e.Of = ph.key
			}
		case kindOrg:
			e.Org = ph.key
		case kindRank:
			e.Rank = ph.key
		case kindOrgHead:
			if genericOrg < 0 {
				genericOrg = k
			}
			lastHead = k
		}
		k += n
		last = k
	}
	orgEnd := last
	if orgOpen {
		// The organization runs on to the last comma, or to the end.
		switch g := f.givenNameAfter(lastHead+2, end); {
		case lastComma >= 0:
			orgEnd, last = lastComma, lastComma+1
		case g >= 0:
			// "Kepala Stasiun Geofisika Koruko Nurul Fauzi Laksono".
			orgEnd, last = g, g
		default:
			orgEnd, last = end, end
		}
	}
	if genericOrg >= 0 && e.Org == "" && e.Role != "" {
		stop := orgEnd
		for k := genericOrg; k < orgEnd; k++ {
			if toks[k].text == "," || toks[k].text == "(" || (f.r.connectors[toks[k].fold] && !toks[k].cap) {
				stop = k
				break
			}
		}
		if stop > genericOrg {
			e.Org = slug(f.text[toks[genericOrg].start:toks[stop-1].end])
		}
	}
	return last
}

// nameEnd returns the end of the name that starts at s: capitalized words
// that are not non-names, with particles inside.
func (f *finder) nameEnd(s, end int) int {
	toks := f.toks
	j := s
	for j < end {
		t := toks[j]
		if n := f.initialAt(j); n > j && n < end {
			j = n
			continue
		}
		if !t.word || isDigitStart(t.text) {
			break
		}
		if t.cap || t.upper {
			if f.r.notNames[t.fold] {
				if ph, _ := f.match(j, kindHonorific); ph == nil {
					break
				}
			}
			if ph, _ := f.match(j, kindOrgHead|kindPlaceHead|kindKnown); ph != nil {
				break
			}
			j++
			continue
		}
		if f.r.particles[t.fold] && j > s && j+1 < end && toks[j+1].cap {
			j++
			continue
		}
		break
	}
	return j
}

// emitPerson appends the person of p, with a title given after the name
// by apposition, and returns the token after it.
func (f *finder) emitPerson(p parsed) int {
	toks := f.toks
	e := p.e
	if p.nameEnd > p.nameStart {
		e.NameSpan = claims.Span{Start: toks[p.nameStart].start, End: toks[p.nameEnd-1].end}
		e.Name = e.NameSpan.Of(f.text)
		e.Key = f.personKey(p.nameStart, p.nameEnd)
		if p.nameEnd-p.nameStart == 1 && !p.titled && p.e.Rank == "" {
			e.Partial = true
		}
	}
	if e.Role != "" && e.Of == "" && e.Org == "" && len(f.out) > 0 && p.start > 0 {
		// "NasDem Party chairperson Surya Paloh": the organization or
		// place just before the title owns it.
		prev := f.out[len(f.out)-1].Entity
		if f.out[len(f.out)-1].Span.End == toks[p.start-1].end && prev != nil {
			switch prev.Kind {
			case claims.Organization:
				e.Org = prev.Key
			case claims.Place:
				e.Of = prev.Key
			}
		}
	}
	next := p.end
	if e.Name != "" && e.Role == "" {
		if ap, n, ok := f.apposition(p.end); ok {
			e.Title, e.Role, e.Of, e.Org = ap.Title, ap.Role, ap.Of, ap.Org
			next = n
		}
	}
	span := claims.Span{Start: toks[p.start].start, End: toks[p.end-1].end}
	f.out = append(f.out, claims.Mention{Kind: claims.MentionEntity, Span: span, Entity: &e})
	return next
}

// apposition reads ", [the] Japan's foreign minister," after a name and
// returns the role and the token after it.
func (f *finder) apposition(i int) (claims.Entity, int, bool) {
	toks := f.toks
	if i >= len(toks) || toks[i].text != "," {
		return claims.Entity{}, 0, false
	}
	j := i + 1
	if j < len(toks) && !toks[j].cap && f.r.connectors[toks[j].fold] {
		j++
	}
	p, ok := f.rolePhrase(j)
	if !ok || !p.titled || p.nameEnd > p.nameStart {
		return claims.Entity{}, 0, false
	}
	return p.e, p.end, true
}

// personKey folds the name tokens without honorifics.
func (f *finder) personKey(s, e int) string {
	var parts []string
	for k := s; k < e; k++ {
		if k < e-1 {
			if ph, _ := f.match(k, kindHonorific); ph != nil {
				continue
			}
		}
		parts = append(parts, f.toks[k].text)
	}
	return PersonKey(strings.Join(parts, " "))
}

// known emits a place or organization the pack names at i.
func (f *finder) known(i int) int {
	ph, n := f.match(i, kindKnown)
	if ph == nil {
		return i
	}
	if !f.toks[i].cap && !f.toks[i].upper && ph.kind == kindPlace {
		return i
	}
	if ph.kind == kindPlace && f.orgFollows(i+n) {
		// "Kerman Emergency Medical Organisation": the place names the
		// organization.
		return i
	}
	kind := claims.Place
	if ph.kind == kindOrg {
		kind = claims.Organization
	}
	end := i + n
	if kind == claims.Place && end < len(f.toks) && f.toks[end].word && f.r.placeHeadWords[f.toks[end].fold] {
		// "Central Sulawesi Province", "Kursk region".
		end++
	}
	f.emit(kind, i, end, ph.key)
	return end
}

// orgFollows reports whether the capitalized words from j on hold an
// organization's head word.
func (f *finder) orgFollows(j int) bool {
	for ; j < len(f.toks) && f.toks[j].word && f.toks[j].cap; j++ {
		if ph, _ := f.match(j, kindOrgHead); ph != nil {
			return true
		}
	}
	return false
}

func (f *finder) emit(kind claims.EntityKind, s, e int, key string) {
	span := claims.Span{Start: f.toks[s].start, End: f.toks[e-1].end}
	ent := &claims.Entity{Kind: kind, Name: span.Of(f.text), Key: key, NameSpan: span}
	f.out = append(f.out, claims.Mention{Kind: claims.MentionEntity, Span: span, Entity: ent})
}

// capsRun reads a run of capitalized words at i: an organization or place
// when it holds a head word, else a person's name.
func (f *finder) capsRun(i int) int {
	toks := f.toks
	t := toks[i]
	if !(t.cap || t.upper) || isDigitStart(t.text) {
		return i
	}
	if f.r.notNames[t.fold] && !f.isHeadOrKnown(i) {
		return i
	}
	j := i
	hasOrg, hasPlace := false, false
	for j < len(toks) {
		u := toks[j]
		if n := f.initialAt(j); n > j {
			j = n
			continue
		}
		if u.word && (u.cap || u.upper) {
			if j > i {
				if tp, _ := f.match(j, kindTitle|kindRank); tp != nil {
					break
				}
			}
			if ph, _ := f.match(j, kindOrgHead); ph != nil {
				hasOrg = true
			} else if ph, _ := f.match(j, kindPlaceHead); ph != nil {
				hasPlace = true
			}
			j++
			continue
		}
		if u.word && (f.r.connectors[u.fold] || f.r.particles[u.fold]) && j > i && j+1 < len(toks) && toks[j+1].cap && toks[j+1].word {
			if ph, _ := f.match(j+1, kindKnown|kindOrgHead|kindPlaceHead); ph != nil && f.r.connectors[u.fold] {
				// "Kecamatan Pronojiwo dan Kota Kerman": two names.
				break
			}
			j++
			continue
		}
		break
	}
	if !hasOrg && !hasPlace && j < len(toks) && toks[j].word && !toks[j].cap {
		// "Curah Kobokan village", "Kerman province".
		if f.r.placeHeadWords[toks[j].fold] {
			hasPlace = true
			j++
		} else if f.r.orgHeadWords[toks[j].fold] {
			hasOrg = true
			j++
		}
	}
	if !hasOrg && !hasPlace && f.afterPlace(i) {
		hasPlace = true
	}
	if f.titleCase {
		// A headline capitalizes every word: only known names count.
		return i + 1
	}
	if (hasOrg || hasPlace) && j-i == 1 && f.isHead(i) {
		// A head word alone names nothing.
		return j
	}
	if hasOrg {
		// "Polres Nerangme Nurul Zahra Santoso": a given name after the
		// organization's name starts a person's.
		for k := i; k < j; k++ {
			if ph, _ := f.match(k, kindOrgHead); ph != nil {
				if g := f.givenNameAfter(k+2, j); g >= 0 {
					j = g
				}
				break
			}
		}
	}
	switch {
	case hasOrg:
		key := slug(f.text[toks[i].start:toks[j-1].end])
		if ph, n := f.match(i, kindOrg); ph != nil && n == j-i {
			key = ph.key
		}
		f.emit(claims.Organization, i, j, key)
		return j
	case hasPlace:
		key := ""
		for k := i; k < j && key == ""; k++ {
			if ph, n := f.match(k, kindPlace); ph != nil && k+n == j {
				key = ph.key
			}
		}
		if key == "" {
			// "Kecamatan Pronojiwo" is the place Pronojiwo.
			s := i
			if ph, n := f.match(i, kindPlaceHead); ph != nil && i+n < j {
				s = i + n
			}
			key = slug(f.text[toks[s].start:toks[j-1].end])
		}
		f.emit(claims.Place, i, j, key)
		return j
	}
	// A person: the words up to the first that cannot be a name.
	e := f.nameEnd(i, j)
	for k := i; k < e; k++ {
		if ph, _ := f.match(k, kindKnown); ph != nil {
			e = k
		}
	}
	if e == i {
		return i
	}
	if allUpper(toks[i:e]) && e-i > 1 {
		// A line in capitals is a headline or page furniture.
		return e
	}
	if e-i == 1 && len([]rune(t.text)) < 2 {
		return e
	}
	if t.upper && e-i == 1 {
		// An unknown acronym: an organization.
		f.emit(claims.Organization, i, e, strings.ToLower(t.fold))
		return e
	}
	if f.initial(i) && e-i == 1 && !f.beforeVerb(e) {
		return e
	}
	return f.emitPerson(parsed{start: i, end: e, nameStart: i, nameEnd: e, e: claims.Entity{Kind: claims.Person}})
}

// afterPlace reports whether token i follows a locative preposition ("di
// Curah Koboan") or continues a list of places ("di Curah Koboan,
// Pronojiwo").
func (f *finder) afterPlace(i int) bool {
	if i == 0 {
		return false
	}
	prev := f.toks[i-1]
	if prev.word && !prev.cap && f.r.placePreps[prev.fold] {
		return true
	}
	if len(f.out) == 0 || f.out[len(f.out)-1].Entity.Kind != claims.Place {
		return false
	}
	last := f.out[len(f.out)-1].Span.End
	sep := f.toks[i-1]
	if sep.text != "," && !(sep.word && !sep.cap && f.r.connectors[sep.fold]) {
		return false
	}
	return i >= 2 && f.toks[i-2].end == last
}

// givenNameAfter returns the first token in [from, end) that is a common
// given name, or -1.
func (f *finder) givenNameAfter(from, end int) int {
	for k := max(from, 0); k < end; k++ {
		if f.toks[k].cap && f.r.givenNames[f.toks[k].fold] {
			return k
		}
	}
	return -1
}

// initialAt returns the token after an initial ("M." in "M. Syaugi") at
// j that a capitalized word follows, or j.
func (f *finder) initialAt(j int) int {
	toks := f.toks
	if j+2 >= len(toks) || !toks[j].cap || utf8.RuneCountInString(toks[j].text) != 1 ||
		toks[j+1].text != "." || !toks[j+1].attached || !toks[j+2].cap || !toks[j+2].word {
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
	switch f.toks[i-1].text {
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
		if !t.word {
			return false
		}
		if f.r.verbs[t.fold] {
			return true
		}
		if !f.r.auxiliaries[t.fold] {
			return false
		}
	}
	return false
}

func allUpper(ts []token) bool {
	for _, t := range ts {
		if !t.upper {
			return false
		}
	}
	return true
}

func isDigitStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

func isLetter(r rune) bool { return unicode.IsLetter(r) }
func isUpper(r rune) bool  { return unicode.IsUpper(r) }
