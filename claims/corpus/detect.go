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
	// longest is the length in bytes of the longest word: a longer one
	// is not looked up.
	longest int
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
			d.longest = max(d.longest, len(w))
		}
	}
	return d
}

// minSure is how many common words the winner needs, and twice as many as
// the runner-up, for the detector to be sure.
const minSure = 3

// Detect returns the code whose common words occur most often in text
// (the first code on a tie or when none occur). A word is a run of
// letters and apostrophes; ASCII is read a byte at a time and each word
// lower-cased into a buffer on the stack, since every paragraph of every
// article is detected.
func (d *WordDetector) Detect(text string) (string, bool) {
	if len(d.codes) == 0 {
		return "", false
	}
	var small [4]int
	counts := small[:0]
	if len(d.codes) <= len(small) {
		counts = small[:len(d.codes)]
	} else {
		counts = make([]int, len(d.codes))
	}
	var wbuf [64]byte
	buf := wbuf[:0]
	inWord := false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			if l := wordByte[c]; l != 0 {
				if !inWord {
					buf, inWord = buf[:0], true
				}
				if len(buf) <= d.longest { // a longer word is no common word
					buf = append(buf, l)
				}
			} else if inWord {
				d.count(counts, buf)
				inWord = false
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		switch in := unicode.IsLetter(r) || r == '’'; {
		case in && !inWord:
			buf, inWord = buf[:0], true
			fallthrough
		case in:
			if len(buf) <= d.longest {
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
			}
		case inWord:
			d.count(counts, buf)
			inWord = false
		}
	}
	if inWord {
		d.count(counts, buf)
	}
	return d.verdict(counts)
}

// count adds one to the codes whose common words hold the lower-cased
// word w.
func (d *WordDetector) count(counts []int, w []byte) {
	if len(w) > d.longest {
		return
	}
	for _, i := range d.words[string(w)] {
		counts[i]++
	}
}

// verdict is the code with the most words, and whether it is sure: at
// least minSure words and twice the runner-up's.
func (d *WordDetector) verdict(counts []int) (string, bool) {
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

// wordByte maps the ASCII bytes of a word (letters and the apostrophe)
// to their lower case, and the others to 0.
var wordByte = func() (t [utf8.RuneSelf]byte) {
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	t['\''] = '\''
	return t
}()

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
		if !furn && atLeastWords(line, minPartWords) {
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

// atLeastWords reports whether s holds n or more words set apart by white
// space (len(strings.Fields(s)) >= n), counting no further than n.
func atLeastWords(s string, n int) bool {
	words, inWord := 0, false
	for i := 0; i < len(s); {
		c := s[i]
		space := false
		if c < utf8.RuneSelf {
			space = asciiSpace[c]
			i++
		} else {
			r, w := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += w
		}
		switch {
		case space:
			inWord = false
		case !inWord:
			inWord = true
			if words++; words >= n {
				return true
			}
		}
	}
	return words >= n
}
