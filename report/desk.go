package report

import (
	"fmt"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
)

// desk is what the Markdown and HTML reports show, built once so that the
// two say the same things.
type desk struct {
	Summary  Summary
	Line     string
	Verdicts []string // "1 conflict"
	Kinds    []string
	Severity []string
	Errors   []*corpus.Error
	Warnings []*corpus.Error
	Stories  []deskStory
	// All is set when collapsed findings are shown in full.
	All bool
}

// deskStory is one story's findings: its disagreements in full, its
// agreements and compatible findings collapsed.
type deskStory struct {
	Name   string
	Label  string // what the story is about (pipeline.Story.Label)
	Anchor string // the HTML id of its section
	Counts string // "3 findings: 1 conflict, 2 agree"
	// Articles are the story's documents that its findings quote.
	Articles  []article
	Shown     []deskFinding
	Collapsed []deskFinding
	// CollapsedLabel names the collapsed findings: "2 agreements".
	CollapsedLabel string
}

type deskFinding struct {
	Number   int
	ID       string
	Topic    string
	Facets   string // whose, where, when
	Kind     string
	Verdict  string // with who disagrees: "conflict (dispute)"
	Class    string // the verdict alone, for styling
	Severity string
	Key      string
	Note     string
	Sides    []deskSide
	// Support are further claims that repeat a side's value; Related
	// are claims with a side's key that no finding holds.
	Support []deskClaim
	Related []deskClaim
	// Values is the sides' values in one line, for a collapsed finding:
	// "7 crew (A, B) · ≥ 7 crew (C)".
	Values string
	Diff   []compare.Edit
}

type deskSide struct {
	Letter  string // "A", "B", …
	Doc     string
	Article article
	Line    int
	Speaker string
	// Published says when, with "(inferred)" or "date unknown".
	Published string
	Text      string
	Value     string
	Hedges    string
	Segments  []Segment
	// Diff is the character diff from side A's name to this side's, for
	// names and titles whose value differs from side A's; nil otherwise.
	Diff []compare.Edit
}

// deskClaim is a claim listed under a finding without its evidence.
type deskClaim struct {
	Article article
	Line    int
	Speaker string
	Text    string
	Value   string
	// Side is the letter of the side whose value it repeats, or "".
	Side string
}

// newDesk sorts r and builds the desk report's content. Findings are
// numbered in the order shown: story by story, disagreements first.
func newDesk(r *pipeline.Result, opts Options) *desk {
	r.Sort()
	s := Summarize(r)
	d := &desk{Summary: s, Line: s.Line(), Verdicts: s.verdictParts(), Kinds: s.kindParts(), Severity: s.severityParts(),
		Errors: r.Errors, Warnings: r.Warnings, All: opts.All}
	rel := related(r)
	n, total := 0, len(r.Findings)
	build := func(idx []int) []deskFinding {
		var out []deskFinding
		for _, i := range idx {
			n++
			out = append(out, newDeskFinding(r, &r.Findings[i], n, rel))
			opts.progress(n, total)
		}
		return out
	}
	for k, g := range groupStories(r) {
		ds := deskStory{Name: g.Name, Label: r.StoryLabel(g.Name), Anchor: fmt.Sprintf("story-%d", k+1), Counts: counts(r, g.Shown, g.Collapsed),
			CollapsedLabel: collapsedLabel(r, g.Collapsed)}
		ds.Shown = build(g.Shown)
		ds.Collapsed = build(g.Collapsed)
		ds.Articles = storyArticles(r, g)
		d.Stories = append(d.Stories, ds)
	}
	return d
}

func newDeskFinding(r *pipeline.Result, f *compare.Finding, n int, rel map[*compare.Finding][]*claims.Claim) deskFinding {
	df := deskFinding{
		Number: n, ID: FindingID(f), Topic: Topic(f), Facets: Facets(f), Kind: f.Kind.String(), Verdict: verdictLabel(f),
		Class: f.Verdict.String(), Severity: f.Severity.String(), Key: f.Key, Note: f.Note, Diff: nameDiff(f),
	}
	for j, c := range f.Sides {
		pub := "date unknown"
		if doc := r.Doc(c.Doc); doc != nil && !doc.Published.IsZero() {
			pub = day(doc.Published)
			if doc.PublishedInferred {
				pub += " (inferred)"
			}
		} else if !c.Published.IsZero() {
			pub = day(c.Published)
		}
		var diff []compare.Edit
		if j > 0 && df.Diff != nil && Value(c) != Value(f.Sides[0]) {
			if j == 1 {
				diff = df.Diff
			} else {
				diff = CharDiff(Value(f.Sides[0]), Value(c))
			}
		}
		df.Sides = append(df.Sides, deskSide{
			Letter: sideLetter(j), Diff: diff, Doc: c.Doc, Article: articleOf(r, c), Line: lineOf(r, c), Speaker: speakerName(c),
			Published: pub, Text: NormalizeSpace(c.Text), Value: Value(c), Hedges: strings.Join(c.HedgeWords(), ", "),
			Segments: mergeClaim(Highlight(c, otherSentence(f, j))),
		})
	}
	for _, c := range f.Support {
		df.Support = append(df.Support, newDeskClaim(r, f, c))
	}
	for _, c := range rel[f] {
		df.Related = append(df.Related, newDeskClaim(r, f, c))
	}
	df.Values = valuesLine(f)
	return df
}

func newDeskClaim(r *pipeline.Result, f *compare.Finding, c *claims.Claim) deskClaim {
	dc := deskClaim{Article: articleOf(r, c), Line: lineOf(r, c), Speaker: speakerName(c), Text: NormalizeSpace(c.Text), Value: Value(c)}
	for j, s := range f.Sides {
		if Value(s) == dc.Value {
			dc.Side = sideLetter(j)
			break
		}
	}
	return dc
}

// valuesLine lists a finding's values with the sides that give them:
// "7 crew (A, B) · ≥ 7 crew (C)".
func valuesLine(f *compare.Finding) string {
	var order []string
	letters := map[string][]string{}
	for j, c := range f.Sides {
		v := Value(c)
		if _, ok := letters[v]; !ok {
			order = append(order, v)
		}
		letters[v] = append(letters[v], sideLetter(j))
	}
	parts := make([]string, len(order))
	for i, v := range order {
		parts[i] = v + " (" + strings.Join(letters[v], ", ") + ")"
	}
	return strings.Join(parts, " · ")
}

// storyArticles lists the documents a story's findings quote, in ID order.
func storyArticles(r *pipeline.Result, g *storyGroup) []article {
	seen := map[string]bool{}
	var docs []*claims.Claim
	for _, idx := range [][]int{g.Shown, g.Collapsed} {
		for _, i := range idx {
			for _, cs := range [][]*claims.Claim{r.Findings[i].Sides, r.Findings[i].Support} {
				for _, c := range cs {
					if !seen[c.Doc] {
						seen[c.Doc] = true
						docs = append(docs, c)
					}
				}
			}
		}
	}
	sortClaimsByDoc(docs)
	out := make([]article, len(docs))
	for i, c := range docs {
		out[i] = articleOf(r, c)
	}
	return out
}

func sortClaimsByDoc(cs []*claims.Claim) {
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && cs[j].Doc < cs[j-1].Doc; j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

// mergeClaim lets the claim's mark win over the difference mark, so that
// the claim's words show as one highlighted run.
func mergeClaim(segs []Segment) []Segment {
	var out []Segment
	for _, s := range segs {
		if s.Claim {
			s.Differs = false
		}
		if n := len(out); n > 0 && out[n-1].Claim == s.Claim && out[n-1].Differs == s.Differs {
			out[n-1].Text += s.Text
			continue
		}
		out = append(out, s)
	}
	return out
}

// sideLetter names side i: A, B, …, Z, AA, AB, …
func sideLetter(i int) string {
	if i < 26 {
		return string(rune('A' + i))
	}
	return sideLetter(i/26-1) + string(rune('A'+i%26))
}

// OwnWords reports whether the outlet itself speaks.
func (s deskSide) OwnWords() bool { return s.Speaker == s.Article.Source || s.Speaker == "" }

// Who says who speaks and who reports it: "BPBD, reported by Kabar
// Harian", or "Kabar Harian (its own words)" when the outlet speaks.
func (s deskSide) Who() string {
	if s.OwnWords() {
		return s.Article.Source + " (its own words)"
	}
	return s.Speaker + ", reported by " + s.Article.Source
}
