package date

import (
	"fmt"
	"time"

	"github.com/claimcheck/claimcheck/claims"

	"github.com/claimcheck/claimcheck/claims/lang"
)

// maxOffset and minOffset bound the offsets of the world's time zones, in
// seconds east of UTC.
const (
	maxOffset = 14 * 3600
	minOffset = -12 * 3600
)

// zoneAt reads the zone written at k, with the offset written against a
// UTC or GMT ("UTC+8", "GMT+07:00", "UTC-5"): the zone as read and the
// index after it.
func (s *scanner) zoneAt(k int) (lang.Zone, int, bool) {
	end, z, ok := s.r.zones.At(s.ts, k)
	if !ok {
		return z, k, false
	}
	if z.Known && z.Offset == 0 {
		if off, after, ok := s.offsetAt(end); ok {
			z = lang.Zone{Phrase: z.Phrase + offsetText(off), Offset: off, Known: true}
			end = after
		}
	}
	return z, end, true
}

// offsetAt reads an offset written against a zone at k: a sign and hours,
// with minutes after a colon or as two more digits ("+8", "+07:00",
// "-0530").
func (s *scanner) offsetAt(k int) (off, end int, ok bool) {
	if k+1 >= len(s.ts) || !s.glued(k) || !s.glued(k+1) {
		return 0, k, false
	}
	sign := 0
	switch s.ts[k].Text {
	case "+":
		sign = 1
	case "-", "−", "–":
		sign = -1
	default:
		return 0, k, false
	}
	h, m := 0, 0
	f := s.ts[k+1].Fold
	switch n, isNum := s.num(k+1, 1, 4); {
	case !isNum:
		return 0, k, false
	case len(f) <= 2:
		h, end = n, k+2
		if s.punct(end, ":") && s.glued(end) && s.glued(end+1) {
			if mm, ok := s.num(end+1, 2, 2); ok {
				m, end = mm, end+2
			}
		}
	case len(f) == 4:
		h, m, end = n/100, n%100, k+2
	default:
		return 0, k, false
	}
	off = sign * (h*3600 + m*60)
	if m >= 60 || off > maxOffset || off < minOffset || !s.rightFree(end) {
		return 0, k, false
	}
	return off, end, true
}

// offsetText writes an offset as it follows "UTC": "+8", "-5", "+5:30".
func offsetText(off int) string {
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	if off%3600 == 0 {
		return fmt.Sprintf("%s%d", sign, off/3600)
	}
	return fmt.Sprintf("%s%d:%02d", sign, off/3600, off%3600/60)
}

// compactClock parses a time written as four digits before a known zone
// ("0710 GMT", "1345 UTC"), as wire stories give the universal time of a
// local one; without a zone four digits are a year or a count.
func (s *scanner) compactClock(i int) (cand, bool) {
	n, ok := s.num(i, 4, 4)
	if !ok || !s.leftFree(i) || !s.rightFree(i+1) {
		return cand{}, false
	}
	h, m := n/100, n%100
	if h > 23 || m > 59 {
		return cand{}, false
	}
	z, end, ok := s.zoneAt(i + 1)
	if !ok || !z.Known {
		return cand{}, false
	}
	return cand{from: i, to: end, kind: ckClock, clock: true, hour: h, min: m,
		zone: z.Phrase, zoneOff: z.Offset, zoneKnown: true}, true
}

// mergeZonePair joins a local time and the same moment in a known zone
// written in parentheses after it ("4:10 p.m. (0710 GMT)", "16.45 waktu
// setempat (07.45 GMT)"): the local time takes the offset the pair states,
// and keeps its own clock and zone words ("local time" when it had none).
func (s *scanner) mergeZonePair(a, b *cand) (cand, bool) {
	if !a.clock || a.zoneKnown || !b.clock || !b.zoneKnown || b.kind != ckClock || b.from != a.to || !s.punct(b.from, "(") {
		return cand{}, false
	}
	m := *a
	m.to = b.to
	local := a.hour*3600 + a.min*60
	utc := b.hour*3600 + b.min*60 - b.zoneOff
	off := ((local-utc)%(24*3600) + 24*3600) % (24 * 3600)
	if off > maxOffset {
		off -= 24 * 3600
	}
	if off < minOffset || off%(15*60) != 0 {
		return cand{}, false
	}
	m.zoneOff, m.zoneKnown = off, true
	if m.zone == "" {
		m.zone = "UTC" + offsetText(off)
	}
	m.asOf = a.asOf || b.asOf
	return m, true
}

// LearnZones gives the times of day of one article that are written in a
// zone of unknown offset ("local time", "waktu setempat") the offset the
// article states for that zone elsewhere ("pukul 16.45 waktu setempat
// (07.45 GMT)"): the article's local time is one zone throughout.
func LearnZones(ds []*claims.Date) {
	learned := map[string]*time.Location{}
	for _, d := range ds {
		if d.Clock && d.Zone != "" && d.Start.Location() != time.UTC {
			if _, ok := learned[d.Zone]; !ok {
				learned[d.Zone] = d.Start.Location()
			}
		}
	}
	for _, d := range ds {
		if loc := learned[d.Zone]; loc != nil && unknownZone(d) {
			d.Start, d.End = inZone(d.Start, loc), inZone(d.End, loc)
		}
	}
}

// inZone returns t's clock reading in loc.
func inZone(t time.Time, loc *time.Location) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc)
}
