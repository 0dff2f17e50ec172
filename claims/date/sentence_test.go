package date

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/text"
)

// TestFindIn checks that the entry points taking a tokenized sentence
// find what the ones taking text do, on every case of the table.
func TestFindIn(t *testing.T) {
	rs := recognizers()
	for _, tc := range readCases(t, filepath.Join("..", "..", "testdata", "dates", "cases.txt")) {
		r := rs[tc.Lang]
		span := claims.Span{End: len(tc.Input)}
		s := text.NewSentence(tc.Input, span)
		ref := Reference{Time: tc.Published}
		got, want := r.FindIn(s, ref), r.Find(tc.Input, span, ref)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: FindIn %q\nFind %q", tc.Name, describe(tc.Input, got), describe(tc.Input, want))
			continue
		}
		for _, m := range got {
			if got, want := r.EventIn(s, m), r.Event(tc.Input, span, m); got != want {
				t.Errorf("%s: EventIn of %q: %q\nEvent: %q", tc.Name, m.Span.Of(tc.Input), got, want)
			}
		}
	}
}

// TestSpanOutside checks that a sentence span outside the text, or
// reversed, finds nothing and does not panic.
func TestSpanOutside(t *testing.T) {
	r := New(packFor("en"))
	doc := "on Saturday (Nov 16)"
	for _, sp := range []claims.Span{{Start: 30, End: 40}, {Start: 25, End: 5}, {Start: -3, End: -1}, {Start: 10, End: 2}} {
		if ms := r.Find(doc, sp, Reference{}); len(ms) != 0 {
			t.Errorf("Find in %v: got %q\nwant nothing", sp, describe(doc, ms))
		}
		if ev := r.Event(doc, sp, claims.Mention{Span: claims.Span{Start: 3, End: 11}}); ev != "" {
			t.Errorf("Event in %v: got %q\nwant \"\"", sp, ev)
		}
		if _, ok := r.InferPublished(doc, sp); ok {
			t.Errorf("InferPublished in %v: got a date\nwant none", sp)
		}
	}
}
