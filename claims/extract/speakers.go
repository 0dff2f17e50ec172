package extract

import (
	"strings"
	"unicode"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/speaker"
	"github.com/claimcheck/claimcheck/claims/text"
)

// resolveSpeakers fills each sentence's speakers: names get keys from the
// entities inside them, pronouns the last named speaker, and sentences of
// a quotation the attribution of that quotation.
func (e *Extractor) resolveSpeakers(doc *claims.Document, sents []sentence, a *text.Arena) {
	nameSpeakers(doc, sents)
	placeInCamps(doc, sents, a)
	inheritQuotations(doc, sents)
	inheritBackReferences(sents)
}

// inheritBackReferences gives a sentence with no attribution of its own
// the named speaker of the sentence right after it when that one opens by
// referring back: "… bertambah menjadi 9.760 ekor. Data itu disampaikan
// Kepala Dinas X." makes the 9,760 the head's.
func inheritBackReferences(sents []sentence) {
	for i := 1; i < len(sents); i++ {
		s, prev := &sents[i], &sents[i-1]
		if len(s.speakers) == 0 || s.speakers[0].Key == "" || len(prev.atts) > 0 || prev.inherited != nil {
			continue
		}
		if s.words == nil || len(s.words.Words) == 0 || !matchesAt(s.lang.backRefs, s.words, firstWord(s)) {
			continue
		}
		sp := s.speakers[0]
		prev.inherited = &sp
	}
}

// firstWord returns the index of the sentence's first word past its clause
// openers ("Namun, hal itu ..."), and past an opening quotation mark.
func firstWord(s *sentence) int {
	v := s.words
	j := 0
	for j < len(v.Words) && v.Words[j].Kind == text.Punct {
		j++
	}
	for j < len(v.Words) {
		end, _, ok := s.lang.conj.AtWord(v, j, len(v.Words))
		if !ok {
			break
		}
		j = end
		for j < len(v.Words) && v.Words[j].Fold == "," {
			j++
		}
	}
	return j
}

// placeInCamps gives each named speaker the camp its name places it in
// (Speech.Camps), or else the description written before its name in the
// sentence ("Koordinator aksi KSPBB, Dadang Suherman, mengatakan"), or a
// title the document gives the same person or body anywhere: "kata
// Hendro" is police when the article calls him "Kapolresta Serang Kota
// Kombes Hendro Wibisono".
func placeInCamps(doc *claims.Document, sents []sentence, a *text.Arena) {
	titles := map[string][]string{} // entity key → its titles as written
	for _, s := range sents {
		for _, m := range s.entities {
			if e := m.Entity; e != nil && e.Key != "" && e.Title != "" {
				titles[e.Key] = append(titles[e.Key], e.Title)
			}
		}
	}
	seen := map[campText]string{} // a name or title read again
	for i := range sents {
		s := &sents[i]
		for k := range s.speakers {
			sp := &s.speakers[k]
			if sp.Outlet || sp.Key == "" {
				continue
			}
			texts := []string{sp.Name}
			if !sp.Span.IsZero() && sp.Span.Start > s.span.Start {
				texts = append(texts, lastWordsOf(doc.Text[s.span.Start:sp.Span.Start], describedBy))
			}
			sp.Camp = s.lang.campOf(append(texts, titles[sp.Key]...), a, seen)
		}
	}
	// A speaker named again ("kata Dadang") speaks for the camp its
	// fuller mention placed it in.
	camps := map[string]string{}
	for _, s := range sents {
		for _, sp := range s.speakers {
			if sp.Camp != "" && camps[sp.Key] == "" {
				camps[sp.Key] = sp.Camp
			}
		}
	}
	for i := range sents {
		for k := range sents[i].speakers {
			if sp := &sents[i].speakers[k]; sp.Camp == "" {
				sp.Camp = campOfShortName(camps, sp.Key)
			}
		}
	}
}

// campOfShortName returns the camp of the speaker key names, or of the one
// speaker whose name holds it as a word ("rudi" in "rudi-hartawan"); ""
// when none or several do.
func campOfShortName(camps map[string]string, key string) string {
	if c := camps[key]; c != "" || strings.ContainsAny(key, " -") {
		return c
	}
	found := ""
	for k, c := range camps {
		for _, w := range strings.FieldsFunc(k, func(r rune) bool { return r == ' ' || r == '-' }) {
			if w == key {
				if found != "" && found != c {
					return ""
				}
				found = c
			}
		}
	}
	return found
}

// describedBy is how many words before a speaker's name may describe it.
const describedBy = 12

// lastWordsOf returns the last n words of s.
func lastWordsOf(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Join(f, " ")
}

// campText is a text campOf read, in a language.
type campText struct {
	l    *language
	text string
}

// campOf returns the camp the first of texts that names one places a
// speaker in, or "". The texts are tokenized in a, the document's arena;
// seen keeps the camp of each text read, as a speaker's name and titles
// come back with each of their quotes.
func (l *language) campOf(texts []string, a *text.Arena, seen map[campText]string) string {
	for _, t := range texts {
		key, ok := seen[campText{l, t}]
		if !ok {
			key = l.campIn(a.Sentence(t, claims.Span{End: len(t)}))
			seen[campText{l, t}] = key
		}
		if key != "" {
			return key
		}
	}
	return ""
}

// campIn returns the camp the first camp word of s names, or "".
func (l *language) campIn(s *text.Sentence) string {
	v := s.WordView()
	for j := range v.Words {
		if _, key, ok := l.camps.AtWord(v, j, len(v.Words)); ok {
			return key
		}
	}
	return ""
}

// nameSpeakers resolves each attribution in text order: a name is keyed by
// the entity inside it, a pronoun takes the last speaker named before it.
func nameSpeakers(doc *claims.Document, sents []sentence) {
	var last *claims.Speaker
	for i := range sents {
		s := &sents[i]
		s.speakers = make([]claims.Speaker, len(s.atts))
		for k, a := range s.atts {
			if a.Pronoun {
				if last != nil {
					s.speakers[k] = *last
				}
				continue
			}
			name := a.Name
			if !a.Alt.IsZero() && overlapsAny(name, s.dates) {
				name = a.Alt // "Eynollahi, Rabu malam (3/1), mengumumkan"
			}
			sp := nameSpeaker(doc.Text, name, s.entities, s.lang.pack.Speech.Articles)
			s.speakers[k] = sp
			if sp.Key != "" && !headline(s) {
				last = &s.speakers[k] // a headline's "says" names nobody a pronoun can mean
			}
		}
	}
}

// inheritQuotations gives a sentence that is wholly quotation, with no
// attribution of its own, the attribution of a neighbouring quotation
// sentence in its paragraph: "A. B," said X.  /  "A," X said. "B."
func inheritQuotations(doc *claims.Document, sents []sentence) {
	for i := range sents {
		s := &sents[i]
		if len(s.atts) > 0 || !quoted(doc.Text, s.span) {
			continue
		}
		for _, j := range []int{i + 1, i + 2, i + 3, i - 1, i - 2} {
			if j < 0 || j >= len(sents) || sents[j].paragraph != s.paragraph || len(sents[j].speakers) == 0 {
				continue
			}
			if sp := sents[j].speakers[0]; sp.Key != "" {
				s.inherited = &sp
				break
			}
		}
	}
}

// quoted reports whether a sentence opens or continues a quotation: it
// starts with a quotation mark or ends with one.
func quoted(text string, sp claims.Span) bool {
	s := sp.Of(text)
	for _, q := range []string{`"`, "“", "”", "'"} {
		if strings.HasPrefix(s, q) || strings.HasSuffix(strings.TrimRight(s, ".!?,"), q) {
			return true
		}
	}
	return false
}

// nameSpeaker makes a speaker from the words at name, keyed by the entity
// inside them when there is one: a person first, then an organization,
// then a place.
func nameSpeaker(text string, name claims.Span, ents []claims.Mention, articles []string) claims.Speaker {
	sp := claims.Speaker{Name: strings.Clone(name.Of(text)), Span: name}
	best := 0
	for _, m := range ents {
		if m.Entity == nil || !m.Span.Overlaps(name) || m.Entity.Key == "" {
			continue
		}
		if r := speakerRank(m.Entity.Kind); r > best {
			best = r
			sp.Key = m.Entity.Key
		}
	}
	if sp.Key == "" {
		sp.Key = fold(sp.Name, articles)
	}
	return sp
}

// speakerRank orders the entities that can key a speaker: a person, then
// an organization, then a place.
func speakerRank(k claims.EntityKind) int {
	switch k {
	case claims.Person:
		return 3
	case claims.Organization:
		return 2
	case claims.Place:
		return 1
	}
	return 0
}

// fold is a speaker's or name's comparison form: lower case, letters and
// digits only, single spaces, without a leading article of the pack.
func fold(s string, articles []string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		} else {
			space = true
		}
	}
	out := b.String()
	for _, art := range articles {
		out = strings.TrimPrefix(out, art+" ")
	}
	return out
}

// speakerAt picks the speaker of a value at offset pos in sentence s.
func speakerAt(doc *claims.Document, s *sentence, pos int) claims.Speaker {
	best := -1
	for k, a := range s.atts {
		if s.speakers[k].Key == "" {
			continue
		}
		if a.Cue.End <= pos || a.Name.End <= pos && a.Kind == speaker.Preposition {
			best = k // nearest before: the last one that precedes
		}
	}
	if best < 0 {
		for k, a := range s.atts {
			if s.speakers[k].Key != "" && a.Cue.Start >= pos {
				best = k
				break
			}
		}
	}
	if best >= 0 {
		return s.speakers[best]
	}
	if s.inherited != nil {
		return *s.inherited
	}
	return claims.Speaker{Name: doc.Source, Key: "outlet:" + fold(doc.Source, s.lang.pack.Speech.Articles), Outlet: true}
}

// spokenOn reports whether a date says when a speaker spoke: it follows an
// attribution closely, with only the speaker's name, commas and small
// words between ("the agency said on Saturday", "kata BPBD, Selasa
// (4/3/2025)", "told reporters on Monday").
func spokenOn(s *sentence, date claims.Span) bool {
	v := s.words
	first := wordAtOffset(v, date.Start)
	for _, a := range s.atts {
		end := a.Cue.End
		if a.Name.End > end && a.Kind != speaker.Before {
			end = a.Name.End // "kata BPBD, Selasa": after the name that follows the verb
		}
		if end > date.Start {
			continue
		}
		words := 0
		for j := wordAtOffset(v, end); j < first; j++ {
			if v.Words[j].Kind != text.Punct {
				words++
			}
		}
		if words <= spokenGap {
			return true
		}
	}
	return false
}

// spokenGap is how many words may stand between an attribution and the
// day it was made: "said on", "told reporters on".
const spokenGap = 2

// headline reports whether a sentence is set as a headline: four words or
// more, most of them capitalized, and no full stop, question or
// exclamation mark or closing quote at its end.
func headline(s *sentence) bool {
	w := s.words.Words
	if len(w) == 0 {
		return false
	}
	switch w[len(w)-1].Fold {
	case ".", "!", "?", `"`, "”", "'":
		return false
	}
	words, caps := 0, 0
	for _, t := range w {
		if t.Kind != text.Word {
			continue
		}
		words++
		if t.Cap {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*6
}
