package store

import (
	"context"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
)

// CheckOptions tune Check.
type CheckOptions struct {
	// Compare tunes the comparison; OneStory compares the new articles
	// with the whole store.
	Compare compare.Options
	// Story, when set, is the story of every new article; else each
	// finds its own (StoryOf).
	Story string
	// Stories, when there is no new article, are the stories compared;
	// none compares the whole store.
	Stories []string
}

// Checked is what Check found.
type Checked struct {
	// Result holds the new documents and the stored ones they were
	// compared with, all their claims, and the findings that hold a claim
	// of a new document (all findings when there was none), ready for
	// any report format.
	Result *pipeline.Result
	// Stories are the story of each new document, by its ID.
	Stories map[string]string
	// Names are the names each new document would be stored by (Name).
	Names map[string]string
}

// Check compares the articles of fresh (read by the pipeline without a
// comparison) with the stored articles of their stories, as a run over
// all of them would; fresh nil or empty compares the whole store. A
// stored version of a given article (the same name or text) is left out:
// the given one stands for it.
func Check(ctx context.Context, s Store, fresh *pipeline.Result, opts CheckOptions) (*Checked, error) {
	fresh.Unpack() // its claims are given their stories here
	out := &Checked{Stories: map[string]string{}, Names: map[string]string{}}
	res := &pipeline.Result{Documents: []*claims.Document{}, Claims: []*claims.Claim{}, Errors: nil, Warnings: nil}
	if fresh != nil {
		res.Errors, res.Warnings = fresh.Errors, fresh.Warnings
	}
	if fresh == nil || len(fresh.Documents) == 0 {
		set, err := s.Load(ctx, opts.Stories...)
		if err != nil {
			return nil, err
		}
		out.Result = merge(res, nil, set, opts.Compare)
		return out, nil
	}
	stories, err := StoryOf(ctx, s, fresh, opts.Story)
	if err != nil {
		return nil, err
	}
	var wanted []string
	for _, d := range fresh.Documents {
		out.Stories[d.ID] = stories[d.ID]
		out.Names[d.ID] = Name(d)
		if !slices.Contains(wanted, stories[d.ID]) {
			wanted = append(wanted, stories[d.ID])
		}
	}
	for _, c := range fresh.Claims {
		c.Story = stories[c.Doc]
	}
	if opts.Compare.OneStory {
		wanted = nil
	}
	set, err := s.Load(ctx, wanted...)
	if err != nil {
		return nil, err
	}
	set = withoutGiven(set, fresh.Documents, out)
	out.Result = merge(res, fresh, set, opts.Compare)
	return out, nil
}

// merge puts fresh's and set's documents and claims in res and compares
// them, keeping the findings that hold a claim of fresh when it is set.
func merge(res, fresh *pipeline.Result, set *Set, opts compare.Options) *pipeline.Result {
	isNew := map[string]bool{}
	if fresh != nil {
		res.Documents = append(res.Documents, fresh.Documents...)
		res.Claims = append(res.Claims, fresh.Claims...)
		for _, d := range fresh.Documents {
			isNew[d.ID] = true
		}
	}
	for _, st := range set.Docs {
		res.Documents = append(res.Documents, st.Doc)
	}
	res.Claims = append(res.Claims, set.Claims...)
	res.LabelStories()
	findings, warns := pipeline.Compare(res.Documents, res.Claims, opts)
	res.Warnings = append(res.Warnings, warns...)
	if fresh == nil {
		res.Findings = findings
		return res
	}
	res.Findings = findings[:0:0]
	for _, f := range findings {
		if holdsAny(&f, isNew) {
			res.Findings = append(res.Findings, f)
		}
	}
	return res
}

// Holds reports whether a side or a support of f is a claim of the
// document id: whether f is a finding of that article.
func Holds(f *compare.Finding, id string) bool { return holdsAny(f, map[string]bool{id: true}) }

// holdsAny reports whether a side or a support of f is of a document in
// docs.
func holdsAny(f *compare.Finding, docs map[string]bool) bool {
	for _, cs := range [][]*claims.Claim{f.Sides, f.Support} {
		for _, c := range cs {
			if docs[c.Doc] {
				return true
			}
		}
	}
	return false
}

// withoutGiven leaves out of set the stored versions of the given
// documents: those of the same story with the same name or text.
func withoutGiven(set *Set, given []*claims.Document, c *Checked) *Set {
	drop := map[string]bool{} // story + name, story + hash
	for _, d := range given {
		st := c.Stories[d.ID]
		drop[st+"\x00n"+c.Names[d.ID]] = true
		drop[st+"\x00h"+contentHash(d)] = true
	}
	out := &Set{}
	gone := map[string]bool{}
	for _, st := range set.Docs {
		if (st.Name != "" && drop[st.Story+"\x00n"+st.Name]) || drop[st.Story+"\x00h"+st.Hash] {
			gone[st.Doc.ID] = true
			continue
		}
		out.Docs = append(out.Docs, st)
	}
	for _, cl := range set.Claims {
		if !gone[cl.Doc] {
			out.Claims = append(out.Claims, cl)
		}
	}
	return out
}

// Name is the name a document read from a file is stored by: its path,
// cleaned and with forward slashes, with the "#N" of a JSONL line; ""
// for standard input, which has no name to tell its versions by.
func Name(d *claims.Document) string {
	if d.Path == "" || d.Path == "-" {
		return ""
	}
	name := filepath.ToSlash(filepath.Clean(d.Path))
	if i := strings.LastIndex(d.ID, "#"); i >= 0 && d.Format == "jsonl" {
		name += d.ID[i:]
	}
	return name
}

// minShared is the fewest names (people, organizations, places) an
// article must share with a stored story to join it when its folder is no
// story of the store.
const minShared = 2

// StoryOf gives each new document of fresh its story, by document ID: the
// story given (story), else the story of its folder. A lone article (the
// only new one of its folder) whose folder is no stored story joins the
// stored story whose articles share the most names with it (at least
// minShared, and more than any other story), so that an article saved
// outside the folder its story was indexed from (`check --db desk.db
// extra.txt`, a post to the desk) is still checked against its story; a
// folder of new articles is a new story. This is the one place that
// decides; the automatic grouping of articles into stories replaces it.
func StoryOf(ctx context.Context, s Store, fresh *pipeline.Result, story string) (map[string]string, error) {
	fresh.Unpack()
	out := map[string]string{}
	folder := map[string]string{}
	for _, c := range fresh.Claims {
		folder[c.Doc] = c.Story
	}
	for _, d := range fresh.Documents {
		if _, ok := folder[d.ID]; !ok {
			folder[d.ID] = filepath.ToSlash(filepath.Dir(d.Path))
		}
	}
	alone := map[string]int{} // folder → its new documents
	for _, f := range folder {
		alone[f]++
	}
	var stored map[string]map[string]bool // story → the names its articles share
	for _, d := range fresh.Documents {
		if story != "" {
			out[d.ID] = story
			continue
		}
		f := folder[d.ID]
		if stored == nil {
			var err error
			if stored, err = storyNames(ctx, s); err != nil {
				return nil, err
			}
		}
		if _, ok := stored[f]; ok || alone[f] > 1 {
			out[d.ID] = f
			continue
		}
		out[d.ID] = cmpOr(closestStory(d.Names, stored), f)
	}
	return out, nil
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// storyNames gathers the names each stored story's articles hold.
func storyNames(ctx context.Context, s Store) (map[string]map[string]bool, error) {
	docs, err := s.Docs(ctx)
	if err != nil {
		return nil, err
	}
	out := map[string]map[string]bool{}
	for _, st := range docs {
		m := out[st.Story]
		if m == nil {
			m = map[string]bool{}
			out[st.Story] = m
		}
		for _, n := range st.Doc.Names {
			m[n] = true
		}
	}
	return out, nil
}

// closestStory is the story sharing the most names with names, at least
// minShared and strictly more than the runner-up; "" when none is.
func closestStory(names []string, stories map[string]map[string]bool) string {
	type score struct {
		story string
		n     int
	}
	var scores []score
	for st, held := range stories {
		n := 0
		for _, name := range names {
			if held[name] {
				n++
			}
		}
		scores = append(scores, score{st, n})
	}
	sort.Slice(scores, func(i, j int) bool {
		if scores[i].n != scores[j].n {
			return scores[i].n > scores[j].n
		}
		return scores[i].story < scores[j].story
	})
	if len(scores) == 0 || scores[0].n < minShared || (len(scores) > 1 && scores[1].n == scores[0].n) {
		return ""
	}
	return scores[0].story
}
