package entity

import (
	"strings"

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
	defer linkPlaces(ms)
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

// linkPlaces turns the persons and acronyms whose names are the names of
// places elsewhere in the document into those places.
func linkPlaces(ms []claims.Mention) {
	places := map[string]bool{}
	for i := range ms {
		if e := ms[i].Entity; ms[i].Kind == claims.MentionEntity && e != nil && e.Kind == claims.Place && e.Key != "" {
			places[e.Key] = true
		}
	}
	if len(places) == 0 {
		return
	}
	for i := range ms {
		e := ms[i].Entity
		if ms[i].Kind != claims.MentionEntity || e == nil || !bareName(e) {
			continue
		}
		if key := slug(e.Name); places[key] {
			*e = claims.Entity{Kind: claims.Place, Name: e.Name, Key: key, NameSpan: e.NameSpan}
		}
	}
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
		words := strings.Fields(e.Key)
		if len(words) < 2 {
			continue
		}
		p := byKey[e.Key]
		if p == nil {
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
	words := strings.Fields(e.Key)
	switch {
	case e.Key == "" && e.Role != "":
		return holder(e, people)
	case len(words) == 1 || (e.Partial && len(words) > 0):
		key := func(p *full) string { return p.key }
		match := unique(people, func(p *full) bool { return hasSuffix(p.words, words) }, key)
		if match == nil && len(words) == 1 {
			match = unique(people, func(p *full) bool { return contains(p.words, words[0]) }, key)
		}
		return match
	}
	return nil
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
