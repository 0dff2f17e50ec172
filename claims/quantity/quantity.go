// Package quantity recognizes amounts in a sentence: numbers in digits or
// words, multipliers, ranges, hedges, vague magnitudes and increments, with
// the unit or counted noun they go with.
//
// Every word it knows comes from a language pack (claims/lang); the
// scanner itself is language-neutral. It reads the tokens of claims/text,
// with each number's marks joined to its digits ("3.000" is one token) and
// a possessive "'s" to its word. FindIn takes a sentence tokenized once
// for every recognizer; Find tokenizes one itself. Find turns
//
//	Badan mata-mata Seoul mengatakan bahwa sekitar 3.000 tentara Korea Utara ...
//
// into one mention covering "sekitar 3.000 tentara": Value 3000, Lo 2700,
// Hi 3300, Approximate, Dimension count, Concept "troops", Hedge "sekitar".
//
// # Numbers
//
// Digits, of any script, take '.' and ',' as group or decimal marks. Two
// different marks, or one mark used twice, settle it ("1,234.5",
// "1.234.567"). A lone mark followed by other than three digits is a
// decimal point ("3,5", "3.5").
// A lone mark followed by three digits ("3,000", "3.000") is a group mark
// when the number counts something (a noun, a role word or a cue) without
// a unit or a multiplier: nothing is counted in thousandths. Else it is
// read by the sentence's evidence (another amount in it that settles the
// marks; a clock time such as "14.36 WIB" or "pukul 09.30", or a run of
// digits that is no number, settles nothing), else as a group mark when
// the number is bare, else by the pack's usual marks.
// Groups separated by single spaces ("12 000") are joined. Number words
// follow the pack: "two hundred and fifty", "dua belas ribu", "setengah
// juta", "a dozen". Multipliers scale what precedes them ("12 ribu",
// "2.5bn", "1,2 jt"); after an amount of money the pack's money
// abbreviations are multipliers too ("Rp 3 M", "$5m").
//
// # Intervals
//
// A figure v becomes an interval [Lo, Hi] in the base unit of its
// dimension (see claims.Dimension):
//
//	exact "3,000"                          [v, v]
//	range "10-12 ribu", "between 10 and 12" [lo, hi]; a multiplier after
//	                                        the second end applies to both
//	approximate "about", "sekitar"         [v(1-t), v(1+t)], t = 0.10
//	at least "more than", "sedikitnya"     [v, +Inf)
//	at most "nearly", "almost", "hampir"   [v(1-t), v], t = 0.10
//	at most "as many as", "hingga"         [v(1-t), v], t = 0.20
//	at most "up to", "less than"           [0, v] (t = 1); below zero
//	                                        [v, v(1-t)]
//	exact hedge "mencapai"                 [v, v], kept as the Hedge
//
// A pack may give a hedge its own tolerance t. A range with a hedge applies
// the hedge to both ends. Vague magnitudes are bands, as listed in each
// pack: "dozens"/"puluhan" [20, 99], "hundreds"/"ratusan" [200, 999],
// "thousands"/"ribuan" [2000, 9999], "tens of thousands"/"puluhan ribu"
// [20000, 99999], "hundreds of thousands" [200000, 999999], "millions"
// [2e6, 9999999]; "belasan" [11, 19]. A multiplier scales a band
// ("ratusan juta"); all these are flagged Vague. A number with a vague
// suffix ("400-an", "30 jutaan") covers its last written place: [400,
// 499], [30e6, 39999999], flagged Band, not Vague, for it is bounded as
// written and can conflict. Value is the number as written (the lower end
// of a range or band).
//
// # What is not an amount
//
// Years (a bare four-digit number from 1000 to 2100 with nothing counted,
// or after a year word such as "tahun" or "in"), dates (next to a month
// name, or written with '/' or as a-b-c), clock times ("10.30 WIB",
// "pukul 06.20", "5 pm"), ordinals ("ke-3", "3rd"), decades ("the
// 1990s"), numbers glued to letters ("MH370", "COVID-19", "G20",
// "Nanggala-402"), phone numbers (leading zero, '+'), labels ("Pasal 5",
// "Article 3", "nomor urut 2"), scores ("2-1"), coordinates and ratios
// ("0.18 Lintang Selatan", "five times"), and lone weak words ("one of
// them"). Names and codes are none either: digits after an all-capitals
// word of two to four letters that the pack does not know ("KY 274", "ATR
// 72", "SDN 2", "RON 92"), unless a concept's noun follows ("TNI 500
// personel"); plain digits after a capitalized word inside running text
// (the word before it in lower case) with nothing counted, no unit and no
// hedge ("a Boeing 737").
//
// # Counted nouns
//
// A concept's noun may follow the number after a link or a classifier
// ("thousands of troops", "10 ekor sapi") and, where modifiers precede the
// noun (the pack's Relations.ModifiersFollow is unset), after up to three
// modifiers ("3,000 North Korean troops"). Where they follow it, the first
// word after the link is the noun: "41 porter lainnya" counts porters.
//
// A noun that no concept lists is read all the same: Quantity.Head is its
// head's fold, Concept stays empty. After a link and a classifier comes
// the noun phrase, which ends at a mark, another number, a noun stop (a
// function word, an auxiliary, a pronoun), a role word, or after four
// words; a hyphenated compound is one word. Where modifiers follow the
// noun, the head is the phrase's first word. Where they precede it, the
// head is the phrase's last word, which the pack's plural marks find
// without a tagger: a count above one takes the first plural word (listed
// as one, or with a plural ending and no singular ending; the last of a
// run of plurals: "arms dealers"), a count of one its first word. Words
// the pack says never head a count ("other", "more", "lainnya", "lagi")
// and words with an apostrophe are never the head; a pronoun in the link
// ("12 of them Filipinos") leaves no noun, and so does a verb after a
// count above one ("18 diverted"). A classifier with no noun after it is
// the head ("8.400 ekor per 10 Maret"). NounSpan covers the phrase from
// its first word to the head ("elite athletes"). A concept's noun keeps
// its own span, and its Head is the concept phrase's head by the same
// rules ("police officers": officers; "korban meninggal": korban; "ekor
// sapi": sapi). An open noun saves neither a year ("the 2019 elections")
// nor a lone weak word.
//
// A population noun (a refinable concept such as "people", "orang",
// "pilgrims", or an open noun) followed within a few words by a role word
// ("killed", "tewas", "luka-luka") counts that role instead ("120 orang
// tewas" counts deaths, "Four peacekeepers were killed" deaths); so does a
// cue before the number in the same clause ("the death toll rose to 91",
// "korban jiwa totalnya 13 orang"), or after a comma when a topic marker
// fronts it ("Untuk korban luka-luka, BPBD mencatat ada 104 orang"). An
// open noun may count anything ("korban tewas dalam 2 peristiwa ledakan"):
// only the cue of a role right before the number, hedges aside, refines
// it ("killing four peacekeepers", "menewaskan 12 nelayan").
// Quantity.Counted keeps the noun's own concept, or an open noun's head. A
// bare count takes the concept of the figure after it when only list
// words join them ("won 40,971,906 and 27,040,878 valid votes"), or of the
// figure before it in the sentence when no noun of its own, open or not,
// follows ("Dari 1.301 korban meninggal, 660 merupakan jemaah asal
// Mesir"). The span includes a role word right after the noun ("120 orang
// tewas") and increment words after it ("ribuan tentara lagi"), not
// modifiers after the noun ("Korea Utara").
//
// Units: a unit before the number ("Rp", "US$", "magnitude"), also as a
// symbol in brackets after its word ("magnitudo (M) 6,2"), counts for the
// numbers listed after it ("magnitudes 6.3, 6.9 and 7"), unless one has a
// unit or a concept's noun of its own ("Rp 2,3 triliun, 1,5 juta orang").
// A unit glued by a hyphen is a unit ("a 12,000-foot peak"); a unit on
// both ends makes a range ("5.25%-5.5%"). Durations ("two days", "dua
// hari") are their own dimension. Only temperatures go below zero.
package quantity

import (
	"slices"
	"sync"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
	"github.com/claimcheck/claimcheck/claims/text"
)

// Default tolerances of the hedge kinds, used when a pack's hedge gives
// none. An approximate figure reaches no farther than the figures that
// round to it as written (approxWidth): "about 3,000" is 2,700 to 3,300,
// "an estimated US$11 billion" 10.5 to 11.5 billion.
const (
	DefaultApproxTolerance = 0.10
	DefaultAtMostTolerance = 0.10
)

// maxModifiers is how many words may sit between a number and its noun;
// roleWindow and cueWindow how far a role word or a cue may be.
const (
	maxModifiers = 3
	roleWindow   = 6
	cueWindow    = 20
)

type unit struct {
	dim    claims.Dimension
	base   string
	factor float64
	offset float64
}

type hedge struct {
	kind lang.HedgeKind
	tol  float64
}

type band struct{ lo, hi float64 }

type concept struct {
	key       string
	refinable bool
	role      bool // the concept has role words: a population's role
	thing     bool // the concept counts things, not people (lang.Thing)
}

type empty struct{}

// Recognizer finds quantities using one language pack. It is safe for
// concurrent use.
type Recognizer struct {
	pack *lang.Pack
	dec  byte

	// The number words, by fold; the money multipliers as written.
	words, adders, mults    map[string]float64
	moneyMults              map[string]float64
	articles, joiners, weak map[string]bool
	vagueSuffixes           []string // folded
	anyGap                  bool     // the pack lists no role gap words

	// What picks the head of a counted noun (see pickHead): the word
	// order, the plural marks, folded.
	follow, marksPlural            bool
	plurals                        map[string]bool
	pluralEndings, singularEndings []string

	vague                   *phrases[band]
	hedgeBefore, hedgeAfter *phrases[hedge]
	rangeOpen, rangeBreak   *phrases[empty]
	minus                   *phrases[empty]
	rangeJoin               *phrases[bool] // value: needs an opener
	incBefore, incAfter     *phrases[empty]
	comparatives            *phrases[empty]
	labels, notAfter        *phrases[empty]
	ordinalPrefix           *phrases[empty]
	ordinalSuffix, decades  *phrases[empty]
	vagueSuffix             *phrases[empty]
	scoreWords              *phrases[empty]
	nounLinks, classifiers  *phrases[empty]
	nounStops, roleBreaks   *phrases[empty]
	nonHeads                *phrases[empty]
	listJoiners, topics     *phrases[empty]
	rates, roleGaps         *phrases[empty]
	unitBefore, unitAfter   *phrases[int] // value: index in units
	units                   []unit
	second                  int           // the index in units of a second, -1 when the pack has none
	conceptWords            *phrases[int] // value: index in concepts
	roles                   *phrases[int]
	cues                    *phrases[int]
	concepts                []concept
	months                  *phrases[bool] // value: ambiguous month
	yearWords, yearIntros   *phrases[empty]
	clockIntros, clockAfter *phrases[empty]

	// tables are the phrase tables above, in the order of their bits;
	// first gives each fold its bits (see index).
	tables      []indexed
	first       map[string]uint64
	firstFilter text.Filter // the folds of first

	pool sync.Pool
}

// New returns a recognizer for pack p. It builds every lookup table once.
func New(p *lang.Pack) *Recognizer {
	r := &Recognizer{pack: p, dec: '.'}
	nb := &p.Numbers
	if nb.DecimalSeparator == ',' {
		r.dec = ','
	}
	r.words, r.adders, r.mults = foldMap(nb.Words), foldMap(nb.Adders), foldMap(nb.Multipliers)
	r.moneyMults = nb.MoneyMultipliers
	r.articles, r.joiners, r.weak = foldSet(nb.Articles), foldSet(nb.Joiners), foldSet(nb.Weak)
	r.vagueSuffixes = foldAll(nb.VagueSuffixes)
	r.anyGap = len(nb.RoleGaps) == 0
	r.follow = p.Relations.ModifiersFollow
	r.plurals = foldSet(nb.Plurals)
	r.pluralEndings, r.singularEndings = foldAll(nb.PluralEndings), foldAll(nb.SingularEndings)
	r.marksPlural = len(r.pluralEndings)+len(r.plurals) > 0

	for _, l := range r.wordLists(p) {
		*l.table = newPhrases[empty](r, l.back)
		for _, w := range l.words {
			(*l.table).add(w, empty{}, text.AnyCase)
		}
	}
	r.addNumberPhrases(nb)
	r.addUnits(p.Units)
	r.addConcepts(p.Concepts)
	r.addDatePhrases(&p.Dates)
	r.index()
	r.pool.New = func() any { return &scan{} }
	return r
}

// wordList is a phrase table whose phrases are plain words of the pack.
type wordList struct {
	table **phrases[empty]
	back  bool
	words []string
}

// wordLists pairs each phrase table that only says whether a phrase is
// there with the pack's words for it. A back table matches the words that
// end where a reading starts (see phrases).
func (r *Recognizer) wordLists(p *lang.Pack) []wordList {
	nb, d := &p.Numbers, &p.Dates
	return []wordList{
		{&r.rangeOpen, back, nb.RangeOpeners},
		{&r.rangeBreak, back, nb.RangeBreakers},
		{&r.minus, back, nb.Minus},
		{&r.incBefore, back, nb.IncrementBefore},
		{&r.incAfter, ahead, nb.IncrementAfter},
		{&r.comparatives, ahead, nb.Comparatives},
		// "tanggal 5" is a day, as "Pasal 5" is an article.
		{&r.labels, back, slices.Concat(nb.Labels, d.DayWords)},
		{&r.notAfter, ahead, nb.NotAfter},
		{&r.ordinalPrefix, back, nb.OrdinalPrefixes},
		{&r.ordinalSuffix, ahead, d.OrdinalSuffixes},
		{&r.decades, ahead, nb.DecadeSuffixes},
		{&r.vagueSuffix, ahead, nb.VagueSuffixes},
		{&r.scoreWords, back, nb.ScoreWords},
		{&r.nounLinks, ahead, nb.NounLinks},
		{&r.classifiers, ahead, nb.Classifiers},
		{&r.nounStops, ahead, nb.NounStops},
		{&r.nonHeads, ahead, nb.NonHeads},
		{&r.roleBreaks, ahead, nb.RoleBreaks},
		{&r.listJoiners, ahead, nb.ListJoiners},
		{&r.topics, back, nb.TopicMarkers},
		{&r.rates, ahead, nb.Rates},
		{&r.roleGaps, ahead, nb.RoleGaps},
		{&r.yearWords, back, d.YearWords},
		{&r.yearIntros, back, d.YearIntros},
		{&r.clockIntros, back, d.ClockIntros},
	}
}

// addNumberPhrases builds the tables whose phrases carry a value: vague
// magnitudes with their bands, hedges with their kind and tolerance, range
// joiners with whether they need an opener.
func (r *Recognizer) addNumberPhrases(nb *lang.Numbers) {
	r.vague = newPhrases[band](r, ahead)
	for _, v := range nb.Vague {
		r.vague.add(v.Phrase, band{v.Lo, v.Hi}, text.AnyCase)
	}
	r.hedgeBefore, r.hedgeAfter = newPhrases[hedge](r, back), newPhrases[hedge](r, ahead)
	for _, h := range nb.Hedges {
		t := h.Tolerance
		if t == 0 {
			switch h.Kind {
			case lang.HedgeApprox:
				t = DefaultApproxTolerance
			case lang.HedgeAtMost:
				t = DefaultAtMostTolerance
			}
		}
		table := r.hedgeBefore
		if h.After {
			table = r.hedgeAfter
		}
		table.add(h.Phrase, hedge{h.Kind, t}, text.AnyCase)
	}
	r.rangeJoin = newPhrases[bool](r, ahead)
	for _, j := range nb.RangeJoiners {
		r.rangeJoin.add(j, false, text.AnyCase)
	}
	for _, j := range nb.RangeOpenerJoiners {
		r.rangeJoin.add(j, true, text.AnyCase)
	}
}

// addUnits builds the unit tables. Phrases that match in any case go in
// before the case-sensitive ones, so that where both match the same words
// the one in any case wins ("metres" is in two units).
func (r *Recognizer) addUnits(us []lang.Unit) {
	r.unitBefore, r.unitAfter = newPhrases[int](r, back), newPhrases[int](r, ahead)
	r.second = -1
	for i, u := range us {
		r.units = append(r.units, unit{dim: claims.Dimension(u.Dimension), base: u.Base, factor: u.Factor, offset: u.Offset})
		if claims.Dimension(u.Dimension) == claims.DimDuration && u.Factor == 1 && r.second < 0 {
			r.second = i
		}
	}
	for _, exact := range []bool{false, true} {
		for i, u := range us {
			if u.CaseSensitive != exact {
				continue
			}
			table, c := r.unitAfter, text.AnyCase
			if u.Before {
				table = r.unitBefore
			}
			if exact {
				c = text.Exact
			}
			for _, w := range u.Words {
				table.add(w, i, c)
			}
		}
	}
}

// addConcepts builds the tables of counted nouns, their role words and the
// cues before a number.
func (r *Recognizer) addConcepts(cs []lang.Concept) {
	r.conceptWords, r.roles, r.cues = newPhrases[int](r, ahead), newPhrases[int](r, ahead), newPhrases[int](r, back)
	for i, c := range cs {
		r.concepts = append(r.concepts, concept{key: c.Key, refinable: c.Refinable, role: len(c.Roles) > 0,
			thing: lang.TraitsOf(c.Key).Has(lang.Thing)})
		for _, w := range c.Words {
			r.conceptWords.add(w, i, text.AnyCase)
		}
		for _, w := range c.Roles {
			r.roles.add(w, i, text.AnyCase)
		}
		for _, w := range c.Cues {
			r.cues.add(w, i, text.AnyCase)
		}
	}
}

// addDatePhrases builds the tables of the date words that make a number a
// day, a year or a time: months, and what follows a clock time (a
// meridiem, a time zone as written).
func (r *Recognizer) addDatePhrases(d *lang.Dates) {
	r.months = newPhrases[bool](r, ahead)
	amb := foldSet(d.AmbiguousMonths)
	for m := range d.Months {
		r.months.add(m, amb[text.Fold(m)], text.AnyCase)
	}
	r.clockAfter = newPhrases[empty](r, ahead)
	for m := range d.Meridiems {
		r.clockAfter.add(m, empty{}, text.AnyCase)
	}
	for _, z := range d.Zones {
		r.clockAfter.add(z.Phrase, empty{}, text.Exact)
	}
}

func foldMap(m map[string]float64) map[string]float64 {
	out := make(map[string]float64, len(m))
	for k, v := range m {
		out[text.Fold(k)] = v
	}
	return out
}

func foldAll(l []string) []string {
	out := make([]string, 0, len(l))
	for _, k := range l {
		out = append(out, text.Fold(k))
	}
	return out
}

func foldSet(l []string) map[string]bool {
	out := make(map[string]bool, len(l))
	for _, k := range l {
		out[text.Fold(k)] = true
	}
	return out
}

// Find returns the quantities in doc[sent.Start:sent.End], in text order,
// with spans into doc. It is FindIn on text.NewSentence(doc, sent), with
// the tokens in a buffer kept between calls.
func (r *Recognizer) Find(doc string, sent claims.Span) []claims.Mention {
	span := claims.Span{Start: max(sent.Start, 0), End: min(sent.End, len(doc))}
	if span.Start >= span.End {
		return nil
	}
	s := r.pool.Get().(*scan)
	defer r.pool.Put(s)
	// As text.NewSentence, into the buffer of an earlier call.
	s.own = text.Sentence{Text: doc, Span: span, Tokens: text.Tokenize(doc, span, s.own.Tokens[:0])}
	return s.find(r, &s.own)
}

// FindIn returns the quantities in a tokenized sentence, in text order,
// with spans into the sentence's text. It does not keep the sentence.
func (r *Recognizer) FindIn(sent *text.Sentence) []claims.Mention {
	s := r.pool.Get().(*scan)
	defer r.pool.Put(s)
	return s.find(r, sent)
}

// Refusal is a number the recognizer read but did not take as a figure:
// where it is (with the words the reading took around it) and why.
type Refusal struct {
	Span   claims.Span
	Reason string
}

// RefusedIn returns the numbers of a tokenized sentence that were read
// as numbers but refused as figures, with the reasons: a negative count,
// a count under one, more digits than are read exactly, exponent notation
// beyond what news writes. A number that is no amount at all (a date, a
// phone number, a code) is not listed.
func (r *Recognizer) RefusedIn(sent *text.Sentence) []Refusal {
	s := r.pool.Get().(*scan)
	defer r.pool.Put(s)
	s.keepRefused, s.refused = true, nil
	s.find(r, sent)
	out := s.refused
	s.keepRefused, s.refused = false, nil
	return out
}

// ParseNumber reads the number that starts s — digits with either
// language's marks, number words, multipliers — and returns its value and
// the bytes it spans. It reports false when s does not start with one.
func (r *Recognizer) ParseNumber(s string) (v float64, n int, ok bool) {
	sent := text.NewSentence(s, claims.Span{End: len(s)})
	if len(sent.Tokens) == 0 || sent.Tokens[0].Span.Start != 0 {
		return 0, 0, false
	}
	sc := &scan{}
	sc.begin(r, sent)
	nm, ok := sc.number(0)
	if !ok {
		return 0, 0, false
	}
	return nm.val, sc.toks[nm.end-1].Span.End, true
}
