package date

import "testing"

// TestOrder checks the order of two moments: times of day, parts of the
// day, zones, and the pairs whose order is not known.
func TestOrder(t *testing.T) {
	rs := recognizers()
	ref := Reference{Time: day(t, "2024-03-13")}
	tests := []struct {
		Name, Lang, A, B string
		Want             int
		Known            bool
	}{
		{"noon before night", "id", "Selasa (12/3/2024) pukul 12.00 WIB", "Selasa (12/3/2024) pukul 20.00 WIB", -1, true},
		{"across zones", "id", "Selasa (12/3/2024) pukul 12.00 WITA", "Selasa (12/3/2024) pukul 11.30 WIB", -1, true},
		{"morning before night", "id", "Selasa (12/3/2024) pagi", "Selasa (12/3/2024) malam", -1, true},
		{"a day after another", "en", "on Wednesday", "on Monday", 1, true},
		{"the same time", "en", "at 9:00 a.m. on Tuesday", "at 9:00 a.m. on Tuesday", 0, true},
		{"a day and a time on it", "id", "Selasa (12/3/2024)", "Selasa (12/3/2024) pukul 20.00 WIB", 0, false},
		{"a time with no day", "id", "pukul 12.00 WIB", "Selasa (12/3/2024) pukul 20.00 WIB", 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			a, b := firstDate(t, rs[tc.Lang], tc.A, ref), firstDate(t, rs[tc.Lang], tc.B, ref)
			got, known := Order(a, b)
			if got != tc.Want || known != tc.Known {
				t.Errorf("Order(%q, %q): got %d, %v\nwant %d, %v", Format(a), Format(b), got, known, tc.Want, tc.Known)
			}
		})
	}
}
