package report

import (
	"net/url"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
)

// StoryOf is the story a finding belongs to: the Story of its
// claims, or, when --stories one compared claims of several stories, their
// stories joined with " + ". Claims of no folder are in story ".".
func StoryOf(f *compare.Finding) string {
	seen := map[string]bool{}
	var names []string
	for _, cs := range [][]*claims.Claim{f.Sides, f.Support} {
		for _, c := range cs {
			s := c.Story
			if s == "" {
				s = "."
			}
			if !seen[s] {
				seen[s] = true
				names = append(names, s)
			}
		}
	}
	if len(names) == 0 {
		return "."
	}
	sort.Strings(names)
	return strings.Join(names, " + ")
}

// storyGroup is the findings of one story, as indices into
// Result.Findings: disagreements first, in the Result's order.
type storyGroup struct {
	Name      string
	Shown     []int // conflicts and updates
	Collapsed []int // compatible findings and agreements
}

// groupStories groups r's findings (sorted) by story: the stories with
// the most severe disagreement first, then by name.
func groupStories(r *pipeline.Result) []*storyGroup {
	byName := map[string]*storyGroup{}
	var groups []*storyGroup
	worst := map[string]compare.Severity{}
	for i := range r.Findings {
		f := &r.Findings[i]
		name := StoryOf(f)
		g := byName[name]
		if g == nil {
			g = &storyGroup{Name: name}
			byName[name] = g
			groups = append(groups, g)
		}
		if Disagrees(f) {
			g.Shown = append(g.Shown, i)
			worst[name] = max(worst[name], f.Severity)
		} else {
			g.Collapsed = append(g.Collapsed, i)
		}
	}
	sort.SliceStable(groups, func(i, j int) bool {
		a, b := groups[i], groups[j]
		if worst[a.Name] != worst[b.Name] {
			return worst[a.Name] > worst[b.Name]
		}
		if len(a.Shown) != len(b.Shown) {
			return len(a.Shown) > len(b.Shown)
		}
		return a.Name < b.Name
	})
	return groups
}

// counts says how many findings of each verdict a list holds: "1
// conflict, 2 agree".
func counts(r *pipeline.Result, idx ...[]int) string {
	s := Summary{ByVerdict: map[compare.Verdict]int{}}
	for _, l := range idx {
		for _, i := range l {
			s.ByVerdict[r.Findings[i].Verdict]++
			s.Findings++
		}
	}
	return plural(s.Findings, "finding") + ": " + strings.Join(s.verdictParts(), ", ")
}

// collapsedLabel names what a story's collapsed section holds: "2
// agreements and 1 compatible finding".
func collapsedLabel(r *pipeline.Result, idx []int) string {
	var agree, compatible int
	for _, i := range idx {
		if r.Findings[i].Verdict == compare.Agree {
			agree++
		} else {
			compatible++
		}
	}
	var parts []string
	if agree > 0 {
		parts = append(parts, plural(agree, "agreement"))
	}
	if compatible > 0 {
		parts = append(parts, plural(compatible, "compatible finding"))
	}
	return strings.Join(parts, " and ")
}

// keyParts splits an alignment key ("quantity|deaths|role=part|actor=iran")
// into its kind, subject and named qualifiers.
func keyParts(key string) (kind, subject string, q map[string]string) {
	parts := strings.Split(key, "|")
	q = map[string]string{}
	for i, p := range parts {
		switch i {
		case 0:
			kind = p
		case 1:
			subject = p
		default:
			if k, v, ok := strings.Cut(p, "="); ok {
				q[k] = v
			} else if p != "" {
				q[p] = "yes"
			}
		}
	}
	return kind, subject, q
}

// words writes a key as words: "coast-guard" → "coast guard"; a key of the
// bilingual lexicon loses its language ("en:memorandum" → "memorandum").
func words(key string) string {
	if i := strings.IndexByte(key, ':'); i > 0 && i <= 3 {
		key = key[i+1:]
	}
	return strings.Join(strings.FieldsFunc(key, func(r rune) bool { return r == '-' || r == '_' }), " ")
}

// name writes a key of a place or organization as a name: "north-korea"
// → "North Korea".
func name(key string) string {
	w := strings.Fields(words(key))
	for i, x := range w {
		w[i] = capitalize(x)
	}
	return strings.Join(w, " ")
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// Topic is the heading of a finding: what it is about, whose, where and
// in what period, as its alignment key and claims say:
// "Coast guard ships of China in Natuna", "Date of the strike in Garut",
// "Spelling of Erlan Abdikarimov (foreign minister of Kazakhstan)".
func Topic(f *compare.Finding) string {
	kind, subject, q := keyParts(f.Key)
	switch {
	case kind == "quantity" && subject != "":
		if q["location"] == "" {
			q["location"] = commonLocation(f.Sides)
		}
		return quantityTopic(subject, q)
	case kind == "date" && subject != "" && !strings.HasPrefix(f.Topic, "likely"):
		event, planned := strings.CutSuffix(subject, ":planned")
		t := "Date of the " + eventNoun(event)
		switch {
		case planned:
			t = "Planned date of the " + eventNoun(event)
		case event == "play": // a minute of a match ("menit ke-77")
			t = "Minute of play"
		}
		if l := commonLocation(f.Sides); l != "" {
			t += " in " + name(l)
		}
		return t
	case kind == "name" && len(f.Sides) > 0:
		t := capitalize(f.Topic)
		if role := personRole(f.Sides); role != "" {
			t += " (" + role + ")"
		}
		return t
	}
	if f.Topic != "" {
		return capitalize(f.Topic)
	}
	return f.Key
}

// eventNouns are the nouns a heading writes for the event keys the packs
// give dates ("lose-contact" is dated by "lost contact" and "hilang
// kontak"): "Date of the loss of contact", not "of the lose contact". A
// key missing here is written as its words.
var eventNouns = map[string]string{
	"announce": "announcement", "arrive": "arrival", "begin": "start", "born": "birth",
	"destroy": "destruction", "die": "death", "erupt": "eruption", "explode": "explosion",
	"extinguish": "putting out", "find": "discovery", "inaugurate": "inauguration",
	"leave": "departure", "lose-contact": "loss of contact", "meet": "meeting",
	"occur": "event", "open": "opening", "poison": "poisoning",
	"score": "goal", "sign": "signing", "sink": "sinking", "warn": "warning",
	"as-of": "figures (as of)",
}

// eventNoun is the noun of an event key ("lose-contact" → "loss of
// contact").
func eventNoun(key string) string {
	if n, ok := eventNouns[key]; ok {
		return n
	}
	return words(key)
}

// quantityTopic writes a count's topic from its key: the role's words
// before the subject, then whose, where, the period and the rate.
func quantityTopic(subject string, q map[string]string) string {
	var t strings.Builder
	role := q["role"]
	part := strings.HasPrefix(role, "part")
	role = strings.TrimSpace(strings.TrimPrefix(role, "part"))
	if role != "" {
		t.WriteString(words(role) + " ")
	}
	t.WriteString(words(strings.TrimSuffix(subject, ":planned")))
	if c := q["counted"]; c != "" && c != subject {
		t.WriteString(" among " + words(c))
	}
	if a := q["actor"]; a != "" {
		t.WriteString(" of " + name(a))
	}
	if l := q["location"]; l != "" {
		t.WriteString(" in " + name(l))
	}
	if w := q["when"]; w != "" {
		t.WriteString(" in " + w)
	}
	if p := q["per"]; p != "" {
		t.WriteString(" per " + words(p))
	}
	switch {
	case strings.HasSuffix(subject, ":planned"):
		t.WriteString(" (planned)")
	case part:
		t.WriteString(" (a part of a larger count)")
	case q["increment"] != "":
		t.WriteString(" (added to an earlier figure)")
	}
	return capitalize(t.String())
}

// commonLocation is the location every side that names one names, or "".
func commonLocation(cs []*claims.Claim) string {
	loc := ""
	for _, c := range cs {
		switch {
		case c.Location() == "":
		case loc == "":
			loc = c.Location()
		case loc != c.Location():
			return ""
		}
	}
	return loc
}

// personRole is the office the sides give a person, when they agree on
// one: "foreign minister of Kazakhstan".
func personRole(cs []*claims.Claim) string {
	role, of := "", ""
	for _, c := range cs {
		if c.Entity == nil || c.Entity.Role == "" {
			continue
		}
		if role != "" && role != c.Entity.RoleKey() {
			return ""
		}
		role = c.Entity.RoleKey()
		if of == "" {
			of = c.Entity.Of
		}
	}
	if role == "" {
		return ""
	}
	if of != "" {
		return words(role) + " of " + name(of)
	}
	return words(role)
}

// Facets say what a finding's key and claims say beyond its heading:
// "whose: China · where: Natuna · published 2024-10-01 to 2024-10-03".
// A facet the heading already names is left out.
func Facets(f *compare.Finding) string {
	_, _, q := keyParts(f.Key)
	topic := Topic(f)
	var parts []string
	add := func(label, v string) {
		if v != "" && !strings.Contains(topic, v) {
			parts = append(parts, label+v)
		}
	}
	if a := q["actor"]; a != "" {
		add("whose: ", name(a))
	}
	where := q["location"]
	if where == "" {
		where = commonLocation(f.Sides)
	}
	if where != "" {
		add("where: ", name(where))
	}
	add("period: ", q["when"])
	if p := publishedRange(f); p != "" {
		parts = append(parts, p)
	}
	return strings.Join(parts, " · ")
}

// publishedRange is when the sides were published: "published 2025-01-10"
// or "published 2025-01-10 to 2025-01-12"; "" when unknown.
func publishedRange(f *compare.Finding) string {
	var lo, hi time.Time
	for _, cs := range [][]*claims.Claim{f.Sides, f.Support} {
		for _, c := range cs {
			if c.Published.IsZero() {
				continue
			}
			if lo.IsZero() || c.Published.Before(lo) {
				lo = c.Published
			}
			if hi.IsZero() || c.Published.After(hi) {
				hi = c.Published
			}
		}
	}
	switch {
	case lo.IsZero():
		return ""
	case day(lo) == day(hi):
		return "published " + day(lo)
	}
	return "published " + day(lo) + " to " + day(hi)
}

// article is how a report names and links a document.
type article struct {
	Title string // the headline, or the document ID
	Href  string // the article's http(s) address, else its file's path
	// Source is the outlet, Path the file, Published the day ("" when
	// unknown).
	Source, Path, Published string
	// Web is set when Href is the article's address.
	Web bool
}

// articleOf describes c's document.
func articleOf(r *pipeline.Result, c *claims.Claim) article {
	a := article{Title: c.Doc, Href: c.Doc, Path: c.Doc, Source: c.Source, Published: day(c.Published)}
	d := r.Doc(c.Doc)
	if d == nil {
		return a
	}
	if d.Title != "" {
		a.Title = NormalizeSpace(d.Title)
	}
	if d.Path != "" {
		a.Path, a.Href = d.Path, d.Path
	}
	if webURL(d.URL) {
		a.Href, a.Web = d.URL, true
	}
	if d.Source != "" {
		a.Source = d.Source
	}
	if !d.Published.IsZero() {
		a.Published = day(d.Published)
	}
	return a
}

// webURL reports whether s is an http or https address, the only ones a
// report links to (a "javascript:" address in front matter must not
// become a link).
func webURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// related finds, for each finding, the claims of its story with the same
// alignment key as one of its sides (and no other location) that no
// finding holds: claims the comparison met but left out of every finding
// (a figure compatible with both sides of a conflict or an agreement),
// so that a report can still show them. Names and titles, which are grouped by person, have
// none; nor has a minute of play another moment of the match (otherMoment).
func related(r *pipeline.Result) map[*compare.Finding][]*claims.Claim {
	places, _ := relatedUpTo(r, -1)
	out := make(map[*compare.Finding][]*claims.Claim, len(places))
	unpacked := map[int]*claims.Claim{} // a claim related to two findings is one
	for f, at := range places {
		for _, i := range at {
			c, ok := unpacked[i]
			if !ok {
				c = r.ClaimAt(i)
				unpacked[i] = c
			}
			out[f] = append(out[f], c)
		}
	}
	return out
}

// claimsAt are the claims at places of r (Result.ClaimAt).
func claimsAt(r *pipeline.Result, places []int) []*claims.Claim {
	if len(places) == 0 {
		return nil
	}
	out := make([]*claims.Claim, len(places))
	for j, i := range places {
		out[j] = r.ClaimAt(i)
	}
	return out
}

// relatedUpTo is related with at most limit claims listed per finding
// (all when limit < 0), each by its place among r's claims
// (Result.ClaimAt), and how many each finding has in all. A key with
// thousands of such claims and hundreds of findings (an archive run
// together into one article) is then counted by location, not listed
// per finding: a report of it grows with its claims, not with their
// product with the findings. Listing places, not claims, a report of a
// large corpus unpacks a finding's related claims when it writes the
// finding, and never holds them all.
func relatedUpTo(r *pipeline.Result, limit int) (map[*compare.Finding][]int, map[*compare.Finding]int) {
	return relatedOf(r, relatedByKey(r), limit)
}

// relatedOf is relatedUpTo with the related claims by key gathered.
func relatedOf(r *pipeline.Result, byKey map[string]*keyClaims, limit int) (map[*compare.Finding][]int, map[*compare.Finding]int) {
	out, total := map[*compare.Finding][]int{}, map[*compare.Finding]int{}
	if len(byKey) == 0 {
		return out, total
	}
	var buf []byte
	for i := range r.Findings {
		f := &r.Findings[i]
		// A side's key is kept only when some claim is related by it:
		// "" (no key) is related to nothing.
		keys := make([]string, len(f.Sides))
		for j, s := range f.Sides {
			buf = appendStoryKey(buf[:0], s)
			if byKey[string(buf)] != nil {
				keys[j] = string(buf)
			}
		}
		list := relatedList(f.Sides, keys, byKey, limit)
		n := len(list)
		if n == limit {
			n = relatedCount(f.Sides, keys, byKey) // there may be more
		}
		if len(list) > 0 {
			out[f] = list
		}
		if n > 0 {
			total[f] = n
		}
	}
	return out, total
}

// keyClaims are the claims of one story and key that no finding holds,
// in order, and how many there are of each location ("" for none).
type keyClaims struct {
	list  []relClaim
	byLoc map[string]int
	// match is set when one is a minute of play, related to a side by
	// its moment too: such a key is counted claim by claim.
	match bool
}

// relClaim is a claim a finding may list as related: its place among the
// Result's claims, and what relates it to a side (relatedTo).
type relClaim struct {
	at  int
	loc string
	// moment is the minute of play (with added time) of a claim that is
	// one (match).
	moment int
	match  bool
}

// relClaimOf is c, at place at, as relatedByKey keeps it.
func relClaimOf(c *claims.Claim, at int) relClaim {
	m, match := momentOf(c)
	return relClaim{at: at, loc: c.Location(), moment: m, match: match}
}

// relatedIndex gathers, claim by claim, the quantities and dates no
// finding holds (nor repeats of another claim) by story and key, for the
// keys of the findings' sides: a report that lists every claim feeds it
// as it goes (add), and reads no claim twice.
type relatedIndex struct {
	inFinding map[claims.Ref]bool // a Result's claims may be unpacked copies
	sideKeys  map[string]bool     // the keys asked for: of the findings' sides
	byKey     map[string]*keyClaims
	key       []byte // a claim's story and key, looked up without a copy
}

func newRelatedIndex(r *pipeline.Result) *relatedIndex {
	n := 0
	for i := range r.Findings {
		n += len(r.Findings[i].Sides) + len(r.Findings[i].Support)
	}
	ri := &relatedIndex{inFinding: make(map[claims.Ref]bool, n), sideKeys: map[string]bool{}, byKey: map[string]*keyClaims{}}
	for i := range r.Findings {
		for _, c := range r.Findings[i].Sides {
			if ri.key = appendStoryKey(ri.key[:0], c); !ri.sideKeys[string(ri.key)] {
				ri.sideKeys[string(ri.key)] = true
			}
		}
		for _, cs := range [][]*claims.Claim{r.Findings[i].Sides, r.Findings[i].Support} {
			for _, c := range cs {
				ri.inFinding[c.Ref()] = true
			}
		}
	}
	return ri
}

// add takes the claim at place at of the Result's claims.
func (ri *relatedIndex) add(c *claims.Claim, at int) {
	if c.RepeatOf() != "" || c.Kind != claims.ClaimQuantity && c.Kind != claims.ClaimDate || ri.inFinding[c.Ref()] {
		return
	}
	ri.key = appendStoryKey(ri.key[:0], c)
	if !ri.sideKeys[string(ri.key)] {
		return
	}
	kc := ri.byKey[string(ri.key)]
	if kc == nil {
		kc = &keyClaims{byLoc: map[string]int{}}
		ri.byKey[string(ri.key)] = kc
	}
	kc.list = append(kc.list, relClaimOf(c, at))
	kc.byLoc[c.Location()]++
	kc.match = kc.match || c.Date != nil && c.Date.Match
}

// appendStoryKey appends c's story and key, the related claims' index
// key, to dst: looked up without a copy.
func appendStoryKey(dst []byte, c *claims.Claim) []byte {
	return c.AppendKey(append(append(dst, c.Story...), 0))
}

// part returns an index that gathers the related claims of a part of
// the claims, for the findings ri was made for: parts gathered side by
// side, then merged in their order, gather what one index fed every claim
// in order would. ri is only read meanwhile.
func (ri *relatedIndex) part() *relatedIndex {
	return &relatedIndex{inFinding: ri.inFinding, sideKeys: ri.sideKeys, byKey: map[string]*keyClaims{}}
}

// merge adds what part gathered from claims after those ri was fed.
func (ri *relatedIndex) merge(part *relatedIndex) {
	for key, kc := range part.byKey {
		into := ri.byKey[key]
		if into == nil {
			ri.byKey[key] = kc
			continue
		}
		into.list = append(into.list, kc.list...)
		for loc, n := range kc.byLoc {
			into.byLoc[loc] += n
		}
		into.match = into.match || kc.match
	}
}

// relatedByKey is the relatedIndex of every claim of r.
func relatedByKey(r *pipeline.Result) map[string]*keyClaims {
	ri := newRelatedIndex(r)
	at := 0
	for c := range r.ScanClaims() {
		ri.add(c, at)
		at++
	}
	return ri.byKey
}

// relatedList lists the places of the claims related to sides (keys are
// theirs), side by side, each once, at most limit (all when limit < 0).
func relatedList(sides []*claims.Claim, keys []string, byKey map[string]*keyClaims, limit int) []int {
	var out []int
	for j, s := range sides {
		kc := byKey[keys[j]]
		if kc == nil {
			continue
		}
		for _, c := range kc.list {
			if limit >= 0 && len(out) == limit {
				return out
			}
			// A claim is in one key's list: it was taken already
			// when an earlier side of that key took it.
			if relatedTo(c, s) && !takenBefore(c, sides[:j], keys[:j], keys[j]) {
				out = append(out, c.at)
			}
		}
	}
	return out
}

// relatedCount counts the claims related to sides (keys are theirs)
// without listing them: per key, every claim when a side of it has no
// location, else those of no location or of a side's.
func relatedCount(sides []*claims.Claim, keys []string, byKey map[string]*keyClaims) int {
	n := 0
	for j := range sides {
		kc := byKey[keys[j]]
		if kc == nil || slices.Contains(keys[:j], keys[j]) {
			continue
		}
		if kc.match {
			for _, c := range kc.list {
				if takenBefore(c, sides, keys, keys[j]) {
					n++
				}
			}
			continue
		}
		locs := map[string]bool{}
		for i, s := range sides {
			if keys[i] == keys[j] {
				locs[s.Location()] = true
			}
		}
		if locs[""] {
			n += len(kc.list)
			continue
		}
		n += kc.byLoc[""]
		for l := range locs {
			n += kc.byLoc[l]
		}
	}
	return n
}

// relatedTo reports whether c, of side's key, is related to side: not
// of another location, nor another moment of a match.
func relatedTo(c relClaim, side *claims.Claim) bool {
	if c.loc != "" && side.Location() != "" && c.loc != side.Location() {
		return false
	}
	m, match := momentOf(side)
	return !(c.match && match && apart(c.moment, m))
}

// takenBefore reports whether one of the sides before (with their keys)
// of key took c; given all the sides, whether one of key takes it.
func takenBefore(c relClaim, before []*claims.Claim, keys []string, key string) bool {
	for i, s := range before {
		if keys[i] == key && relatedTo(c, s) {
			return true
		}
	}
	return false
}

// otherMoment reports whether c and side are minutes of play of one match
// that are different moments of it: the goals and cards of a match share
// one key, and only the moment a finding is about is related to it.
func otherMoment(c, side *claims.Claim) bool {
	m, match := momentOf(c)
	n, sideMatch := momentOf(side)
	return match && sideMatch && apart(m, n)
}

// momentOf is the minute of play of c, with its added time, when it is
// one.
func momentOf(c *claims.Claim) (int, bool) {
	if c.Date == nil || !c.Date.Match {
		return 0, false
	}
	return c.Date.Minute + c.Date.Added, true
}

// apart reports whether two minutes of play are different moments.
func apart(m, n int) bool { return m-n > maxMinuteGap || m-n < -maxMinuteGap }

// maxMinuteGap is how many minutes apart a minute of play may be from a
// side's and still be shown beside it (compare's minute tolerance).
const maxMinuteGap = 3
