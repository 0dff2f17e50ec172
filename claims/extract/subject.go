package extract

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
	"github.com/claimcheck/claimcheck/claims/text"
)

// clauseSubjects are the concepts a clause's subject may name: the words
// and cues of every concept that is not a population ("death toll",
// "korban meninggal dunia", "jumlah pengungsi"), valued by concept key.
func clauseSubjects(concepts []lang.Concept) *phrases {
	m := text.NewMatcher[string]()
	for _, c := range concepts {
		if c.Refinable || lang.TraitsOf(c.Key).Has(lang.Generic) {
			continue
		}
		m.AddAll(c.Words, c.Key, text.AnyCase)
		m.AddAll(c.Cues, c.Key, text.AnyCase)
	}
	return m
}

// subjectWords is how far into its clause a subject's concept word may
// start: "Korban meninggal dunia", "Jumlah korban tewas", "The death toll".
const subjectWords = 5

// clauseSubject returns what a count of people counts when its clause's
// subject says so: "Korban meninggal dunia akibat gempa (M) 6,2 di Pulau
// Seram, Maluku Tengah, bertambah menjadi 23 orang" counts deaths, as "the
// death toll from Palu had reached 420 people" does. It applies to a count
// whose noun is generic or absent, right after a word that says what the
// subject amounts to (Relations.Reaches). The clause runs back from the
// number over commas, asides, parentheses and other figures ("akibat dua
// bom") to a clause connective, a semicolon, colon, dash or quotation mark,
// or the sentence's start; its subject is the first concept word among its
// first words, or an anaphor ("jumlah itu", "the figure") that stands for
// the concept of the paragraph's last count (sentence.before). It returns
// "" when there is none.
func clauseSubject(s *sentence, q *claims.Quantity, span claims.Span) string {
	if q.Dimension != claims.DimCount || q.Concept != "" && !claims.IsGeneric(q.Concept) {
		return ""
	}
	first := reachBefore(s, q, span)
	if first < 0 {
		return ""
	}
	start := subjectStart(s, first-1)
	key, found := subjectFrom(s, q, start, first-1)
	if !found && start > 1 && s.words.Words[start-1].Kind != text.Punct {
		// A conjunction inside the subject ends no clause: "Jumlah sapi
		// yang terinfeksi penyakit mulut dan kuku ... bertambah menjadi
		// 9.760 ekor".
		key, _ = subjectFrom(s, q, subjectStart(s, start-1), first-1)
	}
	return key
}

// subjectFrom reads the subject of a count's clause among the first words
// from word start, before word end (see clauseSubject): a concept's word,
// an anaphor, or a population after a total ("jumlah siswa"). found says
// whether a word of the subject was read, even one that leaves the count
// as it is.
func subjectFrom(s *sentence, q *claims.Quantity, start, end int) (key string, found bool) {
	v := s.words
	population := ""
	for j := start; j < end && j < start+subjectWords; j++ {
		if _, key, ok := s.lang.subjects.AtWord(v, j, end); ok {
			if q.Concept != "" && lang.TraitsOf(key).Has(lang.Thing) {
				return "", true // people are not what the subject counts
			}
			return key, true
		}
		if matchesAt(s.lang.anaphors, v, j) {
			return s.before, true // "Jumlah itu naik menjadi tujuh orang"
		}
		if e, _, ok := s.lang.totals.AtWord(v, j, end); ok && population == "" {
			if _, key, ok := s.lang.populations.AtWord(v, e, end); ok && claims.IsGeneric(q.Concept) {
				population = key // "jumlah siswa yang dirawat mencapai 126 orang"
			}
		}
	}
	// A status named after the population wins ("total siswa yang
	// keracunan sebanyak 150 orang" counts cases).
	return population, population != ""
}

// reachBefore returns the index of the word after the reach word that
// ends right before a count, or that opens it as its hedge ("mencapai 126
// orang"), or -1 when there is none.
func reachBefore(s *sentence, q *claims.Quantity, span claims.Span) int {
	v := s.words
	first := wordAtOffset(v, span.Start)
	for k := wordAtOffset(v, q.NumberSpan.Start); k >= first && k > 0; k-- {
		if s.lang.reaches.EndsWord(v, k-1) {
			return k
		}
	}
	return -1
}

// matchesAt reports whether a phrase of m starts at word j.
func matchesAt(m *phrases, v *text.WordView, j int) bool {
	_, _, ok := m.AtWord(v, j, len(v.Words))
	return ok
}

// clauseStart returns the first word of the clause that holds word j.
func clauseStart(s *sentence, j int) int {
	v := s.words
	for ; j > 0; j-- {
		w := v.Words[j-1]
		switch w.Fold {
		case ";", ":", `"`, "“", "”":
			return j
		case "-":
			if w.Space { // a spaced dash: "MASOHI, SUARASERAM - Korban ..."
				return j
			}
		}
		if start, ok := s.lang.conj.EndingWord(v, j-1, 0); ok && start > 0 {
			return j // "…, sementara 40 orang …": another clause
		}
	}
	return 0
}

// subjectStart returns the first word of the clause that holds word j
// where a subject may stand: past a speech verb, what was said ("Kepala
// Puskesmas ... mengatakan total siswa yang keracunan sebanyak 150
// orang").
func subjectStart(s *sentence, j int) int {
	v := s.words
	start := clauseStart(s, j)
	for k := j; k > start; k-- {
		if s.lang.says.EndsWord(v, k-1) || v.Words[k-1].Fold == "," && k > 1 && s.lang.says.EndsWord(v, k-2) {
			return k
		}
	}
	return start
}

// wordAtOffset returns the index of the first word of v that starts at or
// after offset.
func wordAtOffset(v *text.WordView, offset int) int {
	for i, w := range v.Words {
		if w.Span.Start >= offset {
			return i
		}
	}
	return len(v.Words)
}

// clauseTopic returns what a measure measures when its clause's subject
// names it and the measure follows a word that says what the subject
// amounts to ("Total kerugian negara ... mencapai Rp 193,7 triliun"), or
// "". The reach word may be the measure's own hedge ("mencapai").
func clauseTopic(s *sentence, q *claims.Quantity) string {
	v := s.words
	first := wordAtOffset(v, q.NumberSpan.Start)
	reach := -1
	for j := first - 1; j >= 0 && j >= first-reachBack; j-- {
		if v.Words[j].Kind == text.Punct {
			break
		}
		if s.lang.reaches.EndsWord(v, j) {
			reach = j
			break
		}
	}
	if reach < 0 {
		return ""
	}
	start := subjectStart(s, reach)
	for j := start; j < reach && j < start+subjectWords; j++ {
		if _, key, ok := s.lang.topics.AtWord(v, j, reach); ok && lang.Measures(key, string(q.Dimension)) {
			return key
		}
	}
	return ""
}

// anaphoricTopic returns what a measure measures when its clause's
// subject stands for the topic the article named last: "Luas lahan yang
// terbakar terus bertambah. Hingga Selasa malam, luasnya mencapai 1.980
// hektare." It returns "" when the subject is no anaphor or that topic
// cannot be of the measure's dimension.
func anaphoricTopic(s *sentence, q *claims.Quantity) string {
	v := s.words
	first := wordAtOffset(v, q.NumberSpan.Start)
	for j := first - 1; j >= 0 && j >= first-reachBack; j-- {
		if v.Words[j].Kind == text.Punct {
			break
		}
		if !s.lang.reaches.EndsWord(v, j) {
			continue
		}
		// The subject ends at the reach word: "Hingga Selasa malam,
		// luasnya mencapai".
		for k := j - 1; k >= 0 && k >= j-subjectWords && v.Words[k].Kind != text.Punct; k-- {
			if matchesAt(s.lang.anaphors, v, k) {
				if t := topicBefore(s); lang.Measures(t, string(q.Dimension)) {
					return t
				}
				return ""
			}
		}
		return ""
	}
	return ""
}

// topicBefore returns the last topic the article names before sentence s,
// or "".
func topicBefore(s *sentence) string {
	for p := s.prev; p != nil; p = p.prev {
		if t := lastTopic(p); t != "" {
			return t
		}
	}
	return ""
}

// lastTopic returns the last topic word a sentence holds, or "".
func lastTopic(s *sentence) string {
	v := s.words
	last := ""
	for j := 0; j < len(v.Words); j++ {
		if end, key, ok := s.lang.topics.AtWord(v, j, len(v.Words)); ok {
			last = key
			j = end - 1
		}
	}
	return last
}

// reachBack is how far before a measure's number its reach word may stand,
// over a unit or hedge written before it ("mencapai sekitar Rp 193,7").
const reachBack = 3

// appositiveOf reports whether an appositive word ("yakni", "namely")
// stands right before a count, over a hedge ("yakni sebanyak 629"), and
// returns the modifiers of the noun phrase written before it
// ("didominasi jemaah ilegal, yakni": unregistered).
func appositiveOf(s *sentence, span claims.Span) (bool, string) {
	v := s.words
	first := wordAtOffset(v, span.Start)
	for j := first - 1; j >= 0 && j >= first-2; j-- {
		start, ok := s.lang.appositives.EndingWord(v, j, 0)
		if !ok {
			continue
		}
		var keys []string
		for k := max(start-appositiveWords, 0); k < start; k++ {
			if v.Words[k].Kind == text.Punct && v.Words[k].Fold != "," {
				keys = nil
				continue
			}
			if _, key, ok := s.lang.mods.AtWord(v, k, start); ok {
				keys = append(keys, key)
			}
		}
		return true, strings.Join(keys, " ")
	}
	return false, ""
}

// appositiveWords is how many words before an appositive its noun phrase
// may take.
const appositiveWords = 4
