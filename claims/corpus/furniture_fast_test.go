package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/cmd/claimcheck-gen/gen"
)

// sameMarks fails t when markLines and the reference disagree on text.
func sameMarks(t *testing.T, f *furniture, text string) {
	t.Helper()
	body := claims.Span{End: len(text)}
	out, reps := f.markLines(text, body, nil)
	wantOut, wantReps := f.refMarkLines(text, body)
	if !reflect.DeepEqual(out, wantOut) || !reflect.DeepEqual(reps, wantReps) {
		t.Fatalf("%q:\nfurniture %v repeats %v\nreference %v repeats %v", text, out, reps, wantOut, wantReps)
	}
}

func TestMarkLinesAsReference(t *testing.T) {
	f := newFurniture(testPacks())
	for _, text := range []string{
		"Advertisement\nRain fell.\n",
		"  ADVERTISEMENT  :\r\nBaca juga: Banjir di Jakarta\r\nSimak videonya di sini.\n",
		"Simak video ini\nSimak videonya\n",
		"Home  |  World  |  Business  |  Sport\nHome · World · Business · Sport\nNews • Sport • Film • Music\n",
		"#banjir #jakarta\n# not tags\n#a#b\n",
		"Photo: Reuters/Jane Doe\nFoto: ANTARA/Budi\n(Photo: AP)\nCopyright 2024 Media Awards\n",
		"Headline\nHeadline\nThe council said on Monday that the bridge would reopen soon.\nThe  council said on monday that the bridge would reopen soon.\n",
		"\u00a0Tags:\u00a0x\nÉTÉ  ÉTÉ\n\u2028Advertisement\u2028\n",
		"İstanbul ADVERTİSEMENT\n\xffbad\xfe bytes\n",
		"",
		"\n\n\n",
		// Placeholder entries at the most words they allow.
		"Budi Jaya Prakoso Andi Cipta - Rudi Hartono Sari Dewi Putri . . !\nBudi Jaya Prakoso Andi Cipta Eko - Rudi\n",
		"Photo: Jane Ann Doe Smith Jones/Reuters Pool\nBy Jane Ann Doe Smith Jones and Bob\n",
	} {
		sameMarks(t, f, text)
	}
	byline := "Budi Jaya Prakoso Andi Cipta - Rudi Hartono Sari Dewi Putri . . !"
	if got := f.mark(byline, claims.Span{End: len(byline)}); len(got) != 1 {
		t.Errorf("a name of five words on each side of a dash: furniture %v, want the line", got)
	}
	// The project's scraped test pages, line by line as written.
	for _, page := range testPages(t) {
		sameMarks(t, f, page)
	}
}

func TestFoldWords(t *testing.T) {
	for _, s := range []string{"", "  ", "Baca  Juga:\tX", "ÉTÉ\u00a0été", "İ", "\xff\xfeA", "a\u2028b", "ǅ ǈ ΣΑΣ",
		"A | B", "A · B", "A • B", "A » B", "A \u00a0 B", "\xc2|", "\xe2\x80", " a ", "a\t"} {
		want := strings.Join(strings.Fields(strings.ToLower(s)), " ")
		got, sep := foldLine(nil, s)
		if string(got) != want {
			t.Errorf("foldLine(%q) = %q, want %q", s, got, want)
		}
		if want := strings.Contains(s, "  ") || strings.ContainsAny(s, "\t|·•»"); sep != want {
			t.Errorf("foldLine(%q) sees a menu separator: %v, want %v", s, sep, want)
		}
	}
}

// FuzzMarkLines holds markLines, which folds each line into bytes, to the
// reference that folded it with strings.
func FuzzMarkLines(f *testing.F) {
	for _, s := range []string{
		"Advertisement\nRain fell.\n",
		"Baca juga: X\nSimak video ini\n",
		"Home  |  World  |  Business  |  Sport\n",
		"#a #b\nPhoto: AP/Jane Doe\n",
		"Same line\nSame line\n",
	} {
		f.Add(s)
	}
	fu := newFurniture(testPacks())
	f.Fuzz(func(t *testing.T, text string) {
		sameMarks(t, fu, text)
		folded, sep := foldLine(nil, text)
		if want := strings.Join(strings.Fields(strings.ToLower(text)), " "); string(folded) != want {
			t.Fatalf("foldLine(%q) = %q, want %q", text, folded, want)
		}
		if want := strings.Contains(text, "  ") || strings.ContainsAny(text, "\t|·•»"); sep != want {
			t.Fatalf("foldLine(%q) sees a menu separator: %v, want %v", text, sep, want)
		}
	})
}

// TestLineHash checks that the hash lines are remembered by tells apart
// every two different folded lines of 2,000 generated articles and of
// lines made to share long prefixes and suffixes.
func TestLineHash(t *testing.T) {
	seen := map[uint64]string{}
	add := func(line string) {
		key := string(foldWords(nil, line))
		h := lineHash([]byte(key))
		if other, ok := seen[h]; ok && other != key {
			t.Fatalf("%q and %q share hash %x", other, key, h)
		}
		seen[h] = key
	}
	_, err := gen.Generate(gen.Options{Articles: 2000, Seed: 7}, func(a *gen.Article) error {
		for _, line := range strings.Split(string(a.Bytes()), "\n") {
			add(line)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("the council said the bridge would reopen ", 4)
	for i := range 300 {
		add(fmt.Sprintf("%s%d", long, i))
		add(fmt.Sprintf("%d%s", i, long))
		add(long[:i%len(long)])
	}
	if len(seen) < 10000 {
		t.Fatalf("only %d different lines hashed", len(seen))
	}
}

// testPages returns the text of the project's scraped test pages
// (testdata/corpus/*.txt), line by line as written.
func testPages(t *testing.T) []string {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if len(paths) == 0 {
		t.Fatal("no test pages")
	}
	var pages []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, string(data))
	}
	return pages
}

// TestFurniturePatternsCompile: every placeholder entry of the builtin
// packs is a valid expression, though each is compiled only when a line
// first reaches it (lazyRegexp).
func TestFurniturePatternsCompile(t *testing.T) {
	f := newFurniture(testPacks())
	if len(f.patterns) == 0 {
		t.Fatal("the packs have no placeholder entries")
	}
	for _, p := range f.patterns {
		if _, err := regexp.Compile(p.re.src); err != nil {
			t.Errorf("furniture entry with lead %q: %v", p.lead, err)
		}
	}
}
