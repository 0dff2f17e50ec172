package report_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/pipeline"
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

// TestExplainRefused: the numbers read but refused as figures follow the
// claims, each with where it is, its words and why.
func TestExplainRefused(t *testing.T) {
	res, err := reporttest.Result()
	if err != nil {
		t.Fatal(err)
	}
	res.Refused = []pipeline.Refused{
		{Doc: "a.txt", Line: 6, Text: "1e308", Reason: "1e308 in exponent notation: no news figure"},
		{Doc: "a.txt", Line: 8, Text: "-5 people\x1b[2J died", Reason: "negative: a count is never below zero"},
	}
	var b bytes.Buffer
	if err := report.Explain(&b, res); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	want := "\na.txt:6  \"1e308\"  not a claim\n  refused   1e308 in exponent notation: no news figure\n" +
		"\na.txt:8  \"-5 people"
	if !strings.Contains(out, want) || !strings.HasSuffix(out, "not a claim\n  refused   negative: a count is never below zero\n") {
		t.Errorf("got the listing ending\n%s\nwant it to list both refused numbers after the claims", out[max(len(out)-300, 0):])
	}
	if strings.Contains(out, "\x1b") {
		t.Errorf("the listing holds a raw escape character")
	}
}
