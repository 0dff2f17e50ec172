package extract

import (
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

// clauseSubject returns what a count of people counts when its clause says
// so before it: "Korban meninggal dunia akibat gempa (M) 6,2 di Pulau
// Seram, Maluku Tengah, bertambah menjadi 23 orang" counts deaths, as "the
// death toll from Palu had reached 420 people" does. It applies to a count
// whose noun is generic or absent, right after a word that says what the
// subject amounts to (Relations.Reaches), and takes the nearest concept
// word of the same clause: commas, asides and parentheses are crossed; a
// clause connective, another figure, a quotation mark or the sentence's
// start end the search. It returns "" when nothing is found.
func clauseSubject(s *sentence, q *claims.Quantity, span claims.Span) string {
	if q.Dimension != claims.DimCount || q.Concept != "" && !claims.IsGeneric(q.Concept) {
		return ""
	}
	v := s.words
	first := wordAtOffset(v, span.Start)
	if first <= 0 || !s.lang.reaches.EndsWord(v, first-1) {
		return ""
	}
	for j := first - 2; j >= 0; j-- {
		w := v.Words[j]
		if w.Kind == text.Number || w.Fold == ";" || w.Fold == ":" || w.Fold == `"` || w.Fold == "“" || w.Fold == "”" {
			return ""
		}
		if start, ok := s.lang.conj.EndingWord(v, j, 0); ok && start == j && j > 0 {
			return "" // "…, sementara 40 orang …": another clause
		}
		if k, ok := s.lang.subjects.EndingWord(v, j, 0); ok {
			_, key, _ := s.lang.subjects.AtWord(v, k, j+1)
			return key
		}
	}
	return ""
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
