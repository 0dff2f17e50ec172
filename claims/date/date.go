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
	"maps"
	"slices"
	"sync"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
	"github.com/claimcheck/claimcheck/claims/text"
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
	// Calendar words: names with their numbers (months 1..12, weekdays 0..6
	// from Sunday) and the words around a written date.
	months, weekdays                                              *text.Matcher[int]
	monthWords, yearWords, dayWords, weekdayWords                 phrases
	ordinals, dayMonthJoins, rangeJoins, asOf, asOfBefore, onward phrases
	comma                                                         phrases
	ambMonths, ambWeekdays, yearIntros                            set
	mdy                                                           bool

	// Relative words: days as offsets, units by name, shifts by periods,
	// counts, and the parts that narrow a period.
	days, shiftsBefore, shiftsAfter, counts *text.Matcher[int]
	units, parts                            *text.Matcher[string]
	ago, dayParts                           phrases
	// dayPartKeys are the parts of the day by key ("malam": "night").
	dayPartKeys *text.Matcher[string]
	onePrefixes []string

	// Match words: what introduces or follows a minute of play.
	minuteWords, minuteNouns phrases

	// Clock words.
	clockIntros, joiners phrases
	meridiems            *text.Matcher[meridiem]
	zones                *text.Matcher[lang.Zone]

	// Context words: the event words a date can date, and those that put
	// them out of reach.
	events        *text.Matcher[string]
	eventBlockers phrases
	weakEvents    set
	// eventNouns are the event words that are nouns: a verb as near wins.
	eventNouns phrases
	// reports are the pack's reporting verbs: a date next to one dates
	// the statement, not an event.
	reports phrases
	// unitsBefore and unitWords are the pack's unit words written before
	// a number ("Rp") and all of them: a number next to one is an amount,
	// not a year.
	unitsBefore, unitWords phrases

	// starters are the words a date can start with; other words are
	// skipped at once.
	starters    set
	startFilter text.Filter // the words of starters
}

// meridiem is what a meridiem word does to the hour before it: it adds add
// to an hour below 12. dayPart is set when the word is also a part of the
// day ("pagi", "malam"): such a word is a meridiem only after a clock word
// ("pukul 8 malam"), and it never makes 12 midnight.
type meridiem struct {
	add     int
	dayPart bool
}

// New returns a recognizer for pack p.
func New(p *lang.Pack) *Recognizer {
	r := &Recognizer{}
	r.calendarWords(&p.Dates)
	r.relativeWords(&p.Dates)
	r.clockWords(&p.Dates)
	r.contextWords(p)
	r.starters = set{}
	for _, m := range []phrases{r.monthWords, r.yearWords, r.dayWords, r.weekdayWords, r.clockIntros, r.asOf, r.minuteWords} {
		addFirstWords(r.starters, m)
	}
	for _, m := range []*text.Matcher[int]{r.months, r.weekdays, r.days, r.shiftsBefore, r.counts} {
		addFirstWords(r.starters, m)
	}
	addFirstWords(r.starters, r.units)
	addFirstWords(r.starters, r.parts)
	for w := range r.starters {
		r.startFilter.Add(w)
	}
	return r
}

// calendarWords reads the words of written dates.
func (r *Recognizer) calendarWords(d *lang.Dates) {
	r.months, r.weekdays = mapOf(d.Months), mapOf(d.Weekdays)
	r.monthWords, r.yearWords = listOf(d.MonthWords), listOf(d.YearWords)
	r.dayWords, r.weekdayWords = listOf(d.DayWords), listOf(d.WeekdayWords)
	r.ordinals, r.dayMonthJoins = listOf(d.OrdinalSuffixes), listOf(d.DayMonthJoins)
	r.rangeJoins = listOf(d.RangeJoins)
	r.asOf, r.asOfBefore, r.onward = listOf(d.AsOf), listOf(d.AsOfBefore), listOf(d.Onward)
	r.comma = listOf([]string{","})
	r.ambMonths, r.ambWeekdays = setOf(d.AmbiguousMonths), setOf(d.AmbiguousWeekdays)
	r.yearIntros = setOf(d.YearIntros)
	r.mdy = d.NumericOrder == "MDY"
}

// relativeWords reads the words of dates relative to publication.
func (r *Recognizer) relativeWords(d *lang.Dates) {
	r.days, r.counts = mapOf(d.Days), mapOf(d.Counts)
	r.shiftsBefore, r.shiftsAfter = mapOf(d.ShiftsBefore), mapOf(d.ShiftsAfter)
	r.units, r.parts = mapOf(d.Units), mapOf(d.Parts)
	r.ago, r.dayPartKeys = listOf(d.Ago), mapOf(d.DayParts)
	r.dayParts = listOf(slices.Sorted(maps.Keys(d.DayParts)))
	for _, pre := range d.OnePrefixes {
		r.onePrefixes = append(r.onePrefixes, text.Fold(pre))
	}
}

// clockWords reads the words of times of day. A meridiem that is also a
// part of the day is marked so, as it is read differently after a bare
// hour (relativeWords must have run).
func (r *Recognizer) clockWords(d *lang.Dates) {
	r.clockIntros, r.joiners = listOf(d.ClockIntros), listOf(d.Joiners)
	r.minuteWords, r.minuteNouns = listOf(d.MinuteWords), listOf(d.MinuteNouns)
	mers := map[string]meridiem{}
	for w, add := range d.Meridiems {
		toks := text.Tokenize(w, claims.Span{End: len(w)}, nil)
		end, _, ok := r.dayParts.At(toks, 0)
		mers[w] = meridiem{add: add, dayPart: ok && end == len(toks)}
	}
	r.meridiems = mapOf(mers)
	r.zones = newMatcher[lang.Zone]()
	for _, z := range d.Zones {
		r.zones.Add(z.Phrase, z, caseOf(z.Phrase))
	}
}

// contextWords reads the words around a date that tell what it dates and
// what it is not: events, reporting verbs and units.
func (r *Recognizer) contextWords(p *lang.Pack) {
	d := &p.Dates
	r.events, r.eventBlockers = mapOf(d.Events), listOf(d.EventBlockers)
	r.weakEvents = setOf(d.WeakEvents)
	r.eventNouns = listOf(d.EventNouns)
	var reports []string
	reports = append(reports, p.Speech.VerbsAfterSpeaker...)
	reports = append(reports, p.Speech.VerbsBeforeSpeaker...)
	reports = append(reports, p.Speech.PronounVerbs...)
	r.reports = listOf(reports)
	r.unitsBefore, r.unitWords = newMatcher[none](), newMatcher[none]()
	for _, u := range p.Units {
		for _, w := range u.Words {
			r.unitWords.Add(w, none{}, caseOf(w))
			if u.Before {
				r.unitsBefore.Add(w, none{}, caseOf(w))
			}
		}
	}
}

// Find returns the dates and times in doc[sent.Start:sent.End], in text
// order, with spans into doc. It tokenizes the sentence and calls FindIn.
func (r *Recognizer) Find(doc string, sent claims.Span, ref Reference) []claims.Mention {
	s := sentence(doc, sent)
	defer s.release()
	return r.FindIn(&s.Sentence, ref)
}

// FindIn returns the dates and times in the tokenized sentence s, in text
// order, with spans into its document.
func (r *Recognizer) FindIn(s *text.Sentence, ref Reference) []claims.Mention {
	return r.FindScanned(r.Scan(s), ref)
}

// Scanned is a sentence with the date candidates found in it: FindScanned
// and EventWordScanned read one scan of a sentence, which FindIn and
// EventWordIn would each make again.
type Scanned struct {
	s  *text.Sentence
	cs []cand
}

// Scan scans the tokenized sentence s for dates.
func (r *Recognizer) Scan(s *text.Sentence) Scanned { return Scanned{s: s, cs: r.scan(s)} }

// FindScanned is FindIn on a scanned sentence.
func (r *Recognizer) FindScanned(sc Scanned, ref Reference) []claims.Mention {
	s, cs := sc.s, sc.cs
	if len(cs) == 0 {
		return nil
	}
	out := make([]claims.Mention, 0, len(cs))
	for i := range cs {
		c := &cs[i]
		out = append(out, claims.Mention{
			Kind: claims.MentionDate,
			Span: text.Cover(s.Tokens[c.from:c.to]),
			Date: r.resolve(c, ref),
		})
	}
	return out
}

// scratch is a sentence tokenized by a wrapper (Find, Event) for one
// call: its tokens are not kept past the call, so their array goes back
// to a pool for the next sentence instead of to the collector.
type scratch struct {
	text.Sentence
	buf *[]text.Token
}

// tokenBufs holds the token arrays of released scratch sentences.
var tokenBufs = sync.Pool{New: func() any { return new([]text.Token) }}

// sentence tokenizes doc[span.Start:span.End], clamped to doc, as
// text.NewSentence does; a span starting past the end is empty.
func sentence(doc string, span claims.Span) scratch {
	span.Start = min(max(span.Start, 0), len(doc))
	span.End = max(min(span.End, len(doc)), span.Start)
	buf := tokenBufs.Get().(*[]text.Token)
	toks := text.Tokenize(doc, span, (*buf)[:0])
	return scratch{Sentence: text.Sentence{Text: doc, Span: span, Tokens: toks}, buf: buf}
}

// release returns the sentence's token array to the pool. Its stale
// tokens still point into the text until they are overwritten; the pool
// drops idle arrays at the next collections, and the texts with them.
func (s *scratch) release() {
	*s.buf = s.Tokens[:0]
	tokenBufs.Put(s.buf)
}

// scan returns the date candidates of sentence s, merged and in text
// order: the longest date at each token, then the neighbours that are one
// date joined, then the words after and before each that belong to it.
func (r *Recognizer) scan(s *text.Sentence) []cand {
	sc := &scanner{r: r, ts: s.Tokens, doc: s.Text}
	var cs []cand
	for i := 0; i < len(sc.ts); {
		c, ok := sc.best(i)
		if !ok {
			i++
			continue
		}
		cs = append(cs, c)
		i = c.to
	}
	cs = sc.merge(cs)
	for k := range cs {
		sc.extendDayParts(cs, k)
		// An as-of word standing before the date ("until Sunday") makes
		// it the date a figure holds at, outside its words.
		if _, _, ok := r.asOfBefore.Before(sc.ts, cs[k].from, cs[k].from-3); ok {
			cs[k].asOf = true
		}
		// "mulai Sabtu", "starting Saturday": the coming one.
		if c := &cs[k]; c.kind == ckWeekday && !c.wdShiftSet && !c.wdWeek && r.onward.Ends(sc.ts, c.from, c.from-3) {
			c.wdOnward = true
		}
	}
	return cs
}
