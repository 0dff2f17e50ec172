package packed

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"time"
	"unsafe"

	"github.com/claimcheck/claimcheck/claims"
)

// ErrCorrupt is returned for a buffer that Append did not write with the
// table read through, or whose origins are not the ones it gave.
var ErrCorrupt = errors.New("packed: corrupt claims buffer")

// Read returns the claims written in buf, with the origins Append gave
// back. The claims' own strings (sentence, words, an unusual ID) share
// buf's bytes: a buffer must never be changed once written, only appended
// to. Read, Scan and ReadAt are safe to call from many goroutines while
// nothing is appended through t.
func (t *Table) Read(buf []byte, origins []*claims.Origin) ([]*claims.Claim, error) {
	r := reader{t: t, buf: buf, origins: origins}
	var out []*claims.Claim
	for r.err == nil && r.pos < len(r.buf) {
		if c := r.claim(); r.err == nil {
			out = append(out, c)
		}
	}
	return out, r.error()
}

// Scan calls yield with each claim written in buf, in order, until yield
// returns false. The claim and all it points to are reused for the next
// one: yield may keep its strings, never the claim or what it points to.
// A pass over many buffers scans them with one Scanner.
func (t *Table) Scan(buf []byte, origins []*claims.Origin, yield func(c *claims.Claim) bool) error {
	return t.Scanner().Scan(buf, origins, yield)
}

// ReadAt returns the i-th claim written in buf (from 0), read alone: the
// claims before it are scanned, not kept.
func (t *Table) ReadAt(buf []byte, origins []*claims.Origin, i int) (*claims.Claim, error) {
	return t.Scanner().ReadAt(buf, origins, i)
}

// A Scanner scans buffers of claims (Scan, ReadAt) into one place it
// keeps from one buffer to the next, with a block of bytes the usual IDs
// are cut from: a pass over every claim of a corpus allocates next to
// nothing. A Scanner is used by one goroutine at a time.
type Scanner struct {
	t    *Table
	slot slot
	ids  []byte
}

// Scanner returns a new Scanner of t's buffers.
func (t *Table) Scanner() *Scanner { return &Scanner{t: t} }

// Scan is Table.Scan, into the Scanner's place.
func (s *Scanner) Scan(buf []byte, origins []*claims.Origin, yield func(c *claims.Claim) bool) error {
	r := reader{t: s.t, buf: buf, origins: origins, reuse: &s.slot, ids: s.ids}
	defer func() { s.ids = r.ids }()
	for r.err == nil && r.pos < len(r.buf) {
		if c := r.claim(); r.err == nil && !yield(c) {
			break
		}
	}
	return r.error()
}

// ReadAt is Table.ReadAt, scanning the claims before the i-th into the
// Scanner's place.
func (s *Scanner) ReadAt(buf []byte, origins []*claims.Origin, i int) (*claims.Claim, error) {
	r := reader{t: s.t, buf: buf, origins: origins, reuse: &s.slot, ids: s.ids}
	defer func() { s.ids = r.ids }()
	for n := 0; r.err == nil && r.pos < len(r.buf); n++ {
		if n == i {
			r.reuse = nil
			if c := r.claim(); r.err == nil {
				return c, nil
			}
			break
		}
		r.claim()
	}
	if err := r.error(); err != nil {
		return nil, err
	}
	return nil, fmt.Errorf("%w: no claim %d", ErrCorrupt, i)
}

// reader reads one buffer; its first error stops it.
type reader struct {
	t       *Table
	buf     []byte
	pos     int
	origins []*claims.Origin
	err     error
	// last is the sentence of the claim read last.
	last string
	// reuse, when set, is where every claim is read, over the last.
	reuse *slot
	// ids is the block a Scanner cuts usual IDs from (usualID).
	ids []byte
}

// slot holds a claim read by Scan, reused for the next.
type slot struct {
	claim      claims.Claim
	quantity   claims.Quantity
	date, at   claims.Date
	entity     claims.Entity
	qualifiers claims.Qualifiers
	hedges     []string
}

func (r *reader) error() error {
	if r.err == nil {
		return nil
	}
	return fmt.Errorf("%w at byte %d: %v", ErrCorrupt, r.pos, r.err)
}

// fresh returns where to read a value: a new one, or when the reader
// reuses a slot, the slot's field zeroed.
func fresh[T any](reuse *slot, field func(*slot) *T) *T {
	if reuse == nil {
		return new(T)
	}
	p := field(reuse)
	var zero T
	*p = zero
	return p
}

func (r *reader) fail(why string) {
	if r.err == nil {
		r.err = errors.New(why)
	}
}

func (r *reader) uint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.buf[r.pos:])
	if n <= 0 {
		r.fail("bad number")
		return 0
	}
	r.pos += n
	return v
}

func (r *reader) int() int {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.buf[r.pos:])
	if n <= 0 {
		r.fail("bad number")
		return 0
	}
	r.pos += n
	return int(v)
}

func (r *reader) byte() byte {
	if r.err != nil || r.pos >= len(r.buf) {
		r.fail("short buffer")
		return 0
	}
	r.pos++
	return r.buf[r.pos-1]
}

func (r *reader) float() float64 {
	if r.err != nil || len(r.buf)-r.pos < 8 {
		r.fail("short buffer")
		return 0
	}
	r.pos += 8
	return math.Float64frombits(binary.LittleEndian.Uint64(r.buf[r.pos-8:]))
}

// str reads a shared string by its number.
func (r *reader) str() string {
	id := r.uint()
	if id >= uint64(len(r.t.strs)) {
		r.fail("no such string")
		return ""
	}
	return r.t.strs[id]
}

// own reads a string of the claim's own, sharing the buffer's bytes.
func (r *reader) own() string {
	n := r.uint()
	if r.err != nil || n > uint64(len(r.buf)-r.pos) {
		r.fail("short buffer")
		return ""
	}
	if n == 0 {
		return ""
	}
	s := unsafe.String(&r.buf[r.pos], int(n))
	r.pos += int(n)
	return s
}

func (r *reader) span() claims.Span {
	start := r.int()
	return claims.Span{Start: start, End: start + r.int()}
}

func (r *reader) time() time.Time {
	sec, nsec, loc := r.int(), r.uint(), r.uint()
	if nsec >= 1e9 {
		r.fail("bad time")
	}
	t := time.Unix(int64(sec), int64(nsec))
	switch {
	case loc == locUTC:
		return t.UTC()
	case loc == locLocal:
		return t.Local()
	case loc-locZones < uint64(len(r.t.locs)):
		return t.In(r.t.locs[loc-locZones])
	}
	r.fail("no such zone")
	return time.Time{}
}

// flagsOf unpacks n bools packed by flagBits.
func flagsOf(f uint64, on ...*bool) {
	for i, b := range on {
		*b = f&(1<<i) != 0
	}
}

func (r *reader) claim() *claims.Claim {
	head := r.uint()
	o := r.uint()
	if o >= uint64(len(r.origins)) {
		r.fail("no such origin")
		return nil
	}
	c := fresh(r.reuse, func(s *slot) *claims.Claim { return &s.claim })
	c.Origin, c.Kind, c.Marks = r.origins[o], claims.ClaimKind(r.byte()), claims.Marks(r.byte())
	if head&idUsual == 0 {
		c.ID = r.own()
	}
	c.Language = r.str()
	c.Span = r.span()
	textLen := 0
	if head&textInSentence != 0 {
		textLen = int(r.uint())
	} else {
		c.Text = r.own()
	}
	c.Subject, c.Role = r.str(), r.str()
	r.speaker(&c.Speaker, head)
	c.Sentence = r.last
	if head&sentenceAsLast == 0 {
		c.Sentence = r.own()
	}
	r.last = c.Sentence
	c.SentenceSpan = r.span()
	c.Line = r.int()
	if r.shortForms(c, head, textLen); r.err != nil {
		return nil
	}
	r.parts(c, head)
	return c
}

// shortForms sets the words of a claim its sentence holds, and its usual
// ID.
func (r *reader) shortForms(c *claims.Claim, head uint64, textLen int) {
	if head&textInSentence != 0 {
		at := c.Span.Start - c.SentenceSpan.Start
		if at < 0 || textLen < 0 || textLen > len(c.Sentence)-at {
			r.fail("words outside their sentence")
			return
		}
		c.Text = c.Sentence[at : at+textLen]
	}
	if head&idUsual != 0 {
		if c.Origin == nil {
			r.fail("usual ID without an origin")
			return
		}
		c.ID = r.usualID(c)
	}
}

// usualID is "document#offset". Read gives each claim a string of its
// own, so that a claim kept holds nothing more; a Scanner cuts them from
// one block of bytes for many claims, never written over (a string cut
// from it stays), so that a pass over every claim allocates little.
func (r *reader) usualID(c *claims.Claim) string {
	if r.reuse == nil {
		return c.Doc + "#" + strconv.Itoa(c.Span.Start)
	}
	need := len(c.Doc) + 21
	if cap(r.ids)-len(r.ids) < need {
		r.ids = make([]byte, 0, max(1024, 8*need))
	}
	start := len(r.ids)
	r.ids = strconv.AppendInt(append(append(r.ids, c.Doc...), '#'), int64(c.Span.Start), 10)
	return unsafe.String(&r.ids[start], len(r.ids)-start)
}

// parts reads the quantity, date, entity and qualifiers the claim has.
func (r *reader) parts(c *claims.Claim, head uint64) {
	if head&hasQuantity != 0 {
		c.Quantity = r.quantity(fresh(r.reuse, func(s *slot) *claims.Quantity { return &s.quantity }), head)
	}
	if head&hasDate != 0 {
		c.Date = r.date(fresh(r.reuse, func(s *slot) *claims.Date { return &s.date }))
	}
	if head&hasEntity != 0 {
		c.Entity = r.entity(fresh(r.reuse, func(s *slot) *claims.Entity { return &s.entity }))
	}
	if head&hasQualifiers != 0 {
		c.Qualifiers = r.qualifiers(fresh(r.reuse, func(s *slot) *claims.Qualifiers { return &s.qualifiers }))
	}
}

func (r *reader) speaker(s *claims.Speaker, head uint64) {
	s.Name, s.Key = r.str(), r.str()
	s.Span = r.span()
	s.Camp = r.str()
	s.Outlet = head&speakerOutlet != 0
}

func (r *reader) quantity(q *claims.Quantity, head uint64) *claims.Quantity {
	if head&quantityWhole != 0 {
		q.Value = float64(r.int())
	} else {
		q.Value = r.float()
	}
	q.Lo, q.Hi = q.Value, q.Value
	if head&quantityLoValue == 0 {
		q.Lo = r.float()
	}
	if head&quantityHiValue == 0 {
		q.Hi = r.float()
	}
	q.Flags = claims.QuantityFlags(r.uint())
	q.Dimension = claims.Dimension(r.str())
	q.Unit, q.Concept, q.Counted, q.Head, q.Hedge = r.str(), r.str(), r.str(), r.str(), r.str()
	q.NumberSpan, q.NounSpan = r.span(), r.span()
	return q
}

func (r *reader) date(d *claims.Date) *claims.Date {
	d.Start, d.End = r.time(), r.time()
	flagsOf(r.uint(), &d.Relative, &d.Resolved, &d.AnchorInferred, &d.Yearless, &d.HasWeekday, &d.Clock, &d.TimeOnly, &d.AsOf, &d.Match)
	d.Granularity = claims.Granularity(r.byte())
	d.Weekday = time.Weekday(r.int())
	d.Zone, d.Suspect, d.Part, d.DayPart = r.str(), r.str(), r.str(), r.str()
	d.Minute, d.Added = r.int(), r.int()
	return d
}

func (r *reader) entity(e *claims.Entity) *claims.Entity {
	e.Kind = claims.EntityKind(r.byte())
	flagsOf(r.uint(), &e.Former, &e.Partial, &e.Linked)
	for _, s := range [...]*string{&e.Name, &e.Key, &e.Title, &e.Role, &e.Of, &e.Rank, &e.Org, &e.Act, &e.ActBy} {
		*s = r.str()
	}
	e.NameSpan = r.span()
	return e
}

func (r *reader) qualifiers(q *claims.Qualifiers) *claims.Qualifiers {
	for _, s := range [...]*string{&q.Actor, &q.Location, &q.Event, &q.Rate, &q.When} {
		*s = r.str()
	}
	if r.uint() != 0 {
		q.At = r.date(fresh(r.reuse, func(s *slot) *claims.Date { return &s.at }))
	}
	if n := r.uint(); n > 0 && r.err == nil {
		if n-1 > uint64(len(r.buf)-r.pos) {
			r.fail("short buffer")
			return q
		}
		if s := r.reuse; s != nil {
			s.hedges = slices.Grow(s.hedges[:0], int(n-1))[:n-1]
			q.Hedges = s.hedges
		} else {
			q.Hedges = make([]string, n-1)
		}
		for i := range q.Hedges {
			q.Hedges[i] = r.str()
		}
	}
	q.RepeatOf = r.own()
	return q
}
