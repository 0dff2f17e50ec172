package pipeline_test

import (
	"fmt"
	"strings"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
)

// Two articles on standard input and in a file would be read the same way;
// here one article comes on standard input and holds a dispute between two
// speakers.
func ExampleRun() {
	article := `---
source: Kabar Nusa
published: 2025-01-10
language: id
---

Menurut BPBD, 120 orang tewas akibat banjir. Palang Merah mengatakan 200 orang tewas.
`
	res := pipeline.Run([]string{"-"}, pipeline.Options{Stdin: strings.NewReader(article), Compare: &compare.Options{}})
	fmt.Println(len(res.Documents), "document,", len(res.AllClaims()), "claims")
	for _, f := range res.Findings {
		fmt.Println(f.Kind, f.Verdict, f.Between)
		for _, s := range f.Sides {
			fmt.Printf("  %q says %s\n", s.Speaker.Name, s.Text)
		}
	}
	// Output:
	// 1 document, 2 claims
	// quantity conflict dispute
	//   "BPBD" says 120 orang tewas
	//   "Palang Merah" says 200 orang tewas
}
