package gen

import (
	"fmt"
	"testing"
)

func TestQuotes(t *testing.T) {
	tests := []struct {
		Name        string
		Text, Value string
		Want        bool
	}{
		{"number in claim", "45 people", "45", true},
		{"separator continues number", "1,250 people", "1", false},
		{"separator continues number before", "1,250 people", "250", false},
		{"indonesian number", "sekitar 1.250 orang", "1.250", true},
		{"digit prefix", "450 people", "45", false},
		{"date inside phrase", "Nov 16", "Saturday (Nov 16)", true},
		{"date around", "on Saturday (Nov 16) morning", "Saturday (Nov 16)", true},
		{"name with title", "Kepala BPBD Andi Wira Pratama", "Andi Wira Pratama", true},
		{"name variant", "Andi Wira Pratami", "Andi Wira Pratama", false},
		{"sentence end", "the toll was 12.", "12", true},
		{"empty", "", "12", false},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if got := quotes(tt.Text, tt.Value); got != tt.Want {
				t.Errorf("quotes(%q, %q) = %v\nwant %v", tt.Text, tt.Value, got, tt.Want)
			}
		})
	}
}

func TestNumber(t *testing.T) {
	tests := []struct {
		Name  string
		Input string
		Want  int
		OK    bool
	}{
		{"digits", "45 people", 45, true},
		{"english separator", "1,250 residents", 1250, true},
		{"indonesian separator", "sekitar 1.250 orang", 1250, true},
		{"sentence end", "toll rose to 12.", 12, true},
		{"english word", "Seven people were killed", 7, true},
		{"indonesian word", "sebanyak tujuh orang", 7, true},
		{"none", "many people", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			got, ok := number(tt.Input)
			if got != tt.Want || ok != tt.OK {
				t.Errorf("number(%q) = %d, %v\nwant %d, %v", tt.Input, got, ok, tt.Want, tt.OK)
			}
		})
	}
}

func TestScoreFindings(t *testing.T) {
	planted := []Discrepancy{
		{Story: "s000001", Kind: "quantity", Between: "misreport", Subject: "deaths",
			A: Value{"s000001/01-a.txt", "45"}, B: Value{"s000001/02-b.txt", "60"}},
		{Story: "s000002", Kind: "name", Between: "spelling", Subject: "p1",
			A: Value{"s000002/01-a.txt", "Andi Wira Pratama"}, B: Value{"s000002/03-c.txt", "Andi Wira Pratami"}},
	}
	tests := []struct {
		Name            string
		Found           []Found
		Recalled        int
		Findings, Extra int
	}{
		{"nothing", nil, 0, 0, 0},
		{"both recalled", []Found{
			{Kind: "quantity", Verdict: "conflict", Sides: []Side{{"s000001/01-a.txt", "45 people"}, {"s000001/02-b.txt", "60 orang"}}},
			{Kind: "title", Verdict: "conflict", Sides: []Side{{"corpus/s000002/01-a.txt", "Andi Wira Pratama"}, {"corpus/s000002/03-c.txt", "Kepala BPBD Andi Wira Pratami"}}},
		}, 2, 2, 0},
		{"agreement ignored", []Found{
			{Kind: "quantity", Verdict: "agree", Sides: []Side{{"s000001/01-a.txt", "45"}, {"s000001/03-c.txt", "45"}}},
		}, 0, 0, 0},
		{"other file with the same value reports it", []Found{
			{Kind: "quantity", Verdict: "conflict", Sides: []Side{{"s000001/03-c.txt", "45 orang"}, {"s000001/02-b.txt", "60"}}},
		}, 1, 1, 0},
		{"not the deviating file", []Found{
			{Kind: "quantity", Verdict: "conflict", Sides: []Side{{"s000001/01-a.txt", "45"}, {"s000001/03-c.txt", "60"}}},
		}, 0, 1, 1},
		{"other value", []Found{
			{Kind: "quantity", Verdict: "conflict", Sides: []Side{{"s000001/03-c.txt", "46"}, {"s000001/02-b.txt", "60"}}},
		}, 0, 1, 1},
		{"filler finding", []Found{
			{Kind: "quantity", Verdict: "conflict", Sides: []Side{{"s000001/01-a.txt", "120 schools"}, {"s000001/02-b.txt", "130 schools"}}},
		}, 0, 1, 1},
		{"across stories", []Found{
			{Kind: "quantity", Verdict: "conflict", Sides: []Side{{"s000001/01-a.txt", "45"}, {"s000002/02-b.txt", "60"}}},
		}, 0, 1, 1},
		{"wrong kind", []Found{
			{Kind: "date", Verdict: "conflict", Sides: []Side{{"s000001/01-a.txt", "45"}, {"s000001/02-b.txt", "60"}}},
		}, 0, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			sc := ScoreFindings(planted, tt.Found)
			got := fmt.Sprintf("recalled %d findings %d unexplained %d", sc.Recalled, sc.Findings, len(sc.Unexplained))
			want := fmt.Sprintf("recalled %d findings %d unexplained %d", tt.Recalled, tt.Findings, tt.Extra)
			if got != want {
				t.Errorf("got %q\nwant %q", got, want)
			}
			if sc.Planted != 2 || len(sc.Missed) != 2-sc.Recalled {
				t.Errorf("planted %d missed %d, want 2 and %d", sc.Planted, len(sc.Missed), 2-sc.Recalled)
			}
		})
	}
}

func TestStoryOf(t *testing.T) {
	tests := []struct {
		Name, Doc, Want string
	}{
		{"story folder", "s000001/02-harbor-times.txt", "s000001"},
		{"under a root", "corpus/s000012/01-x.txt", "s000012"},
		{"windows path", `corpus\s000003\01-x.txt`, "s000003"},
		{"one folder", "story/s000007-03-harbor-times.txt", "s000007"},
		{"one folder under a root", "corpus/story/s000007-03-x.txt", "s000007"},
		{"no folder", "02-harbor-times.txt", ""},
		{"dash in a story folder", "s000002/03-equator-wire.txt", "s000002"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if got := storyOf(tt.Doc); got != tt.Want {
				t.Errorf("storyOf(%q) = %q\nwant %q", tt.Doc, got, tt.Want)
			}
		})
	}
}
