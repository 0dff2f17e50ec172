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
