package quantity_test

import (
	"fmt"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang/en"
	"github.com/claimcheck/claimcheck/claims/lang/id"
	"github.com/claimcheck/claimcheck/claims/quantity"
	"github.com/claimcheck/claimcheck/claims/text"
)

func ExampleRecognizer_Find() {
	r := quantity.New(id.Pack())
	text := "Badan mata-mata Seoul mengatakan bahwa sekitar 3.000 tentara Korea Utara saat ini berlatih, dengan ribuan tentara lagi akan dikirim."
	for _, m := range r.Find(text, claims.Span{Start: 0, End: len(text)}) {
		q := m.Quantity
		fmt.Printf("%q: %g [%g, %g] %s %v\n", m.Span.Of(text), q.Value, q.Lo, q.Hi, q.Concept, q.Flags.Names())
	}
	// Output:
	// "sekitar 3.000 tentara": 3000 [2700, 3300] troops [approximate]
	// "ribuan tentara lagi": 2000 [2000, 9999] troops [vague increment]
}

func ExampleRecognizer_Find_units() {
	r := quantity.New(en.Pack())
	text := "Although there are eight thousand kilometres between us, the 3,676-meter volcano killed 120 people."
	for _, m := range r.Find(text, claims.Span{Start: 0, End: len(text)}) {
		q := m.Quantity
		fmt.Printf("%q: %g %s %q %q\n", m.Span.Of(text), q.Value, q.Dimension, q.Unit, q.Concept)
	}
	// Output:
	// "eight thousand kilometres": 8e+06 length "m" ""
	// "3,676-meter": 3676 length "m" ""
	// "120 people": 120 count "" "deaths"
}

func ExampleRecognizer_ParseNumber() {
	r := quantity.New(id.Pack())
	for _, s := range []string{"dua belas ribu", "1,2 juta", "setengah juta", "96.214.691"} {
		v, _, _ := r.ParseNumber(s)
		fmt.Println(v)
	}
	// Output:
	// 12000
	// 1.2e+06
	// 500000
	// 9.6214691e+07
}

func ExampleRecognizer_FindIn() {
	r := quantity.New(en.Pack())
	doc := "Officials said about 83 per cent of the 1,301 pilgrims who died had no permit."
	// A sentence tokenized once serves every recognizer that reads it.
	sent := text.NewSentence(doc, claims.Span{Start: 0, End: len(doc)})
	for _, m := range r.FindIn(sent) {
		q := m.Quantity
		fmt.Printf("%q: %g [%g, %g] %s %q\n", m.Span.Of(doc), q.Value, q.Lo, q.Hi, q.Dimension, q.Concept)
	}
	// Output:
	// "about 83 per cent": 83 [82.5, 83.5] percent ""
	// "1,301 pilgrims who died": 1301 [1301, 1301] count "deaths"
}

func ExampleRecognizer_Find_heads() {
	for _, c := range []struct {
		r    *quantity.Recognizer
		text string
	}{
		{quantity.New(en.Pack()), "Four peacekeepers were killed and 46 shipping containers went overboard."},
		{quantity.New(id.Pack()), "Sedikitnya 64 kontainer jatuh; kasus PMK mencapai 8.400 ekor per 10 Maret."},
	} {
		for _, m := range c.r.Find(c.text, claims.Span{Start: 0, End: len(c.text)}) {
			q := m.Quantity
			fmt.Printf("%q: head %q, noun %q, concept %q, counted %q\n", m.Span.Of(c.text), q.Head, q.NounSpan.Of(c.text), q.Concept, q.Counted)
		}
	}
	// Output:
	// "Four peacekeepers were killed": head "peacekeepers", noun "peacekeepers", concept "deaths", counted "peacekeepers"
	// "46 shipping containers": head "containers", noun "shipping containers", concept "", counted ""
	// "Sedikitnya 64 kontainer": head "kontainer", noun "kontainer", concept "", counted ""
	// "mencapai 8.400 ekor": head "ekor", noun "ekor", concept "", counted ""
}
