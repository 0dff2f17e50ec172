package compare

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims"
)

// The pairing of classes must list exactly the sides, in exactly the
// order, that judging every pair of claims does. These tests hold it
// against that plain loop over all pairs (the comparison as it was
// first written) on random groups drawn from small vocabularies, so that
// equal values, speakers, days, articles and even offsets recur.

// pairList collects the claims of pairs, each once, in the order of the
// group (lessClaim), and among claims that order cannot tell apart, the
// order in which their first pair was added.
type pairList struct {
	sides []*claims.Claim
	seen  map[*claims.Claim]bool
}

func (p *pairList) add(cs ...*claims.Claim) {
	if p.seen == nil {
		p.seen = map[*claims.Claim]bool{}
	}
	for _, c := range cs {
		if !p.seen[c] {
			p.seen[c] = true
			p.sides = append(p.sides, c)
		}
	}
	sort.SliceStable(p.sides, func(i, j int) bool { return lessClaim(p.sides[i], p.sides[j]) })
}

// allPairsQuantities judges every pair of a quantity group.
func allPairsQuantities(block []*claims.Claim, increments incrementSet, opts Options) quantitySides {
	type pair struct{ a, b *claims.Claim }
	var conflicts, rising []pair
	var agree, compatible, camps pairList
	disputed := map[float64]bool{}
	misreport := false
	for i, a := range block {
		for _, b := range block[i+1:] {
			switch v := judgePair(a, b, increments, opts); v {
			case pairAgree:
				agree.add(a, b)
			case pairCompatible:
				compatible.add(a, b)
			case pairUpdate:
				rising = append(rising, pair{a, b})
			case pairCamps:
				camps.add(a, b)
			case pairConflict, pairMisreport, pairInDoc:
				misreport = misreport || v == pairMisreport
				if v == pairInDoc {
					disputed[a.Quantity.Value] = true
					disputed[b.Quantity.Value] = true
				}
				conflicts = append(conflicts, pair{a, b})
			}
		}
	}
	var conflict, update pairList
	for _, p := range conflicts {
		conflict.add(p.a, p.b)
	}
	for _, p := range rising {
		if disputed[p.a.Quantity.Value] && disputed[p.b.Quantity.Value] {
			conflict.add(p.a, p.b)
		} else {
			update.add(p.a, p.b)
		}
	}
	return quantitySides{agree: agree.sides, compatible: compatible.sides, camps: camps.sides,
		conflict: conflict.sides, update: update.sides, misreport: misreport}
}

// allPairsDates judges every pair of a date block.
func allPairsDates(block []*claims.Claim, opts Options) dateSides {
	var conflict, agree, compatible pairList
	for i, a := range block {
		for _, b := range block[i+1:] {
			if a.Doc == b.Doc {
				continue
			}
			switch judgeDatePair(a, b, opts) {
			case outAgree:
				agree.add(a, b)
			case outCompatible:
				compatible.add(a, b)
			case outConflict:
				conflict.add(a, b)
			}
		}
	}
	return dateSides{conflict: conflict.sides, agree: agree.sides, compatible: compatible.sides}
}

// draw picks one of xs.
func draw[T any](r *rand.Rand, xs ...T) T { return xs[r.IntN(len(xs))] }

var day0 = time.Date(2024, 11, 1, 0, 0, 0, 0, time.UTC)

// randomQuantity draws a quantity claim of subject from small vocabularies.
func randomQuantity(r *rand.Rand, subject string) *claims.Claim {
	doc := draw(r, "a.txt", "b.txt", "c.txt", "d.txt", "e.txt")
	speaker := draw(r, claims.Speaker{Key: "outlet:" + doc, Outlet: true}, claims.Speaker{Key: "sutopo"},
		claims.Speaker{Key: "sutopo purwo nugroho"}, claims.Speaker{Key: "police", Camp: "police"},
		claims.Speaker{Key: "organizers", Camp: "organizers"}, claims.Speaker{Key: "bnpb"})
	v := draw(r, 3.0, 7, 9, 12, 13, 14, 100, 112, 1000)
	q := &claims.Quantity{Lo: v, Value: v, Hi: v, Dimension: claims.DimCount, Concept: subject}
	switch r.IntN(6) {
	case 0:
		q.Flags, q.Hi = claims.LowerBound, math.Inf(1)
	case 1:
		q.Flags, q.Lo, q.Hi = claims.Approximate, v*0.9, v*1.1
	case 2:
		q.Flags, q.Lo, q.Hi = claims.Vague, 10, 99
	}
	c := &claims.Claim{
		Origin: &claims.Origin{Doc: doc, Story: ".", Published: draw(r, time.Time{}, day0, day0.AddDate(0, 0, 1), day0.AddDate(0, 0, 70))}, Kind: claims.ClaimQuantity, Subject: subject, Quantity: q, Speaker: speaker,
		Marks: draw(r, claims.Marks(0), 0, 0, claims.MarkEarlier, claims.MarkRise),
		Span:  claims.Span{Start: r.IntN(4) * 10},
	}
	if r.IntN(3) == 0 {
		c.Qualify().At = &claims.Date{Start: day0.AddDate(0, 0, r.IntN(3)).Add(time.Duration(r.IntN(20)) * time.Hour)}
	}
	c.Text = fmt.Sprintf("%s %g %s", doc, v, speaker.Key)
	return c
}

// randomDate draws a date claim from small vocabularies.
func randomDate(r *rand.Rand) *claims.Claim {
	start := day0.AddDate(0, 0, draw(r, 0, 1, 7, 40))
	d := &claims.Date{Start: start, End: start.AddDate(0, 0, 1), Granularity: claims.Day, Resolved: true}
	switch r.IntN(4) {
	case 0:
		d.Start = time.Date(start.Year(), start.Month(), 1, 0, 0, 0, 0, time.UTC)
		d.End, d.Granularity = d.Start.AddDate(0, 1, 0), claims.Month
	case 1:
		d.Relative, d.HasWeekday = true, true
	}
	doc := draw(r, "a.txt", "b.txt", "c.txt", "d.txt")
	return &claims.Claim{
		Origin: &claims.Origin{Doc: doc, Story: ".", Published: draw(r, time.Time{}, day0, day0.AddDate(0, 0, 70))}, Kind: claims.ClaimDate, Subject: "erupt", Date: d,
		Span: claims.Span{Start: r.IntN(3) * 10}, Text: doc + " " + start.Format(time.DateOnly),
	}
}

// sortedGroup sorts claims as Compare sorts a block.
func sortedGroup(cs []*claims.Claim) []*claims.Claim {
	sort.SliceStable(cs, func(i, j int) bool { return lessClaim(cs[i], cs[j]) })
	return cs
}

func names(cs []*claims.Claim) string {
	var out []string
	for _, c := range cs {
		out = append(out, fmt.Sprintf("%s@%d:%s", c.Doc, c.Span.Start, c.Text))
	}
	return strings.Join(out, ", ")
}

func TestPairQuantitiesMatchesAllPairs(t *testing.T) {
	for seed := range uint64(400) {
		r := rand.New(rand.NewPCG(seed, 1))
		subject := draw(r, "deaths", "troops")
		block := make([]*claims.Claim, 2+r.IntN(50))
		for i := range block {
			block[i] = randomQuantity(r, subject)
		}
		block = sortedGroup(block)
		increments := incrementSet{}
		if r.IntN(2) == 0 {
			increments[docSubject{"b.txt", subject}] = []float64{1, 100}
		}
		opts := Options{MaxDays: draw(r, 0, 0, -1, 1)}
		got, want := pairQuantities(block, increments, opts), allPairsQuantities(block, increments, opts)
		for _, l := range []struct {
			name      string
			got, want []*claims.Claim
		}{
			{"agree", got.agree, want.agree}, {"compatible", got.compatible, want.compatible},
			{"camps", got.camps, want.camps}, {"conflict", got.conflict, want.conflict}, {"update", got.update, want.update},
		} {
			if g, w := names(l.got), names(l.want); g != w {
				t.Errorf("seed %d: %s sides:\ngot  %s\nwant %s", seed, l.name, g, w)
			}
		}
		if got.misreport != want.misreport {
			t.Errorf("seed %d: misreport %v\nwant %v", seed, got.misreport, want.misreport)
		}
	}
}

func TestPairDatesMatchesAllPairs(t *testing.T) {
	for seed := range uint64(400) {
		r := rand.New(rand.NewPCG(seed, 2))
		block := make([]*claims.Claim, 2+r.IntN(50))
		for i := range block {
			block[i] = randomDate(r)
		}
		block = sortedGroup(block)
		opts := Options{MaxDays: draw(r, 0, -1, 1)}
		got, want := pairDates(block, opts), allPairsDates(block, opts)
		for _, l := range []struct {
			name      string
			got, want []*claims.Claim
		}{
			{"conflict", got.conflict, want.conflict}, {"agree", got.agree, want.agree}, {"compatible", got.compatible, want.compatible},
		} {
			if g, w := names(l.got), names(l.want); g != w {
				t.Errorf("seed %d: %s sides:\ngot  %s\nwant %s", seed, l.name, g, w)
			}
		}
	}
}
