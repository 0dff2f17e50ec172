package lang

// Dates is what a pack knows about writing dates. Every word and phrase is
// matched case-insensitively, as whole words; a phrase may hold several
// words and punctuation ("p.m.", "earlier this").
type Dates struct {
	// Months maps month names and abbreviations to 1..12 ("Nov": 11,
	// "Nopember": 11).
	Months map[string]int
	// AmbiguousMonths are month names that are also common words ("May",
	// "March"): alone they count as a month only after one of MonthWords,
	// YearIntros ("in May"), ShiftsBefore or Parts; next to a day or a
	// year they always do. Other month names alone must be capitalized.
	AmbiguousMonths []string
	// Weekdays maps day names to 0..6, Sunday first ("Sabtu": 6).
	Weekdays map[string]int
	// AmbiguousWeekdays are day names that are also common words
	// ("minggu" is Sunday and week): they count as a weekday only when
	// capitalized inside a sentence, after one of WeekdayWords, or when a
	// date follows.
	AmbiguousWeekdays []string
	// Events maps verbs and nouns that a date can date to event keys
	// ("visited": "visit", "tiba": "arrive").
	Events map[string]string
	// EventBlockers put the event word after them before the dated one
	// ("setelah longsor", "after the quake", "since the eruption"): such
	// an event word does not date the date.
	EventBlockers []string
	// EventNouns are the event words of Events that are nouns ("fire",
	// "kebakaran", "eruption"): the verb that governs a date dates it
	// before a noun as near ("put out the blaze at 23.40" dates the
	// putting out).
	EventNouns []string
	// WeakEvents are event keys that only say that something happened
	// ("occur" for "terjadi", "took place"): a more telling event word
	// near the date wins over them.
	WeakEvents []string

	// NumericOrder is the usual order of a numeric date: "DMY" (16/11) or
	// "MDY" (11/16). A date impossible in that order but valid in the other
	// is read in the other.
	NumericOrder string
	// OrdinalSuffixes follow a day number ("16th"); DayMonthJoins sit
	// between an ordinal day and its month ("16th of November").
	OrdinalSuffixes []string
	DayMonthJoins   []string

	// RangeJoins join the first and last day, or time, of a range ("16-17
	// November", "16 hingga 18 Desember", "pukul 15.00-16.00").
	RangeJoins []string

	// MonthWords, YearWords, DayWords and WeekdayWords introduce a month
	// name, a year, a day number or a day name and belong to the date's
	// words ("bulan Desember", "tahun 2018", "tanggal 5", "hari Rabu").
	MonthWords   []string
	YearWords    []string
	DayWords     []string
	WeekdayWords []string
	// YearIntros make a bare four-digit number a year without being part
	// of the date's words ("in 2018", "sejak 2018"). A bare number from
	// 1900 to 2100 after a capitalized name is a year too ("Pilpres 2024").
	YearIntros []string
	// AsOf words mark the date at which a figure holds ("per 23
	// September", "as of Monday"); they belong to the date's words.
	AsOf []string
	// AsOfBefore mark an as-of date too but stay outside its words ("Hingga
	// Minggu (5/12/2021) pagi, ... 13 orang meninggal", "Until Sunday").
	AsOfBefore []string
	// Onward words before a bare weekday make it the next one on or after
	// the publication date, where a bare weekday is otherwise the last
	// ("berlaku mulai Sabtu", "starting Saturday": an effective date, not
	// a day past). They stay outside the date's words.
	Onward []string

	// Days are fixed days relative to the publication date, as an offset
	// in days ("yesterday": -1, "kemarin": -1, "besok": 1).
	Days map[string]int
	// Units name calendar periods: "day", "week", "month", "year", or
	// "weekend" (the last two days of a week).
	Units map[string]string
	// ShiftsBefore and ShiftsAfter move a period, month or weekday by
	// whole periods relative to the publication date, written before
	// ("last week", "next March") or after ("pekan lalu", "Desember
	// mendatang") it: -1 the previous, 0 the current, 1 the next.
	ShiftsBefore map[string]int
	ShiftsAfter  map[string]int
	// Counts are number words that count periods ("three days ago",
	// "empat bulan lalu"); digits always count.
	Counts map[string]int
	// OnePrefixes stick to a unit to count one of it ("se" in "sebulan
	// lalu").
	OnePrefixes []string
	// Ago follow a counted period to put it before the publication date
	// ("ago", "lalu", "yang lalu").
	Ago []string
	// Parts narrow a period, month or year, written before it: "early",
	// "mid", "late", or "earlier"/"later" (before/after the publication
	// day within the period) ("awal 2025", "akhir Oktober", "earlier this
	// month").
	Parts map[string]string
	// DayParts are parts of a day written next to a day ("pagi", "Sunday
	// night"), by key: "small-hours", "dawn", "morning", "midday", "noon",
	// "afternoon", "evening", "night" or "midnight". They join the date's
	// words without narrowing it, and say at what hours of it a figure
	// held ("Hingga Minggu pagi", "as of Tuesday noon").
	DayParts map[string]string

	// MinuteWords introduce the minute of play of a match before its
	// number ("menit ke-84", "minute 83"); MinuteNouns follow an ordinal
	// minute ("the 83rd minute", "an 83rd-minute equaliser"). A minute
	// written "83'" needs neither.
	MinuteWords []string
	MinuteNouns []string

	// ClockIntros introduce a time of day ("pukul", "at").
	ClockIntros []string
	// Meridiems follow an hour and add their value to hours below 12
	// ("p.m.": 12, "a.m.": 0, "malam": 12).
	Meridiems map[string]int
	// Zones are time zones as written after a time, with their offset
	// from UTC.
	Zones []Zone
	// Joiners may sit between a day and a time of day that belong together
	// ("at", "pada", ",").
	Joiners []string
}

// Zone is a time zone as written after a time of day.
type Zone struct {
	// Phrase is as written ("WIB", "local time").
	Phrase string
	// Offset is seconds east of UTC; Known is false for zones that depend
	// on the place ("local time", "waktu setempat").
	Offset int
	Known  bool
}
