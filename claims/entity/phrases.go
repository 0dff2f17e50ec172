package entity

import (
	"sort"
	"strings"
	"unicode"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/text"
)

type phraseKind uint8

const (
	kindTitle phraseKind = 1 << iota
	kindRank
	kindHonorific
	kindPlace
	kindOrg
	kindOrgHead
	kindPlaceHead
	kindFormer
)

const (
	kindKnown  = kindPlace | kindOrg
	kindPrefix = kindTitle | kindRank | kindHonorific | kindFormer
)

// phrase is one entry of the pack data, the value of the recognizer's
// matcher.
//
// The matcher compares tokens, the finder reads words (see words.go), and
// a pack phrase is matched word for word: "Badan mata-mata Seoul" is three
// words, and does not match "Badan Mata-Mata Seoul", where the capitals
// make four. So a phrase remembers which of its tokens start a word, and a
// match stands only when the text's words start at the same tokens.
type phrase struct {
	kind phraseKind
	key  string
	// starts[k] is set when token k of the phrase starts a word; folds are
	// the tokens' folds, as the matcher has them.
	starts []bool
	folds  []string
	// last is the fold of the phrase's last word: a period may follow a
	// short one ("Lt. Gen.").
	last string
}

// phraseBuilder collects the pack's phrases in the order the pack gives
// them. A hyphenated word is one word when it starts a phrase added
// before it, as in a sentence it is when it starts any phrase, so the
// order is kept.
type phraseBuilder struct {
	r      *Recognizer
	list   []pending
	seen   map[phraseID]bool
	starts map[string]bool // the folds of the first words so far
}

// pending is a phrase and its text as the matcher will read it.
type pending struct {
	ph      *phrase
	written string
}

// phraseID tells a phrase from another of the same kind written alike.
type phraseID struct {
	kind  phraseKind
	words string
}

// add reads one phrase of the pack data into words and notes it.
func (b *phraseBuilder) add(s, key string, kind phraseKind) {
	ws := b.r.words(text.NewSentence(s, claims.Span{End: len(s)}), func(f string) bool { return b.starts[f] })
	var words []text.Token
	for _, w := range ws {
		if w.Text != "." {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return
	}
	b.starts[words[0].Fold] = true
	if kind == kindPlace {
		k := joinFolds(words)
		if _, dup := b.r.places[k]; !dup {
			b.r.places[k] = key
		}
	}
	id := phraseID{kind, joinTexts(words)}
	if b.seen[id] {
		return
	}
	b.seen[id] = true
	written, starts, ok := matcherText(words)
	if !ok {
		return
	}
	ph := &phrase{kind: kind, key: key, last: words[len(words)-1].Fold}
	for _, t := range text.Tokenize(written, claims.Span{End: len(written)}, nil) {
		ph.folds = append(ph.folds, t.Fold)
		ph.starts = append(ph.starts, starts[t.Span.Start])
	}
	b.list = append(b.list, pending{ph, written})
}

// build puts the phrases into the recognizer's matcher, which allows an
// abbreviation's period after any word but the last ("Lt. Gen."). Among
// phrases of one length the matcher prefers the first added; the order of
// the kinds decides (a phrase that is both a title and a rank is a title).
func (b *phraseBuilder) build() *text.Matcher[*phrase] {
	m := text.NewMatcher[*phrase]()
	m.Periods = true
	sort.SliceStable(b.list, func(x, y int) bool { return b.list[x].ph.kind < b.list[y].ph.kind })
	for _, p := range b.list {
		m.Add(p.written, p.ph, text.AsWritten)
	}
	return m
}

// matcherText writes a phrase's words for the matcher: one word a
// space apart (the matcher then asks no glue between them, and the pack's
// rule asks none), a possessive glued to its word as it is in a sentence,
// and each word's letters in the case that makes the matcher's rule for
// each token the pack's rule for the word: a capitalized word must start
// with a capital, an acronym be in capitals, a lower-case word matches
// any. It returns the offsets where the words start, and reports false
// for a word no text can match.
func matcherText(words []text.Token) (string, map[int]bool, bool) {
	var b strings.Builder
	starts := make(map[int]bool, len(words))
	for i, w := range words {
		if i > 0 && !possessiveToken(w) {
			b.WriteByte(' ')
		}
		s, ok := caseAsWritten(w.Text)
		if !ok {
			return "", nil, false
		}
		starts[b.Len()] = true
		b.WriteString(s)
	}
	return b.String(), starts, true
}

// caseAsWritten rewrites a word of the pack so that the case of its
// tokens asks what the case of the whole word asks. A word capitalized
// at its first letter but not at its first character ("7Eleven") asks a
// capital no text word has: it reports false.
func caseAsWritten(w string) (string, bool) {
	letters, uppers := 0, 0
	firstUpper, first := false, true
	for _, c := range w {
		if unicode.IsLetter(c) {
			letters++
			if unicode.IsUpper(c) {
				uppers++
				firstUpper = firstUpper || first
			}
			first = false
		}
	}
	var out string
	switch {
	case letters >= 2 && letters == uppers:
		return w, true // every token is then in capitals
	case firstUpper:
		c := []rune(w)
		if !unicode.IsUpper(c[0]) {
			return "", false
		}
		out = string(c[0]) + strings.ToLower(string(c[1:]))
	default:
		out = strings.ToLower(w)
	}
	if text.Fold(out) != text.Fold(w) {
		return w, true
	}
	return out, true
}

func joinFolds(ws []text.Token) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.Fold
	}
	return strings.Join(parts, " ")
}

func joinTexts(ws []text.Token) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.Text
	}
	return strings.Join(parts, " ")
}
