package compare

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims"
)

// at returns a copy of c held at the moment written as "2006-01-02",
// "2006-01-02 15:04" or "2006-01-02 night" (a part of the day).
func at(c *claims.Claim, when string) *claims.Claim {
	d := &claims.Date{Resolved: true, Granularity: claims.Day, AsOf: true}
	switch {
	case strings.Contains(when, ":"):
		t, _ := time.Parse("2006-01-02 15:04", when)
		d.Start, d.End, d.Granularity, d.Clock = t, t.Add(time.Minute), claims.Minute, true
	case len(when) > len("2006-01-02"):
		t, _ := time.Parse(time.DateOnly, when[:10])
		d.Start, d.End, d.DayPart = t, t.AddDate(0, 0, 1), when[11:]
	default:
		t, _ := time.Parse(time.DateOnly, when)
		d.Start, d.End = t, t.AddDate(0, 0, 1)
	}
	out := *c
	out.Qualify().At = d
	return &out
}

// TestTimelineWithinDay checks figures of one day ordered by their time
// of day, and figures one article dates to the day its rival was
// published on.
func TestTimelineWithinDay(t *testing.T) {
	deaths := func(doc, speaker, pub string, v float64) *claims.Claim {
		return qc(doc, speaker, pub, "deaths", v, v, v, 0)
	}
	tests := []struct {
		Name    string
		A, B    *claims.Claim
		SameDoc bool
		Want    pairVerdict
		OK      bool
	}{
		{"a rise from noon to night", at(deaths("a", "bnpb", "2024-03-11", 30), "2024-03-11 12:00"), at(deaths("b", "bpbd", "2024-03-12", 45), "2024-03-11 20:00"), false, pairUpdate, true},
		{"a fall from noon to night", at(deaths("a", "bnpb", "2024-03-11", 45), "2024-03-11 12:00"), at(deaths("b", "bpbd", "2024-03-12", 30), "2024-03-11 20:00"), false, pairConflict, true},
		{"morning and night parts", at(deaths("a", "bnpb", "2024-03-11", 30), "2024-03-11 morning"), at(deaths("b", "bpbd", "2024-03-12", 45), "2024-03-11 night"), false, pairUpdate, true},
		{"one article's two times", at(deaths("a", "", "2024-03-12", 30), "2024-03-11 12:00"), at(deaths("a", "bpbd", "2024-03-12", 45), "2024-03-11 20:00"), true, pairUpdate, true},
		{"one article's fall is no timeline", at(deaths("a", "", "2024-03-12", 45), "2024-03-11 12:00"), at(deaths("a", "bpbd", "2024-03-12", 30), "2024-03-11 20:00"), true, pairSkip, true},
		{"dated against published that day", at(deaths("a", "bnpb", "2024-03-12", 45), "2024-03-11"), deaths("b", "", "2024-03-11", 30), false, pairUpdate, true},
		{"same voice on one day", at(deaths("a", "bnpb", "2024-03-12", 45), "2024-03-11"), deaths("b", "bnpb", "2024-03-11", 30), false, pairSkip, false},
		{"two figures of one day", at(deaths("a", "bnpb", "2024-03-12", 45), "2024-03-11"), at(deaths("b", "bpbd", "2024-03-12", 30), "2024-03-11"), false, pairSkip, false},
		{"other days are for the day rules", at(deaths("a", "bnpb", "2024-03-12", 45), "2024-03-11"), at(deaths("b", "bpbd", "2024-03-12", 30), "2024-03-10"), false, pairSkip, false},
		{"not a growing count", at(qc("a", "navy", "2024-03-11", "troops", 3, 3, 3, 0), "2024-03-11 12:00"), at(qc("b", "army", "2024-03-11", "troops", 9, 9, 9, 0), "2024-03-11 20:00"), false, pairSkip, false},
	}
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			got, ok := timelineWithinDay(tc.A, tc.B, tc.SameDoc)
			if got != tc.Want || ok != tc.OK {
				t.Errorf("got %d, %v\nwant %d, %v", got, ok, tc.Want, tc.OK)
			}
			if back, ok := timelineWithinDay(tc.B, tc.A, tc.SameDoc); back != tc.Want || ok != tc.OK {
				t.Errorf("swapped: got %d, %v\nwant %d, %v", back, ok, tc.Want, tc.OK)
			}
		})
	}
}

// TestWithoutFalls checks that an update keeps its rises and drops a
// figure below the ones held just before it that the conflict shows,
// but not one below an older figure only (a revision came between).
func TestWithoutFalls(t *testing.T) {
	shown := func(doc, pub string, v float64, when string) *claims.Claim {
		return at(qc(doc, "bpbd", pub, "displaced", v, v, v, 0), when)
	}
	noon := shown("a", "2025-03-11", 1200, "2025-03-10 12:00")
	night := shown("a", "2025-03-11", 2350, "2025-03-10 20:00")
	morning := shown("b", "2025-03-11", 2100, "2025-03-11 morning")
	high := shown("c", "2024-01-04", 103, "2024-01-04 09:00")
	revised := shown("c", "2024-01-04", 84, "2024-01-04 15:00")
	later := shown("d", "2024-01-06", 91, "2024-01-06")
	tests := []struct {
		Name             string
		Update, Conflict []*claims.Claim
		Want             []*claims.Claim
	}{
		{"a fall the conflict shows", []*claims.Claim{noon, night, morning}, []*claims.Claim{night, morning}, []*claims.Claim{noon, night}},
		{"a fall no conflict shows stays", []*claims.Claim{noon, night, morning}, nil, []*claims.Claim{noon, night, morning}},
		{"below an older figure only", []*claims.Claim{high, revised, later}, []*claims.Claim{high, later}, []*claims.Claim{high, revised, later}},
		{"rises only", []*claims.Claim{noon, night}, []*claims.Claim{night}, []*claims.Claim{noon, night}},
	}
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			got := withoutFalls(tc.Update, tc.Conflict)
			if len(got) != len(tc.Want) {
				t.Fatalf("got %d claims\nwant %d", len(got), len(tc.Want))
			}
			for i := range got {
				if got[i] != tc.Want[i] {
					t.Errorf("claim %d: got %v\nwant %v", i, got[i].Quantity.Value, tc.Want[i].Quantity.Value)
				}
			}
		})
	}
}

// TestHeldWhen checks when a timeline says a figure holds: its as-of
// time or day, else its publication day.
func TestHeldWhen(t *testing.T) {
	c := qc("a", "bpbd", "2025-03-11", "displaced", 5, 5, 5, 0)
	event := at(c, "2025-03-09")
	event.At().AsOf = false
	undated := qc("b", "bpbd", "2025-03-11", "displaced", 5, 5, 5, 0)
	undated.Published = time.Time{}
	tests := []struct {
		Name string
		C    *claims.Claim
		Want string
	}{
		{"as-of time", at(c, "2025-03-10 12:00"), "2025-03-10 12:00"},
		{"as-of day", at(c, "2025-03-10"), "2025-03-10"},
		{"the event's day is not the count's", event, "2025-03-11"},
		{"publication day", c, "2025-03-11"},
		{"undated", undated, "undated"},
	}
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			if _, got := held(tc.C); got != tc.Want {
				t.Errorf("got %q\nwant %q", got, tc.Want)
			}
		})
	}
}

// TestWithoutFallsMatchesPairwise holds withoutFalls, which reads the
// order of an update's claims from bit sets, to the plain reading of its
// rule (each claim against every other, and each of those against every
// other) on random updates of as-of times, days and figures.
func TestWithoutFallsMatchesPairwise(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	whens := []string{"2025-03-10 08:00", "2025-03-10 12:00", "2025-03-10 20:00", "2025-03-11 morning", "2025-03-11", "2025-03-12", "2025-03-12 09:30"}
	for round := range 300 {
		n := 1 + rng.IntN(40)
		var update, conflict []*claims.Claim
		for i := range n {
			v := float64(10 + rng.IntN(8))
			c := qc(fmt.Sprint("d", i%5), "bpbd", fmt.Sprintf("2025-03-%02d", 10+rng.IntN(3)), "displaced", v, v, v, 0)
			if rng.IntN(4) > 0 {
				c = at(c, whens[rng.IntN(len(whens))])
			}
			update = append(update, c)
			if rng.IntN(2) == 0 {
				conflict = append(conflict, c)
			}
		}
		got, want := withoutFalls(update, conflict), pairwiseWithoutFalls(update, conflict)
		if !slices.Equal(got, want) {
			t.Fatalf("round %d: got %d claims, want %d", round, len(got), len(want))
		}
	}
}

// pairwiseWithoutFalls is withoutFalls read plainly, the reference.
func pairwiseWithoutFalls(update, conflict []*claims.Claim) []*claims.Claim {
	latest := func(d *claims.Claim, cs []*claims.Claim) bool {
		for _, e := range cs {
			if e != d && heldBefore(d, e) {
				return false
			}
		}
		return true
	}
	fallsAfter := func(c *claims.Claim) bool {
		var before []*claims.Claim
		for _, d := range update {
			if d != c && heldBefore(d, c) {
				before = append(before, d)
			}
		}
		fell := false
		for _, d := range before {
			if latest(d, before) {
				if d.Quantity.Lo <= c.Quantity.Hi {
					return false
				}
				fell = true
			}
		}
		return fell
	}
	var out []*claims.Claim
	for _, c := range update {
		if !slices.Contains(conflict, c) || !fallsAfter(c) {
			out = append(out, c)
		}
	}
	return out
}

// TestTimelineNote: an update's note lists its figures day by day,
// whatever the order of the sides: undated ones first, then by day,
// figures of one day as the sides give them (a figure of 12:00 before one
// dated only by its article's day stays before it).
func TestTimelineNote(t *testing.T) {
	text := func(c *claims.Claim, s string) *claims.Claim { c.Text = s; return c }
	sides := []*claims.Claim{
		text(qc("a.txt", "police", "2025-03-10", "cattle", 8400, 8400, 8400, 0), "8,400 cattle"),
		text(qc("b.txt", "agency", "2025-03-03", "cattle", 6150, 6150, 6150, 0), "6.150 ekor"),
		text(qc("c.txt", "", "", "cattle", 84, 84, 84, 0), "84"),
		text(qc("d.txt", "vet", "2025-03-10", "cattle", 8500, 8500, 8500, 0), "8,500"),
		text(at(qc("e.txt", "", "2025-03-11", "cattle", 7000, 7000, 7000, 0), "2025-03-10 12:00"), "7,000"),
	}
	want := "undated: 84 → 2025-03-03: 6.150 ekor → 2025-03-10: 8,400 cattle → 2025-03-10: 8,500 → 2025-03-10 12:00: 7,000"
	if got := timeline(sides); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if sides[0].Text != "8,400 cattle" {
		t.Error("the note reordered the sides themselves")
	}
}
