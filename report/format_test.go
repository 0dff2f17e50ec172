package report_test

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/pipeline"
	"github.com/claimcheck/claimcheck/report"
	"github.com/claimcheck/claimcheck/report/reporttest"
)

func fixtureResult(t *testing.T) *pipeline.Result {
	t.Helper()
	res, err := reporttest.Result()
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestHTMLEscapesArticleText(t *testing.T) {
	res := fixtureResult(t)
	var buf bytes.Buffer
	if err := report.HTML(&buf, res); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	if strings.Contains(page, "<script") {
		t.Errorf("the article's <script> reached the page as markup")
	}
	if !strings.Contains(page, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;") {
		t.Errorf("the article's <script> is not shown as text")
	}
	// Links to the articles are fine; nothing may be loaded.
	for _, net := range []string{"<link", "@import", "src=", "url(", "<script"} {
		if strings.Contains(page, net) {
			t.Errorf("the page holds %q: it must be self-contained", net)
		}
	}
	if strings.Contains(page, "javascript:") {
		t.Errorf("a javascript: address from front matter became a link")
	}
	if !strings.Contains(page, `href="https://dailywire.example/floods?id=1&amp;page=2"`) {
		t.Errorf("no escaped link to the article's address")
	}
}

func TestMarkdownEscapesArticleText(t *testing.T) {
	res := fixtureResult(t)
	var buf bytes.Buffer
	if err := report.Markdown(&buf, res); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "<script") {
		t.Errorf("the article's <script> reached the Markdown as markup")
	}
}

func TestGitHubEscaping(t *testing.T) {
	res := fixtureResult(t)
	res.Documents[0].Path = "stories/a,b:c%.txt"
	var buf bytes.Buffer
	if err := report.GitHub(&buf, res); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if got, want := len(lines), 3+2; got != want {
		t.Errorf("annotations: got %d\nwant %d (one per side of each conflict; none for the agreement and the compatible finding)", got, want)
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, "::error ") && !strings.HasPrefix(l, "::warning ") {
			t.Errorf("not an error or warning command: %q", l)
		}
	}
	if want := "file=stories/a%2Cb%3Ac%25.txt,line=1,"; !strings.Contains(buf.String(), want) {
		t.Errorf("property not escaped: want %q in\n%s", want, buf.String())
	}
	// The evidence line break of the late article must not end the command.
	if strings.Count(buf.String(), "\n") != len(lines) {
		t.Errorf("a message holds a raw line break")
	}
}

func TestValue(t *testing.T) {
	day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	count := func(v float64, f claims.QuantityFlags, lo, hi float64) *claims.Claim {
		return &claims.Claim{Kind: claims.ClaimQuantity, Quantity: &claims.Quantity{Value: v, Lo: lo, Hi: hi, Flags: f, Dimension: claims.DimCount, Concept: "troops"}}
	}
	tests := []struct {
		Name  string
		Input *claims.Claim
		Want  string
	}{
		{"exact", count(3000, 0, 3000, 3000), "3,000 troops"},
		{"approximate", count(3000, claims.Approximate, 2700, 3300), "~3,000 troops"},
		{"lower bound", count(200, claims.LowerBound, 200, math.Inf(1)), "≥ 200 troops"},
		{"upper bound", count(200, claims.UpperBound, 180, 200), "≤ 200 troops"},
		{"vague", count(1000, claims.Vague, 2000, 9999), "thousands (2,000–9,999) troops"},
		{"vague open", count(1000, claims.Vague, 2000, math.Inf(1)), "thousands (2,000–∞) troops"},
		{"increment", count(1000, claims.Vague|claims.Increment, 2000, 9999), "+thousands (2,000–9,999) troops"},
		{"range", count(11000, claims.Range, 10000, 12000), "10,000–12,000 troops"},
		{"decimals", count(1.7e6, 0, 1.7e6, 1.7e6), "1,700,000 troops"},
		{"too large for digits", count(1e30, 0, 1e30, 1e30), "1 × 10^30 troops"},
		{"too large, with decimals", count(3.621e16, 0, 3.621e16, 3.621e16), "3.621 × 10^16 troops"},
		{"largest in digits", count(9.99e14, 0, 9.99e14, 9.99e14), "999,000,000,000,000 troops"},
		{"too small for two decimals", &claims.Claim{Quantity: &claims.Quantity{Value: 1e-7, Lo: 1e-7, Hi: 1e-7, Dimension: claims.DimLength, Unit: "m"}}, "0.00001 cm"},
		{"length", &claims.Claim{Quantity: &claims.Quantity{Value: 8e6, Lo: 8e6, Hi: 8e6, Dimension: claims.DimLength, Unit: "m"}}, "8,000 km"},
		{"percent", &claims.Claim{Quantity: &claims.Quantity{Value: 12.5, Dimension: claims.DimPercent, Unit: "%"}}, "12.5%"},
		{"money", &claims.Claim{Quantity: &claims.Quantity{Value: 250e9, Dimension: claims.DimMoney, Unit: "IDR"}}, "IDR 250,000,000,000"},
		{"a race time", &claims.Claim{Quantity: &claims.Quantity{Value: 8077, Lo: 8077, Hi: 8077, Dimension: claims.DimDuration, Unit: "s"}}, "2:14:37"},
		{"minutes and seconds", &claims.Claim{Quantity: &claims.Quantity{Value: 845, Lo: 845, Hi: 845, Dimension: claims.DimDuration, Unit: "s"}}, "14:05"},
		{"whole hours", &claims.Claim{Quantity: &claims.Quantity{Value: 7200, Lo: 7200, Hi: 7200, Dimension: claims.DimDuration, Unit: "s"}}, "2 h"},
		{"whole years", &claims.Claim{Quantity: &claims.Quantity{Value: 6 * 365.25 * 86400, Lo: 6 * 365.25 * 86400, Hi: 6 * 365.25 * 86400, Dimension: claims.DimDuration, Unit: "s"}}, "6 years"},
		{"whole months", &claims.Claim{Quantity: &claims.Quantity{Value: 4 * 365.25 * 86400 / 12, Lo: 4 * 365.25 * 86400 / 12, Hi: 4 * 365.25 * 86400 / 12, Dimension: claims.DimDuration, Unit: "s"}}, "4 months"},
		{"whole days stay days", &claims.Claim{Quantity: &claims.Quantity{Value: 30 * 86400, Lo: 30 * 86400, Hi: 30 * 86400, Dimension: claims.DimDuration, Unit: "s"}}, "30 days"},
		{"an age", &claims.Claim{Quantity: &claims.Quantity{Value: 47, Lo: 47, Hi: 47, Dimension: claims.DimAge, Unit: "year"}}, "47 years"},
		{"magnitude", &claims.Claim{Quantity: &claims.Quantity{Value: 5.9, Lo: 5.9, Hi: 5.9, Dimension: claims.DimMagnitude}}, "M 5.9"},
		{"day", &claims.Claim{Date: &claims.Date{Start: day("2024-11-16"), Granularity: claims.Day, Resolved: true}}, "2024-11-16"},
		{"month", &claims.Claim{Date: &claims.Date{Start: day("2024-12-01"), Granularity: claims.Month, Resolved: true}}, "2024-12"},
		{"unresolved", &claims.Claim{Date: &claims.Date{Granularity: claims.Day, Relative: true}}, "unresolved"},
		{"name", &claims.Claim{Kind: claims.ClaimName, Entity: &claims.Entity{Name: "Andriy Sybiga", Title: "Foreign Minister"}}, "Andriy Sybiga"},
		{"title", &claims.Claim{Kind: claims.ClaimTitle, Entity: &claims.Entity{Name: "Andriy Sybiga", Title: "Foreign Minister"}}, "Foreign Minister"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if got := report.Value(tt.Input); got != tt.Want {
				t.Errorf("got %q\nwant %q", got, tt.Want)
			}
		})
	}
}

func TestHighlight(t *testing.T) {
	a := &claims.Claim{Text: "3.000 tentara", Sentence: "Seoul says 3.000 tentara went.", SentenceSpan: claims.Span{Start: 100, End: 130}, Span: claims.Span{Start: 111, End: 124}}
	segs := report.Highlight(a, "Seoul says 12 ribu tentara went.")
	var b strings.Builder
	for _, s := range segs {
		switch {
		case s.Claim && s.Differs:
			fmt.Fprintf(&b, "[*%s*]", s.Text)
		case s.Claim:
			fmt.Fprintf(&b, "[%s]", s.Text)
		case s.Differs:
			fmt.Fprintf(&b, "*%s*", s.Text)
		default:
			b.WriteString(s.Text)
		}
	}
	if got, want := b.String(), "Seoul says [*3.000*][ tentara] went."; got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func ExampleValue() {
	c := &claims.Claim{Kind: claims.ClaimQuantity, Text: "sekitar 3.000 tentara", Quantity: &claims.Quantity{
		Value: 3000, Lo: 2700, Hi: 3300, Flags: claims.Approximate, Dimension: claims.DimCount, Concept: "troops",
	}}
	fmt.Println(report.Value(c))
	// Output: ~3,000 troops
}

func TestMarkdownCodeSpans(t *testing.T) {
	res := fixtureResult(t)
	res.Documents[0].Path = "stories/a_b`c.txt"
	var buf bytes.Buffer
	if err := report.Markdown(&buf, res); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"`stories/flood/banjir-id.md` line 7", "`` stories/a_b`c.txt `` line 1"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("want %q in\n%s", want, buf.String())
		}
	}
}
