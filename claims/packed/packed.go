// Package packed keeps claims as bytes: the claims of a document written
// into one buffer that holds no pointer, and read back as claims equal to
// the ones written (reflect.DeepEqual), one document at a time.
//
// A run over a large corpus holds every claim from its extraction to its
// report, and a *claims.Claim with its quantity, entity and strings is
// 500 to 850 bytes the garbage collector scans at every cycle and keeps
// twice over between cycles. Packed, a claim takes some 60 bytes besides
// its sentence, which claims of one sentence share, and the collector
// never looks inside: a run unpacks a story's claims to compare them and
// a document's to report them, and lets them go.
//
// What recurs across claims — concepts, units, roles, speakers, people's
// names and keys, time zones — is written once in the Table and as its
// number in the buffer; what is a claim's own — its sentence, its ID when
// it is not the usual document#offset, its words when its sentence does
// not hold them — is written in the buffer.
//
//	tab := packed.NewTable()
//	buf, origins := tab.Append(nil, nil, docClaims)
//	for c := range tab.Claims(buf, origins) { ... }
//
// A Table is written from one goroutine at a time; once no more is
// appended, any number of goroutines may read claims through it at once.
package packed

import (
	"encoding/binary"
	"math"
	"strconv"
	"time"

	"github.com/claimcheck/claimcheck/claims"
)

// Table is the vocabulary of a run's packed claims: each string and time
// zone they share, numbered in the order first written.
type Table struct {
	index map[string]uint32
	strs  []string
	zones map[zone]uint32
	locs  []*time.Location
}

// zone is a time's location other than UTC and Local, by its name and
// offset east of UTC in seconds (the extractor's are fixed zones).
type zone struct {
	name   string
	offset int
}

// NewTable returns an empty table.
func NewTable() *Table {
	return &Table{index: map[string]uint32{}, zones: map[zone]uint32{}}
}

// The bits of a claim's head: which parts it has, and which of its
// strings are written in the short way.
const (
	hasQuantity uint64 = 1 << iota
	hasDate
	hasEntity
	hasQualifiers
	idUsual         // ID is Doc + "#" + Span.Start
	textInSentence  // Text is Sentence at Span.Start - SentenceSpan.Start
	sentenceAsLast  // Sentence is the previous claim's
	speakerOutlet   // Speaker.Outlet
	quantityLoValue // Quantity.Lo is Quantity.Value
	quantityHiValue // Quantity.Hi is Quantity.Value
	quantityWhole   // Quantity.Value is a whole number, written as one
)

// The locations of a time before the table's zones.
const (
	locUTC = iota
	locLocal
	locZones
)

// Append writes cs onto buf and returns it, with origins and each
// distinct Origin of cs added: a claim refers to its origin by its place
// in the list, which reading gives back. cs and their values are not
// changed.
func (t *Table) Append(buf []byte, origins []*claims.Origin, cs []*claims.Claim) ([]byte, []*claims.Origin) {
	w := writer{t: t, buf: buf}
	last := ""
	for i, c := range cs {
		var o int
		origins, o = originIndex(origins, c.Origin)
		w.claim(c, o, i > 0 && c.Sentence == last)
		last = c.Sentence
	}
	return w.buf, origins
}

// originIndex returns the place of o in list, adding it at the end when
// it is not there. A document's claims share one origin, or one a part.
func originIndex(list []*claims.Origin, o *claims.Origin) ([]*claims.Origin, int) {
	for i := len(list) - 1; i >= 0; i-- {
		if list[i] == o {
			return list, i
		}
	}
	return append(list, o), len(list)
}

// writer appends one buffer.
type writer struct {
	t   *Table
	buf []byte
}

func (w *writer) uint(v uint64) { w.buf = binary.AppendUvarint(w.buf, v) }
func (w *writer) int(v int)     { w.buf = binary.AppendVarint(w.buf, int64(v)) }
func (w *writer) float(v float64) {
	w.buf = binary.LittleEndian.AppendUint64(w.buf, math.Float64bits(v))
}

// str writes a shared string as its number in the table.
func (w *writer) str(s string) {
	id, ok := w.t.index[s]
	if !ok {
		id = uint32(len(w.t.strs))
		w.t.index[s] = id
		w.t.strs = append(w.t.strs, s)
	}
	w.uint(uint64(id))
}

// own writes a string of the claim's own: its length, then its bytes.
func (w *writer) own(s string) {
	w.uint(uint64(len(s)))
	w.buf = append(w.buf, s...)
}

func (w *writer) span(s claims.Span) {
	w.int(s.Start)
	w.int(s.End - s.Start)
}

func (w *writer) time(v time.Time) {
	w.int(int(v.Unix()))
	w.uint(uint64(v.Nanosecond()))
	switch loc := v.Location(); loc {
	case time.UTC:
		w.uint(locUTC)
	case time.Local:
		w.uint(locLocal)
	default:
		name, off := v.Zone()
		z := zone{name, off}
		id, ok := w.t.zones[z]
		if !ok {
			id = uint32(len(w.t.locs))
			w.t.zones[z] = id
			w.t.locs = append(w.t.locs, time.FixedZone(name, off))
		}
		w.uint(locZones + uint64(id))
	}
}

func (w *writer) claim(c *claims.Claim, origin int, sameSentence bool) {
	head := w.head(c, sameSentence)
	w.uint(head)
	w.uint(uint64(origin))
	w.buf = append(w.buf, byte(c.Kind), byte(c.Marks))
	if head&idUsual == 0 {
		w.own(c.ID)
	}
	w.str(c.Language)
	w.span(c.Span)
	if head&textInSentence != 0 {
		w.uint(uint64(len(c.Text)))
	} else {
		w.own(c.Text)
	}
	w.str(c.Subject)
	w.str(c.Role)
	w.speaker(&c.Speaker)
	if head&sentenceAsLast == 0 {
		w.own(c.Sentence)
	}
	w.span(c.SentenceSpan)
	w.int(c.Line)
	if c.Quantity != nil {
		w.quantity(c.Quantity, head)
	}
	if c.Date != nil {
		w.date(c.Date)
	}
	if c.Entity != nil {
		w.entity(c.Entity)
	}
	if c.Qualifiers != nil {
		w.qualifiers(c.Qualifiers)
	}
}

// flagBits packs bools into bits, the first the lowest; reading gives
// them back in the same order (flagsOf).
func flagBits(on ...bool) uint64 {
	var f uint64
	for i, b := range on {
		if b {
			f |= 1 << i
		}
	}
	return f
}

// head says which parts c has and which strings are written short.
func (w *writer) head(c *claims.Claim, sameSentence bool) uint64 {
	var h uint64
	set := func(bit uint64, on bool) {
		if on {
			h |= bit
		}
	}
	set(hasQuantity, c.Quantity != nil)
	set(hasDate, c.Date != nil)
	set(hasEntity, c.Entity != nil)
	set(hasQualifiers, c.Qualifiers != nil)
	set(idUsual, c.Origin != nil && usualID(c.ID, c.Doc, c.Span.Start))
	set(textInSentence, inSentence(c))
	set(sentenceAsLast, sameSentence)
	set(speakerOutlet, c.Speaker.Outlet)
	if q := c.Quantity; q != nil {
		set(quantityLoValue, math.Float64bits(q.Lo) == math.Float64bits(q.Value))
		set(quantityHiValue, math.Float64bits(q.Hi) == math.Float64bits(q.Value))
		set(quantityWhole, whole(q.Value))
	}
	return h
}

// usualID reports whether id is what the extractor names a claim of doc
// at offset: "doc#offset".
func usualID(id, doc string, offset int) bool {
	if len(id) <= len(doc) || id[:len(doc)] != doc || id[len(doc)] != '#' {
		return false
	}
	var num [20]byte
	return id[len(doc)+1:] == string(strconv.AppendInt(num[:0], int64(offset), 10))
}

// inSentence reports whether the claim's words are its sentence's at the
// claim's offset within it.
func inSentence(c *claims.Claim) bool {
	at := c.Span.Start - c.SentenceSpan.Start
	return at >= 0 && at+len(c.Text) <= len(c.Sentence) && c.Sentence[at:at+len(c.Text)] == c.Text
}

func (w *writer) speaker(s *claims.Speaker) {
	w.str(s.Name)
	w.str(s.Key)
	w.span(s.Span)
	w.str(s.Camp)
}

// whole reports whether v is a whole number that a varint holds and
// gives back as the same float (not -0).
func whole(v float64) bool {
	return v == math.Trunc(v) && math.Abs(v) < 1<<53 && !(v == 0 && math.Signbit(v))
}

func (w *writer) quantity(q *claims.Quantity, head uint64) {
	if head&quantityWhole != 0 {
		w.int(int(q.Value))
	} else {
		w.float(q.Value)
	}
	if head&quantityLoValue == 0 {
		w.float(q.Lo)
	}
	if head&quantityHiValue == 0 {
		w.float(q.Hi)
	}
	w.uint(uint64(q.Flags))
	w.str(string(q.Dimension))
	w.str(q.Unit)
	w.str(q.Concept)
	w.str(q.Counted)
	w.str(q.Head)
	w.str(q.Hedge)
	w.span(q.NumberSpan)
	w.span(q.NounSpan)
}

func (w *writer) date(d *claims.Date) {
	w.time(d.Start)
	w.time(d.End)
	w.uint(flagBits(d.Relative, d.Resolved, d.AnchorInferred, d.Yearless, d.HasWeekday, d.Clock, d.TimeOnly, d.AsOf, d.Match))
	w.buf = append(w.buf, byte(d.Granularity))
	w.int(int(d.Weekday))
	w.str(d.Zone)
	w.str(d.Suspect)
	w.str(d.Part)
	w.str(d.DayPart)
	w.int(d.Minute)
	w.int(d.Added)
}

func (w *writer) entity(e *claims.Entity) {
	w.buf = append(w.buf, byte(e.Kind))
	w.uint(flagBits(e.Former, e.Partial, e.Linked))
	for _, s := range [...]string{e.Name, e.Key, e.Title, e.Role, e.Of, e.Rank, e.Org, e.Act, e.ActBy} {
		w.str(s)
	}
	w.span(e.NameSpan)
}

func (w *writer) qualifiers(q *claims.Qualifiers) {
	for _, s := range [...]string{q.Actor, q.Location, q.Event, q.Rate, q.When} {
		w.str(s)
	}
	if q.At == nil {
		w.uint(0)
	} else {
		w.uint(1)
		w.date(q.At)
	}
	if q.Hedges == nil {
		w.uint(0)
	} else {
		w.uint(uint64(len(q.Hedges)) + 1)
		for _, h := range q.Hedges {
			w.str(h)
		}
	}
	w.own(q.RepeatOf)
}
