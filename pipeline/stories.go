package pipeline

import (
	"cmp"
	"fmt"
	"iter"
	"math"
	"path"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/extract"
	"github.com/claimcheck/claimcheck/internal/unionfind"
)

// Grouping says which documents make one story, the unit within which
// claims are compared.
type Grouping string

// The groupings a run knows.
const (
	// GroupFolder makes each folder one story: the documents read from
	// one folder report one story (and a JSONL archive's lines that of
	// its file).
	GroupFolder Grouping = "folder"
	// GroupAuto finds the stories from what the documents report: the
	// people, organizations and places they name, what they count, the
	// days they date and when they were published (stories.go).
	GroupAuto Grouping = "auto"
	// GroupOne compares every document with every other.
	GroupOne Grouping = "one"
)

// Groupings lists the groupings in the order help texts give them.
var Groupings = []Grouping{GroupAuto, GroupFolder, GroupOne}

// ParseGrouping reads a grouping's name ("auto", "folder", "one").
func ParseGrouping(s string) (Grouping, error) {
	for _, g := range Groupings {
		if strings.EqualFold(s, string(g)) {
			return g, nil
		}
	}
	return "", fmt.Errorf("unknown story grouping %q (want auto, folder or one)", s)
}

// Story is one story of a run: the documents compared with each other.
type Story struct {
	// ID names the story in reports and is Claim.Story of its claims:
	// the folder's name when the story is (most of) one folder's
	// articles; a folder whose articles report several stories gives the
	// other stories its name followed by "~" and the name of the story's
	// first file ("world~0412-harbor-times").
	ID string
	// Label says what the story is about for a reader: its most telling
	// place and names, what it counts most, and the day of its first article
	// ("Kerman, Ebrahim Raisi · injured · 2024-01-03").
	Label string
	// Documents are the IDs of its documents, sorted.
	Documents []string
}

// group puts the documents and claims of r into stories as g says, and
// sets Claim.Story, Document.Story and r.Stories.
func (r *Result) group(g Grouping) {
	// The pass over the claims gathers their keys for outsiders too.
	r.keys = newDocKeys()
	ks := newKeySpaceOf(r.Documents, claimParts(r), r.keys)
	var groups [][]int
	if g == GroupAuto {
		groups = ks.linkedGroups(storyLink)
	} else {
		groups = ks.folderGroups()
	}
	r.Stories = ks.stories(groups)
	storyOf := make(map[string]string, len(r.Documents))
	for _, s := range r.Stories {
		for _, id := range s.Documents {
			storyOf[id] = s.ID
		}
	}
	for _, d := range r.Documents {
		d.Story = storyOf[d.ID]
	}
	if r.packed != nil {
		r.packed.setStories(storyOf)
	}
	for _, c := range r.Claims {
		c.Story = storyOf[c.Doc]
	}
}

// LabelStories sets r.Stories, with their labels, to the stories r's
// claims already name (Claim.Story), and each document's Story to its
// claims' (its folder when it has none): for a Result put together
// elsewhere, such as from the claims store.
func (r *Result) LabelStories() {
	storyOf := map[string]string{}
	for c := range r.ScanClaims() {
		if _, ok := storyOf[c.Doc]; !ok {
			storyOf[c.Doc] = c.Story
		}
	}
	ks := newKeySpace(r.Documents, r.ScanClaims())
	at := map[string]int{}
	var groups [][]int
	r.Stories = r.Stories[:0]
	for i, d := range r.Documents {
		id, ok := storyOf[d.ID]
		if !ok {
			id = cmp.Or(d.Story, extract.Story(d))
		}
		d.Story = id
		j, ok := at[id]
		if !ok {
			j = len(r.Stories)
			at[id] = j
			r.Stories = append(r.Stories, Story{ID: id})
			groups = append(groups, nil)
		}
		r.Stories[j].Documents = append(r.Stories[j].Documents, d.ID)
		groups[j] = append(groups[j], i)
	}
	for j := range r.Stories {
		r.Stories[j].Label = ks.label(groups[j])
		slices.Sort(r.Stories[j].Documents)
	}
	sort.Slice(r.Stories, func(i, j int) bool { return r.Stories[i].ID < r.Stories[j].ID })
}

// StoryLabel is the label of the story with the given ID, or "" when no
// story has that ID (findings across stories, under GroupOne).
func (r *Result) StoryLabel(id string) string {
	i, ok := slices.BinarySearchFunc(r.Stories, id, func(s Story, id string) int { return strings.Compare(s.ID, id) })
	if !ok {
		return ""
	}
	return r.Stories[i].Label
}

// storyWindow is the longest time between the publication of two
// articles that one link can join: a running story is reported over
// days and weeks, while a place or a person that comes back in the news
// a year later is another story.
const storyWindow = 45 * 24 * time.Hour

// linkRule is when two documents report one story (keySpace.linked):
// they share at least Pieces names or days, whose keys weigh at least
// Weight and at least Share of the lighter document's keys.
type linkRule struct {
	Weight, Share float64
	Pieces        int
}

// storyLink is the rule FindStories applies, chosen by measurement on
// the development clusters, the project's stories and generated mixed
// archives (README, "Stories").
var storyLink = linkRule{Weight: 6, Share: 0.05, Pieces: 2}

// blockLimit is the most documents a key may be held by and still propose
// the pairs of its documents as candidates; a key held more widely (a
// country, a common concept) still counts in a pair's weight when a rarer
// key proposed it. Pairs are never all compared: a key proposes at most
// blockLimit² pairs.
const blockLimit = 64

// backgroundDocs is the size of the archive a key's rarity is measured
// against when the run reads fewer documents: three articles that all
// name a town share something rare, which their own counts cannot show.
const backgroundDocs = 200

// FindStories groups documents into stories by what their claims and
// texts share, and returns the stories sorted by ID. docs must hold every
// document the claims come from.
func FindStories(docs []*claims.Document, cs []*claims.Claim) []Story {
	ks := newKeySpace(docs, slices.Values(cs))
	return ks.stories(ks.linkedGroups(storyLink))
}

// linkedGroups joins the documents that rule links into groups, and
// returns the groups as indices. Links are taken strongest first, and two
// groups join only when a good part of their members are linked
// (joinSupport): a round-up that names five stories links to each, but
// their articles do not link to each other, so it joins one of them
// instead of making them one.
func (ks *keySpace) linkedGroups(rule linkRule) [][]int {
	type link struct {
		a, b   int
		weight float64
	}
	var links []link
	linked := map[pair]int{} // the pieces a linked pair shares
	for _, p := range ks.candidates() {
		a, b := p.docs()
		if w, pieces, ok := ks.linked(a, b, rule); ok {
			links = append(links, link{a, b, w})
			linked[p] = pieces
		}
	}
	slices.SortFunc(links, func(x, y link) int {
		return cmp.Or(cmp.Compare(y.weight, x.weight), cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b))
	})
	sets := unionfind.New(len(ks.docs))
	desk := map[int]bool{} // groups holding a folder of several articles, by root
	for _, g := range ks.folderGroups() {
		if len(g) <= storyFolder {
			for _, i := range g[1:] {
				sets.Join(g[0], i)
			}
			desk[sets.Find(g[0])] = len(g) > 1
		}
	}
	for _, l := range links {
		ra, rb := sets.Find(l.a), sets.Find(l.b)
		least := 1
		if desk[ra] && desk[rb] {
			least = deskPieces
		}
		if ra != rb && supported(sets.Members(ra), sets.Members(rb), linked, least) {
			sets.Join(ra, rb)
			desk[sets.Find(ra)] = desk[ra] || desk[rb]
		}
	}
	return sets.Groups()
}

// deskPieces is what a pair of articles from two folders of several
// articles each must share (names and days) to count toward joining
// them. A desk that filed two events apart is overruled by articles that
// share the people, the place and the day, not by a province and a day,
// which two events of one day in one province share.
const deskPieces = 3

// joinSupport is the least share of linked pairs between two groups for
// them to join, and joinSample the most members of each group looked at.
const (
	joinSupport = 1.0 / 3
	// groupSupport is the share two groups of several articles each
	// need: two folders a desk made, or two stories already found, join
	// when most of their articles link, not a few.
	groupSupport = 2.0 / 3
	joinSample   = 24
)

// supported says whether groups a and b are linked enough to join,
// counting the pairs linked by at least least pieces.
func supported(a, b []int, linked map[pair]int, least int) bool {
	a, b = a[:min(len(a), joinSample)], b[:min(len(b), joinSample)]
	n := 0
	for _, x := range a {
		for _, y := range b {
			if p, ok := linked[pairOf(x, y)]; ok && p >= least {
				n++
			}
		}
	}
	need := joinSupport
	if len(a) > 1 && len(b) > 1 {
		need = groupSupport
	}
	return float64(n) >= need*float64(len(a)*len(b))
}

// folderGroups groups the documents by the folder they were read from.
func (ks *keySpace) folderGroups() [][]int {
	sets := unionfind.New(len(ks.docs))
	first := map[string]int{}
	for i, d := range ks.docs {
		f := extract.Story(d)
		if j, ok := first[f]; ok {
			sets.Join(j, i)
		} else {
			first[f] = i
		}
	}
	return sets.Groups()
}

// keySpace holds each document's story keys as sorted integers, and how
// many documents hold each key.
type keySpace struct {
	docs   []*claims.Document
	keys   [][]int  // per document, sorted
	names  []string // key integer → key
	index  map[string]int
	held   []int // key integer → documents holding it
	weight []float64
	blocks []bool    // whether a key may propose candidates (a name or its word)
	total  []float64 // per document, the weight of its keys
	// places count, per document, the claims that give each place as
	// where their figure is.
	places []map[string]int
	main   []string // per document, its main place (mainPlace), or ""
	// nameKeyMemo holds nameKeys of each name met.
	nameKeyMemo nameMemo
	// when is, per document, its publication date, or else the days its
	// claims date, sorted; empty when neither is known.
	when [][]time.Time
}

func newKeySpace(docs []*claims.Document, cs iter.Seq[*claims.Claim]) *keySpace {
	return newKeySpaceOf(docs, []iter.Seq[*claims.Claim]{cs}, nil)
}

// newKeySpaceOf is newKeySpace of the claims of parts, read side by side,
// gathering their keys for outsiders into outside when it is set.
func newKeySpaceOf(docs []*claims.Document, parts []iter.Seq[*claims.Claim], outside *docKeys) *keySpace {
	ks := &keySpace{docs: docs, keys: make([][]int, len(docs)), places: make([]map[string]int, len(docs)),
		index: map[string]int{}, nameKeyMemo: nameMemo{}}
	ks.gather(parts, outside)
	ks.number()
	ks.weigh()
	ks.main = make([]string, len(docs))
	for i := range docs {
		ks.main[i], _ = ks.mainPlace([]int{i})
	}
	return ks
}

// gather gives each document its keys, from its names and its claims,
// and sets places and when. The parts of the claims are read side by
// side (gatherParts), and what they find put together in their order:
// the keys are numbered as one pass over parts, one after the other,
// would number them. With outside set, the claims' keys for outsiders
// are gathered into it too.
func (ks *keySpace) gather(parts []iter.Seq[*claims.Claim], outside *docKeys) {
	at := make(map[string]int, len(ks.docs))
	for i, d := range ks.docs {
		at[d.ID] = i
		for _, n := range d.Names {
			for _, k := range ks.nameKeys(n) {
				ks.add(i, k)
			}
		}
	}
	trusted, days := ks.calendars()
	found := ks.gatherParts(parts, at, trusted, outside != nil)
	for k := range found {
		ks.merge(&found[k], days)
		if outside != nil {
			outside.merge(found[k].outside)
		}
	}
	ks.when = days
	for i, d := range ks.docs {
		if !d.Published.IsZero() {
			ks.when[i] = []time.Time{d.Published}
		}
		slices.SortFunc(ks.when[i], time.Time.Compare)
	}
}

// add gives document i the key, numbering keys as they come.
func (ks *keySpace) add(i int, key string) {
	id, ok := ks.index[key]
	if !ok {
		id = len(ks.names)
		ks.index[key] = id
		ks.names = append(ks.names, key)
	}
	ks.keys[i] = append(ks.keys[i], id)
}

// calendars says, per document, whether the day its folder gives it is
// its own (it has a publication date, or its folder is a small one), and
// starts its days with that day when it has no date of its own.
func (ks *keySpace) calendars() (trusted []bool, days [][]time.Time) {
	folderSize := map[string]int{}
	for _, d := range ks.docs {
		folderSize[extract.Story(d)]++
	}
	trusted = make([]bool, len(ks.docs))
	days = make([][]time.Time, len(ks.docs))
	for i, d := range ks.docs {
		trusted[i] = !d.Published.IsZero() || folderSize[extract.Story(d)] <= storyFolder
		if d.Published.IsZero() && trusted[i] && !d.StoryDate.IsZero() {
			days[i] = append(days[i], d.StoryDate)
		}
	}
	return trusted, days
}

// number sorts each document's keys, each once, and counts the
// documents holding each key.
func (ks *keySpace) number() {
	ks.held = make([]int, len(ks.names))
	for i, keys := range ks.keys {
		slices.Sort(keys)
		ks.keys[i] = slices.Clip(slices.Compact(keys))
		for _, k := range ks.keys[i] {
			ks.held[k]++
		}
	}
}

// ownDay is the day a claim dates, when it names one by itself or its
// document's calendar is trusted: for a document with no publication date
// in a large folder, a date read by the day of its folder's articles
// ("yesterday", "3 January" with no year) is not its own, as its folder
// may hold other stories.
func ownDay(c *claims.Claim, trusted bool) (time.Time, bool) {
	d := c.Date
	if d == nil || !d.Resolved || d.Suspect != "" || d.TimeOnly || d.Granularity < claims.Day {
		return time.Time{}, false
	}
	if !trusted && (d.Relative || d.Yearless) {
		return time.Time{}, false
	}
	return d.Start, true
}

// keyWeights weigh a key by what it names: a name tells most of a story,
// a day less (many stories happen on one day), a counted thing least.
var keyWeights = map[string]float64{"entity": 1, "word": 1, "day": 0.6, "subject": 0.3}

// storyFolder is the most documents a folder may hold to be taken for one
// story when stories are found: a desk that put three articles in one
// folder said they belong together (an article that shares nothing with
// the others is still left out, as an outsider), a folder of a thousand
// says nothing, and its stories are found from what its articles share.
// Found stories may join folders either way.
const storyFolder = 32

// nameKeys is nameKeys, kept for each name once made.
func (ks *keySpace) nameKeys(name string) []string { return ks.nameKeyMemo.keys(name) }

// nameMemo holds the nameKeys of each name met.
type nameMemo map[string][]string

// keys is nameKeys(name), remembered.
func (m nameMemo) keys(name string) []string {
	keys, ok := m[name]
	if !ok {
		keys = nameKeys(name)
		m[name] = keys
	}
	return keys
}

// nameKeys are the keys a name gives a document: "word:" and each of its
// words; for a name of several words, "entity:" and the whole name; for a
// name of one word, "alone:" and the word too. Articles naming a company
// or a person in full and in short then still share a word ("pertamina"
// of "pertamina patra niaga"), which counts when one of them writes the
// word alone (keySpace.shared): two different people who share a given
// name are not one person. Names of one or two letters (a currency sign
// read as a name) give nothing.
func nameKeys(name string) []string {
	ws := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
	var out []string
	switch {
	case len(ws) > 1:
		out = append(out, "entity:"+name)
	case len(ws) == 1 && len(name) > 2:
		out = append(out, "alone:"+name)
	}
	for _, w := range ws {
		if len(w) > 2 {
			out = append(out, "word:"+w)
		}
	}
	return out
}

// weigh gives each key its weight, the kind's weight times its rarity
// (the logarithm of how many archives' worth of documents one holding it
// stands for), and each document the weight of its keys.
func (ks *keySpace) weigh() {
	n := float64(max(len(ks.docs), backgroundDocs))
	ks.weight = make([]float64, len(ks.names))
	ks.blocks = make([]bool, len(ks.names))
	for k, name := range ks.names {
		kind, _, _ := strings.Cut(name, ":")
		ks.weight[k] = keyWeights[kind] * math.Log(1+n/float64(ks.held[k]))
		ks.blocks[k] = kind == "entity" || kind == "word"
	}
	ks.total = make([]float64, len(ks.docs))
	for i, keys := range ks.keys {
		for _, k := range keys {
			ks.total[i] += ks.weight[k]
		}
	}
}

// candidates are the pairs of documents that share a name, or a word of
// one, held by at most blockLimit documents, each pair once, in a fixed
// order. A day or a counted thing alone proposes no pair: in a large
// archive two events of one day in one province share them, not the
// town or the people.
func (ks *keySpace) candidates() []pair {
	holders := make([][]int, len(ks.names))
	for i, keys := range ks.keys {
		for _, k := range keys {
			if ks.held[k] <= blockLimit && ks.blocks[k] {
				holders[k] = append(holders[k], i)
			}
		}
	}
	var out []pair
	for _, docs := range holders {
		for a := 0; a < len(docs); a++ {
			for b := a + 1; b < len(docs); b++ {
				out = append(out, pairOf(docs[a], docs[b]))
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// pair is two documents' indices in one integer, the smaller first: a
// million candidate pairs take 8 MB.
type pair uint64

func pairOf(a, b int) pair { return pair(min(a, b))<<32 | pair(max(a, b)) }

// docs are the pair's two indices.
func (p pair) docs() (int, int) { return int(p >> 32), int(p & (1<<32 - 1)) }

// linked says whether documents a and b report one story: published
// within storyWindow of each other (when both dates are known) and
// sharing what rule asks, and the weight of what they share.
func (ks *keySpace) linked(a, b int, rule linkRule) (float64, int, bool) {
	if !withinWindow(ks.when[a], ks.when[b]) || ks.apart(a, b) {
		return 0, 0, false
	}
	shared, pieces := ks.shared(a, b)
	lighter := min(ks.total[a], ks.total[b])
	return shared, pieces, pieces >= rule.Pieces && shared >= rule.Weight && shared >= rule.Share*lighter
}

// apart says whether documents a and b give their figures for different
// places: each has a main place (the place most of its claims are
// given for), and neither names a word of the other's. Two troop
// movements of one army, to two countries a week apart, are two stories.
func (ks *keySpace) apart(a, b int) bool {
	pa, pb := ks.main[a], ks.main[b]
	return pa != "" && pb != "" && pa != pb && !ks.namesWordOf(a, pb) && !ks.namesWordOf(b, pa)
}

// namesWordOf says whether document i names a word of place.
func (ks *keySpace) namesWordOf(i int, place string) bool {
	for _, k := range ks.nameKeys(place) {
		if w, ok := strings.CutPrefix(k, "word:"); ok && ks.holds(i, "word:"+w) {
			return true
		}
	}
	return false
}

// holds says whether document i holds key.
func (ks *keySpace) holds(i int, key string) bool {
	k, ok := ks.index[key]
	if !ok {
		return false
	}
	_, found := slices.BinarySearch(ks.keys[i], k)
	return found
}

// shared weighs the keys documents a and b share, and counts the names and
// days among them. A word of names counts when one of the two documents
// writes it as a name alone, and not when it is a word of a whole name
// they share: that is the name's.
func (ks *keySpace) shared(a, b int) (weight float64, pieces int) {
	var keys []int
	covered := map[string]bool{}
	x, y := ks.keys[a], ks.keys[b]
	for i, j := 0, 0; i < len(x) && j < len(y); {
		switch {
		case x[i] < y[j]:
			i++
		case x[i] > y[j]:
			j++
		default:
			keys = append(keys, x[i])
			if n, ok := strings.CutPrefix(ks.names[x[i]], "entity:"); ok {
				for _, k := range ks.nameKeys(n)[1:] {
					covered[k] = true
				}
			}
			i, j = i+1, j+1
		}
	}
	for _, k := range keys {
		name := ks.names[k]
		kind, word, _ := strings.Cut(name, ":")
		if covered[name] || kind == "word" && !ks.alone(a, word) && !ks.alone(b, word) {
			continue
		}
		weight += ks.weight[k]
		if kind != "subject" && kind != "alone" {
			pieces++
		}
	}
	return weight, pieces
}

// alone says whether document i names word as a name of its own.
func (ks *keySpace) alone(i int, word string) bool { return ks.holds(i, "alone:"+word) }

// withinWindow says whether two documents' days (keySpace.when) come
// within storyWindow of each other, or either has none. An article with
// no date of its own may be of any of the days it names (it also names
// days of the past: an anniversary, an earlier disaster). A story's day
// (Document.StoryDate) is no document's own: in a folder of many stories
// it is that of the folder's latest article.
func withinWindow(a, b []time.Time) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for i, j := 0, 0; i < len(a) && j < len(b); {
		d := a[i].Sub(b[j])
		switch {
		case d > storyWindow:
			j++
		case -d > storyWindow:
			i++
		default:
			return true
		}
	}
	return false
}

// dayOf is when a document was published, or its story's day.
func dayOf(d *claims.Document) time.Time {
	if !d.Published.IsZero() {
		return d.Published
	}
	return d.StoryDate
}

// stories names the groups of documents (indices) and sorts them by ID.
func (ks *keySpace) stories(groups [][]int) []Story {
	out := make([]Story, 0, len(groups))
	for _, g := range groups {
		s := Story{Label: ks.label(g)}
		for _, i := range g {
			s.Documents = append(s.Documents, ks.docs[i].ID)
		}
		slices.Sort(s.Documents)
		out = append(out, s)
	}
	nameStories(out, ks.folderOf())
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func (ks *keySpace) folderOf() map[string]string {
	m := make(map[string]string, len(ks.docs))
	for _, d := range ks.docs {
		m[d.ID] = extract.Story(d)
	}
	return m
}

// nameStories gives each story its ID: the folder most of its documents
// come from, when the story is that folder's largest; otherwise the
// folder, "~" and its first document's file name without extension.
func nameStories(ss []Story, folderOf map[string]string) {
	home := make([]string, len(ss))
	largest := map[string]int{} // folder → index of its largest story
	for i := range ss {
		home[i] = mainFolder(ss[i].Documents, folderOf)
		j, ok := largest[home[i]]
		if !ok || biggerStory(&ss[i], &ss[j]) {
			largest[home[i]] = i
		}
	}
	for i := range ss {
		ss[i].ID = home[i]
		if largest[home[i]] != i {
			base := path.Base(ss[i].Documents[0])
			ss[i].ID = home[i] + "~" + strings.TrimSuffix(base, path.Ext(base))
		}
	}
}

// biggerStory orders the stories of one folder: more documents first,
// then the first document's ID.
func biggerStory(a, b *Story) bool {
	if len(a.Documents) != len(b.Documents) {
		return len(a.Documents) > len(b.Documents)
	}
	return a.Documents[0] < b.Documents[0]
}

// mainFolder is the folder most of the documents come from (the first by
// name on a tie).
func mainFolder(ids []string, folderOf map[string]string) string {
	n := map[string]int{}
	best := ""
	for _, id := range ids {
		f := folderOf[id]
		n[f]++
		if best == "" || n[f] > n[best] || n[f] == n[best] && f < best {
			best = f
		}
	}
	return best
}

// label says what a group of documents reports: its two most telling
// names (held by most of its documents, rarest first), the thing it
// counts most often, and the first publication day.
func (ks *keySpace) label(g []int) string {
	var names, subjects []scored
	for k, n := range ks.heldIn(g) {
		kind, name, _ := strings.Cut(ks.names[k], ":")
		s := scored{name, float64(n) * ks.weight[k]}
		switch kind {
		case "subject":
			subjects = append(subjects, s)
		case "entity", "alone":
			names = append(names, s)
		}
	}
	var top []string
	place, ok := ks.mainPlace(g)
	if ok {
		top = append(top, readable(place, true))
	}
	slices.SortFunc(names, byScore)
	for _, s := range names {
		if len(top) < 2 && s.name != place {
			top = append(top, readable(s.name, true))
		}
	}
	var parts []string
	if len(top) > 0 {
		parts = append(parts, strings.Join(top, ", "))
	}
	if s, ok := best(subjects); ok {
		parts = append(parts, readable(s, false))
	}
	if day := ks.firstDay(g); !day.IsZero() {
		parts = append(parts, day.Format(time.DateOnly))
	}
	return strings.Join(parts, " · ")
}

// mainPlace is the place most of g's figures are given for.
func (ks *keySpace) mainPlace(g []int) (string, bool) {
	n := map[string]int{}
	for _, i := range g {
		for p, c := range ks.places[i] {
			n[p] += c
		}
	}
	var ss []scored
	for p, c := range n {
		ss = append(ss, scored{p, float64(c)})
	}
	return best(ss)
}

// scored is a key of a label with how telling it is.
type scored struct {
	name  string
	score float64
}

// byScore orders keys most telling first, then by name.
func byScore(a, b scored) int {
	return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.name, b.name))
}

// best is the most telling of ss.
func best(ss []scored) (string, bool) {
	if len(ss) == 0 {
		return "", false
	}
	return slices.MinFunc(ss, byScore).name, true
}

// heldIn counts, for each key, the documents of g holding it.
func (ks *keySpace) heldIn(g []int) map[int]int {
	in := map[int]int{}
	for _, i := range g {
		for _, k := range ks.keys[i] {
			in[k]++
		}
	}
	return in
}

// readable writes a key for a reader: words apart, without the language
// mark of an open noun ("en:executive"), a name's words capitalized
// ("north-korea" is "North Korea").
func readable(key string, name bool) string {
	if lang, rest, ok := strings.Cut(key, ":"); ok && len(lang) == 2 {
		key = rest
	}
	words := strings.FieldsFunc(key, func(r rune) bool { return r == '-' || r == ' ' })
	if name {
		for i, w := range words {
			r, size := utf8.DecodeRuneInString(w)
			words[i] = string(unicode.ToUpper(r)) + w[size:]
		}
	}
	return strings.Join(words, " ")
}

func (ks *keySpace) firstDay(g []int) time.Time {
	var first time.Time
	for _, i := range g {
		if d := dayOf(ks.docs[i]); !d.IsZero() && (first.IsZero() || d.Before(first)) {
			first = d
		}
	}
	return first
}
