package extract

import (
	"fmt"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang/builtin"
)

func TestRunKeepsLoadOrder(t *testing.T) {
	e := New(builtin.Packs())
	const n = 50
	load := func(yield func(*claims.Document)) {
		for i := range n {
			text := fmt.Sprintf("Officials said %d people were injured.", i+1)
			yield(&claims.Document{ID: fmt.Sprintf("d%02d.txt", i), Source: "x", Language: "en", Text: text, Body: claims.Span{End: len(text)}})
		}
	}
	var got []string
	e.Run(load, 4, func(d *claims.Document, cs []*claims.Claim) {
		got = append(got, d.ID)
	})
	if len(got) != n {
		t.Fatalf("got %d documents, want %d", len(got), n)
	}
	for i, id := range got {
		if want := fmt.Sprintf("d%02d.txt", i); id != want {
			t.Fatalf("position %d: got %q\nwant %q", i, id, want)
		}
	}
}
