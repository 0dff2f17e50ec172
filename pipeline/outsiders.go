package pipeline

import (
	"iter"
	"sort"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/corpus"
)

// outsiderStory is the fewest articles a story needs before one of them
// can be told apart as an outsider: of two articles sharing nothing,
// neither is more the story's than the other.
const outsiderStory = 3

// outsiderReason is the warning an outsider's article gets.
const outsiderReason = "shares no name, place or counted thing with the other articles of its story; its claims are listed but not compared"

// outsiders returns the documents of each story of three or more with
// claims that share nothing with the story's other documents: no person,
// organization or place their text names (Document.Names) or their claims
// hold, and nothing they count or measure. An article dropped into the
// wrong folder ("The city council met on Monday to discuss library
// hours") then makes no finding against the story's.
func outsiders(docs []*claims.Document, cs iter.Seq[*claims.Claim]) map[string]bool {
	k := newDocKeys()
	for c := range cs {
		k.add(c)
	}
	return k.outsiders(docs, func(doc string) string { return k.story[doc] })
}

// docKeys are what each document's claims tell of its story (storyKeys),
// gathered claim by claim, with the story of each document's first claim.
type docKeys struct {
	keys  map[string]map[string]bool // document → its keys
	story map[string]string
}

func newDocKeys() *docKeys {
	return &docKeys{keys: map[string]map[string]bool{}, story: map[string]string{}}
}

func (k *docKeys) add(c *claims.Claim) { k.addKeys(c, storyKeys(c)) }

// addKeys is add, with c's storyKeys.
func (k *docKeys) addKeys(c *claims.Claim, keys []string) {
	m := k.keys[c.Doc]
	if m == nil {
		m = map[string]bool{}
		k.keys[c.Doc] = m
		k.story[c.Doc] = c.Story
	}
	for _, key := range keys {
		m[key] = true
	}
}

// merge adds the keys part gathered; a document's claims all have its
// story, so which part saw it first does not matter.
func (k *docKeys) merge(part *docKeys) {
	for doc, m := range part.keys {
		into := k.keys[doc]
		if into == nil {
			k.keys[doc], k.story[doc] = m, part.story[doc]
			continue
		}
		for key := range m {
			into[key] = true
		}
	}
}

// outsiders are outsiders of the documents with claims, each in the story
// storyOf gives it.
func (k *docKeys) outsiders(docs []*claims.Document, storyOf func(doc string) string) map[string]bool {
	for _, d := range docs {
		if m := k.keys[d.ID]; m != nil {
			for _, n := range d.Names {
				m["entity:"+n] = true
			}
		}
	}
	byStory := map[string][]string{} // story → its documents with claims
	for id := range k.keys {
		byStory[storyOf(id)] = append(byStory[storyOf(id)], id)
	}
	out := map[string]bool{}
	for _, ids := range byStory {
		if len(ids) < outsiderStory {
			continue
		}
		held := map[string]int{} // key → how many of the story's documents hold it
		for _, id := range ids {
			for key := range k.keys[id] {
				held[key]++
			}
		}
		for _, id := range ids {
			if !sharesAny(k.keys[id], held) {
				out[id] = true
			}
		}
	}
	return out
}

// storyKeys are what a claim tells of the story it belongs to: the key of
// the person, organization or place it names, whose and where its figure
// is, and what it counts or measures.
func storyKeys(c *claims.Claim) []string {
	var out []string
	switch {
	case c.Kind == claims.ClaimName || c.Kind == claims.ClaimTitle:
		out = append(out, "entity:"+c.Subject)
	case c.Quantity != nil && c.Subject != "" && !claims.IsGeneric(c.Subject) && c.Subject != claims.Age:
		// A person's age tells of the person (its actor), not of a story.
		out = append(out, "subject:"+c.Subject) // a concept, or what a measure measures
	}
	if c.Entity != nil && c.Entity.Key != "" {
		out = append(out, "entity:"+c.Entity.Key)
	}
	for _, p := range []string{c.Actor(), c.Location()} {
		if p != "" {
			out = append(out, "entity:"+p)
		}
	}
	return out
}

// sharesAny reports whether a document's keys meet another document's:
// held counts the story's documents that hold each key, its own included.
func sharesAny(mine map[string]bool, held map[string]int) bool {
	for k := range mine {
		if held[k] > 1 {
			return true
		}
	}
	return false
}

// withoutOutsiders returns the claims of documents not in out.
func withoutOutsiders(cs []*claims.Claim, out map[string]bool) []*claims.Claim {
	if len(out) == 0 {
		return cs
	}
	kept := make([]*claims.Claim, 0, len(cs))
	for _, c := range cs {
		if !out[c.Doc] {
			kept = append(kept, c)
		}
	}
	return kept
}

// outsiderWarnings are a warning for each outsider, in the order of the
// documents' paths.
func outsiderWarnings(docs []*claims.Document, out map[string]bool) []*corpus.Error {
	if len(out) == 0 {
		return nil
	}
	var warns []*corpus.Error
	for _, d := range docs {
		if out[d.ID] {
			warns = append(warns, &corpus.Error{Path: d.Path, Reason: outsiderReason})
		}
	}
	sort.Slice(warns, func(i, j int) bool { return warns[i].Path < warns[j].Path })
	return warns
}

// mergeNames returns the sorted union of two sorted lists of names.
func mergeNames(a, b []string) []string {
	out := make([]string, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			out = append(out, a[i])
			i++
		case i == len(a) || b[j] < a[i]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i, j = i+1, j+1
		}
	}
	return out
}
