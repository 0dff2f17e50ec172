// Package speaker finds who a sentence attributes its statements to:
// "X said", "said X", "according to X", "kata X", "X mengatakan",
// "menurut X", and pronouns ("he said", "katanya") that refer back to the
// last named speaker. Which words do so is data in the language packs
// (lang.Speech); this package only reads them.
package speaker

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
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

// Attributor finds attributions for one language. It is safe for
// concurrent use.
type Attributor struct {
	after, before, preps, pronounVerbs   phrases
	pronouns, connectives, auxiliaries   phrases
	stops, hedges, negations, nounMarker phrases
	passives, demonstratives             phrases
	subordinators, articles              phrases
}

// New returns an attributor reading pack p's speech data.
func New(p *lang.Pack) *Attributor {
	s := p.Speech
	return &Attributor{
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
	}
}

// maxSpeakerWords bounds a speaker's name: a longer run of words before a
// verb is a clause, not a name.
const maxSpeakerWords = 10

// Find returns the attributions in text[sent.Start:sent.End] in text order.
func (a *Attributor) Find(text string, sent claims.Span) []Attribution {
	return a.FindTokens(Tokenize(text, sent))
}

// FindTokens is Find on a sentence already split by Tokenize, for callers
// that read the tokens for other things too.
func (a *Attributor) FindTokens(toks []Token) []Attribution {
	quoted := inQuotes(toks)
	var out []Attribution
	for i := 0; i < len(toks); i++ {
		if toks[i].Punct || quoted[i] {
			continue
		}
		if n := a.preps.match(toks, i); n > 0 {
			name := a.collectAfter(toks, i+n)
			if !name.IsZero() {
				out = append(out, Attribution{Kind: Preposition, Cue: cover(toks[i : i+n]), Name: name, Pronoun: a.isPronoun(toks, name)})
				i += n - 1
				continue
			}
		}
		if n := a.pronounVerbs.match(toks, i); n > 0 {
			out = append(out, Attribution{Kind: After, Cue: cover(toks[i : i+n]), Pronoun: true})
			i += n - 1
			continue
		}
		nAfter, nBefore := a.after.match(toks, i), a.before.match(toks, i)
		if nAfter > 0 {
			if name, alt := a.collectBefore(toks, i-1); !name.IsZero() {
				out = append(out, Attribution{Kind: Before, Cue: cover(toks[i : i+nAfter]), Name: name, Alt: alt, Pronoun: a.isPronoun(toks, name)})
				i += nAfter - 1
				continue
			}
		}
		if nBefore > 0 {
			name := a.collectAfter(toks, i+nBefore)
			if nAfter > 0 && !name.IsZero() && !a.looksLikeName(toks, name) {
				// "said at least 98 people": a clause, not a speaker.
				name = claims.Span{}
			}
			if !name.IsZero() {
				out = append(out, Attribution{Kind: After, Cue: cover(toks[i : i+nBefore]), Name: name, Pronoun: a.isPronoun(toks, name)})
				i += nBefore - 1
			}
		}
	}
	return out
}

// inQuotes marks the tokens that stand inside quotation marks: a
// reporting verb there belongs to the quoted words, not to the sentence.
func inQuotes(toks []Token) []bool {
	out := make([]bool, len(toks))
	open := false
	// A closing quote before any opening one means the sentence began
	// inside a quote.
	for i, t := range toks {
		if t.Lower == "”" || t.Lower == `"` && i > 0 && toks[i-1].Span.End == t.Span.Start {
			open = true
			break
		}
		if t.Lower == "“" || t.Lower == `"` {
			break
		}
	}
	for i, t := range toks {
		switch t.Lower {
		case `"`:
			// A straight quote opens when it hugs the next word and not
			// the previous one; a sentence may start inside a quote
			// opened in the sentence before.
			hugsNext := i+1 < len(toks) && toks[i+1].Span.Start == t.Span.End
			hugsPrev := i > 0 && toks[i-1].Span.End == t.Span.Start
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

// Hedged returns the pack's hedging words found in the sentence, in order.
func (a *Attributor) Hedged(text string, sent claims.Span) []string {
	return a.HedgedTokens(Tokenize(text, sent))
}

// HedgedTokens is Hedged on a sentence already split by Tokenize.
func (a *Attributor) HedgedTokens(toks []Token) []string { return a.hedges.all(toks) }

// Negated reports whether the sentence holds a negation.
func (a *Attributor) Negated(text string, sent claims.Span) bool {
	return a.NegatedTokens(Tokenize(text, sent))
}

// NegatedTokens is Negated on a sentence already split by Tokenize.
func (a *Attributor) NegatedTokens(toks []Token) bool {
	for i := range toks {
		if a.negations.match(toks, i) > 0 {
			return true
		}
	}
	return false
}

// isPronoun reports whether the words of toks inside name are a pronoun
// or a phrase that refers back ("menteri itu").
func (a *Attributor) isPronoun(toks []Token, name claims.Span) bool {
	from, to := -1, -1
	for i, t := range toks {
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
	words := toks[from:to]
	return a.pronouns.match(words, 0) == len(words) || len(words) > 1 && a.demonstratives.matchEnding(words, len(words)-1) > 0
}

// collectBefore gathers the speaker's words ending at token j, walking
// back over auxiliaries ("has") to the start of the clause.
func (a *Attributor) collectBefore(toks []Token, j int) (name, alt claims.Span) {
	if j >= 0 && a.passives.matchEnding(toks, j) > 0 && a.auxiliaries.matchEnding(toks, j) == 0 {
		return claims.Span{}, claims.Span{} // "were reported": passive, nobody speaks
	}
	// Skip auxiliaries between the name and the verb.
	for j >= 0 {
		k := a.auxiliaries.matchEnding(toks, j)
		if k == 0 {
			break
		}
		j -= k
	}
	// A comma right before the verb ends an apposition: "Made Wirawan,
	// head of the rescue office, said".
	apposition := false
	if j >= 1 && toks[j].Lower == "," {
		j--
		apposition = true
	}
	// Step over a parenthesis closing right before the verb: "A
	// spokesman for the agency (BNPB) said".
	if j >= 0 && toks[j].Lower == ")" {
		k := j - 1
		for k >= 0 && toks[k].Lower != "(" && j-k < maxSpeakerWords {
			k--
		}
		if k >= 0 && toks[k].Lower == "(" {
			j = k - 1
		}
	}
	end := j
	if j >= 0 && a.nounMarker.matchEnding(toks, j) > 0 {
		return claims.Span{}, claims.Span{} // "weeks of reports": a noun, not a verb
	}
	for j >= 0 && !toks[j].Punct && end-j < maxSpeakerWords+1 {
		if a.after.matchEnding(toks, j) > 0 || a.before.matchEnding(toks, j) > 0 || a.subordinators.has(toks[j].Lower) {
			break
		}
		j--
	}
	start := j + 1
	if end-start+1 > maxSpeakerWords || start > end {
		return claims.Span{}, claims.Span{}
	}
	// An auxiliary inside the words means they are a clause ("Iwaya was
	// in Kyiv after weeks of"), not a name.
	for k := start + 1; k < end; k++ {
		if a.auxiliaries.match(toks, k) > 0 && !toks[k].Upper {
			return claims.Span{}, claims.Span{}
		}
	}
	// In an apposition the name stands before the description.
	if apposition && start >= 2 && toks[start-1].Lower == "," {
		if before, _ := a.collectBefore(toks, start-2); !before.IsZero() {
			if !toks[start].Upper {
				return before, claims.Span{}
			}
			alt = before
		}
	}
	// An adjunct between commas before the verb ("X, pada Minggu,
	// mengatakan"; "X, on Sunday, said") is skipped for the name before it.
	if a.stops.match(toks[:end+1], start) > 0 && start >= 2 && toks[start-1].Lower == "," {
		if name, _ := a.collectBefore(toks, start-2); !name.IsZero() {
			return name, claims.Span{}
		}
		return claims.Span{}, claims.Span{}
	}
	// Drop clause openers ("Meanwhile", "Sementara").
	for start <= end {
		n := a.connectives.match(toks[:end+1], start)
		if n == 0 {
			break
		}
		start += n
	}
	if start > end || !hasNameWord(toks[start:end+1]) {
		return claims.Span{}, claims.Span{}
	}
	return cover(toks[start : end+1]), alt
}

// collectAfter gathers the speaker's words starting at token j, up to
// punctuation or a stop word ("kepada", "on").
func (a *Attributor) collectAfter(toks []Token, j int) claims.Span {
	start := j
	for j < len(toks) && !toks[j].Punct && j-start < maxSpeakerWords {
		if a.stops.match(toks, j) > 0 || isNumber(toks[j]) {
			break
		}
		j++
	}
	if j == start || !hasNameWord(toks[start:j]) {
		return claims.Span{}
	}
	return cover(toks[start:j])
}

// looksLikeName reports whether the words at span can be a name written
// after a verb: they open with an article or hold a capitalized word.
func (a *Attributor) looksLikeName(toks []Token, span claims.Span) bool {
	for i, t := range toks {
		if !span.Contains(t.Span) {
			continue
		}
		if t.Upper || t.Span.Start == span.Start && a.articles.match(toks, i) > 0 {
			return true
		}
	}
	return false
}

// isNumber reports whether a token starts with a digit: a speaker's name
// holds none, and a clause after "said" often does.
func isNumber(t Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Lower)
	return unicode.IsDigit(r)
}

// hasNameWord reports whether the words can name a speaker: at least one
// word holds a letter and is not a number.
func hasNameWord(toks []Token) bool {
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Lower)
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// Token is a word or a punctuation mark with its span.
type Token struct {
	Span claims.Span
	// Lower is the token in lower case.
	Lower string
	// Punct is set for punctuation.
	Punct bool
	// Upper is set when the word starts with an upper-case letter.
	Upper bool
}

// Tokenize splits text[sent.Start:sent.End] into words (letters and digits,
// with inner hyphens, apostrophes and periods, as in "mata-mata",
// "Seoul's", "3.000") and single punctuation marks.
func Tokenize(text string, sent claims.Span) []Token {
	var toks []Token
	i := sent.Start
	for i < sent.End {
		r, n := utf8.DecodeRuneInString(text[i:sent.End])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			start := i
			i += n
			for i < sent.End {
				r, n = utf8.DecodeRuneInString(text[i:sent.End])
				if isWordRune(r) {
					i += n
					continue
				}
				if isInner(r) && i+n < sent.End {
					r2, _ := utf8.DecodeRuneInString(text[i+n : sent.End])
					if isWordRune(r2) {
						i += n
						continue
					}
				}
				break
			}
			w := text[start:i]
			first, _ := utf8.DecodeRuneInString(w)
			toks = append(toks, Token{Span: claims.Span{Start: start, End: i}, Lower: strings.ToLower(w), Upper: unicode.IsUpper(first)})
		default:
			toks = append(toks, Token{Span: claims.Span{Start: i, End: i + n}, Lower: text[i : i+n], Punct: true})
			i += n
		}
	}
	return toks
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isInner(r rune) bool { return r == '-' || r == '\'' || r == '’' || r == '.' || r == ',' }

func cover(toks []Token) claims.Span {
	return claims.Span{Start: toks[0].Span.Start, End: toks[len(toks)-1].Span.End}
}

// phrases is a set of lower-case word sequences, indexed by first word.
type phrases struct {
	byFirst map[string][][]string
	byLast  map[string][][]string
}

func newPhrases(list []string) phrases {
	p := phrases{byFirst: map[string][][]string{}, byLast: map[string][][]string{}}
	for _, s := range list {
		words := strings.Fields(strings.ToLower(s))
		if len(words) == 0 {
			continue
		}
		p.byFirst[words[0]] = append(p.byFirst[words[0]], words)
		p.byLast[words[len(words)-1]] = append(p.byLast[words[len(words)-1]], words)
	}
	return p
}

func (p phrases) has(word string) bool {
	for _, w := range p.byFirst[word] {
		if len(w) == 1 {
			return true
		}
	}
	return false
}

// match returns the length in tokens of the longest phrase starting at
// toks[i], or 0.
func (p phrases) match(toks []Token, i int) int {
	best := 0
	for _, words := range p.byFirst[toks[i].Lower] {
		if len(words) <= best || i+len(words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range words {
			if toks[i+k].Lower != w {
				ok = false
				break
			}
		}
		if ok {
			best = len(words)
		}
	}
	return best
}

// matchEnding returns the length of the longest phrase ending at toks[j].
func (p phrases) matchEnding(toks []Token, j int) int {
	best := 0
	for _, words := range p.byLast[toks[j].Lower] {
		if len(words) <= best || j+1 < len(words) {
			continue
		}
		start := j + 1 - len(words)
		ok := true
		for k, w := range words {
			if toks[start+k].Lower != w {
				ok = false
				break
			}
		}
		if ok {
			best = len(words)
		}
	}
	return best
}

// all returns every phrase found in toks, as written in the pack.
func (p phrases) all(toks []Token) []string {
	var out []string
	for i := range toks {
		if n := p.match(toks, i); n > 0 {
			words := make([]string, n)
			for k := range n {
				words[k] = toks[i+k].Lower
			}
			// A clone: a token is a piece of the article, which must not
			// stay in memory for one word.
			out = append(out, strings.Clone(strings.Join(words, " ")))
		}
	}
	return out
}
