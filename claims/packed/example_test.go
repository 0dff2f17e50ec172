package packed_test

import (
	"fmt"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/packed"
)

// Two claims of one sentence, packed and read back: the sentence is
// written once, and the claims read share it.
func Example() {
	origin := &claims.Origin{Doc: "story/a.txt", Source: "A"}
	sentence := "Seoul's spy agency said about 3,000 troops had crossed."
	at := 96 // where the sentence starts in its article
	words := "about 3,000 troops"
	start := at + strings.Index(sentence, words)
	whole := claims.Span{Start: at, End: at + len(sentence)}
	cs := []*claims.Claim{
		{ID: fmt.Sprintf("story/a.txt#%d", start), Origin: origin, Kind: claims.ClaimQuantity, Subject: "troops",
			Span: claims.Span{Start: start, End: start + len(words)}, Text: words, Sentence: sentence, SentenceSpan: whole,
			Quantity: &claims.Quantity{Value: 3000, Lo: 3000, Hi: 3000, Dimension: claims.DimCount, Concept: "troops", Flags: claims.Approximate}},
		{ID: fmt.Sprintf("story/a.txt#%d", at), Origin: origin, Kind: claims.ClaimName, Subject: "seoul",
			Span: claims.Span{Start: at, End: at + 5}, Text: "Seoul", Sentence: sentence, SentenceSpan: whole},
	}
	tab := packed.NewTable()
	buf, origins := tab.Append(nil, nil, cs)
	read, err := tab.Read(buf, origins)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range read {
		fmt.Printf("%s %s %q\n", c.ID, c.Kind, c.Text)
	}
	fmt.Println(len(buf)-len(sentence) < 80, read[0].Sentence == read[1].Sentence)
	// Output:
	// story/a.txt#120 quantity "about 3,000 troops"
	// story/a.txt#96 name "Seoul"
	// true true
}
