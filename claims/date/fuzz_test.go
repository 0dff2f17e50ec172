package date

import (
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims"
)

// FuzzFind checks that Find never panics, keeps its spans inside the
// sentence and in order, and returns intervals that do not run backwards.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Gunung Semeru erupsi pada Sabtu (4/12/2021) pukul 15.00 WIB.",
		"KYIV: Japan's foreign minister warned on Saturday (Nov 16) that troops",
		"Rabu kemarin malam (3/1), 4 bulan lalu, akhir Oktober, awal 2025, 16 Nopember 2024",
		"at 3 p.m. local time on Tuesday, last week, earlier this month, in December",
		"31/02/2024, 2024-11-16, 16/11, (5/12/21), 12 March 2104, Dec. 26, 2004",
		"sebulan lalu pukul 24.00 WIT, jam 12 malam, 12 a.m., 05:22am, mid-November",
		"lost contact at 4:45 p.m. local time (0845 GMT) on Thursday, March 6; UTC+8, GMT+07:00, UTC-5",
		"menit ke-84, the 83rd minute, 83rd-minute, 45+3', (12', 77'), Rabu (4/1/2024) dini hari",
		"Hingga pukul 20.00 WIB, per 23 September, as of Sunday evening, by Monday morning",
	} {
		f.Add(s, uint16(0), uint16(len(s)), int64(1731715200))
	}
	rs := recognizers()
	f.Fuzz(func(t *testing.T, text string, a, b uint16, pub int64) {
		from, to := int(a), int(b)
		if from > len(text) {
			from = len(text)
		}
		if to > len(text) {
			to = len(text)
		}
		if from > to {
			from, to = to, from
		}
		sent := claims.Span{Start: from, End: to}
		ref := Reference{}
		if pub%3 != 0 {
			ref.Time = time.Unix(pub%(1<<34), 0).UTC()
		}
		for _, r := range rs {
			ms := r.Find(text, sent, ref)
			last := from
			for _, m := range ms {
				if m.Kind != claims.MentionDate || m.Date == nil {
					t.Fatalf("mention without a date: %+v", m)
				}
				if !sent.Contains(m.Span) || m.Span.Start >= m.Span.End {
					t.Fatalf("span %v outside sentence %v", m.Span, sent)
				}
				if m.Span.Start < last {
					t.Fatalf("span %v overlaps or precedes the one before (ends %d)", m.Span, last)
				}
				last = m.Span.End
				if m.Date.End.Before(m.Date.Start) {
					t.Fatalf("%q: interval runs backwards: %v..%v", m.Span.Of(text), m.Date.Start, m.Date.End)
				}
				_ = r.Event(text, sent, m)
				_ = Relate(m.Date, ms[0].Date)
				_ = Format(m.Date)
			}
			_, _ = r.InferPublished(text, sent)
		}
	})
}

// FuzzMoments checks the clock, zone and minute layer on what Find reads
// from arbitrary text: learning an article's zones, putting each time of
// day on each day, and ordering any two dates never panic, and a span
// never runs backwards.
func FuzzMoments(f *testing.F) {
	for _, s := range []string{
		"KM Sinar Bahari hilang kontak pukul 16.45 WITA, Kamis (6/3/2025). Api padam pukul 18.00 waktu setempat.",
		"The ferry lost contact at 4:45 p.m. local time (0845 GMT) on Thursday. It left at 1 p.m. local time.",
		"Hingga Senin (10/3/2025) pukul 12.00 WIB, 1.200 warga. Hingga pukul 20.00 WIB, 2.350 jiwa.",
		"Goals: Pratama (12', 77'), Hadi (45+2'); the 78th minute; menit ke-90+4; UTC+14, GMT-12:30, 2359 GMT",
		"Senin (3/3/2025) malam, Selasa dini hari pukul 02.15 WIT, 11:40 p.m. on Monday, 12 a.m.",
	} {
		f.Add(s, int64(1741219200))
	}
	rs := recognizers()
	f.Fuzz(func(t *testing.T, text string, pub int64) {
		ref := Reference{}
		if pub%3 != 0 {
			ref.Time = time.Unix(pub%(1<<34), 0).UTC()
		}
		for _, r := range rs {
			var ds []*claims.Date
			for _, m := range r.Find(text, claims.Span{Start: 0, End: len(text)}, ref) {
				ds = append(ds, m.Date)
			}
			LearnZones(ds)
			for _, a := range ds {
				for _, b := range ds {
					if a.Resolved && !a.TimeOnly && b.TimeOnly {
						d := OnDay(a, b)
						if d.End.Before(d.Start) {
							t.Fatalf("%q on %q runs backwards: %v..%v", Format(b), Format(a), d.Start, d.End)
						}
					}
					_, _ = Order(a, b)
					_ = Relate(a, b)
				}
				if from, to, ok := Span(a, true); ok && to.Before(from) {
					t.Fatalf("%q: span runs backwards: %v..%v", Format(a), from, to)
				}
			}
		}
	})
}
