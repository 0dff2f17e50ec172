package extract

import (
	"sort"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/date"
	"github.com/claimcheck/claimcheck/claims/speaker"
)

// topicWindow is how many words from the number a topic word may stand.
const topicWindow = 6

// topic returns the key of the topic word nearest to the number within
// topicWindow words, or "".
func (l *language) topic(toks []speaker.Token, number claims.Span) string {
	at := 0
	for at < len(toks) && toks[at].Span.End <= number.Start {
		at++
	}
	best, bestDist := "", 1<<30
	for i := max(0, at-topicWindow-l.topics.maxLen); i < len(toks) && i <= at+topicWindow; i++ {
		key, n := l.topics.at(toks, i)
		if n == 0 {
			continue
		}
		d := toks[i].Span.Start - number.End
		if d < 0 {
			d = number.Start - toks[i+n-1].Span.End
		}
		if d >= 0 && d < bestDist {
			best, bestDist = key, d
		}
		i += n - 1
	}
	return best
}

// partitive reports whether a partitive phrase follows the number within
// the quantity's words or right after them ("11 of them", "11 orang di
// antaranya luka berat"), or stands right before it ("including 35").
func (l *language) partitive(toks []speaker.Token, q *claims.Quantity, span claims.Span) bool {
	past := 0 // words read past the quantity's end
	for i, t := range toks {
		if t.Span.Start < q.NumberSpan.End {
			continue
		}
		if t.Span.Start >= span.End {
			if past++; past > 2 {
				break
			}
		}
		if t.Punct {
			break
		}
		if _, n := l.parts.at(toks, i); n > 0 {
			return true
		}
	}
	return l.near(l.partsPre, toks, span, 1, 0)
}

// near reports whether a phrase of k ends within before words before span
// or starts within after words after it, with no punctuation between.
func (l *language) near(k keyedPhrases, toks []speaker.Token, span claims.Span, before, after int) bool {
	first, last := -1, -1
	for i, t := range toks {
		if t.Span.Start >= span.Start && first < 0 {
			first = i
		}
		if t.Span.End <= span.End {
			last = i
		}
	}
	if first < 0 {
		first = len(toks)
	}
	for i := first - 1; i >= 0 && i >= first-before; i-- {
		if toks[i].Punct {
			break
		}
		for j := i; j >= 0 && j > i-k.maxLen; j-- {
			if _, n := k.at(toks, j); n > 0 && j+n-1 == i {
				return true
			}
		}
	}
	for i := last + 1; i < len(toks) && i <= last+after; i++ {
		if toks[i].Punct {
			break
		}
		if _, n := k.at(toks, i); n > 0 {
			return true
		}
	}
	return false
}

// dayOf returns the resolved day-precise date of the sentence nearest to
// the number, or nil.
func dayOf(s *sentence, number claims.Span) *claims.Date {
	var best *claims.Date
	bestDist := 1 << 30
	for _, m := range s.dates {
		d := m.Date
		if d == nil || !d.Resolved || d.Suspect != "" || d.Granularity > claims.Day {
			continue
		}
		dist := m.Span.Start - number.End
		if dist < 0 {
			dist = number.Start - m.Span.End
		}
		if dist < bestDist {
			best, bestDist = d, dist
		}
	}
	return best
}

// planned reports whether the sentence speaks of a planned event.
func (l *language) planned(toks []speaker.Token) bool { return l.any(l.future, toks) }

// any reports whether a phrase of k occurs in toks.
func (l *language) any(k keyedPhrases, toks []speaker.Token) bool {
	for i := range toks {
		if _, n := k.at(toks, i); n > 0 {
			return true
		}
	}
	return false
}

// rising reports whether the sentence says a count has grown.
func (l *language) rising(toks []speaker.Token) bool {
	for _, t := range toks {
		if l.rises[t.Lower] {
			return true
		}
	}
	return false
}

// modifiers returns what narrows a count, sorted and joined: the words
// written between the number and its noun ("31 officially registered
// pilgrims"), and in languages whose modifiers follow the noun the listed
// modifiers after it ("kapal penjaga pantai Tiongkok"). Listed modifiers
// become their shared keys; other lower-case words stay as written.
// Places are the actor, not a modifier.
func modifiers(s *sentence, q *claims.Quantity) string {
	if q.NounSpan.IsZero() {
		return ""
	}
	var keys []string
	if q.NounSpan.Start > q.NumberSpan.End {
		gap := claims.Span{Start: q.NumberSpan.End, End: q.NounSpan.Start}
		for i := 0; i < len(s.toks); i++ {
			t := s.toks[i]
			if !gap.Contains(t.Span) || t.Punct || inEntity(t.Span, s.entities) || s.lang.rises[t.Lower] || s.lang.poss[t.Lower] || s.lang.loc[t.Lower] || s.lang.markers[t.Lower] {
				continue // "dozens of houses", "40 of the dead": "of the" narrows nothing
			}
			if key, n := s.lang.mods.at(s.toks, i); n > 0 {
				keys = append(keys, key)
				i += n - 1
				continue
			}
			if !t.Upper {
				keys = append(keys, t.Lower)
			}
		}
	}
	if s.lang.follow {
		_, after := s.lang.followingModifiers(s.toks, q.NounSpan.End)
		keys = append(keys, after...)
	}
	if len(keys) > 3 {
		return ""
	}
	sort.Strings(keys)
	return strings.Join(keys, " ")
}

// followingModifiers reads the listed modifiers right after offset and
// returns the offset after them with their keys.
func (l *language) followingModifiers(toks []speaker.Token, offset int) (int, []string) {
	i := 0
	for i < len(toks) && toks[i].Span.Start < offset {
		i++
	}
	var keys []string
	for i < len(toks) {
		key, n := l.mods.at(toks, i)
		if n == 0 && l.aux[toks[i].Lower] && i+1 < len(toks) {
			// "pengungsi telah berobat"
			if key, n = l.mods.at(toks, i+1); n > 0 {
				n++
			}
		}
		if n == 0 {
			break
		}
		keys = append(keys, key)
		offset = toks[i+n-1].Span.End
		i += n
	}
	return offset, keys
}

func inEntity(sp claims.Span, ents []claims.Mention) bool {
	for _, e := range ents {
		if e.Span.Contains(sp) {
			return true
		}
	}
	return false
}

// period returns the year a sentence is about when a date in it puts it in
// another year than the reference ("last year", "in 2023"), or "".
func period(s *sentence, ref date.Reference) string {
	if ref.Time.IsZero() {
		return ""
	}
	for _, m := range s.dates {
		d := m.Date
		if d == nil || !d.Resolved || d.Granularity < claims.Month || d.Clock {
			continue
		}
		if y := d.Start.Year(); y != ref.Time.Year() && d.End.Sub(d.Start).Hours() <= 24*366 {
			return strconv.Itoa(y)
		}
	}
	return ""
}

// qualifiers finds whose the counted thing is (a place written as the
// noun's modifier) and where it is (a place after a locative word).
func qualifiers(text string, s *sentence, m claims.Mention) (actor, location string) {
	q := m.Quantity
	defer func() {
		// A place near a measurement is where it was measured ("tsunami
		// Palu ... 6 meter"), not whose: only counts look for one.
		if actor == "" && q.Dimension == claims.DimCount {
			actor = nearbyActor(text, s, m)
		}
	}()
	for _, e := range s.entities {
		if e.Entity == nil || e.Entity.Kind != claims.Place || e.Entity.Key == "" {
			continue
		}
		switch {
		case !q.NounSpan.IsZero() && e.Span.Start >= q.NumberSpan.End && e.Span.End <= q.NounSpan.Start:
			// "3,000 North Korean troops"
			if actor == "" && q.Dimension == claims.DimCount {
				actor = e.Entity.Key
			}
		case !q.NounSpan.IsZero() && e.Span.Start >= q.NounSpan.End:
			from := q.NounSpan.End
			if s.lang.follow {
				from, _ = s.lang.followingModifiers(s.toks, from)
			}
			if e.Span.Start < from {
				continue
			}
			gap := strings.ToLower(strings.TrimSpace(text[from:e.Span.Start]))
			switch {
			case gap == "" || s.lang.poss[gap]:
				// "tentara Korea Utara", "troops from North Korea"
				if actor == "" && q.Dimension == claims.DimCount {
					actor = e.Entity.Key
				}
			case location == "" && s.lang.loc[lastWords(gap, 2)] || location == "" && s.lang.loc[lastWords(gap, 1)]:
				location = e.Entity.Key
			}
		}
	}
	return actor, location
}

// nearbyActor finds a place written close before the number in the same
// clause ("The Iranian death toll reached 17") or tied to it after by a
// possessive word ("165 dari Indonesia", "660 merupakan jemaah asal
// Mesir"); a place inside the speaker's name does not count. For generic
// counts a person or organization close before counts too ("Hendra won
// 38,475 votes").
func nearbyActor(text string, s *sentence, m claims.Mention) string {
	generic := claims.IsGeneric(m.Quantity.Concept)
	const window = 3
	num := m.Quantity.NumberSpan
	var speakers []claims.Span
	for _, a := range s.atts {
		speakers = append(speakers, a.Name)
	}
	var places []claims.Mention
	for _, e := range s.entities {
		if e.Entity == nil || e.Entity.Key == "" || e.Entity.Kind != claims.Place && !generic {
			continue
		}
		spoken := false
		for _, sp := range speakers {
			spoken = spoken || sp.Overlaps(e.Span)
		}
		if !spoken {
			places = append(places, e)
		}
	}
	// After the count first: "165 dari Indonesia", "236 were Indonesians".
	for _, e := range places {
		if e.Span.Start < m.Span.End {
			continue
		}
		gap := strings.Fields(strings.ToLower(text[m.Span.End:e.Span.Start]))
		if len(gap) > 0 && len(gap) <= 3 && s.lang.poss[gap[len(gap)-1]] || len(gap) == 1 && s.lang.copulas[gap[0]] {
			return e.Entity.Key
		}
	}
	// Then close before it, in the same clause and list item: "The
	// Iranian death toll reached 17".
	for _, e := range places {
		if e.Span.End > num.Start || s.lang.afterPreposition(s.toks, e.Span.Start) {
			continue // "in Central Sulawesi climbed to 21": where, not whose
		}
		if between := s.lang.wordsBetween(s.toks, e.Span.End, num.Start); between >= 0 && between <= window {
			return e.Entity.Key
		}
	}
	return ""
}

// afterPreposition reports whether the word before offset is a locative
// or possessive preposition ("in", "di", "from", "dari"): a place after
// one is where or whence, not whose.
func (l *language) afterPreposition(toks []speaker.Token, offset int) bool {
	for i, t := range toks {
		if t.Span.Start >= offset {
			return i > 0 && (l.loc[toks[i-1].Lower] || l.poss[toks[i-1].Lower])
		}
	}
	return false
}

// wordsBetween counts the words between two offsets, or -1 when
// punctuation or a connective ("and", "dan") separates them.
func (l *language) wordsBetween(toks []speaker.Token, from, to int) int {
	n := 0
	for _, t := range toks {
		if t.Span.Start < from || t.Span.End > to {
			continue
		}
		if t.Punct || l.conj[t.Lower] {
			return -1
		}
		n++
	}
	return n
}

// lastWords returns the last n words of s.
func lastWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Join(f, " ")
}
