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
