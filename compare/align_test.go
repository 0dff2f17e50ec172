package compare

import (
	"math"
	"strconv"

	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// with sets a claim's frame for tests: "actor=egypt", "location=palu",
// "role=registered", "part", "noun" (the figure has a noun no concept
// lists), "concept-noun" (its concept's noun),
// "per=week", "camp=police", "earlier" (given as a superseded figure),
// "outlet" (the outlet's own voice).
func with(c *claims.Claim, slots ...string) *claims.Claim {
	for _, s := range slots {
		k, v, _ := strings.Cut(s, "=")
		switch k {
		case "actor":
			c.Qualify().Actor = v
		case "location":
			c.Qualify().Location = v
		case "role":
			c.Role = v
		case "part":
			c.Marks |= claims.MarkPart
		case "noun": // a noun no concept lists ("12 surgeons")
			c.Quantity.NounSpan = claims.Span{Start: 1, End: 2}
			c.Quantity.Concept, c.Quantity.Head = "", "surgeon"
		case "concept-noun": // the concept's own noun ("72 tersangka")
			c.Quantity.NounSpan = claims.Span{Start: 1, End: 2}
		case "per":
			c.Qualify().Rate = v
		case "camp":
			c.Speaker.Camp = v
		case "earlier":
			c.Marks |= claims.MarkEarlier
		case "outlet":
			c.Speaker.Outlet = true
		}
	}
	return c
}

// TestAlign checks grouping by agreement of slots: a slot both claims fill
// must agree, a slot only one fills is taken from the block when the block
// holds one value for it, and kept apart when several compete.
func TestAlign(t *testing.T) {
	n := func(doc string, v float64, slots ...string) *claims.Claim {
		return with(qc(doc, doc+"-speaker", "2024-06-20", "deaths", v, v, v, 0), slots...)
	}
	tests := []struct {
		Name   string
		Claims []*claims.Claim
		Want   string // groups of values, "|" between groups
	}{
		{"one whose: the unqualified join it", []*claims.Claim{n("a", 3000, "actor=north-korea"), n("b", 12000)}, "3000 12000"},
		{"two whose: the unqualified stay apart", []*claims.Claim{n("a", 672, "actor=egypt"), n("b", 165, "actor=indonesia"), n("c", 1301)}, "672|165|1301"},
		{"a modifier never fills", []*claims.Claim{n("a", 31, "role=registered"), n("b", 500)}, "31|500"},
		{"a part meets only parts", []*claims.Claim{n("a", 11, "part"), n("b", 40)}, "11|40"},
		{"parts nothing names stay apart", []*claims.Claim{n("a", 6, "part"), n("b", 2, "part")}, "6|2"},
		{"parts with a noun of their own meet", []*claims.Claim{n("a", 12, "part", "noun"), n("b", 12, "part", "noun")}, "12 12"},
		{"parts counting what the whole counts stay apart", []*claims.Claim{n("a", 72, "part", "concept-noun"), n("b", 20, "part", "concept-noun")}, "72|20"},
		{"parts named alike meet", []*claims.Claim{n("a", 630, "part", "role=unregistered"), n("b", 629, "part", "role=unregistered")}, "630 629"},
		{"a rate meets only rates", []*claims.Claim{n("a", 3, "per=week"), n("b", 6)}, "3|6"},
		{"two places compete", []*claims.Claim{n("a", 821, "location=palu"), n("b", 11, "location=donggala"), n("c", 832)}, "821|11|832"},
		{"a part's place does not compete with the wholes'", []*claims.Claim{n("a", 7), n("b", 11, "location=north-bengkulu"), n("c", 2, "part", "location=city-hospital")}, "7 11|2"},
		{"a place named more fully is the same place", []*claims.Claim{n("a", 12, "location=north-natuna"), n("b", 5, "location=natuna")}, "12 5"},
		{"two compass names: the bare one is neither", []*claims.Claim{n("a", 7, "location=north-sulawesi"), n("b", 9, "location=south-sulawesi"), n("c", 12, "location=sulawesi")}, "7|9|12"},
		{"a compass name is another place than the bare one's neighbour", []*claims.Claim{n("a", 7, "location=north-bengkulu"), n("b", 13, "location=kepahiang")}, "7|13"},
	}
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			var groups []string
			for _, g := range align(tc.Claims, nil) {
				var vs []string
				for _, c := range g.claims {
					vs = append(vs, strconv.FormatFloat(c.Quantity.Value, 'f', -1, 64))
				}
				groups = append(groups, strings.Join(vs, " "))
			}
			if got := strings.Join(groups, "|"); got != tc.Want {
				t.Errorf("got %q\nwant %q", got, tc.Want)
			}
		})
	}
}

// TestJudgeTimelineAndCamps checks the verdicts of a growing count dated to
// two days, and of opposed camps.
func TestJudgeTimelineAndCamps(t *testing.T) {
	tests := []struct {
		Name   string
		Claims []*claims.Claim
		Want   string // verdicts of the findings, in order
	}{
		{"a bound, then a higher figure: update", []*claims.Claim{
			qc("a", "officials", "2025-06-15", "deaths", 3, 3, inf(), claims.LowerBound),
			qc("b", "search team", "2025-06-16", "deaths", 7, 7, 7, 0)}, "update"},
		{"a bound rounded down: compatible", []*claims.Claim{
			qc("a", "organisers", "2025-06-15", "injured", 400, 400, inf(), claims.LowerBound),
			qc("b", "health office", "2025-06-16", "injured", 412, 412, 412, 0)}, "compatible"},
		{"a lower figure later: conflict", []*claims.Claim{
			qc("a", "police", "2025-06-15", "deaths", 9, 9, 9, 0),
			qc("b", "health office", "2025-06-16", "deaths", 7, 7, 7, 0)}, "conflict"},
		{"opposed camps: a recorded dispute", []*claims.Claim{
			with(qc("a", "organisers", "2025-06-15", "crowd", 15000, 15000, 15000, 0), "camp=organizers"),
			with(qc("b", "police", "2025-06-15", "crowd", 3500, 3500, 3500, 0), "camp=police")}, "conflict(camps)"},
		{"a figure only compatible beside an agreement: one compatible finding", []*claims.Claim{
			qc("a", "officials", "2025-01-07", "deaths", 40, 40, inf(), claims.LowerBound),
			qc("b", "police", "2025-01-07", "deaths", 25, 25, inf(), claims.LowerBound),
			qc("c", "hospital", "2025-01-07", "deaths", 40, 40, 40, 0)}, "compatible"},
		{"the outlet's own earlier figure against a speaker's: nothing", []*claims.Claim{
			qc("a", "agency", "2025-06-15", "deaths", 384, 384, 384, 0),
			with(qc("b", "outlet", "2025-06-16", "deaths", 400, 400, 400, 0), "earlier", "outlet")}, ""},
		{"a named speaker's earlier tally, higher than another's: a conflict", []*claims.Claim{
			with(qc("a", "diplomats", "2025-06-16", "deaths", 630, 630, 630, 0), "earlier"),
			qc("b", "agency", "2025-06-16", "deaths", 629, 629, 629, 0)}, "conflict"},
		{"a lower earlier figure of a growing count: nothing", []*claims.Claim{
			with(qc("a", "agency", "2025-06-16", "deaths", 400, 400, 400, 0), "earlier"),
			qc("b", "agency", "2025-06-16", "deaths", 832, 832, 832, 0)}, ""},
		{"the same speaker's higher earlier figure: a conflict", []*claims.Claim{
			with(qc("a", "forestry head", "2025-06-16", "area", 1420, 1420, 1420, 0), "earlier"),
			qc("b", "forestry head", "2025-06-16", "area", 1240, 1240, 1240, 0)}, "conflict"},
		{"one camp: a conflict", []*claims.Claim{
			with(qc("a", "police chief", "2025-06-15", "crowd", 6000, 6000, 6000, 0), "camp=police"),
			with(qc("b", "police officer", "2025-06-15", "crowd", 3500, 3500, 3500, 0), "camp=police")}, "conflict"},
	}
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			var got []string
			for _, f := range Compare(tc.Claims, Options{}) {
				v := f.Verdict.String()
				if f.Recorded() {
					v += "(camps)"
				}
				got = append(got, v)
			}
			if strings.Join(got, " ") != tc.Want {
				t.Errorf("got %q\nwant %q", got, tc.Want)
			}
		})
	}
}

func inf() float64 { return math.Inf(1) }

// TestAlignGenericTakesNothing checks that a generic count takes no
// qualifier from the others of its block: "36 provinsi" is not the KPU's
// because another article's "dua provinsi" is.
func TestAlignGenericTakesNothing(t *testing.T) {
	kpu := with(qc("a", "a-speaker", "2024-03-20", "places", 2, 2, 2, 0), "actor=kpu")
	bare := qc("b", "b-speaker", "2024-03-20", "places", 36, 36, 36, 0)
	gs := align([]*claims.Claim{kpu, bare}, nil)
	if len(gs) != 2 {
		t.Fatalf("got %d groups, want 2 (the bare count apart)", len(gs))
	}
	if gs[1].frame[slotActor] != "" {
		t.Errorf("the bare generic count took actor %q", gs[1].frame[slotActor])
	}
}
