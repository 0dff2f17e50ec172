// Command subdivisions converts the subdivisions of ISO 3166-2 (for
// Indonesia, its provinces and island groups), as Debian's iso-codes
// package publishes them, into the names files the
// language packs embed: claims/lang/id/subdivisions.tsv (the names as
// iso-codes writes them, which for Indonesia are the Indonesian names)
// and claims/lang/en/subdivisions.tsv (the English names, with the local
// ones beside them, since English news writes both).
//
// Run it from the repository root after installing iso-codes (apt-get
// install iso-codes, or apt-get download iso-codes and dpkg-deb -x):
//
//	go run ./scripts/subdivisions [-iso FILE] [-version V] [COUNTRY...]
//
// COUNTRY defaults to ID: the packs read news about Indonesia. iso-codes
// is licensed under the GNU LGPL 2.1 or later (LICENSE.iso-codes beside
// this file); the files written say so in their header.
//
// A place's key is the slug of its English name ("Jawa Timur" → "East
// Java" → "east-java"), so that both packs key it alike. English names
// are made by the rules of exonyms below, which hold Indonesian geography
// words, not any story's places.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

func main() { os.Exit(run(os.Args[1:], os.Stderr)) }

// subdivision is one entry of iso_3166-2.json.
type subdivision struct {
	Code, Name, Type string
}

// entry is one line of a names file.
type entry struct{ name, key, code, kind string }

func run(args []string, stderr io.Writer) int {
	fl := flag.NewFlagSet("subdivisions", flag.ContinueOnError)
	fl.SetOutput(stderr)
	iso := fl.String("iso", "/usr/share/iso-codes/json/iso_3166-2.json", "iso-codes' iso_3166-2.json")
	version := fl.String("version", installedVersion(), "iso-codes version, for the header")
	dir := fl.String("dir", "claims/lang", "folder of the packs")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	countries := fl.Args()
	if len(countries) == 0 {
		countries = []string{"ID"}
	}
	subs, err := read(*iso, countries)
	if err != nil {
		fmt.Fprintln(stderr, "subdivisions:", err)
		return 1
	}
	local, english, err := entries(subs)
	if err != nil {
		fmt.Fprintln(stderr, "subdivisions:", err)
		return 1
	}
	for _, out := range []struct {
		path    string
		entries []entry
	}{{*dir + "/id/subdivisions.tsv", local}, {*dir + "/en/subdivisions.tsv", english}} {
		if err := write(out.path, header(*version, countries), out.entries); err != nil {
			fmt.Fprintln(stderr, "subdivisions:", err)
			return 1
		}
	}
	return 0
}

// read returns every subdivision iso-codes lists for the countries (for
// Indonesia, the provinces and the island groups that hold them), in
// code order.
func read(path string, countries []string) ([]subdivision, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var data map[string][]struct {
		Code, Name, Type, Parent string
	}
	if err := json.Unmarshal(b, &data); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	want := map[string]bool{}
	for _, c := range countries {
		want[strings.ToUpper(c)] = true
	}
	var out []subdivision
	for _, s := range data["3166-2"] {
		country, _, _ := strings.Cut(s.Code, "-")
		if !want[country] {
			continue
		}
		out = append(out, subdivision{Code: s.Code, Name: s.Name, Type: s.Type})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no subdivision of %v", path, countries)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out, nil
}

// entries returns the local and the English names files' entries. A name
// given twice (Papua the province and Papua the island group) is written
// once; two keys for one name are an error.
func entries(subs []subdivision) (local, english []entry, err error) {
	keys := map[string]string{}
	add := func(list *[]entry, seen map[string]bool, e entry) error {
		if k, ok := keys[e.name]; ok && k != e.key {
			return fmt.Errorf("%q has two keys, %q and %q", e.name, k, e.key)
		}
		keys[e.name] = e.key
		if !seen[e.name] {
			seen[e.name] = true
			*list = append(*list, e)
		}
		return nil
	}
	seenLocal, seenEnglish := map[string]bool{}, map[string]bool{}
	for _, s := range subs {
		en := exonym(s.Code, s.Name)
		e := entry{name: s.Name, key: slug(en), code: s.Code, kind: s.Type}
		if err := add(&local, seenLocal, e); err != nil {
			return nil, nil, err
		}
		for _, name := range []string{en, s.Name} {
			e.name = name
			if err := add(&english, seenEnglish, e); err != nil {
				return nil, nil, err
			}
		}
	}
	return local, english, nil
}

// Indonesian geography in English: whole names that English writes
// otherwise, then the compass words that follow a name in Indonesian and
// precede it in English ("Jawa Timur" → "East Java"), longest first.
var (
	idWhole = map[string]string{
		"Jakarta Raya":  "Jakarta",
		"Jawa":          "Java",
		"Sumatera":      "Sumatra",
		"Nusa Tenggara": "Nusa Tenggara",
	}
	idCompass = [][2]string{
		{" Barat Daya", "Southwest"},
		{" Tenggara", "Southeast"},
		{" Barat", "West"},
		{" Timur", "East"},
		{" Tengah", "Central"},
		{" Utara", "North"},
		{" Selatan", "South"},
	}
)

// exonym returns the English name of subdivision code named name.
func exonym(code, name string) string {
	if !strings.HasPrefix(code, "ID-") {
		return name
	}
	if en, ok := idWhole[name]; ok {
		return en
	}
	if rest, ok := strings.CutPrefix(name, "Kepulauan "); ok {
		return exonym(code, rest) + " Islands"
	}
	for _, c := range idCompass {
		if base, ok := strings.CutSuffix(name, c[0]); ok {
			return c[1] + " " + exonym(code, base)
		}
	}
	return name
}

// slug folds a name to a key: lower case, diacritics dropped, words joined
// by hyphens, as the entity recognizer makes keys.
func slug(name string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(unicode.ToLower(r))
		default:
			hyphen = true
		}
	}
	return b.String()
}

func header(version string, countries []string) string {
	return fmt.Sprintf(`# Subdivisions of ISO 3166-2 for %s, from Debian's iso-codes %s
# (iso_3166-2.json), https://salsa.debian.org/iso-codes-team/iso-codes.
# iso-codes is © 2001-2023 Alastair McKinstry, Christian Perrier, Tobias
# Quathamer and contributors, licensed under the GNU Lesser General Public
# License, version 2.1 or later (LGPL-2.1+): see
# scripts/subdivisions/LICENSE.iso-codes.
# Generated by "go run ./scripts/subdivisions": do not edit, change the
# script and run it again.
# name	key	code	type
`, strings.Join(countries, ", "), version)
}

func write(path, head string, entries []entry) error {
	var b strings.Builder
	b.WriteString(head)
	for _, e := range entries {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", e.name, e.key, e.code, e.kind)
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// installedVersion asks dpkg for the installed iso-codes version.
func installedVersion() string {
	out, err := exec.Command("dpkg-query", "-W", "-f=${Version}", "iso-codes").Output()
	if err != nil || len(out) == 0 {
		return "(version unknown)"
	}
	return string(out)
}
