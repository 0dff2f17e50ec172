package compare

import (
	"fmt"
	"sort"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/date"
)

// minuteTolerance is how many minutes apart two minutes of play from two
// articles may be and still be one moment of the match written
// differently ("menit ke-84" and "the 83rd minute").
const minuteTolerance = 3

// judgeMinutes judges the minutes of play of one story (claims.Date.Match).
// A match has many moments, so minutes are not compared all against all:
// a minute one article gives that the other article also gives is the same
// moment, and agrees; a minute neither article matches is set against the
// nearest minute the other article leaves unmatched, when each is the
// other's nearest, within minuteTolerance and, when both name what
// happened, of the same event. Such a pair is one moment given two
// minutes: a conflict. Minutes written alike with added time ("45+3"
// against "48th") are the same moment and conflict with neither.
func judgeMinutes(block []*claims.Claim, opts Options) []Finding {
	byDoc := map[string][]*claims.Claim{}
	var docs []string
	for _, c := range block {
		if _, ok := byDoc[c.Doc]; !ok {
			docs = append(docs, c.Doc)
		}
		byDoc[c.Doc] = append(byDoc[c.Doc], c)
	}
	sort.Strings(docs)
	var conflict []*claims.Claim
	seen := map[*claims.Claim]bool{}
	for i, da := range docs {
		for _, db := range docs[i+1:] {
			a, b := byDoc[da], byDoc[db]
			if tooFarApart(a[0], b[0], opts) {
				continue
			}
			for _, p := range unmatchedPairs(a, b) {
				for _, c := range p {
					if !seen[c] {
						seen[c] = true
						conflict = append(conflict, c)
					}
				}
			}
		}
	}
	if len(conflict) == 0 {
		return nil // minutes that agree are the match as reported
	}
	sides, support := datePositions(conflict)
	return []Finding{{Kind: claims.ClaimDate, Verdict: Conflict, Between: Misreport, Severity: Medium,
		Topic: "minute of play", Key: alignKey(block[0]), Sides: sides, Support: support,
		Note: minutesNote(sides)}}
}

// unmatchedPairs returns the pairs of minutes of a and b (two articles'
// minutes of play) that are one moment given two minutes (judgeMinutes).
func unmatchedPairs(a, b []*claims.Claim) [][2]*claims.Claim {
	var out [][2]*claims.Claim
	for _, x := range a {
		if hasSameMinute(x, b) {
			continue
		}
		y := nearestUnmatched(x, b, a)
		if y == nil || nearestUnmatched(y, a, b) != x || !sameEvent(x, y) {
			continue
		}
		out = append(out, [2]*claims.Claim{x, y})
	}
	return out
}

// nearestUnmatched returns the minute of others nearest to x, within
// minuteTolerance, that has no same minute among own; nil when none.
func nearestUnmatched(x *claims.Claim, others, own []*claims.Claim) *claims.Claim {
	var best *claims.Claim
	bestGap := minuteTolerance + 1
	for _, y := range others {
		if hasSameMinute(y, own) {
			continue
		}
		gap := playedAt(x) - playedAt(y)
		if gap < 0 {
			gap = -gap
		}
		if gap < bestGap {
			best, bestGap = y, gap
		}
	}
	return best
}

// hasSameMinute reports whether one of cs gives x's minute of play, or
// the same moment written with added time ("45+3" and "48th").
func hasSameMinute(x *claims.Claim, cs []*claims.Claim) bool {
	for _, c := range cs {
		if playedAt(c) == playedAt(x) {
			return true
		}
	}
	return false
}

// playedAt is the minute of play counting added time: 45+3 is 48.
func playedAt(c *claims.Claim) int { return c.Date.Minute + c.Date.Added }

// sameEvent reports whether two minutes may be of one event: the same
// event, or at least one says none.
func sameEvent(a, b *claims.Claim) bool {
	return a.Event() == "" || b.Event() == "" || a.Event() == b.Event()
}

// minutesNote says which minutes the sides give.
func minutesNote(sides []*claims.Claim) string {
	if len(sides) < 2 {
		return ""
	}
	return fmt.Sprintf("one moment of the match is given as %s and %s", date.MinuteValue(sides[0].Date), date.MinuteValue(sides[1].Date))
}
