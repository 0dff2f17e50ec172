package extract_test

import (
	"fmt"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/extract"
	"github.com/claimcheck/claimcheck/claims/lang/builtin"
)

func ExampleExtractor_Document() {
	text := "Badan SAR mengatakan sekitar 1.200 warga Korea Selatan dievakuasi ke Busan."
	doc := &claims.Document{ID: "a.txt", Source: "Kabar Contoh", Language: "id", Text: text, Body: claims.Span{End: len(text)}}
	for _, c := range extract.New(builtin.Packs()).Document(doc) {
		if c.Kind == claims.ClaimQuantity {
			fmt.Printf("%q %v-%v: %s of %s, by %s\n", c.Text, c.Quantity.Lo, c.Quantity.Hi, c.Subject, c.Actor(), c.Speaker.Name)
		}
	}
	// Output:
	// "sekitar 1.200 warga" 1150-1250: people of south-korea, by Badan SAR
}
