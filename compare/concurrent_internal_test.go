package compare

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// TestStoriesSideBySide holds Compare's promise that comparing stories on
// several goroutines gives the findings, in the order, that comparing
// them one after the other gives. Forty stories, each with a conflict of
// counts, an agreement, a date conflict and a spelling variant, and a
// trap: the same figures in two stories that must never meet.
func TestStoriesSideBySide(t *testing.T) {
	var cs []*claims.Claim
	for s := range 40 {
		story := fmt.Sprintf("story-%02d", 39-s) // claims out of story order
		in := func(c *claims.Claim) *claims.Claim {
			o := *c.Origin
			o.Story = story
			o.Doc = story + "/" + o.Doc
			c.Origin = &o
			c.ID = story + "/" + c.ID
			return c
		}
		cs = append(cs,
			in(qc("a.txt", "police", "2024-03-01", "deaths", 10+float64(s), 10+float64(s), 10+float64(s), 0)),
			in(qc("b.txt", "army", "2024-03-01", "deaths", 20+float64(s), 20+float64(s), 20+float64(s), 0)),
			in(qc("a.txt", "mayor", "2024-03-01", "houses", 300, 300, 300, 0)),
			in(qc("c.txt", "governor", "2024-03-02", "houses", 300, 300, 300, 0)),
			in(dc("a.txt", "", "2024-03-02", "flood", "2024-03-01")),
			in(dc("b.txt", "", "2024-03-02", "flood", "2024-02-27")),
			in(name("a.txt", 40, "Sri Mulyani", "", "")),
			in(name("c.txt", 40, "Sri Mulyany", "", "")),
		)
	}
	opts := Options{}
	stories := byStory(cs, opts)
	if len(stories) != 40 {
		t.Fatalf("%d stories; want 40", len(stories))
	}
	run1 := func(cs []*claims.Claim, opts Options) []Finding {
		fs := compareStory(cs, opts)
		for i := range fs {
			fs[i].ID = fingerprint(&fs[i])
		}
		sortFindings(fs)
		return fs
	}
	run := func(workers int) []Finding {
		out := concurrently(len(stories), workers, func(i int) []Finding {
			fs := compareStory(stories[i], opts)
			for i := range fs {
				fs[i].ID = fingerprint(&fs[i])
			}
			return fs
		})
		sortFindings(out)
		return out
	}
	one := run(1)
	conflicts := 0
	for _, f := range one {
		if f.Verdict == Conflict {
			conflicts++
		}
		if a, b := f.Sides[0].Story, f.Sides[len(f.Sides)-1].Story; a != b {
			t.Errorf("finding %s has sides from %s and %s", f.Topic, a, b)
		}
	}
	if conflicts < 80 {
		t.Fatalf("%d conflicts on one worker; want two a story at least", conflicts)
	}
	if eight := run(8); !reflect.DeepEqual(one, eight) {
		t.Errorf("findings differ between one worker (%d) and eight (%d)", len(one), len(eight))
	}
	// All stories in one pass, as Compare did before it split them: its
	// blocks are keyed by story as well.
	whole := run1(cs, opts)
	if !reflect.DeepEqual(whole, one) {
		t.Errorf("story by story: %d findings; all stories in one pass: %d", len(one), len(whole))
	}
	if all := Compare(cs, opts); !reflect.DeepEqual(all, whole) {
		t.Errorf("Compare gave %d findings, the serial comparison %d", len(all), len(whole))
	}
}
