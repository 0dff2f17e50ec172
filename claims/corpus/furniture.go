package corpus

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
)

// nameToken is one word of a byline or credit: it holds a capital letter
// ("Lukatsky", "AP/Efrem", "detikNews").
const nameToken = `[\p{L}\p{N}]*\p{Lu}[\p{L}\p{M}\p{N}'’.\-/&]*`

// namePattern is one to five such words.
const namePattern = nameToken + `(?:[ \t]+` + nameToken + `){0,4}`

// furniture recognizes lines of page furniture, from every pack's lists
// and from the shape of a line (menus, hashtags, repeats). Literal lines
// and prefixes are looked up without regular expressions; only entries with
// a placeholder get one, tried when the line starts with their literal
// lead, so that a long file is marked at the speed of a map lookup a line.
type furniture struct {
	whole map[string]bool
	// longestWhole is the length of the longest key of whole: a longer
	// line is not looked up (hashing a paragraph to find it absent).
	longestWhole int
	prefixes     []string
	patterns     []furniturePattern
	// prefixIndex holds the prefixes by their first byte, patternIndex
	// the patterns (indexes into patterns) by the first byte of their
	// lead, and anyLead those without a lead: a line is tried only
	// against the entries that can start it.
	prefixIndex  [256][]furniturePrefix
	patternIndex [256][]int
	anyLead      []int
	// seen and key are markLines' map of the lines seen and buffer for a
	// folded line, kept from one document to the next: a furniture
	// belongs to one Load, which marks one document at a time.
	seen map[uint64]claims.Span
	key  []byte
}

// maxKeptSeen is the most lines a document may have for markLines to
// keep its map for the next: clearing a map costs its size, and one huge
// document must not make every small one after it slow.
const maxKeptSeen = 4096

// maxKeptKey is the largest buffer for a folded line kept for the next
// document; a longer line's is left to the collector.
const maxKeptKey = 64 << 10

// furniturePrefix is a normalized prefix entry; endsWord is set when it
// ends in a letter or digit, so that it must not run on into a word.
type furniturePrefix struct {
	text     string
	endsWord bool
}

// furniturePattern is an entry with "{any}" or "{name}".
type furniturePattern struct {
	lead string   // normalized literal text before the first placeholder
	lits []string // normalized literal chunks the line must contain
	re   *lazyRegexp
	// leadBytes and litBytes are lead and lits as bytes, to be compared
	// with a folded line without making a string of it.
	leadBytes []byte
	litBytes  [][]byte
	// maxWords is the most words a line it matches can have once folded
	// and trimmed (0: any number).
	maxWords int
}

// lazyRegexp is a regular expression compiled when it is first matched:
// a pack's placeholder entries are many, and a line reaches one only
// when its lead and literal chunks are there, so most are never compiled
// (compiling them all took a quarter of a small check). The builtin
// packs' are compiled by TestFurniturePatternsCompile.
type lazyRegexp struct {
	src  string
	once sync.Once
	re   *regexp.Regexp
}

// MatchString compiles the expression if it is not yet, and matches s.
func (l *lazyRegexp) MatchString(s string) bool {
	l.once.Do(func() { l.re = regexp.MustCompile(l.src) })
	return l.re.MatchString(s)
}

// entryWords is the most words a line matching the placeholder entry e
// can have once folded and trimmed: its literal words and five for each
// "{name}", which are set apart by white space; 0 when e has "{any}".
// The closing punctuation the pattern allows is trimmed from the folded
// line before its words are counted, so none of it counts.
func entryWords(e string) int {
	if strings.Contains(e, "{any}") {
		return 0
	}
	return len(strings.Fields(placeholder.ReplaceAllString(e, " "))) + 5*strings.Count(e, "{name}")
}

// maxPatternLine is the longest line tried against a placeholder entry:
// credits and bylines are short, and a paragraph never is furniture.
const maxPatternLine = 300

// newFurniture compiles the packs' furniture lists.
func newFurniture(packs *lang.Set) *furniture {
	f := &furniture{whole: map[string]bool{}}
	if packs == nil {
		return f
	}
	for _, p := range packs.All() {
		for _, e := range p.Text.Furniture {
			e = strings.TrimSpace(e)
			switch {
			case e == "":
			case strings.Contains(e, "{any}") || strings.Contains(e, "{name}"):
				lead, _, _ := strings.Cut(e, "{")
				var lits []string
				for _, l := range placeholder.Split(e, -1) {
					if l = strings.TrimSpace(normLine(l)); l != "" {
						lits = append(lits, l)
					}
				}
				f.patterns = append(f.patterns, furniturePattern{
					lead:     strings.TrimSpace(normLine(lead)),
					lits:     lits,
					re:       &lazyRegexp{src: `^` + entryPattern(e) + trailing + `$`},
					maxWords: entryWords(e),
				})
			default:
				f.whole[normLine(e)] = true
			}
		}
		for _, e := range p.Text.FurniturePrefixes {
			if e = normLine(e); e != "" {
				f.prefixes = append(f.prefixes, e)
			}
		}
	}
	f.index()
	return f
}

// index fills the furniture's indexes from its lists.
func (f *furniture) index() {
	for w := range f.whole {
		f.longestWhole = max(f.longestWhole, len(w))
	}
	for _, p := range f.prefixes {
		last, _ := utf8.DecodeLastRuneInString(p)
		f.prefixIndex[p[0]] = append(f.prefixIndex[p[0]], furniturePrefix{text: p, endsWord: isWordRune(last)})
	}
	for i := range f.patterns {
		p := &f.patterns[i]
		p.leadBytes = []byte(p.lead)
		for _, l := range p.lits {
			p.litBytes = append(p.litBytes, []byte(l))
		}
		if p.lead == "" {
			f.anyLead = append(f.anyLead, i)
		} else {
			f.patternIndex[p.lead[0]] = append(f.patternIndex[p.lead[0]], i)
		}
	}
}

// placeholder splits an entry into its literal chunks.
var placeholder = regexp.MustCompile(`\{(?:any|name)\}`)

// trailing is what may close a furniture line.
const trailing = `[\s.:!|·•]*`

// normLine folds a line for lookup: lower case, single spaces, no closing
// punctuation.
func normLine(s string) string {
	s = strings.Join(strings.Fields(strings.ToLower(s)), " ")
	return strings.TrimRight(s, " .:!|·•")
}

// match reports whether the trimmed line t is listed furniture; full is t
// folded by foldWords (lower case, single spaces).
func (f *furniture) match(t string, full []byte) bool {
	n := trimFurnitureEnd(full)
	if len(n) <= f.longestWhole && f.whole[string(n)] {
		return true
	}
	if len(full) == 0 {
		return false
	}
	// Prefixes are matched with the line's punctuation.
	for _, p := range f.prefixIndex[full[0]] {
		if len(full) < len(p.text) || string(full[:len(p.text)]) != p.text {
			continue
		}
		// "Simak video" starts "Simak video ini", not "Simak videonya".
		if !p.endsWord || !startsWord(full[len(p.text):]) {
			return true
		}
	}
	if len(t) > maxPatternLine {
		return false
	}
	words := 0
	if len(n) > 0 {
		words = bytes.Count(n, []byte(" ")) + 1
	}
	if len(n) > 0 && f.tryPatterns(f.patternIndex[n[0]], t, n, words) {
		return true
	}
	return f.tryPatterns(f.anyLead, t, n, words)
}

// tryPatterns reports whether t matches one of the placeholder entries
// ps (indexes into f.patterns); n is t folded and trimmed, of so many
// words.
func (f *furniture) tryPatterns(ps []int, t string, n []byte, words int) bool {
next:
	for _, i := range ps {
		p := &f.patterns[i]
		if p.maxWords > 0 && words > p.maxWords || !bytes.HasPrefix(n, p.leadBytes) {
			continue
		}
		for _, l := range p.litBytes {
			if !bytes.Contains(n, l) {
				continue next
			}
		}
		if p.re.MatchString(t) {
			return true
		}
	}
	return false
}

// trimFurnitureEnd drops what may close a furniture line (the cutset
// " .:!|·•") from the end of a folded line.
func trimFurnitureEnd(b []byte) []byte {
	for len(b) > 0 {
		switch {
		case strings.IndexByte(" .:!|", b[len(b)-1]) >= 0:
			b = b[:len(b)-1]
		case bytes.HasSuffix(b, []byte("·")):
			b = b[:len(b)-len("·")]
		case bytes.HasSuffix(b, []byte("•")):
			b = b[:len(b)-len("•")]
		default:
			return b
		}
	}
	return b
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func startsWord(s []byte) bool {
	r, _ := utf8.DecodeRune(s)
	return isWordRune(r)
}

// entryPattern turns a furniture entry into a pattern: literal words match
// case-insensitively with any spacing, "{any}" any text, "{name}" one to
// five capitalized words.
func entryPattern(e string) string {
	var b strings.Builder
	for e != "" {
		i := strings.IndexByte(e, '{')
		lit := e
		if i >= 0 {
			lit = e[:i]
		}
		b.WriteString(literal(lit))
		if i < 0 {
			break
		}
		rest := e[i:]
		switch {
		case strings.HasPrefix(rest, "{any}"):
			b.WriteString(`.+`)
			e = rest[len("{any}"):]
		case strings.HasPrefix(rest, "{name}"):
			b.WriteString(`(?:` + namePattern + `)`)
			e = rest[len("{name}"):]
		default:
			b.WriteString(literal("{"))
			e = rest[1:]
		}
	}
	return b.String()
}

// literal matches s case-insensitively, with any run of spaces for a space.
func literal(s string) string {
	if s == "" {
		return ""
	}
	parts := strings.Fields(s)
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(p)
	}
	lead, trail := "", ""
	if s[0] == ' ' {
		lead = `\s+`
	}
	if s[len(s)-1] == ' ' {
		trail = `\s+`
	}
	return lead + `(?i:` + strings.Join(parts, `\s+`) + `)` + trail
}

// mark returns the spans of body that are furniture, one per line, in
// order. A span covers the line's text without its line ending.
func (f *furniture) mark(text string, body claims.Span) []claims.Span {
	out, _ := f.markLines(text, body, nil)
	return out
}

// bodyLine is told of a line of a body that is not furniture: its span
// (the line without its line break, white space included), its words
// folded by foldWords and how many they are. The language of each
// paragraph is judged from the folded line, so that a line is read once
// for both tests.
type bodyLine func(line claims.Span, folded []byte, words int)

// markLines is mark, and also returns the paragraphs that repeat an
// earlier line word for word (isParagraph), which are not furniture: a
// repeated headline or byline is page furniture, a repeated paragraph is
// article text whose claims are marked as repeats. Each line is folded
// once into a reused buffer, so marking allocates nothing a line; onText,
// when set, is given every line that is not furniture.
func (f *furniture) markLines(text string, body claims.Span, onText bodyLine) ([]claims.Span, []claims.Repeat) {
	var out []claims.Span
	var reps []claims.Repeat
	seen, key := f.seen, f.key // a line's folded words' hash → its first span
	if seen == nil {
		seen, key = make(map[uint64]claims.Span), make([]byte, 0, 512)
	}
	for start := body.Start; start < body.End; {
		end, next := lineEnd(text, start, body.End)
		raw := strings.TrimRight(text[start:end], "\r")
		left := strings.TrimLeftFunc(raw, unicode.IsSpace)
		if t := strings.TrimRightFunc(left, unicode.IsSpace); t != "" {
			lead := len(raw) - len(left)
			span := claims.Span{Start: start + lead, End: start + lead + len(t)}
			var sep bool
			key, sep = foldLine(key[:0], t)
			h := lineHash(key)
			first, again := seen[h]
			furn := false
			switch {
			case f.match(t, key), isHashtags(t), sep && isMenu(t):
				out, furn = append(out, span), true
			case again && isParagraph(t) && sameWords(first.Of(text), t):
				reps = append(reps, claims.Repeat{Span: span, First: first})
			case again && hasLetter(t):
				out, furn = append(out, span), true
			}
			if !again {
				seen[h] = span
			}
			if !furn && onText != nil {
				onText(claims.Span{Start: start, End: start + len(raw)}, key, bytes.Count(key, []byte(" "))+1)
			}
		}
		start = next
	}
	if len(seen) > maxKeptSeen || cap(key) > maxKeptKey {
		seen, key = nil, nil
	} else {
		clear(seen)
	}
	f.seen, f.key = seen, key
	return out, reps
}

// lineEnd returns where the line that starts at start ends (at its
// newline, or at limit) and where the next line starts.
func lineEnd(text string, start, limit int) (end, next int) {
	end = strings.IndexByte(text[start:limit], '\n')
	if end < 0 {
		return limit, limit
	}
	return start + end, start + end + 1
}

// foldWords appends s to dst in lower case with its words set apart by
// single spaces: strings.Join(strings.Fields(strings.ToLower(s)), " ")
// without the strings, and ASCII a byte at a time. An invalid byte
// becomes U+FFFD, as strings.ToLower makes it.
func foldWords(dst []byte, s string) []byte {
	dst, _ = foldLine(dst, s)
	return dst
}

// foldLine is foldWords, and also reports whether s holds what may set a
// menu's items apart (two spaces in a row, a tab, "|", "·", "•" or "»"),
// seen on the way. Every line of every article is folded, so ASCII takes
// a path without branches on the bytes: each is written lower-cased, and
// the write position stays put on a space after a space.
func foldLine(dst []byte, s string) (_ []byte, sep bool) {
	n0 := len(dst)
	out := slices.Grow(dst, len(s)+utf8.UTFMax)
	out = out[:cap(out)]
	j := n0
	spaced := uint8(0) // 1 after white space, or at the start of an empty dst
	if n0 == 0 {
		spaced = 1
	}
	rawSpace, seps := uint8(0), uint8(0) // the last byte was ' '; a separator was seen
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			f := &foldTable[c]
			out[j] = f.lower
			j += int(1 - f.space&spaced)
			seps |= f.sep | f.blank&rawSpace
			spaced, rawSpace = f.space, f.blank
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r == '·' || r == '•' || r == '»' {
			seps = 1
		}
		rawSpace = 0
		if r = unicode.ToLower(r); unicode.IsSpace(r) {
			out[j] = ' '
			j += int(1 - spaced)
			spaced = 1
			continue
		}
		// Lower case may take more bytes, and an invalid byte becomes
		// three: keep room for the rest.
		out = slices.Grow(out[:j], utf8.UTFMax+len(s)-i)
		out = utf8.AppendRune(out, r)
		j = len(out)
		out = out[:cap(out)]
		spaced = 0
	}
	if spaced == 1 && j > n0 {
		j-- // no space after the last word
	}
	return out[:j], seps != 0
}

// foldEntry is what foldLine does with an ASCII byte: write lower, and
// whether it is white space (which unicode.IsSpace reports, written as
// one space), the space itself (two in a row separate a menu's items) or
// another separator of a menu's items (a tab, "|").
type foldEntry struct {
	lower             byte
	space, blank, sep uint8
}

// foldTable holds foldEntry for every ASCII byte.
var foldTable = func() (t [utf8.RuneSelf]foldEntry) {
	for c := range t {
		e := &t[c]
		e.lower = byte(unicode.ToLower(rune(c)))
		if asciiSpace[c] {
			e.lower, e.space = ' ', 1
		}
	}
	t[' '].blank = 1
	t['\t'].sep, t['|'].sep = 1, 1
	return t
}()

// asciiSpace marks the ASCII bytes unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// lineHash is the hash of a folded line: the lines seen are kept as
// hashes, not copies, so that marking a large file costs no second copy
// of it. It reads eight bytes at a time and mixes each word by a 128-bit
// multiplication folded to 64 bits (as wyhash does), where FNV-1a's
// multiplication a byte was 7% of the loader's time.
func lineHash(b []byte) uint64 {
	h := uint64(len(b)) ^ hashKey0
	for ; len(b) >= 8; b = b[8:] {
		w := binary.LittleEndian.Uint64(b)
		h = mix(h^w^hashKey1, w^hashKey2)
	}
	var t uint64
	for i, c := range b {
		t |= uint64(c) << (8 * i)
	}
	return mix(h^t^hashKey1, t^hashKey3)
}

// mix multiplies a and b to 128 bits and folds the halves together.
func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// The keys of lineHash (wyhash's, hashKey2's low byte set). A product by
// zero would lose what came before, so the second factor never is: a
// word of a folded line, which is UTF-8, never equals hashKey2, whose
// first byte 0xff is never found in UTF-8, and a tail of at most seven
// bytes never equals hashKey3, whose top byte is not zero.
const (
	hashKey0 = 0xa0761d6478bd642f
	hashKey1 = 0xe7037ed1a0b428db
	hashKey2 = 0x8ebc6af09c88c6ff
	hashKey3 = 0x589965cc75374cc3
)

// sameWords reports whether a and b are the same words, case and spacing
// aside: a repeat is told by the hash of its folded words, and a claim
// is marked a repeat only when the words are truly the same.
func sameWords(a, b string) bool {
	return strings.Join(strings.Fields(strings.ToLower(a)), " ") == strings.Join(strings.Fields(strings.ToLower(b)), " ")
}

// paragraphWords is how many words a repeated line needs to be taken for
// a paragraph rather than a headline, a byline or a credit.
const paragraphWords = 8

// isParagraph reports whether a line reads as a paragraph of the
// article: some words, and a sentence's end at its close.
func isParagraph(t string) bool {
	if len(strings.Fields(t)) < paragraphWords {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, "\"”’)] "))
	return strings.ContainsRune(".!?", last)
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// isHashtags reports a line of hashtags only.
func isHashtags(t string) bool {
	if t == "" || t[0] != '#' {
		return false // the first word is not a hashtag
	}
	fs := strings.Fields(t)
	for _, w := range fs {
		if len(w) < 2 || w[0] != '#' || !hasLetter(w) || strings.ContainsAny(w[1:], "#") {
			return false
		}
	}
	return len(fs) > 0
}

// menuSep splits a menu line: runs of two or more spaces, tabs, bars and
// bullets.
var menuSep = regexp.MustCompile(`\s*[|·•»]\s*|\t+\s*| {2,}`)

// isMenu reports a navigation line: four or more short items without
// figures, set apart by wide spaces, bars or bullets, none ending a
// sentence. markLines asks only when t holds one of those separators
// (two spaces in a row, a tab, "|", "·", "•" or "»"), which foldLine sees
// as it folds the line.
func isMenu(t string) bool {
	if strings.HasPrefix(t, "|") || strings.IndexFunc(t, unicode.IsDigit) >= 0 {
		// A table row, or figures that may be claims.
		return false
	}
	items := menuSep.Split(t, -1)
	n := 0
	for _, it := range items {
		it = strings.TrimSpace(it)
		if it == "" {
			continue
		}
		if len(strings.Fields(it)) > 3 || strings.ContainsAny(it[len(it)-1:], ".!?\"”") {
			return false
		}
		n++
	}
	return n >= 4
}
