package evaluate

import (
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
)

// The fabricated story the scorer is proven on: two outlets disputing a
// flood toll, an agreement on evacuees, an ambiguous pair, a name spelled
// two ways, and a value written twice in one article.
var (
	testTexts = map[string]string{
		"01-a.txt": "---\nsource: Outlet A\nurl: https://example.org/120-people\npublished: 2025-01-16\n---\n\n" +
			"Floods killed 120 people, the agency said. Some 5,000 evacuees fled.\n" +
			"Minister Yerlan Abdikarimov visited. Again: 120 people died. 18 missing.\n",
		"02-b.txt": "---\nsource: Outlet B\n---\n\n" +
			"More than 200 died, said the Red Cross. Ada 5.000 pengungsi. Menteri Erlan Abdikarimov datang. 20 hilang.\n",
	}
	testYAML = `cluster: test-story
event: a fabricated flood
languages: [en, id]
files: [01-a.txt, 02-b.txt]
disagreements:
  - kind: quantity
    what: deaths
    between: dispute
    values:
      - {value: "120 people", file: 01-a.txt, claimant: agency}
      - {value: "More than 200 died", file: 02-b.txt, claimant: Red Cross}
  - kind: name
    what: the minister
    between: spelling
    values:
      - {value: "Yerlan Abdikarimov", file: 01-a.txt}
      - {value: "Erlan Abdikarimov", file: 02-b.txt}
ambiguous:
  - what: missing
    values:
      - {value: "18 missing", file: 01-a.txt}
      - {value: "20 hilang", file: 02-b.txt}
agreements:
  - what: evacuees
    values:
      - {value: "Some 5,000 evacuees", file: 01-a.txt}
      - {value: "5.000 pengungsi", file: 02-b.txt}
`
)

// side returns a claim of doc covering the nth (0-based) occurrence of
// words in its body.
func side(t *testing.T, doc, words string, nth int) *claims.Claim {
	t.Helper()
	tx := readTestTexts(t)[doc]
	text, off := tx.Text, tx.Body
	for i := 0; ; i++ {
		j := strings.Index(text[off:], words)
		if j < 0 {
			t.Fatalf("%q: occurrence %d of %q not found", doc, nth, words)
		}
		off += j
		if i == nth {
			break
		}
		off++
	}
	return &claims.Claim{Origin: &claims.Origin{Doc: doc}, Text: words, Span: claims.Span{Start: off, End: off + len(words)}}
}

// readTestTexts loads testTexts through the loader.
func readTestTexts(t *testing.T) Texts {
	t.Helper()
	texts, _, err := ReadTexts(testTexts)
	if err != nil {
		t.Fatal(err)
	}
	return texts
}

// tally is the part of a Result a case checks.
type tally struct {
	Expected, Found, Flags, True, Unscored, WrongBetween, WrongAgreements int
}

func tallyOf(r Result) tally {
	return tally{r.Expected, r.Found, r.Flags, r.True, r.Unscored, r.WrongBetween, len(r.Agreements)}
}

func TestScore(t *testing.T) {
	exp, err := ParseExpected("test.yaml", []byte(testYAML))
	if err != nil {
		t.Fatal(err)
	}
	if err := Locate(exp, readTestTexts(t)); err != nil {
		t.Fatal(err)
	}
	q := func(v compare.Verdict, b compare.Between, sides ...*claims.Claim) compare.Finding {
		return compare.Finding{Kind: claims.ClaimQuantity, Verdict: v, Between: b, Sides: sides}
	}
	a120 := side(t, "01-a.txt", "120", 0)
	a120again := side(t, "01-a.txt", "120 people died", 0)
	b200 := side(t, "02-b.txt", "200", 0)
	yerlan := side(t, "01-a.txt", "Abdikarimov", 0)
	erlan := side(t, "02-b.txt", "Erlan Abdikarimov", 0)
	name := compare.Finding{Kind: claims.ClaimName, Verdict: compare.Conflict, Between: compare.Spelling, Sides: []*claims.Claim{yerlan, erlan}}

	tests := []struct {
		Name     string
		Input    []compare.Finding
		Want     tally
		WantP    float64
		WantR    float64
		WantMiss []string // What of the missed disagreements
	}{{
		Name:     "nothing found",
		Want:     tally{Expected: 2},
		WantP:    1,
		WantMiss: []string{"deaths", "the minister"},
	}, {
		Name:  "both found",
		Input: []compare.Finding{q(compare.Conflict, compare.Dispute, a120, b200), name},
		Want:  tally{Expected: 2, Found: 2, Flags: 2, True: 2},
		WantP: 1, WantR: 1,
	}, {
		Name:     "misreport where a dispute is expected still matches",
		Input:    []compare.Finding{q(compare.Conflict, compare.Misreport, b200, a120)},
		Want:     tally{Expected: 2, Found: 1, Flags: 1, True: 1, WrongBetween: 1},
		WantP:    1,
		WantR:    0.5,
		WantMiss: []string{"the minister"},
	}, {
		Name:     "the second occurrence of a value counts",
		Input:    []compare.Finding{q(compare.Conflict, compare.Dispute, a120again, b200)},
		Want:     tally{Expected: 2, Found: 1, Flags: 1, True: 1},
		WantP:    1,
		WantR:    0.5,
		WantMiss: []string{"the minister"},
	}, {
		Name:     "an update does not match a dispute",
		Input:    []compare.Finding{q(compare.Update, compare.Nobody, a120, b200)},
		Want:     tally{Expected: 2, Flags: 1},
		WantP:    0,
		WantMiss: []string{"deaths", "the minister"},
	}, {
		Name:     "agree and compatible are not flags",
		Input:    []compare.Finding{q(compare.Agree, compare.Nobody, a120, b200), q(compare.Compatible, compare.Nobody, a120, b200)},
		Want:     tally{Expected: 2},
		WantP:    1,
		WantMiss: []string{"deaths", "the minister"},
	}, {
		Name:     "a quantity finding does not match a name spelling",
		Input:    []compare.Finding{q(compare.Conflict, compare.Spelling, yerlan, erlan)},
		Want:     tally{Expected: 2, Flags: 1},
		WantMiss: []string{"deaths", "the minister"},
	}, {
		Name:     "a date finding does not match a quantity disagreement",
		Input:    []compare.Finding{{Kind: claims.ClaimDate, Verdict: compare.Conflict, Between: compare.Misreport, Sides: []*claims.Claim{a120, b200}}},
		Want:     tally{Expected: 2, Flags: 1},
		WantMiss: []string{"deaths", "the minister"},
	}, {
		Name:     "one side in place is not enough",
		Input:    []compare.Finding{q(compare.Conflict, compare.Dispute, a120, side(t, "02-b.txt", "5.000", 0))},
		Want:     tally{Expected: 2, Flags: 1},
		WantMiss: []string{"deaths", "the minister"},
	}, {
		Name:     "two sides on the same value are not enough",
		Input:    []compare.Finding{q(compare.Conflict, compare.Dispute, a120, side(t, "01-a.txt", "people", 0))},
		Want:     tally{Expected: 2, Flags: 1},
		WantMiss: []string{"deaths", "the minister"},
	}, {
		Name:     "the same offsets in another file do not count",
		Input:    []compare.Finding{q(compare.Conflict, compare.Dispute, a120, &claims.Claim{Origin: &claims.Origin{Doc: "01-a.txt"}, Span: b200.Span})},
		Want:     tally{Expected: 2, Flags: 1},
		WantMiss: []string{"deaths", "the minister"},
	}, {
		Name:     "an ambiguous pair is not scored",
		Input:    []compare.Finding{q(compare.Conflict, compare.Dispute, side(t, "01-a.txt", "18", 0), side(t, "02-b.txt", "20 hilang", 0))},
		Want:     tally{Expected: 2, Unscored: 1},
		WantP:    1,
		WantMiss: []string{"deaths", "the minister"},
	}, {
		Name:     "a one-sided flag on an expected value is not scored",
		Input:    []compare.Finding{q(compare.Conflict, compare.Misreport, b200)},
		Want:     tally{Expected: 2, Unscored: 1},
		WantP:    1,
		WantMiss: []string{"deaths", "the minister"},
	}, {
		Name:     "a one-sided flag elsewhere is false",
		Input:    []compare.Finding{q(compare.Conflict, compare.Misreport, side(t, "02-b.txt", "5.000", 0))},
		Want:     tally{Expected: 2, Flags: 1},
		WantMiss: []string{"deaths", "the minister"},
	}, {
		Name: "an agreement flagged as a conflict is false and counted",
		Input: []compare.Finding{
			q(compare.Conflict, compare.Dispute, side(t, "01-a.txt", "5,000", 0), side(t, "02-b.txt", "5.000", 0)),
			q(compare.Conflict, compare.Dispute, side(t, "01-a.txt", "evacuees", 0), side(t, "02-b.txt", "pengungsi", 0)),
		},
		Want:     tally{Expected: 2, Flags: 2, WrongAgreements: 1},
		WantMiss: []string{"deaths", "the minister"},
	}, {
		Name:  "three sides, two of them in place",
		Input: []compare.Finding{q(compare.Conflict, compare.Dispute, side(t, "02-b.txt", "5.000", 0), b200, a120), name},
		Want:  tally{Expected: 2, Found: 2, Flags: 2, True: 2},
		WantP: 1, WantR: 1,
	}}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			r := Score(exp, readTestTexts(t), tt.Input)
			if got := tallyOf(r); got != tt.Want {
				t.Errorf("got %+v\nwant %+v", got, tt.Want)
			}
			if r.Precision() != tt.WantP || r.Recall() != tt.WantR {
				t.Errorf("got precision %.2f recall %.2f\nwant %.2f %.2f", r.Precision(), r.Recall(), tt.WantP, tt.WantR)
			}
			var miss []string
			for _, m := range r.Missed {
				miss = append(miss, m.Item.What)
			}
			if strings.Join(miss, "|") != strings.Join(tt.WantMiss, "|") {
				t.Errorf("got missed %q\nwant %q", miss, tt.WantMiss)
			}
			if r.Flags-r.True != len(r.False) {
				t.Errorf("got %d false flags listed, want %d", len(r.False), r.Flags-r.True)
			}
			if r.Unlocated != 0 {
				t.Errorf("got %d unlocated values, want 0", r.Unlocated)
			}
		})
	}
}

func TestScoreNearMisses(t *testing.T) {
	exp, err := ParseExpected("test.yaml", []byte(testYAML))
	if err != nil {
		t.Fatal(err)
	}
	agree := compare.Finding{Kind: claims.ClaimQuantity, Verdict: compare.Agree, Sides: []*claims.Claim{side(t, "01-a.txt", "120", 0), side(t, "01-a.txt", "120", 1)}}
	r := Score(exp, readTestTexts(t), []compare.Finding{agree})
	if len(r.Missed) != 2 || len(r.Missed[0].Near) != 1 || len(r.Missed[1].Near) != 0 {
		t.Fatalf("got %+v\nwant the agree finding near the missed deaths only", r.Missed)
	}
	var b strings.Builder
	if err := WriteDetails(&b, r); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"MISSED test-story: quantity dispute: deaths", `want 02-b.txt "More than 200 died" (Red Cross)`, "near quantity agree", "no finding touches these values"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("got %q\nwant it to contain %q", b.String(), want)
		}
	}
}

func TestResultAdd(t *testing.T) {
	tests := []struct {
		Name         string
		Input        []Result
		WantP, WantR float64
	}{
		{"empty", nil, 1, 1},
		{"micro-averaged", []Result{{Expected: 1, Found: 1, Flags: 1, True: 1}, {Expected: 3, Found: 0, Flags: 3, True: 1}}, 0.5, 0.25},
		{"no flags and nothing expected", []Result{{}, {}}, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			var total Result
			for _, r := range tt.Input {
				total.Add(r)
			}
			if total.Precision() != tt.WantP || total.Recall() != tt.WantR {
				t.Errorf("got precision %.2f recall %.2f\nwant %.2f %.2f", total.Precision(), total.Recall(), tt.WantP, tt.WantR)
			}
		})
	}
}

func TestWriteTable(t *testing.T) {
	var b strings.Builder
	rows := []Row{{"a", Result{Expected: 2, Found: 1, Flags: 2, True: 1}}, {"b", Result{Expected: 2, Found: 2, Flags: 2, True: 2, Unscored: 1}}}
	if err := WriteTable(&b, rows); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	want := []string{"story", "a", "b", "all"}
	if len(lines) != len(want) {
		t.Fatalf("got %d lines:\n%s\nwant %d", len(lines), b.String(), len(want))
	}
	for i, w := range want {
		if got := strings.Fields(lines[i])[0]; got != w {
			t.Errorf("line %d: got %q\nwant %q", i, got, w)
		}
	}
	if f := strings.Fields(lines[3]); f[len(f)-2] != "0.75" || f[len(f)-1] != "0.75" {
		t.Errorf("got total %q\nwant precision 0.75 and recall 0.75", lines[3])
	}
}

// TestScoreCountsSupport checks that a support claim repeating a side's
// value stands for that side: the finding shows one claim per value, and
// the expected value may be written in another of the claims that give it.
func TestScoreCountsSupport(t *testing.T) {
	exp, err := ParseExpected("test.yaml", []byte(testYAML))
	if err != nil {
		t.Fatal(err)
	}
	if err := Locate(exp, readTestTexts(t)); err != nil {
		t.Fatal(err)
	}
	q := func(c *claims.Claim, v float64) *claims.Claim {
		c.Kind, c.Quantity = claims.ClaimQuantity, &claims.Quantity{Value: v, Lo: v, Hi: v}
		return c
	}
	shown := q(side(t, "01-a.txt", "the agency said", 0), 120) // overlaps no expected value
	repeated := q(side(t, "01-a.txt", "120 people", 0), 120)   // the expected one
	other := q(side(t, "02-b.txt", "200", 0), 200)
	f := compare.Finding{Kind: claims.ClaimQuantity, Verdict: compare.Conflict, Between: compare.Dispute,
		Sides: []*claims.Claim{shown, other}, Support: []*claims.Claim{repeated}}
	if r := Score(exp, readTestTexts(t), []compare.Finding{f}); r.Found != 1 || r.True != 1 {
		t.Errorf("with support: got found %d true %d, want 1 and 1", r.Found, r.True)
	}
	f.Support = nil
	if r := Score(exp, readTestTexts(t), []compare.Finding{f}); r.Found != 0 {
		t.Errorf("without support: got found %d, want 0", r.Found)
	}
}

// TestFits covers which findings a disagreement's kind and verdict call
// for: a name spelt two ways wants a spelling, a name told of two people a
// misreported conflict.
func TestFits(t *testing.T) {
	spelling := compare.Finding{Kind: claims.ClaimName, Verdict: compare.Conflict, Between: compare.Spelling}
	misreport := compare.Finding{Kind: claims.ClaimName, Verdict: compare.Conflict, Between: compare.Misreport}
	tests := []struct {
		Name    string
		Item    Item
		Finding compare.Finding
		Want    bool
	}{
		{"spelling wants a spelling", Item{Kind: "name", Between: "spelling"}, spelling, true},
		{"spelling is no misreport", Item{Kind: "name", Between: "spelling"}, misreport, false},
		{"a name without between wants a spelling", Item{Kind: "name"}, spelling, true},
		{"two people want a misreport", Item{Kind: "name", Between: "misreport"}, misreport, true},
		{"two people are no spelling", Item{Kind: "name", Between: "misreport"}, spelling, false},
		{"a quantity is no name", Item{Kind: "quantity", Between: "misreport"}, misreport, false},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if got := fits(tt.Item, tt.Finding); got != tt.Want {
				t.Errorf("got %v\nwant %v", got, tt.Want)
			}
		})
	}
}
