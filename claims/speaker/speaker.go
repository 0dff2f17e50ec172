// Package speaker finds who a sentence attributes its statements to:
// "X said", "said X", "according to X", "kata X", "X mengatakan",
// "menurut X", and pronouns ("he said", "katanya") that refer back to the
// last named speaker. Which words do so is data in the language packs
// (lang.Speech); this package only reads them.
//
// It reads a sentence in words (text.Sentence.Words), the unit a reader
// counts in: "mata-mata", "Seoul's" and "3.000" are one word each.
package speaker

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
	"github.com/claimcheck/claimcheck/claims/text"
)

// CueKind says how an attribution is written.
type CueKind uint8

// The ways of attributing.
const (
	// Before: the speaker comes before the verb ("X said", "X mengatakan").
	Before CueKind = iota + 1
	// After: the speaker follows the verb ("said X", "kata X").
	After
	// Preposition: "according to X", "menurut X".
	Preposition
)

// Attribution is one attribution cue in a sentence.
type Attribution struct {
	Kind CueKind
	// Cue covers the reporting verb or preposition.
	Cue claims.Span
	// Name covers the speaker as written; zero for a pronoun.
	Name claims.Span
	// Pronoun is set when the speaker is a pronoun ("he said",
	// "katanya") or a phrase that refers back ("menteri itu") to an
	// earlier speaker.
	Pronoun bool
	// Alt covers the words before an apposition ("Eynollahi" in
	// "Eynollahi, Rabu malam, mengumumkan"): the speaker when Name turns
	// out to be a date or place rather than a name. Zero when there are
	// none.
	Alt claims.Span
}

// phrases is a list of the pack's words and phrases; a phrase's value is
// the phrase as the pack writes it, in lower case.
type phrases = text.Matcher[string]

// Attributor finds attributions for one language. It is safe for
// concurrent use.
type Attributor struct {
	after, before, preps, pronounVerbs   *phrases
	pronouns, connectives, auxiliaries   *phrases
	stops, hedges, negations, nounMarker *phrases
	passives, demonstratives             *phrases
	subordinators, articles              *phrases
	// cueStarts holds the words a cue can start with: most words start
	// none, and one look-up rules out all four lists of cues.
	cueStarts map[string]bool
	cueFilter text.Filter // the words of cueStarts, read first
}

// cueStart reports whether a cue can start with the fold w.
func (a *Attributor) cueStart(w string) bool { return a.cueFilter.May(w) && a.cueStarts[w] }

// New returns an attributor reading pack p's speech data.
func New(p *lang.Pack) *Attributor {
	s := p.Speech
	a := &Attributor{
		after:          newPhrases(s.VerbsAfterSpeaker),
		before:         newPhrases(s.VerbsBeforeSpeaker),
		preps:          newPhrases(s.Prepositions),
		pronounVerbs:   newPhrases(s.PronounVerbs),
		pronouns:       newPhrases(s.Pronouns),
		connectives:    newPhrases(s.Connectives),
		auxiliaries:    newPhrases(s.Auxiliaries),
		stops:          newPhrases(s.Stops),
		nounMarker:     newPhrases(s.NounMarkers),
		passives:       newPhrases(s.Passives),
		subordinators:  newPhrases(s.Subordinators),
		articles:       newPhrases(s.Articles),
		demonstratives: newPhrases(s.Demonstratives),
		hedges:         newPhrases(s.Hedges),
		negations:      newPhrases(s.Negations),
		cueStarts:      map[string]bool{},
	}
	for _, m := range []*phrases{a.preps, a.pronounVerbs, a.after, a.before} {
		for _, w := range m.FirstWords() {
			a.cueStarts[w] = true
			a.cueFilter.Add(w)
		}
	}
	return a
}

// newPhrases builds a matcher of list, each phrase valued as written in
// lower case with single spaces: Hedged reports that form.
func newPhrases(list []string) *phrases {
	m := text.NewMatcher[string]()
	for _, s := range list {
		m.Add(s, strings.Join(strings.Fields(strings.ToLower(s)), " "), text.AnyCase)
	}
	return m
}

// Find returns the attributions in text[sent.Start:sent.End] in text order.
func (a *Attributor) Find(s string, sent claims.Span) []Attribution {
	return a.FindIn(text.NewSentence(s, sent))
}

// FindIn returns the attributions in a sentence already tokenized, in
// text order.
func (a *Attributor) FindIn(s *text.Sentence) []Attribution {
	f := finder{a: a, WordView: s.WordView()}
	f.quoted = inQuotes(f.Words)
	var out []Attribution
	for i := 0; i < len(f.Words); i++ {
		if f.Words[i].Kind == text.Punct || f.quoted[i] || !a.cueStart(f.Tokens[f.First[i]].Fold) {
			continue
		}
		if att, next, ok := f.cueAt(i); ok {
			out = append(out, att)
			i = next - 1
		}
	}
	return out
}

// Hedged returns the pack's hedging words found in the sentence, in order.
func (a *Attributor) Hedged(s string, sent claims.Span) []string {
	return a.HedgedIn(text.NewSentence(s, sent))
}

// HedgedIn returns the pack's hedging words found in a sentence already
// tokenized, in order, each as the pack writes it.
func (a *Attributor) HedgedIn(s *text.Sentence) []string {
	ws := s.WordView()
	var out []string
	for i := range ws.Words {
		if _, hedge, ok := a.hedges.AtWord(ws, i, len(ws.Words)); ok {
			out = append(out, hedge)
		}
	}
	return out
}

// Negated reports whether the sentence holds a negation.
func (a *Attributor) Negated(s string, sent claims.Span) bool {
	return a.NegatedIn(text.NewSentence(s, sent))
}

// NegatedIn reports whether a sentence already tokenized holds a negation.
func (a *Attributor) NegatedIn(s *text.Sentence) bool {
	ws := s.WordView()
	for i := range ws.Words {
		if _, _, ok := a.negations.AtWord(ws, i, len(ws.Words)); ok {
			return true
		}
	}
	return false
}
