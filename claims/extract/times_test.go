package extract

import (
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/date"
	"github.com/claimcheck/claimcheck/claims/lang/builtin"
)

// dateClaims writes the date claims of cs as "words → event value", for
// table tests.
func dateClaims(cs []*claims.Claim) []string {
	var out []string
	for _, c := range cs {
		if c.Kind == claims.ClaimDate {
			out = append(out, c.Text+" → "+c.EventKey()+" "+date.Format(c.Date))
		}
	}
	return out
}

// TestEventVerbs checks that the verb governing a date gives the event it
// dates, in both languages, and that the day of speaking dates no event
// unless the speech verb is the event itself ("warned on Saturday").
// Want is "words → event value" of the sentence's one date claim, "-"
// for none.
func TestEventVerbs(t *testing.T) {
	tests := []struct {
		Name, Lang, Text, Want string
	}{
		{"lost contact", "en", "The ferry lost contact at 09.25 WITA near the reef.", "09.25 WITA → lose-contact time 09:25 WITA"},
		{"hilang kontak", "id", "Kapal itu hilang kontak pukul 09.25 WITA di dekat karang.", "pukul 09.25 WITA → lose-contact time 09:25 WITA"},
		{"detained", "en", "The two men were detained on March 3 in the port city.", "March 3 → arrest 2024-03-03"},
		{"ditahan", "id", "Kedua pria itu ditahan pada Minggu (3/3/2024) di kota pelabuhan.", "Minggu (3/3/2024) → arrest 2024-03-03"},
		{"captured", "en", "Rebels captured the river town on Friday after a week of fighting.", "Friday → capture 2024-03-08"},
		{"direbut", "id", "Kota di tepi sungai itu direbut pemberontak pada Jumat (8/3/2024).", "Jumat (8/3/2024) → capture 2024-03-08"},
		{"a fire broke out: the fire is dated", "en", "The fire broke out at 21.05 WIB in the market.", "21.05 WIB → fire time 21:05 WIB"},
		{"was put out", "en", "The blaze was put out at 23.40 WIB, firefighters' logs show.", "23.40 WIB → extinguish time 23:40 WIB"},
		{"dipadamkan", "id", "Api berhasil dipadamkan pukul 23.40 WIB.", "pukul 23.40 WIB → extinguish time 23:40 WIB"},
		{"set sail", "en", "The ship set sail at 7 p.m. on Sunday.", "7 p.m. on Sunday → leave 2024-03-10 19:00"},
		{"bertolak", "id", "Kapal bertolak dari Bitung pukul 19.00 WITA, Minggu (10/3/2024).", "pukul 19.00 WITA, Minggu (10/3/2024) → leave 2024-03-10 19:00 WITA"},
		{"kicked off", "en", "The final kicked off at 19:30 local time.", "19:30 local time → kick-off time 19:30 local time"},
		{"sepak mula", "id", "Sepak mula laga itu pukul 19.30 WIB.", "pukul 19.30 WIB → kick-off time 19:30 WIB"},
		{"warned dates the warning", "en", "Japan's defence minister warned on Saturday (Mar 9) that the drills would continue.", "Saturday (Mar 9) → warn 2024-03-09"},
		{"memperingatkan dates the warning", "id", "Menteri itu memperingatkan pada Sabtu (9/3/2024) bahwa latihan akan berlanjut.", "Sabtu (9/3/2024) → warn 2024-03-09"},
		{"met", "en", "The two leaders met on Monday in the capital.", "Monday → meet 2024-03-11"},
		{"signed", "id", "Kedua negara menandatangani perjanjian itu pada Senin (11/3/2024).", "Senin (11/3/2024) → sign 2024-03-11"},
		{"said on Tuesday dates no event", "en", "The landslide buried six houses, the agency said on Tuesday.", "-"},
		{"kata BPBD, Selasa dates no event", "id", "Longsor menimbun enam rumah, kata BPBD, Selasa (12/3/2024).", "-"},
		{"a future verb after the warning is not the warning's", "en", "The minister warned on Monday that the dam would fail.", "Monday → warn 2024-03-11"},
		{"a hyphenated adjective is no event", "en", "Schools in the worst-hit villages were closed on Tuesday.", "-"},
		{"a planned meeting", "en", "The two leaders are due to meet on Friday.", "Friday → meet:planned 2024-03-08"},
	}
	e := New(builtin.Packs())
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			got := strings.Join(dateClaims(e.Document(doc(tc.Lang, tc.Text))), "; ")
			if got == "" {
				got = "-"
			}
			if got != tc.Want {
				t.Errorf("got %q\nwant %q", got, tc.Want)
			}
		})
	}
}

// atOf writes the moment a quantity claim holds at, for table tests.
func atOf(c *claims.Claim) string {
	if c == nil {
		return "no claim"
	}
	if c.At() == nil {
		return "-"
	}
	return date.Format(c.At())
}

// TestMoments checks the moment a figure holds at: the day and time of
// day its sentence gives, an as-of time written alone on the day the
// article last named, a part of the day, and the traps: a possessive
// date dates its noun, another time of day is not an as-of.
func TestMoments(t *testing.T) {
	tests := []struct {
		Name, Lang, Text, Claim, Want string
	}{
		{"a day and an as-of time", "id", "Hingga Senin (11/3/2024) pukul 20.00 WIB, korban meninggal tercatat 40 orang.", "40 orang", "2024-03-11 20:00 WIB"},
		{"an as-of time on the day named before", "id", "Banjir melanda kota itu pada Senin (11/3/2024). Hingga pukul 20.00 WIB, korban meninggal tercatat 40 orang.", "40 orang", "2024-03-11 20:00 WIB"},
		{"sampai pukul", "id", "Longsor terjadi Minggu (10/3/2024). Sampai pukul 17.30 WIB, 12 orang dinyatakan hilang.", "12 orang dinyatakan hilang", "2024-03-10 17:30 WIB"},
		{"as of a time, English", "en", "The storm hit on Sunday, March 10. As of 6 p.m., 14 people had died.", "14 people had died", "2024-03-10 18:00"},
		{"as of a day part", "en", "As of Monday noon, 14 people had died in the floods.", "14 people had died", "2024-03-11"},
		{"a time alone with no day named", "id", "Hingga pukul 20.00 WIB, korban meninggal tercatat 40 orang.", "40 orang", "-"},
		{"a departure time is no as-of", "id", "Kapal berangkat Senin (11/3/2024). Kapal itu berangkat pukul 08.00 WIB membawa 40 penumpang.", "40 penumpang", "-"},
		{"a possessive date dates its noun", "en", "The agency said on Sunday that the toll from Friday's quake has risen to 832.", "832", "2024-03-10"},
	}
	e := New(builtin.Packs())
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			cs := e.Document(doc(tc.Lang, tc.Text))
			if got := atOf(quantityClaim(cs, tc.Claim)); got != tc.Want {
				var all []string
				for _, c := range cs {
					all = append(all, c.Text+" @ "+atOf(c))
				}
				t.Errorf("%q: got %q\nwant %q\nclaims: %s", tc.Claim, got, tc.Want, strings.Join(all, "; "))
			}
		})
	}
}

// TestShareMoments checks that a cumulative figure an article gives twice
// takes the day it gives it once, and that other counts do not.
func TestShareMoments(t *testing.T) {
	text := "257 Orang Ditangkap Polisi\n\nHingga Rabu (13/3/2024) malam, 257 orang ditangkap polisi. Sebanyak 12 kapal disita Rabu (13/3/2024).\n\n12 Kapal Disita di Pelabuhan\n"
	cs := e(t).Document(doc("id", text))
	var got []string
	for _, c := range cs {
		if c.Kind == claims.ClaimQuantity {
			got = append(got, c.Text+" @ "+atOf(c))
		}
	}
	want := "257 Orang Ditangkap @ 2024-03-13; 257 orang ditangkap @ 2024-03-13; 12 kapal @ 2024-03-13; 12 Kapal @ -"
	if g := strings.Join(got, "; "); g != want {
		t.Errorf("got  %s\nwant %s", g, want)
	}
}

// e returns an extractor of the built-in packs.
func e(t *testing.T) *Extractor {
	t.Helper()
	return New(builtin.Packs())
}
