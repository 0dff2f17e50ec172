package lexicon_test

import (
	"fmt"

	"github.com/claimcheck/claimcheck/claims/lang/en"
	"github.com/claimcheck/claimcheck/claims/lang/id"
	"github.com/claimcheck/claimcheck/claims/lang/lexicon"
)

// The counted nouns of "1,200 barrels" and "sekitar 1.200 barel", "three
// hospitals" and "tiga rumah sakit" meet on one key: each word is brought
// to its lemma by its pack, then the lexicon keys the longest phrase.
func Example() {
	lex := lexicon.New()
	enP, idP := en.Pack(), id.Pack()

	key, _ := lex.Key("en", enP.Inflection.Lemma("barrels"))
	fmt.Println("barrels:", key)
	key, _ = lex.Key("id", idP.Inflection.Lemma("barel"))
	fmt.Println("barel:", key)

	key, _, _ = lex.Match("en", []string{enP.Inflection.Lemma("hospitals")})
	fmt.Println("hospitals:", key)
	key, n, _ := lex.Match("id", []string{"rumah", "sakit", idP.Inflection.Lemma("umumnya")})
	fmt.Println("rumah sakit umumnya:", key, n)

	_, ok := lex.Key("id", "pendaki")
	fmt.Println("pendaki known:", ok)
	// Output:
	// barrels: barrel
	// barel: barrel
	// hospitals: hospital
	// rumah sakit umumnya: hospital 2
	// pendaki known: false
}
