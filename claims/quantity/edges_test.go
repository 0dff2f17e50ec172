package quantity

import (
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/text"
)

// TestEdgeNumbers: numbers at the edges are read right, or refused with
// a reason, never read as another value. Number picks the quantity by its
// number as written; Value and Lo/Hi are what it reads, or Refused a word
// of the reason when it is refused.
func TestEdgeNumbers(t *testing.T) {
	rs := recognizers()
	tests := []struct {
		Name, Lang, Input, Number string
		Value, Lo, Hi             float64
		Refused                   string
	}{
		{"Arabic-Indic digits", "en", "Officials said ٣٠٠ people died.", "٣٠٠", 300, 300, 300, ""},
		{"full-width digits", "en", "Officials said １２ people died.", "１２", 12, 12, 12, ""},
		{"Devanagari digits", "en", "Officials said १२ people died.", "१२", 12, 12, 12, ""},
		{"Arabic-Indic grouped", "id", "Sebanyak ٣.٠٠٠ orang mengungsi.", "٣.٠٠٠", 3000, 3000, 3000, ""},
		{"half a million as ½", "en", "Officials said ½ million people were evacuated.", "½ million", 5e5, 5e5, 5e5, ""},
		{"one and a half million", "en", "Officials said 1½ million people were evacuated.", "1½ million", 1.5e6, 1.5e6, 1.5e6, ""},
		{"three and a quarter juta", "id", "Sebanyak 3¼ juta orang mengungsi.", "3¼ juta", 3.25e6, 3.25e6, 3.25e6, ""},
		{"exponent", "en", "Officials said 2.5e6 people were evacuated.", "2.5e6", 2.5e6, 2.5e6, 2.5e6, ""},
		{"reversed range", "en", "Officials said between 5,000 and 3,000 people were evacuated.", "between 5,000 and 3,000", 3000, 3000, 5000, ""},
		{"reversed range id", "id", "Antara 500 dan 300 rumah rusak.", "Antara 500 dan 300", 300, 300, 500, ""},
		{"zero is a count", "en", "Officials said 0 people died.", "0", 0, 0, 0, ""},
		{"negative temperature", "en", "It was -5 degrees Celsius at dawn.", "-5", -5, -5, -5, ""},
		{"minus temperature", "en", "It was minus 5 degrees Celsius at dawn.", "minus 5", -5, -5, -5, ""},

		{"huge exponent", "en", "Officials said 1e308 people died.", "1e308", 0, 0, 0, "exponent"},
		{"exponent beyond news", "en", "Officials said 1e30 people died.", "1e30", 0, 0, 0, "exponent"},
		{"twenty digits", "en", "Officials said 12345678901234567891 people died.", "12345678901234567891", 0, 0, 0, "significant digits"},
		{"twenty grouped digits", "en", "Officials said 12,345,678,901,234,567,891 people died.", "12,345,678,901,234,567,891", 0, 0, 0, "significant digits"},
		{"negative count", "en", "Officials said -5 people died.", "5", 0, 0, 0, "negative"},
		{"minus count", "en", "Officials said minus 5 people died.", "5", 0, 0, 0, "negative"},
		{"minus count id", "id", "Pejabat menyebut minus 5 orang tewas.", "5", 0, 0, 0, "negative"},
		{"under one", "en", "Officials said 0.0000001 people died.", "0.0000001", 0, 0, 0, "whole ones"},
		{"beyond any figure", "en", "The debt is 5,000,000 trillion dollars.", "5,000,000 trillion", 0, 0, 0, "larger than"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			r := rs[tt.Lang]
			q, written := quantityAt(r, tt.Input, tt.Number)
			reason := refusedAt(r, tt.Input, tt.Number)
			switch {
			case tt.Refused != "" && q != nil:
				t.Errorf("%q: got %q read as %g [%g, %g]\nwant it refused (%s)", tt.Input, written, q.Value, q.Lo, q.Hi, tt.Refused)
			case tt.Refused != "" && !strings.Contains(reason, tt.Refused):
				t.Errorf("%q: got reason %q\nwant one saying %q", tt.Input, reason, tt.Refused)
			case tt.Refused == "" && q == nil:
				t.Errorf("%q: no quantity at %q (refused: %q)", tt.Input, tt.Number, reason)
			case tt.Refused == "" && (!near(q.Value, tt.Value) || !near(q.Lo, tt.Lo) || !near(q.Hi, tt.Hi)):
				t.Errorf("%q: got %g [%g, %g]\nwant %g [%g, %g]", tt.Input, q.Value, q.Lo, q.Hi, tt.Value, tt.Lo, tt.Hi)
			}
		})
	}
}

// refusedAt returns the reason the number written as number in s was
// refused, or "".
func refusedAt(r *Recognizer, s, number string) string {
	at := strings.Index(s, number)
	for _, x := range r.RefusedIn(text.NewSentence(s, claims.Span{End: len(s)})) {
		if x.Span.Start <= at && at < x.Span.End {
			return x.Reason
		}
	}
	return ""
}
