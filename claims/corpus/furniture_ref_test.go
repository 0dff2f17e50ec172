package corpus

import (
	"hash/fnv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
)

// The furniture marking as it was before it worked on folded bytes: the
// reference markLines is held to (FuzzMarkLines).

// match reports whether the trimmed line t is listed furniture; full is t
// folded to lower case with single spaces.
func (f *furniture) refMatch(t, full string) bool {
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
		if !isWordRune(last) || !refStartsWord(full[len(p):]) {
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

// markLines is mark, and also returns the paragraphs that repeat an
// earlier line word for word (isParagraph), which are not furniture: a
// repeated headline or byline is page furniture, a repeated paragraph is
// article text whose claims are marked as repeats.
func (f *furniture) refMarkLines(text string, body claims.Span) ([]claims.Span, []claims.Repeat) {
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
			h := refLineHash(key)
			first, again := seen[h]
			switch {
			case f.refMatch(t, key), refIsHashtags(t), refIsMenu(t):
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

// refIsHashtags reports a line of hashtags only.
func refIsHashtags(t string) bool {
	fs := strings.Fields(t)
	for _, w := range fs {
		if len(w) < 2 || w[0] != '#' || !hasLetter(w) || strings.ContainsAny(w[1:], "#") {
			return false
		}
	}
	return len(fs) > 0
}

// refIsMenu reports a navigation line.
func refIsMenu(t string) bool {
	if !strings.Contains(t, "  ") && !strings.ContainsAny(t, "\t|·•»") {
		return false
	}
	if strings.HasPrefix(t, "|") || strings.IndexFunc(t, unicode.IsDigit) >= 0 {
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

func refStartsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

// refLineHash is the FNV-1a hash of a folded line.
func refLineHash(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}
