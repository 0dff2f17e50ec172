package entity_test

import (
	"testing"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/entity"
)

// FuzzFind checks that Find never panics and keeps every span inside the
// sentence, in both languages, and that Link accepts what Find returns.
func FuzzFind(f *testing.F) {
	f.Add("Japan's Foreign Minister Takeshi Iwaya met Andriy Sybiga in Kyiv.", 3, 40)
	f.Add("Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB Abdul Muhari, kata dia.", 0, 90)
	f.Add("Lt. Gen. Suharyanto, head of the (BNPB), said Prabowo-Gibran", 1, 60)
	f.Add("Menteri Kesehatan Iran, , Seyed Al-", 0, 35)
	f.Add("PALU, KOMPAS.com - Gempa di Palu dan Donggala, Kabupaten Tanah Laut, kata Kepala Dinas Kota Medan.", 0, 99)
	f.Add("Lion Air JT-610, LNI610, GA 152 dan B 1234 XYZ melanggar UU Nomor 22 Tahun 2009 tentang Lalu Lintas.", 0, 99)
	f.Add("Kapal KMP Cahaya Bahari II, klub Persekat kontra Arunika FC; Timnas U-23 Indonesia.", 0, 84)
	f.Add("Kepala BPBD Sukaraja Agus Wibisono, Kepala Puskesmas Cikaret, drg. Sinta Dewi, dan Kepala dapur umum, Sri Lestari.", 0, 113)
	f.Add("1. Made Bali Suryawan, Kim Seo-Yeon, Jakartans, Law No. 24/2007 on Disaster Management", 0, 86)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		if !utf8.ValidString(text) {
			return
		}
		sent := claims.Span{Start: start, End: end}
		for _, r := range []*entity.Recognizer{enRec, idRec} {
			ms := r.Find(text, sent)
			for _, m := range ms {
				if m.Entity == nil || m.Kind != claims.MentionEntity {
					t.Fatalf("mention without entity: %+v", m)
				}
				if !sent.Contains(m.Span) || m.Span.Len() <= 0 {
					t.Fatalf("span %v outside sentence %v of %q", m.Span, sent, text)
				}
				if !m.Entity.NameSpan.IsZero() && !m.Span.Contains(m.Entity.NameSpan) {
					t.Fatalf("name %v outside mention %v of %q", m.Entity.NameSpan, m.Span, text)
				}
			}
			entity.Link(ms)
			for _, m := range ms {
				if e := m.Entity; !e.NameSpan.IsZero() && (!m.Span.Contains(e.NameSpan) || e.NameSpan.Of(text) != e.Name) {
					t.Fatalf("linked name %q at %v outside mention %v of %q", e.Name, e.NameSpan, m.Span, text)
				}
			}
		}
	})
}
