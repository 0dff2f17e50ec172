package extract

import (
	"math"
	"sort"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
	"github.com/claimcheck/claimcheck/claims/text"
)

// A person's age written beside their name is a claim about that person:
// its subject is claims.Age, its actor the person's key, its value the
// years (claims.DimAge). The words come from the pack (lang.Ages); the
// brackets and commas that set an age off are the script's. Three rules
// read an age, each over the sentence's tokens:
//   - after the name, in brackets, between commas, or brought by a word
//     ("Rudi Hartono (45)", "Rudi Hartono, 47,", "Andi Saputra berusia 32
//     tahun", "Andi Saputra, aged 23");
//   - after the name's comma and an article, qualifying a noun ("Andi
//     Saputra, a 23-year-old mechanic");
//   - right before the name, closed by an after word ("23-year-old Andi
//     Saputra").
//
// A number is an age only when exact, bare or in whole years, and from 1
// to 119. A number in brackets after a name, in a sentence that gives a
// minute of play, is the minute of a goal ("Struick (45)").

// ageWords are a language's words of ages, as matchers.
type ageWords struct{ before, after, articles *phrases }

func newAgeWords(a lang.Ages) ageWords {
	return ageWords{before: listed(a.Before), after: listed(a.After), articles: listed(a.Articles)}
}

// ageYears returns q's whole years when q may be an age: an exact bare
// number (with no noun of its own, whatever concept its sentence lends
// it: "One of the dead, Slamet Riyadi, 64,") or an exact duration of
// whole years, from 1 to 119.
func ageYears(q *claims.Quantity) (float64, bool) {
	if q == nil || q.Flags != 0 || q.Lo != q.Hi {
		return 0, false
	}
	v := q.Value
	switch {
	case q.Dimension == claims.DimCount && q.Head == "" && q.NounSpan.IsZero():
	case q.Dimension == claims.DimDuration:
		v /= lang.Year
		if r := math.Round(v); math.Abs(v-r) < 1e-9 {
			v = r
		}
	default:
		return 0, false
	}
	if v != math.Trunc(v) || v < 1 || v > 119 {
		return 0, false
	}
	return v, true
}

// age is an age read beside a name: whose, and where its words end.
type age struct {
	of  *claims.Entity
	end int // byte offset after the years and their after word
}

// ageOf reads the quantity at m as the age of a person the sentence
// names, by the three rules.
func (w ageWords) ageOf(s *sentence, m claims.Mention) (age, bool) {
	toks := s.words.Tokens
	first := tokenAt(toks, m.Span.Start)
	last := tokenAt(toks, m.Span.End) // the first token after the years
	after, closed := w.closedAt(toks, last)
	end := m.Span.End
	if closed {
		end = toks[after-1].Span.End
	}
	if p, ok := w.afterName(s, toks, first, after, closed); ok {
		return age{p, end}, true
	}
	if p, ok := personStartingAt(s, toks, after); ok && closed {
		return age{p, end}, true // "23-year-old Andi Saputra"
	}
	return age{}, false
}

// closedAt returns the token after the after word that closes an age at
// toks[i] ("old", "-old"), and whether there is one; else i.
func (w ageWords) closedAt(toks []text.Token, i int) (int, bool) {
	j := i
	if j < len(toks) && toks[j].IsHyphen() && toks[j].Glued() {
		j++
	}
	if end, _, ok := w.after.At(toks, j); ok {
		return end, true
	}
	return i, false
}

// afterName reads the first rule and the second: the years at
// toks[first], followed by toks[next], set off after a name.
func (w ageWords) afterName(s *sentence, toks []text.Token, first, next int, closed bool) (*claims.Entity, bool) {
	i, word, article := first, false, false
	if start, _, ok := w.before.Before(toks, i, 0); ok {
		i, word = start, true // "berusia 32 tahun", "aged 23"
	} else if start, _, ok := w.articles.Before(toks, i, 0); ok && closed {
		i, article = start, true // ", a 23-year-old mechanic"
	}
	mark := ""
	if i > 0 && (toks[i-1].Is("(") || toks[i-1].Is(",")) {
		mark, i = toks[i-1].Fold, i-1
	}
	p, ok := personEndingAt(s, toks, i)
	switch {
	case !ok:
		return nil, false
	case mark == "(":
		return p, next < len(toks) && toks[next].Is(")") && (word || !playClock(s))
	case article:
		return p, mark == ","
	case word:
		return p, true
	}
	return p, mark == "," && closesApposition(toks, next)
}

// closesApposition reports whether toks[i] ends an apposition set off by
// a comma ("Rudi Hartono, 47, died", "... Rudi Hartono, 47."): a comma, a
// stop, or the sentence's end.
func closesApposition(toks []text.Token, i int) bool {
	if i >= len(toks) {
		return true
	}
	switch toks[i].Fold {
	case ",", ".", ";", ")", ":":
		return true
	}
	return false
}

// playClock reports whether the sentence gives a minute of play: a
// number in brackets after a player's name is then a goal's minute.
func playClock(s *sentence) bool {
	for _, d := range s.dates {
		if d.Date != nil && d.Date.Match {
			return true
		}
	}
	return false
}

// tokenAt returns the index of the first token starting at or after
// offset.
func tokenAt(toks []text.Token, offset int) int {
	return sort.Search(len(toks), func(i int) bool { return toks[i].Span.Start >= offset })
}

// personEndingAt returns the person the sentence names whose name ends
// with the token before toks[i].
func personEndingAt(s *sentence, toks []text.Token, i int) (*claims.Entity, bool) {
	if i <= 0 || i > len(toks) {
		return nil, false
	}
	return personWhere(s, func(sp claims.Span) bool { return sp.End == toks[i-1].Span.End })
}

// personStartingAt returns the person the sentence names from toks[i].
func personStartingAt(s *sentence, toks []text.Token, i int) (*claims.Entity, bool) {
	if i < 0 || i >= len(toks) {
		return nil, false
	}
	return personWhere(s, func(sp claims.Span) bool { return sp.Start == toks[i].Span.Start })
}

// personWhere returns the first person the sentence names whose mention
// span at takes.
func personWhere(s *sentence, at func(claims.Span) bool) (*claims.Entity, bool) {
	for _, m := range s.entities {
		if at(m.Span) && agedPerson(m.Entity) {
			return m.Entity, true
		}
	}
	return nil, false
}

// agedPerson reports whether e is a person whose age can be told apart:
// named, not a partial name no full one explains.
func agedPerson(e *claims.Entity) bool {
	return e != nil && e.Kind == claims.Person && !e.Partial && e.Key != ""
}

// ageClaim returns the claim of the quantity at m as a person's age, or
// nil when it is none.
func (b *builder) ageClaim(m claims.Mention) *claims.Claim {
	s := b.s
	years, ok := ageYears(m.Quantity)
	if !ok {
		return nil
	}
	a, ok := s.lang.ages.ageOf(s, m)
	if !ok {
		return nil
	}
	span := claims.Span{Start: m.Span.Start, End: a.end}
	c := b.claim(claims.ClaimQuantity, span)
	q := m.Quantity
	c.Quantity = &claims.Quantity{Lo: years, Hi: years, Value: years, Dimension: claims.DimAge, Unit: "year",
		NumberSpan: q.NumberSpan, NounSpan: q.NounSpan}
	c.Subject = claims.Age
	c.Qualify().Actor = a.of.Key
	return c
}
