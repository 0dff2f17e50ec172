package compare_test

import (
	"fmt"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/extract"
	"github.com/claimcheck/claimcheck/claims/lang/builtin"
	"github.com/claimcheck/claimcheck/compare"
)

func ExampleCompare() {
	// A lower toll published a day later is not an update: a conflict.
	docs := []*claims.Document{
		{ID: "flood/a.txt", Language: "en", Published: time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC),
			Text: "The Red Cross said 80 people were killed in the floods."},
		{ID: "flood/b.txt", Language: "id", Published: time.Date(2024, 3, 13, 0, 0, 0, 0, time.UTC),
			Text: "Polisi mengatakan 45 orang tewas dalam banjir."},
	}
	ex := extract.New(builtin.Packs())
	var cs []*claims.Claim
	for _, d := range docs {
		d.Path, d.Source, d.Body = d.ID, d.ID, claims.Span{End: len(d.Text)}
		cs = append(cs, ex.Document(d)...)
	}
	for _, f := range compare.Compare(cs, compare.Options{}) {
		fmt.Println(f.Verdict, f.Between, f.Topic)
		for _, s := range f.Sides {
			fmt.Printf("  %s: %q (%s)\n", s.Doc, s.Text, s.Speaker.Name)
		}
	}
	// Output:
	// conflict dispute Deaths
	//   flood/a.txt: "80 people were killed" (The Red Cross)
	//   flood/b.txt: "45 orang tewas" (Polisi)
}
