package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/text"
)

// finder holds the state of one FindIn call.
type finder struct {
	r    *Recognizer
	text string
	// toks are the sentence's words (see words.go), fine its shared
	// tokens, which the phrase matcher reads. When a word joins several
	// tokens, at[i] is the token word i starts at and wordOf[k] the word
	// token k starts, or -1 inside a word; both are nil when every word is
	// one token.
	toks, fine []text.Token
	at, wordOf []int32
	// cand[i] is set when a phrase may start at word i, looked up once.
	cand      []bool
	titleCase bool
	out       []claims.Mention
}

func newFinder(r *Recognizer, s *text.Sentence) finder {
	f := finder{r: r, text: s.Text, fine: s.Tokens}
	n := len(f.fine)
	flags := make([]bool, 2*n)
	f.toks = r.words(s, r.knownWord, flags[:n])
	if len(f.toks) != n {
		f.indexWords()
	}
	f.cand = flags[n : n+len(f.toks)]
	for i, t := range f.toks {
		f.cand[i] = isWord(t) && r.starters[f.fine[f.tokenAt(i)].Fold]
	}
	f.titleCase = titleCase(f.toks)
	return f
}

// indexWords maps words to tokens and back, when some word joins several
// tokens.
func (f *finder) indexWords() {
	buf := make([]int32, len(f.toks)+1+len(f.fine)+1)
	f.at, f.wordOf = buf[:len(f.toks)+1], buf[len(f.toks)+1:]
	for k := range f.wordOf {
		f.wordOf[k] = -1
	}
	k := 0
	for i, t := range f.toks {
		for f.fine[k].Span.Start < t.Span.Start {
			k++
		}
		f.at[i], f.wordOf[k] = int32(k), int32(i)
	}
	f.at[len(f.toks)], f.wordOf[len(f.fine)] = int32(len(f.fine)), int32(len(f.toks))
}

// tokenAt returns the token word i starts at.
func (f *finder) tokenAt(i int) int {
	if f.at == nil {
		return i
	}
	return int(f.at[i])
}

// wordAt returns the word token k starts, or -1 when k is inside a word.
func (f *finder) wordAt(k int) int {
	if f.wordOf == nil {
		return k
	}
	return int(f.wordOf[k])
}

// parsed is a person phrase: who, with what title, over which tokens.
type parsed struct {
	start, end         int // tokens [start, end) of the whole phrase
	nameStart, nameEnd int // tokens of the name; equal when there is none
	titleStart         int // token of the title, when titled
	e                  claims.Entity
	titled             bool
}

// match returns the longest phrase of one of kinds starting at word i,
// and the number of words it covers.
func (f *finder) match(i int, kinds phraseKind) (*phrase, int) {
	if i >= len(f.toks) || !f.cand[i] {
		return nil, 0
	}
	start := f.tokenAt(i)
	var misfits []*phrase
	accept := func(ph *phrase) bool {
		if ph.kind&kinds == 0 {
			return false
		}
		for _, m := range misfits {
			if m == ph {
				return false
			}
		}
		return true
	}
	for {
		end, ph, ok := f.r.phrases.AtFunc(f.fine, start, accept)
		if !ok {
			return nil, 0
		}
		if f.fits(ph, start, end) {
			return ph, f.withPeriod(ph, f.wordAt(end)) - i
		}
		// The tokens match but the words do not ("Badan Mata-Mata" is
		// not "Badan mata-mata"): look for a shorter phrase.
		misfits = append(misfits, ph)
	}
}

// fits reports whether phrase ph, matched over tokens [start, end), starts
// a word of the text wherever it starts one of its own words and nowhere
// else. A period the matcher stepped over must be a word of its own
// between two words ("Lt. Gen.").
func (f *finder) fits(ph *phrase, start, end int) bool {
	k := start
	for n := range ph.folds {
		t := f.fine[k]
		if n > 0 && t.Fold == "." && !t.Space && ph.folds[n] != "." {
			if !ph.starts[n] || f.wordAt(k) < 0 {
				return false
			}
			k++
		}
		if (f.wordAt(k) >= 0) != ph.starts[n] {
			return false
		}
		k++
	}
	return k == end && f.wordAt(end) >= 0
}

// withPeriod returns the word after a match of ph ending before word j,
// taking in the period of an abbreviated rank or title ("Lt.", "Dr.").
func (f *finder) withPeriod(ph *phrase, j int) int {
	if j < len(f.toks) && f.toks[j].Text == "." && !f.toks[j].Space && len(ph.last) <= 4 && ph.kind&(kindRank|kindTitle|kindHonorific) != 0 {
		return j + 1
	}
	return j
}

func (f *finder) run() []claims.Mention {
	for i := 0; i < len(f.toks); {
		if !isWord(f.toks[i]) {
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
	return strings.Contains(p.e.Role, "-") && !strings.HasPrefix(p.e.Role, "former-") && t.Cap && !f.initial(p.titleStart) && !f.titleCase
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
	if ph, n := f.match(pos, kindPlace); ph != nil && toks[pos].Cap {
		q := pos + n
		if q < len(toks) && !toks[q].Space && f.r.isPossessive(toks[q].Fold) {
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
		p.e.Title = f.text[toks[pos].Span.Start:toks[pos+tn-1].Span.End]
		pos += tn
		// "head of the Quds Force", "minister of Japan"
		if pos+1 < len(toks) && !toks[pos].Cap && f.r.owners[toks[pos].Fold] {
			q := pos + 1
			if q < len(toks) && !toks[q].Cap && f.r.connectors[toks[q].Fold] {
				q++
			}
			if q < len(toks) && toks[q].Cap {
				pos = q
			}
		}
	} else if ph, _ := f.match(pos, kindRank|kindHonorific); ph == nil || !toks[pos].Cap {
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
		if isWord(t) && (t.Cap || t.Caps) {
			if ph, n := f.match(j, kindKnown|kindRank); ph != nil {
				j += n
				continue
			}
		}
		switch {
		case isWord(t) && (t.Cap || t.Caps) && t.Kind != text.Number:
			if j > pos {
				if tp, _ := f.match(j, kindTitle); tp != nil {
					return j
				}
			}
			if f.r.notNames[t.Fold] && !f.isHeadOrKnown(j) {
				return j
			}
			j++
		case isWord(t) && (f.r.connectors[t.Fold] || f.r.particles[t.Fold]) && j > pos && j+1 < len(toks) && toks[j+1].Cap:
			j++
		case t.Text == "," && (j > pos || titled) && j+1 < len(toks) && toks[j+1].Cap && isWord(toks[j+1]):
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
	if j+2 >= len(toks) || toks[j].Text != "(" {
		return j
	}
	if toks[j+1].Caps && toks[j+2].Text == ")" {
		return j + 3
	}
	if ph, n := f.match(j+1, kindKnown); ph != nil && j+1+n < len(toks) && toks[j+1+n].Text == ")" {
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
		if isWord(t) && !t.Cap && !t.Caps && f.r.connectors[t.Fold] && !orgOpen {
			// "Andriy Sybiga for Tokyo", "Menlu Jepang di Tokyo": a
			// connector joins the words of an organization's name, and
			// ends anything else.
			return last
		}
		if t.Text == "," {
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
			if t.Caps && k == last && e.Role != "" && e.Org == "" {
				// An unknown acronym right after a title: its
				// organization ("anggota DPRD").
				e.Org = t.Fold
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
			if toks[k].Text == "," || toks[k].Text == "(" || (f.r.connectors[toks[k].Fold] && !toks[k].Cap) {
				stop = k
				break
			}
		}
		if stop > genericOrg {
			e.Org = slug(f.text[toks[genericOrg].Span.Start:toks[stop-1].Span.End])
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
		if !isWord(t) || t.Kind == text.Number {
			break
		}
		if t.Cap || t.Caps {
			if f.r.notNames[t.Fold] {
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
		if f.r.particles[t.Fold] && j > s && j+1 < end && toks[j+1].Cap {
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
		e.NameSpan = claims.Span{Start: toks[p.nameStart].Span.Start, End: toks[p.nameEnd-1].Span.End}
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
		if f.out[len(f.out)-1].Span.End == toks[p.start-1].Span.End && prev != nil {
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
	span := claims.Span{Start: toks[p.start].Span.Start, End: toks[p.end-1].Span.End}
	f.out = append(f.out, claims.Mention{Kind: claims.MentionEntity, Span: span, Entity: &e})
	return next
}

// apposition reads ", [the] Japan's foreign minister," after a name and
// returns the role and the token after it.
func (f *finder) apposition(i int) (claims.Entity, int, bool) {
	toks := f.toks
	if i >= len(toks) || toks[i].Text != "," {
		return claims.Entity{}, 0, false
	}
	j := i + 1
	if j < len(toks) && !toks[j].Cap && f.r.connectors[toks[j].Fold] {
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
		parts = append(parts, f.toks[k].Text)
	}
	return PersonKey(strings.Join(parts, " "))
}

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
	kind := claims.Place
	if ph.kind == kindOrg {
		kind = claims.Organization
	}
	end := i + n
	if kind == claims.Place && end < len(f.toks) && isWord(f.toks[end]) && f.r.placeHeadWords[f.toks[end].Fold] {
		// "Central Sulawesi Province", "Kursk region".
		end++
	}
	f.emit(kind, i, end, ph.key)
	return end
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
	toks := f.toks
	t := toks[i]
	if !(t.Cap || t.Caps) || t.Kind == text.Number {
		return i
	}
	if f.r.notNames[t.Fold] && !f.isHeadOrKnown(i) {
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
		if isWord(u) && (u.Cap || u.Caps) {
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
		if isWord(u) && (f.r.connectors[u.Fold] || f.r.particles[u.Fold]) && j > i && j+1 < len(toks) && toks[j+1].Cap && isWord(toks[j+1]) {
			if ph, _ := f.match(j+1, kindKnown|kindOrgHead|kindPlaceHead); ph != nil && f.r.connectors[u.Fold] {
				// "Kecamatan Pronojiwo dan Kota Kerman": two names.
				break
			}
			j++
			continue
		}
		break
	}
	if !hasOrg && !hasPlace && j < len(toks) && isWord(toks[j]) && !toks[j].Cap {
		// "Curah Kobokan village", "Kerman province".
		if f.r.placeHeadWords[toks[j].Fold] {
			hasPlace = true
			j++
		} else if f.r.orgHeadWords[toks[j].Fold] {
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
		key := slug(f.text[toks[i].Span.Start:toks[j-1].Span.End])
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
			key = slug(f.text[toks[s].Span.Start:toks[j-1].Span.End])
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
	if e-i == 1 && len([]rune(t.Text)) < 2 {
		return e
	}
	if t.Caps && e-i == 1 {
		// An unknown acronym: an organization.
		f.emit(claims.Organization, i, e, strings.ToLower(t.Fold))
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
	if isWord(prev) && !prev.Cap && f.r.placePreps[prev.Fold] {
		return true
	}
	if len(f.out) == 0 || f.out[len(f.out)-1].Entity.Kind != claims.Place {
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
