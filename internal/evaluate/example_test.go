package evaluate_test

import (
	"fmt"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/internal/evaluate"
)

func ExampleScore() {
	// The articles, read as the loader reads files: spans index the whole
	// text, expected values are looked for in the body.
	texts, _, err := evaluate.ReadTexts(map[string]string{
		"01-a.txt": "---\nsource: Kabar Nusa\n---\n\nBanjir menewaskan 120 orang, kata BPBD.\n",
		"02-b.txt": "---\nsource: Asia Wire\n---\n\nThe floods left more than 200 dead, the Red Cross said.\n",
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	exp, err := evaluate.ParseExpected("expected.yaml", []byte(`cluster: flood
files: [01-a.txt, 02-b.txt]
disagreements:
  - kind: quantity
    what: deaths
    between: dispute
    values:
      - {value: "120 orang", file: 01-a.txt}
      - {value: "more than 200 dead", file: 02-b.txt}
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	at := func(doc, words string) *claims.Claim {
		i := strings.Index(texts[doc].Text, words)
		return &claims.Claim{Origin: &claims.Origin{Doc: doc}, Text: words, Span: claims.Span{Start: i, End: i + len(words)}}
	}
	findings := []compare.Finding{{
		Kind: claims.ClaimQuantity, Verdict: compare.Conflict, Between: compare.Dispute,
		Sides: []*claims.Claim{at("01-a.txt", "120 orang"), at("02-b.txt", "more than 200 dead")},
	}}
	r := evaluate.Score(exp, texts, findings)
	fmt.Printf("precision %.2f recall %.2f\n", r.Precision(), r.Recall())
	// Output: precision 1.00 recall 1.00
}
