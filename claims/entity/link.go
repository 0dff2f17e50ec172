package entity

import (
	"strings"
	"unicode"

	"github.com/claimcheck/claimcheck/claims"
)

// Link resolves the short person mentions of one document against its
// full names. ms are all entity mentions of the document, in text order.
//
// A one-word name ("Hayashi", "Iwaya said", "Al-Jalajel") takes the key
// of the full name it matches uniquely, by last words first ("Yoshimasa
// Hayashi") and then by any word ("Prabowo" for "Prabowo Subianto"); a
// role without a name ("Japan's foreign minister", "the Ukrainian
// minister") takes the key of the one full name given that role for that
// place or organization somewhere in the document. A resolved mention gets
// Linked, and the full name's role when it has none. Ambiguous and
// unmatched mentions are left alone, and linking twice changes nothing.
//
// Then places: a name the document gives a place elsewhere ("Kabupaten
// Lumajang", "di Lumajang", a dateline) is that place where it stands
// alone too ("Lumajang was covered in ash"), unless it resolved to a
// person's full name or carries a title.
func Link(ms []claims.Mention) {
	peopleOverGuesses(ms)
	known := namedThings(ms)
	splitGlued(ms, known)
	defer linkPlaces(ms, known)
	people := fullNames(ms)
	if len(people) == 0 {
		return
	}
	for i := range ms {
		e := ms[i].Entity
		if ms[i].Kind != claims.MentionEntity || e == nil || e.Kind != claims.Person {
			continue
		}
		if match := resolve(e, people); match != nil {
			match.lend(e)
		}
	}
}

// namedThings returns the kind of every place and team key the document
// names, and of the first word of a team's (the club without its city).
func namedThings(ms []claims.Mention) map[string]claims.EntityKind {
	known := map[string]claims.EntityKind{}
	for i := range ms {
		e := ms[i].Entity
		if ms[i].Kind != claims.MentionEntity || e == nil || e.Key == "" {
			continue
		}
		if e.Kind != claims.Place && e.Kind != claims.Team {
			continue
		}
		if _, seen := known[e.Key]; !seen {
			known[e.Key] = e.Kind
		}
		if first, _, ok := strings.Cut(e.Key, "-"); ok && e.Kind == claims.Team && known[first] == 0 {
			// "Persekat" alone after "Persekat Tegal": the club
			// without its city.
			known[first] = claims.Team
		}
	}
	return known
}

// peopleOverGuesses turns back into a person a place read only from the
// preposition before it ("goals from Yohanes Manurung": two words or more,
// no head word, so its key is its name) when the document reads the same
// words as a person's name elsewhere ("a late challenge on Yohanes
// Manurung"): "from" and "dari" take people as often as places.
func peopleOverGuesses(ms []claims.Mention) {
	// The guesses first: most documents have none, and then no person's
	// name need be keyed.
	var guesses []*claims.Entity
	for i := range ms {
		e := ms[i].Entity
		if ms[i].Kind != claims.MentionEntity || e == nil || e.Kind != claims.Place || !strings.Contains(e.Name, " ") {
			continue
		}
		if e.Key == slug(e.Name) {
			guesses = append(guesses, e)
		}
	}
	if len(guesses) == 0 {
		return
	}
	people := map[string]bool{}
	for i := range ms {
		if e := ms[i].Entity; ms[i].Kind == claims.MentionEntity && e != nil && e.Kind == claims.Person && !e.Partial {
			people[slug(e.Name)] = true
		}
	}
	for _, e := range guesses {
		if people[e.Key] {
			*e = claims.Entity{Kind: claims.Person, Name: e.Name, Key: PersonKey(e.Name), NameSpan: e.NameSpan}
		}
	}
}

// linkPlaces turns the persons and acronyms whose names are the names of
// places or teams elsewhere in the document into those places and teams
// ("Lumajang was covered in ash" after "Kabupaten Lumajang"; "Persekat
// won" after "klub Persekat").
func linkPlaces(ms []claims.Mention, known map[string]claims.EntityKind) {
	if len(known) == 0 {
		return
	}
	for i := range ms {
		e := ms[i].Entity
		if ms[i].Kind != claims.MentionEntity || e == nil || !bareName(e) {
			continue
		}
		if key := slug(e.Name); known[key] != 0 {
			*e = claims.Entity{Kind: known[key], Name: e.Name, Key: key, NameSpan: e.NameSpan}
		}
	}
}

// splitGlued splits off the places and teams glued before a person's
// name, as the document shows them elsewhere: "Kepala Dinas Kesehatan
// Batu Panjang" after "Kabupaten Batu Panjang" names an office, not a
// person, and the person named right after it holds it ("..., dr. Siti
// Aminah"); "pelatih Persekat Bojan Hodak" after "klub Persekat" is Bojan
// Hodak, coach of that team; "Garut Dedy Kurniawan" beside "Dedy
// Kurniawan" is Dedy Kurniawan of Garut.
func splitGlued(ms []claims.Mention, known map[string]claims.EntityKind) {
	people := map[string]bool{}
	for i := range ms {
		if e := ms[i].Entity; ms[i].Kind == claims.MentionEntity && e != nil && e.Kind == claims.Person && e.Key != "" {
			people[e.Key] = true
		}
	}
	for i := range ms {
		e := ms[i].Entity
		if ms[i].Kind != claims.MentionEntity || e == nil || e.Kind != claims.Person || e.Name == "" || e.Linked {
			continue
		}
		if placeNamed(e, known) {
			// One word after a bare title may be a name and a village's
			// ("Bupati Wibowo" beside "Desa Wibowo").
			officeOnly(e, slug(e.Name))
			if i+1 < len(ms) {
				lendOffice(e, ms[i].Span, ms[i+1])
			}
			continue
		}
		cutGlued(e, known, people)
	}
}

// placeNamed reports whether e, a person with a title, is named by a place
// the document names. The name's key is made only for a title, as most
// people have none.
func placeNamed(e *claims.Entity, known map[string]claims.EntityKind) bool {
	return e.Role != "" && (e.Org != "" || strings.Contains(e.Name, " ")) && known[slug(e.Name)] == claims.Place
}

// officeOnly makes e, a title whose "name" is the place it is of, a role
// without a name.
func officeOnly(e *claims.Entity, place string) {
	if e.Of == "" {
		e.Of = place
	}
	e.Name, e.Key, e.NameSpan, e.Partial = "", "", claims.Span{}, true
}

// maxOfficeGap is the most bytes between an office and a name written
// right after it (", dr. "): the name holds the office.
const maxOfficeGap = 8

// lendOffice gives the office of e, a role without a name over span, to
// the person m named right after it without a role of its own.
func lendOffice(e *claims.Entity, span claims.Span, m claims.Mention) {
	n := m.Entity
	if m.Kind != claims.MentionEntity || n == nil || n.Kind != claims.Person || n.Role != "" || n.Name == "" {
		return
	}
	if gap := n.NameSpan.Start - span.End; gap < 0 || gap > maxOfficeGap {
		return
	}
	n.Title, n.Role, n.Former, n.Of, n.Org = e.Title, e.Role, e.Former, e.Of, e.Org
}

// cutGlued cuts one or two words off the front of e's name when they are
// a place or team the document names, or when the rest is another
// person's full name in the document, leaving a name of two words at
// least. A place cut off is the place (Of) of e's role, a team its
// organization (Org).
func cutGlued(e *claims.Entity, known map[string]claims.EntityKind, people map[string]bool) {
	starts := wordStarts(e.Name)
	for k := 1; k <= maxGluedWords && len(starts)-k >= 2; k++ {
		head, rest := strings.TrimSpace(e.Name[:starts[k]]), e.Name[starts[k]:]
		kind, restKey := known[slug(head)], PersonKey(rest)
		if restKey == e.Key {
			return // the words before are honorifics, in the name as written
		}
		if kind == 0 && !people[restKey] {
			continue
		}
		switch {
		case kind == claims.Team && e.Org == "":
			e.Org = slug(head)
		case kind == claims.Place && e.Of == "":
			e.Of = slug(head)
		}
		e.NameSpan.Start += starts[k]
		e.Name, e.Key = rest, PersonKey(rest)
		return
	}
}

// maxGluedWords is the most words cutGlued cuts off a name.
const maxGluedWords = 2

// wordStarts returns the byte offsets where the space-separated words of
// name start.
func wordStarts(name string) []int {
	var out []int
	for i := 0; i < len(name); i++ {
		if name[i] != ' ' && (i == 0 || name[i-1] == ' ') {
			out = append(out, i)
		}
	}
	return out
}

// bareName reports whether e is a name and nothing else: a person without
// title, rank or a full name it stands for, or an unknown acronym (its key
// the name in lower case).
func bareName(e *claims.Entity) bool {
	switch e.Kind {
	case claims.Person:
		return e.Role == "" && e.Rank == "" && !e.Linked && e.Key != ""
	case claims.Organization:
		return e.Key == strings.ToLower(e.Name) && e.Name == strings.ToUpper(e.Name)
	}
	return false
}

// fullNames gathers the people named in full (two words or more) in ms,
// once each, with every role the document gives them.
func fullNames(ms []claims.Mention) []*full {
	var people []*full
	byKey := map[string]*full{}
	for i := range ms {
		e := ms[i].Entity
		if ms[i].Kind != claims.MentionEntity || e == nil || e.Kind != claims.Person || e.Key == "" || e.Partial {
			continue
		}
		p := byKey[e.Key]
		if p == nil {
			words := strings.Fields(e.Key) // a key read again had two or more
			if len(words) < 2 {
				continue
			}
			p = &full{key: e.Key, words: words}
			byKey[e.Key] = p
			people = append(people, p)
		}
		if e.Role != "" {
			if p.role == "" {
				p.role, p.former, p.of, p.org, p.title = e.Role, e.Former, e.Of, e.Org, e.Title
			}
			p.offices = append(p.offices, office{e.RoleKey(), e.Of, e.Org})
		}
	}
	return people
}

// resolve returns the one full name a short mention stands for, or nil: a
// role without a name by the office, a short name by its last words and
// then by any word.
func resolve(e *claims.Entity, people []*full) *full {
	if e.Key == "" && e.Role != "" {
		return holder(e, people)
	}
	if !e.Partial && !oneWord(e.Key) {
		return nil // a full name, or none: its words need not be split
	}
	words := strings.Fields(e.Key)
	if len(words) == 0 {
		return nil
	}
	key := func(p *full) string { return p.key }
	match := unique(people, func(p *full) bool { return hasSuffix(p.words, words) }, key)
	if match == nil && len(words) == 1 {
		match = unique(people, func(p *full) bool { return contains(p.words, words[0]) }, key)
	}
	return match
}

// oneWord reports whether s is one word, as strings.Fields splits it.
func oneWord(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && strings.IndexFunc(s, unicode.IsSpace) < 0
}

// holder returns the one person who holds e's role for e's owners, or nil
// when none or several do.
func holder(e *claims.Entity, people []*full) *full {
	var match *full
	for _, p := range people {
		if !p.holds(e) {
			continue
		}
		if match != nil {
			return nil
		}
		match = p
	}
	return match
}

// lend gives e the person's key, and the person's role when e has none.
func (p *full) lend(e *claims.Entity) {
	e.Key = p.key
	e.Linked = true
	if e.Role == "" {
		e.Role, e.Former, e.Of, e.Org = p.role, p.former, p.of, p.org
		if e.Title == "" {
			e.Title = p.title
		}
	}
}

// full is a person named in full in a document.
type full struct {
	key           string
	role, of, org string
	former        bool
	title         string
	words         []string
	offices       []office // every role the document gives the person
}

// office is a role with its owners.
type office struct{ role, of, org string }

// holds reports whether the person holds the role of e for e's owners.
// A role of a named place or organization ("Malaysia's foreign
// minister") is held only by a person known to hold it for that owner.
func (p *full) holds(e *claims.Entity) bool {
	for _, o := range p.offices {
		if rolesMatch(o.role, e.RoleKey()) && (e.Of == "" || o.of == e.Of) && (e.Org == "" || o.org == e.Org) {
			return true
		}
	}
	return false
}

// unique returns the one element of ps that ok accepts, or nil.
func unique[T any](ps []T, ok func(T) bool, key func(T) string) T {
	var zero, found T
	seen := ""
	for _, p := range ps {
		if !ok(p) {
			continue
		}
		if seen != "" && key(p) != seen {
			return zero
		}
		found, seen = p, key(p)
	}
	return found
}

// hasSuffix reports whether the full name's words end with the short
// name's ("fahad al jalajel" ends with "al jalajel").
func hasSuffix(full, short []string) bool {
	if len(short) >= len(full) {
		return false
	}
	for i := range short {
		if full[len(full)-len(short)+i] != short[i] {
			return false
		}
	}
	return true
}

func contains(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// rolesMatch reports whether two role keys can name one office: equal, or
// one a generic form of the other ("minister" of "foreign-minister").
func rolesMatch(a, b string) bool {
	return a == b || strings.HasSuffix(a, "-"+b) || strings.HasSuffix(b, "-"+a)
}
