package builtin

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/claimcheck/claimcheck/claims/entity"
	"github.com/claimcheck/claimcheck/claims/lang"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// The packs must hold a language, not a story: these tests tie every
// proper noun of a pack to a source that is not a story (a published list
// or a class of names any news uses), and fail for a name of the
// development stories or the seeds that has none.

// properNounLists are the pack's name lists whose every entry needs a
// source; Titles need one when they hold a capital ("PM", "menteri ESDM").
func properNounLists(e *lang.Entities) map[string][]string {
	lists := map[string][]string{
		"Places":        keysOf(e.Places),
		"Organizations": keysOf(e.Organizations),
		"Ranks":         keysOf(e.Ranks),
		"Honorifics":    e.Honorifics,
		"GivenNames":    e.GivenNames,
	}
	for _, t := range keysOf(e.Titles) {
		if hasUpper(t) {
			lists["Titles"] = append(lists["Titles"], t)
		}
	}
	return lists
}

// commonWordLists are the pack's lists of common words: heads, function
// words and non-names. A one-word entry is language; a phrase there that
// a story uses is fitting.
func commonWordLists(e *lang.Entities) map[string][]string {
	return map[string][]string{
		"OrganizationHeads":  e.OrganizationHeads,
		"PlaceHeads":         e.PlaceHeads,
		"TrailingPlaceHeads": e.TrailingPlaceHeads,
		"FacilityHeads":      e.FacilityHeads,
		"NotNames":           e.NotNames,
		"Particles":          e.Particles,
		"Connectors":         e.Connectors,
		"Owners":             e.Owners,
		"PlacePrepositions":  e.PlacePrepositions,
		"Formers":            e.Formers,
		"Titles":             keysOf(e.Titles),
	}
}

// TestEveryProperNounHasASource checks that each proper noun of a pack
// names its source, that the source is one of lang.EntitySources, and that
// no source is recorded for an entry no list holds.
func TestEveryProperNounHasASource(t *testing.T) {
	for _, p := range Packs().All() {
		e := &p.Entities
		listed := map[string]bool{}
		for name, list := range properNounLists(e) {
			for _, entry := range list {
				listed[entry] = true
				id, ok := e.Sources[entry]
				if !ok {
					t.Errorf("%s: %s: %q has no source", p.Code, name, entry)
					continue
				}
				if _, known := lang.SourceOf(id); !known {
					t.Errorf("%s: %s: %q has an unknown source %q", p.Code, name, entry, id)
				}
			}
		}
		for _, list := range commonWordLists(e) {
			for _, entry := range list {
				listed[entry] = true
			}
		}
		for entry := range e.Sources {
			if !listed[entry] {
				t.Errorf("%s: source recorded for %q, which no list holds", p.Code, entry)
			}
		}
	}
}

// TestSourcesHoldTheirEntries verifies the entries of the sources that
// can be checked: a CLDR name is one, and the keys of country aliases,
// capitals and subdivision abbreviations are keys of a CLDR country or of
// a subdivision of the pack's iso-codes data.
func TestSourcesHoldTheirEntries(t *testing.T) {
	countries := cldrCountryKeys()
	for _, p := range Packs().All() {
		e := &p.Entities
		names := cldrNames(p.Code)
		subdivisions := map[string]bool{}
		for name, key := range e.Places {
			if e.Sources[name] == lang.SourceSubdivision {
				subdivisions[key] = true
			}
		}
		if len(subdivisions) == 0 {
			t.Errorf("%s: no subdivision from iso-codes", p.Code)
		}
		check := func(name, entry, key string) {
			src, _ := lang.SourceOf(e.Sources[entry])
			switch src.Check {
			case lang.CheckCountryName:
				if want, ok := names[entry]; !ok || want != key {
					t.Errorf("%s: %s: %q → %q is no CLDR name (want key %q)", p.Code, name, entry, key, want)
				}
			case lang.CheckCountryKey:
				if !countries.holds(key) {
					t.Errorf("%s: %s: %q → %q is no CLDR country's key", p.Code, name, entry, key)
				}
			case lang.CheckSubdivisionKey:
				if !subdivisions[key] {
					t.Errorf("%s: %s: %q → %q is no subdivision's key", p.Code, name, entry, key)
				}
			}
		}
		for _, list := range []struct {
			name string
			m    map[string]string
		}{{"Places", e.Places}, {"Organizations", e.Organizations}} {
			for _, entry := range keysOf(list.m) {
				check(list.name, entry, list.m[entry])
			}
		}
	}
}

// TestNoStoryNames reads the seed articles, and the development corpus
// when ../shared holds it, and fails for every pack entry they write with
// a capital inside a sentence (the before-stop hook's rule) that is not
// source-backed: a proper noun without a source, or a phrase in a list of
// common words. Source-backed entries the stories use are logged, for
// review.
func TestNoStoryNames(t *testing.T) {
	root := filepath.Join("..", "..", "..")
	texts := readTexts(t, filepath.Join(root, "seeds"))
	dev := filepath.Join(root, "..", "shared", "corpus", "dev")
	if _, err := os.Stat(dev); err == nil {
		texts += "\n" + readTexts(t, dev)
	} else {
		t.Logf("no development corpus at %s: checking the seeds only", dev)
	}
	if texts == "" {
		t.Skip("no seed articles and no development corpus")
	}
	for _, p := range Packs().All() {
		e := &p.Entities
		var backed []string
		for _, list := range sortedLists(properNounLists(e)) {
			for _, entry := range list.entries {
				if !writtenAsName(texts, entry) {
					continue
				}
				if id, ok := e.Sources[entry]; ok {
					backed = append(backed, entry+" ("+id+")")
				} else {
					t.Errorf("%s: %s: %q is a name of the stories without a source", p.Code, list.name, entry)
				}
			}
		}
		for _, list := range sortedLists(commonWordLists(e)) {
			for _, entry := range list.entries {
				if _, sourced := e.Sources[entry]; strings.Contains(entry, " ") && !sourced && writtenAsName(texts, entry) {
					t.Errorf("%s: %s: %q is a phrase of the stories", p.Code, list.name, entry)
				}
			}
		}
		t.Logf("%s: source-backed entries the stories use: %s", p.Code, strings.Join(backed, ", "))
	}
}

// writtenAsName reports whether texts hold entry, matched without regard
// to case at word boundaries, written with a capital after something
// other than a sentence's start: a period, an opening quote or a line
// start before it.
func writtenAsName(texts, entry string) bool {
	lower, want := asciiLower(texts), asciiLower(entry)
	for from := 0; ; {
		i := strings.Index(lower[from:], want)
		if i < 0 {
			return false
		}
		at, end := from+i, from+i+len(want)
		from = at + 1
		if !boundary(texts, at-1) || !boundary(texts, end) {
			continue
		}
		if c := texts[at]; c < 'A' || c > 'Z' {
			if r := []rune(texts[at:end]); len(r) == 0 || !unicode.IsUpper(r[0]) {
				continue
			}
		}
		before := strings.TrimSpace(texts[max(0, at-2):at])
		if before != "" && before != "." && before != "\"" {
			return true
		}
	}
}

// boundary reports whether byte i of s is outside a word (or outside s).
func boundary(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return true
	}
	c := s[i]
	return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c >= 0x80)
}

// asciiLower lowers ASCII letters only, so that offsets stay the same.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func readTexts(t *testing.T, dir string) string {
	var b strings.Builder
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".txt" {
			return err
		}
		data, err := os.ReadFile(path)
		b.Write(data)
		b.WriteByte('\n')
		return err
	})
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	return b.String()
}

type namedList struct {
	name    string
	entries []string
}

func sortedLists(m map[string][]string) []namedList {
	var out []namedList
	for name, entries := range m {
		entries = append([]string(nil), entries...)
		sort.Strings(entries)
		out = append(out, namedList{name, entries})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

func keysOf(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// slug is the recognizer's key of a name.
func slug(name string) string {
	return strings.ReplaceAll(entity.PersonKey(name), " ", "-")
}

// countryKeys are the keys of the CLDR countries, from their English
// names.
type countryKeys map[string]bool

// holds reports whether key is a country's key or the start of one
// ("hong-kong" of "hong-kong-sar-china", "myanmar" of "myanmar-burma":
// the recognizer leaves names with such qualifiers out).
func (c countryKeys) holds(key string) bool {
	for k := range c {
		if k == key || strings.HasPrefix(k, key+"-") {
			return true
		}
	}
	return false
}

// cldrCountryKeys returns the keys of every CLDR country.
func cldrCountryKeys() countryKeys {
	en := display.Regions(language.English)
	keys := countryKeys{}
	for _, reg := range cldrRegions() {
		if reg.IsCountry() {
			keys[slug(en.Name(reg))] = true
		}
	}
	return keys
}

// cldrNames maps the CLDR names of countries and world regions, in
// English and in language code, to their keys.
func cldrNames(code string) map[string]string {
	en := display.Regions(language.English)
	local := display.Regions(language.MustParse(code))
	names := map[string]string{}
	for _, reg := range cldrRegions() {
		key := slug(en.Name(reg))
		names[en.Name(reg)] = key
		names[local.Name(reg)] = key
	}
	return names
}

// cldrRegions returns the countries (two letters) and the world regions
// (UN M.49 numbers) x/text knows.
func cldrRegions() []language.Region {
	var out []language.Region
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			if reg, err := language.ParseRegion(string([]rune{a, b})); err == nil {
				out = append(out, reg)
			}
		}
	}
	for n := 1; n < 1000; n++ {
		code := []byte{byte('0' + n/100), byte('0' + n/10%10), byte('0' + n%10)}
		if reg, err := language.ParseRegion(string(code)); err == nil && reg.String() == string(code) {
			out = append(out, reg)
		}
	}
	return out
}
