package claims

import (
	"fmt"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims/lang"
)

// Span is a half-open byte range [Start, End) into a Document's Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// IsZero reports whether the span is empty and at offset 0, the value of
// "no span".
func (s Span) IsZero() bool { return s.Start == 0 && s.End == 0 }

// Contains reports whether o lies wholly inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Of returns the text the span covers in text, or "" when it lies outside.
func (s Span) Of(text string) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}

// String formats the span as "start-end".
func (s Span) String() string { return fmt.Sprintf("%d-%d", s.Start, s.End) }

// Document is one article as read from the corpus.
type Document struct {
	// ID is stable for a path: the path relative to the argument it was
	// found under, with forward slashes (plus "#N" for line N of a JSONL
	// archive).
	ID string
	// Path is the file the document came from, as the user named it
	// ("-" for standard input).
	Path string
	// Format is the input format: "txt", "md", "html" or "jsonl". For
	// "html", Text is the article text extracted from the page, not its
	// markup.
	Format string
	// Source is the outlet that published the article.
	Source string
	// SourceInferred is set when Source was not given by metadata but taken
	// from the file name or from a credit line in the text.
	SourceInferred bool
	// URL is where the article was published, if known.
	URL string
	// Title is the headline, if known.
	Title string
	// Published is the publication date; the zero time when unknown.
	Published time.Time
	// PublishedInferred is set when Published was inferred from the text's
	// own dates (or read by go-readability from a page's tags) rather than given
	// by metadata.
	PublishedInferred bool
	// StoryDate is, for a document with no publication date of its own
	// nor any its text shows, the latest publication date of the other
	// articles of its story (set by the pipeline). It is never a
	// publication date: the document's relative dates and years are read
	// by it ("On Dec. 26, 2004" is of another year than the story), but
	// its claims stay undated.
	StoryDate time.Time
	// Story is the ID of the story the document was put in (set by the
	// pipeline): its folder, or the story found from what it reports.
	Story string
	// Names are the keys of the people, organizations and places its text
	// names, sorted, each once (set by the extractor): what its story's
	// other articles should share with it.
	Names []string
	// Language is the language code of the pack used ("en", "id").
	Language string
	// LanguageInferred is set when Language was detected from the text,
	// also when a page's words overruled its declared language.
	LanguageInferred bool
	// Text is the document text as the user can open it; every Span of the
	// document's mentions and claims indexes it.
	Text string
	// Body is the part of Text that holds the article (after any front
	// matter).
	Body Span
	// FirstLine is the line number in Path of Text's first line (1 for a
	// plain file, N for line N of a JSONL archive; the whole text of a JSONL
	// document is on that one line, its newlines escaped).
	FirstLine int
	// Furniture are spans of Body that are page furniture (menus,
	// "Advertisement", "Baca juga: ..." links, bylines, pure photo credits);
	// no claim is taken from them. One span a line, without its line
	// ending, in order.
	Furniture []Span
	// Repeats are the paragraphs of Body that repeat an earlier one word
	// for word (case and spacing aside), in order. They stay text and their
	// claims are taken, each marked Claim.RepeatOf the claim at the same
	// place of the first; a repeated headline, byline or short line is
	// Furniture instead.
	Repeats []Repeat
	// Parts are spans of Body written in another language than Language
	// (a mixed-language article): paragraphs of six words or more that the
	// detector is sure of, neighbours merged; empty for most documents.
	Parts []LanguageSpan
	// Meta holds the metadata fields claimcheck does not use (author, tags,
	// draft, …: front matter or a JSONL line's other keys), by name as
	// written, so that reports can pass them on. Values are plain data:
	// string, float64, int64, bool, nil, []any or map[string]any. Nil when
	// there are none.
	Meta map[string]any
}

// Repeat is a paragraph that repeats an earlier one of its document word
// for word: Span is the repeat, First the paragraph it repeats.
type Repeat struct {
	Span, First Span
}

// LanguageSpan is a part of a document in a given language.
type LanguageSpan struct {
	Span     Span
	Language string
}

// Line returns the 1-based line number in Path of the byte at offset. A
// JSONL document is one line of its archive, whatever its text holds.
func (d *Document) Line(offset int) int {
	if d.Format == "jsonl" {
		return d.FirstLine
	}
	if offset > len(d.Text) {
		offset = len(d.Text)
	}
	first := d.FirstLine
	if first == 0 {
		first = 1
	}
	return first + strings.Count(d.Text[:max(offset, 0)], "\n")
}

// MentionKind says what a Mention recognized.
type MentionKind uint8

// The kinds of mention.
const (
	MentionQuantity MentionKind = iota + 1
	MentionDate
	MentionEntity
)

// String returns the kind's name.
func (k MentionKind) String() string {
	switch k {
	case MentionQuantity:
		return "quantity"
	case MentionDate:
		return "date"
	case MentionEntity:
		return "entity"
	}
	return "unknown"
}

// Mention is one item recognized in a sentence. Exactly one of Quantity,
// Date and Entity is set, as Kind says.
type Mention struct {
	Kind MentionKind
	// Span covers the words as written, hedges and counted noun included
	// ("sekitar 3.000 tentara").
	Span     Span
	Quantity *Quantity
	Date     *Date
	Entity   *Entity
}

// QuantityFlags qualify how a quantity was written.
type QuantityFlags uint16

// The quantity flags. Each hedge's tolerance is documented in claims/quantity.
const (
	// Approximate: "about", "sekitar", "some"; the interval is widened.
	Approximate QuantityFlags = 1 << iota
	// Vague: a magnitude rather than a number ("thousands", "ribuan").
	Vague
	// LowerBound: "more than", "at least", "lebih dari"; Hi is +Inf.
	LowerBound
	// UpperBound: "up to", "nearly", "hingga"; Lo is below the value.
	UpperBound
	// Increment: an addition to an earlier figure ("another", "lagi");
	// never compared with totals.
	Increment
	// Range: written as a range ("10-12 ribu").
	Range
	// Band: a number with a vague suffix, which covers its last written
	// place ("300-an" is 300 to 399, "30 jutaan" 30 to 39.99 million).
	// Unlike Vague it is bounded as written and can conflict.
	Band
)

var quantityFlagNames = []string{"approximate", "vague", "lower-bound", "upper-bound", "increment", "range", "band"}

// Has reports whether all of f's flags are set in q.
func (q QuantityFlags) Has(f QuantityFlags) bool { return q&f == f }

// Names lists the set flags by name, in a fixed order.
func (q QuantityFlags) Names() []string {
	var out []string
	for i, n := range quantityFlagNames {
		if q&(1<<i) != 0 {
			out = append(out, n)
		}
	}
	return out
}

// Dimension is what a quantity measures.
type Dimension string

// The dimensions. Every quantity of a dimension is normalized to one base
// unit, so that "6,500 feet" and "2,000 metres" compare.
const (
	DimCount       Dimension = "count"       // base: items counted (Concept says what)
	DimPercent     Dimension = "percent"     // base: %
	DimMoney       Dimension = "money"       // base: one unit of the currency in Unit
	DimLength      Dimension = "length"      // base: m
	DimArea        Dimension = "area"        // base: m²
	DimMass        Dimension = "mass"        // base: kg
	DimTemperature Dimension = "temperature" // base: °C
	DimMagnitude   Dimension = "magnitude"   // base: a scale's own number (Richter, VEI)
	DimDuration    Dimension = "duration"    // base: s
	DimAge         Dimension = "age"         // base: years of a person's life
	DimSpeed       Dimension = "speed"       // base: km/h
)

// Quantity is a recognized amount, as an interval in the base unit of its
// dimension.
type Quantity struct {
	// Lo and Hi bound the value; Hi is +Inf for an open lower bound.
	Lo, Hi float64
	// Value is the number as written, normalized to the base unit (3000
	// for "about 3,000", 12000 for "12 ribu").
	Value float64
	Flags QuantityFlags
	// Dimension and Unit say what is measured: Unit is the base unit ("m",
	// "kg", "%") or, for money, the ISO currency code.
	Dimension Dimension
	Unit      string
	// Concept is the key of what is counted ("troops", "deaths"), shared
	// by every language's words for it; empty when nothing is counted.
	Concept string
	// Counted is the concept of the counted noun itself when a role word
	// or cue made Concept more specific ("people" in "120 people were
	// killed", whose Concept is "deaths"), or the Head when no concept
	// lists the noun; empty otherwise.
	Counted string
	// Head is the fold of the counted noun as written ("containers",
	// "pendaki", "ekor"), whether or not a pack concept lists it: the word
	// that heads the noun phrase after a count. Empty when nothing is
	// counted or the quantity has a unit. A noun no concept lists leaves
	// Concept empty, unless a role word or cue refines it ("Three
	// climbers were killed": Concept "deaths", Counted "climbers").
	Head string
	// Hedge is the hedging or bounding words as written ("sekitar").
	Hedge string
	// NumberSpan covers the number alone; NounSpan the unit or counted
	// noun (zero when there is none): for a noun no concept lists, the
	// noun phrase from its first word up to and including Head ("shipping
	// containers").
	NumberSpan Span
	NounSpan   Span
}

// Granularity is how precisely a date is known.
type Granularity uint8

// The granularities, finest first.
const (
	Minute Granularity = iota + 1
	Day
	Week
	Month
	Year
)

// String returns the granularity's name.
func (g Granularity) String() string {
	switch g {
	case Minute:
		return "minute"
	case Day:
		return "day"
	case Week:
		return "week"
	case Month:
		return "month"
	case Year:
		return "year"
	}
	return "unknown"
}

// Date is a recognized date, period or time of day, as an interval
// [Start, End).
type Date struct {
	Start, End  time.Time
	Granularity Granularity
	// Relative is set for expressions relative to the publication date
	// ("yesterday", "bulan lalu").
	Relative bool
	// Resolved is false when the interval could not be fixed (a relative
	// date in a document whose publication date is unknown): such a date
	// is never compared as if it were exact.
	Resolved bool
	// AnchorInferred is set when a relative date was resolved against an
	// inferred publication date.
	AnchorInferred bool
	// Yearless is set for a day written with its month but no year ("3
	// Januari", "(3/1)", "Saturday (Nov 16)"): only the year was taken
	// from the reference, as the one nearest it.
	Yearless bool
	// Weekday is the day of the week as written ("Saturday (Nov 16)"), and
	// HasWeekday whether one was.
	Weekday    time.Weekday
	HasWeekday bool
	// Clock is set for a time of day ("10.30 WIB"); Zone holds its zone as
	// written.
	Clock bool
	Zone  string
	// Suspect explains why the date cannot be right ("31/02 does not
	// exist", "Wednesday was 3 Jan, not 4 Jan"); empty when it can.
	Suspect string
	// TimeOnly is set for a time of day written with no day ("pukul 06.20
	// WIB"): Start and End then fall on 1 January of year 1 and only
	// their clock means anything.
	TimeOnly bool
	// Part is the part of the period the date names, as a key: "early",
	// "mid", "late", "earlier" or "later" ("akhir Oktober" is "late");
	// Start and End already cover only that part.
	Part string
	// AsOf is set when the date says when a figure held ("per 23
	// September", "as of Monday") rather than when something happened.
	AsOf bool
	// DayPart is the part of the day written with a day, as a key
	// ("night" for "Sabtu malam" or "Saturday night", "small-hours" for
	// "dini hari"; see lang.Dates.DayParts); Start and End still cover
	// the whole day. Zone may be set with it ("dini hari WIB").
	DayPart string
	// Match is set for a minute of play of a match ("menit ke-84", "the
	// 83rd minute", "45+3"): Minute is that minute and Added the minutes
	// of added time written after it; Start and End are then zero and the
	// date compares only with other minutes of play.
	Match         bool
	Minute, Added int
}

// EntityKind says what an Entity names.
type EntityKind uint8

// The kinds of entity.
const (
	Person EntityKind = iota + 1
	Organization
	Place
	// Team is a club or a side ("Arema FC"), Vessel a ship or boat by its
	// name ("KM Sinar Lestari" is "Sinar Lestari"): things whose names are
	// compared as names, each only with names of its own kind. Code is a
	// flight, a vehicle's plate or a law, read by code rules: its Key is
	// the code ("flight:jt610" for "JT610" and "LNI610"), never a
	// spelling.
	Team
	Vessel
	Code
)

// String returns the kind's name.
func (k EntityKind) String() string {
	switch k {
	case Person:
		return "person"
	case Organization:
		return "organization"
	case Place:
		return "place"
	case Team:
		return "team"
	case Vessel:
		return "vessel"
	case Code:
		return "code"
	}
	return "unknown"
}

// Entity is a named person, organization or place.
type Entity struct {
	Kind EntityKind
	// Name is the name as written, without title.
	Name string
	// Key is canonical: a place's or organization's key from the packs
	// ("north-korea" for "Korut", "DPRK" and "Pyongyang"), a person's name
	// folded to lower case without diacritics.
	Key string
	// Title is the role as written ("Foreign Minister", "Menteri Luar
	// Negeri"), Role its language-neutral key ("foreign-minister").
	Title string
	Role  string
	// Of is the key of the place whose role it is ("japan" for "Japan's
	// foreign minister"), when known.
	Of string
	// NameSpan covers the name alone; Mention.Span includes the title.
	NameSpan Span
	// Rank is the key of a rank written before the name ("lieutenant-general"
	// for "Letnan Jenderal"); a rank is not a role.
	Rank string
	// Org is the key of the organization whose role it is ("bnpb" for
	// "Kepala BNPB"), when known.
	Org string
	// Former is set for a past office ("former", "mantan"): Role is the
	// office, and RoleKey writes it "former-" + Role.
	Former bool
	// Partial is set for a person named by one word that may be a surname
	// ("Hayashi told reporters"), and for a role without a name ("Japan's
	// foreign minister"); entity.Link gives it the key of the full name it
	// stands for.
	Partial bool
	// Linked is set when entity.Link resolved a partial mention.
	Linked bool
	// Act is the key of what the person named before this one in its
	// sentence did to this one ("foul" for "a heavy challenge on Justin
	// Hubner"; lang.Entities.Acts), ActBy that person's name as written.
	Act, ActBy string
}

// Speaker is who asserts a claim.
type Speaker struct {
	// Name is as written ("Badan mata-mata Seoul"), or the outlet's name.
	Name string
	// Key is a canonical form, used to tell speakers apart.
	Key string
	// Span covers the name in the text; zero for the outlet.
	Span Span
	// Outlet is set when nobody is named and the outlet itself speaks.
	Outlet bool
	// Camp is the side the speaker speaks for, when their name or title
	// says so ("police", "organizers", "union": lang.CampKeys); figures of
	// openly opposed camps are not held against each other.
	Camp string
}

// ClaimKind says what a claim asserts.
type ClaimKind uint8

// The kinds of claim.
const (
	ClaimQuantity ClaimKind = iota + 1
	ClaimDate
	ClaimName
	ClaimTitle
)

// String returns the kind's name as used in reports.
func (k ClaimKind) String() string {
	switch k {
	case ClaimQuantity:
		return "quantity"
	case ClaimDate:
		return "date"
	case ClaimName:
		return "name"
	case ClaimTitle:
		return "title"
	}
	return "unknown"
}

// Origin is where claims come from: the document, the story it is in,
// the outlet and the publication date. A document's claims share one.
type Origin struct {
	Doc string // Document.ID
	// Story groups the documents that report one story: claims are only
	// compared within a story. The extractor writes the folder of the
	// document's ID; the pipeline may put the document in a story found
	// from what it reports (Document.Story).
	Story string
	// Source is the document's outlet; Published its publication date.
	Source    string
	Published time.Time
}

// Claim is one assertion of a document: a value with what it is about and
// who asserts it, and the evidence sentence.
type Claim struct {
	// ID is unique in a run: the document ID and the byte offset.
	ID string
	// Origin is the claim's document, story, outlet and publication
	// date, read as c.Doc, c.Story, c.Source and c.Published. The claims
	// of one document share it: a claim is read back for every report
	// and kept until the end of a run, and these fields would otherwise be
	// 72 of its bytes, copied into each.
	*Origin
	Kind ClaimKind
	// Marks say how the sentence frames the value (a part of another
	// count, a figure given earlier, a rise, a planned event, a negation).
	Marks    Marks
	Language string
	// Text is the words as written ("sekitar 3.000 tentara"), Span where.
	Text string
	Span Span
	// Exactly one of these is set, as Kind says (Entity for names and
	// titles).
	Quantity *Quantity
	Date     *Date
	Entity   *Entity
	// Subject is what the value is about: a counted concept ("troops"), a
	// dimension's topic, a dated event, or a person's key.
	Subject string
	// Role holds the modifiers that narrow a count ("coast-guard",
	// "unregistered"); counts with different roles are different facts.
	// A part of another count is marked MarkPart, not written here.
	Role string
	// Qualifiers are what a few claims add (whose and where, the event,
	// the period, the rate, the day, hedges, the paragraph repeated),
	// read through the methods of the same names (c.Actor(), c.At()) and
	// set through Qualify. Most claims have none: held apart, behind
	// one pointer, they are not 128 bytes of every claim.
	*Qualifiers
	Speaker Speaker
	// Sentence is the evidence sentence and SentenceSpan where it is.
	Sentence     string
	SentenceSpan Span
	// Line is the line number of Span.Start in the document's file.
	Line int
}

// Ref tells a claim apart from the other claims of a run, also once it is
// read twice: pipeline.Run keeps claims packed and each read unpacks a
// copy, so the claims of a finding and the same claims listed by a report
// are equal, not one. The ID alone is not enough: a person's name and
// title found at one offset share it.
type Ref struct {
	ID   string
	Kind ClaimKind
	End  int
}

// Ref is the claim's Ref.
func (c *Claim) Ref() Ref { return Ref{c.ID, c.Kind, c.Span.End} }

// Qualifiers are what narrows a few claims beyond their subject and
// role, and how a few are said. Read them through the Claim's methods,
// which give the zero value for a claim without any.
type Qualifiers struct {
	// Actor is whose the subject is ("north-korea"), Location where it is
	// ("russia").
	Actor    string
	Location string
	// Event is, for dates, the event dated ("visit").
	Event string
	// Rate is the calendar unit a count is per ("week" for "three ships a
	// week"): a rate is not compared with a total.
	Rate string
	// When is the period a claim is about when its sentence puts it in
	// another year than the article's ("last year", "in 2023"); claims of
	// different periods are not compared.
	When string
	// At is the date its sentence puts a quantity at ("13 dead on
	// Sunday"), when it gives one to the day; nil otherwise. Counts at
	// different days are different moments.
	At *Date
	// Hedges are the words that weaken the claim ("reportedly", "likely").
	Hedges []string
	// RepeatOf is, for a claim of a paragraph that repeats an earlier one
	// of its document word for word (Document.Repeats), the ID of the
	// claim at the same place of the first: the same words said once more,
	// never compared (neither a second source nor a conflict with itself),
	// listed as a repeat. Empty for every other claim, also for a value
	// repeated in another sentence.
	RepeatOf string
}

// Qualify returns the claim's qualifiers to set, giving it some first
// when it has none.
func (c *Claim) Qualify() *Qualifiers {
	if c.Qualifiers == nil {
		c.Qualifiers = &Qualifiers{}
	}
	return c.Qualifiers
}

// Qualified returns a copy of the claim's qualifiers, zero when it has
// none: set its fields, then give it back with SetQualifiers.
func (c *Claim) Qualified() Qualifiers {
	if c.Qualifiers == nil {
		return Qualifiers{}
	}
	return *c.Qualifiers
}

// SetQualifiers gives the claim q, or no qualifiers when q has none.
func (c *Claim) SetQualifiers(q Qualifiers) {
	if q.Actor == "" && q.Location == "" && q.Event == "" && q.Rate == "" && q.When == "" && q.At == nil && q.Hedges == nil && q.RepeatOf == "" {
		c.Qualifiers = nil
		return
	}
	c.Qualifiers = &q
}

// Actor is whose the claim's subject is (Qualifiers.Actor), or "".
func (c *Claim) Actor() string {
	if c.Qualifiers == nil {
		return ""
	}
	return c.Qualifiers.Actor
}

// Location is where the claim's subject is (Qualifiers.Location), or "".
func (c *Claim) Location() string {
	if c.Qualifiers == nil {
		return ""
	}
	return c.Qualifiers.Location
}

// Event is the event a date claim dates (Qualifiers.Event), or "".
func (c *Claim) Event() string {
	if c.Qualifiers == nil {
		return ""
	}
	return c.Qualifiers.Event
}

// Rate is the calendar unit a count is per (Qualifiers.Rate), or "".
func (c *Claim) Rate() string {
	if c.Qualifiers == nil {
		return ""
	}
	return c.Qualifiers.Rate
}

// When is the period the claim is about (Qualifiers.When), or "".
func (c *Claim) When() string {
	if c.Qualifiers == nil {
		return ""
	}
	return c.Qualifiers.When
}

// At is the day the claim's sentence puts a quantity at (Qualifiers.At),
// or nil.
func (c *Claim) At() *Date {
	if c.Qualifiers == nil {
		return nil
	}
	return c.Qualifiers.At
}

// Hedges are the words that weaken the claim (Qualifiers.Hedges).
func (c *Claim) Hedges() []string {
	if c.Qualifiers == nil {
		return nil
	}
	return c.Qualifiers.Hedges
}

// RepeatOf is the ID of the claim this one repeats word for word
// (Qualifiers.RepeatOf), or "".
func (c *Claim) RepeatOf() string {
	if c.Qualifiers == nil {
		return ""
	}
	return c.Qualifiers.RepeatOf
}

// Key is the claim's alignment key: claims of one story with equal keys
// are about the same thing and are compared. It joins the kind and
// subject with the qualifiers that keep claims apart, each named when set:
// "quantity|troops|actor=north-korea", "quantity|deaths|role=part|when=2023",
// "quantity|height|unit=m", "date|erupt".
func (c *Claim) Key() string {
	// Written into one buffer: a report asks every claim for its key,
	// and a slice of parts joined cost five allocations a call.
	var buf [96]byte
	return string(c.AppendKey(buf[:0]))
}

// AppendKey appends the claim's Key to dst, for a caller that looks keys
// up without keeping them.
func (c *Claim) AppendKey(dst []byte) []byte {
	b := append(append(append(dst, c.Kind.String()...), '|'), c.SubjectKey()...)
	part := func(name, v string) {
		if v != "" {
			b = append(append(append(b, '|'), name...), v...)
		}
	}
	part("role=", c.RoleKey())
	part("actor=", c.Actor())
	part("when=", c.When())
	part("per=", c.Rate())
	if c.Marks.Has(MarkWindow) {
		b = append(b, "|window"...)
	}
	if q := c.Quantity; q != nil {
		if q.Dimension != DimCount {
			part("unit=", q.Unit)
		}
		if q.Flags.Has(Increment) {
			b = append(b, "|increment"...)
		}
	}
	return b
}

// Everyone is the concept of people counted as nobody in particular
// ("120 people", "orang", "jiwa"): as what a status counts, it narrows
// nothing ("120 people were killed" are the deaths).
const Everyone = "people"

// Age is the subject of a person's age (DimAge); the claim's actor is the
// key of the person it is the age of.
const Age = "age"

// NarrowsNothing reports whether a concept, as what a status counts,
// leaves it as it is: people at large and victims ("120 people were
// killed", "korban meninggal") are the deaths; pupils or workers are some
// of them.
func NarrowsNothing(concept string) bool { return concept == Everyone || concept == "victims" }

// IsGeneric reports whether concept is too broad to compare unqualified
// (lang.Generic).
func IsGeneric(concept string) bool { return lang.TraitsOf(concept).Has(lang.Generic) }

// Marks say how a claim's sentence frames its value. They are set by the
// assembler from the packs' words and read by the comparison; reports
// show them as words (RoleKey, EventKey, HedgeWords).
type Marks uint8

// The marks.
const (
	// MarkPart: a part of another count ("11 of them", "termasuk 35"),
	// never compared with totals.
	MarkPart Marks = 1 << iota
	// MarkEarlier: a figure written as one given before ("initially",
	// "semula"), never placed on a timeline of updates.
	MarkEarlier
	// MarkRise: the sentence says the count has grown ("rose to 14"): the
	// same speaker giving a higher figure is updating it.
	MarkRise
	// MarkPlanned: a planned event ("will meet", "akan bertemu") or an
	// aim ("target kami enam kapal"), never compared with what happened.
	MarkPlanned
	// MarkNegated: the sentence is negated.
	MarkNegated
	// MarkWindow: a figure for a span of time ("577 deaths for the two
	// busiest days"), not the whole count.
	MarkWindow
)

// Has reports whether all of x's marks are set in m.
func (m Marks) Has(x Marks) bool { return m&x == x }

// SubjectKey is the subject as it keys alignment: a planned event, or an
// aimed figure, is another subject than what happened ("visit:planned").
func (c *Claim) SubjectKey() string {
	if c.Marks.Has(MarkPlanned) {
		return c.Subject + ":planned"
	}
	return c.Subject
}

// RoleKey is the role as it keys alignment and reports show it: "part"
// before the modifiers of a part of another count.
func (c *Claim) RoleKey() string {
	if !c.Marks.Has(MarkPart) {
		return c.Role
	}
	return strings.TrimSpace("part " + c.Role)
}

// EventKey is the event as reports show it: the dated event (with
// ":planned" for a planned one), or for a quantity "earlier" or "rise".
func (c *Claim) EventKey() string {
	switch {
	case c.Kind == ClaimDate:
		if c.Event() != "" && c.Marks.Has(MarkPlanned) {
			return c.Event() + ":planned"
		}
		return c.Event()
	case c.Marks.Has(MarkEarlier):
		return "earlier"
	case c.Marks.Has(MarkRise):
		return "rise"
	}
	return c.Event()
}

// HedgeWords are the hedges as reports show them, with "negated" for a
// negated sentence.
func (c *Claim) HedgeWords() []string {
	if !c.Marks.Has(MarkNegated) {
		return c.Hedges()
	}
	return append(c.Hedges()[:len(c.Hedges()):len(c.Hedges())], "negated")
}

// RoleKey is the role as it keys alignment and reports show it: a past
// office is "former-" + Role.
func (e *Entity) RoleKey() string {
	if e.Former && e.Role != "" {
		return "former-" + e.Role
	}
	return e.Role
}
