package pipeline

import (
	"bytes"
	"fmt"
	"iter"
	"maps"
	"slices"
	"sort"
	"sync"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/claims/packed"
	"github.com/claimcheck/claimcheck/compare"
)

// claimStore holds a run's claims packed (claims/packed), document by
// document in the order they were extracted: a claim is 500 to 850 bytes
// of pointers as a *claims.Claim and some 60 bytes besides its sentence
// packed (100 with it, at 100k articles), and the garbage collector never
// scans the packed bytes. The
// claims are unpacked a story at a time to be compared and a document at
// a time to be reported.
type claimStore struct {
	tab   *packed.Table
	docs  []packedDoc
	count int
	// starts are where each document's claims start among all (ClaimAt),
	// and readers hold the Scanners that scan to the claim asked for, one
	// for each goroutine that asks at once.
	starts  []int
	readers sync.Pool
	// scratch is where a document's claims are packed before they are
	// copied into a buffer of their size (append's would keep up to
	// twice that).
	scratch []byte
}

// packedDoc is the claims of one document.
type packedDoc struct {
	doc     string // Document.ID
	buf     []byte
	origins []*claims.Origin
	n       int
}

func newClaimStore() *claimStore { return &claimStore{tab: packed.NewTable()} }

// add packs the claims of a document, by offset (start, then end).
func (s *claimStore) add(doc string, cs []*claims.Claim) {
	if len(cs) == 0 {
		return
	}
	slices.SortStableFunc(cs, func(a, b *claims.Claim) int {
		if a.Span.Start != b.Span.Start {
			return a.Span.Start - b.Span.Start
		}
		return a.Span.End - b.Span.End
	})
	buf, origins := s.tab.Append(s.scratch[:0], nil, cs)
	s.scratch = buf
	s.docs = append(s.docs, packedDoc{doc: doc, buf: bytes.Clone(buf), origins: origins, n: len(cs)})
	s.starts = append(s.starts, s.count)
	s.count += len(cs)
}

// claimsOf unpacks the claims of the i-th document; it is safe to call
// from many goroutines once nothing is added.
func (s *claimStore) claimsOf(i int) []*claims.Claim {
	d := &s.docs[i]
	cs, err := s.tab.Read(d.buf, d.origins)
	corrupt(d, err)
	return cs
}

// each yields every claim, document by document.
func (s *claimStore) each(yield func(*claims.Claim) bool) {
	for i := range s.docs {
		for _, c := range s.claimsOf(i) {
			if !yield(c) {
				return
			}
		}
	}
}

// scan yields every claim as each does, each in one reused place
// (packed.Table.Scan).
func (s *claimStore) scan(yield func(*claims.Claim) bool) {
	sc := s.tab.Scanner()
	for i := range s.docs {
		d := &s.docs[i]
		more := true
		err := sc.Scan(d.buf, d.origins, func(c *claims.Claim) bool {
			more = yield(c)
			return more
		})
		corrupt(d, err)
		if !more {
			return
		}
	}
}

// at unpacks the claim at place i of each's order.
func (s *claimStore) at(i int) *claims.Claim {
	k := s.docAt(i)
	if k < 0 {
		return nil
	}
	d := &s.docs[k]
	sc, _ := s.readers.Get().(*packed.Scanner)
	if sc == nil {
		sc = s.tab.Scanner()
	}
	c, err := sc.ReadAt(d.buf, d.origins, i-s.starts[k])
	s.readers.Put(sc)
	corrupt(d, err)
	return c
}

// docAt is the document of the claim at place i, -1 when there is none.
func (s *claimStore) docAt(i int) int {
	k := sort.SearchInts(s.starts, i+1) - 1
	if i < 0 || k < 0 || i >= s.count {
		return -1
	}
	return k
}

// scanIn yields the claims at places lo to hi-1 as scan does, with a
// Scanner of its own.
func (s *claimStore) scanIn(lo, hi int, yield func(*claims.Claim) bool) {
	lo, hi = max(lo, 0), min(hi, s.count)
	k := s.docAt(lo)
	if k < 0 || lo >= hi {
		return
	}
	sc := s.tab.Scanner()
	for at := s.starts[k]; at < hi; k++ {
		d := &s.docs[k]
		more := true
		err := sc.Scan(d.buf, d.origins, func(c *claims.Claim) bool {
			if at >= lo && at < hi {
				more = yield(c)
			}
			at++
			return more && at < hi
		})
		corrupt(d, err)
		if !more {
			return
		}
	}
}

// corrupt panics on an error reading a document's claims: the buffer was
// written by this store, so the error is a fault of the program, not of
// its input.
func corrupt(d *packedDoc, err error) {
	if err != nil {
		panic(fmt.Sprintf("pipeline: claims of %s: %v", d.doc, err))
	}
}

// setStories sets each claim's story (Claim.Story) to the story of its
// document in storyOf, through the origins the claims share.
func (s *claimStore) setStories(storyOf map[string]string) {
	for i := range s.docs {
		for _, o := range s.docs[i].origins {
			if o != nil {
				o.Story = storyOf[o.Doc]
			}
		}
	}
}

// sort puts the documents in the order of their IDs, which puts the
// claims in the order Result.Sort gives (add sorted each document's).
func (s *claimStore) sort() {
	sort.SliceStable(s.docs, func(i, j int) bool { return s.docs[i].doc < s.docs[j].doc })
	n := 0
	for i := range s.docs {
		s.starts[i] = n
		n += s.docs[i].n
	}
}

// ClaimCount is the number of claims of the run.
func (r *Result) ClaimCount() int {
	if r.packed != nil {
		return r.packed.count
	}
	return len(r.Claims)
}

// EachClaim yields every claim of the run: Claims when they are set, else
// the packed claims of a Run, unpacked one document at a time, in the
// order Claims would hold them. A claim yielded twice is two copies: tell
// claims apart by their ID.
func (r *Result) EachClaim() iter.Seq[*claims.Claim] {
	if r.packed == nil {
		return slices.Values(r.Claims)
	}
	return r.packed.each
}

// ScanClaims yields every claim as EachClaim does, but a Run's each in
// one reused place (packed.Table.Scan), for a pass that reads each claim
// once: a claim is good until the next is yielded. Keep its strings,
// never the claim or what it points to.
func (r *Result) ScanClaims() iter.Seq[*claims.Claim] {
	if r.packed == nil {
		return slices.Values(r.Claims)
	}
	return r.packed.scan
}

// ClaimAt returns the claim at place i (from 0) of EachClaim's order,
// unpacked alone, or nil when there is none. Result.Sort changes the
// places. ClaimAt may be called from many goroutines at once, while
// nothing changes the Result.
func (r *Result) ClaimAt(i int) *claims.Claim {
	if r.packed == nil {
		if i < 0 || i >= len(r.Claims) {
			return nil
		}
		return r.Claims[i]
	}
	return r.packed.at(i)
}

// ScanClaimsIn yields the claims at places lo to hi-1 of EachClaim's
// order, as ScanClaims yields them (each in one reused place: keep its
// strings, never the claim). It may be called from many goroutines at
// once, while nothing changes the Result, so that a report renders a
// corpus's claims in parts side by side.
func (r *Result) ScanClaimsIn(lo, hi int) iter.Seq[*claims.Claim] {
	if r.packed == nil {
		lo, hi = max(lo, 0), min(hi, len(r.Claims))
		if lo >= hi {
			return func(func(*claims.Claim) bool) {}
		}
		return slices.Values(r.Claims[lo:hi])
	}
	return func(yield func(*claims.Claim) bool) { r.packed.scanIn(lo, hi, yield) }
}

// AllClaims returns every claim of the run in one slice (EachClaim), for
// a caller that holds them anyway: a store of articles, a test.
func (r *Result) AllClaims() []*claims.Claim {
	if r.packed == nil {
		return r.Claims
	}
	out := make([]*claims.Claim, 0, r.packed.count)
	for c := range r.packed.each {
		out = append(out, c)
	}
	return out
}

// compareStories compares the packed claims of a Run as Compare compares
// claims held together, unpacking one story at a time (compare.Stories):
// the claims of outsiders and repeats are left out in the same way, the
// outsiders found from the keys group gathered.
func (r *Result) compareStories(opts compare.Options) ([]compare.Finding, []*corpus.Error) {
	s := r.packed
	keys := r.keys // gathered by group, which Run calls first
	r.keys = nil   // not held while the stories are compared
	storyOf := make(map[string]string, len(r.Documents))
	for _, d := range r.Documents {
		storyOf[d.ID] = d.Story
	}
	out := keys.outsiders(r.Documents, func(doc string) string { return storyOf[doc] })
	byStory := map[string][]int{} // story → its documents in the store
	for i := range s.docs {
		story := ""
		if o := s.docs[i].origins[0]; o != nil && !opts.OneStory {
			story = o.Story
		}
		byStory[story] = append(byStory[story], i)
	}
	ids := slices.Sorted(maps.Keys(byStory))
	findings := compare.Stories(len(ids), func(k int) []*claims.Claim {
		var cs []*claims.Claim
		for _, i := range byStory[ids[k]] {
			for _, c := range s.claimsOf(i) {
				if !out[c.Doc] && c.RepeatOf() == "" {
					cs = append(cs, c)
				}
			}
		}
		return cs
	}, opts)
	return findings, outsiderWarnings(r.Documents, out)
}

// Unpack puts a Run's packed claims in Claims, unpacked once, for a
// caller that changes them or holds them all anyway (the claims store);
// a Result whose claims are in Claims already, or nil, is left as it is.
func (r *Result) Unpack() {
	if r != nil && r.packed != nil {
		r.Claims = r.AllClaims()
		r.packed = nil
	}
}
