package report_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/report"
	"github.com/claimcheck/claimcheck/report/reporttest"
)

// TestExplain checks that the listing says, for a side, a support and a
// claim in no finding, what brought it in or kept it out.
func TestExplain(t *testing.T) {
	res, err := reporttest.Result()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := report.Explain(&b, res); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"a side of ",     // a claim in a finding
		"support of ",    // one repeating a side
		"against ",       // the other sides
		"finding   none", // a claim in no finding
		"key       quantity|deaths",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("listing lacks %q:\n%s", want, out)
		}
	}
	if n := strings.Count(out, "\n  key "); n != len(res.Claims) {
		t.Errorf("got %d claims explained, want %d", n, len(res.Claims))
	}
}

// ExampleExplain lists one claim of the fixture with how it was compared.
func ExampleExplain() {
	res, err := reporttest.Result()
	if err != nil {
		fmt.Println(err)
		return
	}
	res.Claims = res.Claims[:1]
	if err := report.Explain(os.Stdout, res); err != nil {
		fmt.Println(err)
	}
	// Output:
	// flood/flood-en.md:6  "Wednesday, Jan 8"  2025-01-08
	//   said by   Daily Wire (the outlet itself)
	//   about     flood (the event its sentence names)
	//   frame     location=lestari
	//   key       date|flood
	//   finding   a side of e25fdaef3a3b: Date of the flood in Lestari, agree, info
	//             repeats flood/banjir-id.md:6 "Rabu (8/1)" 2025-01-08, Kabar Harian (the outlet itself)
}
