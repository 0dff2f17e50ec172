package pipeline

import (
	"iter"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/claimcheck/claimcheck/claims"
)

// keyPart is what gather finds in one part of a run's claims, on a
// goroutine of its own: the keys in the order they first come, numbered
// within the part, each document's keys by those numbers in the order of
// the claims, the places and the days of its claims. The parts are then
// put together in their order (keySpace.merge), which numbers the keys as
// one pass over every claim would.
type keyPart struct {
	names  []string
	index  map[string]int32
	adds   []docKey
	places map[int]map[string]int
	days   []docDay
	memo   nameMemo
	// outside gathers the part's claims' keys for outsiders (docKeys),
	// when the caller asks for them.
	outside *docKeys
}

// docKey is a key (numbered within its part) given to document doc.
type docKey struct{ doc, key int32 }

// docDay is a day a claim of document doc dates.
type docDay struct {
	doc int
	day time.Time
}

// claimPart is how many claims gather reads in one part: enough that a
// part's keys repeat, few enough that the parts keep both cores busy.
const claimPart = 16384

// claimParts splits the claims of r into parts of claimPart claims,
// in order, for gather.
func claimParts(r *Result) []iter.Seq[*claims.Claim] {
	n := r.ClaimCount()
	var parts []iter.Seq[*claims.Claim]
	for lo := 0; lo < n; lo += claimPart {
		parts = append(parts, r.ScanClaimsIn(lo, lo+claimPart))
	}
	return parts
}

// gatherParts reads parts on GOMAXPROCS goroutines; at gives each
// document's place, trusted whether its folder's day is its own.
// With outsiders set, each part also gathers its claims' keys for them.
func (ks *keySpace) gatherParts(parts []iter.Seq[*claims.Claim], at map[string]int, trusted []bool, outsiders bool) []keyPart {
	found := make([]keyPart, len(parts))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(parts)) {
		wg.Go(func() {
			for k := int(next.Add(1) - 1); k < len(parts); k = int(next.Add(1) - 1) {
				p := &found[k]
				p.index, p.places, p.memo = map[string]int32{}, map[int]map[string]int{}, nameMemo{}
				if outsiders {
					p.outside = newDocKeys()
				}
				p.read(parts[k], at, trusted)
			}
		})
	}
	wg.Wait()
	return found
}

// read gathers the keys, places and days of the claims of seq.
func (p *keyPart) read(seq iter.Seq[*claims.Claim], at map[string]int, trusted []bool) {
	for c := range seq {
		i, ok := at[c.Doc]
		if !ok {
			continue
		}
		keys := storyKeys(c)
		if p.outside != nil {
			p.outside.addKeys(c, keys)
		}
		for _, k := range keys {
			if n, ok := strings.CutPrefix(k, "entity:"); ok {
				for _, k := range p.memo.keys(n) {
					p.add(i, k)
				}
			} else {
				p.add(i, k)
			}
		}
		if loc := c.Location(); loc != "" {
			if p.places[i] == nil {
				p.places[i] = map[string]int{}
			}
			p.places[i][loc]++
		}
		if day, ok := ownDay(c, trusted[i]); ok {
			p.add(i, "day:"+day.Format(time.DateOnly))
			p.days = append(p.days, docDay{i, day})
		}
	}
}

// add gives document i the key.
func (p *keyPart) add(i int, key string) {
	id, ok := p.index[key]
	if !ok {
		id = int32(len(p.names))
		p.index[key] = id
		p.names = append(p.names, key)
	}
	p.adds = append(p.adds, docKey{int32(i), id})
}

// merge adds what part p found after what the parts before it did, and
// its days to days.
func (ks *keySpace) merge(p *keyPart, days [][]time.Time) {
	ids := make([]int, len(p.names))
	for j, key := range p.names {
		id, ok := ks.index[key]
		if !ok {
			id = len(ks.names)
			ks.index[key] = id
			ks.names = append(ks.names, key)
		}
		ids[j] = id
	}
	for _, a := range p.adds {
		ks.keys[a.doc] = append(ks.keys[a.doc], ids[a.key])
	}
	for i, m := range p.places {
		into := ks.places[i]
		if into == nil {
			ks.places[i] = m
			continue
		}
		for loc, n := range m {
			into[loc] += n
		}
	}
	for _, d := range p.days {
		days[d.doc] = append(days[d.doc], d.day)
	}
}
