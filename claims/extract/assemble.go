package extract

import (
	"math"
	"path"
	"path/filepath"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/date"
	"github.com/claimcheck/claimcheck/claims/entity"
	"github.com/claimcheck/claimcheck/claims/lang"
)

// assemble turns a sentence's mentions into claims: its quantities, then
// its dates, then its names.
func assemble(doc *claims.Document, origin *claims.Origin, s *sentence, ref date.Reference, lines *lineIndex, places placeWords) []*claims.Claim {
	b := builder{doc: doc, origin: origin, s: s, ref: ref, lines: lines, places: places}
	out := b.quantities(nil)
	out = b.dates(out)
	return b.names(out)
}

// builder makes the claims of one sentence, each with what every claim of
// the sentence shares: document, speaker, hedges, sentence and line.
type builder struct {
	places   placeWords
	doc      *claims.Document
	origin   *claims.Origin // the document's, shared by its claims
	s        *sentence
	ref      date.Reference
	lines    *lineIndex
	sentence string // the sentence's text, copied once for its claims
}

// claim returns a claim of kind for the words at span.
func (b *builder) claim(kind claims.ClaimKind, span claims.Span) *claims.Claim {
	doc, s := b.doc, b.s
	if b.sentence == "" {
		// A copy: the claims must not keep the article in memory.
		b.sentence = strings.Clone(s.span.Of(doc.Text))
	}
	c := &claims.Claim{
		Origin:       b.origin,
		Kind:         kind,
		Language:     s.lang.pack.Code,
		Text:         b.words(span),
		Span:         span,
		Speaker:      speakerAt(doc, s, span.Start),
		Marks:        s.marks,
		Sentence:     b.sentence,
		SentenceSpan: s.span,
		Line:         b.lines.line(span.Start),
	}
	if len(s.hedges) > 0 {
		c.Qualify().Hedges = s.hedges
	}
	return c
}

// words returns the claim's words at span: a slice of the sentence's copy
// when the sentence holds them, which the claim keeps anyway, else a copy.
func (b *builder) words(span claims.Span) string {
	if sp := b.s.span; sp.Contains(span) && span.Start <= span.End && len(b.sentence) == sp.Len() {
		return b.sentence[span.Start-sp.Start : span.End-sp.Start]
	}
	return strings.Clone(span.Of(b.doc.Text))
}

// quantities appends the sentence's quantity claims to out: the counts
// and measures whose subject the sentence says, with their qualifiers.
func (b *builder) quantities(out []*claims.Claim) []*claims.Claim {
	var prev *claims.Claim // the sentence's last count, for the parts after it
	var magnitude *claims.Quantity
	for _, m := range b.s.quants {
		if c := b.ageClaim(m); c != nil {
			out = append(out, c) // "Rudi Hartono (45)": no count of anything
			continue
		}
		q := m.Quantity
		f := b.figure(m, prev, magnitude)
		if q.Dimension == claims.DimMagnitude {
			magnitude = q
		}
		if f.subject == price && f.role == "" {
			continue // a price of nothing named: another item's, maybe
		}
		if f.subject == "" || narrativeOne(q, f.subject) {
			continue
		}
		c := b.quantityClaim(m, f, prev)
		out = append(out, c)
		if q.Dimension == claims.DimCount {
			prev = c
		}
	}
	return out
}

// figure is what a quantity's sentence says it is of before it becomes a
// claim: its subject, whether it is a part or an appositive of what came
// before, and the modifiers of the phrase an appositive names.
type figure struct {
	subject          string
	part, appositive bool
	role             string
}

// figure reads what the quantity at m is of: its own subject, another
// reading of the sentence's magnitude, what a part or appositive inherits
// from the count before (prev), or its clause's subject.
func (b *builder) figure(m claims.Mention, prev *claims.Claim, magnitude *claims.Quantity) figure {
	s, q := b.s, m.Quantity
	f := figure{subject: quantitySubject(s, q)}
	if f.subject == "" && magnitude != nil && secondReading(s, q) {
		// "put the magnitude at 6.2, while the USGS measured it at 6.4"
		q.Dimension, q.Unit = magnitude.Dimension, magnitude.Unit
		f.subject = string(q.Dimension)
	}
	// A share its sentence says the measure of is no part of a count
	// ("47.7 percent of the vote"); a bare one is ("83 per cent of them").
	f.part = s.lang.partitive(s.words, q, m.Span) && !(q.Dimension == claims.DimPercent && f.subject != "")
	f.appositive, f.role = appositiveOf(s, m.Span)
	if f.subject == price {
		f.role = s.lang.priceItem(s, q.NumberSpan) // "harga beras", "rice prices"
	}
	if f.part || f.appositive {
		// "658 deaths – 630 of them unregistered pilgrims", "Dua di
		// antaranya ...", "yakni 629 orang": of what came before.
		f.subject = b.inherit(q, f.subject, prev)
	}
	if k := clauseSubject(s, q, m.Span); k != "" {
		// The clause's subject says what the people counted are.
		if q.Concept != "" {
			q.Counted = q.Concept
		}
		q.Concept, f.subject = k, k
	}
	return f
}

// quantityClaim makes the claim of the quantity at m, of figure f, with
// its frame and marks; prev is the sentence's count before it.
func (b *builder) quantityClaim(m claims.Mention, f figure, prev *claims.Claim) *claims.Claim {
	s, q := b.s, m.Quantity
	c := b.claim(claims.ClaimQuantity, m.Span)
	c.Quantity, c.Subject = q, f.subject
	qs := c.Qualified()
	qs.Actor, qs.Location = qualifiers(b.doc.Text, s, m)
	qs.Actor, qs.Location = b.places.key(qs.Actor), b.places.key(qs.Location)
	switch {
	case lang.Personal(f.subject):
		// "divonis 6 tahun penjara": whose sentence it is.
		qs.Actor = personNear(s, m.Span, c.Speaker.Span)
	case lang.Won(f.subject) && qs.Actor == "":
		// "meraih 52,3 persen suara": whose share it is.
		qs.Actor = nearbyActor(b.doc.Text, s, m, true)
	}
	c.Role = b.roleOf(m, f)
	part := f.part || leavesOut(s, m) || s.lang.near(s.lang.partial, s.words, m.Span, 4, 4) // "with seven other suspects", "hanya sebagian"
	if part && c.Role == "" {
		// A part named by its modifier ("630 of them unregistered") is
		// that subset, however it is written; a bare part is a part.
		c.Marks |= claims.MarkPart
	}
	if (part || f.appositive || restated(s, prev, m)) && qs.Actor == "" && prev != nil {
		qs.Actor = prev.Actor()
	}
	qs.When = period(s, b.ref, q.NumberSpan)
	qs.Rate = rateAfter(s, m.Span)
	if f.subject == price && qs.Rate == eachRate {
		qs.Rate = "" // a price is each unit's, "per liter" or "a litre"
	}
	qs.At = dayOf(s, q.NumberSpan, b.doc.Published)
	if qs.At == nil && baselineOf(s, m.Span) != "" {
		// "up from $23.1 billion in September": the figure before, with
		// no day to meet the others of its time by ("up from 14 km on
		// Monday" meets Monday's).
		c.Role = strings.TrimSpace(baseline + " " + c.Role)
	}
	c.SetQualifiers(qs)
	c.Marks |= b.marks(m, c)
	if causedRise(s, prev, c) {
		q.Flags |= claims.Increment // "naik menjadi tujuh orang setelah dua jenazah dievakuasi"
	}
	return c
}

// roleOf returns the role of the quantity at m: the modifiers of its
// phrase, then the phase, scope and, for a vote share, the side its
// clause names, each another fact.
func (b *builder) roleOf(m claims.Mention, f figure) string {
	s := b.s
	role := strings.TrimSpace(f.role + " " + modifiers(s, m.Quantity, f.subject, m.Span))
	for _, k := range []string{
		phaseOf(s, m.Span), // an aftershock's magnitude is another fact
		scopeOf(s, m.Span), // a national figure is not a province's
	} {
		if k != "" {
			role = strings.TrimSpace(k + " " + role)
		}
	}
	if st := stanceOf(s, m.Span); st != "" && f.subject == voteShare {
		role = strings.TrimSpace(st + " " + role) // a vote to reject is not one to strike
	}
	return role
}

// marks returns the marks the sentence puts on claim c of the quantity at
// m: a window, an aim, an earlier figure or a rise.
func (b *builder) marks(m claims.Mention, c *claims.Claim) claims.Marks {
	s := b.s
	var mk claims.Marks
	if c.Rate() == "" && windowed(s, m.Span) {
		mk |= claims.MarkWindow
	}
	if aimed(s, m) {
		mk |= claims.MarkPlanned // an aim is not a count
	}
	switch {
	case s.lang.near(s.lang.earlier, s.words, m.Span, 3, 3) || earlierInClause(s, m.Span) || c.At() != nil && c.At().Granularity == claims.Week:
		// A figure dated to a week wholly past ("told AFP last week") is
		// one the article gives as an earlier tally.
		mk |= claims.MarkEarlier
	case s.lang.rising(s.words):
		mk |= claims.MarkRise
	}
	return mk
}

// secondReading reports whether a bare number is another reading of a
// magnitude its sentence gave before it: a clause connective stands
// between, and the number follows "at" or a reporting verb ("while the
// USGS measured it at 6.4", "sementara USGS mencatat 6,4").
func secondReading(s *sentence, q *claims.Quantity) bool {
	if q.Dimension != claims.DimCount && q.Dimension != "" || !q.NounSpan.IsZero() || q.Head != "" || q.Value == math.Trunc(q.Value) {
		return false
	}
	v := s.words
	first := wordAtOffset(v, q.NumberSpan.Start)
	if first == 0 || !(v.Words[first-1].Fold == "at" || s.lang.says.EndsWord(v, first-1)) {
		return false
	}
	return clauseStart(s, first) > 0
}

// voteShare is the topic of the share of a vote.
const voteShare = "vote-share"

// causedRise reports whether count c, later in the sentence than the
// count prev it rose to, is a lower count of the same thing after a word
// that says what made the rise: "The toll rose to seven after two bodies
// were recovered" counts two more, not a toll of two.
func causedRise(s *sentence, prev, c *claims.Claim) bool {
	if prev == nil || !prev.Marks.Has(claims.MarkRise) || prev.Subject != c.Subject || c.Quantity.Value >= prev.Quantity.Value {
		return false
	}
	v := s.words
	for j := wordAtOffset(v, prev.Span.End); j < len(v.Words) && v.Words[j].Span.End <= c.Span.Start; j++ {
		if matchesAt(s.lang.causes, v, j) {
			return true
		}
	}
	return false
}

// inherit returns what a part or an appositive count counts when its own
// noun says nothing more than people: what the sentence's last count
// counted, else the paragraph's; the count's own noun becomes what it
// counted (Quantity.Counted).
func (b *builder) inherit(q *claims.Quantity, subject string, prev *claims.Claim) string {
	if subject != "" && !b.s.lang.population(subject) {
		return subject
	}
	from := b.s.before
	if prev != nil {
		from = prev.Subject
	}
	if from == "" || b.s.lang.population(from) {
		return subject
	}
	if subject != "" {
		q.Counted = subject
	}
	q.Concept = from
	return from
}

// narrativeOne reports whether a count is a lone "one" of something that
// is not a toll ("one ship", "satu kapal", "One soldier said"): a story's
// narration, not a figure anyone disputes. One death or one arrest is
// still counted.
func narrativeOne(q *claims.Quantity, subject string) bool {
	return q.Dimension == claims.DimCount && q.Value == 1 && q.Lo == q.Hi && !lang.TraitsOf(subject).Has(lang.Growing)
}

// quantitySubject returns what a quantity is about, or "" when nothing
// says: its concept, its dimension for a magnitude or temperature, and for
// a length, sum or share the topic its sentence names.
func quantitySubject(s *sentence, q *claims.Quantity) string {
	switch {
	case q.Concept != "":
		return q.Concept
	case q.Dimension == claims.DimMagnitude || q.Dimension == claims.DimTemperature:
		return string(q.Dimension)
	case q.Head != "" && (q.Dimension == claims.DimCount || q.Dimension == ""):
		return s.lang.nounKey(s, q) // a noun no concept lists: "1,200 barrels"
	case q.Dimension == claims.DimCount || q.Dimension == "":
		return "" // a bare number: nothing says what it counts
	}
	// A length, sum or share means something only with what it measures:
	// "tsunami ... 6 meter", "kerugian Rp 250 miliar", or the clause's
	// subject ("Total kerugian negara ... periode 2018—2023 itu mencapai Rp
	// 193,7 triliun").
	if q.Dimension == claims.DimLength && s.lang.bearingAfter(s.words, q.NumberSpan) {
		return distance // "37 kilometer barat daya Garut", "23 miles southwest of Garut"
	}
	if t := s.lang.topic(s.words, q); t != "" {
		return t
	}
	if t := clauseTopic(s, q); t != "" {
		return t
	}
	return anaphoricTopic(s, q)
}

// dates appends the sentence's date claims to out: the dates of events,
// precise enough to compare, and the suspect ones.
func (b *builder) dates(out []*claims.Claim) []*claims.Claim {
	s := b.s
	for _, m := range s.dates {
		d := m.Date
		if d.Match {
			out = append(out, b.minuteClaim(m))
			continue
		}
		if d.AsOf && namesDay(d) {
			out = append(out, b.asOfClaim(m))
			continue
		}
		if d.Suspect == "" && (d.AsOf || d.Granularity == claims.Week || d.Granularity >= claims.Year || d.Relative && d.AnchorInferred && !confirmedDay(m)) {
			// "as of Sunday" dates a count, not an event; "last year" or
			// "this week" is too coarse to date one; "yesterday" in an
			// article whose date was guessed is not exact enough. A month
			// stays: "in December" and "Dec 3" are compatible.
			continue
		}
		event, word := s.lang.date.EventWordScanned(s.dateScan, m)
		if event != "" && (spokenOn(s, m.Span) && !speechIsEvent(s, word) || countedOn(s, m.Span) && !verbAfterCount(s, word, m.Span)) {
			// "said on Tuesday" is the day of speaking, "rose to 31 on
			// Saturday" the day of a count: neither dates the event. But
			// "warned on Saturday" dates the warning.
			event = ""
		}
		if event == "" && d.Suspect == "" {
			continue
		}
		c := b.claim(claims.ClaimDate, m.Span)
		c.Date = d
		c.Subject = event
		if event != "" {
			c.Qualify().Event = event
		}
		if event != "" && plannedEvent(s, word, m.Span) {
			c.Marks |= claims.MarkPlanned // "is due to meet" is not "met"
		}
		out = append(out, c)
	}
	return out
}

// names appends the sentence's name claims to out: every full personal
// name, team and vessel (entity.Named), and a title claim for a name
// written with its title.
func (b *builder) names(out []*claims.Claim) []*claims.Claim {
	for _, m := range b.s.entities {
		en := m.Entity
		if en == nil || !entity.Named(en) {
			continue
		}
		c := b.claim(claims.ClaimName, en.NameSpan)
		c.Entity = en
		c.Subject = en.Key
		out = append(out, c)
		if en.Role != "" {
			t := b.claim(claims.ClaimTitle, m.Span)
			t.Entity = en
			t.Subject = en.Key
			t.Role = en.RoleKey()
			out = append(out, t)
		}
	}
	return out
}

// Story is the story a document reports, the folder it was read from:
// documents in one folder report one story (Claim.Story).
func Story(doc *claims.Document) string { return story(doc) }

func story(doc *claims.Document) string {
	if doc.Path == "" || doc.Path == "-" {
		return path.Dir(doc.ID)
	}
	return filepath.ToSlash(filepath.Dir(doc.Path))
}

// confirmedDay reports whether a date written without its year ("3
// Januari", "Rabu (3/1)") is sure though the article's own date was
// guessed or is its story's (Document.StoryDate): it names its day and
// month, which leaves one year near the story's dates. A bare weekday or
// "kemarin" is not.
func confirmedDay(m claims.Mention) bool {
	d := m.Date
	return d.Yearless && d.Suspect == "" && (d.Granularity == claims.Day || d.Granularity == claims.Minute)
}

// leavesOut reports whether a count says it leaves out some already
// counted: an others word in its noun phrase or right after its noun
// ("seven other suspects", "tujuh tersangka lainnya"), after a count in
// its sentence of the same thing or of nothing said. After a count of
// another thing it is the rest of a whole ("killing 103 and injuring 284
// others").
func leavesOut(s *sentence, m claims.Mention) bool {
	q := m.Quantity
	if q.NounSpan.IsZero() {
		return false
	}
	v := s.words
	from, to := wordAtOffset(v, q.NumberSpan.End), wordAtOffset(v, q.NounSpan.End)
	found := false
	for i := from; i <= to && i < len(v.Words); i++ {
		if s.lang.others.IsWord(v, i) {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	for _, o := range s.quants {
		if o.Span.Start >= m.Span.Start {
			break
		}
		if o.Quantity.Dimension == claims.DimCount && (o.Quantity.Concept == "" || o.Quantity.Concept == q.Concept) {
			return true
		}
	}
	return false
}
