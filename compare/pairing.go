package compare

import (
	"iter"
	"sort"

	"github.com/claimcheck/claimcheck/claims"
)

// Pairing inside a block, without comparing every pair of claims.
//
// A group's findings say which claims take part in a pair of each verdict
// (the sides of its conflict, of its agreement, ...), not which pairs do.
// Two claims of different articles relate by their values, speakers and
// dates alone, never by which article they are in (but for the
// increments their articles state). So the claims of a group, sorted once,
// fall into classes of equal profile — value, speaker, moment and what
// else the verdict reads — and classes are paired rather than claims:
// each pair of classes is judged once, on one claim of each, and a claim
// takes a verdict when the other class holds a claim of another article
// (before it for the verdict read one way, after it for the other).
// Classes are paired only within the window Options.MaxDays allows.
// Claims of one article, which the verdicts treat apart, are paired
// article by article: directly when the article has few in the group,
// else again as classes of equal profile (classesWithin), one claim of a
// class standing for all, since two claims of one article relate by the
// same profile alone. Time and memory grow with the claims and with the
// pairs of classes near in time, not with the pairs of claims.

// outcome is the set of the sides' lists a pair of claims puts both its
// claims into, as bits.
type outcome uint16

// The outcomes.
const (
	outAgree outcome = 1 << iota
	outCompatible
	outCamps
	outConflict
	// outRisenConflict is a rise judged a conflict because one article
	// disputes both its figures: a conflict side, listed after the
	// conflicts of outConflict.
	outRisenConflict
	outUpdate
	// outMisreport marks a conflict between outlets quoting one speaker.
	outMisreport
)

// class is the claims of a group with one profile, by their indices in
// the group.
type class struct {
	rep     *claims.Claim // the first member, standing for all
	members []int32       // ascending
	// firstOther and lastOther are the first and last members of another
	// article than the first's and the last's; -1 when there is none.
	firstOther, lastOther int32
}

// partition is a group's claims divided into classes.
type partition struct {
	block   []*claims.Claim
	classes []*class
}

// classify divides block into classes of claims with equal profile,
// profile saying everything a verdict between claims of two articles
// reads. Classes are listed in the order of their first member.
func classify[P comparable](block []*claims.Claim, profile func(*claims.Claim) P) *partition {
	p := &partition{block: block}
	byProfile := make(map[P]*class)
	for i, c := range block {
		k := profile(c)
		cl := byProfile[k]
		if cl == nil {
			cl = &class{rep: c, firstOther: -1, lastOther: -1}
			byProfile[k] = cl
			p.classes = append(p.classes, cl)
		}
		cl.members = append(cl.members, int32(i))
	}
	for _, cl := range p.classes {
		cl.firstOther, cl.lastOther = p.others(cl)
	}
	return p
}

// others finds a class's first member of another article than its first,
// and its last member of another article than its last.
func (p *partition) others(cl *class) (first, last int32) {
	first, last = -1, -1
	firstDoc := p.block[cl.members[0]].Doc
	for _, i := range cl.members {
		if p.block[i].Doc != firstDoc {
			first = i
			break
		}
	}
	lastDoc := p.block[cl.members[len(cl.members)-1]].Doc
	for k := len(cl.members) - 1; k >= 0; k-- {
		if i := cl.members[k]; p.block[i].Doc != lastDoc {
			last = i
			break
		}
	}
	return first, last
}

// before reports whether cl holds a claim of another article than doc
// earlier in the group than index i.
func (p *partition) before(cl *class, i int32, doc string) bool {
	e := cl.members[0]
	if p.block[e].Doc == doc {
		e = cl.firstOther
	}
	return e >= 0 && e < i
}

// after reports whether cl holds a claim of another article than doc
// later in the group than index i.
func (p *partition) after(cl *class, i int32, doc string) bool {
	l := cl.members[len(cl.members)-1]
	if p.block[l].Doc == doc {
		l = cl.lastOther
	}
	return l > i
}

// eachPair calls fn once for every unordered pair of classes, a class
// with itself included, whose claims may be published close enough to
// meet (tooFarApart): classes of known dates are swept in date order,
// and classes of unknown date meet every class.
func (p *partition) eachPair(opts Options, fn func(a, b *class)) {
	var dated, undated []*class
	for _, cl := range p.classes {
		if cl.rep.Published.IsZero() {
			undated = append(undated, cl)
		} else {
			dated = append(dated, cl)
		}
	}
	sort.SliceStable(dated, func(i, j int) bool { return dated[i].rep.Published.Before(dated[j].rep.Published) })
	for i, a := range dated {
		for _, b := range dated[i:] {
			if tooFarApart(a.rep, b.rep, opts) {
				break
			}
			fn(a, b)
		}
	}
	for i, a := range undated {
		for _, b := range dated {
			fn(a, b)
		}
		for _, b := range undated[i:] {
			fn(a, b)
		}
	}
}

// mark gives the claims of classes a and b the outcomes of their pairs
// across articles: ab when the claim of a comes first in the group, ba
// when the claim of b does.
func (p *partition) mark(out []outcome, a, b *class, ab, ba outcome) {
	if ab == 0 && ba == 0 {
		return
	}
	p.markSide(out, a, b, ab, ba)
	if a != b {
		p.markSide(out, b, a, ba, ab)
	}
}

// markSide gives each claim of a the outcome of its pairs with claims of
// other articles in b: first when it comes first, second when the claim
// of b does.
func (p *partition) markSide(out []outcome, a, b *class, first, second outcome) {
	for _, i := range a.members {
		doc := p.block[i].Doc
		if first != 0 && p.after(b, i, doc) {
			out[i] |= first
		}
		if second != 0 && p.before(b, i, doc) {
			out[i] |= second
		}
	}
}

// directPairs is the size up to which a group is paired claim by claim:
// for a few claims, classes cost more than they save.
const directPairs = 16

// allPairs yields the pairs (i, j) of n claims, i < j, in order.
func allPairs(n int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := range n {
			for j := i + 1; j < n; j++ {
				if !yield(i, j) {
					return
				}
			}
		}
	}
}

// directWithin is the number of one article's claims in a group up to
// which they are paired claim by claim (each its own class); beyond it,
// class by class.
const directWithin = directPairs

// classesWithin divides the claims of one article, doc being their
// indices in block (ascending), into classes of equal profile, profile
// saying everything a verdict between two claims of one article reads;
// up to directWithin claims, each is a class of its own. Classes are
// listed in the order of their first member; firstOther and lastOther are
// -1, as no member is of another article.
func classesWithin[P comparable](block []*claims.Claim, doc []int, profile func(*claims.Claim) P) []*class {
	var out []*class
	if len(doc) <= directWithin {
		for _, i := range doc {
			out = append(out, &class{rep: block[i], members: []int32{int32(i)}, firstOther: -1, lastOther: -1})
		}
		return out
	}
	byProfile := make(map[P]*class)
	for _, i := range doc {
		k := profile(block[i])
		cl := byProfile[k]
		if cl == nil {
			cl = &class{rep: block[i], firstOther: -1, lastOther: -1}
			byProfile[k] = cl
			out = append(out, cl)
		}
		cl.members = append(cl.members, int32(i))
	}
	return out
}

// first is a class's first member.
func (cl *class) first() int32 { return cl.members[0] }

// last is a class's last member.
func (cl *class) last() int32 { return cl.members[len(cl.members)-1] }

// precedes reports whether some claim of a comes before some claim of b
// in the group: whether the pairs of claims of a and b hold one with a's
// claim first.
func precedes(a, b *class) bool { return a.first() < b.last() }

// markWithin gives the claims of two classes of one article the outcomes
// of their pairs: ab when the claim of a comes first in the group, ba when
// the claim of b does.
func markWithin(out []outcome, a, b *class, ab, ba outcome) {
	if ab == 0 && ba == 0 {
		return
	}
	markSideWithin(out, a, b, ab, ba)
	markSideWithin(out, b, a, ba, ab)
}

// markSideWithin gives each claim of a the outcome of its pairs with the
// claims of b, of the same article: first when it comes first, second
// when the claim of b does.
func markSideWithin(out []outcome, a, b *class, first, second outcome) {
	for _, i := range a.members {
		if first != 0 && b.last() > i {
			out[i] |= first
		}
		if second != 0 && b.first() < i {
			out[i] |= second
		}
	}
}

// byDocument lists the indices of a group's claims by article, each list
// ascending, the articles in the order of their first claim.
func byDocument(block []*claims.Claim) [][]int {
	at := map[string]int{}
	var out [][]int
	for i, c := range block {
		k, ok := at[c.Doc]
		if !ok {
			k = len(out)
			at[c.Doc] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], i)
	}
	return out
}

// sides lists the claims whose outcomes hold any of want, in the order a
// pairSet of the pairs would have them: the group's order (publication,
// document, offset), and among claims that order cannot tell apart, the
// order of their first pair (rank).
func sides(block []*claims.Claim, out []outcome, want outcome, rank func(i int) int64) []*claims.Claim {
	var list []*claims.Claim
	for start := 0; start < len(block); {
		end := start + 1
		for end < len(block) && !lessClaim(block[start], block[end]) {
			end++
		}
		var run []int
		for i := start; i < end; i++ {
			if out[i]&want != 0 {
				run = append(run, i)
			}
		}
		if len(run) > 1 {
			sort.SliceStable(run, func(x, y int) bool { return rank(run[x]) < rank(run[y]) })
		}
		for _, i := range run {
			list = append(list, block[i])
		}
		start = end
	}
	return list
}

// firstPair ranks the first pair, in the order of a loop over the pairs
// (i, j) of the group with i < j, that gives claim i an outcome of
// phases[0], else of phases[1] and so on: pairs of a later phase rank
// after every pair of an earlier one. pair returns the outcome of the
// pair of claims a < b.
func firstPair(i, n int, phases []outcome, pair func(a, b int) outcome) int64 {
	for ph, want := range phases {
		for k := range n {
			if k == i {
				continue
			}
			lo, hi := min(i, k), max(i, k)
			if pair(lo, hi)&want != 0 {
				return (int64(ph)*int64(n)+int64(lo))*int64(n) + int64(hi)
			}
		}
	}
	return int64(len(phases)) * int64(n) * int64(n)
}
