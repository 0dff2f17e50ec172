// Package unionfind holds disjoint sets of small integers (a union-find):
// the articles of one story, the spellings of one name.
package unionfind

// Sets are the sets of 0..n-1, each at first alone. A set is named by
// its root, always its least member, so that results do not depend on
// the order sets were joined in.
type Sets struct {
	parent  []int
	members [][]int
}

// New returns n sets, one per integer.
func New(n int) *Sets {
	s := &Sets{parent: make([]int, n), members: make([][]int, n)}
	for i := range s.parent {
		s.parent[i] = i
		s.members[i] = []int{i}
	}
	return s
}

// Find returns the root of i's set: its least member.
func (s *Sets) Find(i int) int {
	for s.parent[i] != i {
		s.parent[i] = s.parent[s.parent[i]]
		i = s.parent[i]
	}
	return i
}

// Join joins the sets of a and b.
func (s *Sets) Join(a, b int) {
	ra, rb := s.Find(a), s.Find(b)
	if ra == rb {
		return
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	s.parent[rb] = ra
	s.members[ra] = append(s.members[ra], s.members[rb]...)
	s.members[rb] = nil
}

// Members lists the members of the set whose root is r, in the order they
// joined; nil when r is no root.
func (s *Sets) Members(r int) []int { return s.members[r] }

// Groups lists the sets, each in increasing order, by their least member.
func (s *Sets) Groups() [][]int {
	at := map[int]int{}
	var out [][]int
	for i := range s.parent {
		r := s.Find(i)
		j, ok := at[r]
		if !ok {
			j = len(out)
			at[r] = j
			out = append(out, nil)
		}
		out[j] = append(out[j], i)
	}
	return out
}
