package extract

import (
	"math"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// maxBreakdown bounds the counts of one concept in one article that are
// tried as the parts of another (2^n subsets).
const maxBreakdown = 12

// markBreakdowns marks as parts the counts an article itemizes: when some
// counts of one concept add up to another count of it in the same article
// — 72 arrested at one site, 156 at another and 29 more, of 257 — each is
// a part of that total, not another figure for it ("821 of the deaths in
// Palu, the other 11 in Donggala" of 832; seven suspects and two more of
// nine). Only exact sums count, of two to four parts not dated to
// different days.
func markBreakdowns(cs []*claims.Claim) {
	bySubject := map[string][]*claims.Claim{}
	for _, c := range cs {
		if c.Kind != claims.ClaimQuantity || c.Quantity == nil || c.Quantity.Dimension != claims.DimCount {
			continue
		}
		q := c.Quantity
		if q.Flags&(claims.Vague|claims.Increment|claims.Range) != 0 || q.Lo != q.Hi || c.Marks.Has(claims.MarkPart) {
			continue
		}
		bySubject[c.Subject] = append(bySubject[c.Subject], c)
	}
	for _, group := range bySubject {
		if len(group) < 3 || len(group) > maxBreakdown {
			continue
		}
		for _, parts := range sums(group) {
			for _, c := range parts {
				c.Marks |= claims.MarkPart
			}
		}
	}
}

// sums returns the sets of two to four counts of group, of distinct
// values, that add up exactly to another count of group.
func sums(group []*claims.Claim) [][]*claims.Claim {
	totals := map[float64]bool{}
	for _, c := range group {
		totals[c.Quantity.Value] = true
	}
	var out [][]*claims.Claim
	n := len(group)
	for mask := 1; mask < 1<<n; mask++ {
		k := popcount(mask)
		if k < 2 || k > 4 {
			continue
		}
		sum, values := 0.0, map[float64]bool{}
		var parts []*claims.Claim
		for i := range n {
			if mask&(1<<i) != 0 {
				v := group[i].Quantity.Value
				if values[v] {
					sum = math.NaN() // the same figure twice is repetition, not a breakdown
					break
				}
				values[v] = true
				sum += v
				parts = append(parts, group[i])
			}
		}
		if !math.IsNaN(sum) && totals[sum] && !values[sum] && oneMoment(parts) {
			out = append(out, parts)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// oneMoment reports whether the parts are not dated to different days: a
// toll of three on Sunday and four on Monday is a timeline, whatever they
// add up to.
func oneMoment(parts []*claims.Claim) bool {
	var day *claims.Date
	for _, c := range parts {
		if c.At() == nil {
			continue
		}
		if day != nil && !day.Start.Equal(c.At().Start) {
			return false
		}
		day = c.At()
	}
	return true
}

func popcount(x int) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}

// restateFigures gives a count of a population the subject of the same
// figure stated earlier in the article: "577 kematian" and, a paragraph
// later, "angka 577 jamaah haji itu" are one figure, the deaths. Only an
// exact figure that is not round (not a multiple of ten) is taken for a
// restatement: two counts of 577 in one article are hardly two facts.
func restateFigures(cs []*claims.Claim, refinable func(string) bool) {
	byValue := map[float64]*claims.Claim{}
	for _, c := range cs {
		if c.Kind != claims.ClaimQuantity || c.Quantity == nil || c.Quantity.Dimension != claims.DimCount {
			continue
		}
		q := c.Quantity
		if q.Lo != q.Hi || q.Flags&(claims.Vague|claims.Band|claims.Range|claims.Increment) != 0 || math.Mod(q.Value, 10) == 0 {
			continue
		}
		first, seen := byValue[q.Value]
		switch {
		case !seen:
			if !refinable(c.Subject) {
				byValue[q.Value] = c
			}
		case refinable(c.Subject) && first.Subject != c.Subject:
			q.Counted, c.Subject = c.Subject, first.Subject
			q.Concept = first.Subject
		}
	}
}

// restoreHeadlines gives a headline's figure what its article writes with
// the same figure of the same subject in its body. The bound: a
// headline's "200 injured" is the body's "more than 200 were injured",
// not a contradiction of another outlet's "more than 350"; the article's
// first bounded statement of the figure wins, and an approximate one
// ("sebanyak 13") leaves the bare figure exact. And the frame the
// headline leaves out: "13 Orang Meninggal" is the body's "13 orang di
// seluruh provinsi", a province's toll, not a regency's.
func restoreHeadlines(cs []*claims.Claim) {
	type fig struct {
		subject string
		value   float64
	}
	hedged := map[fig]*claims.Quantity{}
	body := map[fig]*claims.Claim{}
	for _, c := range cs {
		q := c.Quantity
		if q == nil || c.Kind != claims.ClaimQuantity {
			continue
		}
		k := fig{c.Subject, q.Value}
		if q.Flags&(claims.LowerBound|claims.UpperBound) != 0 && hedged[k] == nil {
			hedged[k] = q
		}
		if !unterminated(c.Sentence) && body[k] == nil {
			body[k] = c
		}
	}
	for _, c := range cs {
		q := c.Quantity
		if q == nil || c.Kind != claims.ClaimQuantity || !unterminated(c.Sentence) {
			continue
		}
		k := fig{c.Subject, q.Value}
		if b := body[k]; b != nil {
			restoreFrame(c, b)
		}
		if q.Lo != q.Hi || q.Flags&(claims.Vague|claims.Band|claims.Range|claims.Increment) != 0 {
			continue
		}
		if h := hedged[k]; h != nil {
			q.Lo, q.Hi = h.Lo, h.Hi
			q.Flags |= h.Flags & (claims.LowerBound | claims.UpperBound)
		}
	}
}

// restoreFrame fills the slots of a headline's claim c that it leaves
// empty from its body's statement b.
func restoreFrame(c, b *claims.Claim) {
	qs := c.Qualified()
	if qs.Actor == "" {
		qs.Actor = b.Actor()
	}
	if qs.Location == "" {
		qs.Location = b.Location()
	}
	c.SetQualifiers(qs)
	if c.Role == "" {
		c.Role = b.Role
	}
}

// unterminated reports whether a sentence is a line that ends without a
// full stop, question or exclamation mark, or closing quotation mark: a
// headline, however it is capitalized ("Jakarta riots: 6 killed, 200
// injured").
func unterminated(sentence string) bool {
	t := strings.TrimRight(sentence, " \t\r\n")
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case '.', '!', '?', '"', '\'':
		return false
	}
	return !strings.HasSuffix(t, "”") && !strings.HasSuffix(t, "…")
}
