package builtin

import (
	"sort"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims/lang"
)

// TestPacksAreComplete checks that every shipped pack fills what the
// recognizers read: a pack missing its reporting verbs or counted nouns
// would silently find nothing.
func TestPacksAreComplete(t *testing.T) {
	for _, p := range Packs().All() {
		t.Run(p.Code, func(t *testing.T) {
			checks := []struct {
				Name string
				N    int
			}{
				{"Text.CommonWords", len(p.Text.CommonWords)},
				{"Text.Abbreviations", len(p.Text.Abbreviations)},
				{"Numbers.Words", len(p.Numbers.Words)},
				{"Numbers.Multipliers", len(p.Numbers.Multipliers)},
				{"Numbers.Hedges", len(p.Numbers.Hedges)},
				{"Units", len(p.Units)},
				{"Concepts", len(p.Concepts)},
				{"Dates.Months", len(p.Dates.Months)},
				{"Dates.Weekdays", len(p.Dates.Weekdays)},
				{"Dates.Events", len(p.Dates.Events)},
				{"Speech.VerbsAfterSpeaker", len(p.Speech.VerbsAfterSpeaker)},
				{"Speech.VerbsBeforeSpeaker", len(p.Speech.VerbsBeforeSpeaker)},
				{"Speech.Prepositions", len(p.Speech.Prepositions)},
				{"Speech.Pronouns", len(p.Speech.Pronouns)},
				{"Speech.Subordinators", len(p.Speech.Subordinators)},
				{"Relations.Possessive", len(p.Relations.Possessive)},
				{"Relations.Locative", len(p.Relations.Locative)},
				{"Relations.Topics", len(p.Relations.Topics)},
				{"Relations.Modifiers", len(p.Relations.Modifiers)},
			}
			for _, c := range checks {
				if c.N == 0 {
					t.Errorf("%s is empty", c.Name)
				}
			}
			if p.Numbers.DecimalSeparator == p.Numbers.GroupSeparator {
				t.Errorf("decimal and group separators are both %q", p.Numbers.DecimalSeparator)
			}
		})
	}
}

// TestPhrasesAreLowerCase checks the lists the recognizers match against
// lower-cased text: a capital letter there never matches.
func TestPhrasesAreLowerCase(t *testing.T) {
	for _, p := range Packs().All() {
		lists := map[string][]string{
			"Speech.VerbsAfterSpeaker":  p.Speech.VerbsAfterSpeaker,
			"Speech.VerbsBeforeSpeaker": p.Speech.VerbsBeforeSpeaker,
			"Speech.Prepositions":       p.Speech.Prepositions,
			"Speech.Pronouns":           p.Speech.Pronouns,
			"Speech.Connectives":        p.Speech.Connectives,
			"Speech.Stops":              p.Speech.Stops,
			"Speech.Subordinators":      p.Speech.Subordinators,
			"Speech.Articles":           p.Speech.Articles,
			"Speech.Passives":           p.Speech.Passives,
			"Relations.Possessive":      p.Relations.Possessive,
			"Relations.Locative":        p.Relations.Locative,
			"Relations.Rises":           p.Relations.Rises,
			"Relations.Partitives":      p.Relations.Partitives,
			"Relations.Earlier":         p.Relations.Earlier,
			"Relations.Future":          p.Relations.Future,
		}
		for _, topics := range [][]lang.Topic{p.Relations.Topics, p.Relations.Modifiers} {
			for _, tp := range topics {
				lists["topic "+tp.Key] = tp.Words
			}
		}
		for name, list := range lists {
			for _, w := range list {
				if w != strings.ToLower(w) || strings.TrimSpace(w) != w || strings.Contains(w, "  ") {
					t.Errorf("%s: %s: %q is not a lower-case phrase with single spaces", p.Code, name, w)
				}
			}
		}
	}
}

// TestKeysAreShared checks that the language-neutral keys (counted
// concepts, measurement topics, modifiers) exist in every pack: a key in
// one language only can never align a claim across languages.
func TestKeysAreShared(t *testing.T) {
	keys := func(p *lang.Pack) map[string][]string {
		out := map[string][]string{}
		for _, c := range p.Concepts {
			out["concept"] = append(out["concept"], c.Key)
		}
		for _, tp := range p.Relations.Topics {
			out["topic"] = append(out["topic"], tp.Key)
		}
		for _, m := range p.Relations.Modifiers {
			out["modifier"] = append(out["modifier"], m.Key)
		}
		return out
	}
	packs := Packs().All()
	for kind := range keys(packs[0]) {
		union := map[string]map[string]bool{}
		for _, p := range packs {
			for _, k := range keys(p)[kind] {
				if union[k] == nil {
					union[k] = map[string]bool{}
				}
				union[k][p.Code] = true
			}
		}
		var missing []string
		for k, codes := range union {
			for _, p := range packs {
				if !codes[p.Code] {
					missing = append(missing, kind+" "+k+" not in "+p.Code)
				}
			}
		}
		sort.Strings(missing)
		for _, m := range missing {
			t.Error(m)
		}
	}
}

// TestTraitKeysAreConcepts checks that every key with a trait in
// claims/lang is a concept or a measure topic of every pack: a trait on a
// key no pack uses would never apply.
func TestTraitKeysAreConcepts(t *testing.T) {
	for _, p := range Packs().All() {
		keys := map[string]bool{}
		for _, c := range p.Concepts {
			keys[c.Key] = true
		}
		for _, tp := range p.Relations.Topics {
			keys[tp.Key] = true
		}
		for _, k := range lang.TraitKeys() {
			if !keys[k] {
				t.Errorf("%s: %q has a trait but is no concept or topic of the pack", p.Code, k)
			}
		}
	}
}

// TestTopicDimensionKeysAreTopics checks that every measure topic whose
// dimensions claims/lang declares is a topic of every pack.
func TestTopicDimensionKeysAreTopics(t *testing.T) {
	for _, p := range Packs().All() {
		keys := map[string]bool{}
		for _, tp := range p.Relations.Topics {
			keys[tp.Key] = true
		}
		for _, k := range lang.TopicKeys() {
			if !keys[k] {
				t.Errorf("%s: topic %q has dimensions but is not in the pack", p.Code, k)
			}
		}
	}
}

// TestStateKeysAreModifiers checks that every state modifier key claims/lang
// declares is a modifier of every pack.
func TestStateKeysAreModifiers(t *testing.T) {
	for _, p := range Packs().All() {
		keys := map[string]bool{}
		for _, m := range p.Relations.Modifiers {
			keys[m.Key] = true
		}
		for _, k := range lang.StateKeys() {
			if !keys[k] {
				t.Errorf("%s: state %q is not a modifier of the pack", p.Code, k)
			}
		}
	}
}

// TestStateVerbsAreStates checks that every state verb of a pack names a
// state modifier: a verb before a count says what happened to it.
func TestStateVerbsAreStates(t *testing.T) {
	for _, p := range Packs().All() {
		for _, v := range p.Relations.StateVerbs {
			if !lang.State(v.Key) {
				t.Errorf("%s: state verb key %q is no state modifier", p.Code, v.Key)
			}
		}
	}
}

// TestConceptWordsAreOnce checks that no word of a pack names two
// concepts: the first listed would silently win.
func TestConceptWordsAreOnce(t *testing.T) {
	for _, p := range Packs().All() {
		seen := map[string]string{}
		for _, c := range p.Concepts {
			for _, w := range c.Words {
				f := strings.ToLower(w)
				if k, ok := seen[f]; ok && k != c.Key {
					t.Errorf("%s: %q names both %s and %s", p.Code, w, k, c.Key)
				}
				seen[f] = c.Key
			}
		}
	}
}
