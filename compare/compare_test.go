package compare

import (
	"math"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims"
)

// qc builds a quantity claim for tests.
func qc(doc, speaker string, published string, concept string, lo, value, hi float64, flags claims.QuantityFlags) *claims.Claim {
	var pub time.Time
	if published != "" {
		pub, _ = time.Parse(time.DateOnly, published)
	}
	return &claims.Claim{
		ID: doc + "#" + speaker, Origin: &claims.Origin{Doc: doc, Story: ".", Published: pub}, Kind: claims.ClaimQuantity, Text: concept,
		Quantity: &claims.Quantity{Lo: lo, Hi: hi, Value: value, Flags: flags, Dimension: claims.DimCount, Concept: concept},
		Subject:  concept,
		Speaker:  claims.Speaker{Name: speaker, Key: speaker, Outlet: speaker == ""},
	}
}

// dated gives a claim the day its sentence dates it to.
func dated(c *claims.Claim, day string) *claims.Claim {
	d, _ := time.Parse(time.DateOnly, day)
	c.Qualify().At = &claims.Date{Start: d, End: d.Add(24 * time.Hour)}
	return c
}

func TestCompareQuantities(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		Name        string
		Claims      []*claims.Claim
		WantVerdict []Verdict
		WantBetween Between
	}{
		{
			Name: "different speakers, disjoint values: dispute",
			Claims: []*claims.Claim{
				qc("a.txt", "spy agency", "2024-11-01", "troops", 2700, 3000, 3300, claims.Approximate),
				qc("a.txt", "ukraine", "2024-11-01", "troops", 12000, 12000, 12000, 0),
			},
			WantVerdict: []Verdict{Conflict},
			WantBetween: Dispute,
		},
		{
			Name: "same speaker in two outlets: misreport",
			Claims: []*claims.Claim{
				qc("a.txt", "minister", "2024-11-01", "injured", 56, 56, 56, 0),
				qc("b.txt", "minister", "2024-11-01", "injured", 98, 98, inf, claims.LowerBound),
			},
			WantVerdict: []Verdict{Conflict},
			WantBetween: Misreport,
		},
		{
			// The article dates the official tally only; the farmers'
			// count beside it is no later figure.
			Name: "one article, a dated tally and an undated one of another speaker: dispute",
			Claims: []*claims.Claim{
				dated(qc("a.txt", "livestock office", "2025-03-14", "cases", 9760, 9760, 9760, 0), "2025-03-13"),
				qc("a.txt", "farmers association", "2025-03-14", "cases", 15000, 15000, inf, claims.LowerBound),
			},
			WantVerdict: []Verdict{Conflict},
			WantBetween: Dispute,
		},
		{
			Name: "rising toll published later: update",
			Claims: []*claims.Claim{
				qc("a.txt", "", "2024-11-01", "deaths", 13, 13, 13, 0),
				qc("b.txt", "", "2024-11-03", "deaths", 43, 43, 43, 0),
			},
			WantVerdict: []Verdict{Update},
		},
		{
			Name: "lower toll published later: conflict",
			Claims: []*claims.Claim{
				qc("a.txt", "x", "2024-11-01", "deaths", 103, 103, 103, 0),
				qc("b.txt", "y", "2024-11-03", "deaths", 84, 84, 84, 0),
			},
			WantVerdict: []Verdict{Conflict},
			WantBetween: Dispute,
		},
		{
			Name: "vague and exact: compatible",
			Claims: []*claims.Claim{
				qc("a.txt", "", "", "troops", 2000, 2000, 9999, claims.Vague),
				qc("b.txt", "", "", "troops", 3000, 3000, 3000, 0),
			},
			WantVerdict: []Verdict{Compatible},
		},
		{
			Name: "vague never conflicts",
			Claims: []*claims.Claim{
				qc("a.txt", "", "", "troops", 2000, 2000, 9999, claims.Vague),
				qc("b.txt", "", "", "troops", 12000, 12000, 12000, 0),
			},
		},
		{
			Name: "same value: agree",
			Claims: []*claims.Claim{
				qc("a.txt", "", "", "pilgrims", 1301, 1301, 1301, 0),
				qc("b.txt", "", "", "pilgrims", 1301, 1301, 1301, 0),
			},
			WantVerdict: []Verdict{Agree},
		},
		{
			Name: "increment meets no total",
			Claims: []*claims.Claim{
				qc("a.txt", "", "", "troops", 3000, 3000, 3000, 0),
				qc("b.txt", "", "", "troops", 2000, 2000, 9999, claims.Vague|claims.Increment),
			},
		},
		{
			Name: "one source never conflicts with itself",
			Claims: []*claims.Claim{
				qc("a.txt", "x", "", "troops", 3000, 3000, 3000, 0),
				qc("a.txt", "x", "", "troops", 5000, 5000, 5000, 0),
			},
		},
		{
			Name: "a year apart: not compared",
			Claims: []*claims.Claim{
				qc("a.txt", "x", "2023-11-01", "troops", 3000, 3000, 3000, 0),
				qc("b.txt", "y", "2024-11-01", "troops", 12000, 12000, 12000, 0),
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			got := Compare(tt.Claims, Options{})
			if len(got) != len(tt.WantVerdict) {
				t.Fatalf("got %d findings %+v\nwant verdicts %v", len(got), got, tt.WantVerdict)
			}
			for i, f := range got {
				if f.Verdict != tt.WantVerdict[i] {
					t.Errorf("finding %d: got verdict %v\nwant %v", i, f.Verdict, tt.WantVerdict[i])
				}
				if f.Verdict == Conflict && f.Between != tt.WantBetween {
					t.Errorf("finding %d: got between %v\nwant %v", i, f.Between, tt.WantBetween)
				}
				if f.ID == "" || len(f.Sides) < 2 {
					t.Errorf("finding %d: want an ID and two sides, got %+v", i, f)
				}
			}
		})
	}
}

func TestCompareKeepsActorsApart(t *testing.T) {
	a := qc("a.txt", "x", "", "troops", 3000, 3000, 3000, 0)
	a.Qualify().Actor = "north-korea"
	b := qc("b.txt", "y", "", "troops", 12000, 12000, 12000, 0)
	b.Qualify().Actor = "russia"
	if got := Compare([]*claims.Claim{a, b}, Options{}); len(got) != 0 {
		t.Errorf("got %+v, want no finding across actors", got)
	}
}

func TestCompareKeepsStoriesApart(t *testing.T) {
	a := qc("flood/a.txt", "x", "", "deaths", 12, 12, 12, 0)
	a.Story = "flood"
	b := qc("fire/b.txt", "y", "", "deaths", 40, 40, 40, 0)
	b.Story = "fire"
	if got := Compare([]*claims.Claim{a, b}, Options{}); len(got) != 0 {
		t.Errorf("got %+v, want no finding across stories", got)
	}
	if got := Compare([]*claims.Claim{a, b}, Options{OneStory: true}); len(got) != 1 {
		t.Errorf("OneStory: got %d findings, want 1", len(got))
	}
}

func TestFingerprintIgnoresOrderAndSpace(t *testing.T) {
	a := qc("a.txt", "x", "", "troops", 3000, 3000, 3000, 0)
	b := qc("b.txt", "y", "", "troops", 12000, 12000, 12000, 0)
	a.Text, b.Text = "3,000  troops", "12,000 troops"
	f1 := Compare([]*claims.Claim{a, b}, Options{})
	a2, b2 := *a, *b
	a2.Text = "3,000 troops"
	a2.Span = claims.Span{Start: 500, End: 512}
	f2 := Compare([]*claims.Claim{&b2, &a2}, Options{})
	if len(f1) != 1 || len(f2) != 1 || f1[0].ID != f2[0].ID {
		t.Errorf("fingerprints differ: %+v vs %+v", f1, f2)
	}
}

func TestSameVoice(t *testing.T) {
	tests := []struct {
		A, B string
		Want bool
	}{
		{"sutopo", "sutopo purwo nugroho", true},
		{"aris munandar", "aris munandar", true},
		{"budi", "budi", true},
		{"budi santoso", "budi hartono", false},
		{"ali", "ali hassan", false}, // too short to trust
		{"police", "regional police chief", true},
	}
	for _, tt := range tests {
		got := sameVoice(claims.Speaker{Key: tt.A}, claims.Speaker{Key: tt.B})
		if got != tt.Want {
			t.Errorf("sameVoice(%q, %q): got %v\nwant %v", tt.A, tt.B, got, tt.Want)
		}
	}
	if sameVoice(claims.Speaker{Key: "outlet:x", Outlet: true}, claims.Speaker{Key: "outlet:x", Outlet: true}) {
		t.Error("two outlets are not one named voice")
	}
}

func TestIncrementExplainsRise(t *testing.T) {
	// "One more died, so the toll is 14" in one outlet, 13 in another on
	// the same day, both from one spokesman: an update, not a misreport.
	a := qc("a.txt", "spokesman", "2024-11-01", "deaths", 13, 13, 13, 0)
	b := qc("b.txt", "spokesman", "2024-11-01", "deaths", 14, 14, 14, 0)
	more := qc("b.txt", "spokesman", "2024-11-01", "deaths", 1, 1, 1, claims.Increment)
	got := Compare([]*claims.Claim{a, b, more}, Options{})
	if len(got) != 1 || got[0].Verdict != Update {
		t.Fatalf("got %+v, want one update", got)
	}
	// Without the increment it is the same speaker giving two figures.
	got = Compare([]*claims.Claim{a, b}, Options{})
	if len(got) != 1 || got[0].Verdict != Conflict || got[0].Between != Misreport {
		t.Fatalf("got %+v, want one misreport", got)
	}
}

func TestSeverity(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		Name string
		A, B *claims.Claim
		Want Severity
	}{
		{"double the value", qc("a.txt", "x", "", "troops", 120, 120, 120, 0), qc("b.txt", "y", "", "troops", 300, 300, 300, 0), High},
		{"a bound does not soften", qc("a.txt", "x", "", "troops", 120, 120, 120, 0), qc("b.txt", "y", "", "troops", 200, 200, inf, claims.LowerBound), Medium},
		{"about softens", qc("a.txt", "x", "", "troops", 2700, 3000, 3300, claims.Approximate), qc("b.txt", "y", "", "troops", 12000, 12000, 12000, 0), Medium},
		{"close values", qc("a.txt", "x", "", "troops", 100, 100, 100, 0), qc("b.txt", "y", "", "troops", 105, 105, 105, 0), Low},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			got := Compare([]*claims.Claim{tt.A, tt.B}, Options{OneStory: true})
			if len(got) != 1 || got[0].Severity != tt.Want {
				t.Fatalf("got %+v\nwant one finding of severity %v", got, tt.Want)
			}
		})
	}
}
