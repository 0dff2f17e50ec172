package lang

import (
	"strings"
	"unicode/utf8"
)

// Inflection is what a pack knows about the forms of a noun: enough to
// bring a counted noun back to the lemma a dictionary lists it under
// ("barrels" → "barrel", "rumah-rumahnya" → "rumah"), so that counts of
// one thing meet whatever form each article writes. It holds inflection
// only: derivation makes another word ("pendakian", a climb, is not
// "pendaki", a climber) and is never undone.
//
// Every field is optional; the zero Inflection returns each word as it
// is. Words are token folds (claims/text.Fold): lower case, without
// diacritics, hyphens written "-"; a hyphenated word is passed whole, its
// glued tokens joined ("rumah-rumah", "follow-ups").
type Inflection struct {
	// Irregular maps a form to its lemma before any rule is tried
	// ("men" → "man", "children" → "child"). A form mapped to itself is
	// left as it is: a word that merely looks inflected ("news",
	// "series", "kupu-kupu", "pelaku").
	Irregular map[string]string
	// Clitics are endings attached to a whole word ("-nya": its, their),
	// stripped first; each applies only when at least MinStem letters
	// remain. A clitic is stripped once: the stripped word is then read
	// as a new word (Irregular, reduplication and suffixes apply to it).
	Clitics []Suffix
	// Reduplicated reports whether a word written twice with a hyphen
	// is a form of the single word ("rumah-rumah" → "rumah"): the
	// plural by reduplication.
	Reduplicated bool
	// Suffixes are the rewrites of inflectional endings, tried in order;
	// the first whose ending matches with at least MinStem letters
	// before it applies, and no other rule is tried. A rule whose To
	// equals its From keeps words with that ending as they are, so an
	// early rule guards a later one ("ss" → "ss" keeps "glass" from the
	// rule "s" → "").
	Suffixes []Suffix
}

// Suffix is one rewrite of a word's ending: From is replaced by To when
// at least MinStem letters precede From and, when After is set, the
// letter before From is one of After's.
type Suffix struct {
	From, To string
	MinStem  int
	// After lists the letters a stem may end with: "-ku" follows a
	// consonant ("rumahku"), never a vowel ("mengaku", "Maluku").
	After string
}

// Lemma returns the lemma of word, a token's fold; a word no rule
// applies to is returned as it is. A nil Inflection returns word.
func (in *Inflection) Lemma(word string) string {
	if in == nil || word == "" {
		return word
	}
	if l, ok := in.Irregular[word]; ok {
		return l
	}
	if w, ok := strip(word, in.Clitics); ok {
		// The rest is a word of its own: "rumah-rumahnya" is read
		// as "rumah-rumah", "kupu-kupunya" as the listed "kupu-kupu".
		return in.base(w)
	}
	return in.base(word)
}

// base returns the lemma of a word without clitics.
func (in *Inflection) base(word string) string {
	if l, ok := in.Irregular[word]; ok {
		return l
	}
	if in.Reduplicated {
		if half, ok := reduplicated(word); ok {
			if l, ok := in.Irregular[half]; ok {
				return l
			}
			return in.rewrite(half)
		}
	}
	return in.rewrite(word)
}

// rewrite applies the first suffix rule that fits word.
func (in *Inflection) rewrite(word string) string {
	for _, s := range in.Suffixes {
		if stem, ok := cut(word, s); ok {
			return stem + s.To
		}
	}
	return word
}

// strip removes the first clitic that fits word.
func strip(word string, clitics []Suffix) (string, bool) {
	for _, c := range clitics {
		if stem, ok := cut(word, c); ok {
			return stem + c.To, true
		}
	}
	return word, false
}

// cut returns word without s.From when it ends with it, at least
// s.MinStem letters precede it, and the stem ends in one of s.After. The
// stem must end in a letter: a rule never eats into a hyphen or an
// apostrophe ("follow-ups" keeps its hyphen, "-nya" alone is no clitic).
func cut(word string, s Suffix) (string, bool) {
	if s.From == "" || !strings.HasSuffix(word, s.From) {
		return "", false
	}
	stem := word[:len(word)-len(s.From)]
	if stem == "" || utf8.RuneCountInString(stem) < s.MinStem {
		return "", false
	}
	last, _ := utf8.DecodeLastRuneInString(stem)
	if last == '-' || last == '\'' || s.After != "" && !strings.ContainsRune(s.After, last) {
		return "", false
	}
	return stem, true
}

// reduplicated returns x when word is "x-x".
func reduplicated(word string) (string, bool) {
	if len(word) < 3 || len(word)%2 == 0 {
		return "", false
	}
	h := len(word) / 2
	if word[h] != '-' || word[:h] != word[h+1:] {
		return "", false
	}
	return word[:h], true
}
