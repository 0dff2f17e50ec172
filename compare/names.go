package compare

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/adrg/strutil/metrics"
	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/entity"
	"github.com/claimcheck/claimcheck/claims/lang"
)

// Name spellings are compared word by word. Two written forms of a name
// are variants of one person when, after folding case, diacritics,
// apostrophes and hyphens:
//
//   - they differ (equal folded forms are one spelling);
//   - neither is the other with words left out ("Hayashi" and "Yoshimasa
//     Hayashi", "Ebrahim Raisi" and "Seyed Ebrahim Raisi" are fuller and
//     shorter forms, not spellings);
//   - every word of the shorter form matches, in order, a word of the
//     longer one, the last words match each other, and the longer has at
//     most two words more ("Fahad Al Jalajel" in "Fahd bin Abdurrahman
//     Al-Jalajel");
//   - words that differ are alike: both at least minWordLen letters long,
//     with a Jaro-Winkler similarity of at least minSimilarity and at most
//     maxEdits edits, one for words shorter than longWordLen
//     ("Sybiha"/"Sybiga", "Qasem"/"Qassem", "Sayyed"/"Seyyed").
//
// Forms with no word in common must also share a context: a role that
// can be one office, or the place or organization of a role ("Andriiy
// Sybiha", Ukraine's foreign minister, and "Andriy Sybiga", his Ukrainian
// counterpart).
//
// Only names sharing a block are compared: the first three letters of a
// word of four letters or more, or the role and its owner. Two different
// people ("Yoshimasa Hayashi", "Takeshi Iwaya") share no word and are
// never paired, whatever their roles.
const (
	minWordLen    = 4
	minSimilarity = 0.8
	maxEdits      = 2
	longWordLen   = 6
	maxExtraWords = 2
)

// NameFindings returns the name and title findings among cs, which may
// hold claims of every kind; only claims of Kind claims.ClaimName and
// claims.ClaimTitle with an Entity are read.
//
// A name finding (Kind ClaimName, Verdict Conflict, Between Spelling) is
// one person whose name is spelled in more than one way; its sides are
// the earliest claim of each spelling in each document, and its Diff the
// character diff of the first two spellings. It is Medium when the
// spellings come from different documents, Low within one.
//
// A title finding (Kind ClaimTitle, Verdict Conflict, Between Misreport)
// is one person (by entity key) given two roles that cannot both be right:
// two offices of one kind ("foreign-minister" and "defence-minister",
// "president" and "vice-president"), or one office of two places. A title
// in another language with the same role key is the same title; generic
// roles ("minister", "official") and past offices (Entity.Former) never
// conflict.
//
// Findings come in a deterministic order, with empty IDs.
func NameFindings(cs []*claims.Claim) []Finding {
	var names, titles []*claims.Claim
	for _, c := range cs {
		if c == nil || c.Entity == nil {
			continue
		}
		switch c.Kind {
		case claims.ClaimName:
			names = append(names, c)
		case claims.ClaimTitle:
			titles = append(titles, c)
		}
	}
	out := spellingFindings(names)
	out = append(out, titleFindings(titles)...)
	return out
}

// spelling is one folded written form of a name and its claims.
type spelling struct {
	folded string
	words  []string
	claims []*claims.Claim
}

func writtenName(c *claims.Claim) string {
	if c.Entity != nil && c.Entity.Name != "" {
		return c.Entity.Name
	}
	return c.Text
}

func spellingFindings(cs []*claims.Claim) []Finding {
	sorted := append([]*claims.Claim(nil), cs...)
	sort.SliceStable(sorted, func(i, j int) bool { return claimBefore(sorted[i], sorted[j]) })

	var spells []*spelling
	byFold := map[string]*spelling{}
	for _, c := range sorted {
		f := entity.PersonKey(writtenName(c))
		words := strings.Fields(f)
		if len(words) < 2 {
			continue
		}
		s := byFold[f]
		if s == nil {
			s = &spelling{folded: f, words: words}
			byFold[f] = s
			spells = append(spells, s)
		}
		s.claims = append(s.claims, c)
	}

	// Blocks: a word's first letters, or a role with its owner. inBlocks
	// lists the blocks of each spelling, by their place in blockOrder.
	blocks := map[string][]int{}
	var blockOrder []string
	at := map[string]int{}
	inBlocks := make([][]int, len(spells))
	addBlock := func(k string, i int) {
		list := blocks[k]
		if len(list) > 0 && list[len(list)-1] == i {
			return
		}
		if list == nil {
			at[k] = len(blockOrder)
			blockOrder = append(blockOrder, k)
		}
		blocks[k] = append(list, i)
		inBlocks[i] = append(inBlocks[i], at[k])
	}
	for i, s := range spells {
		for _, w := range s.words {
			if r := []rune(w); len(r) >= minWordLen {
				addBlock("w:"+string(r[:3]), i)
			}
		}
		for _, c := range s.claims {
			if c.Entity.Role != "" {
				addBlock("r:"+c.Entity.RoleKey()+"|"+c.Entity.Of+"|"+c.Entity.Org, i)
			}
		}
	}

	parent := make([]int, len(spells))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	words := newWordMatcher()
	for bi, k := range blockOrder {
		list := blocks[k]
		for x := 0; x < len(list); x++ {
			for y := x + 1; y < len(list); y++ {
				a, b := list[x], list[y]
				if firstShared(inBlocks[a], inBlocks[b]) < bi || find(a) == find(b) {
					continue // judged in an earlier block, or one person already
				}
				ok, shared := words.variant(spells[a].words, spells[b].words)
				if ok && !shared && !shareContext(spells[a], spells[b]) {
					// No word in common: only a shared role or owner
					// makes "Rudy Hartanto" and "Rudi Hartono" one man.
					ok = false
				}
				if ok && twoPeople(spells[a], spells[b]) {
					ok = false
				}
				if ok {
					ra, rb := find(a), find(b)
					if ra != rb {
						if ra < rb {
							parent[rb] = ra
						} else {
							parent[ra] = rb
						}
					}
				}
			}
		}
	}

	groups := map[int][]*spelling{}
	var roots []int
	for i, s := range spells {
		r := find(i)
		if groups[r] == nil {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], s)
	}
	var out []Finding
	for _, r := range roots {
		if g := groups[r]; len(g) >= 2 {
			out = append(out, spellingFinding(g))
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return claimBefore(out[i].Sides[0], out[j].Sides[0]) })
	return out
}

// firstShared returns the first block two spellings share, given the
// blocks of each.
func firstShared(a, b []int) int {
	first := -1
	for _, x := range a {
		for _, y := range b {
			if x == y && (first < 0 || x < first) {
				first = x
			}
		}
	}
	return first
}

// spellingFinding builds the finding for the spellings of one person.
func spellingFinding(g []*spelling) Finding {
	var sides []*claims.Claim
	docsBySpelling := map[string]map[string]bool{}
	for _, s := range g {
		docs := map[string]bool{}
		for _, c := range s.claims { // in text order: the first per document is the earliest
			if !docs[c.Doc] {
				docs[c.Doc] = true
				sides = append(sides, c)
			}
		}
		docsBySpelling[s.folded] = docs
	}
	sort.SliceStable(sides, func(i, j int) bool { return claimBefore(sides[i], sides[j]) })

	// The topic names the most frequent spelling, the earliest on a tie.
	best := g[0]
	for _, s := range g[1:] {
		if len(s.claims) > len(best.claims) || (len(s.claims) == len(best.claims) && claimBefore(s.claims[0], best.claims[0])) {
			best = s
		}
	}
	severity := Low
	for a, da := range docsBySpelling {
		for b, db := range docsBySpelling {
			if a != b && !sameDocs(da, db) {
				severity = Medium
			}
		}
	}
	first := sides[0]
	var second *claims.Claim
	firstFold := entity.PersonKey(writtenName(first))
	for _, c := range sides[1:] {
		if entity.PersonKey(writtenName(c)) != firstFold {
			second = c
			break
		}
	}
	var spellings []string
	for _, s := range g {
		spellings = append(spellings, writtenName(s.claims[0]))
	}
	return Finding{
		Kind:     claims.ClaimName,
		Verdict:  Conflict,
		Between:  Spelling,
		Severity: severity,
		Topic:    "spelling of " + writtenName(best.claims[0]),
		Key:      "name|" + best.folded,
		Sides:    sides,
		Note:     fmt.Sprintf("%d spellings: %s", len(g), strings.Join(spellings, " / ")),
		Diff:     charDiff(writtenName(first), writtenName(second)),
	}
}

// sameDocs reports whether the spellings appear in exactly one and the
// same document, which makes the variation one source's own.
func sameDocs(a, b map[string]bool) bool {
	if len(a) != 1 || len(b) != 1 {
		return false
	}
	for d := range a {
		return b[d]
	}
	return false
}

// shareContext reports whether two spellings are given a role that can
// be one office, or the same place or organization, somewhere.
func shareContext(a, b *spelling) bool {
	for _, x := range a.claims {
		for _, y := range b.claims {
			ex, ey := x.Entity, y.Entity
			switch {
			case ex.Role != "" && ey.Role != "" && (ex.RoleKey() == ey.RoleKey() || compatibleRoles(lang.Role(ex.RoleKey()), lang.Role(ey.RoleKey()))):
				return true
			case ex.Of != "" && ex.Of == ey.Of, ex.Org != "" && ex.Org == ey.Org:
				return true
			}
		}
	}
	return false
}

// twoPeople reports whether two spellings are of two people whatever
// their likeness: a writer does not spell one name two ways in one
// sentence ("Daniel Kiprono second, Daniel Kipruto fourth"), and one person
// does not hold offices of two organizations in one story ("Rina Marlina",
// head of the health office, and "Rini Marlina", head of the caterer).
func twoPeople(a, b *spelling) bool {
	for _, x := range a.claims {
		for _, y := range b.claims {
			if x.Doc == y.Doc && !x.SentenceSpan.IsZero() && x.SentenceSpan == y.SentenceSpan {
				return true
			}
			ex, ey := x.Entity, y.Entity
			if ex.Org != "" && ey.Org != "" && ex.Org != ey.Org {
				return true
			}
		}
	}
	return false
}

// wordMatcher compares the words of names, remembering the skeletons and
// likenesses it has worked out: the names of a story share their words,
// and a large story pairs the same words many times.
type wordMatcher struct {
	jw        *metrics.JaroWinkler
	lev       *metrics.Levenshtein
	skeletons map[string]string
	alikes    map[[2]string]bool
	distances map[[2]string]int
}

func newWordMatcher() *wordMatcher {
	return &wordMatcher{
		jw: metrics.NewJaroWinkler(), lev: metrics.NewLevenshtein(),
		skeletons: map[string]string{}, alikes: map[[2]string]bool{}, distances: map[[2]string]int{},
	}
}

// skeleton is lang.NameSkeleton(w).
func (m *wordMatcher) skeleton(w string) string {
	return remember(m.skeletons, w, func() string { return lang.NameSkeleton(w) })
}

// skeletonDistance is the edit distance between the skeletons of x and y.
func (m *wordMatcher) skeletonDistance(x, y string) int {
	return remember(m.distances, [2]string{x, y}, func() int { return m.lev.Distance(m.skeleton(x), m.skeleton(y)) })
}

// alike reports whether two different words may be spellings of one.
func (m *wordMatcher) alike(x, y string) bool {
	return remember(m.alikes, [2]string{x, y}, func() bool { return m.judgeAlike(x, y) })
}

// remember returns memo[k], working it out with f the first time.
func remember[K comparable, V any](memo map[K]V, k K, f func() V) V {
	v, ok := memo[k]
	if !ok {
		v = f()
		memo[k] = v
	}
	return v
}

// variant applies the rules in the comment on minWordLen; shared reports
// whether the two forms have a word in common.
func (m *wordMatcher) variant(a, b []string) (ok, shared bool) {
	if len(a) > len(b) {
		a, b = b, a
	}
	if ok, shared := m.oneWordApart(a, b); ok {
		return true, shared
	}
	if m.swapped(a, b) {
		return true, a[0] == b[1] || a[1] == b[0]
	}
	if len(b)-len(a) > maxExtraWords || isSubsequence(a, b) {
		return false, false
	}
	j, changed, lastAt := 0, false, -1
	for _, w := range a {
		at := -1
		for k := j; k < len(b); k++ {
			if w == b[k] || m.alike(w, b[k]) {
				at = k
				break
			}
		}
		if at < 0 {
			return false, false
		}
		if w != b[at] {
			changed = true
		} else {
			shared = true
		}
		j, lastAt = at+1, at
	}
	return changed && lastAt == len(b)-1, shared
}

// oneWordApart reports whether two names of the same words differ in one
// word only, spelled alike: with every other word the same ("Lee Young
// Jung" and "Lee Young Jun", "Komang Teguh" and "Komang Taegu", "Abakar
// Mahamat Nour" and "Nur") a short word may differ by a letter, or two in
// a word of five letters or more, or spell one skeleton.
func (m *wordMatcher) oneWordApart(a, b []string) (ok, shared bool) {
	if len(a) != len(b) || len(a) < 2 {
		return false, false
	}
	diff := -1
	for i := range a {
		if a[i] != b[i] {
			if diff >= 0 {
				return false, false
			}
			diff = i
		}
	}
	if diff < 0 {
		return false, false
	}
	x, y := a[diff], b[diff]
	nx, ny := utf8.RuneCountInString(x), utf8.RuneCountInString(y)
	if min(nx, ny) < 3 || x[0] != y[0] {
		return false, false
	}
	edits := 1
	if min(nx, ny) >= 5 {
		edits = 2
	}
	return m.skeletonDistance(x, y) <= edits, true
}

// swapped reports whether two two-word names are one name with its words
// in the other order, spelled alike ("Pratama Arhan" and "Archan
// Pratama"): Indonesian names have no fixed order.
func (m *wordMatcher) swapped(a, b []string) bool {
	if len(a) != 2 || len(b) != 2 || a[0] == b[0] {
		return false
	}
	match := func(x, y string) bool { return x == y || m.alike(x, y) }
	return match(a[0], b[1]) && match(a[1], b[0])
}

// judgeAlike is alike, worked out.
func (m *wordMatcher) judgeAlike(x, y string) bool {
	if m.skeleton(x) == m.skeleton(y) && len(x) >= 3 {
		return true // "Tjahjadi" and "Cahyadi"
	}
	nx, ny := utf8.RuneCountInString(x), utf8.RuneCountInString(y)
	if nx < minWordLen || ny < minWordLen {
		return false
	}
	edits := maxEdits
	if min(nx, ny) < longWordLen {
		edits = 1
	}
	return m.jw.Compare(x, y) >= minSimilarity && m.lev.Distance(x, y) <= edits
}

// isSubsequence reports whether the words of a appear in b in order.
func isSubsequence(a, b []string) bool {
	j := 0
	for _, w := range b {
		if j < len(a) && a[j] == w {
			j++
		}
	}
	return j == len(a)
}

// charDiff is the character diff of a and b as Edits, cleaned up for
// people to read.
func charDiff(a, b string) []Edit {
	if a == "" || b == "" {
		return nil
	}
	dmp := diffmatchpatch.New()
	diffs := dmp.DiffCleanupSemantic(dmp.DiffMain(a, b, false))
	out := make([]Edit, 0, len(diffs))
	for _, d := range diffs {
		op := Equal
		switch d.Type {
		case diffmatchpatch.DiffInsert:
			op = Insert
		case diffmatchpatch.DiffDelete:
			op = Delete
		}
		out = append(out, Edit{Op: op, Text: d.Text})
	}
	return out
}

// claimBefore orders claims by document, then position.
func claimBefore(a, b *claims.Claim) bool {
	if a.Doc != b.Doc {
		return a.Doc < b.Doc
	}
	if a.Span.Start != b.Span.Start {
		return a.Span.Start < b.Span.Start
	}
	return a.Text < b.Text
}

// titleFindings groups title claims by person and reports roles that
// contradict each other.
func titleFindings(cs []*claims.Claim) []Finding {
	sorted := append([]*claims.Claim(nil), cs...)
	sort.SliceStable(sorted, func(i, j int) bool { return claimBefore(sorted[i], sorted[j]) })
	byPerson := map[string][]*claims.Claim{}
	var order []string
	for _, c := range sorted {
		key := c.Subject
		if key == "" {
			key = c.Entity.Key
		}
		if key == "" || c.Entity.Role == "" {
			continue
		}
		if byPerson[key] == nil {
			order = append(order, key)
		}
		byPerson[key] = append(byPerson[key], c)
	}
	var out []Finding
	for _, key := range order {
		group := byPerson[key]
		// The first claim of each role (with its owner) in each document.
		var firsts []*claims.Claim
		seen := map[string]bool{}
		for _, c := range group {
			k := c.Doc + "|" + c.Entity.RoleKey() + "|" + c.Entity.Of
			if !seen[k] {
				seen[k] = true
				firsts = append(firsts, c)
			}
		}
		var sides []*claims.Claim
		in := map[*claims.Claim]bool{}
		var note string
		for i, a := range firsts {
			for _, b := range firsts[i+1:] {
				if !titlesConflict(a.Entity, b.Entity) {
					continue
				}
				if note == "" {
					note = fmt.Sprintf("%s vs %s", roleLabel(a.Entity), roleLabel(b.Entity))
				}
				for _, c := range []*claims.Claim{a, b} {
					if !in[c] {
						in[c] = true
						sides = append(sides, c)
					}
				}
			}
		}
		if len(sides) < 2 {
			continue
		}
		sort.SliceStable(sides, func(i, j int) bool { return claimBefore(sides[i], sides[j]) })
		severity := Low
		for _, c := range sides[1:] {
			if c.Doc != sides[0].Doc {
				severity = Medium
			}
		}
		name := group[0].Entity.Name
		for _, c := range group {
			if len(c.Entity.Name) > len(name) {
				name = c.Entity.Name
			}
		}
		if name == "" {
			name = key
		}
		out = append(out, Finding{
			Kind:     claims.ClaimTitle,
			Verdict:  Conflict,
			Between:  Misreport,
			Severity: severity,
			Topic:    "title of " + name,
			Key:      "title|" + key,
			Sides:    sides,
			Note:     note,
		})
	}
	sort.SliceStable(out, func(i, j int) bool { return claimBefore(out[i].Sides[0], out[j].Sides[0]) })
	return out
}

func roleLabel(e *claims.Entity) string {
	if e.Of != "" {
		return e.RoleKey() + " (" + e.Of + ")"
	}
	return e.RoleKey()
}

// titlesConflict reports whether one person cannot hold both roles.
func titlesConflict(a, b *claims.Entity) bool {
	ra, rb := lang.Role(a.Role), lang.Role(b.Role)
	if a.Former || b.Former || ra.Generic() || rb.Generic() {
		return false
	}
	if ra == rb || compatibleRoles(ra, rb) {
		// One office; of two places it is two offices.
		return a.Of != "" && b.Of != "" && a.Of != b.Of
	}
	return ra.Family() == rb.Family()
}

// compatibleRoles reports whether one role is a fuller form of the other.
func compatibleRoles(a, b lang.Role) bool { return a.Narrows(b) || b.Narrows(a) }
