package unionfind

import (
	"fmt"
	"slices"
	"testing"
)

func TestSets(t *testing.T) {
	tests := []struct {
		n     int
		joins [][2]int
		want  [][]int
	}{
		{3, nil, [][]int{{0}, {1}, {2}}},
		{5, [][2]int{{4, 1}, {3, 4}}, [][]int{{0}, {1, 3, 4}, {2}}},
		{4, [][2]int{{0, 1}, {2, 3}, {3, 1}, {1, 0}}, [][]int{{0, 1, 2, 3}}},
		{0, nil, nil},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.joins), func(t *testing.T) {
			s := New(tt.n)
			for _, j := range tt.joins {
				s.Join(j[0], j[1])
			}
			if got := s.Groups(); !slices.EqualFunc(got, tt.want, slices.Equal) {
				t.Errorf("Groups() = %v, want %v", got, tt.want)
			}
			for _, g := range tt.want {
				r := s.Find(g[len(g)-1])
				if r != g[0] {
					t.Errorf("Find(%d) = %d, want the least member %d", g[len(g)-1], r, g[0])
				}
				m := slices.Clone(s.Members(r))
				slices.Sort(m)
				if !slices.Equal(m, g) {
					t.Errorf("Members(%d) = %v, want %v", r, m, g)
				}
			}
		})
	}
}

func ExampleSets() {
	s := New(4)
	s.Join(3, 1)
	fmt.Println(s.Find(3), s.Groups())
	// Output: 1 [[0] [1 3] [2]]
}
