package corpus

import (
	"reflect"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// readBoth reads a YAML block body with scanSimpleYAML and with yaml.v3;
// simple is false when the scanner left it to yaml.v3.
func readBoth(src string) (fast, full *claims.Document, fastErr, fullErr *Error, fastWarn, fullWarn []*Error, simple bool) {
	fast, full = &claims.Document{Path: "x.md"}, &claims.Document{Path: "x.md"}
	_, simple = scanSimpleYAML(src, nil)
	a, b := newFieldSet(fast), newFieldSet(full)
	fastErr, fullErr = a.readYAML(src), b.readFullYAML(src)
	return fast, full, fastErr, fullErr, a.warn, b.warn, simple
}

// sameAsYAML fails t when src, read by the scanner, does not read as
// yaml.v3 reads it.
func sameAsYAML(t *testing.T, src string) bool {
	t.Helper()
	fast, full, fe, ye, fw, yw, simple := readBoth(src)
	if !reflect.DeepEqual(fe, ye) {
		t.Fatalf("%q: error %v, yaml.v3 %v", src, fe, ye)
	}
	if !reflect.DeepEqual(fw, yw) {
		t.Fatalf("%q: warnings %v, yaml.v3 %v", src, fw, yw)
	}
	if !reflect.DeepEqual(fast, full) {
		t.Fatalf("%q:\nread %+v\nyaml.v3 %+v", src, fast, full)
	}
	return simple
}

func TestSimpleYAML(t *testing.T) {
	for _, c := range []struct {
		name, src string
		simple    bool // read without yaml.v3
	}{
		{"fields", "source: Eastport Daily\npublished: 2025-02-03\nlanguage: en\n", true},
		{"url with colons", "url: https://example.com:8080/a?b=c:d\n", true},
		{"colon and space in value", "title: Floods: 300 homes\n", false},
		{"value ends with colon", "title: Floods:\n", false},
		{"double-quoted", "title: \"Floods: 300 homes\"\n", true},
		{"single-quoted", "title: 'Floods # 300'\n", true},
		{"quote with escape", "title: \"Floods \\\"big\\\"\"\n", false},
		{"doubled single quote", "title: 'It''s big'\n", false},
		{"quoted then text", "title: \"a\" b\n", false},
		{"empty quoted", "author: \"\"\n", true},
		{"comment line", "# made by hugo\nsource: X\n", true},
		{"trailing comment", "source: X # the outlet\n", false},
		{"hash inside value", "title: C#sharp and no.#1\n", true},
		{"space hash inside value", "title: C#sharp and #1\n", false},
		{"dashes inside value", "title: before --- after\n", true},
		{"dots value", "title: ...\n", true},
		{"crlf", "source: X\r\nlanguage: id\r\n", true},
		{"lone cr", "source: X\rlanguage: id\n", false},
		{"bom inside", "source: \ufeffX\n", false},
		{"nbsp kept", "author: A\u00a0\n", true},
		{"non-ascii", "title: Banjir – 300 rumah “terendam”\nauthor: Łukasz 😀\n", true},
		{"line separator", "title: a\u2028b\n", false},
		{"tab", "source:\tX\n", false},
		{"empty value", "source:\nauthor:\n", true},
		{"null words", "source: ~\nauthor: null\ntitle: Null\n", true},
		{"bools", "draft: false\nfeatured: TRUE\nlanguage: true\n", true},
		{"yes stays text", "draft: yes\n", true},
		{"number", "weight: 10\n", false},
		{"date of another field", "updated: 2024-11-16\n", false},
		{"known field number", "published: 20241116\n", true},
		{"bad date", "source: X\npublished: soon\n", true},
		{"misspelt field", "sorce: X\n", true},
		{"alias ranks", "date: 2024-01-01\npublished: 2024-02-02\n", true},
		{"duplicate key", "source: A\nsource: B\n", true},
		{"list", "tags:\n- a\n- b\n", false},
		{"flow list", "tags: [a, b]\n", false},
		{"nested map", "author:\n  name: A\n", false},
		{"continued line", "title: a\n  b\n", false},
		{"block scalar", "title: |\n  a\n", false},
		{"anchor", "source: &s X\n", false},
		{"tag", "source: !!str X\n", false},
		{"merge key", "<<: {a: b}\n", false},
		{"merge value", "source: <<\n", false},
		{"no space after colon", "source:X\n", false},
		{"space before colon", "source : X\n", false},
		{"not a mapping", "just text\n", false},
		{"indented blank", "source: X\n   \n", false},
		{"blank lines", "\nsource: X\n\n", true},
		{"only comments", "# nothing\n", true},
		{"empty", "", true},
		{"long key", strings.Repeat("k", 70) + ": v\n", false},
		{"control character", "source: a\x01b\n", false},
		{"hyphen key", "publish-date: 2024-01-01\nog_title: T\n", false},
		{"hyphen key text", "x-source: Y\n", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			if simple := sameAsYAML(t, c.src); simple != c.simple {
				t.Errorf("%q read without yaml.v3: %v, want %v", c.src, simple, c.simple)
			}
		})
	}
}

// TestSimpleYAMLLines checks the file lines errors and warnings name when
// the scanner reads the block.
func TestSimpleYAMLLines(t *testing.T) {
	doc := &claims.Document{Path: "x.md", Text: "---\n# c\n\nsorce: X\npublished: soon\n---\nText.\n"}
	_, e := parseFrontMatter(doc) // a refused document's warnings are not kept
	if e == nil || e.Line != 5 || !strings.Contains(e.Reason, `published "soon"`) {
		t.Fatalf("error %v, want line 5 about published", e)
	}
	doc = &claims.Document{Path: "x.md", Text: "---\r\n# c\r\n\r\nsorce: X\r\n---\r\nText.\r\n"}
	warns, e := parseFrontMatter(doc)
	if e != nil || len(warns) != 1 || warns[0].Line != 4 {
		t.Fatalf("warnings %v, error %v; want one on line 4", warns, e)
	}
}

// FuzzSimpleYAML holds the scanner to yaml.v3: every block it reads must
// give the same fields, metadata, warnings and errors.
func FuzzSimpleYAML(f *testing.F) {
	for _, s := range []string{
		"source: Eastport Daily\npublished: 2025-02-03\nlanguage: en\n",
		"title: \"a: b\"\nauthor: 'c # d'\n# x\n\ndraft: false\n",
		"url: https://x.example/a:b\r\ntags: x\r\n",
		"date: 2024-01-01 10:00\nlang: id_ID\nheadline:  Big  news \n",
		"sorce: X\nauthor: ~\nnote: yes\n",
		"a: b\na: c\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		sameAsYAML(t, src)
	})
}
