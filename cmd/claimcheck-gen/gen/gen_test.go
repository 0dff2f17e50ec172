package gen

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/claims/lang/builtin"
)

// collect generates a corpus in memory.
func collect(t *testing.T, opts Options) (map[string]*Article, []string, *Manifest) {
	t.Helper()
	files := map[string]*Article{}
	var order []string
	m, err := Generate(opts, func(a *Article) error {
		if _, dup := files[a.Path]; dup {
			return fmt.Errorf("path %s written twice", a.Path)
		}
		files[a.Path] = a
		order = append(order, a.Path)
		return nil
	})
	if err != nil {
		t.Fatalf("Generate(%+v): %v", opts, err)
	}
	return files, order, m
}

func digest(t *testing.T, opts Options) string {
	t.Helper()
	h := sha256.New()
	if _, err := Generate(opts, func(a *Article) error {
		h.Write([]byte(a.Path))
		h.Write(a.Bytes())
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

func TestDeterministic(t *testing.T) {
	a, b := digest(t, Options{Articles: 300, Seed: 7}), digest(t, Options{Articles: 300, Seed: 7})
	if a != b {
		t.Errorf("same seed, different corpora:\ngot  %s\nwant %s", b, a)
	}
	if c := digest(t, Options{Articles: 300, Seed: 8}); c == a {
		t.Errorf("seeds 7 and 8 gave the same corpus %s", c)
	}
}

func TestSizesAndLanguages(t *testing.T) {
	for _, n := range []int{0, 1, 2, 7, 500} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			files, order, m := collect(t, Options{Articles: n, Seed: 1})
			if len(files) != n || m.Articles != n {
				t.Fatalf("got %d files, manifest %d\nwant %d", len(files), m.Articles, n)
			}
			perStory := map[string]int{}
			langs := map[string]int{}
			for _, a := range files {
				perStory[a.Story]++
				langs[a.Language]++
				if !strings.HasPrefix(a.Path, a.Story+"/") {
					t.Errorf("%s is not in its story folder %s", a.Path, a.Story)
				}
			}
			if len(perStory) != m.Stories {
				t.Errorf("got %d stories, manifest says %d", len(perStory), m.Stories)
			}
			last := ""
			if len(order) > 0 {
				last = files[order[len(order)-1]].Story
			}
			for s, k := range perStory {
				if k > 5 || (k < 2 && s != last) {
					t.Errorf("story %s has %d articles, want 2 to 5", s, k)
				}
			}
			if n >= 100 && (langs["en"] < n/4 || langs["id"] < n/4) {
				t.Errorf("languages %v: want both en and id, at least a quarter each", langs)
			}
		})
	}
}

// TestOneFolder checks that a one-folder corpus holds the texts of the
// default layout, every file in one folder named after its story.
func TestOneFolder(t *testing.T) {
	files, order, m := collect(t, Options{Articles: 60, Seed: 5})
	one, oneOrder, oneM := collect(t, Options{Articles: 60, Seed: 5, OneFolder: true})
	if len(oneOrder) != len(order) || oneM.Stories != m.Stories || len(oneM.Planted) != len(m.Planted) {
		t.Fatalf("one folder: %d files, %d stories, %d planted\nwant %d, %d, %d", len(oneOrder), oneM.Stories, len(oneM.Planted), len(order), m.Stories, len(m.Planted))
	}
	for i, p := range oneOrder {
		a, b := files[order[i]], one[p]
		want := OneFolderName + "/" + strings.Replace(a.Path, "/", "-", 1)
		if b.Path != want {
			t.Errorf("path %q\nwant %q", b.Path, want)
		}
		if b.Body != a.Body || b.Story != a.Story {
			t.Errorf("%s: body or story differs from %s", b.Path, a.Path)
		}
	}
	for _, d := range oneM.Planted {
		for _, f := range []string{d.A.File, d.B.File} {
			if one[f] == nil || storyOf(f) != d.Story {
				t.Errorf("%s: planted file %s not generated in the story", d.Story, f)
			}
		}
	}
}

// TestPlantedVerbatim checks that both values of every planted
// discrepancy are written, as given, in their files, and differ.
func TestPlantedVerbatim(t *testing.T) {
	files, _, m := collect(t, Options{Articles: 1000, Seed: 3})
	kinds := map[string]int{}
	for _, d := range m.Planted {
		kinds[d.Kind+"/"+d.Between]++
		if d.A.Value == d.B.Value || d.A.File == d.B.File {
			t.Errorf("%s %s: sides not distinct: %+v %+v", d.Story, d.Kind, d.A, d.B)
		}
		for _, v := range []Value{d.A, d.B} {
			a, ok := files[v.File]
			if !ok {
				t.Errorf("%s: file %s not generated", d.Story, v.File)
				continue
			}
			if a.Story != d.Story {
				t.Errorf("%s: file %s is in story %s", d.Story, v.File, a.Story)
			}
			if !containsWord(a.Body, v.Value) {
				t.Errorf("%s %s: %q not written as a word in %s:\n%s", d.Story, d.Kind, v.Value, v.File, a.Body)
			}
		}
		// The other side's value must not be in the file as well, or the
		// file would contradict itself.
		if a := files[d.B.File]; d.Kind != "name" && containsWord(a.Body, d.A.Value) && d.Kind == "date" {
			t.Errorf("%s: %s writes both dates %q and %q", d.Story, d.B.File, d.A.Value, d.B.Value)
		}
	}
	for _, k := range []string{"quantity/misreport", "quantity/dispute", "date/misreport", "name/spelling"} {
		if kinds[k] == 0 {
			t.Errorf("no %s discrepancy planted in 1000 articles (planted: %v)", k, kinds)
		}
	}
}

// TestFillerConsistent checks that, apart from planted discrepancies,
// every article of a story writes the same figures, dates and names.
func TestFillerConsistent(t *testing.T) {
	for i := range 400 {
		s := newStory(11, i, 2+i%4, false)
		planted := map[string]bool{}
		for _, d := range s.planted {
			planted[d.Subject+"@"+d.B.File] = true
		}
		for _, p := range s.articles {
			for key, v := range p.value {
				if v != s.counts[key] && !planted[key+"@"+p.path] {
					t.Errorf("%s: %s writes %s=%d, story has %d, not planted", s.id, p.path, key, v, s.counts[key])
				}
			}
			for key, sp := range p.speaker {
				var def int
				for _, c := range s.k.counts {
					if c.key == key {
						def = c.speaker
					}
				}
				if sp != def && !planted[key+"@"+p.path] {
					t.Errorf("%s: %s gives %s to speaker %d, not planted", s.id, p.path, key, sp)
				}
			}
			if !p.event.Equal(s.event) && !planted[s.k.name+"@"+p.path] {
				t.Errorf("%s: %s dates the event %s, story %s, not planted", s.id, p.path, p.event, s.event)
			}
			if p.p1 != s.people[0] && !planted["p1@"+p.path] {
				t.Errorf("%s: %s names p1 %q, story %q, not planted", s.id, p.path, p.p1.full(), s.people[0].full())
			}
		}
	}
}

// TestNamesDistinct checks the name lists: a one-letter variant of a name
// must never be another name, so every two names of a list differ in at
// least two letters.
func TestNamesDistinct(t *testing.T) {
	for _, list := range [][]string{firstNames, middleNames, lastNames} {
		for i, a := range list {
			for _, b := range list[i+1:] {
				if d := distance(a, b); d < 2 {
					t.Errorf("names %q and %q differ by %d letters, want at least 2", a, b, d)
				}
			}
		}
	}
	seen := map[string]int{}
	for i := range 20000 {
		p := personFor(1, i).full()
		if j, dup := seen[p]; dup {
			t.Fatalf("persons %d and %d are both %q", j, i, p)
		}
		seen[p] = i
	}
	places := map[string]int{}
	for i := range 20000 {
		p := placeName(1, i)
		if j, dup := places[p]; dup {
			t.Fatalf("stories %d and %d are both in %q", j, i, p)
		}
		places[p] = i
	}
}

func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

var placeholder = regexp.MustCompile(`\{[a-z0-9:]+\}`)

// TestNoPlaceholderLeft checks that every template placeholder is filled.
func TestNoPlaceholderLeft(t *testing.T) {
	files, _, _ := collect(t, Options{Articles: 600, Seed: 5})
	for path, a := range files {
		if m := placeholder.FindString(a.Body); m != "" {
			t.Errorf("%s: placeholder %s left in:\n%s", path, m, a.Body)
		}
	}
}

// TestLoads checks that the written corpus loads with claimcheck's loader,
// with every front-matter field read.
func TestLoads(t *testing.T) {
	dir := t.TempDir()
	m, err := Write(dir, Options{Articles: 40, Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, ManifestFile)); err != nil {
		t.Fatal(err)
	}
	back, err := ReadManifest(filepath.Join(dir, ManifestFile))
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Planted) != len(m.Planted) || back.Articles != 40 {
		t.Errorf("manifest read back: got %d planted, %d articles\nwant %d, 40", len(back.Planted), back.Articles, len(m.Planted))
	}
	var docs []*claims.Document
	l := &corpus.Loader{Packs: builtin.Packs(), Stdin: bytes.NewReader(nil)}
	errs := l.Load([]string{dir}, func(d *claims.Document) { docs = append(docs, d) })
	if len(errs) > 0 {
		t.Fatalf("load errors: %v", errs[0])
	}
	if len(docs) != 40 {
		t.Fatalf("loaded %d documents\nwant 40", len(docs))
	}
	for _, d := range docs {
		if d.Source == "" || d.SourceInferred || d.URL == "" || d.Published.IsZero() || d.LanguageInferred {
			t.Errorf("%s: front matter not read: source %q url %q published %v language %q", d.ID, d.Source, d.URL, d.Published, d.Language)
		}
		if !strings.HasPrefix(d.ID, "s") {
			t.Errorf("document ID %q: want the story folder first", d.ID)
		}
	}
}
