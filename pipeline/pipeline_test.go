package pipeline

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/compare"
)

func TestRun(t *testing.T) {
	fsys := fstest.MapFS{
		"story/a.txt":      {Data: []byte("---\nsource: A\npublished: 2025-01-10\nlanguage: en\n---\nThe agency said 120 people were killed in the floods.\n")},
		"story/b.txt":      {Data: []byte("---\nsource: B\npublished: 2025-01-10\nlanguage: en\n---\nThe Red Cross said 200 people were killed in the floods.\n")},
		"story/broken.md":  {Data: []byte("---\ntitle: a: b\n---\nText.\n")},
		"story/typo.md":    {Data: []byte("---\nsorce: C\n---\nText.\n")},
		"story/notes.docx": {Data: []byte("binary")},
	}
	var skipped []string
	var progress []int
	var steps []Step
	res := Run([]string{"story"}, Options{
		FS:       corpus.IOFS{FS: fsys},
		Compare:  &compare.Options{},
		Skip:     func(path, reason string) { skipped = append(skipped, path) },
		Progress: func(n int) { progress = append(progress, n) },
		Steps:    func(s Step) { steps = append(steps, s) },
	})
	if len(res.Documents) != 3 || len(progress) != 3 || progress[2] != 3 {
		t.Fatalf("got %d documents, progress %v\nwant 3 documents, progress up to 3", len(res.Documents), progress)
	}
	if len(res.Warnings) != 1 || res.Warnings[0].Path != "story/typo.md" || res.Warnings[0].Line != 2 {
		t.Errorf("got warnings %v\nwant story/typo.md line 2", res.Warnings)
	}
	if len(steps) < 3 || steps[0].Stage != StageRead || steps[0].Total != 5 || steps[len(steps)-1].Stage != StageCompare || steps[len(steps)-1].Done != len(res.AllClaims()) {
		t.Errorf("got steps %+v\nwant reading 5 files, then comparing", steps)
	}
	var read Step
	for _, s := range steps {
		if s.Stage == StageRead {
			read = s
		}
	}
	if read.Done != 5 || read.Extracted != 3 || read.Bytes != read.TotalBytes {
		t.Errorf("last reading step %+v\nwant 5 files (one skipped) and 3 documents done, every byte read", read)
	}
	for _, d := range res.Documents {
		if d.Text != "" {
			t.Errorf("%s: document kept its text", d.ID)
		}
		if d.Source == "" {
			t.Errorf("%s: document lost its source", d.ID)
		}
	}
	if len(res.Errors) != 1 || res.Errors[0].Path != "story/broken.md" || res.Errors[0].Line != 2 {
		t.Errorf("got errors %v\nwant story/broken.md line 2", res.Errors)
	}
	if len(skipped) != 1 || skipped[0] != "story/notes.docx" {
		t.Errorf("got skipped %q\nwant story/notes.docx", skipped)
	}
	if len(res.Findings) != 1 || res.Findings[0].Verdict != compare.Conflict {
		t.Errorf("got findings %+v\nwant one conflict", res.Findings)
	}
	if d := res.Doc("b.txt"); d == nil || d.Source != "B" {
		t.Errorf("Doc(b.txt) = %+v", d)
	}
}

// TestHTMLLines: a claim of a saved page is on the page's own line, not
// on a line of the text extracted from it.
func TestHTMLLines(t *testing.T) {
	page := "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>Floods</title>\n</head>\n<body>\n<div class=\"cookies\">We use cookies.</div>\n<article>\n<h1>Floods hit the valley</h1>\n<p>Heavy rain flooded the valley on Monday.</p>\n<p>The agency said\n120 people were killed in the floods.</p>\n</article>\n</body>\n</html>\n"
	fsys := fstest.MapFS{"a.html": {Data: []byte(page)}}
	res := Run([]string{"a.html"}, Options{FS: corpus.IOFS{FS: fsys}})
	found := false
	for _, c := range res.AllClaims() {
		if strings.Contains(c.Text, "120") {
			found = true
			if c.Line != 12 {
				t.Errorf("%q: got line %d\nwant 12 (the page's line)", c.Text, c.Line)
			}
		}
	}
	if !found {
		t.Fatalf("no claim of 120 deaths in %+v", res.AllClaims())
	}
}

func TestRunWithoutCompare(t *testing.T) {
	fsys := fstest.MapFS{"a.txt": {Data: []byte("The agency said 120 people were killed.\n")}}
	res := Run([]string{"a.txt"}, Options{FS: corpus.IOFS{FS: fsys}})
	if len(res.AllClaims()) == 0 || res.Findings != nil {
		t.Errorf("got %d claims and findings %v\nwant claims and no comparison", len(res.AllClaims()), res.Findings)
	}
}

// TestStoryDate checks that an article with no date of its own reads its
// years by its story's other articles: its figure of another year keeps
// its year and meets nothing, while its claims stay undated.
func TestStoryDate(t *testing.T) {
	undated := "---\nsource: C\nlanguage: en\n---\nOfficials said 120 people were killed in the floods.\n\n" +
		"On March 3, 2019, a similar flood killed 74 people in the same valley.\n"
	fsys := fstest.MapFS{
		"story/a.txt": {Data: []byte("---\nsource: A\npublished: 2025-01-10\nlanguage: en\n---\nThe agency said 120 people were killed in the floods.\n")},
		"story/c.txt": {Data: []byte(undated)},
		"other/d.txt": {Data: []byte(undated)},
	}
	res := Run([]string{"story", "other"}, Options{FS: corpus.IOFS{FS: fsys}, Compare: &compare.Options{}})
	when := map[string]string{}
	for _, c := range res.AllClaims() {
		if c.Quantity != nil && c.Quantity.Value == 74 {
			when[c.Doc] = c.When()
		}
		if c.Doc == "story/c.txt" && !c.Published.IsZero() {
			t.Errorf("%s: undated article's claim dated %v", c.ID, c.Published)
		}
	}
	if when["story/c.txt"] != "2019" || when["other/d.txt"] != "" {
		t.Errorf("got periods %v\nwant 2019 in the story's article, none in the lone undated one", when)
	}
	for _, f := range res.Findings {
		if f.Verdict == compare.Conflict {
			t.Errorf("got conflict %s", f.Key)
		}
	}
	if d := res.Doc("story/c.txt"); d == nil || !d.StoryDate.Equal(res.Doc("story/a.txt").Published) {
		t.Errorf("story/c.txt story date = %+v, want story/a.txt's publication date", d)
	}
}

// TestArchiveDate: when stories are found, the undated article of a large
// folder (an archive of many stories) takes no folder date, while that of
// a small folder still does; by folder, both do.
func TestArchiveDate(t *testing.T) {
	undated := &fstest.MapFile{Data: []byte("---\nsource: C\nlanguage: en\n---\nOfficials said 120 people were killed in the floods yesterday.\n")}
	fsys := fstest.MapFS{"small/a.txt": {Data: []byte("---\nsource: A\npublished: 2025-01-10\nlanguage: en\n---\nThe agency said 12 people died.\n")}, "small/z.txt": undated}
	for i := range storyFolder + 1 {
		fsys[fmt.Sprintf("big/%02d.txt", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("---\nsource: S%d\npublished: 2025-01-%02d\nlanguage: en\n---\nThe agency said %d people died.\n", i, 1+i%28, i+3))}
	}
	fsys["big/zz.txt"] = undated
	for _, tt := range []struct {
		g       Grouping
		bigDate bool
	}{{GroupAuto, false}, {GroupFolder, true}} {
		res := Run([]string{"small", "big"}, Options{FS: corpus.IOFS{FS: fsys}, Stories: tt.g})
		if d := res.Doc("small/z.txt"); d == nil || d.StoryDate.IsZero() {
			t.Errorf("stories %s: the small folder's undated article has no story date", tt.g)
		}
		if d := res.Doc("big/zz.txt"); d == nil || d.StoryDate.IsZero() == tt.bigDate {
			t.Errorf("stories %s: the large folder's undated article: %+v, want a story date: %v", tt.g, d, tt.bigDate)
		}
	}
}

// TestExtractedHook: Options.Extracted is called once, when every
// document is extracted and before the comparison starts.
func TestExtractedHook(t *testing.T) {
	fsys := fstest.MapFS{
		"story/a.txt": {Data: []byte("---\nsource: A\npublished: 2025-01-10\nlanguage: en\n---\nThe agency said 120 people were killed in the floods.\n")},
		"story/b.txt": {Data: []byte("---\nsource: B\npublished: 2025-01-10\nlanguage: en\n---\nThe Red Cross said 200 people were killed in the floods.\n")},
	}
	var events []string
	Run([]string{"story"}, Options{
		FS:        corpus.IOFS{FS: fsys},
		Compare:   &compare.Options{},
		Progress:  func(n int) { events = append(events, fmt.Sprint("extracted ", n)) },
		Extracted: func(n int) { events = append(events, fmt.Sprint("hook ", n)) },
		Steps: func(s Step) {
			if s.Stage == StageCompare && s.Done == 0 {
				events = append(events, "comparing")
			}
		},
	})
	if got, want := strings.Join(events, ", "), "extracted 1, extracted 2, hook 2, comparing"; got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}
