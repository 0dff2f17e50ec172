package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/lang"
)

// refDetector is WordDetector as it was before it read bytes and kept
// its words in a table of its own: the reference it is held to.
type refDetector struct {
	codes []string
	words map[string][]int // word -> indexes into codes
}

func newRefDetector(packs *lang.Set) *refDetector {
	d := &refDetector{words: map[string][]int{}}
	for i, p := range packs.All() {
		d.codes = append(d.codes, p.Code)
		for _, w := range p.Text.CommonWords {
			w = strings.ToLower(w)
			d.words[w] = append(d.words[w], i)
		}
	}
	return d
}

func (d *refDetector) Detect(text string) (string, bool) {
	if len(d.codes) == 0 {
		return "", false
	}
	counts := make([]int, len(d.codes))
	var buf []byte
	word := func(w string) {
		buf = appendLower(buf[:0], w)
		for _, i := range d.words[string(buf)] {
			counts[i]++
		}
	}
	start := -1
	for i, r := range text {
		in := unicode.IsLetter(r) || r == '\'' || r == '’'
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			word(text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		word(text[start:])
	}
	best, second := 0, -1
	for i := 1; i < len(counts); i++ {
		if counts[i] > counts[best] {
			best = i
		}
	}
	for i := range counts {
		if i != best && (second < 0 || counts[i] > counts[second]) {
			second = i
		}
	}
	n2 := 0
	if second >= 0 {
		n2 = counts[second]
	}
	return d.codes[best], counts[best] >= minSure && counts[best] >= 2*n2
}

// appendLower appends w in lower case to b.
func appendLower(b []byte, w string) []byte {
	for _, r := range w {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

// sameDetection fails t when Detect and the reference disagree on text,
// or atLeastWords and strings.Fields on its length.
func sameDetection(t *testing.T, d *WordDetector, ref *refDetector, text string) {
	t.Helper()
	code, sure := d.Detect(text)
	wantCode, wantSure := ref.Detect(text)
	if code != wantCode || sure != wantSure {
		t.Fatalf("Detect(%q) = %s %v, reference %s %v", text, code, sure, wantCode, wantSure)
	}
	n := len(strings.Fields(text))
	for _, k := range []int{0, 1, minPartWords, n, n + 1} {
		if got := atLeastWords(text, k); got != (n >= k) {
			t.Fatalf("atLeastWords(%q, %d) = %v with %d words", text, k, got, n)
		}
	}
}

func TestDetectAsReference(t *testing.T) {
	d, ref := NewWordDetector(testPacks()), newRefDetector(testPacks())
	for _, text := range []string{
		"", "The ministry said that the bridge was closed.", "Menurut KEMENTERIAN, jembatan itu ditutup dan yang lain.",
		"Don't stop; it's the people’s choice", "ÉTÉ ÀÉ\u00a0the\u2028and\xffthe\xfe", strings.Repeat("Pneumonoultramicroscopicsilicovolcanoconiosis", 3) + " the of and",
		"İT İS THE", "   \t\n",
	} {
		sameDetection(t, d, ref, text)
	}
	data, err := os.ReadFile(filepath.Join(corpusDir, "lang-samples.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		sameDetection(t, d, ref, line)
	}
}

// FuzzDetect holds Detect, which reads bytes, to the reference that
// ranged over runes.
func FuzzDetect(f *testing.F) {
	f.Add("The ministry said that the bridge was closed.")
	f.Add("Menurut kementerian, jembatan itu ditutup.")
	f.Add("people’s 'choice' ÉTÉ")
	d, ref := NewWordDetector(testPacks()), newRefDetector(testPacks())
	f.Fuzz(func(t *testing.T, text string) {
		sameDetection(t, d, ref, text)
	})
}

// TestFoldKeepsWords checks, for every character, what detectFolded
// relies on: lower-casing keeps a letter a letter, white space white
// space and the apostrophes as they are, and lower case is its own lower
// case; so Detect finds the same words in a line folded by foldWords.
func TestFoldKeepsWords(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		l := unicode.ToLower(r)
		if unicode.ToLower(l) != l || unicode.IsLetter(l) != unicode.IsLetter(r) || unicode.IsSpace(l) != unicode.IsSpace(r) ||
			(l == '’') != (r == '’') || (l == '\'') != (r == '\'') {
			t.Fatalf("%U lowers to %U", r, l)
		}
	}
}

// hiddenDetector hides a WordDetector's type, so that finish judges paragraphs
// by calling Detect on each line, as for a detector of the user's.
type hiddenDetector struct{ d *WordDetector }

func (h hiddenDetector) Detect(s string) (string, bool) { return h.d.Detect(s) }

// sameParts fails t when text, loaded with the packs' detector (which
// judges the folded lines markLines reads) and with the same detector
// hidden (which judges each line again), gives different documents.
func sameParts(t *testing.T, own, other *run, text string) (parts int) {
	t.Helper()
	a, ea := own.parseText("x.txt", "txt", text)
	b, eb := other.parseText("x.txt", "txt", text)
	if !reflect.DeepEqual(ea, eb) || !reflect.DeepEqual(a, b) {
		t.Fatalf("%q:\nown detector %+v %v\nhidden %+v %v", text, a, ea, b, eb)
	}
	if a != nil {
		parts = len(a.Parts)
	}
	return parts
}

func runsForParts() (own, other *run) {
	packs := testPacks()
	own = newRun(&Loader{Packs: packs}, nil)
	other = newRun(&Loader{Packs: packs, Detector: hiddenDetector{NewWordDetector(packs)}}, nil)
	return own, other
}

func TestPartsFromFoldedLines(t *testing.T) {
	own, other := runsForParts()
	parts := 0
	for _, page := range testPages(t) {
		parts += sameParts(t, own, other, page)
	}
	for _, text := range []string{
		"---\nlanguage: en\n---\nThe minister said that the bridge would open on Monday.\nMenteri mengatakan bahwa jembatan itu akan dibuka pada hari Senin.\n\nKata dia, jembatan itu juga akan ditutup untuk truk.\nAdvertisement\nIa menambahkan bahwa jembatan itu sudah diperiksa.\n",
		"Menurut polisi, ada 12 orang yang tewas dan yang lain luka.\n   The police said that the toll was 12 and that it would rise.   \r\nThe police said that the toll was 12 and that it would rise.\n",
	} {
		parts += sameParts(t, own, other, text)
	}
	if parts < 2 {
		t.Errorf("%d parts in other languages found; the inputs must hold some", parts)
	}
}

// FuzzParts holds the paragraphs judged from folded lines to those judged
// line by line with Detect.
func FuzzParts(f *testing.F) {
	f.Add("---\nlanguage: id\n---\nThe minister said that the bridge would open on Monday.\nAdvertisement\nThe minister said that it was ready and that it would open.\n")
	f.Add("Menurut polisi, ada 12 orang yang tewas dan yang lain luka.\n\nThe police said that the toll was 12 and that it would rise.\n")
	own, other := runsForParts()
	f.Fuzz(func(t *testing.T, text string) {
		if utf8.ValidString(text) {
			sameParts(t, own, other, text)
		}
	})
}

// TestDetectorWordTable checks the table of common words on packs that
// share words, list one twice, list an empty word and more words than one
// table size holds.
func TestDetectorWordTable(t *testing.T) {
	var many []string
	for i := range 300 {
		many = append(many, fmt.Sprintf("w%dx", i))
	}
	packs := lang.NewSet(
		&lang.Pack{Code: "aa", Text: lang.Text{CommonWords: append([]string{"the", "The", "", "dan", "yang"}, many...)}},
		&lang.Pack{Code: "bb", Text: lang.Text{CommonWords: []string{"dan", "yang", "di", "ÉTÉ"}}},
	)
	d, ref := NewWordDetector(packs), newRefDetector(packs)
	for _, text := range []string{
		"the the the dan", "dan yang di di", "été Été ÉTÉ the", "w1x w2x w299x w300x", "the, dan; yang", "",
	} {
		sameDetection(t, d, ref, text)
	}
	if code, sure := d.Detect("the the the dan"); code != "aa" || !sure {
		t.Errorf("Detect = %s %v, want aa sure (\"the\" listed twice counts twice)", code, sure)
	}
}
