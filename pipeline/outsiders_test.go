package pipeline

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/compare"
)

// TestOutsiders checks that an article sharing nothing with the rest of
// its story is warned about and compared with nothing, and that articles
// sharing a name, a place or what they count are not outsiders.
func TestOutsiders(t *testing.T) {
	article := func(source, day, body string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\nsource: " + source + "\npublished: " + day + "\nlanguage: en\n---\n" + body + "\n")}
	}
	tests := []struct {
		Name      string
		Files     fstest.MapFS
		Outsiders []string
		Conflicts int
	}{
		{"an unrelated article", fstest.MapFS{
			"s/a.txt": article("A", "2024-11-17", "Foreign Minister Takeshi Iwaya met his Ukrainian counterpart in Kyiv on Saturday (Nov 16)."),
			"s/b.txt": article("B", "2024-11-17", "Takeshi Iwaya met Ukraine's foreign minister in Kyiv on Nov 16, 2024."),
			"s/c.txt": article("C", "2024-11-17", "Iwaya arrived in Kyiv on Nov 16 and met officials there."),
			"s/z.txt": article("Z", "2024-11-19", "The city council met on Monday to discuss library hours."),
		}, []string{"s/z.txt"}, 0},
		{"a brief sharing only what it counts", fstest.MapFS{
			"s/a.txt": article("A", "2025-01-10", "The agency said 120 people were killed in the floods in Manila."),
			"s/b.txt": article("B", "2025-01-10", "The Red Cross said 120 people were killed in the floods in Manila."),
			"s/c.txt": article("C", "2025-01-10", "Officials said 200 people were killed in the floods."),
		}, nil, 1},
		// Of two articles sharing nothing, neither is more the story's.
		{"two articles sharing nothing", fstest.MapFS{
			"s/a.txt": article("A", "2024-11-17", "Takeshi Iwaya met his counterpart in Kyiv on Nov 16, 2024."),
			"s/z.txt": article("Z", "2024-11-19", "The city council met on Monday to discuss library hours."),
		}, nil, 1},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			res := Run([]string{"s"}, Options{FS: corpus.IOFS{FS: tt.Files}, Compare: &compare.Options{}})
			var warned []string
			for _, w := range res.Warnings {
				if strings.Contains(w.Reason, "shares no name") {
					warned = append(warned, w.Path)
				}
			}
			if !slices.Equal(warned, tt.Outsiders) {
				t.Errorf("got outsiders %q\nwant %q", warned, tt.Outsiders)
			}
			conflicts := 0
			for _, f := range res.Findings {
				if f.Verdict == compare.Conflict {
					conflicts++
				}
			}
			if conflicts != tt.Conflicts {
				t.Errorf("got %d conflicts\nwant %d", conflicts, tt.Conflicts)
			}
			for _, f := range res.Findings {
				for _, c := range append(f.Sides, f.Support...) {
					if slices.Contains(tt.Outsiders, "s/"+c.Doc) {
						t.Errorf("finding %q holds a claim of outsider %s", f.Key, c.Doc)
					}
				}
			}
		})
	}
}

func TestMergeNames(t *testing.T) {
	tests := []struct{ A, B, Want []string }{
		{nil, nil, []string{}},
		{[]string{"kyiv"}, nil, []string{"kyiv"}},
		{[]string{"iwaya", "kyiv"}, []string{"japan", "kyiv", "ukraine"}, []string{"iwaya", "japan", "kyiv", "ukraine"}},
	}
	for _, tt := range tests {
		if got := mergeNames(tt.A, tt.B); !slices.Equal(got, tt.Want) {
			t.Errorf("mergeNames(%q, %q) = %q\nwant %q", tt.A, tt.B, got, tt.Want)
		}
	}
}
