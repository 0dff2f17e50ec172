package compare

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
)

// Options tune the comparison.
type Options struct {
	// OneStory compares claims across all documents, ignoring the folders
	// that otherwise separate stories.
	OneStory bool
	// MaxDays keeps claims apart whose publication dates are further apart
	// than this many days (the same troops a year apart are not the same
	// claim). Zero means DefaultMaxDays; negative means no limit.
	MaxDays int
}

// DefaultMaxDays is the default of Options.MaxDays.
const DefaultMaxDays = 60

// Compare aligns cs and returns the findings in a deterministic order:
// conflicts first, then by severity, kind, topic and fingerprint.
//
// Claims meet only within a block: the same story (folder), kind, subject
// (concept, event or person), period and, for measures, unit; an increment
// ("another 2,000") meets only increments. Quantities of a block are then
// grouped by the agreement of their frames (align). Within a group, only
// claims from different sources (document and speaker) are compared.
//
// Stories share nothing, so they are compared side by side, one story at a
// time on each of GOMAXPROCS goroutines; the findings are the same, in
// the same order, as one story after the other gives.
func Compare(cs []*claims.Claim, opts Options) []Finding {
	parts := byStory(cs, opts)
	return Stories(len(parts), func(i int) []*claims.Claim { return parts[i] }, opts)
}

// Stories compares n stories as Compare compares their claims together:
// storyClaims(i) gives the claims of the i-th story, the stories in the
// order of their IDs (with Options.OneStory, one story of every claim).
// It is called once for each story, from up to GOMAXPROCS goroutines at
// once, when the story's turn comes: a caller that keeps its claims
// packed unpacks one story at a time, and holds only the claims the
// findings hold.
func Stories(n int, storyClaims func(i int) []*claims.Claim, opts Options) []Finding {
	out := concurrently(n, runtime.GOMAXPROCS(0), func(i int) []Finding {
		fs := compareStory(storyClaims(i), opts)
		for i := range fs {
			fs[i].ID = fingerprint(&fs[i])
		}
		return fs
	})
	sortFindings(out)
	return out
}

// byStory splits cs into its stories, in the order of their IDs, each
// story's claims in the order of cs.
func byStory(cs []*claims.Claim, opts Options) [][]*claims.Claim {
	stories := map[string][]*claims.Claim{}
	for _, c := range cs {
		s := story(c, opts)
		stories[s] = append(stories[s], c)
	}
	out := make([][]*claims.Claim, 0, len(stories))
	for _, s := range sortedKeys(stories) {
		out = append(out, stories[s])
	}
	return out
}

// concurrently runs work on each of n parts on up to workers goroutines
// and returns the results joined in the order of the parts.
func concurrently(n, workers int, work func(int) []Finding) []Finding {
	results := make([][]Finding, n)
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(1, min(workers, n)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = work(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	total := 0
	for _, r := range results {
		total += len(r)
	}
	if total == 0 {
		return nil
	}
	out := make([]Finding, 0, total)
	for _, r := range results {
		out = append(out, r...)
	}
	return out
}

// compareStory compares the claims of one story.
func compareStory(cs []*claims.Claim, opts Options) []Finding {
	quantities := map[string][]*claims.Claim{}
	dates := map[string][]*claims.Claim{}
	increments := incrementSet{}
	var people []*claims.Claim
	var out []Finding
	for _, c := range cs {
		switch c.Kind {
		case claims.ClaimQuantity:
			if c.Quantity == nil {
				continue
			}
			if c.Quantity.Flags.Has(claims.Increment) {
				// Increments ("another 2,000") add to a figure given
				// elsewhere: alone they say nothing comparable, but they
				// explain a rise ("one more died, so the toll is 14").
				if !c.Quantity.Flags.Has(claims.Vague) {
					k := docSubject{c.Doc, c.Subject}
					increments[k] = append(increments[k], c.Quantity.Value)
				}
				continue
			}
			k := story(c, opts) + "\x00" + quantityBlockKey(c)
			quantities[k] = append(quantities[k], c)
		case claims.ClaimDate:
			if c.Date == nil {
				continue
			}
			if !dateCompared(c) {
				if c.Date.Suspect != "" {
					out = append(out, suspectDate(c))
				}
				continue
			}
			k := blockKey(c, opts)
			dates[k] = append(dates[k], c)
		case claims.ClaimName, claims.ClaimTitle:
			people = append(people, c)
		}
	}
	// The spellings of one name, found once: the name findings report
	// them, and alignment reads one person's figures through them.
	stories := byStory(people, opts)
	var groups [][]*spelling
	if len(stories) == 1 {
		groups = spellingGroups(nameClaims(stories[0]))
	}
	aliases := aliasesOf(groups) // one person's keys of two spellings
	for _, k := range sortedKeys(quantities) {
		block := quantities[k]
		sort.SliceStable(block, func(i, j int) bool { return lessClaim(block[i], block[j]) })
		for _, g := range align(block, aliases) {
			if g.unqualified(block[0].Subject) {
				continue
			}
			out = append(out, judgeQuantities(g, increments, opts)...)
		}
	}
	for _, k := range sortedKeys(dates) {
		block := dates[k]
		sort.SliceStable(block, func(i, j int) bool { return lessClaim(block[i], block[j]) })
		out = append(out, judgeDates(block, opts)...)
	}
	out = append(out, judgeAsOf(dates, opts)...)
	if len(stories) == 1 {
		return append(out, nameFindings(stories[0], groups, aliases)...)
	}
	return append(out, namesByStory(stories)...)
}

// sortFindings puts findings in the order Compare returns them.
func sortFindings(out []Finding) {
	SortStable(out, func(a, b *Finding) bool {
		if a.Verdict != b.Verdict {
			return a.Verdict > b.Verdict
		}
		if a.Severity != b.Severity {
			return a.Severity > b.Severity
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		if a.Topic != b.Topic {
			return a.Topic < b.Topic
		}
		return a.ID < b.ID
	})
}

// nameClaims returns the name claims among cs.
func nameClaims(cs []*claims.Claim) []*claims.Claim {
	var out []*claims.Claim
	for _, c := range cs {
		if c != nil && c.Kind == claims.ClaimName && c.Entity != nil {
			out = append(out, c)
		}
	}
	return out
}

// namesByStory runs the name and title comparison one story at a time.
func namesByStory(stories [][]*claims.Claim) []Finding {
	var out []Finding
	for _, story := range stories {
		out = append(out, NameFindings(story)...)
	}
	return out
}

func story(c *claims.Claim, opts Options) string {
	if opts.OneStory {
		return ""
	}
	return c.Story
}

// blockKey is the alignment key of a claim: claims with equal keys are
// compared.
func blockKey(c *claims.Claim, opts Options) string {
	return story(c, opts) + "\x00" + alignKey(c)
}

// alignKey is the part of the block key a finding reports: what brought
// its sides together.
func alignKey(c *claims.Claim) string { return c.Key() }

func lessClaim(a, b *claims.Claim) bool {
	if !a.Published.Equal(b.Published) {
		return a.Published.Before(b.Published)
	}
	if a.Doc != b.Doc {
		return a.Doc < b.Doc
	}
	return a.Span.Start < b.Span.Start
}

// tooFarApart reports whether two claims were published too far apart to
// be about the same moment of a story.
func tooFarApart(a, b *claims.Claim, opts Options) bool {
	limit := opts.MaxDays
	if limit == 0 {
		limit = DefaultMaxDays
	}
	if limit < 0 || a.Published.IsZero() || b.Published.IsZero() {
		return false
	}
	d := a.Published.Sub(b.Published)
	return math.Abs(d.Hours()) > float64(limit)*24
}

// pretty turns a key ("north-korea") into words ("North Korea").
func pretty(key string) string {
	words := strings.FieldsFunc(key, func(r rune) bool { return r == '-' || r == '_' })
	for i, w := range words {
		if len(w) > 0 {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}

// fingerprint identifies a finding by what it says, not where: its kind,
// key, and its sides' documents and words (white space folded), sorted. It
// survives reordering files, adding unrelated articles and reformatting.
func fingerprint(f *Finding) string {
	sides := make([]string, len(f.Sides))
	for i, c := range f.Sides {
		sides[i] = c.Doc + "\x00" + singleSpaced(c.Text)
	}
	sort.Strings(sides)
	b := make([]byte, 0, 256)
	for _, part := range [...]string{f.Kind.String(), f.Verdict.String(), f.Key} {
		b = append(append(b, part...), 0)
	}
	for _, s := range sides {
		b = append(append(b, s...), 0)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8])
}

// singleSpaced is s with its words (strings.Fields) one space apart:
// s itself when it is written so in ASCII already, as a claim's words
// nearly always are.
func singleSpaced(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c != ' ' && asciiSpace(c) || c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// asciiSpace reports whether c is white space to strings.Fields.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}
