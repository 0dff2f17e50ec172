package compare

import (
	"fmt"
	"iter"
	"maps"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// The pairing of one article's claims class by class must give every
// claim exactly the outcomes, and record exactly the disputed figures,
// that judging each of its pairs of claims does (judgeEach over
// pairsWithinDocuments, the loop as it was first written), rises
// included; the group's sides then follow (TestPairQuantitiesMatchesAllPairs).

// pairsWithinDocuments yields the pairs (i, j), i < j, of claims of one
// article, article by article.
func pairsWithinDocuments(block []*claims.Claim) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for _, doc := range byDocument(block) {
			for x, i := range doc {
				for _, j := range doc[x+1:] {
					if !yield(i, j) {
						return
					}
				}
			}
		}
	}
}

// bigArticles draws n quantity claims of subject in at most docs articles
// (a.txt, b.txt, ...), so that one article often gives many claims to the
// group; published says whether articles keep one publication date.
func bigArticles(r *rand.Rand, n, docs int, subject string, published bool) []*claims.Claim {
	block := make([]*claims.Claim, n)
	for i := range block {
		c := randomQuantity(r, subject)
		d := r.IntN(docs)
		c.Doc = string(rune('a'+d)) + ".txt"
		if published {
			c.Published = day0.AddDate(0, 0, d)
		}
		block[i] = c
	}
	return sortedGroup(block)
}

func TestWithinDocumentsMatchesAllPairs(t *testing.T) {
	for _, tc := range []struct {
		name      string
		docs, max int
		published bool
	}{
		{"one article", 1, 300, true},
		{"one article, dates drawn", 1, 300, false},
		{"two articles", 2, 200, true},
		{"five articles, dates drawn", 5, 150, false},
		{"few claims each", 5, 40, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for seed := range uint64(200) {
				r := rand.New(rand.NewPCG(seed, 4))
				subject := draw(r, "deaths", "troops")
				block := bigArticles(r, 2+r.IntN(tc.max), tc.docs, subject, tc.published)
				increments := incrementSet{}
				if r.IntN(2) == 0 {
					increments[docSubject{"b.txt", subject}] = []float64{1, 100}
				}
				opts := Options{MaxDays: draw(r, 0, 0, -1, 1)}
				got := &quantityPairing{block: block, increments: increments, opts: opts, disputed: map[float64]bool{}}
				want := &quantityPairing{block: block, increments: increments, opts: opts, disputed: map[float64]bool{}}
				gotOut, wantOut := make([]outcome, len(block)), make([]outcome, len(block))
				got.withinDocuments(gotOut)
				want.judgeEach(wantOut, pairsWithinDocuments(block))
				for i := range block {
					if gotOut[i] != wantOut[i] {
						t.Errorf("seed %d: claim %d (%s@%d:%s) outcome %b, want %b", seed, i,
							block[i].Doc, block[i].Span.Start, block[i].Text, gotOut[i], wantOut[i])
					}
				}
				if g, w := slices.Sorted(maps.Keys(got.disputed)), slices.Sorted(maps.Keys(want.disputed)); !slices.Equal(g, w) {
					t.Errorf("seed %d: disputed %v, want %v", seed, g, w)
				}
			}
		})
	}
}

func TestPairQuantitiesBigArticlesMatchesAllPairs(t *testing.T) {
	for _, tc := range []struct {
		name      string
		docs, max int
		published bool
	}{
		{"one article", 1, 120, true},
		{"two articles", 2, 120, true},
		{"four articles, dates drawn", 4, 120, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for seed := range uint64(100) {
				r := rand.New(rand.NewPCG(seed, 5))
				subject := draw(r, "deaths", "troops")
				block := bigArticles(r, 2+r.IntN(tc.max), tc.docs, subject, tc.published)
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
					t.Errorf("seed %d: misreport %v, want %v", seed, got.misreport, want.misreport)
				}
			}
		})
	}
}

// bigArticle draws n quantity claims of one article on one subject, as a
// long article run together from many gives them: its sentences say one
// of profiles things (a speaker, a figure, a day, ...), each claim at its
// own offset.
func bigArticle(r *rand.Rand, n, profiles int) []*claims.Claim {
	pool := make([]*claims.Claim, profiles)
	for i := range pool {
		pool[i] = randomQuantity(r, "deaths")
	}
	block := make([]*claims.Claim, n)
	for i := range block {
		c := *pool[r.IntN(profiles)]
		c.Doc, c.Published, c.Span.Start = "big.txt", day0, i*10
		block[i] = &c
	}
	return sortedGroup(block)
}

func BenchmarkPairQuantitiesOneArticle(b *testing.B) {
	for _, n := range []int{2000, 5000, 20000} {
		block := bigArticle(rand.New(rand.NewPCG(uint64(n), 3)), n, 200)
		b.Run(fmt.Sprintf("claims=%d", n), func(b *testing.B) {
			for b.Loop() {
				pairQuantities(block, incrementSet{}, Options{})
			}
		})
	}
}
