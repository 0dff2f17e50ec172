package pipeline

import (
	"iter"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
)

// runStories checks the project's test stories, which hold every kind of
// claim, quantities with qualifiers, repeats and several stories.
func runStories(t *testing.T) *Result {
	t.Helper()
	res := Run([]string{"../testdata/stories"}, Options{Compare: &compare.Options{}, Stories: GroupAuto})
	if res.ClaimCount() < 500 || len(res.Findings) < 50 {
		t.Fatalf("%d claims, %d findings: the stories were not read", res.ClaimCount(), len(res.Findings))
	}
	return res
}

// TestClaimsPacked: a Run keeps its claims packed, and every way of
// reading them gives the same claims, in the same order, before and
// after Sort.
func TestClaimsPacked(t *testing.T) {
	res := runStories(t)
	if res.Claims != nil {
		t.Fatal("a Run holds its claims unpacked in Claims")
	}
	for _, stage := range []string{"as extracted", "sorted"} {
		if stage == "sorted" {
			res.Sort()
		}
		all := res.AllClaims()
		if len(all) != res.ClaimCount() {
			t.Fatalf("%s: %d claims unpacked, ClaimCount %d", stage, len(all), res.ClaimCount())
		}
		i := 0
		for c := range res.ScanClaims() {
			if !reflect.DeepEqual(c, all[i]) {
				t.Fatalf("%s: claim %d scanned is not claim %d unpacked: %s, %s", stage, i, i, c.ID, all[i].ID)
			}
			i++
		}
		j := 0
		for c := range res.EachClaim() {
			if !reflect.DeepEqual(c, all[j]) {
				t.Fatalf("%s: EachClaim's claim %d differs", stage, j)
			}
			j++
		}
		for _, k := range []int{0, 1, len(all) / 2, len(all) - 1} {
			if got := res.ClaimAt(k); !reflect.DeepEqual(got, all[k]) {
				t.Errorf("%s: ClaimAt(%d) = %v, want %s", stage, k, got, all[k].ID)
			}
		}
		if res.ClaimAt(len(all)) != nil || res.ClaimAt(-1) != nil {
			t.Errorf("%s: ClaimAt past the ends gave a claim", stage)
		}
		checkScanIn(t, stage, res, all)
		if i != len(all) || j != len(all) {
			t.Errorf("%s: scanned %d, each gave %d, of %d", stage, i, j, len(all))
		}
	}
	all := res.AllClaims()
	if !slices.IsSortedFunc(all, func(a, b *claims.Claim) int {
		if c := strings.Compare(a.Doc, b.Doc); c != 0 {
			return c
		}
		if a.Span.Start != b.Span.Start {
			return a.Span.Start - b.Span.Start
		}
		return a.Span.End - b.Span.End
	}) {
		t.Error("sorted claims are not by document and offset")
	}
	for _, c := range all {
		if c.Story == "" || !slices.ContainsFunc(res.Stories, func(s Story) bool { return s.ID == c.Story }) {
			t.Fatalf("%s: story %q is none of the run's", c.ID, c.Story)
		}
	}
}

// TestStoriesComparedAsOne: comparing the packed claims a story at a
// time gives the findings that comparing them all at once gives.
func TestStoriesComparedAsOne(t *testing.T) {
	res := runStories(t)
	together, _ := Compare(res.Documents, res.AllClaims(), compare.Options{})
	if got, want := findingKeys(res.Findings), findingKeys(together); !slices.Equal(got, want) {
		t.Errorf("a story at a time: %d findings; all at once: %d", len(got), len(want))
	}
}

// findingKeys are the findings' IDs and sides, for comparing two runs'
// findings by value.
func findingKeys(fs []compare.Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		ids := []string{f.ID, f.Verdict.String(), f.Note}
		for _, s := range f.Sides {
			ids = append(ids, s.ID, s.Text)
		}
		out[i] = strings.Join(ids, " ")
	}
	return out
}

// TestUnpack: an unpacked Result holds its claims in Claims, and changing
// one changes what every reader gives.
func TestUnpack(t *testing.T) {
	res := runStories(t)
	n := res.ClaimCount()
	res.Unpack()
	if len(res.Claims) != n || res.ClaimCount() != n {
		t.Fatalf("unpacked %d claims of %d", len(res.Claims), n)
	}
	res.Claims[0].Subject = "changed"
	if res.ClaimAt(0).Subject != "changed" || res.AllClaims()[0].Subject != "changed" {
		t.Error("a change to an unpacked claim is lost")
	}
	var nothing *Result
	nothing.Unpack()
}

// checkScanIn: ScanClaimsIn yields the claims of its places, from parts
// scanned side by side, within a document or across several, and nothing
// past the ends.
func checkScanIn(t *testing.T, stage string, res *Result, all []*claims.Claim) {
	t.Helper()
	n := len(all)
	ranges := [][2]int{{0, n}, {0, 1}, {1, 2}, {3, 40}, {n / 2, n/2 + 97}, {n - 5, n + 10}, {-3, 2}, {n, n + 1}, {7, 7}, {9, 4}}
	got := make([][]string, len(ranges))
	done := make(chan int)
	for k, rg := range ranges {
		go func() {
			for c := range res.ScanClaimsIn(rg[0], rg[1]) {
				got[k] = append(got[k], c.ID+"@"+c.Doc+"#"+c.Text)
			}
			done <- k
		}()
	}
	for range ranges {
		<-done
	}
	for k, rg := range ranges {
		var want []string
		for i := max(rg[0], 0); i < min(rg[1], n); i++ {
			want = append(want, all[i].ID+"@"+all[i].Doc+"#"+all[i].Text)
		}
		if !slices.Equal(got[k], want) {
			t.Errorf("%s: ScanClaimsIn(%d, %d) gave %d claims, want %d: %.200q", stage, rg[0], rg[1], len(got[k]), len(want), got[k])
		}
	}
}

// TestKeySpaceParts: the keys gathered from the claims in parts, side by
// side, are those of one pass over them, numbered alike, and so are the
// keys gathered for outsiders.
func TestKeySpaceParts(t *testing.T) {
	res := runStories(t)
	n := res.ClaimCount()
	one, oneOut := newDocKeys(), newDocKeys()
	want := newKeySpaceOf(res.Documents, []iter.Seq[*claims.Claim]{res.ScanClaims()}, oneOut)
	for c := range res.ScanClaims() {
		one.add(c)
	}
	if !reflect.DeepEqual(one, oneOut) {
		t.Fatal("the keys for outsiders gathered with the key space differ from docKeys.add's")
	}
	for _, size := range []int{1, 7, 100, n - 1} {
		var parts []iter.Seq[*claims.Claim]
		for lo := 0; lo < n; lo += size {
			parts = append(parts, res.ScanClaimsIn(lo, lo+size))
		}
		out := newDocKeys()
		got := newKeySpaceOf(res.Documents, parts, out)
		if !reflect.DeepEqual(got.names, want.names) || !reflect.DeepEqual(got.keys, want.keys) ||
			!reflect.DeepEqual(got.places, want.places) || !reflect.DeepEqual(got.when, want.when) ||
			!reflect.DeepEqual(got.held, want.held) || !reflect.DeepEqual(got.main, want.main) {
			t.Errorf("%d parts of %d claims: the key space differs from one pass's", len(parts), size)
		}
		if !reflect.DeepEqual(out, oneOut) {
			t.Errorf("%d parts of %d claims: the keys for outsiders differ", len(parts), size)
		}
	}
}
