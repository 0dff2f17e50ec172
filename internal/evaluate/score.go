package evaluate

import (
	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
)

// Flag is a finding reported against a story, for the lists of a Result.
type Flag struct {
	Story   string
	Finding compare.Finding
}

// Miss is an expected disagreement no flag matched, with the findings that
// touch at least one of its values (the near misses: found with another
// verdict or kind, or with only one side in place).
type Miss struct {
	Story string
	Item  Item
	Near  []compare.Finding
}

// WrongAgreement is an agreement two of whose values are sides of one
// conflict, with the first such conflict.
type WrongAgreement struct {
	Story   string
	Item    Item
	Finding compare.Finding
}

// Result is how findings compare with expectations: of one story, or of
// several added together with Add.
type Result struct {
	// Expected counts the expected disagreements, Found those matched by
	// at least one flag.
	Expected, Found int
	// Flags counts the scored flags, True those that match an expected
	// disagreement. Flags matching only an ambiguous entry, and one-sided
	// flags (a date that cannot be right) on a value of an expected
	// disagreement of their kind, are counted in Unscored and not in
	// Flags: neither right nor wrong, since no pair can be judged.
	Flags, True, Unscored int
	// WrongBetween counts true flags that say dispute where a misreport
	// was expected or the other way round.
	WrongBetween int
	// Unlocated counts expected values not found in their file's body;
	// they can never be matched (see Locate).
	Unlocated int
	// Missed lists the expected disagreements not found, False the flags
	// that match nothing expected, Agreements the agreements flagged as
	// conflicts.
	Missed     []Miss
	False      []Flag
	Agreements []WrongAgreement
}

// Precision is the share of scored flags that match an expected
// disagreement; 1 when nothing was flagged.
func (r Result) Precision() float64 {
	if r.Flags == 0 {
		return 1
	}
	return float64(r.True) / float64(r.Flags)
}

// Recall is the share of expected disagreements that some flag matches; 1
// when nothing was expected.
func (r Result) Recall() float64 {
	if r.Expected == 0 {
		return 1
	}
	return float64(r.Found) / float64(r.Expected)
}

// Add sums o into r, so that precision and recall are taken over all the
// flags and expectations of both (micro-averaged).
func (r *Result) Add(o Result) {
	r.Expected += o.Expected
	r.Found += o.Found
	r.Flags += o.Flags
	r.True += o.True
	r.Unscored += o.Unscored
	r.WrongBetween += o.WrongBetween
	r.Unlocated += o.Unlocated
	r.Missed = append(r.Missed, o.Missed...)
	r.False = append(r.False, o.False...)
	r.Agreements = append(r.Agreements, o.Agreements...)
}

// Flagged reports whether a finding is a flag: anything but agree and
// compatible, which corroborate rather than warn, and the disputes of
// opposed camps, which are recorded but never fail.
func Flagged(f compare.Finding) bool {
	return f.Verdict != compare.Agree && f.Verdict != compare.Compatible && !f.Recorded()
}

// located is an item with the places of its values.
type located struct {
	item Item
	at   [][]place // per value
}

type place struct {
	file string
	span claims.Span
}

func locateItems(items []Item, texts Texts, unlocated *int) []located {
	out := make([]located, len(items))
	for i, it := range items {
		out[i] = located{item: it, at: make([][]place, len(it.Values))}
		for j, v := range it.Values {
			occ := Occurrences(v, texts)
			if len(occ) == 0 {
				*unlocated++
			}
			for _, s := range occ {
				out[i].at[j] = append(out[i].at[j], place{v.File, s})
			}
		}
	}
	return out
}

// hits returns, for each side of f, the indices of the item's values
// whose place the side, or a support claim repeating its value, overlaps.
func (l located) hits(f compare.Finding) [][]int {
	out := make([][]int, len(f.Sides))
	for i, pos := range positions(f) {
		for j, ps := range l.at {
		claims:
			for _, c := range pos {
				for _, p := range ps {
					if p.file == c.Doc && p.span.Overlaps(c.Span) {
						out[i] = append(out[i], j)
						break claims
					}
				}
			}
		}
	}
	return out
}

// positions returns, for each side of f, the side and the support claims
// that repeat its value: together they are one position of the finding.
func positions(f compare.Finding) [][]*claims.Claim {
	out := make([][]*claims.Claim, len(f.Sides))
	for i, s := range f.Sides {
		if s == nil {
			continue
		}
		out[i] = append(out[i], s)
		for _, c := range f.Support {
			if sameValue(s, c) {
				out[i] = append(out[i], c)
			}
		}
	}
	return out
}

// sameValue reports whether two claims state one value.
func sameValue(a, b *claims.Claim) bool {
	switch {
	case a.Quantity != nil && b.Quantity != nil:
		return a.Quantity.Value == b.Quantity.Value
	case a.Date != nil && b.Date != nil:
		return a.Date.Start.Equal(b.Date.Start) && a.Date.Granularity == b.Date.Granularity
	}
	return false
}

// pairs reports whether two different sides of f overlap two different
// values of the item.
func (l located) pairs(f compare.Finding) bool {
	h := l.hits(f)
	for i := range h {
		for j := i + 1; j < len(h); j++ {
			for _, a := range h[i] {
				for _, b := range h[j] {
					if a != b {
						return true
					}
				}
			}
		}
	}
	return false
}

// touches reports whether any side of f overlaps any value of the item.
func (l located) touches(f compare.Finding) bool {
	for _, h := range l.hits(f) {
		if len(h) > 0 {
			return true
		}
	}
	return false
}

// fits reports whether f's kind and verdict are those the expected
// disagreement calls for.
func fits(it Item, f compare.Finding) bool {
	if f.Kind.String() != it.Kind {
		return false
	}
	switch {
	case it.Between == "update":
		return f.Verdict == compare.Update
	case it.Between == "spelling", it.Kind == "name" && it.Between != "misreport":
		return f.Between == compare.Spelling
	case it.Kind == "name":
		// A name told of two people (a misreport) is no spelling.
		return f.Verdict == compare.Conflict && f.Between != compare.Spelling
	}
	return f.Verdict == compare.Conflict
}

// sameBetween reports whether a conflict says who disagrees as expected;
// only dispute and misreport are told apart.
func sameBetween(it Item, f compare.Finding) bool {
	switch it.Between {
	case "dispute":
		return f.Between == compare.Dispute
	case "misreport":
		return f.Between == compare.Misreport
	}
	return true
}

// maxNear bounds the near misses kept for one missed disagreement.
const maxNear = 5

// Score compares findings with the expectations of one story. texts maps
// each file of the story to its whole text (front matter included), as
// the claims' spans index it; Texts builds it from loaded documents.
func Score(exp *Expected, texts Texts, findings []compare.Finding) Result {
	var r Result
	dis := locateItems(exp.Disagreements, texts, &r.Unlocated)
	amb := locateItems(exp.Ambiguous, texts, &r.Unlocated)
	agr := locateItems(exp.Agreements, texts, &r.Unlocated)
	r.Expected = len(dis)
	found := make([]bool, len(dis))
	wrong := make([]bool, len(agr))
	for _, f := range findings {
		if !Flagged(f) {
			continue
		}
		matched, between := false, false
		for i, d := range dis {
			if fits(d.item, f) && d.pairs(f) {
				found[i] = true
				matched = true
				between = between || sameBetween(d.item, f)
			}
		}
		switch {
		case matched:
			r.Flags++
			r.True++
			if !between {
				r.WrongBetween++
			}
		case anyPairs(amb, f), lone(dis, f):
			r.Unscored++
		default:
			r.Flags++
			r.False = append(r.False, Flag{Story: exp.Cluster, Finding: f})
		}
		if f.Verdict == compare.Conflict {
			for i, a := range agr {
				if !wrong[i] && a.pairs(f) {
					wrong[i] = true
					r.Agreements = append(r.Agreements, WrongAgreement{Story: exp.Cluster, Item: a.item, Finding: f})
				}
			}
		}
	}
	for i, d := range dis {
		if found[i] {
			r.Found++
			continue
		}
		m := Miss{Story: exp.Cluster, Item: d.item}
		for _, f := range findings {
			if len(m.Near) < maxNear && d.touches(f) {
				m.Near = append(m.Near, f)
			}
		}
		r.Missed = append(r.Missed, m)
	}
	return r
}

func anyPairs(items []located, f compare.Finding) bool {
	for _, it := range items {
		if it.pairs(f) {
			return true
		}
	}
	return false
}

// lone reports whether f has a single side and that side lies on a value
// of an expected disagreement of f's kind.
func lone(dis []located, f compare.Finding) bool {
	n := 0
	for _, c := range f.Sides {
		if c != nil {
			n++
		}
	}
	if n != 1 {
		return false
	}
	for _, d := range dis {
		if d.item.Kind == f.Kind.String() && d.touches(f) {
			return true
		}
	}
	return false
}
