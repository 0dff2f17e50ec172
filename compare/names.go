package compare

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/adrg/strutil/metrics"
	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/entity"
	"github.com/claimcheck/claimcheck/claims/lang"
	"github.com/claimcheck/claimcheck/internal/unionfind"
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
// An act finding (Kind ClaimName, Verdict Conflict, Between Misreport) is
// one act of one doer told of two different people (see actFindings).
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
	groups := spellingGroups(nameClaims(cs))
	return nameFindings(cs, groups, aliasesOf(groups))
}

// nameFindings is NameFindings given the spelling groups of cs's name
// claims (spellingGroups) and their aliases (aliasesOf), which the caller
// found already.
func nameFindings(cs []*claims.Claim, groups [][]*spelling, aliases map[string]string) []Finding {
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
	out := spellingFindings(groups)
	out = append(out, actFindings(names)...)
	out = append(out, titleFindings(titles, aliases)...)
	return out
}

// spelling is one folded written form of a name and its claims.
type spelling struct {
	folded string
	kind   claims.EntityKind
	words  []string
	claims []*claims.Claim
}

func writtenName(c *claims.Claim) string {
	if c.Entity != nil && c.Entity.Name != "" {
		return c.Entity.Name
	}
	return c.Text
}

// spellingFindings reports each spelling group (spellingGroups), in
// text order.
func spellingFindings(groups [][]*spelling) []Finding {
	var out []Finding
	for _, g := range groups {
		out = append(out, spellingFinding(g))
	}
	sort.SliceStable(out, func(i, j int) bool { return claimBefore(out[i].Sides[0], out[j].Sides[0]) })
	return out
}

// spellingGroups groups the name claims cs by written form, pairs the
// forms that share a block (candidatePairs), joins those that spell one
// name (sameName) and returns each group of two forms or more, in text
// order, the groups in the order of their first forms.
func spellingGroups(cs []*claims.Claim) [][]*spelling {
	spells := gatherSpellings(cs)
	words := newWordMatcher()
	sets := unionfind.New(len(spells))
	for _, p := range candidatePairs(spells, words) {
		if sets.Find(p[0]) != sets.Find(p[1]) && sameName(words, spells[p[0]], spells[p[1]]) {
			sets.Join(p[0], p[1])
		}
	}
	groups := map[int][]*spelling{}
	var roots []int
	for i, s := range spells {
		r := sets.Find(i)
		if groups[r] == nil {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], s)
	}
	var out [][]*spelling
	for _, r := range roots {
		if g := foldGlued(groups[r]); len(g) >= 2 {
			out = append(out, g)
		}
	}
	return out
}

// aliasesOf maps the keys of a person spelled two ways in the spelling
// groups to the key of the first spelling ("siti rahmawati nurhasanah" to
// "siti rahmawati nurhasana"): an age, a sentence or an office told of
// either spelling is told of one person. Nil when no person is spelled
// twice.
func aliasesOf(groups [][]*spelling) map[string]string {
	var out map[string]string
	for _, g := range groups {
		if g[0].kind != claims.Person {
			continue
		}
		first := g[0].claims[0].Subject
		for _, s := range g[1:] {
			for _, c := range s.claims {
				if c.Subject != first && c.Subject != "" {
					if out == nil {
						out = map[string]string{}
					}
					out[c.Subject] = first
				}
			}
		}
	}
	return out
}

// gatherSpellings groups the claims by entity kind and folded written
// form, in text order. A person's name needs two words (a surname alone
// is a shorter form, not a spelling); a team's or a vessel's one.
func gatherSpellings(cs []*claims.Claim) []*spelling {
	sorted := append([]*claims.Claim(nil), cs...)
	sort.SliceStable(sorted, func(i, j int) bool { return claimBefore(sorted[i], sorted[j]) })
	var spells []*spelling
	type formKey struct {
		kind   claims.EntityKind
		folded string
	}
	byForm := map[formKey]*spelling{}
	for _, c := range sorted {
		f := entity.PersonKey(writtenName(c))
		words := strings.Fields(f)
		kind := c.Entity.Kind
		if len(words) < minNameWords(kind) {
			continue
		}
		k := formKey{kind, f}
		s := byForm[k]
		if s == nil {
			s = &spelling{folded: f, kind: kind, words: words}
			byForm[k] = s
			spells = append(spells, s)
		}
		s.claims = append(s.claims, c)
	}
	return spells
}

// minNameWords is the fewest words a name of kind k is compared with.
func minNameWords(k claims.EntityKind) int {
	if k == claims.Team || k == claims.Vessel {
		return 1
	}
	return 2
}

// maxNameBlock is the most forms a block of letters may hold and still
// be read: a trigram that many names share ("^ma", "an$") says nothing,
// and the rarer ones and the phonetic key still pair what it would.
const maxNameBlock = 64

// candidatePairs returns the pairs of forms worth judging, each once, in
// order: forms of one kind that share a trigram of a word's skeleton
// ("^ca", "cah", ..., "di$" of "cahyadi"), a word's phonetic key, or a
// role with its owner. So "Moechtar Djafar" and "Muhtar Jafar" are
// compared though no word shares its first three letters, and the cost
// grows with the forms and the blocks' sizes, never with all pairs.
func candidatePairs(spells []*spelling, m *wordMatcher) [][2]int {
	// The forms of each block, the blocks in the order they first come.
	index := map[nameBlock]int32{}
	var (
		lists [][]int
		roles []bool // whether a block is a role's, kept whatever its size
		keys  []nameBlock
	)
	for i, s := range spells {
		keys = m.blockKeys(s, keys[:0])
		for _, k := range keys {
			j, ok := index[k]
			if !ok {
				j = int32(len(lists))
				index[k] = j
				lists, roles = append(lists, nil), append(roles, k.tag == roleBlock)
			}
			if list := lists[j]; len(list) == 0 || list[len(list)-1] != i {
				lists[j] = append(list, i)
			}
		}
	}
	// Each pair once, in order: a pair of forms that share several blocks
	// is met in each, so the pairs are gathered as numbers, sorted and
	// each kept once.
	var found []uint64
	for j, list := range lists {
		if len(list) > maxNameBlock && !roles[j] {
			continue
		}
		for x := 0; x < len(list); x++ {
			for y := x + 1; y < len(list); y++ {
				found = append(found, uint64(list[x])<<32|uint64(list[y]))
			}
		}
	}
	if len(found) == 0 {
		return nil
	}
	slices.Sort(found)
	found = slices.Compact(found)
	pairs := make([][2]int, len(found))
	for i, p := range found {
		pairs[i] = [2]int{int(p >> 32), int(p & (1<<32 - 1))}
	}
	return pairs
}

// nameBlock is a block of name forms (blockKeys) of one entity kind: a
// trigram of a word's skeleton, a word's phonetic key, or a role with
// its owners, written in fields rather than one built string.
type nameBlock struct {
	tag  byte // trigramBlock, phoneticBlock or roleBlock
	kind claims.EntityKind
	tri  [3]rune
	// text is the phonetic key, or the role key with its owners.
	text string
}

// The kinds of block.
const (
	trigramBlock  = 'g'
	phoneticBlock = 'p'
	roleBlock     = 'r'
)

// blockKeys appends the blocks of a form to keys: the trigrams and
// phonetic key of each word of three letters or more without digits (a
// code is no spelling), and each role the form is given with its owners.
// Keys carry the entity kind, so a ship never meets a person.
func (m *wordMatcher) blockKeys(s *spelling, keys []nameBlock) []nameBlock {
	for _, w := range s.words {
		if utf8.RuneCountInString(w) < 3 || hasDigit(w) {
			continue
		}
		sk := m.skeleton(w)
		m.tris = appendTrigrams(m.tris[:0], sk)
		for _, tri := range m.tris {
			keys = append(keys, nameBlock{tag: trigramBlock, kind: s.kind, tri: tri})
		}
		if p := phoneticKey(sk); len(p) >= 3 {
			keys = append(keys, nameBlock{tag: phoneticBlock, kind: s.kind, text: p})
		}
	}
	for _, c := range s.claims {
		if c.Entity.Role != "" {
			keys = append(keys, nameBlock{tag: roleBlock, kind: s.kind, text: c.Entity.RoleKey() + "|" + c.Entity.Of + "|" + c.Entity.Org})
		}
	}
	return keys
}

// appendTrigrams appends the trigrams of w between a start mark ^ and an
// end mark $, so that a word's first and last letters count as much as
// its middle ones.
func appendTrigrams(dst [][3]rune, w string) [][3]rune {
	var buf [32]rune
	r := append(buf[:0], '^')
	for _, c := range w {
		r = append(r, c)
	}
	r = append(r, '$')
	for i := 0; i+3 <= len(r); i++ {
		dst = append(dst, [3]rune(r[i:i+3]))
	}
	return dst
}

// phoneticKey writes a skeleton's consonants as they sound: the first
// letter (any vowel as "a"), then the consonants without h, w and y,
// "kh" read as "h", and no letter twice in a row ("akhmad" and "ahmad"
// are both "amd", "mohammad" and "muhammad" "mhmd").
func phoneticKey(sk string) string {
	sk = strings.ReplaceAll(sk, "kh", "h")
	var b strings.Builder
	var last rune
	for i, r := range sk {
		switch {
		case i == 0 && strings.ContainsRune("aeiouy", r):
			r = 'a'
		case i == 0:
		case strings.ContainsRune("aeiouyhw", r):
			continue
		}
		if r != last {
			b.WriteRune(r)
			last = r
		}
	}
	return b.String()
}

func hasDigit(w string) bool { return strings.ContainsAny(w, "0123456789") }

// sameName reports whether two forms of one kind spell one name: by the
// rules in the comment on minWordLen, with a shared context when no word
// is shared, and never when they name two people or two things.
func sameName(m *wordMatcher, a, b *spelling) bool {
	if a.kind != b.kind {
		return false
	}
	var ok, shared bool
	if a.kind == claims.Team || a.kind == claims.Vessel {
		ok, shared = m.thingVariant(a.words, b.words)
	} else {
		ok, shared = m.variant(a.words, b.words)
	}
	if !ok {
		return false
	}
	if !shared && a.kind == claims.Person && !shareContext(a, b) {
		// No word in common: only a shared role or owner makes "Rudy
		// Hartanto" and "Rudi Hartono" one man.
		return false
	}
	return !twoPeople(a, b)
}

// foldGlued returns the forms of one name without those that are another
// form of the group with words glued before it: a title or a place the
// recognizer could not split off ("Pelatih Bojan Hodak" beside "Bojan
// Hodak" and "Bojan Hodac") is no third spelling. Its claims count for
// the shorter form.
func foldGlued(g []*spelling) []*spelling {
	byFold := map[string]*spelling{}
	for _, s := range g {
		byFold[s.folded] = s
	}
	out := make([]*spelling, 0, len(g))
	for _, s := range g {
		if t := gluedTo(s, byFold); t != nil {
			for next := gluedTo(t, byFold); next != nil; next = gluedTo(t, byFold) {
				t = next
			}
			// After the form's own claims: a document that writes the
			// form alone is represented by it.
			t.claims = append(t.claims, s.claims...)
			continue
		}
		out = append(out, s)
	}
	return out
}

// gluedTo returns the form of byFold that s is with one or two words
// before it, the longest such, or nil. The shorter form has two words
// at least.
func gluedTo(s *spelling, byFold map[string]*spelling) *spelling {
	for k := 1; k <= maxExtraWords && len(s.words)-k >= 2; k++ {
		if t := byFold[strings.Join(s.words[k:], " ")]; t != nil && t != s {
			return t
		}
	}
	return nil
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

// twoPeople reports whether two spellings are of two people (or two
// things) whatever their likeness: a writer does not spell one name two
// ways in one sentence ("Daniel Kiprono second, Daniel Kipruto fourth"),
// one person does not hold offices of two organizations in one story
// ("Rina Marlina", head of the health office, and "Rini Marlina", head of
// the caterer), nor two offices that cannot be one (twoOffices). A
// one-word team or vessel named two ways in one article is two.
func twoPeople(a, b *spelling) bool {
	oneWord := len(a.words) == 1 && len(b.words) == 1
	for _, x := range a.claims {
		for _, y := range b.claims {
			if x.Doc == y.Doc && (oneWord || !x.SentenceSpan.IsZero() && x.SentenceSpan == y.SentenceSpan) {
				return true
			}
			if twoOffices(x.Entity, y.Entity, x.Doc == y.Doc) {
				return true
			}
		}
	}
	return false
}

// twoOffices reports whether two titled mentions hold offices no one
// person holds at once: of two organizations in one article, or a
// generic office of an organization and a specific one without it in one
// article ("Kepala Puskesmas Cibeureum" and "Camat Cibeureum"), one
// office of two places, or two specific offices of different kinds.
// Across articles an organization is named many ways ("Kantor SAR",
// "Kantor Pencarian dan Pertolongan"), so its name alone tells nothing;
// generic and past roles say too little.
func twoOffices(x, y *claims.Entity, oneDoc bool) bool {
	if oneDoc && x.Org != y.Org && (x.Org != "" && y.Org != "" || orgAgainstOffice(x, y) || orgAgainstOffice(y, x)) {
		return true
	}
	if x.Role == "" || y.Role == "" || x.Former || y.Former {
		return false
	}
	rx, ry := lang.Role(x.Role), lang.Role(y.Role)
	if rx == ry || compatibleRoles(rx, ry) {
		return x.Of != "" && y.Of != "" && x.Of != y.Of
	}
	return !rx.Generic() && !ry.Generic() && rx.Family() != ry.Family()
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
	tris      [][3]rune // a word's trigrams, reused (blockKeys)
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
	if min(nx, ny) < 3 || x[0] != y[0] || hasDigit(x) || hasDigit(y) || inflected(x, y) || inflected(y, x) {
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

// judgeAlike is alike, worked out: the words, or their skeletons
// ("Moechtar" is "mukhtar", one letter from "Muhtar"), are alike. A code
// (a word with a digit) and an inflected form (inflected) are never a
// spelling.
func (m *wordMatcher) judgeAlike(x, y string) bool {
	if hasDigit(x) || hasDigit(y) || inflected(x, y) || inflected(y, x) {
		return false
	}
	sx, sy := m.skeleton(x), m.skeleton(y)
	if sx == sy && len(x) >= 3 {
		return true // "Tjahjadi" and "Cahyadi"
	}
	return m.closeWords(x, y) || m.closeWords(sx, sy)
}

// closeWords reports whether two words of minWordLen letters or more are
// within maxEdits edits (one below longWordLen letters) with a
// Jaro-Winkler similarity of minSimilarity.
func (m *wordMatcher) closeWords(x, y string) bool {
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

// orgAgainstOffice reports whether x holds a generic role of an
// organization ("head" of a clinic) and y a specific office of none
// ("district-head"): two offices.
func orgAgainstOffice(x, y *claims.Entity) bool {
	return x.Org != "" && lang.Role(x.Role).Generic() && y.Org == "" && y.Role != "" && !y.Former && !lang.Role(y.Role).Generic()
}

// inflectionEndings are the endings of plurals and demonyms in the Latin
// writing of names: "Jakartan" and "Jakartans", "Jakarta" and "Jakartan",
// "Bandung" and "Bandungese" are a word and its inflection, never two
// spellings of one name.
var inflectionEndings = []string{"s", "es", "n", "ns", "an", "ans", "ian", "ians", "ese", "er", "ers", "i", "is"}

// inflected reports whether long is short with an inflection ending, short
// having four letters at least.
func inflected(long, short string) bool {
	rest, ok := strings.CutPrefix(long, short)
	if !ok || utf8.RuneCountInString(short) < minWordLen {
		return false
	}
	for _, e := range inflectionEndings {
		if rest == e {
			return true
		}
	}
	return false
}

// thingVariant is variant for the names of teams and vessels, whose
// one-word names differ from each other's by a letter ("Persib",
// "Persik", "Persija", "Persiba" are four clubs): a one-word name is
// another's spelling only when both write one skeleton or one has a
// letter more inside the word, or two letters swapped, the first and
// last letters kept. A shorter name is also compared with the longer's
// first words (the club without its city). Longer names follow the rules
// of people's names.
func (m *wordMatcher) thingVariant(a, b []string) (ok, shared bool) {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < len(b) && !isSubsequence(a, b) {
		// A club with its city: "Persekat" and "Persekad Tegal".
		if ok, shared := m.thingVariant(a, b[:len(a)]); ok {
			return ok, shared
		}
	}
	if len(a) != 1 || len(b) != 1 {
		return m.variant(a, b)
	}
	x, y := a[0], b[0]
	if x == y || hasDigit(x) || hasDigit(y) || inflected(x, y) || inflected(y, x) {
		return false, false
	}
	if m.skeleton(x) == m.skeleton(y) {
		return true, false
	}
	rx, ry := []rune(x), []rune(y)
	if min(len(rx), len(ry)) < minWordLen+1 || rx[0] != ry[0] || rx[len(rx)-1] != ry[len(ry)-1] {
		return false, false
	}
	return innerInsertion(rx, ry) || innerInsertion(ry, rx) || swappedPair(rx, ry), false
}

// innerInsertion reports whether long is short with one letter more,
// neither first nor last.
func innerInsertion(long, short []rune) bool {
	if len(long) != len(short)+1 {
		return false
	}
	i := 0
	for i < len(short) && long[i] == short[i] {
		i++
	}
	return i > 0 && i < len(short) && string(long[i+1:]) == string(short[i:])
}

// swappedPair reports whether x and y differ by two letters side by side
// swapped.
func swappedPair(x, y []rune) bool {
	if len(x) != len(y) {
		return false
	}
	i := 0
	for i < len(x) && x[i] == y[i] {
		i++
	}
	return i+1 < len(x) && x[i] == y[i+1] && x[i+1] == y[i] && string(x[i+2:]) == string(y[i+2:])
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
func titleFindings(cs []*claims.Claim, aliases map[string]string) []Finding {
	sorted := append([]*claims.Claim(nil), cs...)
	sort.SliceStable(sorted, func(i, j int) bool { return claimBefore(sorted[i], sorted[j]) })
	byPerson := map[string][]*claims.Claim{}
	var order []string
	for _, c := range sorted {
		key := c.Subject
		if key == "" {
			key = c.Entity.Key
		}
		if k, ok := aliases[key]; ok {
			key = k // one person spelled two ways holds one set of offices
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
