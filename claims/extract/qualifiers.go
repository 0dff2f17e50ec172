package extract

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/date"
	"github.com/claimcheck/claimcheck/claims/lang"
	"github.com/claimcheck/claimcheck/claims/text"
)

// topicWindow is how many words from the number a topic word may stand.
const topicWindow = 6

// topic returns the key of the topic word nearest to q's number within
// topicWindow words that can be of a measure of its dimension, or "";
// words after it are counted from the end of its unit. A broad topic
// (lang.Broad: "seluas", "area") yields to any other in the window: "lahan
// seluas 50 hektare terbakar" is a burned area.
func (l *language) topic(ws *text.WordView, q *claims.Quantity) string {
	number, dim := q.NumberSpan, q.Dimension
	// Words after the figure count from the end of its unit: "12
	// kilogram ganja" names the drug as near as "12 kg ganja" would.
	unitEnd := max(number.End, q.NounSpan.End)
	w := ws.Words
	at := 0
	for at < len(w) && w[at].Span.End <= number.Start {
		at++
	}
	best, bestDist := "", 1<<30
	for i := max(0, at-topicWindow-l.topicWords); i < len(w) && i <= at+topicWindow; i++ {
		end, key, ok := l.topics.AtWord(ws, i, len(w))
		if !ok || !lang.Measures(key, string(dim)) {
			continue
		}
		// Distances count double so that of two words equally near, the
		// one after the number wins: its unit or what follows it names the
		// measure ("setinggi 3.118 mdpl" is an altitude).
		d := 2 * max(w[i].Span.Start-unitEnd, 0)
		if w[i].Span.Start < number.End {
			d = 2*(number.Start-w[end-1].Span.End) + 1
		} else if lang.Leading(key) {
			// "130,000 rupiah a kilogram despite the imports": trade
			// is named before its value.
			i = end - 1
			continue
		}
		if l.fromSource(ws, i) {
			// "Rp 35 triliun dari ekspor", "Rp 126 triliun dari
			// pemberian kompensasi": where a sum comes from, not what it
			// measures.
			i = end - 1
			continue
		}
		better := d < bestDist
		if best != "" && lang.Broad(best) != lang.Broad(key) {
			better = lang.Broad(best) // a specific topic wins, however far
		}
		if d >= 0 && better {
			best, bestDist = key, d
		}
		i = end - 1
	}
	return best
}

// fromSource reports whether a source word stands one or two words
// before word i, with no mark between ("dari ekspor", "dari pemberian
// kompensasi").
func (l *language) fromSource(ws *text.WordView, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if ws.Words[j].Kind == text.Punct {
			return false
		}
		if l.sources.EndsWord(ws, j) {
			return true
		}
	}
	return false
}

// distance is the topic of a length that is a bearing from a place.
const distance = "distance"

// bearingAfter reports whether a compass word written in lower case
// follows the unit of the length whose number is at number: the length is
// then how far from a place something is, whatever else its sentence
// measures ("37 kilometer barat daya Garut dengan kedalaman 10
// kilometer").
func (l *language) bearingAfter(ws *text.WordView, number claims.Span) bool {
	w := ws.Words
	at := 0
	for at < len(w) && w[at].Span.Start < number.End {
		at++
	}
	// w[at] is the unit; the bearing comes right after it.
	if at+1 >= len(w) {
		return false
	}
	_, _, ok := l.bearings.AtWord(ws, at+1, len(w))
	return ok
}

// partitive reports whether a partitive phrase follows the number within
// the quantity's words or right after them ("11 of them", "11 orang di
// antaranya luka berat"), or stands right before it ("including 35").
func (l *language) partitive(ws *text.WordView, q *claims.Quantity, span claims.Span) bool {
	past := 0 // words read past the quantity's end
	for i, t := range ws.Words {
		if t.Span.Start < q.NumberSpan.End {
			continue
		}
		if t.Span.Start >= span.End {
			if past++; past > 2 {
				break
			}
		}
		if t.Kind == text.Punct {
			break
		}
		if _, _, ok := l.parts.AtWord(ws, i, len(ws.Words)); ok {
			return true
		}
	}
	return l.near(l.partsPre, ws, span, 1, 0)
}

// near reports whether a phrase of m ends within before words before span
// or starts within after words after it, with no punctuation between.
func (l *language) near(m *phrases, ws *text.WordView, span claims.Span, before, after int) bool {
	w := ws.Words
	first, last := -1, -1
	for i, t := range w {
		if t.Span.Start >= span.Start && first < 0 {
			first = i
		}
		if t.Span.End <= span.End {
			last = i
		}
	}
	if first < 0 {
		first = len(w)
	}
	for i := first - 1; i >= 0 && i >= first-before; i-- {
		if w[i].Kind == text.Punct {
			break
		}
		if m.EndsWord(ws, i) {
			return true
		}
	}
	for i := last + 1; i < len(w) && i <= last+after; i++ {
		if w[i].Kind == text.Punct {
			break
		}
		if _, _, ok := m.AtWord(ws, i, len(w)); ok {
			return true
		}
	}
	return false
}

// dayOf returns the resolved day-precise date of the sentence nearest to
// the number, or a past week ("last week"), or nil; an as-of time of day
// written alone ("hingga pukul 20.00 WIB") puts the figure at that time of
// the day (asOfClock).
func dayOf(s *sentence, number claims.Span, published time.Time) *claims.Date {
	return asOfClock(s, number, nearestDay(s, number, published))
}

// nearestDay is dayOf without the time of day written apart.
func nearestDay(s *sentence, number claims.Span, published time.Time) *claims.Date {
	return nearestDate(s, number, func(m claims.Mention) bool {
		d := m.Date
		switch {
		case !d.Resolved || d.Suspect != "" || d.Granularity > claims.Week || d.Start.Year() <= 1:
			return false // a clock time alone ("hingga pukul 20.00") names no day
		case d.Granularity == claims.Week && (published.IsZero() || d.End.After(published)):
			return false // only a week wholly past dates a figure ("told AFP last week")
		}
		return !possessiveDate(s, m) // "Friday's quake" dates the quake, not the toll
	})
}

// possessed reports whether the mention at sp is written as a possessive
// ("Sunday's marathon", "Indonesia’s South Kalimantan province").
func possessed(doc string, sp claims.Span) bool {
	rest := doc[min(sp.End, len(doc)):]
	return strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ")
}

// rising reports whether the sentence says a count has grown.
func (l *language) rising(ws *text.WordView) bool {
	for i := range ws.Words {
		if l.rises.IsWord(ws, i) {
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
func modifiers(s *sentence, q *claims.Quantity, subject string, span claims.Span) string {
	if q.NounSpan.IsZero() {
		return ""
	}
	var keys []string
	if q.NounSpan.Start > q.NumberSpan.End {
		keys = s.lang.between(s, claims.Span{Start: q.NumberSpan.End, End: q.NounSpan.Start})
	}
	keys = append(keys, phraseModifiers(s, q, subject)...)
	if k := stateBefore(s, q, span); k != "" {
		keys = append(keys, k)
	}
	if sentTo(s, q, span) {
		keys = append(keys, destination)
	}
	// Listed modifiers right after the noun narrow it in every language:
	// "kapal penjaga pantai", "51 korban luka sudah dipulangkan", "47
	// runners were discharged".
	_, after := s.lang.followingModifiers(s.words, q.NounSpan.End)
	for _, k := range after {
		if lang.OfThings(k) && (q.Dimension != claims.DimCount || s.lang.people(subject) || s.lang.people(q.Counted)) {
			// "Three people were burned": injured, not destroyed; "50
			// hektare terbakar": the burned area's measure says it.
			continue
		}
		keys = append(keys, k)
	}
	if len(keys) > 3 {
		return ""
	}
	sort.Strings(keys)
	return strings.Join(keys, " ")
}

// destination is the role of a count of where something went.
const destination = "destination"

// sentTo reports whether a count stands right after a destination word
// that no rise or reach word opens, close before it ("mengirim makanan ke
// 11 sekolah", "sent to 400 families", but not "naik ke 40", "rose to 40"
// or "rose from 13 to 14"); a count of havens stays what it is
// ("mengungsi ke 12 titik pengungsian").
func sentTo(s *sentence, q *claims.Quantity, span claims.Span) bool {
	v := s.words
	first := wordAtOffset(v, span.Start)
	if q.Dimension != claims.DimCount || first == 0 || !s.lang.dests.EndsWord(v, first-1) || lang.TraitsOf(q.Concept).Has(lang.Haven) {
		return false
	}
	start, _ := s.lang.dests.EndingWord(v, first-1, 0)
	if start > 0 && v.Words[start-1].Kind == text.Number {
		return false // "rose from 13 to 14": a change's new value
	}
	for j := start - 1; j >= 0 && j >= start-changeWords; j-- {
		if v.Words[j].Kind == text.Punct {
			break
		}
		if s.lang.rises.EndsWord(v, j) || s.lang.reaches.EndsWord(v, j) {
			return false
		}
	}
	return true
}

// changeWords is how far before a destination word a rise or reach word
// makes the count what something came to ("climbed from 20 to 31").
const changeWords = 4

// stateBefore returns the state written as the verb right before a count,
// its hedge aside ("longsor menimbun dua rumah", "the quake destroyed 40
// houses"): what happened to what is counted. It returns "" when there is
// none.
func stateBefore(s *sentence, q *claims.Quantity, span claims.Span) string {
	v := s.words
	first := wordAtOffset(v, span.Start)
	if q.Dimension != claims.DimCount || first == 0 {
		return ""
	}
	for _, m := range []*phrases{s.lang.verbs, s.lang.mods} {
		start, ok := m.EndingWord(v, first-1, 0)
		if !ok {
			continue
		}
		if _, key, ok := m.AtWord(v, start, first); ok && lang.State(key) {
			return key
		}
	}
	return ""
}

// phraseModifiers returns the modifiers inside the noun phrase of a count
// of a noun no concept lists, before its head where modifiers precede the
// noun ("four senior executives"): listed ones as their keys, others as
// written, but those only when the subject is the language's own (an
// unlisted word would keep apart the same count in two languages).
func phraseModifiers(s *sentence, q *claims.Quantity, subject string) []string {
	if q.Head == "" || q.Concept != "" || s.lang.follow || q.NounSpan.IsZero() {
		return nil
	}
	v := s.words
	last := wordAtOffset(v, q.NounSpan.End) - 1 // the head
	if last < 0 || v.Words[last].Span.Start <= q.NounSpan.Start {
		return nil
	}
	keys := s.lang.between(s, claims.Span{Start: q.NounSpan.Start, End: v.Words[last].Span.Start})
	own := strings.HasPrefix(subject, s.lang.pack.Code+":")
	var out []string
	for _, k := range keys {
		if own || s.lang.modKeys[k] {
			out = append(out, k)
		}
	}
	return out
}

// between returns the modifiers written inside gap, between a number and
// its noun: listed ones as their keys, other lower-case words as written.
// Small words ("dozens of houses", "40 of the dead": "of the" narrows
// nothing), places and words of growth are left out.
func (l *language) between(s *sentence, gap claims.Span) []string {
	ws := s.words
	var keys []string
	for i := 0; i < len(ws.Words); i++ {
		t := ws.Words[i]
		if !gap.Contains(t.Span) {
			continue
		}
		if end, _, ok := l.nonMods.AtWord(ws, i, len(ws.Words)); ok {
			i = end - 1 // "of them", "unit", "lainnya": no modifier
			continue
		}
		if t.Kind == text.Punct || inEntity(t.Span, s.entities) ||
			l.rises.IsWord(ws, i) || l.poss.IsWord(ws, i) || l.loc.IsWord(ws, i) || l.markers.IsWord(ws, i) {
			continue
		}
		if end, key, ok := l.mods.AtWord(ws, i, len(ws.Words)); ok {
			keys = append(keys, key)
			i = end - 1
			continue
		}
		if !t.Cap {
			keys = append(keys, strings.ToLower(t.Text))
		}
	}
	return keys
}

// followingModifiers reads the listed modifiers right after offset and
// returns the offset after them with their keys.
func (l *language) followingModifiers(ws *text.WordView, offset int) (int, []string) {
	w := ws.Words
	i := 0
	for i < len(w) && w[i].Span.Start < offset {
		i++
	}
	var keys []string
	for i < len(w) {
		end, key, ok := l.mods.AtWord(ws, i, len(w))
		for k := i; !ok && k < i+2 && k+1 < len(w) && l.aux.IsWord(ws, k); k++ {
			// "pengungsi telah berobat", "cattle have been culled"
			end, key, ok = l.mods.AtWord(ws, k+1, len(w))
			ok = ok && lang.State(key)
		}
		if !ok && len(keys) == 0 {
			// "120 kios di lantai dasar pasar hangus terbakar": what
			// happened to them, past where they are.
			end, key, ok = l.stateAfterPlace(ws, i)
		}
		if !ok {
			break
		}
		keys = append(keys, key)
		offset = w[end-1].Span.End
		i = end
	}
	return offset, keys
}

// locativeSpan is the most words of a locative phrase between a noun and
// what happened to it.
const locativeSpan = 4

// stateAfterPlace reads a state modifier written after a short locative
// phrase that opens at word i ("di lantai dasar pasar hangus", "in the
// old town were destroyed"), with no mark between: the word after it and
// its key.
func (l *language) stateAfterPlace(ws *text.WordView, i int) (int, string, bool) {
	w := ws.Words
	if i >= len(w) || !l.loc.IsWord(ws, i) {
		return i, "", false
	}
	if _, _, part := l.parts.AtWord(ws, i, len(w)); part {
		return i, "", false // "11 orang di antaranya luka berat": a part
	}
	for k := i + 1; k < len(w) && k <= i+locativeSpan; k++ {
		if w[k].Kind == text.Punct {
			break
		}
		if end, key, ok := l.mods.AtWord(ws, k, len(w)); ok && lang.State(key) {
			return end, key, true
		}
	}
	return i, "", false
}

func inEntity(sp claims.Span, ents []claims.Mention) bool {
	for _, e := range ents {
		if e.Span.Contains(sp) {
			return true
		}
	}
	return false
}

// period returns the year a figure is of when the date of its sentence
// nearest to it puts it in another year than the reference ("last year",
// "in 2023", "On Dec. 26, 2004, ... killed 230,000"), or "". A farther
// date says nothing of it: in "over 1,300 died during this year's Hajj,
// five times last year's toll" the 1,300 is this year's.
func period(s *sentence, ref date.Reference, number claims.Span) string {
	if ref.Time.IsZero() {
		return ""
	}
	var best *claims.Date
	bestDist := 1 << 30
	for _, m := range s.dates {
		d := m.Date
		if d == nil || !d.Resolved || d.Granularity < claims.Day || d.Clock || d.TimeOnly {
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
	if best == nil {
		return ""
	}
	if y := best.Start.Year(); y != ref.Time.Year() && best.End.Sub(best.Start).Hours() <= 24*366 {
		return strconv.Itoa(y)
	}
	return ""
}

// qualifiers finds whose the counted thing is (a place written as the
// noun's modifier) and where it is (a place after a locative word).
func qualifiers(doc string, s *sentence, m claims.Mention) (actor, location string) {
	q := m.Quantity
	defer func() {
		// A place near a measurement is where it was measured ("tsunami
		// Palu ... 6 meter"), not whose: only counts look for one.
		if actor == "" && q.Dimension == claims.DimCount && !s.lang.near(s.lang.overall, s.words, m.Span, overallWords, 0) {
			// Votes and seats are won by people and parties; people are
			// not the team that rescues them ("tim SAR menyelamatkan 29
			// orang").
			actor = nearbyActor(doc, s, m, claims.IsGeneric(q.Concept) && !s.lang.refinable[q.Concept])
		}
		if location == "" {
			location = nearbyLocation(s, m)
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
				from, _ = s.lang.followingModifiers(s.words, from)
			}
			if e.Span.Start < from {
				continue
			}
			gap := text.Tokenize(doc, claims.Span{Start: from, End: e.Span.Start}, nil)
			switch {
			case len(gap) == 0 || whole(s.lang.poss, gap, 0):
				// "tentara Korea Utara", "troops from North Korea"
				if actor == "" && q.Dimension == claims.DimCount {
					actor = e.Entity.Key
				}
			case location == "" && locativeGap(s.lang, gap):
				location = innerPlace(doc, s.entities, e).Entity.Key
			}
		}
	}
	return actor, location
}

// overallWords is how many words before a count an overall word may
// stand ("bringing the total death toll to 1,301").
const overallWords = 5

// innerPlace returns the place a possessive place holds, written right
// after it ("in Indonesia's South Kalimantan province": South
// Kalimantan), else the place itself.
func innerPlace(doc string, ents []claims.Mention, e claims.Mention) claims.Mention {
	if !possessed(doc, e.Span) {
		return e
	}
	after := e.Span.End + len("'s ")
	if strings.HasPrefix(doc[e.Span.End:], "’") {
		after = e.Span.End + len("’s ")
	}
	for _, in := range ents {
		if in.Span.Start == after && in.Entity != nil && in.Entity.Kind == claims.Place && in.Entity.Key != "" {
			return in
		}
	}
	return e
}

// locativeWords is the most words between a count's noun and its place:
// "tentara Korea Utara saat ini sedang menjalani pelatihan di Rusia".
const locativeWords = 9

// locativeGap reports whether a short run of words between a count's noun
// and a place holds a locative word and no punctuation: "had been recorded
// in the region of Donggala", "were killed in the city of Palu".
func locativeGap(l *language, gap []text.Token) bool {
	if fields(gap) > locativeWords {
		return false
	}
	found := false
	for i, t := range gap {
		if t.Kind == text.Punct {
			return false
		}
		if t.Space || i == 0 {
			if end, _, ok := l.loc.At(gap, i); ok && (end == len(gap) || gap[end].Space) {
				found = true
			}
		}
	}
	return found
}

// nearbyActor finds a place written close before the number in the same
// clause ("The Iranian death toll reached 17") or tied to it after by a
// possessive word ("165 dari Indonesia", "660 merupakan jemaah asal
// Mesir"); a place inside the speaker's name does not count. For generic
// counts, and what is won by somebody (byWhom), a person or organization
// close before counts too ("Hendra won 38,475 votes").
func nearbyActor(doc string, s *sentence, m claims.Mention, byWhom bool) string {
	const window = 3
	// A candidate may stand farther off ("declared Andi Wijaya and Siti
	// Rahma the winners of the mayoral race with 145,300 votes").
	const personWindow = 8
	num := m.Quantity.NumberSpan
	places := actorCandidates(s, byWhom)
	// After the count first: "165 dari Indonesia", "236 were Indonesians".
	for _, e := range places {
		if e.Span.Start < m.Span.End {
			continue
		}
		gap := text.Tokenize(doc, claims.Span{Start: m.Span.End, End: e.Span.Start}, nil)
		n := fields(gap)
		if n > 0 && n <= 3 && whole(s.lang.poss, gap, lastFields(gap, 1)) || n == 1 && whole(s.lang.copulas, gap, 0) {
			return e.Entity.Key
		}
	}
	// Then close before it, in the same clause and list item: "The
	// Iranian death toll reached 17".
	for _, e := range places {
		if e.Span.End > num.Start || s.lang.afterPreposition(s.words, e.Span.Start) {
			continue // "in Central Sulawesi climbed to 21": where, not whose
		}
		limit := window
		if byWhom && e.Entity.Kind == claims.Person {
			limit = personWindow
		}
		if between := s.lang.wordsBetween(s.words, e.Span.End, num.Start); between >= 0 && between <= limit {
			return ticketOf(s, e).Entity.Key
		}
	}
	return subjectPlace(s, m, places)
}

// ticketOf returns the first person of the pair e ends, when e is a
// person joined to the person named right before it by a hyphen, a slash,
// "&" or a connective ("Andi Wijaya-Siti Rahma", "Andi Wijaya and Siti
// Rahma"): a ticket's votes are its first candidate's, however the pair
// is written. Else e.
func ticketOf(s *sentence, e claims.Mention) claims.Mention {
	if e.Entity.Kind != claims.Person {
		return e
	}
	for i, o := range s.entities {
		if o.Span.End > e.Span.Start || o.Entity == nil || o.Entity.Kind != claims.Person || o.Entity.Key == "" {
			continue
		}
		if i+1 < len(s.entities) && s.entities[i+1].Span.Start != e.Span.Start {
			continue // not the mention right before e
		}
		if pairJoin(s, o.Span.End, e.Span.Start) {
			return o
		}
	}
	return e
}

// pairJoin reports whether the words between two names, from and to, only
// join them: a hyphen, a slash or "&", or one connective word.
func pairJoin(s *sentence, from, to int) bool {
	toks := s.words.Tokens // tokens: "Wijaya-Siti" is one word
	n := 0
	for i, t := range toks {
		if t.Span.Start < from || t.Span.End > to {
			continue
		}
		switch {
		case t.Kind == text.Punct && (t.IsHyphen() || t.Text == "/" || t.Text == "&"):
		case t.Kind == text.Word:
			if end, _, ok := s.lang.conj.At(toks, i); !ok || end != i+1 {
				return false
			}
		default:
			return false
		}
		n++
	}
	return n == 1
}

// subjectPlace returns the place that opens the count's clause as its
// subject, or whose its subject is ("Egyptians made up the majority of the
// dead, accounting for 672 deaths", "Jemaah asal Mesir didominasi jemaah
// ilegal, yakni 629 orang"), or "".
func subjectPlace(s *sentence, m claims.Mention, places []claims.Mention) string {
	first := wordAtOffset(s.words, m.Quantity.NumberSpan.Start)
	start := clauseStart(s, max(first-1, 0))
	for _, e := range places {
		at := wordAtOffset(s.words, e.Span.Start)
		if e.Span.End > m.Span.Start || e.Entity.Kind != claims.Place || at > start+subjectWords {
			continue
		}
		// "Egyptians made up ...", or people from a place ("Jemaah asal
		// Mesir"); a toll from a place is where, not whose.
		if at == start || at > 1 && s.lang.poss.EndsWord(s.words, at-1) && s.lang.populations.EndsWord(s.words, at-2) {
			return e.Entity.Key
		}
	}
	return ""
}

// locationWindow is how many words may stand between the place of a
// clause's subject and its number: "the death toll from Palu had reached
// 420", "korban tewas di Kota Palu bertambah menjadi 384".
const locationWindow = 6

// nearbyLocation finds where a count is when its clause says so before
// the number: a place after a locative or possessive preposition, in the
// same clause and list item ("the death toll from Palu had reached 420"),
// or fronted at the clause's start before a comma ("Di Kecamatan Wailohi
// saja, 1.834 rumah rusak", "In Palu alone, 821 died"); the speaker's
// places do not count.
func nearbyLocation(s *sentence, m claims.Mention) string {
	num := m.Quantity.NumberSpan
	first := wordAtOffset(s.words, num.Start)
	start := clauseStart(s, max(first-1, 0))
	best := ""
	for _, e := range actorCandidates(s, false) {
		if e.Span.End > num.Start || !s.lang.afterPreposition(s.words, e.Span.Start) {
			continue
		}
		between := s.lang.wordsBetween(s.words, e.Span.End, num.Start)
		fronted := wordAtOffset(s.words, e.Span.Start) <= start+1 && frontedTopic(s, e.Span, first)
		if between >= 0 && between <= locationWindow || fronted {
			best = e.Entity.Key // the nearest wins: places are in text order
		}
	}
	return best
}

// frontedTopic reports whether the words from a place to word first are
// the place's phrase and one comma: "Di Kecamatan Wailohi saja, 1.834".
func frontedTopic(s *sentence, place claims.Span, first int) bool {
	v := s.words
	commas, words := 0, 0
	for j := wordAtOffset(v, place.End); j < first; j++ {
		switch w := v.Words[j]; {
		case w.Fold == ",":
			commas++
		case w.Kind == text.Punct:
			return false
		default:
			words++
		}
	}
	return commas == 1 && words <= 2
}

// actorCandidates returns the sentence's places outside the speakers'
// names; for a generic count, its persons and organizations too.
func actorCandidates(s *sentence, generic bool) []claims.Mention {
	var places []claims.Mention
	for _, e := range s.entities {
		if e.Entity == nil || e.Entity.Key == "" || e.Entity.Kind != claims.Place && !generic {
			continue
		}
		spoken := false
		for _, a := range s.atts {
			spoken = spoken || a.Name.Overlaps(e.Span)
		}
		if !spoken {
			places = append(places, e)
		}
	}
	return places
}

// afterPreposition reports whether the word before offset is a locative
// or possessive preposition ("in", "di", "from", "dari"): a place after
// one is where or whence, not whose.
func (l *language) afterPreposition(ws *text.WordView, offset int) bool {
	for i, t := range ws.Words {
		if t.Span.Start >= offset {
			return i > 0 && (l.loc.IsWord(ws, i-1) || l.poss.IsWord(ws, i-1))
		}
	}
	return false
}

// wordsBetween counts the words between two offsets, or -1 when
// punctuation or a connective ("and", "dan") separates them.
func (l *language) wordsBetween(ws *text.WordView, from, to int) int {
	n := 0
	for i, t := range ws.Words {
		if t.Span.Start < from || t.Span.End > to {
			continue
		}
		if t.Kind == text.Punct || l.conj.IsWord(ws, i) {
			return -1
		}
		n++
	}
	return n
}

// personNear returns the key of the person its sentence names nearest to
// span, not the speaker at speaker: whose a sentence or a fine is ("Andi
// Saputra divonis 6 tahun penjara", "sentenced Andi Saputra to five
// years"). "" when the sentence names nobody else.
func personNear(s *sentence, span, speaker claims.Span) string {
	best, bestDist := "", -1
	for _, m := range s.entities {
		e := m.Entity
		if e == nil || e.Kind != claims.Person || e.Key == "" || e.Partial && !e.Linked || m.Span.Overlaps(speaker) {
			continue
		}
		d := m.Span.Start - span.End
		if d < 0 {
			d = span.Start - m.Span.End
		}
		if d >= 0 && (bestDist < 0 || d < bestDist) {
			best, bestDist = e.Key, d
		}
	}
	return best
}

// restated reports whether the quantity at m restates the count prev
// just before it in other terms ("1.254.300 suara atau 52,3 persen",
// "1,245,300 votes, or 53.2 percent"): a comma at most and a
// restatement word between them.
func restated(s *sentence, prev *claims.Claim, m claims.Mention) bool {
	if prev == nil || prev.Span.End > m.Span.Start {
		return false
	}
	v := s.words
	for i, t := range v.Words {
		if t.Span.Start < prev.Span.End || t.Span.End > m.Span.Start {
			continue
		}
		if t.Text == "," {
			continue
		}
		end, _, ok := s.lang.restate.AtWord(v, i, len(v.Words))
		return ok && (end == len(v.Words) || v.Words[end].Span.Start >= m.Span.Start)
	}
	return false
}

// price is the topic of a sum paid for one unit of an item.
const price = "price"

// priceItem returns the key of the item a price near number is of: the
// word after the price word where modifiers follow the noun ("harga
// beras", "harga Pertalite"), else the word before it ("rice prices",
// "Pertalite price") or after "of" ("the price of rice"). The key is the
// lexicon's for a noun it knows; a capitalized word it does not know is a
// product's name, its fold the key in every language; another the lemma
// marked as its language's. "" when no item is named: a price of nothing
// named is no claim.
func (l *language) priceItem(s *sentence, number claims.Span) string {
	v := s.words
	at := wordAtOffset(v, number.Start)
	for i := at - 1; i >= 0 && i >= at-topicWindow; i-- {
		end, key, ok := l.topics.AtWord(v, i, len(v.Words))
		if !ok || key != price || end > at {
			continue
		}
		k := i - 1
		if l.follow {
			k = end
		} else if end < at && l.poss.IsWord(v, end) {
			k = end + 1 // "the price of rice"
		}
		return l.itemKey(v, k, at)
	}
	return ""
}

// itemKey returns the key of the item named by word k, before word at.
func (l *language) itemKey(v *text.WordView, k, at int) string {
	if k < 0 || k >= at || v.Words[k].Kind != text.Word || l.markers.IsWord(v, k) {
		return ""
	}
	w := v.Words[k]
	lemma := l.pack.Inflection.Lemma(w.Fold)
	if key, _, ok := l.lexicon.Match(l.pack.Code, []string{lemma}); ok {
		return key // "beras", "Rice" at a sentence's start
	}
	if w.Cap || w.Caps {
		return w.Fold // "Pertalite"
	}
	return l.pack.Code + ":" + lemma
}
