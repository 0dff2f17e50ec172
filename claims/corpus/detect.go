package corpus

import (
	"encoding/binary"
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
	// words holds the common words in lower case, each with the indexes
	// into codes of the packs that list it (twice if listed twice), in
	// an open-addressing table of a power of two slots, a quarter full:
	// every word of every paragraph is looked up, and a slot compared
	// with the word's bytes costs less than a map's lookup.
	words []wordSlot
	// longest is the length in bytes of the longest word: a longer one
	// is not looked up.
	longest int
}

// wordSlot is a slot of WordDetector.words; an empty word is a free slot.
type wordSlot struct {
	word  string
	codes []int
}

// NewWordDetector returns a detector over packs' common words.
func NewWordDetector(packs *lang.Set) *WordDetector {
	d := &WordDetector{}
	if packs == nil {
		return d
	}
	words := map[string][]int{}
	for i, p := range packs.All() {
		d.codes = append(d.codes, p.Code)
		for _, w := range p.Text.CommonWords {
			w = strings.ToLower(w)
			words[w] = append(words[w], i)
			d.longest = max(d.longest, len(w))
		}
	}
	size := 16
	for size < 4*len(words) {
		size *= 2
	}
	d.words = make([]wordSlot, size)
	for w, codes := range words {
		if w == "" {
			continue // no word read from a text is empty
		}
		i := wordHash([]byte(w)) & uint32(size-1)
		for d.words[i].word != "" {
			i = (i + 1) & uint32(size-1)
		}
		d.words[i] = wordSlot{w, codes}
	}
	return d
}

// wordHash is the hash of a word in the table: its first sixteen bytes
// and its length mixed once, so that reading a word costs nothing a
// byte. Only the table's spread depends on it; a lookup compares words.
func wordHash(w []byte) uint32 {
	var b [16]byte
	copy(b[:], w)
	lo, hi := binary.LittleEndian.Uint64(b[:8]), binary.LittleEndian.Uint64(b[8:])
	return uint32(mix(lo^hashKey1, hi^uint64(len(w))^hashKey2))
}

// lookup returns the indexes into codes of the packs listing the
// lower-cased word w.
func (d *WordDetector) lookup(w []byte) []int {
	if len(d.words) == 0 || len(w) > d.longest {
		return nil
	}
	mask := uint32(len(d.words) - 1)
	for i := wordHash(w) & mask; ; i = (i + 1) & mask {
		s := &d.words[i]
		if s.word == "" {
			return nil
		}
		if s.word == string(w) {
			return s.codes
		}
	}
}

// minSure is how many common words the winner needs, and twice as many as
// the runner-up, for the detector to be sure.
const minSure = 3

// Detect returns the code whose common words occur most often in text
// (the first code on a tie or when none occur). A word is a run of
// letters and apostrophes, compared in lower case.
func (d *WordDetector) Detect(text string) (string, bool) {
	return detect(d, text)
}

// detectFolded is Detect of a text folded by foldWords, which finds the
// same words, already in lower case: lower-casing keeps a letter a letter
// and white space white space, and lower case is its own lower case
// (TestFoldKeepsWords). Each word is looked up where it lies.
func (d *WordDetector) detectFolded(folded []byte) (string, bool) {
	if len(d.codes) == 0 {
		return "", false
	}
	var small [4]int
	counts := d.counts(small[:])
	for i := 0; i < len(folded); {
		// Between words; then a word.
		if c := folded[i]; c < utf8.RuneSelf && wordByte[c] == 0 {
			i++
			continue
		} else if n, in := wordRune(folded[i:]); !in {
			i += n
			continue
		}
		start := i
		for i < len(folded) {
			if c := folded[i]; c < utf8.RuneSelf {
				if wordByte[c] == 0 {
					break
				}
				i++
				continue
			}
			n, in := wordRune(folded[i:])
			if !in {
				break
			}
			i += n
		}
		d.count(counts, folded[start:i])
	}
	return d.verdict(counts)
}

// wordRune reports the length of the character b starts with, and
// whether it belongs to a word (a letter or an apostrophe).
func wordRune(b []byte) (int, bool) {
	if b[0] < utf8.RuneSelf {
		return 1, wordByte[b[0]] != 0
	}
	r, n := utf8.DecodeRune(b)
	return n, unicode.IsLetter(r) || r == '’'
}

// counts returns a count for each code, in small when it is long enough.
func (d *WordDetector) counts(small []int) []int {
	if len(d.codes) <= len(small) {
		return small[:len(d.codes)]
	}
	return make([]int, len(d.codes))
}

// detect counts the common words of text. ASCII is read a byte at a time
// and each word lower-cased into a buffer on the stack, since every
// paragraph of every article is detected.
func detect(d *WordDetector, text string) (string, bool) {
	if len(d.codes) == 0 {
		return "", false
	}
	var small [4]int
	counts := d.counts(small[:])
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
	for _, i := range d.lookup(w) {
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
	var sure []claims.LanguageSpan
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
			if code, ok := det.Detect(line); ok {
				sure = append(sure, claims.LanguageSpan{Span: sp, Language: code})
			}
		}
		start = next
	}
	return partsOf(text, sure, doc.Language)
}

// partsOf returns the parts of a text in language lang from the
// paragraphs whose language the detector is sure of, in order: those in
// another language, neighbours in one language merged.
func partsOf(text string, sure []claims.LanguageSpan, lang string) []claims.LanguageSpan {
	var out []claims.LanguageSpan
	for _, p := range sure {
		if p.Language == lang {
			continue
		}
		if n := len(out); n > 0 && out[n-1].Language == p.Language && strings.TrimSpace(text[out[n-1].Span.End:p.Span.Start]) == "" {
			out[n-1].Span.End = p.Span.End
		} else {
			out = append(out, p)
		}
	}
	return out
}

// sureParagraphs collects the paragraphs of a document whose language a
// WordDetector is sure of, from the lines markLines reads.
type sureParagraphs struct {
	det  *WordDetector
	list []claims.LanguageSpan
}

// line judges one line that is not furniture (a bodyLine).
func (s *sureParagraphs) line(sp claims.Span, folded []byte, words int) {
	if words < minPartWords {
		return
	}
	if code, ok := s.det.detectFolded(folded); ok {
		s.list = append(s.list, claims.LanguageSpan{Span: sp, Language: code})
	}
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
