package compare

import (
	"cmp"
	"slices"
	"sync"
)

// SortStable sorts fs by less as sort.SliceStable would, keeping equal
// findings in their order, but moves each finding once: it sorts their
// indices, then puts every finding in its place by following the
// permutation's cycles. A Finding is large, and the merges of a stable
// sort move each one many times (a second of a 100,000-article check).
func SortStable(fs []Finding, less func(a, b *Finding) bool) {
	if sorted(fs, less) {
		return
	}
	idx := make([]int32, len(fs))
	for i := range idx {
		idx[i] = int32(i)
	}
	order := func(i, j int32) int {
		switch {
		case less(&fs[i], &fs[j]):
			return -1
		case less(&fs[j], &fs[i]):
			return 1
		}
		return cmp.Compare(i, j)
	}
	if len(idx) < splitSort {
		slices.SortFunc(idx, order)
	} else {
		idx = sortHalves(idx, order)
	}
	permute(fs, idx)
}

// splitSort is the number of findings from which SortStable sorts the
// two halves side by side.
const splitSort = 1 << 14

// sortHalves sorts the two halves of idx on two goroutines and merges
// them into a new slice; order never finds two indices equal.
func sortHalves(idx []int32, order func(i, j int32) int) []int32 {
	a, b := idx[:len(idx)/2], idx[len(idx)/2:]
	var wg sync.WaitGroup
	wg.Go(func() { slices.SortFunc(a, order) })
	slices.SortFunc(b, order)
	wg.Wait()
	out := make([]int32, 0, len(idx))
	for len(a) > 0 && len(b) > 0 {
		if order(a[0], b[0]) < 0 {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}

// sorted reports whether fs is already in the order of less.
func sorted(fs []Finding, less func(a, b *Finding) bool) bool {
	for i := 1; i < len(fs); i++ {
		if less(&fs[i], &fs[i-1]) {
			return false
		}
	}
	return true
}

// permute puts fs[idx[k]] at k for every k, in place; idx is used up.
func permute(fs []Finding, idx []int32) {
	for i := range idx {
		if idx[i] < 0 {
			continue
		}
		held, j := fs[i], int32(i)
		for {
			k := idx[j]
			idx[j] = -1
			if int(k) == i {
				fs[j] = held
				break
			}
			fs[j] = fs[k]
			j = k
		}
	}
}
