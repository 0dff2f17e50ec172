package date

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims"
)

// day parses a YYYY-MM-DD date for tests.
func day(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatalf("bad test date %q: %v", s, err)
	}
	return d
}

// firstDate returns the first date Find sees in text.
func firstDate(t *testing.T, r *Recognizer, text string, ref Reference) *claims.Date {
	t.Helper()
	ms := r.Find(text, claims.Span{Start: 0, End: len(text)}, ref)
	if len(ms) == 0 {
		t.Fatalf("no date in %q", text)
	}
	return ms[0].Date
}

func TestRelate(t *testing.T) {
	rs := recognizers()
	tests := []struct {
		Name      string
		Lang      string
		Published string // "" for unknown
		A, B      string
		Want      Relation
	}{
		{"same day, two spellings", "en", "2024-11-18", "on Saturday (Nov 16)", "on 16 November 2024", Same},
		{"same day across languages", "id", "2024-11-18", "pada Sabtu (16/11)", "16 Nopember 2024", Same},
		{"day against next day", "en", "2024-11-18", "on Saturday (Nov 16)", "on Nov 17", Disjoint},
		{"day inside its month", "id", "2024-11-18", "pada bulan Desember", "3 Desember 2024", Within},
		{"month against a day in it, reversed", "en", "2024-11-18", "on Dec 3", "in December", Within},
		{"day outside the month", "en", "2024-11-18", "on Jan 3, 2025", "in December", Disjoint},
		{"unresolved month", "id", "", "pada bulan Desember", "3 Desember 2024", Incomparable},
		{"late October against a day in it", "id", "2024-11-18", "akhir Oktober", "28 Oktober 2024", Within},
		{"late October against mid October", "id", "2024-11-18", "akhir Oktober", "15 Oktober 2024", Disjoint},
		{"week straddling a month", "en", "2024-11-06", "last week", "in November", Overlap},
		{"two times of day", "id", "2024-11-18", "pukul 09.12 WIB", "pukul 09.21 WIB", Disjoint},
		{"same instant in two zones", "en", "2024-11-18", "at 10:00 WIB", "at 03:00 GMT", Same},
		{"same clock, zone unknown", "en", "2024-11-18", "at 10:00 local time", "at 10:00 WIB", Same},
		{"time of day against a day", "id", "2024-11-18", "pukul 09.12 WIB", "Sabtu (16/11)", Incomparable},
		{"time on a day inside the day", "id", "2021-12-05", "Sabtu (4/12/2021) pukul 15.00 WIB", "4 Desember 2021", Within},
		{"relative day against explicit", "id", "2024-01-04", "Rabu kemarin malam (3/1)", "Rabu (4/1/2024)", Disjoint},
		{"impossible date", "en", "2024-11-18", "on 31/02/2024", "on 2 March 2024", Incomparable},
		{"an hour apart across zones", "id", "2024-11-18", "pukul 16.45 WITA", "pukul 07:45 UTC", Disjoint},
		{"one instant, WITA and UTC", "id", "2024-11-18", "pukul 16.45 WITA", "pukul 08:45 UTC", Same},
		{"local time whole hours from WIB", "en", "2024-11-18", "at 15:00 local time", "at 14:00 WIB", Overlap},
		{"local time at other minutes", "en", "2024-11-18", "at 15:20 local time", "at 14:00 WIB", Disjoint},
		{"days with local time and a zone", "en", "2024-11-18", "at 15:00 local time on Saturday", "at 14:00 WIB on Saturday", Overlap},
		{"two minutes of play", "id", "2024-11-18", "pada menit ke-84", "pada menit ke-83", Disjoint},
		{"a minute two ways", "en", "2024-11-18", "in the 84th minute", "scored (84')", Same},
		{"added time", "en", "2024-11-18", "in the 45+3 minute", "scored (45+3')", Same},
		{"a minute of play is no day", "en", "2024-11-18", "in the 84th minute", "on Nov 17", Incomparable},
	}
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			r := rs[tc.Lang]
			var ref Reference
			if tc.Published != "" {
				ref.Time = day(t, tc.Published)
			}
			a, b := firstDate(t, r, tc.A, ref), firstDate(t, r, tc.B, ref)
			if got := Relate(a, b); got != tc.Want {
				t.Errorf("Relate(%q, %q): got %q\nwant %q", Format(a), Format(b), got, tc.Want)
			}
			if got := Relate(b, a); got != tc.Want {
				t.Errorf("Relate(%q, %q) (swapped): got %q\nwant %q", Format(b), Format(a), got, tc.Want)
			}
		})
	}
}

// TestAcrossMidnight checks which dates a day apart may be one night read
// on either side of midnight, or in two zones.
func TestAcrossMidnight(t *testing.T) {
	rs := recognizers()
	tests := []struct {
		Name        string
		LangA, A    string
		LangB, B    string
		Zones, Want bool
	}{
		{"night and the small hours", "id", "Senin (2/12/2024) malam", "id", "Selasa (3/12/2024) pukul 02.15", false, true},
		{"night and a time after midnight", "en", "on Monday night", "en", "at 1:30 a.m. on Tuesday", false, true},
		{"the small hours WIB and the day before abroad", "id", "Jumat (26/4/2024) dini hari WIB", "en", "on Thursday", true, true},
		{"an evening abroad and the next day", "en", "at 22:00 local time on Thursday", "id", "Jumat (26/4/2024)", true, true},
		{"two plain days", "id", "Sabtu (9/3/2024)", "id", "Minggu (10/3/2024)", true, false},
		{"an afternoon and the next day", "id", "Sabtu (9/3/2024) sore", "en", "on Sunday", true, false},
		{"the small hours before the night", "id", "Senin (2/12/2024) dini hari", "id", "Selasa (3/12/2024) malam", false, false},
		{"night and the next morning, one zone", "en", "on Monday night", "en", "on Tuesday morning", false, false},
		{"two days apart", "id", "Senin (2/12/2024) malam", "id", "Rabu (4/12/2024) dini hari", true, false},
		{"the small hours of two days, abroad", "en", "early on Monday", "id", "Selasa (3/12/2024) dini hari", true, false},
		{"the small hours of two days, one written early", "en", "in the early hours of Monday", "id", "Selasa (3/12/2024) pukul 02.15", true, false},
		{"one day abroad and the small hours of the next", "en", "on Monday", "id", "Selasa (3/12/2024) dini hari", true, true},
	}
	ref := Reference{Time: day(t, "2024-12-05")}
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			aRef, bRef := ref, ref
			if tc.LangA == "en" && strings.Contains(tc.A, "Thursday") || tc.LangB == "en" && strings.Contains(tc.B, "Thursday") {
				aRef = Reference{Time: day(t, "2024-04-27")}
				bRef = aRef
			}
			a, b := firstDate(t, rs[tc.LangA], tc.A, aRef), firstDate(t, rs[tc.LangB], tc.B, bRef)
			if got := AcrossMidnight(a, b, tc.Zones); got != tc.Want {
				t.Errorf("AcrossMidnight(%q, %q): got %v\nwant %v", Format(a), Format(b), got, tc.Want)
			}
			if got := AcrossMidnight(b, a, tc.Zones); got != tc.Want {
				t.Errorf("AcrossMidnight(%q, %q) (swapped): got %v\nwant %v", Format(b), Format(a), got, tc.Want)
			}
		})
	}
}

func TestSuspect(t *testing.T) {
	rs := recognizers()
	tests := []struct {
		Name      string
		Lang      string
		Published string
		Input     string
		Want      string
	}{
		{"no such day", "id", "2024-03-01", "pada 31/02/2024", "31/02/2024: no such day (February 2024 has 29 days)"},
		{"weekday mismatch", "id", "2024-01-06", "pada Rabu (4/1/2024)", "4 Jan 2024 was a Thursday, not Wednesday"},
		{"year far after publication", "en", "2014-05-02", "on 12 March 2104", "year 2104 is 90 years after publication (2014)"},
		{"a year typo with its weekday", "id", "2025-02-04", "Senin (3/2/3025)", "year 3025 is 1000 years after publication (2025); Monday 3 Feb falls in 2025"},
		{"a target year is fine", "en", "2024-05-02", "emissions fall by 2050", ""},
		{"weekday matches", "en", "2024-11-18", "on Saturday (Nov 16)", ""},
	}
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			d := firstDate(t, rs[tc.Lang], tc.Input, Reference{Time: day(t, tc.Published)})
			if d.Suspect != tc.Want {
				t.Errorf("got %q\nwant %q", d.Suspect, tc.Want)
			}
		})
	}
}

func TestInferPublished(t *testing.T) {
	rs := recognizers()
	tests := []struct {
		Name  string
		Lang  string
		Input string
		Want  string // "" when none
	}{
		{"caption date", "en", "Leaders talk during a meeting in Kyiv on Nov 16, 2024. (Photo: AP)\n\nKYIV: The minister warned on Saturday (Nov 16) that ...", "2024-11-16"},
		{"latest of several", "id", "Gempa terjadi Jumat (28/9/2018). Hingga Minggu (30/9/2018) pukul 13.00 WIB, korban bertambah. Tim SAR masih bekerja di lokasi hingga malam.", "2018-09-30"},
		{"background late in the story", "en", "The agency said on Sep 29, 2018 that the toll rose. Rescuers dug through rubble. On Dec. 26, 2004, a tsunami struck.", "2018-09-29"},
		{"only background", "en", "The agency said on Sunday that the toll rose. Rescuers dug through the rubble all night. On Dec. 26, 2004, a tsunami struck.", ""},
		{"a later day without its year", "en", "PALU: The agency said on Sep 29, 2018 that the toll rose, and on Sunday (Sep 30) that it had doubled. Rescuers dug through the rubble of the hotel all through the night.", "2018-09-30"},
		{"suspect dates are skipped", "id", "Laporan per 31/02/2024 dan 12/01/2024 dirilis. Warga diminta tetap waspada.", "2024-01-12"},
		{"weekday fixes the year", "id", "TEHERAN - Ledakan terjadi pada hari Rabu (3/1) di dekat makam. Peringatan tahun 2020 juga diwarnai insiden serupa di kota itu.", "2024-01-03"},
		{"weekday with no year named", "id", "TEHERAN - Ledakan terjadi pada hari Rabu (3/1) di dekat makam. Warga berkumpul di kota itu untuk memperingati sang jenderal.", ""},
		{"no full date", "en", "The minister visited Kyiv on Saturday (Nov 16) and in December.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			got, ok := rs[tc.Lang].InferPublished(tc.Input, claims.Span{Start: 0, End: len(tc.Input)})
			gotS := ""
			if ok {
				gotS = got.Format("2006-01-02")
			}
			if gotS != tc.Want {
				t.Errorf("got %q\nwant %q", gotS, tc.Want)
			}
		})
	}
}

func TestAnchorInferred(t *testing.T) {
	r := New(packFor("en"))
	text := "The minister visited Kyiv on Saturday."
	ref := Reference{Time: day(t, "2024-11-18"), Inferred: true}
	d := firstDate(t, r, text, ref)
	if !d.Relative || !d.Resolved || !d.AnchorInferred {
		t.Errorf("got relative=%v resolved=%v anchorInferred=%v\nwant all true", d.Relative, d.Resolved, d.AnchorInferred)
	}
	d = firstDate(t, r, "The treaty was signed on 16 November 2024.", ref)
	if d.Relative || d.AnchorInferred {
		t.Errorf("explicit date: got relative=%v anchorInferred=%v\nwant both false", d.Relative, d.AnchorInferred)
	}
}

// TestSentenceSpan checks that Find reads only the sentence and reports
// spans into the whole text.
func TestSentenceSpan(t *testing.T) {
	r := New(packFor("id"))
	text := "Banjir 1 Mei 2024. Gunung Semeru erupsi pada Sabtu (4/12/2021) pukul 15.00 WIB. Lalu 2 Juni 2024."
	from := strings.Index(text, "Gunung")
	to := strings.Index(text, "Lalu")
	ms := r.Find(text, claims.Span{Start: from, End: to}, Reference{})
	if len(ms) != 1 {
		t.Fatalf("got %d dates\nwant 1", len(ms))
	}
	if got, want := ms[0].Span.Of(text), "Sabtu (4/12/2021) pukul 15.00 WIB"; got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if got := r.Event(text, claims.Span{Start: from, End: to}, ms[0]); got != "erupt" {
		t.Errorf("event: got %q\nwant %q", got, "erupt")
	}
}

// TestSeeds reads the seed articles: the English one has no front matter,
// so its publication date comes from its caption.
func TestSeeds(t *testing.T) {
	en := New(packFor("en"))
	idr := New(packFor("id"))
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join("..", "..", "seeds", name))
		if err != nil {
			t.Fatalf("read seed: %v", err)
		}
		return string(b)
	}
	enText := read("003_7cfb101a442e41e1.txt")
	pub, ok := en.InferPublished(enText, claims.Span{Start: 0, End: len(enText)})
	if !ok || pub.Format("2006-01-02") != "2024-11-16" {
		t.Fatalf("InferPublished: got %v %v\nwant 2024-11-16", pub, ok)
	}
	ref := Reference{Time: pub, Inferred: true}
	want := map[string]bool{"Saturday (Nov 16)": false, "Nov 16, 2024": false}
	for _, line := range lines(enText) {
		for _, m := range en.Find(enText, line, ref) {
			words := m.Span.Of(enText)
			if _, ok := want[words]; !ok {
				continue
			}
			want[words] = true
			if got := Format(m.Date); got != "2024-11-16" {
				t.Errorf("%q: got %q\nwant %q", words, got, "2024-11-16")
			}
		}
	}
	for words, seen := range want {
		if !seen {
			t.Errorf("%q not found in the English seed", words)
		}
	}

	idText := read("000_3bffe2a6f06d5d47.txt")
	if pub, ok := idr.InferPublished(idText, claims.Span{Start: 0, End: len(idText)}); ok {
		t.Errorf("Indonesian seed has no full date: got %v", pub)
	}
	for _, tc := range []struct {
		Name string
		Ref  Reference
		Want string
	}{
		{"no publication date", Reference{}, "unresolved month"},
		{"published 2024-10-23", Reference{Time: day(t, "2024-10-23")}, "2024-12"},
	} {
		t.Run(tc.Name, func(t *testing.T) {
			found := false
			for _, line := range lines(idText) {
				for _, m := range idr.Find(idText, line, tc.Ref) {
					if m.Span.Of(idText) != "bulan Desember" {
						continue
					}
					found = true
					if got := Format(m.Date); got != tc.Want {
						t.Errorf("got %q\nwant %q", got, tc.Want)
					}
				}
			}
			if !found {
				t.Errorf("\"bulan Desember\" not found in the Indonesian seed")
			}
		})
	}
}

// lines returns the spans of text's lines.
func lines(text string) []claims.Span {
	var out []claims.Span
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			out = append(out, claims.Span{Start: start, End: i})
			start = i + 1
		}
	}
	return out
}

func TestNoRefNeverExact(t *testing.T) {
	rs := recognizers()
	for _, tc := range []struct{ Lang, Input string }{
		{"en", "on Saturday"}, {"en", "last week"}, {"en", "in December"}, {"en", "Nov 16"},
		{"id", "kemarin"}, {"id", "4 bulan lalu"}, {"id", "pekan depan"}, {"id", "Sabtu (16/11)"}, {"id", "akhir Oktober"},
	} {
		t.Run(tc.Input, func(t *testing.T) {
			d := firstDate(t, rs[tc.Lang], tc.Input, Reference{})
			if d.Resolved || !d.Relative {
				t.Errorf("got resolved=%v relative=%v\nwant resolved=false relative=true", d.Resolved, d.Relative)
			}
			if !d.Start.IsZero() {
				t.Errorf("got start %v\nwant zero", d.Start)
			}
		})
	}
}
