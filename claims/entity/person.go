package entity

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/text"
)

// parsed is a person phrase: who, with what title, over which tokens.
type parsed struct {
	start, end         int // tokens [start, end) of the whole phrase
	nameStart, nameEnd int // tokens of the name; equal when there is none
	titleStart         int // token of the title, when titled
	e                  claims.Entity
	titled             bool
	// seated is set for a title written before the place it governs
	// (lang.Entities.SeatedTitles).
	seated bool
	// ownerNamed is set when the title's owner follows it with an article
	// ("head of the Palu search office"): capitalized words there name
	// the owner, not the person.
	ownerNamed bool
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
	return strings.Contains(p.e.Role, "-") && !p.e.Former && t.Cap && !f.initial(p.titleStart) && !f.titleCase
}

// rolePhrase parses [former] [place ['s]] [former] title [complement]
// [ranks] [name], or ranks and honorifics before a name.
func (f *finder) rolePhrase(i int) (parsed, bool) {
	p := parsed{start: i}
	p.e.Kind = claims.Person
	pos, former := f.former(i, false)
	pos, former = f.ownerBefore(&p, pos, former)
	if tp, tn := f.match(pos, kindTitle); tp != nil {
		pos = f.title(&p, pos, tp, tn, former)
		pos = f.complement(&p, pos)
	} else if pos >= len(f.toks) || !f.toks[pos].Cap && f.lowerRank(pos) == pos || f.toks[pos].Cap && !f.rankAt(pos) {
		return p, false
	}
	if f.titleCase && p.titled {
		return f.headlineRole(p, pos), true
	}
	return f.nameAfter(p, pos)
}

// rankAt reports whether a rank or honorific starts at word i.
func (f *finder) rankAt(i int) bool {
	ph, _ := f.match(i, kindRank|kindHonorific)
	return ph != nil
}

// lowerRank returns the word after an abbreviated rank written in lower
// case before a capitalized word ("dr. Rina Marlina", "drg. Sari"), or
// i when there is none.
func (f *finder) lowerRank(i int) int {
	ph, n := f.match(i, kindRank|kindHonorific)
	if ph == nil || f.toks[i].Cap || i+n >= len(f.toks) || f.toks[i+n-1].Text != "." || !f.toks[i+n].Cap {
		return i
	}
	return i + n
}

// complement reads the lower-case words that complete a title before a
// comma and the name ("Kepala dapur penyedia makanan, Rini Marlina"; "the
// head of the school kitchen, Rini Marlina"): they name the title's
// organization. Up to four words, none a verb of speech or an auxiliary,
// then a comma and a capitalized word; else pos is returned unchanged.
func (f *finder) complement(p *parsed, pos int) int {
	toks := f.toks
	j := pos
	for j < len(toks) && j-pos < maxComplement && isWord(toks[j]) && !toks[j].Cap && !toks[j].Caps && toks[j].Kind != text.Number {
		if w := toks[j].Fold; f.r.verbs[w] || f.r.auxiliaries[w] {
			return pos
		}
		j++
	}
	if j == pos || j+1 >= len(toks) || toks[j].Text != "," || !toks[j+1].Cap || !isWord(toks[j+1]) {
		return pos
	}
	words := make([]string, 0, j-pos)
	for k := pos; k < j; k++ {
		if !f.r.connectors[toks[k].Fold] && !f.r.owners[toks[k].Fold] {
			words = append(words, toks[k].Text)
		}
	}
	if p.e.Org == "" && len(words) > 0 {
		p.e.Org = slug(strings.Join(words, " "))
	}
	return j
}

// maxComplement is the most lower-case words a title's complement has.
const maxComplement = 4

// former steps over "former" ("mantan") at pos, which makes the role a
// past one.
func (f *finder) former(pos int, former bool) (int, bool) {
	if ph, n := f.match(pos, kindFormer); ph != nil {
		return pos + n, true
	}
	return pos, former
}

// ownerBefore reads a place that owns the title after it, with its
// possessive ("Japan's foreign minister", "Saudi Health Minister"), and
// fills Of. Without a title after it the place is left to be read as a
// place.
func (f *finder) ownerBefore(p *parsed, pos int, former bool) (int, bool) {
	ph, n := f.match(pos, kindPlace)
	if ph == nil || !f.toks[pos].Cap {
		return pos, former
	}
	q := pos + n
	if q < len(f.toks) && !f.toks[q].Space && f.r.isPossessive(f.toks[q].Fold) {
		q++
	}
	q, wasFormer := f.former(q, former)
	if tp, _ := f.match(q, kindTitle); tp == nil {
		return pos, wasFormer
	}
	p.e.Of = ph.key
	return q, wasFormer
}

// title records the title tp of tn words at pos and returns the word
// after it, or after an owner that introduces the title's complement
// ("head of the Quds Force", "minister of Japan").
func (f *finder) title(p *parsed, pos int, tp *phrase, tn int, former bool) int {
	toks := f.toks
	p.titled = true
	p.titleStart = pos
	p.e.Role, p.e.Former = tp.key, former
	p.e.Title = f.text[toks[pos].Span.Start:toks[pos+tn-1].Span.End]
	p.seated = f.r.seated[text.Fold(p.e.Title)]
	pos += tn
	if pos+1 < len(toks) && !toks[pos].Cap && f.r.owners[toks[pos].Fold] {
		q := pos + 1
		article := q < len(toks) && !toks[q].Cap && f.r.connectors[toks[q].Fold]
		if article {
			q++
		}
		if q < len(toks) && toks[q].Cap {
			pos = q
			p.ownerNamed = article
		}
	}
	return pos
}

// headlineRole ends a title in a headline. Every word is capitalized
// there: the words after a title are as likely a verb as a name. Only an
// owner right after the title counts ("Menlu Kazakhstan Kunjungi ...").
func (f *finder) headlineRole(p parsed, pos int) parsed {
	if ph, n := f.match(pos, kindKnown); ph != nil {
		if ph.kind == kindPlace && p.e.Of == "" {
			p.e.Of = ph.key
		} else if ph.kind == kindOrg {
			p.e.Org = ph.key
		}
		pos += n
	}
	p.end, p.nameStart, p.nameEnd = pos, pos, pos
	return p
}

// nameAfter reads what follows a title, rank or honorific at pos: the
// title's owners and the person's ranks (split), then the name. Ranks and
// honorifics without a name are no person.
func (f *finder) nameAfter(p parsed, pos int) (parsed, bool) {
	end := f.region(pos, p.titled)
	pos = f.seatOf(&p, pos, end)
	split := f.split(pos, end, &p.e)
	p.nameStart, p.nameEnd = split, f.nameEnd(split, end)
	if p.ownerNamed && p.nameEnd > p.nameStart && p.e.Of == "" && p.e.Org == "" {
		// "head of the Palu search and rescue office": Palu owns the
		// office; the person is named elsewhere ("Made Wirawan, head of
		// the Palu ...").
		p.e.Of = slug(f.text[f.toks[p.nameStart].Span.Start:f.toks[p.nameEnd-1].Span.End])
		p.end, p.nameEnd = p.nameEnd, p.nameStart
		return p, true
	}
	if p.nameEnd > p.nameStart {
		p.end = p.nameEnd
	} else {
		p.end = max(split, pos)
	}
	if !p.titled && p.nameEnd == p.nameStart {
		return p, false
	}
	return p, true
}

// seatOf reads the place a seated title governs at pos, before the name
// in the run that ends at end: one unknown capitalized word that is no
// given name, with a compass word after it, when a rank follows it
// ("Kapolres Toli AKBP Budi Santoso"), or when a name of two words or
// more follows it and something says the
// word is a place (seated): a compass word, a given name right after it,
// or a name of three words after it ("Bupati Bandung Barat Hengki
// Kurniawan", "Camat Cibeureum Asep Saepudin", "Bupati Sleman Kustini Sri
// Purnomo"). Otherwise the run is a name ("Bupati Yuhronur Efendi",
// "Camat Danang Hari Wibowo"). It fills Of and returns where the rest
// begins, or pos.
func (f *finder) seatOf(p *parsed, pos, end int) int {
	if !p.seated || pos >= end || !f.nameWord(pos) || f.r.givenNames[f.toks[pos].Fold] {
		return pos
	}
	k := pos + 1
	if k < end && f.placeModifier(k) {
		k++
	}
	if k >= end || f.nameWord(k) && !f.seated(pos, k, end) {
		// One word alone may be the place or the holder's one name
		// ("Bupati Wibowo"): it is left to the document (Link).
		return pos
	}
	if p.e.Of == "" {
		p.e.Of = slug(f.text[f.toks[pos].Span.Start:f.toks[k-1].Span.End])
	}
	return k
}

// seated reports whether the word at pos, whose place ends at k, is a
// place before a name that runs to end: written with a compass word, or
// followed by a given name that is no other word ("Hari" is also a day),
// or by a name of three words.
func (f *finder) seated(pos, k, end int) bool {
	if k > pos+1 {
		return true // "Bandung Barat"
	}
	if fold := f.toks[k].Fold; f.r.givenNames[fold] && !f.r.notNames[fold] {
		return true
	}
	run := k
	for run < end && f.nameWord(run) {
		run++
	}
	return run-k >= seatedNameWords
}

// seatedNameWords is how many name words after a place make it seated
// without a given name.
const seatedNameWords = 3

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
		} else if n := f.lowerRank(j); n > j {
			j = n
			continue
		}
		switch {
		case isWord(t) && (t.Cap || t.Caps) && t.Kind != text.Number:
			if j > pos {
				if tp, _ := f.match(j, kindTitle); tp != nil {
					return j
				}
			}
			if f.notName(j) && !f.isHeadOrKnown(j) {
				return j
			}
			j++
		case isWord(t) && (f.r.connectors[t.Fold] || f.r.particles[t.Fold]) && j > pos && j+1 < len(toks) && toks[j+1].Cap:
			j++
		case t.Text == "," && (j > pos || titled) && j+1 < len(toks) && (toks[j+1].Cap && isWord(toks[j+1]) || f.lowerRank(j+1) > j+1):
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
	s := splitter{f: f, e: e, end: end, last: pos, genericOrg: -1, lastComma: -1, lastHead: -1}
	for k := pos; k < end; {
		next, stop := s.step(k)
		if stop {
			return s.last
		}
		k = next
	}
	orgEnd := s.closeOrg(end)
	s.nameGenericOrg(orgEnd)
	s.placeAfterOrg(end)
	return s.last
}

// splitter is the state of one split.
type splitter struct {
	f   *finder
	e   *claims.Entity
	end int // the region's end
	// last is where the name may begin so far; genericOrg and lastHead
	// are the first and last organization head words, lastComma the
	// last comma inside an organization's name, -1 when none.
	last, genericOrg, lastHead, lastComma int
	// orgOpen is set after an organization's head word: plain words
	// after it are part of its name. afterOrg is set when the last owner
	// read is a known organization or a team.
	orgOpen, afterOrg bool
}

// step reads word k and returns the word after it, or stop when the
// region's owners end there.
func (s *splitter) step(k int) (next int, stop bool) {
	f := s.f
	t := f.toks[k]
	if n := f.parenthesized(k); n > k {
		s.last = n
		return n, false
	}
	if s.orgOpen && isWord(t) && !t.Cap && f.r.placePreps[t.Fold] {
		// "Organisasi Darurat Medis di Kerman": where the organization
		// is. A known place is an owner like any other.
		if p := s.placeWord(k + 1); p > k+1 {
			s.orgOpen = false
			s.last = p
			return p, false
		}
	}
	if isWord(t) && !t.Cap && !t.Caps && f.r.connectors[t.Fold] && !s.orgOpen {
		// "Andriy Sybiga for Tokyo", "Menlu Jepang di Tokyo": a
		// connector joins the words of an organization's name, and
		// ends anything else.
		return k, true
	}
	if t.Text == "," {
		return s.comma(k)
	}
	if (t.Cap || t.Caps) && f.r.things.teamHeads[t.Fold] && !s.orgOpen {
		// "pelatih Arema FC Joko Susilo": the team owns the title.
		s.e.Org = f.thingKey(s.last, k+1)
		s.last, s.afterOrg = k+1, true
		return k + 1, false
	}
	ph, n := f.match(k, kindKnown|kindRank|kindOrgHead|kindPlaceHead)
	if ph == nil || !s.orgOpen && k > s.last && f.placeInName(k, s.last, s.end) {
		return s.plain(k), false
	}
	s.owner(ph, k)
	s.last = k + n
	if ph.kind == kindPlaceHead {
		s.last = s.placeWord(k + n)
		if f.r.facilityHeads[t.Fold] && s.last > k+n && s.e.Org == "" && s.e.Role != "" {
			// "Kepala Puskesmas Cikalong": the clinic is the office's
			// organization, its place the office's place.
			s.e.Org = slug(f.text[t.Span.Start:f.toks[s.last-1].Span.End])
		}
	}
	return s.last, false
}

// placeWord reads the unknown place named at k after a place's head word
// ("Kepala Dinas Kesehatan Kota Medan") or a locative preposition: one
// capitalized word, which owns the title when nothing else does. It
// returns the word after the place, or k when there is none.
func (s *splitter) placeWord(k int) int {
	f := s.f
	if k >= s.end || !f.toks[k].Cap || !isWord(f.toks[k]) || f.isHeadOrKnown(k) {
		return k
	}
	if s.e.Of == "" && s.e.Role != "" {
		s.e.Of = slug(f.toks[k].Text)
	}
	return k + 1
}

// comma reads a comma at k: inside an organization's name it may end the
// name; after an owner it sets the name apart; after a plain word it ends
// the name (a list of people), not a title's complement.
func (s *splitter) comma(k int) (int, bool) {
	switch {
	case s.orgOpen:
		s.lastComma = k
	case s.last != k:
		return k, true
	default:
		s.last = k + 1
	}
	return k + 1, false
}

// plain reads a word that is no owner. An unknown acronym right after a
// title is its organization ("anggota DPRD").
func (s *splitter) plain(k int) int {
	t := s.f.toks[k]
	if t.Caps && k == s.last && s.e.Role != "" && s.e.Org == "" {
		s.e.Org = t.Fold
		s.last = k + 1
	}
	return k + 1
}

// owner records the place, organization, rank or head word ph at k.
func (s *splitter) owner(ph *phrase, k int) {
	s.orgOpen = ph.kind == kindOrgHead
	s.afterOrg = ph.kind == kindOrg
	s.lastComma = -1
	switch ph.kind {
	case kindPlace:
		if s.e.Of == "" && s.e.Role != "" {
			s.e.Of = ph.key
		}
	case kindOrg:
		s.e.Org = ph.key
	case kindRank:
		s.e.Rank = ph.key
	case kindOrgHead:
		if s.genericOrg < 0 {
			s.genericOrg = k
		}
		s.lastHead = k
	}
}

// closeOrg ends an organization's name left open at the region's end: it
// runs on to the last comma, or to a given name ("Kepala Stasiun
// Geofisika Koruko Nurul Fauzi Laksono"), or to the end. It returns where
// the organization ends, and moves last, where the name begins.
func (s *splitter) closeOrg(end int) int {
	if !s.orgOpen {
		return s.last
	}
	switch g := s.f.givenNameAfter(s.lastHead+2, end); {
	case s.lastComma >= 0:
		s.last = s.lastComma + 1
		return s.lastComma
	case g >= 0:
		s.last = g
		return g
	case s.nameWords(s.lastHead+1, end) == namedOrgWords:
		// "Kepala Puskesmas Cikalong Neneng Hasanah": one word ends the
		// organization's name, two are the person's.
		s.last = end - 2
		return end - 2
	default:
		s.last = end
		return end
	}
}

// namedOrgWords is how many plain words after an organization's head
// word hold one more word of its name and a name of two words.
const namedOrgWords = 3

// nameWords returns how many words [from, end) are, all of them name
// words (finder.nameWord), or -1 when one is not.
func (s *splitter) nameWords(from, end int) int {
	for k := from; k < end; k++ {
		if !s.f.nameWord(k) {
			return -1
		}
	}
	return end - from
}

// placeAfterOrg splits off the place written between a known
// organization and a name of two words or more that opens with a common
// given name ("Kepala BPBD Agus Salim": no place; "Kepala BPBD Garut Budi
// Kurniawan": Budi Kurniawan, head of the BPBD of Garut). Without a
// given name, a word written right after the organization is its place
// when a compass word or a name of three words follows it (finder.seated:
// "Kepala BPBD Sidoarjo Wiryo Suparman Hadi"; not after a comma: "Kepala
// Humas BNPB, Sutopo Purwo Nugroho").
func (s *splitter) placeAfterOrg(end int) {
	if !s.afterOrg || s.orgOpen {
		return
	}
	f := s.f
	g := f.givenNameAfter(s.last+1, end)
	if g >= 0 && end-g < 2 {
		g = -1 // a given name last ("... Suparman Hadi") starts no name of two words
	}
	adjoins := s.last > 0 && s.last < len(f.toks) && f.toks[s.last].Space && isWord(f.toks[s.last-1])
	// Three name words at least: the place and a name of two, and word k
	// inside the run for seated.
	if g < 0 && adjoins && s.nameWords(s.last, end) >= 3 && !f.r.givenNames[f.toks[s.last].Fold] {
		k := s.last + 1
		if f.placeModifier(k) {
			k++
		}
		if f.seated(s.last, k, end) {
			g = k
		}
	}
	if g < 0 || end-g < 2 || s.nameWords(s.last, end) < 3 {
		return
	}
	if s.e.Of == "" {
		f := s.f
		s.e.Of = slug(f.text[f.toks[s.last].Span.Start:f.toks[g-1].Span.End])
	}
	s.last = g
}

// nameGenericOrg gives a titled person the organization named by a head
// word and the words after it, up to a comma, a parenthesis or a
// connector, when no known organization was found.
func (s *splitter) nameGenericOrg(orgEnd int) {
	f := s.f
	if s.genericOrg < 0 || s.e.Org != "" || s.e.Role == "" {
		return
	}
	stop := orgEnd
	for k := s.genericOrg; k < orgEnd; k++ {
		t := f.toks[k]
		if t.Text == "," || t.Text == "(" || (f.r.connectors[t.Fold] && !t.Cap) || k > s.genericOrg && f.rankAt(k) {
			stop = k
			break
		}
	}
	if stop > s.genericOrg {
		s.e.Org = slug(f.text[f.toks[s.genericOrg].Span.Start:f.toks[stop-1].Span.End])
	}
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
			if f.notName(j) {
				if ph, _ := f.match(j, kindHonorific); ph == nil {
					break
				}
			}
			if ph, _ := f.match(j, kindOrgHead|kindPlaceHead|kindKnown); ph != nil && !f.placeInName(j, s, end) {
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

// placeInName reports whether word j, inside the run [s, end), is a
// one-word place between two name words ("Rudi Bali Pratama"): part of
// the name, not its end.
func (f *finder) placeInName(j, s, end int) bool {
	ph, n := f.match(j, kindPlace)
	return ph != nil && n == 1 && j > s && j+1 < end && f.nameWord(j-1) && f.nameWord(j+1)
}

// nameWord reports whether word j is a capitalized word that can only be
// part of a name: no non-name, and no place, organization, head, title,
// rank or honorific of the pack.
func (f *finder) nameWord(j int) bool {
	if j < 0 || j >= len(f.toks) {
		return false
	}
	t := f.toks[j]
	if !isWord(t) || !t.Cap || t.Caps || t.Kind == text.Number || f.notName(j) {
		return false
	}
	ph, _ := f.match(j, kindKnown|kindOrgHead|kindPlaceHead|kindPrefix)
	return ph == nil
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
			e.Title, e.Role, e.Former, e.Of, e.Org = ap.Title, ap.Role, ap.Former, ap.Of, ap.Org
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
