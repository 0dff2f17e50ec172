package compare

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
)

func TestSortStableMatchesSliceStable(t *testing.T) {
	byTopic := func(a, b *Finding) bool { return a.Topic < b.Topic }
	bySeverity := func(a, b *Finding) bool { return a.Severity > b.Severity }
	tests := []struct {
		name string
		n    int
		ties int // distinct sort keys: few make long runs of equal findings
		less func(a, b *Finding) bool
	}{
		{"empty", 0, 1, byTopic},
		{"one", 1, 1, byTopic},
		{"all equal keep their order", 50, 1, byTopic},
		{"already sorted", 40, 40, byTopic},
		{"many ties", 500, 7, byTopic},
		{"few ties", 500, 400, byTopic},
		{"by severity, descending", 300, 4, bySeverity},
		{"halves sorted side by side", splitSort + 999, 50, byTopic},
		{"halves, few ties", 3 * splitSort, 40000, byTopic},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(1, uint64(tt.n)))
			fs := make([]Finding, tt.n)
			for i := range fs {
				k := rng.IntN(tt.ties)
				if tt.name == "already sorted" {
					k = i
				}
				// ID records the original place, to see that ties keep it.
				fs[i] = Finding{ID: fmt.Sprint(i), Topic: fmt.Sprintf("%04d", k), Severity: Severity(k % 4)}
			}
			want := append([]Finding(nil), fs...)
			sort.SliceStable(want, func(i, j int) bool { return tt.less(&want[i], &want[j]) })
			SortStable(fs, tt.less)
			for i := range fs {
				if fs[i].ID != want[i].ID {
					t.Fatalf("at %d: finding %s, want %s (as sort.SliceStable)", i, fs[i].ID, want[i].ID)
				}
			}
		})
	}
}

func TestSingleSpaced(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a b", "a b ", "a  b", "a\tb", "a\nb", "3,000 troops", "tiga\u00a0ribu", "Sybiha  kata", "é b", "a\u0085b", "x \r\ny"} {
		if got, want := singleSpaced(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("singleSpaced(%q) = %q, want %q", s, got, want)
		}
	}
}
