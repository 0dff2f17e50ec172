package corpus

import (
	"slices"
	"strings"
	"testing"
)

// TestIDsIndependentOfOrder: document IDs are paths relative to the
// deepest folder holding every folder argument, the same in any order of
// the arguments and whatever other folders beside them are added; a file
// argument outside that folder is known by its name, or by its path when
// its name is taken.
func TestIDsIndependentOfOrder(t *testing.T) {
	dir := t.TempDir()
	article := []byte("Officials said 12 people died in the flood on Monday.\n")
	for _, name := range []string{"s0/x.txt", "s1/01.txt", "s1/sub/02.txt", "s2/01.txt", "lone/01.txt", "other/a.txt", "other2/a.txt", "deep/er/b.txt"} {
		write(t, dir, name, article)
	}
	t.Chdir(dir)
	tests := []struct {
		Name string
		Args []string
		IDs  string // sorted
	}{
		{"one folder", []string{"s1"}, "01.txt sub/02.txt"},
		{"two folders sharing a file name", []string{"s1", "s2"}, "s1/01.txt s1/sub/02.txt s2/01.txt"},
		{"an unrelated folder added", []string{"s0", "s1", "s2"}, "s0/x.txt s1/01.txt s1/sub/02.txt s2/01.txt"},
		{"a folder given as ./", []string{"./s1/", "s2"}, "s1/01.txt s1/sub/02.txt s2/01.txt"},
		{"a file outside the folder", []string{"s1", "other/a.txt"}, "01.txt a.txt sub/02.txt"},
		{"a file outside whose name is taken", []string{"s1", "lone/01.txt"}, "01.txt lone/01.txt sub/02.txt"},
		{"two files outside with one name", []string{"s1", "other/a.txt", "other2/a.txt"}, "01.txt other/a.txt other2/a.txt sub/02.txt"},
		{"files alone", []string{"other/a.txt", "other2/a.txt"}, "other/a.txt other2/a.txt"},
		{"files of one folder", []string{"s1/01.txt", "s1/sub/02.txt"}, "01.txt sub/02.txt"},
		{"a folder and a deeper one", []string{"deep", "s1"}, "deep/er/b.txt s1/01.txt s1/sub/02.txt"},
		{"standard input", []string{"-", "s1"}, "01.txt stdin sub/02.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			reversed := slices.Clone(tt.Args)
			slices.Reverse(reversed)
			for _, args := range [][]string{tt.Args, reversed} {
				docs, errs := load(t, &Loader{Stdin: strings.NewReader(string(article))}, args...)
				if len(errs) > 0 {
					t.Fatalf("errors: %q", errText(errs))
				}
				var ids []string
				for _, d := range docs {
					ids = append(ids, d.ID)
				}
				slices.Sort(ids)
				if got := strings.Join(ids, " "); got != tt.IDs {
					t.Errorf("%q:\ngot  %q\nwant %q", args, got, tt.IDs)
				}
			}
		})
	}
}
