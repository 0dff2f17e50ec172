package pipeline

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/compare"
)

// storyArticle is an article file with front matter.
func storyArticle(source, day, language, body string) *fstest.MapFile {
	return &fstest.MapFile{Data: []byte("---\nsource: " + source + "\npublished: " + day + "\nlanguage: " + language + "\n---\n" + body + "\n")}
}

// storiesOf runs the pipeline on paths of fsys with stories found, and
// returns each story's documents joined by "+", sorted.
func storiesOf(t *testing.T, fsys fstest.MapFS, paths ...string) ([]string, *Result) {
	t.Helper()
	res := Run(paths, Options{FS: corpus.IOFS{FS: fsys}, Compare: &compare.Options{}, Stories: GroupAuto})
	if len(res.Errors) > 0 {
		t.Fatalf("errors: %v", res.Errors)
	}
	var out []string
	for _, s := range res.Stories {
		out = append(out, strings.Join(s.Documents, "+"))
	}
	slices.Sort(out)
	return out, res
}

// TestFindStories: articles are grouped by the names and days they share,
// across folders and languages; a shared given name, a year apart, or a
// round-up naming two stories does not join them.
func TestFindStories(t *testing.T) {
	// Invented towns and people, one event each.
	flood := func(source, day, lang, town, person string, dead int) *fstest.MapFile {
		if lang == "id" {
			return storyArticle(source, day, lang, fmt.Sprintf("Banjir melanda %s, Provinsi Tesmar, pekan ini. Bupati %s mengatakan %d orang meninggal dunia.", town, person, dead))
		}
		return storyArticle(source, day, lang, fmt.Sprintf("Floods hit %s in Tesmar province this week. Regent %s said %d people died.", town, person, dead))
	}
	tests := []struct {
		name  string
		files fstest.MapFS
		paths []string
		want  []string
	}{
		{"one event in two folders and two languages", fstest.MapFS{
			"a/1.txt": flood("Harbor Daily", "2025-03-04", "en", "Wenlora", "Budi Kartanegara", 14),
			"b/2.txt": flood("Kabar Pagi", "2025-03-05", "id", "Wenlora", "Budi Kartanegara", 17),
		}, []string{"a", "b"}, []string{"a/1.txt+b/2.txt"}},
		{"the same town and regent a year apart", fstest.MapFS{
			"a/1.txt": flood("Harbor Daily", "2024-03-04", "en", "Wenlora", "Budi Kartanegara", 14),
			"b/2.txt": flood("Kabar Pagi", "2025-03-05", "id", "Wenlora", "Budi Kartanegara", 17),
		}, []string{"a", "b"}, []string{"a/1.txt", "b/2.txt"}},
		{"two regents who share a given name", fstest.MapFS{
			"a/1.txt": flood("Harbor Daily", "2025-03-04", "en", "Wenlora", "Budi Kartanegara", 14),
			"b/2.txt": flood("Kabar Pagi", "2025-03-05", "id", "Sundaram", "Budi Wiranata", 17),
		}, []string{"a", "b"}, []string{"a/1.txt", "b/2.txt"}},
		{"a short name and a full name", fstest.MapFS{
			"a/1.txt": storyArticle("Harbor Daily", "2025-02-26", "en", "Prosecutors said graft at Kalandra Petro Niaga cost the state Rp 193.7 trillion, Attorney General spokesman Dewa Sutrisno said on Feb. 25, 2025."),
			"b/2.txt": storyArticle("Kabar Pagi", "2025-02-27", "id", "Kerugian negara akibat korupsi di Kalandra mencapai Rp 968,5 triliun, kata juru bicara Dewa Sutrisno pada 25 Februari 2025."),
		}, []string{"a", "b"}, []string{"a/1.txt+b/2.txt"}},
		{"one army, two places a week apart", fstest.MapFS{
			"a/1.txt": storyArticle("Harbor Daily", "2025-03-04", "en", "Troops arrived in Lamrarang on Monday. General Marlen Oduya said 1,800 troops were stationed in Lamrarang, spokesman Dario Vensk said."),
			"b/2.txt": storyArticle("Kabar Pagi", "2025-03-11", "id", "Pasukan tiba di Mubanha pada Senin. Jenderal Marlen Oduya mengatakan 2.500 tentara ditempatkan di Mubanha, kata juru bicara Dario Vensk."),
		}, []string{"a", "b"}, []string{"a/1.txt", "b/2.txt"}},
		{"one army, one place, two languages", fstest.MapFS{
			"a/1.txt": storyArticle("Harbor Daily", "2025-03-04", "en", "Troops arrived in Lamrarang on Monday. General Marlen Oduya said 1,800 troops were stationed in Lamrarang, spokesman Dario Vensk said."),
			"b/2.txt": storyArticle("Kabar Pagi", "2025-03-05", "id", "Pasukan tiba di Lamrarang pada Senin. Jenderal Marlen Oduya mengatakan 2.500 tentara ditempatkan di Lamrarang, kata juru bicara Dario Vensk."),
		}, []string{"a", "b"}, []string{"a/1.txt+b/2.txt"}},
		{"one event filed in two folders of two languages", fstest.MapFS{
			"en/1.txt": flood("Harbor Daily", "2025-03-04", "en", "Wenlora", "Budi Kartanegara", 14),
			"en/2.txt": flood("Evening Star", "2025-03-04", "en", "Wenlora", "Budi Kartanegara", 14),
			"id/1.txt": flood("Kabar Pagi", "2025-03-05", "id", "Wenlora", "Budi Kartanegara", 17),
			"id/2.txt": flood("Warta Senja", "2025-03-05", "id", "Wenlora", "Budi Kartanegara", 17),
		}, []string{"en", "id"}, []string{"en/1.txt+en/2.txt+id/1.txt+id/2.txt"}},
		{"two folders, two events of one day in one province", fstest.MapFS{
			"f/1.txt": storyArticle("Harbor Daily", "2025-03-04", "en", "Floods hit Wenlora in Tesmar province on March 3. Regent Budi Kartanegara said 14 people died."),
			"f/2.txt": storyArticle("Kabar Pagi", "2025-03-04", "id", "Banjir melanda Wenlora, Provinsi Tesmar, pada 3 Maret. Bupati Budi Kartanegara mengatakan 17 orang meninggal dunia."),
			"b/1.txt": storyArticle("Evening Star", "2025-03-04", "en", "A bus fell into a ravine near Sundaram in Tesmar province on March 3. Police chief Teguh Wiranata said 6 people died."),
			"b/2.txt": storyArticle("Warta Senja", "2025-03-04", "id", "Sebuah bus masuk jurang di dekat Sundaram, Provinsi Tesmar, pada 3 Maret. Kapolres Teguh Wiranata mengatakan 9 orang meninggal dunia."),
		}, []string{"f", "b"}, []string{"b/1.txt+b/2.txt", "f/1.txt+f/2.txt"}},
		{"a round-up naming two stories joins neither to the other", fstest.MapFS{
			"w/1.txt":  flood("Harbor Daily", "2025-03-04", "en", "Wenlora", "Budi Kartanegara", 14),
			"w/2.txt":  flood("Kabar Pagi", "2025-03-05", "id", "Wenlora", "Budi Kartanegara", 17),
			"w/3.txt":  flood("Evening Star", "2025-03-04", "en", "Wenlora", "Budi Kartanegara", 14),
			"s/1.txt":  flood("Harbor Daily", "2025-03-06", "en", "Sundaram", "Teguh Wiranata", 3),
			"s/2.txt":  flood("Kabar Pagi", "2025-03-06", "id", "Sundaram", "Teguh Wiranata", 5),
			"s/3.txt":  flood("Evening Star", "2025-03-07", "en", "Sundaram", "Teguh Wiranata", 3),
			"r/ro.txt": storyArticle("Weekly", "2025-03-08", "en", "Floods hit Wenlora and Sundaram this week. Regent Budi Kartanegara said 14 people died; Regent Teguh Wiranata said 3 died."),
		}, []string{"w", "s", "r"}, nil}, // checked below: w and s stay apart
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := storiesOf(t, tt.files, tt.paths...)
			if tt.want == nil {
				for _, s := range got {
					if strings.Contains(s, "w/") && strings.Contains(s, "s/") {
						t.Errorf("stories %q: a round-up joined two stories", got)
					}
				}
				return
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("stories %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestFolderStories: the few articles of a folder are one story even when
// they share little, while a large folder's articles are grouped by what
// they share, each group named after the folder and its first file.
func TestFolderStories(t *testing.T) {
	small := fstest.MapFS{
		"s/a.txt": storyArticle("A", "2025-01-10", "en", "Officials said 12 people died in the flood."),
		"s/b.txt": storyArticle("B", "2025-01-10", "en", "Officials said 40 people died in the flood."),
	}
	got, res := storiesOf(t, small, "s")
	if !slices.Equal(got, []string{"a.txt+b.txt"}) || res.Stories[0].ID != "s" {
		t.Errorf("small folder: stories %q (%v), want one story s", got, res.Stories)
	}
	if len(res.Findings) == 0 {
		t.Error("small folder: the two tolls are not compared")
	}
	big := fstest.MapFS{}
	towns := []string{"Wenlora", "Sundaram", "Kelapir", "Todamun", "Rasewa", "Mirandal"}
	people := []string{"Budi Kartanegara", "Teguh Wiranata", "Slamet Hadinoto", "Rina Pakusadewa", "Agus Lantaburi", "Dewi Samaratungga"}
	for i := range storyFolder + 4 {
		e := i % len(towns)
		day := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, e*90).Format(time.DateOnly)
		body := fmt.Sprintf("Floods hit %s this week. Regent %s said %d people died.", towns[e], people[e], 10+i)
		big[fmt.Sprintf("all/%02d.txt", i)] = storyArticle(fmt.Sprintf("Outlet %d", i), day, "en", body)
	}
	_, res = storiesOf(t, big, "all")
	if len(res.Stories) != len(towns) {
		t.Fatalf("large folder: %d stories, want %d: %v", len(res.Stories), len(towns), res.Stories)
	}
	for _, s := range res.Stories {
		first := strings.TrimSuffix(s.Documents[0], ".txt")
		if s.ID != "all" && s.ID != "all~"+first {
			t.Errorf("story %q: want all or all~%s", s.ID, first)
		}
		if !strings.Contains(s.Label, "·") {
			t.Errorf("story %q: label %q says little", s.ID, s.Label)
		}
	}
	for _, f := range res.Findings {
		if f.Verdict == compare.Conflict && f.Sides[0].Story != f.Sides[1].Story {
			t.Errorf("a conflict mixes stories %s and %s", f.Sides[0].Story, f.Sides[1].Story)
		}
	}
}

func TestParseGrouping(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Grouping
		ok   bool
	}{
		{"auto", GroupAuto, true}, {"Folder", GroupFolder, true}, {"one", GroupOne, true},
		{"", "", false}, {"folders", "", false}, {"all", "", false},
	} {
		g, err := ParseGrouping(tt.in)
		if g != tt.want || (err == nil) != tt.ok {
			t.Errorf("ParseGrouping(%q) = %q, %v; want %q, ok %v", tt.in, g, err, tt.want, tt.ok)
		}
	}
}

func TestNameKeys(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"kerman", []string{"alone:kerman", "word:kerman"}},
		{"pertamina patra niaga", []string{"entity:pertamina patra niaga", "word:pertamina", "word:patra", "word:niaga"}},
		{"north-korea", []string{"entity:north-korea", "word:north", "word:korea"}},
		{"rp", nil}, // a currency sign read as a name
		{"eom ji sung", []string{"entity:eom ji sung", "word:eom", "word:sung"}},
	} {
		if got := nameKeys(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("nameKeys(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWithinWindow(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	days := func(ss ...string) []time.Time {
		var out []time.Time
		for _, s := range ss {
			out = append(out, day(s))
		}
		return out
	}
	for _, tt := range []struct {
		a, b []time.Time
		want bool
	}{
		{days("2025-01-01"), days("2025-01-20"), true},
		{days("2025-01-01"), days("2025-06-01"), false},
		{nil, days("2025-06-01"), true}, // unknown
		// an undated article naming an old day and this week's
		{days("2020-01-03", "2024-01-03"), days("2024-01-04"), true},
		{days("2020-01-03", "2021-01-03"), days("2024-01-04"), false},
	} {
		if got := withinWindow(tt.a, tt.b); got != tt.want {
			t.Errorf("withinWindow(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestReadable(t *testing.T) {
	for _, tt := range []struct {
		key  string
		name bool
		want string
	}{
		{"north-korea", true, "North Korea"}, {"eom ji sung", true, "Eom Ji Sung"},
		{"en:executive", false, "executive"}, {"vote-share", false, "vote share"},
	} {
		if got := readable(tt.key, tt.name); got != tt.want {
			t.Errorf("readable(%q) = %q, want %q", tt.key, got, tt.want)
		}
	}
}

// TestLabelStories: stories named again from the claims of a run, as the
// claims store does, are the run's stories with the same labels.
func TestLabelStories(t *testing.T) {
	fsys := fstest.MapFS{
		"a/1.txt": storyArticle("Harbor Daily", "2025-03-04", "en", "Floods hit Wenlora in Tesmar province. Regent Budi Kartanegara said 14 people died."),
		"a/2.txt": storyArticle("Kabar Pagi", "2025-03-05", "id", "Banjir melanda Wenlora, Provinsi Tesmar. Bupati Budi Kartanegara mengatakan 17 orang meninggal dunia."),
		"b/3.txt": storyArticle("Evening Star", "2024-01-02", "en", "A fire in Sundaram destroyed 40 houses, Mayor Teguh Wiranata said."),
	}
	_, res := storiesOf(t, fsys, "a", "b")
	want := slices.Clone(res.Stories)
	res.Stories = nil
	for _, d := range res.Documents {
		d.Story = ""
	}
	res.LabelStories()
	if !slices.EqualFunc(res.Stories, want, func(a, b Story) bool {
		return a.ID == b.ID && a.Label == b.Label && slices.Equal(a.Documents, b.Documents)
	}) {
		t.Errorf("LabelStories: %v\nwant %v", res.Stories, want)
	}
	for _, d := range res.Documents {
		if d.Story == "" {
			t.Errorf("%s: no story", d.ID)
		}
	}
}

// TestCandidates: only a shared name (or a word of one) proposes two
// articles for a link; a shared day or counted thing does not.
func TestCandidates(t *testing.T) {
	day := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	dated := func(doc string) *claims.Claim {
		return &claims.Claim{Origin: &claims.Origin{Doc: doc}, Kind: claims.ClaimDate, Subject: "deaths",
			Date: &claims.Date{Start: day, End: day.AddDate(0, 0, 1), Granularity: claims.Day, Resolved: true}}
	}
	tests := []struct {
		name   string
		names  [2][]string
		claims bool
		want   int
	}{
		{"a day and a counted thing", [2][]string{{"wenlora"}, {"sundaram"}}, true, 0},
		{"a town", [2][]string{{"wenlora"}, {"wenlora"}}, false, 1},
		{"a word of a name", [2][]string{{"kalandra petro niaga"}, {"kalandra"}}, false, 1},
		{"nothing", [2][]string{{"wenlora"}, {"sundaram"}}, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := []*claims.Document{{ID: "a/1.txt", Names: tt.names[0]}, {ID: "b/2.txt", Names: tt.names[1]}}
			var cs []*claims.Claim
			if tt.claims {
				cs = []*claims.Claim{dated("a/1.txt"), dated("b/2.txt")}
			}
			if got := len(newKeySpace(docs, slices.Values(cs)).candidates()); got != tt.want {
				t.Errorf("%d candidate pairs, want %d", got, tt.want)
			}
		})
	}
}

// TestSupported: a lone article joins a group when a third of its pairs
// with it link; two groups of several articles each need two thirds; two
// of a desk's folders count only the pairs that share enough pieces.
func TestSupported(t *testing.T) {
	links := func(pieces int, ps ...[2]int) map[pair]int {
		m := map[pair]int{}
		for _, p := range ps {
			m[pairOf(p[0], p[1])] = pieces
		}
		return m
	}
	tests := []struct {
		name   string
		a, b   []int
		linked map[pair]int
		least  int
		want   bool
	}{
		{"a lone article linked to one of three", []int{0}, []int{1, 2, 3}, links(2, [2]int{0, 1}), 1, true},
		{"a lone article linked to none", []int{0}, []int{1, 2, 3}, nil, 1, false},
		{"two groups, half their pairs linked", []int{0, 1}, []int{2, 3}, links(2, [2]int{0, 2}, [2]int{1, 3}), 1, false},
		{"two groups, three pairs of four linked", []int{0, 1}, []int{2, 3}, links(2, [2]int{0, 2}, [2]int{1, 3}, [2]int{1, 2}), 1, true},
		{"two folders, three pairs of four sharing a place and a day", []int{0, 1}, []int{2, 3}, links(2, [2]int{0, 2}, [2]int{1, 3}, [2]int{1, 2}), deskPieces, false},
		{"two folders, three pairs of four sharing three pieces", []int{0, 1}, []int{2, 3}, links(3, [2]int{0, 2}, [2]int{1, 3}, [2]int{1, 2}), deskPieces, true},
	}
	for _, tt := range tests {
		if got := supported(tt.a, tt.b, tt.linked, tt.least); got != tt.want {
			t.Errorf("%s: supported = %v, want %v", tt.name, got, tt.want)
		}
	}
}
