package corpus

import (
	"hash/fnv"
	"regexp"
	"strings"
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
	whole    map[string]bool
	prefixes []string
	patterns []furniturePattern
}

// furniturePattern is an entry with "{any}" or "{name}".
type furniturePattern struct {
	lead string   // normalized literal text before the first placeholder
	lits []string // normalized literal chunks the line must contain
	re   *regexp.Regexp
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
					lead: strings.TrimSpace(normLine(lead)),
					lits: lits,
					re:   regexp.MustCompile(`^` + entryPattern(e) + trailing + `$`),
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
	return f
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
// folded to lower case with single spaces.
func (f *furniture) match(t, full string) bool {
	n := strings.TrimRight(full, " .:!|·•")
	if f.whole[n] {
		return true
	}
	// Prefixes are matched with the line's punctuation.
	for _, p := range f.prefixes {
		if !strings.HasPrefix(full, p) {
			continue
		}
		// "Simak video" starts "Simak video ini", not "Simak videonya".
		last, _ := utf8.DecodeLastRuneInString(p)
		if !isWordRune(last) || !startsWord(full[len(p):]) {
			return true
		}
	}
	if len(t) > maxPatternLine {
		return false
	}
next:
	for _, p := range f.patterns {
		if !strings.HasPrefix(n, p.lead) {
			continue
		}
		for _, l := range p.lits {
			if !strings.Contains(n, l) {
				continue next
			}
		}
		if p.re.MatchString(t) {
			return true
		}
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
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
	out, _ := f.markLines(text, body)
	return out
}

// markLines is mark, and also returns the paragraphs that repeat an
// earlier line word for word (isParagraph), which are not furniture: a
// repeated headline or byline is page furniture, a repeated paragraph is
// article text whose claims are marked as repeats.
func (f *furniture) markLines(text string, body claims.Span) ([]claims.Span, []claims.Repeat) {
	var out []claims.Span
	var reps []claims.Repeat
	seen := map[uint64]claims.Span{} // a line's folded words' hash → its first span
	for start := body.Start; start < body.End; {
		end := strings.IndexByte(text[start:body.End], '\n')
		next := body.End
		if end < 0 {
			end = body.End
		} else {
			end += start
			next = end + 1
		}
		raw := strings.TrimRight(text[start:end], "\r")
		t := strings.TrimSpace(raw)
		if t != "" {
			lead := strings.Index(raw, t)
			span := claims.Span{Start: start + lead, End: start + lead + len(t)}
			key := strings.Join(strings.Fields(strings.ToLower(t)), " ")
			h := lineHash(key)
			first, again := seen[h]
			switch {
			case f.match(t, key), isHashtags(t), isMenu(t):
				out = append(out, span)
			case again && isParagraph(t) && sameWords(first.Of(text), t):
				reps = append(reps, claims.Repeat{Span: span, First: first})
			case again && hasLetter(t):
				out = append(out, span)
			}
			if !again {
				seen[h] = span
			}
		}
		start = next
	}
	return out, reps
}

// sameWords reports whether a and b are the same words, case and spacing
// aside: a repeat is told by the hash of its folded words, and a claim
// is marked a repeat only when the words are truly the same.
func sameWords(a, b string) bool {
	return strings.Join(strings.Fields(strings.ToLower(a)), " ") == strings.Join(strings.Fields(strings.ToLower(b)), " ")
}

// lineHash is the FNV-1a hash of a folded line: the lines seen are kept
// as hashes, not copies, so that marking a large file costs no second
// copy of it.
func lineHash(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
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
// sentence.
func isMenu(t string) bool {
	if !strings.Contains(t, "  ") && !strings.ContainsAny(t, "\t|·•»") {
		return false
	}
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
