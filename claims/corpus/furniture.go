package corpus

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
)

// nameToken is one word of a byline or credit: it holds a capital letter
// ("Lukatsky", "AP/Efrem", "detikNews").
const nameToken = `[\p{L}\p{N}]*\p{Lu}[\p{L}\p{M}\p{N}'’.\-/&]*`

// namePattern is one to five such words.
const namePattern = nameToken + `(?:[ \t]+` + nameToken + `){0,4}`

// furniture recognizes lines of page furniture, from every pack's lists
// and from the shape of a line (menus, hashtags, repeats).
type furniture struct {
	// line matches a whole furniture line, trimmed.
	line *regexp.Regexp
}

// newFurniture compiles the packs' furniture lists into one pattern.
func newFurniture(packs *lang.Set) *furniture {
	var alts []string
	if packs != nil {
		for _, p := range packs.All() {
			for _, f := range p.Text.Furniture {
				if f = strings.TrimSpace(f); f != "" {
					alts = append(alts, entryPattern(f))
				}
			}
			for _, f := range p.Text.FurniturePrefixes {
				if f = strings.TrimSpace(f); f != "" {
					alts = append(alts, prefixPattern(f))
				}
			}
		}
	}
	if len(alts) == 0 {
		return &furniture{}
	}
	return &furniture{line: regexp.MustCompile(`^(?:` + strings.Join(alts, "|") + `)[\s.:!|·•]*$`)}
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

// prefixPattern matches a line that starts with the prefix as whole words.
func prefixPattern(p string) string {
	pat := literal(p)
	if r := []rune(p); unicode.IsLetter(r[len(r)-1]) || unicode.IsDigit(r[len(r)-1]) {
		pat += `(?:[^\p{L}\p{N}].*)?`
	} else {
		pat += `.*`
	}
	return pat
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
	var out []claims.Span
	seen := map[string]bool{}
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
			switch {
			case f.line != nil && f.line.MatchString(t),
				isHashtags(t), isMenu(t), seen[key] && hasLetter(t):
				out = append(out, span)
			}
			seen[key] = true
		}
		start = next
	}
	return out
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
