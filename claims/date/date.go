// Package date recognizes dates, periods and times of day in a sentence and
// resolves relative ones against the publication date.
//
// Every word it knows comes from the language pack (claims/lang); the
// patterns here are language-neutral shapes over tokens: a day, a month
// name and a year in either order ("16 November 2024", "Nov 16, 2024"),
// numeric dates ("16/11/2024", "2024-11-16", "(16/11)"), a weekday followed
// by a date ("Saturday (Nov 16)", "Sabtu (4/12/2021)"), months and years
// alone ("pada bulan Desember", "in 2018"), parts of periods ("akhir
// Oktober", "awal 2025"), relative expressions ("kemarin", "last week", "4
// bulan lalu", "earlier this month") and times of day with their zones
// ("pukul 06.20 WIB", "3 p.m. local time").
//
// Each date is an interval [Start, End) with its granularity; nothing is
// filled in from the clock: a month without a day stays a month, and a
// relative expression with no publication date stays unresolved. Dates
// that cannot be right (31/02, a weekday that does not match, a year far
// after publication) are returned with Date.Suspect set, never dropped.
//
// Resolution rules:
//   - A date with no year takes the year from the publication date: of the
//     publication year and the years next to it, the one that puts the
//     date nearest the publication date, where time after publication
//     counts three times and more than six months after it is out ("pada
//     bulan Desember" in a story of 23 Oct 2024 is December 2024; "March"
//     in a story of 20 Nov 2024 is March 2024; "Jan 5" in one of 20 Dec
//     2024 is 5 Jan 2025).
//   - A bare weekday ("on Saturday", "pada Rabu") is the most recent such
//     day on or before the publication day; "last"/"lalu"/"kemarin" make it
//     strictly before, "next"/"depan" strictly after, "this"/"ini" the day
//     in the publication day's week (weeks start on Monday); a weekday
//     followed by a week ("Sabtu pekan lalu") is that day of that week.
//   - Counted periods ago ("4 bulan lalu", "three days ago") are the
//     calendar period that many periods before the publication date, at the
//     period's granularity.
//   - Parts: early/mid/late are days 1–10, 11–20 and 21–end of a month,
//     January–April, May–August and September–December of a year, and
//     Monday–Tuesday, Wednesday–Friday and Saturday–Sunday of a week;
//     "earlier"/"later" are the part of the period up to and including, or
//     after, the publication day.
package date

import (
	"math"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
)

// Reference is the date relative expressions are resolved against.
type Reference struct {
	// Time is the publication date; zero when unknown.
	Time time.Time
	// Inferred is set when Time was inferred from the text.
	Inferred bool
}

// Recognizer finds dates using one language pack. It is safe for
// concurrent use.
type Recognizer struct {
	pack *lang.Pack

	months, weekdays, events, days, units         *table
	shiftsBefore, shiftsAfter, counts, ago, parts *table
	dayParts, clockIntros, meridiems, zones       *table
	joiners, ordinals, dayMonthJoins, asOf        *table
	monthWords, yearWords, dayWords, weekdayWords *table
	comma, rangeJoins, asOfBefore, eventBlockers  *table
	// reports are the pack's reporting verbs: a date next to one dates
	// the statement, not an event.
	reports *table
	// unitsBefore and unitWords are the pack's unit words written before
	// a number ("Rp") and all of them: a number next to one is an amount,
	// not a year.
	unitsBefore, unitWords *table
	// starters are the words a date can start with; other words are
	// skipped at once.
	starters set

	ambMonths, ambWeekdays, yearIntros set
	dayPartSet, weakEvents             set
	onePrefixes                        []string
	mdy                                bool
}

// New returns a recognizer for pack p.
func New(p *lang.Pack) *Recognizer {
	d := p.Dates
	r := &Recognizer{
		pack:          p,
		months:        tableOfInts(d.Months),
		weekdays:      tableOfInts(d.Weekdays),
		events:        tableOfStrings(d.Events),
		days:          tableOfInts(d.Days),
		units:         tableOfStrings(d.Units),
		shiftsBefore:  tableOfInts(d.ShiftsBefore),
		shiftsAfter:   tableOfInts(d.ShiftsAfter),
		counts:        tableOfInts(d.Counts),
		ago:           tableOfList(d.Ago),
		parts:         tableOfStrings(d.Parts),
		dayParts:      tableOfList(d.DayParts),
		clockIntros:   tableOfList(d.ClockIntros),
		meridiems:     tableOfInts(d.Meridiems),
		joiners:       tableOfList(d.Joiners),
		ordinals:      tableOfList(d.OrdinalSuffixes),
		dayMonthJoins: tableOfList(d.DayMonthJoins),
		asOf:          tableOfList(d.AsOf),
		monthWords:    tableOfList(d.MonthWords),
		yearWords:     tableOfList(d.YearWords),
		dayWords:      tableOfList(d.DayWords),
		weekdayWords:  tableOfList(d.WeekdayWords),
		ambMonths:     setOf(d.AmbiguousMonths),
		ambWeekdays:   setOf(d.AmbiguousWeekdays),
		yearIntros:    setOf(d.YearIntros),
		dayPartSet:    setOf(d.DayParts),
		weakEvents:    setOf(d.WeakEvents),
		mdy:           d.NumericOrder == "MDY",
		comma:         tableOfList([]string{","}),
		rangeJoins:    tableOfList(d.RangeJoins),
		asOfBefore:    tableOfList(d.AsOfBefore),
		eventBlockers: tableOfList(d.EventBlockers),
	}
	r.onePrefixes = append(r.onePrefixes, d.OnePrefixes...)
	r.starters = set{}
	for _, t := range []*table{r.months, r.weekdays, r.days, r.units, r.shiftsBefore, r.counts, r.parts,
		r.clockIntros, r.asOf, r.monthWords, r.yearWords, r.dayWords, r.weekdayWords} {
		for w := range t.byFirst {
			r.starters[w] = true
		}
	}
	var reports []string
	reports = append(reports, p.Speech.VerbsAfterSpeaker...)
	reports = append(reports, p.Speech.VerbsBeforeSpeaker...)
	reports = append(reports, p.Speech.PronounVerbs...)
	r.reports = tableOfList(reports)
	r.unitsBefore, r.unitWords = newTable(), newTable()
	for _, u := range p.Units {
		for _, w := range u.Words {
			r.unitWords.add(w, 0, "")
			if u.Before {
				r.unitsBefore.add(w, 0, "")
			}
		}
	}
	r.unitsBefore.sort()
	r.unitWords.sort()
	r.zones = newTable()
	for i, z := range d.Zones {
		r.zones.add(z.Phrase, i, z.Phrase)
	}
	r.zones.sort()
	return r
}

// Find returns the dates and times in text[sent.Start:sent.End], in text
// order, with spans into text.
func (r *Recognizer) Find(text string, sent claims.Span, ref Reference) []claims.Mention {
	cs, ts := r.scan(text, sent)
	if len(cs) == 0 {
		return nil
	}
	out := make([]claims.Mention, 0, len(cs))
	for i := range cs {
		c := &cs[i]
		d := r.resolve(c, ref)
		out = append(out, claims.Mention{
			Kind: claims.MentionDate,
			Span: claims.Span{Start: int(ts[c.from].start), End: int(ts[c.to-1].end)},
			Date: d,
		})
	}
	return out
}

// scan tokenizes the sentence and returns its date candidates, merged and
// in text order, with the tokens they index.
func (r *Recognizer) scan(text string, sent claims.Span) ([]cand, []token) {
	from, to := max(sent.Start, 0), min(sent.End, len(text))
	if from >= to || to > math.MaxInt32 {
		return nil, nil
	}
	s := &scanner{r: r, ts: tokenize(text, from, to)}
	var cs []cand
	for i := 0; i < len(s.ts); {
		c, ok := s.best(i)
		if !ok {
			i++
			continue
		}
		cs = append(cs, c)
		i = c.to
	}
	cs = s.merge(cs)
	for k := range cs {
		s.extendDayParts(&cs[k], cs, k)
		for b := max(cs[k].from-3, 0); b < cs[k].from; b++ {
			if _, end, m := r.asOfBefore.match(s.ts, b); m && end == cs[k].from {
				cs[k].asOf = true
			}
		}
	}
	return cs, s.ts
}

// weakPenalty is how many words farther a weak event ("terjadi") counts;
// maxEventDistance is the highest score an event word may have to date
// the date: its distance in words and marks (a whole other date counting
// as one), doubled plus one after the date, plus weakPenalty for a weak
// event.
const (
	weakPenalty = 5
	// Indonesian datelines put the day after the place at the end of the
	// sentence ("meresmikan Jembatan Teluk Seruni di Kabupaten Kubu Raya,
	// Kalimantan Barat, Senin (15/7/2024)"), so a verb may stand far
	// before its date.
	maxEventDistance = 14
	// maxReportDistance is how far before the date a reporting verb
	// makes it a statement's date ("said Sunday", "said on Sunday").
	maxReportDistance = 1
)

// Event returns the key of the event the date mention m dates in the
// sentence ("visit", "arrive"), or "" when none is found. An event word
// after a blocker of the pack ("setelah longsor", "after the quake") came
// before and is skipped, unless it stands right by the date ("after the
// quake on Friday"). Otherwise the nearest wins: the event word
// of the pack nearest to the mention, counted in words, outside any date;
// a word after the date counts twice its distance, as in both languages
// the verb usually comes before the date that dates it ("visited Kyiv on
// Saturday", "erupsi pada Sabtu"), and a weak event ("terjadi") counts
// weakPenalty words farther ("Gempa terjadi pukul 17.02" dates the quake);
// none farther than maxEventDistance counts. A reporting verb of the pack
// just before the date competes too: when it is nearest, the date dates a
// statement ("Officials said Sunday, December 5 that the toll rose") and
// Event returns "".
func (r *Recognizer) Event(text string, sent claims.Span, m claims.Mention) string {
	cs, ts := r.scan(text, sent)
	if len(ts) == 0 {
		return ""
	}
	// pos numbers the words of the sentence, a whole date counting as one.
	inDate := make([]bool, len(ts))
	pos := make([]int, len(ts)+1)
	n, c := 0, 0
	for k := range ts {
		for c < len(cs) && cs[c].to <= k {
			c++
		}
		in := c < len(cs) && cs[c].from <= k
		inDate[k] = in
		if !in || k == cs[c].from {
			n++
		}
		pos[k] = n
	}
	pos[len(ts)] = n + 1
	mFrom, mTo := -1, -1
	for k, t := range ts {
		if int(t.start) >= m.Span.Start && int(t.end) <= m.Span.End {
			if mFrom < 0 {
				mFrom = k
			}
			mTo = k + 1
		}
	}
	if mFrom < 0 {
		return ""
	}
	best, bestScore := "", -1
	for k := 0; k < len(ts); k++ {
		if inDate[k] {
			continue
		}
		e, end, ok := r.events.match(ts, k)
		if !ok {
			// A reporting verb just before the date ("said on Sunday")
			// makes it the statement's date.
			_, end2, rep := r.reports.match(ts, k)
			if !rep || end2 > mFrom || pos[mFrom]-pos[end2-1]-1 > maxReportDistance {
				continue
			}
			e, end = entry{}, end2
		}
		dist, score := 0, 0
		switch {
		case end <= mFrom:
			dist = pos[mFrom] - pos[end-1] - 1
			score = dist
		case k >= mTo:
			dist = pos[k] - pos[mTo-1] - 1
			score = 2*dist + 1
		default:
			continue
		}
		if r.weakEvents[e.str] {
			score += weakPenalty
		}
		if e.str != "" && dist > 1 && r.blocked(ts, k) {
			k = end - 1
			continue
		}
		if score <= maxEventDistance && (bestScore < 0 || score < bestScore) {
			best, bestScore = e.str, score
		}
		k = end - 1
	}
	return best
}

// blocked reports whether the event word at ts[k] follows a blocker, just
// before it or with up to three words between ("setelah longsor", "after
// the quake", "setelah kapal itu tenggelam").
func (r *Recognizer) blocked(ts []token, k int) bool {
	for b := k - 1; b >= max(k-6, 0); b-- {
		if ts[b].kind == tokPunct {
			return false
		}
		if _, end, m := r.eventBlockers.match(ts, b); m && end <= k && end >= k-3 {
			return true
		}
	}
	return false
}

// InferPublished guesses a publication date from the full dates in
// text[body.Start:body.End]; ok is false when there are none. The rule:
// the latest day among the dates in the first half of the body that are
// written with day, month and year and are not suspect; then, a day
// written without its year in that half ("Sunday (Sep 30)") that falls
// up to a week after it, resolved against it, moves it forward. News
// puts its latest development first and background last, so a full date
// late in the body ("On Dec. 26, 2004, ...") is not taken.
//
// With no full date, a weekday written with its day and month ("hari Rabu
// (3/1)") fixes the year: the first year, from the latest year the body
// names ("tahun 2020") up to weekdayYears after it, in which that day falls
// on that weekday; the latest such day in the first half is taken.
func (r *Recognizer) InferPublished(text string, body claims.Span) (t time.Time, ok bool) {
	from, to := max(body.Start, 0), min(body.End, len(text))
	if from >= to {
		return time.Time{}, false
	}
	half := claims.Span{Start: from, End: from + (to-from+1)/2}
	ms := r.Find(text, half, Reference{})
	for _, m := range ms {
		d := m.Date
		if !d.Resolved || d.Relative || d.Suspect != "" || d.TimeOnly {
			continue
		}
		if d.Granularity != claims.Day && d.Granularity != claims.Minute {
			continue
		}
		day := time.Date(d.Start.Year(), d.Start.Month(), d.Start.Day(), 0, 0, 0, 0, time.UTC)
		if !ok || day.After(t) {
			t, ok = day, true
		}
	}
	cs, _ := r.scan(text, half)
	if !ok {
		return r.inferFromWeekdays(text, claims.Span{Start: from, End: to}, cs)
	}
	latest := t
	for i := range cs {
		c := &cs[i]
		if c.kind != ckDate || c.y != 0 || c.d == 0 {
			continue
		}
		d := r.resolve(c, Reference{Time: t})
		if !d.Resolved || d.Suspect != "" {
			continue
		}
		day := time.Date(d.Start.Year(), d.Start.Month(), d.Start.Day(), 0, 0, 0, 0, time.UTC)
		if day.After(latest) && !day.After(t.AddDate(0, 0, 7)) {
			latest = day
		}
	}
	return latest, true
}

// weekdayYears is how many years after the latest year a text names
// InferPublished looks for a year in which a weekday matches its date.
const weekdayYears = 6

// inferFromWeekdays infers a publication date from the dates cs (of the
// first half of body) written with weekday, day and month but no year,
// taking the year range from the years named in body.
func (r *Recognizer) inferFromWeekdays(text string, body claims.Span, cs []cand) (time.Time, bool) {
	latestYear := 0
	all, _ := r.scan(text, body)
	for i := range all {
		if c := &all[i]; c.kind == ckDate && c.y > latestYear {
			latestYear = c.y
		}
	}
	if latestYear == 0 {
		return time.Time{}, false
	}
	var t time.Time
	ok := false
	for i := range cs {
		c := &cs[i]
		if c.kind != ckDate || c.y != 0 || c.d == 0 || !c.hasWD {
			continue
		}
		for y := latestYear; y <= latestYear+weekdayYears; y++ {
			if c.d > daysIn(y, c.m) {
				continue
			}
			day := time.Date(y, time.Month(c.m), c.d, 0, 0, 0, 0, time.UTC)
			if int(day.Weekday()) != c.wd {
				continue
			}
			if !ok || day.After(t) {
				t, ok = day, true
			}
			break
		}
	}
	return t, ok
}
