package extract

import (
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// TestLineIndex: a line index of a document's body (a part of a large
// document) numbers every offset as counting the whole text would.
func TestLineIndex(t *testing.T) {
	text := "title\n\nfirst line\nsecond line\n\nthird\nlast"
	tests := []struct {
		Name      string
		Body      claims.Span
		FirstLine int
	}{
		{"whole text", claims.Span{End: len(text)}, 0},
		{"a middle part", claims.Span{Start: 7, End: 30}, 0},
		{"a part from a line's middle", claims.Span{Start: 12, End: 33}, 0},
		{"after front matter", claims.Span{Start: 7, End: len(text)}, 5},
		{"empty body", claims.Span{Start: 18, End: 18}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			li := newLineIndex(&claims.Document{Text: text, Body: tt.Body, FirstLine: tt.FirstLine})
			for off := 0; off <= len(text); off++ {
				want := max(tt.FirstLine, 1) + strings.Count(text[:off], "\n")
				if got := li.line(off); got != want {
					t.Errorf("offset %d: got line %d\nwant %d", off, got, want)
				}
			}
		})
	}
}
