package speaker

import (
	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/text"
)

// maxSpeakerWords bounds a speaker's name: a longer run of words before a
// verb is a clause, not a name.
const maxSpeakerWords = 10

// finder is the state of one FindIn call: the sentence's words and which
// of them stand inside quotation marks.
type finder struct {
	a *Attributor
	*text.WordView
	quoted []bool
}

// cueAt reads an attribution whose cue starts at word i, and returns it
// with the word after its cue.
func (f *finder) cueAt(i int) (Attribution, int, bool) {
	a := f.a
	// A preposition with no name after it cues nothing, and its words
	// may still be a reporting verb ("reported by" is both).
	if end, _, ok := a.preps.AtWord(f.WordView, i, len(f.Words)); ok {
		if name := f.collectAfter(end); !name.IsZero() {
			return Attribution{Kind: Preposition, Cue: f.cover(i, end), Name: name, Pronoun: f.isPronoun(name)}, end, true
		}
	}
	if end, _, ok := a.pronounVerbs.AtWord(f.WordView, i, len(f.Words)); ok {
		return Attribution{Kind: After, Cue: f.cover(i, end), Pronoun: true}, end, true
	}
	endAfter, _, isAfter := a.after.AtWord(f.WordView, i, len(f.Words))
	if isAfter && f.negatedBefore(i) {
		return Attribution{}, i, false
	}
	if isAfter {
		if name, alt := f.collectBefore(i - 1); !name.IsZero() {
			return Attribution{Kind: Before, Cue: f.cover(i, endAfter), Name: name, Alt: alt, Pronoun: f.isPronoun(name)}, endAfter, true
		}
	}
	end, _, ok := a.before.AtWord(f.WordView, i, len(f.Words))
	if !ok {
		return Attribution{}, i, false
	}
	name := f.collectAfter(end)
	if isAfter && !name.IsZero() && !f.looksLikeName(name) {
		// "said at least 98 people": a clause, not a speaker.
		name = claims.Span{}
	}
	if name.IsZero() {
		return Attribution{}, i, false
	}
	return Attribution{Kind: After, Cue: f.cover(i, end), Name: name, Pronoun: f.isPronoun(name)}, end, true
}

// cover returns the span of words from to end (exclusive).
func (f *finder) cover(from, end int) claims.Span { return text.Cover(f.Words[from:end]) }

// inQuotes marks the words that stand inside quotation marks: a
// reporting verb there belongs to the quoted words, not to the sentence.
func inQuotes(w []text.Token) []bool {
	out := make([]bool, len(w))
	open := false
	// A closing quote before any opening one means the sentence began
	// inside a quote.
	for i, t := range w {
		if t.Fold == "”" || t.Fold == `"` && i > 0 && !t.Space {
			open = true
			break
		}
		if t.Fold == "“" || t.Fold == `"` {
			break
		}
	}
	for i, t := range w {
		switch t.Fold {
		case `"`:
			// A straight quote opens when it hugs the next word and not
			// the previous one; a sentence may start inside a quote
			// opened in the sentence before.
			hugsNext := i+1 < len(w) && !w[i+1].Space
			hugsPrev := i > 0 && !t.Space
			open = hugsNext && !hugsPrev
			continue
		case "“":
			open = true
			continue
		case "”":
			open = false
			continue
		}
		out[i] = open
	}
	return out
}

// collectAfter gathers the speaker's words starting at word j, up to
// punctuation or a stop word ("kepada", "on").
func (f *finder) collectAfter(j int) claims.Span {
	start := j
	for j < len(f.Words) && f.Words[j].Kind != text.Punct && j-start < maxSpeakerWords {
		if _, _, stop := f.a.stops.AtWord(f.WordView, j, len(f.Words)); stop || f.Words[j].Kind == text.Number {
			break
		}
		j++
	}
	if j == start || !hasNameWord(f.Words[start:j]) {
		return claims.Span{}
	}
	return f.cover(start, j)
}

// looksLikeName reports whether the words at span can be a name written
// after a verb: they open with an article or hold a capitalized word.
func (f *finder) looksLikeName(span claims.Span) bool {
	for i, t := range f.Words {
		if !span.Contains(t.Span) {
			continue
		}
		if t.Cap {
			return true
		}
		if t.Span.Start == span.Start {
			if _, _, ok := f.a.articles.AtWord(f.WordView, i, len(f.Words)); ok {
				return true
			}
		}
	}
	return false
}

// isPronoun reports whether the words inside name are a pronoun or a
// phrase that refers back ("menteri itu").
func (f *finder) isPronoun(name claims.Span) bool {
	from, to := -1, -1
	for i, t := range f.Words {
		if name.Contains(t.Span) {
			if from < 0 {
				from = i
			}
			to = i + 1
		}
	}
	if from < 0 {
		return false
	}
	if end, _, ok := f.a.pronouns.AtWord(f.WordView, from, to); ok && end == to {
		return true
	}
	if to-from < 2 {
		return false
	}
	_, ok := f.a.demonstratives.EndingWord(f.WordView, to-1, from)
	return ok
}

// hasNameWord reports whether the words can name a speaker: at least one
// is a word of letters, not a number or a mark.
func hasNameWord(w []text.Token) bool {
	for _, t := range w {
		if t.Kind == text.Word {
			return true
		}
	}
	return false
}
