package report_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
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
	if n := strings.Count(out, "\n  key "); n != len(res.AllClaims()) {
		t.Errorf("got %d claims explained, want %d", n, len(res.AllClaims()))
	}
}

// ExampleExplain lists one claim of the fixture with how it was compared.
func ExampleExplain() {
	res, err := reporttest.Result()
	if err != nil {
		fmt.Println(err)
		return
	}
	res.Unpack()
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

// TestRepeatShown: a claim of a repeated paragraph is shown as a repeat
// of the first in every listing of claims: --explain names the first
// and says it is compared with nothing, the table and CSV flag it, JSON
// gives repeat_of; the first claim is listed as any other.
func TestRepeatShown(t *testing.T) {
	q := func(id string, off, line int) *claims.Claim {
		return &claims.Claim{ID: id, Origin: &claims.Origin{Doc: "a.txt", Story: "."}, Kind: claims.ClaimQuantity, Text: "120 people", Subject: "deaths", Line: line,
			Span: claims.Span{Start: off, End: off + 10}, Sentence: "The agency said 120 people died.",
			Quantity: &claims.Quantity{Lo: 120, Hi: 120, Value: 120, Dimension: claims.DimCount, Concept: "deaths"}}
	}
	first, again := q("a.txt#16", 16, 1), q("a.txt#80", 80, 5)
	again.Qualify().RepeatOf = first.ID
	res := &pipeline.Result{Documents: []*claims.Document{{ID: "a.txt", Path: "a.txt"}}, Claims: []*claims.Claim{first, again}}
	tests := []struct {
		Name      string
		Write     func(*bytes.Buffer) error
		Want, Not []string
	}{
		{"explain", func(b *bytes.Buffer) error { return report.Explain(b, res) },
			[]string{"a.txt:5  \"120 people\"", "  repeat    of a.txt:1 \"120 people\": its paragraph repeats that one word for word"},
			[]string{"repeat    of a.txt#16"}},
		{"table", func(b *bytes.Buffer) error { return report.ClaimsTable(b, res) }, []string{"repeat of", "a.txt#16"}, nil},
		{"csv", func(b *bytes.Buffer) error { return report.ClaimsCSV(b, res) }, []string{"repeat of a.txt#16"}, nil},
		{"json", func(b *bytes.Buffer) error { return report.JSON(b, res) }, []string{`"repeat_of":"a.txt#16"`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.Write(&b); err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.Want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("want %q in\n%s", w, b.String())
				}
			}
			for _, w := range tt.Not {
				if strings.Contains(b.String(), w) {
					t.Errorf("do not want %q in\n%s", w, b.String())
				}
			}
			if n := strings.Count(b.String(), "repeat"); n != 1+strings.Count(tt.Name, "explain") {
				t.Errorf("got %d mentions of a repeat\nwant only the second claim's", n)
			}
		})
	}
}
