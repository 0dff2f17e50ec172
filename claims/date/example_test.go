package date_test

import (
	"fmt"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/date"
	"github.com/claimcheck/claimcheck/claims/lang/id"
)

func ExampleRecognizer_Find() {
	r := date.New(id.Pack())
	text := "Gunung Semeru erupsi pada Sabtu (4/12/2021) pukul 15.00 WIB. Status siaga berlaku sejak kemarin."
	ref := date.Reference{Time: time.Date(2021, 12, 6, 0, 0, 0, 0, time.UTC)}
	for _, sent := range []claims.Span{{Start: 0, End: 60}, {Start: 61, End: len(text)}} {
		for _, m := range r.Find(text, sent, ref) {
			fmt.Printf("%q = %s, event %q\n", m.Span.Of(text), date.Format(m.Date), r.Event(text, sent, m))
		}
	}
	// Output:
	// "Sabtu (4/12/2021) pukul 15.00 WIB" = 2021-12-04 15:00 WIB, event "erupt"
	// "kemarin" = 2021-12-05, event ""
}

func ExampleRelate() {
	r := date.New(id.Pack())
	ref := date.Reference{Time: time.Date(2024, 11, 18, 0, 0, 0, 0, time.UTC)}
	find := func(s string) *claims.Date { return r.Find(s, claims.Span{Start: 0, End: len(s)}, ref)[0].Date }
	month := find("pada bulan Desember")
	fmt.Println(date.Relate(month, find("pada 3 Desember 2024")))
	fmt.Println(date.Relate(find("Sabtu (16/11)"), find("Minggu (17/11)")))
	fmt.Println(date.Relate(month, r.Find("pada bulan Desember", claims.Span{Start: 0, End: 19}, date.Reference{})[0].Date))
	// Output:
	// within
	// disjoint
	// incomparable
}
