package report_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
	"github.com/claimcheck/claimcheck/report"
	"github.com/mattn/go-runewidth"
)

func format(t *testing.T, name string, opts report.Options, res *pipeline.Result) string {
	t.Helper()
	f, err := report.NewWith(name, opts)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Format(&buf, res); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestTableFitsWidth: whatever the width, no line of the table is wider,
// and a wide enough one is a table with the evidence.
func TestTableFitsWidth(t *testing.T) {
	for _, width := range []int{20, 40, 59, 60, 72, 80, 100, 120, 209} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			for _, all := range []bool{false, true} {
				out := format(t, "table", report.Options{Width: width, All: all}, fixtureResult(t))
				for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
					if w := runewidth.StringWidth(l); w > width {
						t.Errorf("line of %d cells at width %d: %q", w, width, l)
					}
				}
				if width >= 80 && (!strings.Contains(out, "+---") || !strings.Contains(out, "| evidence")) {
					t.Errorf("width %d: no table with evidence:\n%s", width, out)
				}
				if width < 60 && strings.Contains(out, "+---") {
					t.Errorf("width %d: a table where a list fits:\n%s", width, out)
				}
				if !strings.Contains(strings.Join(strings.Fields(out), " "), "120 deaths") {
					t.Errorf("width %d: a side is missing:\n%s", width, out)
				}
			}
			claims := new(bytes.Buffer)
			f, _ := report.NewClaimsWith("table", report.Options{Width: width})
			if err := f.Format(claims, fixtureResult(t)); err != nil {
				t.Fatal(err)
			}
			for _, l := range strings.Split(strings.TrimSuffix(claims.String(), "\n"), "\n") {
				if w := runewidth.StringWidth(l); w > width {
					t.Errorf("claims: line of %d cells at width %d: %q", w, width, l)
				}
			}
		})
	}
}

// TestCollapsed: agreements and compatible findings are left out of the
// table and collapsed in Markdown and HTML, unless All; JSON keeps them.
func TestCollapsed(t *testing.T) {
	tests := []struct {
		Format  string
		All     bool
		Want    []string
		NotWant []string
	}{
		{"table", false, []string{"(1 agreement not shown: --all shows them)", "(1 compatible finding not shown"}, []string{"2025-01-08", "M 5.9"}},
		{"table", true, []string{"2025-01-08", "M 5.9"}, []string{"not shown"}},
		{"markdown", false, []string{"<details>\n<summary>1 agreement</summary>", "3. **Date of the flood in Lestari** — agree: 2025-01-08 (A, B) — A “Rabu (8/1)” in [Kabar Harian](<https://kabarharian.example/banjir-lestari>) line 6;"}, []string{"### 3."}},
		{"markdown", true, []string{"<details>\n<summary>1 agreement</summary>", "### 3. Date of the flood in Lestari — agree, info"}, nil},
		{"html", false, []string{`<details class="collapsed">`, `<li id="finding-3">3. <b>Date of the flood in Lestari</b>`}, []string{`<section class="finding agree"`}},
		{"html", true, []string{`<details class="collapsed">`, `<section class="finding agree" id="finding-3">`}, nil},
		{"json", false, []string{`"verdict":"agree"`, `"verdict":"compatible"`}, nil},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s all=%v", tt.Format, tt.All), func(t *testing.T) {
			out := format(t, tt.Format, report.Options{All: tt.All}, fixtureResult(t))
			for _, w := range tt.Want {
				if !strings.Contains(out, w) {
					t.Errorf("want %q in\n%s", w, out)
				}
			}
			for _, w := range tt.NotWant {
				if strings.Contains(out, w) {
					t.Errorf("do not want %q in\n%s", w, out)
				}
			}
		})
	}
}

// TestStories: findings are grouped by story, the story with the most
// severe disagreement first, with a table of contents and counts.
func TestStories(t *testing.T) {
	md := format(t, "markdown", report.Options{}, fixtureResult(t))
	flood, quake := strings.Index(md, "## Story `stories/flood`"), strings.Index(md, "## Story `stories/quake`")
	if flood < 0 || quake < 0 || flood > quake {
		t.Errorf("stories out of order or missing (flood at %d, quake at %d)", flood, quake)
	}
	for _, want := range []string{
		"## Contents\n\n- [stories/flood](#story-1) — 3 findings: 2 conflict, 1 agree\n  - [1. Deaths in Lestari](#finding-1) — conflict (misreport), high",
		"- [stories/quake](#story-2) — 1 finding: 1 compatible",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("want %q in\n%s", want, md)
		}
	}
}

// TestLinks: each side links to its article, by address when it has an
// http one, else by path, with its title and outlet.
func TestLinks(t *testing.T) {
	md := format(t, "markdown", report.Options{All: true}, fixtureResult(t))
	for _, want := range []string{
		"[Banjir Lestari: 120 orang tewas](<https://kabarharian.example/banjir-lestari>)",
		"[flood/evening-post.txt](<stories/flood/evening-post.txt>) (evening-post)",
		"[quake/wire.txt](<stories/quake/wire.txt>)", // its javascript: address is no link
	} {
		if !strings.Contains(md, want) {
			t.Errorf("want %q in\n%s", want, md)
		}
	}
	if strings.Contains(md, "javascript:") {
		t.Errorf("a javascript: address became a link")
	}
}

// TestNameDiffs: a name diff is written with <del> and <ins>, never nested
// emphasis, and a side whose name is side A's gets no diff line.
func TestNameDiffs(t *testing.T) {
	name := func(doc, text string) *claims.Claim {
		return &claims.Claim{ID: doc, Origin: &claims.Origin{Doc: doc}, Kind: claims.ClaimName, Text: text, Sentence: "Bupati " + text + " berkata.",
			Entity: &claims.Entity{Kind: claims.Person, Name: text}}
	}
	a, b, c := name("a.txt", "Garut Dedi"), name("b.txt", "Garut Dedy"), name("c.txt", "Garut Dedi")
	res := &pipeline.Result{Findings: []compare.Finding{{Kind: claims.ClaimName, Verdict: compare.Conflict, Between: compare.Spelling,
		Severity: compare.Low, Topic: "spelling of Garut Dedi", Key: "name|garut dedi", Sides: []*claims.Claim{a, b, c}}}}
	md := format(t, "markdown", report.Options{}, res)
	if want := "Spelling against A: Garut Ded<del>i</del><ins>y</ins>"; !strings.Contains(md, want) {
		t.Errorf("want %q in\n%s", want, md)
	}
	if n := strings.Count(md, "Spelling against A"); n != 1 {
		t.Errorf("%d diff lines, want 1 (side C is spelt as side A)\n%s", n, md)
	}
	html := format(t, "html", report.Options{}, res)
	if n := strings.Count(html, "against A:"); n != 1 {
		t.Errorf("html: %d diff lines, want 1", n)
	}
}

func TestTopic(t *testing.T) {
	q := func(key string) compare.Finding { return compare.Finding{Kind: claims.ClaimQuantity, Key: key} }
	loc := &claims.Claim{Qualifiers: &claims.Qualifiers{Location: "garut"}}
	tests := []struct {
		Name    string
		Finding compare.Finding
		Want    string
	}{
		{"count", q("quantity|deaths"), "Deaths"},
		{"whose and where", q("quantity|ships|role=coast-guard|actor=china|location=natuna"), "Coast guard ships of China in Natuna"},
		{"among", q("quantity|injured|location=bekasi|counted=passengers"), "Injured among passengers in Bekasi"},
		{"period and rate", q("quantity|vehicles|when=2023|per=day"), "Vehicles in 2023 per day"},
		{"part", q("quantity|deaths|role=part|actor=egypt"), "Deaths of Egypt (a part of a larger count)"},
		{"lexicon", q("quantity|en:memorandum|location=kazakh"), "Memorandum in Kazakh"},
		{"location from the sides", compare.Finding{Kind: claims.ClaimQuantity, Key: "quantity|missing", Sides: []*claims.Claim{loc, {}}}, "Missing in Garut"},
		{"date", compare.Finding{Kind: claims.ClaimDate, Key: "date|strike", Topic: "date of Strike", Sides: []*claims.Claim{loc}}, "Date of the strike in Garut"},
		{"planned date", compare.Finding{Kind: claims.ClaimDate, Key: "date|visit:planned", Topic: "date of Visit:planned"}, "Planned date of the visit"},
		{"event noun", compare.Finding{Kind: claims.ClaimDate, Key: "date|lose-contact", Topic: "date of Lose-contact"}, "Date of the loss of contact"},
		{"planned event noun", compare.Finding{Kind: claims.ClaimDate, Key: "date|leave:planned", Topic: "date of Leave:planned"}, "Planned date of the departure"},
		{"event without a noun", compare.Finding{Kind: claims.ClaimDate, Key: "date|kick-off", Topic: "date of Kick-off"}, "Date of the kick off"},
		{"as-of date", compare.Finding{Kind: claims.ClaimDate, Key: "date|as-of", Topic: "date of As-of"}, "Date of the figures (as of)"},
		{"minute of a match", compare.Finding{Kind: claims.ClaimDate, Key: "date|play", Topic: "date of Play"}, "Minute of play"},
		{"suspect date", compare.Finding{Kind: claims.ClaimDate, Key: "date|erupt", Topic: "likely typo in a date"}, "Likely typo in a date"},
		{"name with role", compare.Finding{Kind: claims.ClaimName, Key: "name|erlan", Topic: "spelling of Erlan Abdikarimov",
			Sides: []*claims.Claim{{Entity: &claims.Entity{Role: "foreign-minister", Of: "kazakhstan"}}}}, "Spelling of Erlan Abdikarimov (foreign minister of Kazakhstan)"},
		{"title", compare.Finding{Kind: claims.ClaimTitle, Key: "title|dedi prasetyo", Topic: "title of Dedi Prasetyo"}, "Title of Dedi Prasetyo"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if got := report.Topic(&tt.Finding); got != tt.Want {
				t.Errorf("got %q\nwant %q", got, tt.Want)
			}
		})
	}
}

func TestNeutralize(t *testing.T) {
	tests := []struct{ In, Want string }{
		{`=HYPERLINK("http://x","y")`, `'=HYPERLINK("http://x","y")`},
		{"+62 21 555", "'+62 21 555"},
		{"-5 degrees", "'-5 degrees"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tcmd", "'\tcmd"},
		{"\rcmd", "'\rcmd"},
		{"Kabar Harian", "Kabar Harian"},
		{"", ""},
		{"a=b", "a=b"},
	}
	for _, tt := range tests {
		if got := report.Neutralize(tt.In); got != tt.Want {
			t.Errorf("Neutralize(%q) = %q\nwant %q", tt.In, got, tt.Want)
		}
	}
}

func TestCSVBOMAndLineEnds(t *testing.T) {
	plain := format(t, "csv", report.Options{}, fixtureResult(t))
	bom := format(t, "csv", report.Options{BOM: true}, fixtureResult(t))
	if strings.HasPrefix(plain, "\ufeff") || bom != "\ufeff"+plain {
		t.Errorf("BOM: got %q… and %q…", plain[:10], bom[:10])
	}
	if strings.Count(plain, "\n") != strings.Count(plain, "\r\n") {
		t.Errorf("a line ends without CRLF")
	}
	if !strings.Contains(plain, `,"'=HYPERLINK(""http://evil.example"",""Island Wire"")",`) {
		t.Errorf("the formula-looking source is not neutralised:\n%s", plain)
	}
	all := format(t, "csv", report.Options{All: true}, fixtureResult(t))
	if got, want := strings.Count(all, "\r\n")-strings.Count(plain, "\r\n"), 1; got != want {
		t.Errorf("--all: %d more rows, want %d (the agreement's pair)", got, want)
	}
}

// capResult is n conflicts of three sides each, in one story.
func capResult(n int) *pipeline.Result {
	res := &pipeline.Result{}
	for i := range n {
		var sides []*claims.Claim
		for j, v := range []float64{10, 20, 30} {
			doc := fmt.Sprintf("s/%c.txt", 'a'+j)
			sides = append(sides, &claims.Claim{ID: fmt.Sprintf("%s@%d", doc, i), Origin: &claims.Origin{Doc: doc, Story: "s"}, Kind: claims.ClaimQuantity, Line: i + 1,
				Text: fmt.Sprint(v, " dead"), Subject: "deaths", Speaker: claims.Speaker{Name: "police"},
				Quantity: &claims.Quantity{Lo: v, Hi: v, Value: v, Dimension: claims.DimCount, Concept: "deaths"}})
		}
		sev := compare.High
		if i%2 == 1 {
			sev = compare.Medium
		}
		res.Findings = append(res.Findings, compare.Finding{ID: fmt.Sprintf("f%02d", i), Kind: claims.ClaimQuantity, Verdict: compare.Conflict,
			Between: compare.Dispute, Severity: sev, Key: fmt.Sprintf("quantity|deaths|location=place-%02d", i), Sides: sides})
	}
	res.Findings = append(res.Findings, compare.Finding{ID: "agree", Kind: claims.ClaimQuantity, Verdict: compare.Agree, Severity: compare.Info,
		Key: "quantity|crew", Sides: res.Findings[0].Sides[:1]})
	return res
}

// TestGitHubCap: at most MaxAnnotations errors and as many warnings, then
// one notice counting the rest; nothing for the agreement, nothing below
// --fail-on.
func TestGitHubCap(t *testing.T) {
	tests := []struct {
		Name             string
		Opts             report.Options
		Errors, Warnings int
		Notice           string
	}{
		{"default cap", report.Options{}, 10, 10, "::notice title=claimcheck::10 annotations (of 4 findings) more not shown: at most 10 errors and 10 warnings"},
		{"cap of 3", report.Options{MaxAnnotations: 3}, 3, 3, "::notice title=claimcheck::24 annotations (of 8 findings) more not shown: at most 3 errors and 3 warnings"},
		{"cap of 1", report.Options{MaxAnnotations: 1}, 1, 1, "::notice title=claimcheck::28 annotations (of 10 findings) more not shown: at most 1 error and 1 warning"},
		{"no cap", report.Options{MaxAnnotations: -1}, 15, 15, ""},
		{"fail-on none", report.Options{FailOn: "none"}, 0, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			out := format(t, "github", tt.Opts, capResult(10))
			if got := strings.Count(out, "::error "); got != tt.Errors {
				t.Errorf("errors: got %d\nwant %d", got, tt.Errors)
			}
			if got := strings.Count(out, "::warning "); got != tt.Warnings {
				t.Errorf("warnings: got %d\nwant %d", got, tt.Warnings)
			}
			if strings.Contains(out, "crew") {
				t.Errorf("the agreement is annotated")
			}
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			last := lines[len(lines)-1]
			if tt.Notice == "" && strings.HasPrefix(last, "::notice") || tt.Notice != "" && !strings.HasPrefix(last, tt.Notice) {
				t.Errorf("last line: got %q\nwant %q", last, tt.Notice)
			}
		})
	}
}

// TestGitHubSummary pins the job summary of a capped run.
func TestGitHubSummary(t *testing.T) {
	res := capResult(3)
	var buf bytes.Buffer
	if err := report.GitHubSummary(&buf, res, report.Options{}); err != nil {
		t.Fatal(err)
	}
	golden(t, "github-summary.md", buf.Bytes())
	golden(t, "github-capped.txt", []byte(format(t, "github", report.Options{MaxAnnotations: 4}, capResult(3))))
}
