package entity

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
	"github.com/claimcheck/claimcheck/claims/text"
)

// An act is what one person does to another, as a sentence tells it: the
// doer's name, a word of the act (lang.Entities.Acts), then, a few words
// on, the other's name ("Lee Young-joon saw red after a heavy challenge on
// Justin Hubner", "kartu merah untuk Lee Young-Jung karena pelanggaran
// terhadap Justin Huebner"). The other person's entity then holds the act
// and the doer's name, so that articles naming two people for one act of
// one doer can be told to disagree on who.

// actReach is the most words between an act's words and the name of the
// person it was done to ("stamping his studs onto the ankle of Ivar
// Jenner").
const actReach = 6

// actWords are a pack's act phrases: folded phrase → act key, and the
// longest phrase's length in words.
type actWords struct {
	keys    map[string]string
	longest int
}

// readActs reads the pack's act words.
func (r *Recognizer) readActs(e *lang.Entities) {
	r.acts = actWords{keys: map[string]string{}}
	for _, t := range e.Acts {
		for _, w := range t.Words {
			f := strings.Fields(text.Fold(w))
			r.acts.keys[strings.Join(f, " ")] = t.Key
			r.acts.longest = max(r.acts.longest, len(f))
		}
	}
}

// markActs gives each person named after an act's words, with a person
// named before them in the sentence, the act and the doer's name.
func (f *finder) markActs() {
	if len(f.r.acts.keys) == 0 {
		return
	}
	var doer *claims.Entity
	doerEnd := 0 // the word after the doer's name
	for _, m := range f.out {
		e := m.Entity
		if m.Kind != claims.MentionEntity || e == nil || e.Kind != claims.Person {
			continue
		}
		from, to := f.wordIndex(e.NameSpan.Start), f.wordIndex(e.NameSpan.End)
		if doer != nil {
			if key := f.actBefore(doerEnd, from); key != "" {
				e.Act, e.ActBy = key, doer.Name
			}
		}
		doer, doerEnd = e, to
	}
}

// actBefore returns the key of the act whose words lie between word from
// and word to, ending at most actReach words before to, or "".
func (f *finder) actBefore(from, to int) string {
	for i := max(from, to-actReach-f.r.acts.longest); i < to; i++ {
		for n := f.r.acts.longest; n >= 1; n-- {
			if i+n > to || to-(i+n) > actReach {
				continue
			}
			if key, ok := f.r.acts.keys[f.foldedWords(i, i+n)]; ok {
				return key
			}
		}
	}
	return ""
}

// foldedWords returns the folds of words [i, j) joined by spaces.
func (f *finder) foldedWords(i, j int) string {
	if j == i+1 {
		return f.toks[i].Fold
	}
	parts := make([]string, 0, j-i)
	for _, t := range f.toks[i:j] {
		parts = append(parts, t.Fold)
	}
	return strings.Join(parts, " ")
}

// wordIndex returns the first word that starts at or after byte offset
// off, or the number of words.
func (f *finder) wordIndex(off int) int {
	for i, t := range f.toks {
		if t.Span.Start >= off {
			return i
		}
	}
	return len(f.toks)
}
