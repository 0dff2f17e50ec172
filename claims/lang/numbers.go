package lang

// Numbers is what a pack knows about writing numbers. Words and phrases are
// matched case-insensitively as whole words unless a field says otherwise;
// a phrase may hold several words and punctuation ("per cent", "US$").
type Numbers struct {
	// DecimalSeparator and GroupSeparator are the language's usual marks
	// ('.' and ',' in English, ',' and '.' in Indonesian); the text's own
	// evidence may override them.
	DecimalSeparator rune
	GroupSeparator   rune
	// Words maps number words to their values ("eight": 8, "delapan": 8,
	// "sebelas": 11, "seratus": 100, "seribu": 1000, "setengah": 0.5).
	// Values from 1000 up stand for a whole group ("seribu lima ratus").
	Words map[string]float64
	// Articles count as one only before a multiplier ("a dozen", "a
	// thousand"); alone they are not numbers.
	Articles []string
	// Adders add to the number word before them ("dua belas": 2+10).
	Adders map[string]float64
	// Multipliers maps scale words to factors ("thousand": 1e3, "ribu":
	// 1e3, "jt": 1e6, "hundred": 100, "puluh": 10, "dozen": 12).
	Multipliers map[string]float64
	// MoneyMultipliers are abbreviations that are scale words only after
	// an amount of money, matched case-sensitively ("Rp 3 M": 1e9, "$5m":
	// 1e6).
	MoneyMultipliers map[string]float64
	// Joiners may sit inside a number written in words ("two hundred and
	// fifty").
	Joiners []string
	// Weak are number words that are not a quantity on their own, only
	// with a unit or a counted noun ("one", "satu"): "one of them" counts
	// nothing.
	Weak []string

	// Hedges are words before or after a number that bound or soften it.
	Hedges []Hedge
	// Vague are magnitudes that stand for a number ("thousands",
	// "ribuan"); a multiplier after one scales its band ("puluhan ribu").
	Vague []Vague
	// VagueSuffixes turn a number or a multiplier into a magnitude when
	// written right after it ("400-an", "30 jutaan"): "an".
	VagueSuffixes []string
	// DecadeSuffixes after a number make it a decade, not a count ("the
	// 1990s"): "s".
	DecadeSuffixes []string

	// RangeOpeners precede the first end of a range ("between", "antara");
	// RangeJoiners sit between its ends ("-", "to", "hingga"), and
	// RangeOpenerJoiners do so only after an opener ("between 10 and
	// 12").
	RangeOpeners       []string
	RangeJoiners       []string
	RangeOpenerJoiners []string
	// RangeBreakers before the first number mean the two numbers are a
	// change, not a range ("from 13 to 14", "dari 103 hingga 84").
	RangeBreakers []string
	// Minus are words that make the number after them negative ("minus
	// 5"), as a minus sign glued to it does: only a temperature is read
	// so, a count or another amount is refused. "negative" is no such
	// word: "negatif 20 orang" counts people who tested negative.
	Minus []string

	// IncrementBefore and IncrementAfter mark increments ("another" before
	// the number, "more"/"lagi" after the number or the noun).
	IncrementBefore []string
	IncrementAfter  []string
	// Comparatives after an increment word undo it ("2,000 more than").
	Comparatives []string

	// Labels before a number make it an identifier, not an amount
	// ("Pasal 5", "Article 3", "nomor urut 2", "flight 370").
	Labels []string
	// NotAfter are words after a number that make it something other than
	// an amount: coordinates, ratios ("0.18 Lintang Selatan", "five
	// times").
	NotAfter []string
	// OrdinalPrefixes are glued to a number by a hyphen to make it an
	// ordinal ("ke-3").
	OrdinalPrefixes []string
	// ScoreWords near "a-b" make it a score ("menang 2-1", "won 3-1").
	ScoreWords []string

	// NounLinks may sit between a number and its counted noun ("thousands
	// of troops", "821 of the deaths", "1.500 calon pasien").
	NounLinks []string
	// Classifiers count a noun in Indonesian style ("3 buah rumah", "10
	// ekor sapi"); the noun after them is the counted one, or the
	// classifier itself when no noun follows ("8.400 ekor per 10 Maret").
	Classifiers []string
	// NounStops end the search for a counted noun after a number, and
	// the noun phrase: verbs, auxiliaries, pronouns and function words
	// that a noun phrase never crosses ("were", "them", "di", "adalah").
	NounStops []string
	// NonHeads never head a counted noun, though they may stand in its
	// phrase: determiners, adverbs and words like "other", "more",
	// "lainnya", "lagi" ("three other climbers" counts climbers, "5
	// pendaki lainnya" pendaki).
	NonHeads []string
	// PluralEndings mark a plural noun ("s"). Where modifiers precede the
	// noun (see Relations.ModifiersFollow), a count above one takes the
	// first plural word after it as its noun ("46 shipping containers").
	// A word with one of the SingularEndings is no plural for all its
	// ending ("ss", "us": "glass", "bus"). Plurals are plural without the
	// ending, or count as plural ("people", "cattle", "staff").
	PluralEndings   []string
	SingularEndings []string
	Plurals         []string
	// RoleBreaks end the search for a role word after a counted noun
	// ("and", "dan", "while"): the role after them belongs to another
	// figure.
	RoleBreaks []string
	// RoleGaps are the only words that may stand between a counted noun
	// and its role word: auxiliaries and adverbs ("have been", "still",
	// "sudah", "yang"). "300 people attended the funeral of those killed"
	// counts people, not deaths. Without any, every word but a RoleBreak
	// may.
	RoleGaps []string
	// ListJoiners join the numbers of a list ("and", "dan"), which share
	// a unit written before the first ("magnitudes 6.3, 6.9, and 7").
	ListJoiners []string
	// TopicMarkers front a topic before a comma whose cue still holds
	// after it ("Untuk korban luka-luka, BPBD mencatat ada 104 orang", "As
	// for the injured, 56 ...").
	TopicMarkers []string
	// Rates join a unit to the unit it is measured per ("per", "a" in "5
	// km an hour"): a speed or a rate is no length or mass.
	Rates []string
}

// HedgeKind says how a hedge changes a number's interval.
type HedgeKind uint8

// The hedge kinds. Each hedge's interval is computed from its Tolerance as
// documented in claims/quantity.
const (
	HedgeApprox  HedgeKind = iota + 1 // about, sekitar: [v(1-t), v(1+t)]
	HedgeAtLeast                      // more than, at least, lebih dari: [v, +Inf)
	HedgeAtMost                       // up to, nearly, hingga: [v(1-t), v]
	// HedgeExact words are kept with the figure but do not widen it
	// ("mencapai", "reached").
	HedgeExact
)

// Hedge is one hedging phrase.
type Hedge struct {
	Phrase string
	Kind   HedgeKind
	// After is set for hedges written after the number ("or more").
	After bool
	// Tolerance is the relative width t of the hedge's interval (see
	// HedgeKind); zero takes the recognizer's default for the kind.
	Tolerance float64
}

// Vague is a magnitude word and the interval it stands for.
type Vague struct {
	Phrase string
	Lo, Hi float64
}

// Year is a year in seconds, as the packs' duration units count it
// (365.25 days): "32 tahun" is 32 Year, an age of 32, a term of 32 years.
const Year = 365.25 * 86400

// Unit is a unit of measurement.
type Unit struct {
	// Words are the unit's spellings ("km", "kilometres", "kilometer").
	Words []string
	// Dimension is as in claims.Dimension ("length"), Base the base unit
	// ("m", or an ISO currency code for money) and Factor the base units
	// per unit (1000 for km). Offset is added after scaling (degrees
	// Fahrenheit to Celsius).
	Dimension string
	Base      string
	Factor    float64
	Offset    float64
	// Before is set for units written before the number ("Rp", "$",
	// "magnitude 7.4").
	Before bool
	// CaseSensitive units match only as written ("M 7,4" is a magnitude,
	// "7 m" metres).
	CaseSensitive bool
}

// Concept maps counted nouns to a shared key.
type Concept struct {
	// Key is shared across languages ("troops").
	Key string
	// Words are the nouns and phrases that count it ("troops", "soldiers").
	Words []string
	// Refinable concepts are populations ("people", "orang", "pilgrims")
	// that a role word after them or a cue before the number turns into a
	// more specific concept ("120 orang tewas" counts deaths).
	Refinable bool
	// Roles follow a refinable noun (or a bare number) within a few words
	// and make the count this concept ("killed", "tewas", "luka-luka").
	Roles []string
	// Cues precede the number in the same clause and make a bare or
	// refinable count this concept ("death toll", "korban tewas",
	// "killing").
	Cues []string
}
