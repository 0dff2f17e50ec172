// Package lang defines a language pack: everything claimcheck knows about a
// language — number words, units, counted nouns, month names, reporting
// verbs, titles, page furniture — as data. The recognizers in claims/...
// are language-neutral and read only these values.
//
// A pack lives in its own package (claims/lang/en, claims/lang/id) whose
// Pack function returns a *Pack; claims/lang/builtin lists the packs the
// tool ships. Adding a language means adding a pack, its tests, and a line
// in builtin.
package lang

import "sort"

// Pack is one language's knowledge.
type Pack struct {
	// Code is the ISO 639-1 code ("en", "id"); Name the language's English name.
	Code string
	Name string
	// Aliases are other codes of languages the pack reads ("ms", "ind"
	// for Indonesian, "eng" for English): metadata in those codes is
	// read with this pack.
	Aliases []string
	// Text holds segmentation, detection and page-furniture data.
	Text Text
	// Numbers holds number words, separators, multipliers and hedges.
	Numbers Numbers
	// Units maps unit words to dimensions and base units.
	Units []Unit
	// Concepts maps counted nouns to shared concept keys.
	Concepts []Concept
	// Dates holds month and weekday names and relative expressions.
	Dates Dates
	// Speech holds reporting verbs and attribution patterns.
	Speech Speech
	// Entities holds titles, roles, organisations and place aliases.
	Entities Entities
	// Relations holds the words that tie a modifier to a counted noun.
	Relations Relations
	// Inflection brings a noun's forms back to its lemma ("barrels" →
	// "barrel", "rumah-rumah" → "rumah").
	Inflection Inflection
}

// Set is a fixed collection of packs, looked up by code.
type Set struct {
	packs   map[string]*Pack
	codes   []string
	first   string
	aliases map[string]string // alias → code
}

// NewSet returns a set holding packs; a later pack with the same code
// replaces an earlier one. The first pack given is the set's Default.
func NewSet(packs ...*Pack) *Set {
	s := &Set{packs: make(map[string]*Pack, len(packs)), aliases: map[string]string{}}
	if len(packs) > 0 {
		s.first = packs[0].Code
	}
	for _, p := range packs {
		if _, dup := s.packs[p.Code]; !dup {
			s.codes = append(s.codes, p.Code)
		}
		s.packs[p.Code] = p
		for _, a := range p.Aliases {
			s.aliases[a] = p.Code
		}
	}
	sort.Strings(s.codes)
	return s
}

// Get returns the pack for code, or nil when the set has none.
func (s *Set) Get(code string) *Pack { return s.packs[code] }

// Lookup returns the pack that reads code, a pack's code or one of its
// Aliases, or nil.
func (s *Set) Lookup(code string) *Pack {
	if p := s.packs[code]; p != nil {
		return p
	}
	return s.packs[s.aliases[code]]
}

// Default returns the pack that reads a text in a language the set has
// no pack for: the first pack given to NewSet (nil for an empty set).
func (s *Set) Default() *Pack { return s.packs[s.first] }

// Codes lists the set's language codes in sorted order.
func (s *Set) Codes() []string { return append([]string(nil), s.codes...) }

// All returns the packs in the order of Codes.
func (s *Set) All() []*Pack {
	out := make([]*Pack, 0, len(s.codes))
	for _, c := range s.codes {
		out = append(out, s.packs[c])
	}
	return out
}
