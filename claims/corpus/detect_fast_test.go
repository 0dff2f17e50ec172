package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// refDetect is WordDetector.Detect as it was before it read bytes: the
// reference it is held to.
func (d *WordDetector) refDetect(text string) (string, bool) {
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
	return d.verdict(counts)
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
func sameDetection(t *testing.T, d *WordDetector, text string) {
	t.Helper()
	code, sure := d.Detect(text)
	wantCode, wantSure := d.refDetect(text)
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
	d := NewWordDetector(testPacks())
	for _, text := range []string{
		"", "The ministry said that the bridge was closed.", "Menurut KEMENTERIAN, jembatan itu ditutup dan yang lain.",
		"Don't stop; it's the people’s choice", "ÉTÉ ÀÉ\u00a0the\u2028and\xffthe\xfe", strings.Repeat("Pneumonoultramicroscopicsilicovolcanoconiosis", 3) + " the of and",
		"İT İS THE", "   \t\n",
	} {
		sameDetection(t, d, text)
	}
	data, err := os.ReadFile(filepath.Join(corpusDir, "lang-samples.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		sameDetection(t, d, line)
	}
}

// FuzzDetect holds Detect, which reads bytes, to the reference that
// ranged over runes.
func FuzzDetect(f *testing.F) {
	f.Add("The ministry said that the bridge was closed.")
	f.Add("Menurut kementerian, jembatan itu ditutup.")
	f.Add("people’s 'choice' ÉTÉ")
	d := NewWordDetector(testPacks())
	f.Fuzz(func(t *testing.T, text string) {
		sameDetection(t, d, text)
	})
}
