// Package gen writes synthetic news corpora for claimcheck's benchmarks
// and recall checks: articles in English and Indonesian, grouped into
// stories of two to five articles from different outlets, with known
// discrepancies planted across the articles of a story and a manifest
// listing them.
//
// Every story is about one event (a flood, an earthquake, a fire, a road
// accident, a troop deployment or an election) in a place of its own, with
// officials of its own. Its figures, dates and names are written with one
// value in every article that states them, in each article's language
// ("1,250" in English, "1.250" in Indonesian), except where a discrepancy
// is planted:
//
//   - quantity/misreport: two outlets give different figures for one count,
//     attributed to the same official;
//   - quantity/dispute: two outlets give different figures for one count,
//     from two different officials;
//   - date/misreport: two outlets date the event on different days;
//   - name/spelling: one outlet spells an official's name with one letter
//     changed.
//
// Generation is deterministic for a seed and streams: each story is built
// from its own random source and handed out article by article, so a
// corpus of any size takes the memory of one story.
package gen

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Options say what to generate.
type Options struct {
	// Articles is the number of articles to write.
	Articles int
	// Seed selects the corpus: the same seed and size give the same bytes.
	Seed uint64
	// OneFolder writes every article into one folder, OneFolderName, so
	// that a checker that reads a folder as a story sees one story of
	// many events, as in a scraper's dump. File names keep their event
	// ("story/s000001-02-harbor-times.txt"); the texts are those of the
	// default layout.
	OneFolder bool
}

// OneFolderName is the folder of every article when Options.OneFolder is
// set.
const OneFolderName = "story"

// Article is one generated file.
type Article struct {
	// Path is the file's path relative to the corpus root, with forward
	// slashes: "s000001/02-harbor-times.txt", or with Options.OneFolder
	// "story/s000001-02-harbor-times.txt".
	Path string
	// Story is the ID of the story the article belongs to ("s000001"), and
	// the name of its folder (or its file name's prefix with
	// Options.OneFolder).
	Story string
	// Kind is the story's type ("flood", "election", ...).
	Kind      string
	Source    string
	URL       string
	Language  string
	Published time.Time
	// Body is the article's text, after the front matter.
	Body string
}

// Bytes returns the file's contents: a front-matter block, a blank line
// and the body.
func (a *Article) Bytes() []byte {
	var b strings.Builder
	b.Grow(len(a.Body) + 160)
	b.WriteString("---\nsource: ")
	b.WriteString(a.Source)
	b.WriteString("\nurl: ")
	b.WriteString(a.URL)
	b.WriteString("\npublished: ")
	b.WriteString(a.Published.Format("2006-01-02"))
	b.WriteString("\nlanguage: ")
	b.WriteString(a.Language)
	b.WriteString("\n---\n\n")
	b.WriteString(a.Body)
	return []byte(b.String())
}

// Value is one side of a planted discrepancy: a file and the words it
// writes, exactly as they appear in the file.
type Value struct {
	File  string `json:"file"`
	Value string `json:"value"`
}

// Discrepancy is one planted disagreement between two articles of a story.
type Discrepancy struct {
	Story string `json:"story"`
	// Kind is the claim kind a checker should report: "quantity", "date"
	// or "name".
	Kind string `json:"kind"`
	// Between is who disagrees: "misreport" (outlets differ on one
	// speaker's figure or on a date), "dispute" (two speakers differ) or
	// "spelling" (a name written two ways).
	Between string `json:"between"`
	// Subject is what the values are about: a count's key ("deaths"), the
	// story's event ("flood") or an official's role ("p1").
	Subject string `json:"subject"`
	A       Value  `json:"a"`
	B       Value  `json:"b"`
}

// Manifest describes a generated corpus; Write stores it as planted.json.
type Manifest struct {
	Seed     uint64        `json:"seed"`
	Articles int           `json:"articles"`
	Stories  int           `json:"stories"`
	Bytes    int64         `json:"bytes"`
	Planted  []Discrepancy `json:"planted"`
}

// ManifestFile is the name of the manifest Write puts in the corpus root.
// Its extension keeps claimcheck from reading it as an article.
const ManifestFile = "planted.json"

// Generate builds the corpus opts describe and hands each article to emit,
// in path order; it stops at emit's first error and returns it.
func Generate(opts Options, emit func(*Article) error) (*Manifest, error) {
	if opts.Articles < 0 {
		return nil, fmt.Errorf("gen: %d articles: want zero or more", opts.Articles)
	}
	m := &Manifest{Seed: opts.Seed, Articles: opts.Articles, Planted: []Discrepancy{}}
	sizes := rand.New(rand.NewPCG(opts.Seed, 0x5eed))
	left := opts.Articles
	for i := 0; left > 0; i++ {
		size := min(2+sizes.IntN(4), left)
		left -= size
		s := newStory(opts.Seed, i, size, opts.OneFolder)
		m.Stories++
		m.Planted = append(m.Planted, s.planted...)
		for j := range s.articles {
			a := s.render(j)
			m.Bytes += int64(len(a.Bytes()))
			if err := emit(a); err != nil {
				return m, err
			}
		}
	}
	return m, nil
}

// Write generates the corpus into dir, one folder per story (or one for
// every story with Options.OneFolder), and writes the manifest to
// dir/planted.json.
func Write(dir string, opts Options) (*Manifest, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	lastDir := ""
	m, err := Generate(opts, func(a *Article) error {
		path := filepath.Join(dir, filepath.FromSlash(a.Path))
		if d := filepath.Dir(path); d != lastDir {
			if err := os.MkdirAll(d, 0o755); err != nil {
				return err
			}
			lastDir = d
		}
		return os.WriteFile(path, a.Bytes(), 0o644)
	})
	if err != nil {
		return m, err
	}
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return m, err
	}
	return m, os.WriteFile(filepath.Join(dir, ManifestFile), append(data, '\n'), 0o644)
}

// ReadManifest reads a manifest written by Write.
func ReadManifest(path string) (*Manifest, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var m Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &m, nil
}

// person is a name made of three parts.
type person struct {
	first, middle, last string
}

func (p person) full() string { return p.first + " " + p.middle + " " + p.last }

// story is one event and the plan of its articles.
type story struct {
	id       string
	seed     uint64
	index    int
	k        *kind
	place    string
	province int
	actor    int
	dest     int
	event    time.Time
	pub      time.Time
	people   [2]person
	cands    [2]person
	counts   map[string]int
	consts   map[string]int
	articles []*plan
	planted  []Discrepancy
	rng      *rand.Rand
}

// plan is what one article of a story writes.
type plan struct {
	path    string
	outlet  int
	style   int
	event   time.Time
	p1      person
	include map[string]bool
	value   map[string]int
	speaker map[string]int
	// say is the template each count is stated with.
	say      map[string]int
	ledeTmpl int
}

const storySpread = 3650 // days over which events are spread

// newStory plans story index of size articles; oneFolder names its files
// for a corpus whose articles share one folder.
func newStory(seed uint64, index, size int, oneFolder bool) *story {
	rng := rand.New(rand.NewPCG(seed, uint64(index)+1))
	k := &kinds[rng.IntN(len(kinds))]
	s := &story{
		id:       fmt.Sprintf("s%06d", index+1),
		seed:     seed,
		index:    index,
		k:        k,
		place:    placeName(seed, index),
		province: rng.IntN(len(provinces)),
		actor:    rng.IntN(len(countries)),
		counts:   map[string]int{},
		consts:   map[string]int{},
		rng:      rng,
	}
	s.dest = (s.actor + 1 + rng.IntN(len(countries)-1)) % len(countries)
	s.event = time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(storySpread))
	s.pub = s.event.AddDate(0, 0, 2)
	for j := range s.people {
		s.people[j] = personFor(seed, index*4+j)
		s.cands[j] = personFor(seed, index*4+2+j)
	}
	for _, c := range k.counts {
		s.counts[c.key] = c.lo + rng.IntN(c.hi-c.lo+1)
	}
	for _, c := range append(append([]constant(nil), commonConstants...), k.constants...) {
		v := c.lo + rng.IntN(c.hi-c.lo+1)
		if c.step > 1 {
			v *= c.step
		}
		if c.monthYear {
			v = (s.event.Year()-v)*12 + rng.IntN(12)
		}
		s.consts[c.key] = v
	}
	picked := rng.Perm(len(outlets))
	for j := range size {
		p := &plan{
			outlet:   picked[j],
			style:    rng.IntN(3),
			event:    s.event,
			p1:       s.people[0],
			include:  map[string]bool{},
			value:    map[string]int{},
			speaker:  map[string]int{},
			say:      map[string]int{},
			ledeTmpl: rng.IntN(2),
		}
		p.path = articlePath(s.id, j+1, outletsName(p.outlet), oneFolder)
		for _, c := range k.counts {
			p.include[c.key] = rng.IntN(4) != 0
			p.value[c.key] = s.counts[c.key]
			p.speaker[c.key] = c.speaker
			p.say[c.key] = rng.IntN(len(c.say.of(outlets[p.outlet].lang)))
		}
		s.articles = append(s.articles, p)
	}
	if size >= 2 {
		s.plant()
	}
	return s
}

func outletsName(i int) string { return outlets[i].name }

// articlePath is the path of article j of story id from outlet: in the
// story's folder ("s000001/02-harbor-times.txt"), or with oneFolder in
// the one folder of every story ("story/s000001-02-harbor-times.txt").
func articlePath(id string, j int, outlet string, oneFolder bool) string {
	if oneFolder {
		return fmt.Sprintf("%s/%s-%02d-%s.txt", OneFolderName, id, j, slug(outlet))
	}
	return fmt.Sprintf("%s/%02d-%s.txt", id, j, slug(outlet))
}

// plant chooses zero to two discrepancies and applies them to the plans.
func (s *story) plant() {
	n := [...]int{0, 0, 0, 1, 1, 1, 1, 2, 2, 2}[s.rng.IntN(10)]
	kinds := s.rng.Perm(4)
	used := map[string]bool{}
	for _, kd := range kinds[:n] {
		ai := s.rng.IntN(len(s.articles))
		bi := (ai + 1 + s.rng.IntN(len(s.articles)-1)) % len(s.articles)
		a, b := s.articles[ai], s.articles[bi]
		switch kd {
		case 0, 1: // a count, misreported or disputed
			var c *count
			for _, i := range s.rng.Perm(len(s.k.counts)) {
				if !used[s.k.counts[i].key] {
					c = &s.k.counts[i]
					break
				}
			}
			if c == nil {
				continue
			}
			used[c.key] = true
			a.include[c.key], b.include[c.key] = true, true
			b.value[c.key] = s.other(s.counts[c.key])
			between := "misreport"
			if kd == 1 {
				between = "dispute"
				b.speaker[c.key] = 1 - c.speaker
			}
			s.planted = append(s.planted, Discrepancy{
				Story: s.id, Kind: "quantity", Between: between, Subject: c.key,
				A: Value{a.path, s.written(a, c)},
				B: Value{b.path, s.written(b, c)},
			})
		case 2: // the event's date
			shift := 1
			if s.rng.IntN(2) == 0 {
				shift = -1
			}
			b.event = s.event.AddDate(0, 0, shift)
			s.planted = append(s.planted, Discrepancy{
				Story: s.id, Kind: "date", Between: "misreport", Subject: s.k.name,
				A: Value{a.path, s.dateText(a)},
				B: Value{b.path, s.dateText(b)},
			})
		case 3: // p1's name
			b.p1 = person{s.people[0].first, s.people[0].middle, variant(s.people[0].last, s.rng)}
			s.planted = append(s.planted, Discrepancy{
				Story: s.id, Kind: "name", Between: "spelling", Subject: "p1",
				A: Value{a.path, a.p1.full()},
				B: Value{b.path, b.p1.full()},
			})
		}
	}
}

// other returns a figure that clearly differs from v: at least a quarter
// more or less, so no tolerance can make the two agree.
func (s *story) other(v int) int {
	var w int
	if s.rng.IntN(2) == 0 || v < 8 {
		w = v + max(2, v*(25+s.rng.IntN(76))/100)
	} else {
		w = v * (50 + s.rng.IntN(26)) / 100
	}
	return w
}

func (s *story) lang(p *plan) string { return outlets[p.outlet].lang }

// render writes article j of the story.
func (s *story) render(j int) *Article {
	p := s.articles[j]
	language := s.lang(p)
	rng := rand.New(rand.NewPCG(s.seed^0x9e3779b97f4a7c15, uint64(s.index)<<8|uint64(j)))
	var sentences []string
	vars := func(key string) string { return s.lookup(p, key, "", 0) }
	lede := s.k.ledes.of(language)
	first := expand(lede[p.ledeTmpl%len(lede)], vars)

	for _, c := range s.k.counts {
		if !p.include[c.key] {
			continue
		}
		t := c.say.of(language)[p.say[c.key]]
		sentences = append(sentences, expand(t, func(key string) string {
			return s.lookup(p, key, c.key, p.speaker[c.key])
		}))
	}
	quotes := s.k.quotes.of(language)
	sentences = append(sentences, expand(quotes[rng.IntN(len(quotes))], vars))
	for _, t := range s.k.facts.of(language) {
		if rng.IntN(3) != 0 {
			sentences = append(sentences, expand(t, vars))
		}
	}
	var common []string
	if !s.k.abroad {
		common = commonFacts.of(language)
	}
	for _, t := range common {
		if rng.IntN(2) == 0 {
			sentences = append(sentences, expand(t, vars))
		}
	}
	generic := s.k.generic.of(language)
	if s.k.disaster {
		generic = append(generic[:len(generic):len(generic)], disasterGeneric.of(language)...)
	}
	for _, t := range generic {
		if rng.IntN(3) != 0 {
			sentences = append(sentences, t)
		}
	}
	rng.Shuffle(len(sentences), func(a, b int) { sentences[a], sentences[b] = sentences[b], sentences[a] })

	var b strings.Builder
	b.WriteString(first)
	b.WriteString("\n\n")
	furn := furniture.of(language)
	for i := 0; i < len(sentences); {
		n := min(1+rng.IntN(2), len(sentences)-i)
		b.WriteString(strings.Join(sentences[i:i+n], " "))
		b.WriteString("\n\n")
		i += n
		if i == 2 && rng.IntN(3) == 0 {
			b.WriteString(furn[rng.IntN(len(furn))])
			b.WriteString("\n\n")
		}
	}
	o := outlets[p.outlet]
	return &Article{
		Path:      p.path,
		Story:     s.id,
		Kind:      s.k.name,
		Source:    o.name,
		URL:       fmt.Sprintf("https://%s/%s/%s-%s-%s", o.domain, s.pub.Format("2006/01/02"), s.k.name, strings.ToLower(s.place), s.id),
		Language:  language,
		Published: s.pub,
		Body:      b.String(),
	}
}

// lookup fills placeholder key for plan p; count and speaker say which
// figure {n} and {who} stand for in a count sentence.
func (s *story) lookup(p *plan, key, count string, speaker int) string {
	language := s.lang(p)
	switch key {
	case "place":
		return s.place
	case "province":
		if language == "id" {
			return provinces[s.province].id
		}
		return provinces[s.province].en
	case "actor":
		if language == "id" {
			return countries[s.actor].id
		}
		return countries[s.actor].en
	case "actoradj":
		return countries[s.actor].adj
	case "dest":
		if language == "id" {
			return countries[s.dest].id
		}
		return countries[s.dest].en
	case "date":
		return s.dateText(p)
	case "n":
		return s.number(p, p.value[count])
	case "who":
		return s.official(p, speaker)
	case "whos":
		return s.personOf(p, speaker).last
	case "p1":
		return s.official(p, 0)
	case "p1s":
		return p.p1.last
	case "p2":
		return s.official(p, 1)
	case "p2s":
		return s.people[1].last
	case "c1":
		return s.cands[0].full()
	case "c2":
		return s.cands[1].full()
	}
	if c, ok := strings.CutPrefix(key, "f:"); ok {
		return s.constant(p, c)
	}
	return "{" + key + "}"
}

func (s *story) personOf(p *plan, i int) person {
	if i == 0 {
		return p.p1
	}
	return s.people[1]
}

// official is an official's title and full name.
func (s *story) official(p *plan, i int) string {
	titles := s.k.titles[i].of(s.lang(p))
	title := expand(titles[0], func(key string) string { return s.lookup(p, key, "", 0) })
	return title + " " + s.personOf(p, i).full()
}

func (s *story) constant(p *plan, key string) string {
	v := s.consts[key]
	for _, c := range append(append([]constant(nil), commonConstants...), s.k.constants...) {
		if c.key != key {
			continue
		}
		switch {
		case c.year:
			return strconv.Itoa(v)
		case c.monthYear:
			if s.lang(p) == "id" {
				return monthsID[v%12] + " " + strconv.Itoa(v/12)
			}
			return monthsEN[v%12] + " " + strconv.Itoa(v/12)
		case c.decimal:
			sep := "."
			if s.lang(p) == "id" {
				sep = ","
			}
			return strconv.Itoa(v/10) + sep + strconv.Itoa(v%10)
		}
		return formatInt(v, s.lang(p))
	}
	return "{f:" + key + "}"
}

var smallEN = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
var smallID = []string{"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"}

// written is count c's figure as plan p writes it, capitalized where it
// starts the sentence ("Four people died").
func (s *story) written(p *plan, c *count) string {
	n := s.number(p, p.value[c.key])
	if strings.HasPrefix(c.say.of(s.lang(p))[p.say[c.key]], "{n}") {
		n = expand(n, nil)
	}
	return n
}

// number writes a count as plan p's outlet does: small numbers in words,
// others in digits with the language's thousands separator.
func (s *story) number(p *plan, v int) string {
	if v >= 2 && v < 10 {
		if s.lang(p) == "id" {
			return smallID[v]
		}
		return smallEN[v]
	}
	return formatInt(v, s.lang(p))
}

func formatInt(v int, language string) string {
	sep := byte(',')
	if language == "id" {
		sep = '.'
	}
	digits := strconv.Itoa(v)
	var out []byte
	for i := range len(digits) {
		if i > 0 && (len(digits)-i)%3 == 0 {
			out = append(out, sep)
		}
		out = append(out, digits[i])
	}
	return string(out)
}

// dateText writes the date of the event as plan p reports it, in the
// plan's style.
func (s *story) dateText(p *plan) string {
	d := p.event
	m, day, wd := int(d.Month())-1, d.Day(), int(d.Weekday())
	if s.lang(p) == "id" {
		switch p.style {
		case 0:
			return fmt.Sprintf("%s (%d/%d/%d)", weekdaysID[wd], day, m+1, d.Year())
		case 1:
			return fmt.Sprintf("%d %s %d", day, monthsID[m], d.Year())
		}
		return fmt.Sprintf("%s, %d %s %d", weekdaysID[wd], day, monthsID[m], d.Year())
	}
	switch p.style {
	case 0:
		return fmt.Sprintf("%s (%s %d)", weekdaysEN[wd], monthsShortEN[m], day)
	case 1:
		return fmt.Sprintf("%s %d", monthsEN[m], day)
	}
	return fmt.Sprintf("%s, %s %d, %d", weekdaysEN[wd], monthsEN[m], day, d.Year())
}

// expand fills the placeholders of t and capitalizes the first letter.
func expand(t string, lookup func(string) string) string {
	var b strings.Builder
	b.Grow(len(t) + 64)
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			b.WriteString(t)
			break
		}
		j := strings.IndexByte(t[i:], '}')
		if j < 0 {
			b.WriteString(t)
			break
		}
		b.WriteString(t[:i])
		b.WriteString(lookup(t[i+1 : i+j]))
		t = t[i+j+1:]
	}
	out := b.String()
	if out != "" && out[0] >= 'a' && out[0] <= 'z' {
		out = string(out[0]-'a'+'A') + out[1:]
	}
	return out
}

// mix is a bijection on [0, n) for a multiplier coprime with n, so that
// consecutive stories get unrelated names without a table of used ones.
func mix(i, n int, seed uint64) int {
	const mult = 7919 // prime, coprime with the sizes used below
	return int((uint64(i)*mult + seed*104729) % uint64(n))
}

// placeName returns the story's place: three syllables, unique per story
// up to len(syllables)³ stories.
func placeName(seed uint64, index int) string {
	n := len(syllables)
	x := mix(index, n*n*n, seed)
	name := syllables[x%n] + syllables[x/n%n] + syllables[x/n/n%n]
	return strings.ToUpper(name[:1]) + name[1:]
}

// personFor returns person i of the corpus, unique up to the product of
// the name lists' sizes.
func personFor(seed uint64, i int) person {
	nf, nm, nl := len(firstNames), len(middleNames), len(lastNames)
	x := mix(i, nf*nm*nl, seed)
	return person{firstNames[x%nf], middleNames[x/nf%nm], lastNames[x/nf/nm%nl]}
}

// variant changes one vowel of name so that the result is no name of the
// list.
func variant(name string, rng *rand.Rand) string {
	const vowels = "aeiou"
	var at []int
	for i := 1; i < len(name); i++ {
		if strings.IndexByte(vowels, name[i]) >= 0 {
			at = append(at, i)
		}
	}
	for _, i := range rng.Perm(len(at)) {
		pos := at[i]
		for _, k := range rng.Perm(len(vowels)) {
			v := vowels[k]
			if v == name[pos] {
				continue
			}
			out := name[:pos] + string(v) + name[pos+1:]
			if !inList(out) {
				return out
			}
		}
	}
	return name + "h"
}

func inList(name string) bool {
	for _, l := range [][]string{firstNames, middleNames, lastNames} {
		for _, n := range l {
			if n == name {
				return true
			}
		}
	}
	return false
}

func slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	return strings.Trim(b.String(), "-")
}
