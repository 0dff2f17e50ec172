package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
)

// The ClaimReview format drafts schema.org ClaimReview JSON-LD, as
// fact-checkers publish it in their pages (and as search engines read it),
// for every claim of every conflict: the claim as written, who made it and
// where (itemReviewed: a Claim with its author and the article it appeared
// in), and the other sides' evidence in reviewBody. reviewRating (the
// verdict on the claim), the review's own url, author and date are the
// desk's to add when it publishes: a conflict says the sides cannot all be
// right, not which is wrong. The output is a JSON array of ClaimReview
// objects, each with its own @context so that each can go into a page's
// <script type="application/ld+json"> as it is.

// claimReview is a schema.org ClaimReview.
type claimReview struct {
	Context string `json:"@context"`
	Type    string `json:"@type"`
	// Identifier is the finding's ID and the side's letter
	// ("fe661a8376561c57#B"), to find the finding in the reports.
	Identifier    string      `json:"identifier"`
	Name          string      `json:"name"`
	ClaimReviewed string      `json:"claimReviewed"`
	ItemReviewed  reviewClaim `json:"itemReviewed"`
	ReviewBody    string      `json:"reviewBody"`
}

// reviewClaim is a schema.org Claim.
type reviewClaim struct {
	Type          string       `json:"@type"`
	Text          string       `json:"text"`
	Author        schemaAgent  `json:"author"`
	DatePublished string       `json:"datePublished,omitempty"`
	Appearance    []appearance `json:"appearance"`
}

// schemaAgent is a schema.org Person or Organization.
type schemaAgent struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

// appearance is the schema.org CreativeWork a claim appeared in.
type appearance struct {
	Type          string       `json:"@type"`
	URL           string       `json:"url,omitempty"`
	Headline      string       `json:"headline,omitempty"`
	DatePublished string       `json:"datePublished,omitempty"`
	Publisher     *schemaAgent `json:"publisher,omitempty"`
}

// claimReviews writes a ClaimReview for each side of each conflict.
func claimReviews(w io.Writer, r *pipeline.Result, opts Options) error {
	r.Sort()
	out := []claimReview{}
	people := peopleByDoc(r)
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Verdict != compare.Conflict {
			continue
		}
		for j := range f.Sides {
			out = append(out, newClaimReview(r, people, f, j))
		}
		opts.progress(i+1, len(r.Findings))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(true) // the drafts go into <script> elements: no "</script>" may survive
	return enc.Encode(out)
}

func newClaimReview(r *pipeline.Result, people map[string][]*claims.Entity, f *compare.Finding, j int) claimReview {
	c := f.Sides[j]
	a := articleOf(r, c)
	app := appearance{Type: "NewsArticle", Headline: a.Title, DatePublished: a.Published}
	if a.Web {
		app.URL = a.Href
	}
	if a.Source != "" {
		app.Publisher = &schemaAgent{Type: "Organization", Name: a.Source}
	}
	if app.Headline == c.Doc {
		app.Headline = "" // no title: the document's ID is no headline
	}
	return claimReview{
		Context:       "https://schema.org",
		Type:          "ClaimReview",
		Identifier:    FindingID(f) + "#" + sideLetter(j),
		Name:          Topic(f) + ": " + Value(c),
		ClaimReviewed: NormalizeSpace(c.Sentence),
		ItemReviewed: reviewClaim{
			Type: "Claim", Text: NormalizeSpace(c.Text), Author: claimAuthor(people[c.Doc], c),
			DatePublished: a.Published, Appearance: []appearance{app},
		},
		ReviewBody: reviewBody(r, f, j),
	}
}

// claimAuthor is who made the claim: the outlet, or the speaker it
// quotes. The speaker is a Person when its article names a person of its
// key or of a name its words hold ("Foreign Minister Takeshi Iwaya");
// else an Organization ("Seoul's spy agency", the outlet itself).
func claimAuthor(people []*claims.Entity, c *claims.Claim) schemaAgent {
	name := speakerName(c)
	if c.Speaker.Outlet || c.Speaker.Name == "" || c.Speaker.Camp != "" {
		return schemaAgent{Type: "Organization", Name: name}
	}
	for _, e := range people {
		if e.Key == c.Speaker.Key || strings.Contains(name, e.Name) {
			return schemaAgent{Type: "Person", Name: name}
		}
	}
	return schemaAgent{Type: "Organization", Name: name}
}

// peopleByDoc are the named persons of each document's claims, by
// document ID.
func peopleByDoc(r *pipeline.Result) map[string][]*claims.Entity {
	out := map[string][]*claims.Entity{}
	for c := range r.EachClaim() {
		if e := c.Entity; e != nil && e.Kind == claims.Person && e.Name != "" {
			out[c.Doc] = append(out[c.Doc], e)
		}
	}
	return out
}

// reviewBody is the evidence of the finding's other sides: what each says,
// who says it and where.
func reviewBody(r *pipeline.Result, f *compare.Finding, j int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s gives %s", Topic(f), speakerName(f.Sides[j]), Value(f.Sides[j]))
	if between := f.Between.String(); between != "" {
		fmt.Fprintf(&b, " (a %s)", between)
	}
	b.WriteString("; other reports disagree.")
	for k, o := range f.Sides {
		if k == j {
			continue
		}
		a := articleOf(r, o)
		fmt.Fprintf(&b, " %s: %s gives %s (“%s”) in %s", sideLetter(k), speakerName(o), Value(o), NormalizeSpace(o.Text), a.Source)
		if a.Published != "" {
			fmt.Fprintf(&b, ", published %s", a.Published)
		}
		if a.Web {
			fmt.Fprintf(&b, ", %s", a.Href)
		}
		fmt.Fprintf(&b, ": “%s”", NormalizeSpace(o.Sentence))
	}
	return b.String()
}
