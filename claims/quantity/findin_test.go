package quantity

import (
	"reflect"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/text"
)

// TestFindInIsFind checks that Find and FindIn on the same sentence give
// the same quantities, for every sentence of the table.
func TestFindInIsFind(t *testing.T) {
	rs := recognizers()
	for _, c := range readCases(t) {
		r := rs[c.Lang]
		sp := claims.Span{Start: 0, End: len(c.Sentence)}
		a, b := r.Find(c.Sentence, sp), r.FindIn(text.NewSentence(c.Sentence, sp))
		if len(a) != len(b) {
			t.Fatalf("%s:%d: Find gives %d quantities, FindIn %d", casesPath, c.Line, len(a), len(b))
		}
		for i := range a {
			if a[i].Span != b[i].Span || !reflect.DeepEqual(*a[i].Quantity, *b[i].Quantity) {
				t.Errorf("%s:%d: quantity %d:\nFind   %+v\nFindIn %+v", casesPath, c.Line, i, *a[i].Quantity, *b[i].Quantity)
			}
		}
	}
}
