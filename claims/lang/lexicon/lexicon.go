// Package lexicon gives a noun of either language of a bilingual
// dictionary one key shared across the two, so that counts of one thing
// meet whether an article writes "1,200 barrels" or "1.200 barel",
// "three hospitals" or "tiga rumah sakit".
//
// The dictionary is eng-ind.tsv beside this file: the nouns of FreeDict's
// English–Indonesian dictionary (FreeDict + WikDict, from Wiktionary; CC
// BY-SA 3.0), with how common each English noun is by SCOWL's word lists
// (see ATTRIBUTION.md), converted from Debian's dict-freedict-eng-ind and
// scowl packages by scripts/freedict, whose doc says how to regenerate
// it. It is embedded and parsed by New (about 6,970 English nouns and
// 8,640 Indonesian words and phrases); the Lexicon is read-only and safe
// for concurrent use.
//
// Keys are English noun lemmas. The rules:
//
//   - An English noun's key is its lemma, when the dictionary knows it
//     as a noun ("barrel", "police officer"). A lemma it does not know
//     has no key (ok false): the caller keeps its own lemma, which still
//     meets the counts of its own language, and knows that this noun
//     cannot meet the other language's. Synonyms keep their own keys
//     ("home" and "house" do not meet): dictionaries give a word's
//     translations, not its synonyms, and joining two English nouns
//     through a shared translation joins "foot" with "leg" (kaki) and
//     "month" with "moon" (bulan).
//   - An Indonesian word's key is the English noun that it translates
//     best: the noun whose earliest sense lists it ("sapi" is "cattle",
//     1st sense, rather than "cow", 2nd sense); among those, the noun
//     that lists it in the most senses, whose usual word it is ("rumah"
//     is "house", listed in three senses, rather than "home", listed in
//     one); then the earliest place in that sense; then the sense with
//     the fewest translations, the most specific ("polisi" is "police",
//     whose only word it is, rather than "police officer", also
//     "pulisi"); then the noun with the fewest senses, the least
//     ambiguous ("gajah" is "elephant", not the chess "bishop"; "jarum"
//     is "needle", not a clock's "hand"); then the commoner English word
//     (SCOWL's size: "korban" is "casualty", not "corban"); and last the
//     alphabet.
//
// Words are folds (claims/text.Fold) of lemmas (lang.Inflection.Lemma):
// the lexicon neither folds nor inflects.
//
// The dictionary is small (Wiktionary's translations): of the counted
// nouns of the development corpus and the invented stories, it keys
// about half the English ones and two thirds of the Indonesian ones;
// TestCoverage measures it on any folder of stories.
package lexicon

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed eng-ind.tsv
var engInd string

// Lexicon is a parsed bilingual dictionary of nouns.
type Lexicon struct {
	// source and target are the language codes of the headwords and of
	// the translations.
	source, target string
	// nouns keys each headword, a noun, by itself.
	nouns map[string]string
	// readings maps each translation to the noun that reads it best.
	readings map[string]candidate
	// words is the number of words of the longest headword and of the
	// longest translation: the most Match reads.
	words [2]int
}

// New returns the lexicon of the embedded English–Indonesian dictionary.
// It panics only if the embedded table is malformed, which the package's
// tests rule out.
func New() *Lexicon {
	l, err := Parse(engInd)
	if err != nil {
		panic("lexicon: embedded eng-ind.tsv: " + err.Error())
	}
	return l
}

// Languages returns the codes of the headwords' language and of the
// translations' ("en", "id").
func (l *Lexicon) Languages() (source, target string) { return l.source, l.target }

// Key returns the key shared by the noun lemma of language lang, a fold
// of one or more words ("barrel", "rumah sakit"); ok is false when the
// lexicon does not know the noun or the language.
func (l *Lexicon) Key(lang, lemma string) (key string, ok bool) {
	switch lang {
	case l.source:
		key, ok = l.nouns[lemma]
	case l.target:
		var c candidate
		c, ok = l.readings[lemma]
		key = c.key
	}
	return key, ok
}

// Match returns the key of the longest phrase of language lang that the
// lemmas open ("rumah", "sakit", "umum" opens "rumah sakit": key
// "hospital", n 2), and how many lemmas it spans. A caller passes the
// lemmas of the words after a number (and after any classifier: "ekor
// sapi" is an oxtail, "500 ekor sapi" 500 cattle) up to the first
// punctuation mark.
func (l *Lexicon) Match(lang string, lemmas []string) (key string, n int, ok bool) {
	var most int
	switch lang {
	case l.source:
		most = l.words[0]
	case l.target:
		most = l.words[1]
	default:
		return "", 0, false
	}
	for n = min(len(lemmas), most); n > 0; n-- {
		if key, ok = l.Key(lang, strings.Join(lemmas[:n], " ")); ok {
			return key, n, true
		}
	}
	return "", 0, false
}

// Parse reads a dictionary table in the format scripts/freedict writes:
// "#" comments, the first of them "# languages: SOURCE TARGET", then
// lines "headword TAB pos TAB sense TAB …" where a sense is its
// translations joined by ",".
func Parse(data string) (*Lexicon, error) {
	b := newBuilder(strings.Count(data, "\n") + 1)
	for n := 1; data != ""; n++ {
		line, rest, _ := strings.Cut(data, "\n")
		data = rest
		if err := b.line(line); err != nil {
			return nil, fmt.Errorf("line %d: %v", n, err)
		}
	}
	if b.source == "" {
		return nil, fmt.Errorf("no %q header", languagesHeader)
	}
	return b.build(), nil
}
