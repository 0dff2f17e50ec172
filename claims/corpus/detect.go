package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
)

// Detector finds the language of a text.
type Detector interface {
	// Detect returns the pack code of text's language, and whether the
	// text held enough evidence to be sure; code is "" only when there is
	// nothing to choose from.
	Detect(text string) (code string, sure bool)
}

// WordDetector detects a language by counting the packs' common words
// (lang.Text.CommonWords). On short news texts it is as accurate as
// lingua-go restricted to the same languages, without its models (see
// testdata/langbench).
type WordDetector struct {
	codes []string
	words map[string][]int // word -> indexes into codes
}

// NewWordDetector returns a detector over packs' common words.
func NewWordDetector(packs *lang.Set) *WordDetector {
	d := &WordDetector{words: map[string][]int{}}
	if packs == nil {
		return d
	}
	for i, p := range packs.All() {
		d.codes = append(d.codes, p.Code)
		for _, w := range p.Text.CommonWords {
			w = strings.ToLower(w)
			d.words[w] = append(d.words[w], i)
		}
	}
	return d
}

// minSure is how many common words the winner needs, and twice as many as
// the runner-up, for the detector to be sure.
const minSure = 3

// Detect returns the code whose common words occur most often in text
// (the first code on a tie or when none occur).
func (d *WordDetector) Detect(text string) (string, bool) {
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

// appendLower appends w in lower case to b without a new string.
func appendLower(b []byte, w string) []byte {
	for _, r := range w {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

// Detect returns the code of the pack whose common words occur most often
// in text, or the first code of packs when none occur.
func Detect(text string, packs *lang.Set) string {
	code, _ := NewWordDetector(packs).Detect(text)
	return code
}

// minPartWords is the length below which a paragraph's language is not
// judged: a name or a short quote says little.
const minPartWords = 6

// parts returns the paragraphs (lines) of doc's body, outside furniture,
// that the detector is sure are in another language than doc.Language;
// neighbouring paragraphs in one language are merged.
func parts(doc *claims.Document, det Detector) []claims.LanguageSpan {
	var out []claims.LanguageSpan
	text := doc.Text
	fi := 0
	for start := doc.Body.Start; start < doc.Body.End; {
		end := strings.IndexByte(text[start:doc.Body.End], '\n')
		next := doc.Body.End
		if end < 0 {
			end = doc.Body.End
		} else {
			end += start
			next = end + 1
		}
		line := strings.TrimRight(text[start:end], "\r")
		sp := claims.Span{Start: start, End: start + len(line)}
		for fi < len(doc.Furniture) && doc.Furniture[fi].End <= sp.Start {
			fi++
		}
		furn := fi < len(doc.Furniture) && doc.Furniture[fi].Overlaps(sp)
		if !furn && len(strings.Fields(line)) >= minPartWords {
			if code, sure := det.Detect(line); sure && code != doc.Language {
				if n := len(out); n > 0 && out[n-1].Language == code && strings.TrimSpace(text[out[n-1].Span.End:sp.Start]) == "" {
					out[n-1].Span.End = sp.End
				} else {
					out = append(out, claims.LanguageSpan{Span: sp, Language: code})
				}
			}
		}
		start = next
	}
	return out
}
