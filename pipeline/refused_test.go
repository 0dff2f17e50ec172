package pipeline

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/claimcheck/claimcheck/claims/corpus"
)

// refusedWant is a refused number a test expects: where, its words, and
// a word of the reason.
type refusedWant struct{ Where, Text, Reason string }

// TestRefused: with Options.Refused, the numbers read but refused as
// figures are listed by document and line with their words and why, in
// text order; without it, none are.
func TestRefused(t *testing.T) {
	text := "---\nsource: Wire\npublished: 2025-01-10\nlanguage: en\n---\n" +
		"Officials said 1e308 people died.\n" +
		"Officials said 12 people died.\n" +
		"Officials said -5 people were injured.\n" +
		"Officials said 0.0000001 people died.\n"
	fsys := corpus.IOFS{FS: fstest.MapFS{"s/a.txt": {Data: []byte(text)}}}
	tests := []struct {
		Name    string
		Refused bool
		Want    []refusedWant
	}{
		{"asked", true, []refusedWant{
			{"a.txt:6", "1e308", "exponent"},
			{"a.txt:8", "-5 people were injured", "negative"},
			{"a.txt:9", "0.0000001 people died", "whole ones"},
		}},
		{"not asked", false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			res := Run([]string{"s"}, Options{FS: fsys, Refused: tt.Refused})
			res.Sort()
			if len(res.Refused) != len(tt.Want) {
				t.Fatalf("got %d refused %+v\nwant %d", len(res.Refused), res.Refused, len(tt.Want))
			}
			for i, x := range res.Refused {
				w := tt.Want[i]
				if where := fmt.Sprintf("%s:%d", x.Doc, x.Line); where != w.Where || x.Text != w.Text || !strings.Contains(x.Reason, w.Reason) {
					t.Errorf("got  %s %q %q\nwant %s %q, a reason saying %q", where, x.Text, x.Reason, w.Where, w.Text, w.Reason)
				}
			}
			if len(res.AllClaims()) != 1 {
				t.Errorf("got %d claims\nwant only the 12 deaths", len(res.AllClaims()))
			}
		})
	}
}
