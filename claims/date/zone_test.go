package date

import (
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims"
)

// TestLearnZones checks that an article's times written in local time
// take the offset the article states for local time elsewhere, and that
// other zones are left alone.
func TestLearnZones(t *testing.T) {
	rs := recognizers()
	ref := Reference{Time: day(t, "2024-11-18")}
	tests := []struct {
		Name, Lang   string
		Stated, Then string
		WantUTC      string // the second time in UTC, "" when its zone stays unknown
	}{
		{"local time learned", "id", "Gempa terjadi pukul 16.45 waktu setempat (07.45 GMT).", "Api padam pukul 18.00 waktu setempat.", "09:00"},
		{"English local time", "en", "The blast came at 21:00 local time (1800 GMT).", "Power returned at 23:30 local time.", "20:30"},
		{"another zone phrase", "en", "The blast came at 21:00 local time (1800 GMT).", "Power returned at 23:30 WIB.", "16:30"},
		{"nothing stated", "id", "Gempa terjadi pukul 16.45 waktu setempat.", "Api padam pukul 18.00 waktu setempat.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			a := firstDate(t, rs[tc.Lang], tc.Stated, ref)
			b := firstDate(t, rs[tc.Lang], tc.Then, ref)
			LearnZones([]*claims.Date{a, b})
			got := ""
			if b.Start.Location() != time.UTC {
				got = b.Start.UTC().Format("15:04")
			}
			if got != tc.WantUTC {
				t.Errorf("%q after %q: got %q in UTC\nwant %q", Format(b), Format(a), got, tc.WantUTC)
			}
		})
	}
}
