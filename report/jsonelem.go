package report

import (
	"math"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
)

// The functions here write one element of the JSON report each, read
// from the run's own types: member for member, in order and omitted when
// empty, as encoding/json writes the schema struct named in each doc
// comment.

// jsonDocumentTo writes d as a jsonDocument.
func jsonDocumentTo(o *jsonObject, d *claims.Document) {
	o.begin()
	o.str("id", d.ID)
	o.str("path", d.Path)
	o.strOmit("format", d.Format)
	o.str("source", d.Source)
	o.boolOmit("source_inferred", d.SourceInferred)
	o.strOmit("url", d.URL)
	o.strOmit("title", d.Title)
	o.time("published", d.Published, dayLayout)
	o.boolOmit("published_inferred", d.PublishedInferred)
	o.str("language", d.Language)
	o.boolOmit("language_inferred", d.LanguageInferred)
	o.strOmit("story", d.Story)
	if len(d.Meta) > 0 {
		o.key("meta")
		o.encoded(d.Meta)
	}
	o.close()
}

// jsonStoryTo writes s as a jsonStory.
func jsonStoryTo(o *jsonObject, s *pipeline.Story) {
	o.begin()
	o.str("id", s.ID)
	o.str("label", s.Label)
	o.strs("documents", s.Documents)
	o.close()
}

// jsonClaimTo writes c as a jsonClaim.
func jsonClaimTo(o *jsonObject, r *pipeline.Result, c *claims.Claim) {
	o.begin()
	o.str("id", c.ID)
	o.str("doc", c.Doc)
	o.str("kind", c.Kind.String())
	o.str("key", c.Key())
	o.str("subject", c.Subject)
	o.strOmit("role", c.RoleKey())
	o.strOmit("actor", c.Actor())
	o.strOmit("location", c.Location())
	o.strOmit("event", c.EventKey())
	o.str("source", c.Source)
	o.open("speaker")
	o.str("name", speakerName(c))
	o.strOmit("key", c.Speaker.Key)
	o.boolOmit("outlet", c.Speaker.Outlet)
	o.strOmit("camp", c.Speaker.Camp)
	o.close()
	o.str("text", c.Text)
	o.str("value", Value(c))
	if c.Quantity != nil {
		jsonQuantityTo(o, c.Quantity)
	}
	if c.Date != nil {
		jsonDateTo(o, c.Date)
	}
	if c.Entity != nil {
		jsonEntityTo(o, c.Entity)
	}
	o.strsOmit("hedges", c.HedgeWords())
	o.span("span", c.Span.Start, c.Span.End)
	o.num("line", lineOf(r, c))
	o.str("sentence", c.Sentence)
	o.span("sentence_span", c.SentenceSpan.Start, c.SentenceSpan.End)
	o.strOmit("repeat_of", c.RepeatOf())
	o.close()
}

// jsonQuantityTo writes q as a claim's jsonQuantity; hi is null when q
// has no upper bound.
func jsonQuantityTo(o *jsonObject, q *claims.Quantity) {
	o.open("quantity")
	o.float("value", q.Value)
	o.float("lo", q.Lo)
	if math.IsInf(q.Hi, 1) {
		o.key("hi")
		o.b = append(o.b, "null"...)
	} else {
		o.float("hi", q.Hi)
	}
	o.strOmit("dimension", string(q.Dimension))
	o.strOmit("unit", q.Unit)
	o.strOmit("concept", q.Concept)
	o.strOmit("hedge", q.Hedge)
	o.strsOmit("flags", q.Flags.Names())
	o.close()
}

// jsonDateTo writes d as a claim's jsonDate: its bounds only when it is
// resolved.
func jsonDateTo(o *jsonObject, d *claims.Date) {
	o.open("date")
	if d.Resolved {
		o.time("start", d.Start.UTC(), time.RFC3339)
		o.time("end", d.End.UTC(), time.RFC3339)
	}
	o.str("granularity", d.Granularity.String())
	o.boolean("resolved", d.Resolved)
	o.boolOmit("relative", d.Relative)
	o.strOmit("suspect", d.Suspect)
	o.close()
}

// jsonEntityTo writes e as a claim's jsonEntity.
func jsonEntityTo(o *jsonObject, e *claims.Entity) {
	o.open("entity")
	o.str("kind", e.Kind.String())
	o.str("name", e.Name)
	o.strOmit("key", e.Key)
	o.strOmit("title", e.Title)
	o.strOmit("role", e.RoleKey())
	o.strOmit("of", e.Of)
	o.close()
}

// jsonFindingTo writes f as a jsonFinding, with rel, the first of its
// total related claims.
func jsonFindingTo(o *jsonObject, r *pipeline.Result, f *compare.Finding, rel []*claims.Claim, total int) {
	o.begin()
	o.str("id", FindingID(f))
	o.str("kind", f.Kind.String())
	o.str("verdict", f.Verdict.String())
	o.strOmit("between", f.Between.String())
	o.str("severity", f.Severity.String())
	o.str("topic", f.Topic)
	story := StoryOf(f)
	o.str("story", story)
	o.strOmit("story_label", r.StoryLabel(story))
	o.str("key", f.Key)
	o.strsOmit("why", f.Why)
	o.strsOmit("camps", f.Camps)
	o.strOmit("note", f.Note)
	jsonSidesTo(o, r, "sides", f.Sides)
	if len(f.Support) > 0 {
		jsonSidesTo(o, r, "support", f.Support)
	}
	if len(rel) > 0 {
		jsonSidesTo(o, r, "related", rel)
	}
	o.numOmit("related_more", total-len(rel))
	if diff := nameDiff(f); len(diff) > 0 {
		o.list("diff")
		for _, e := range diff {
			o.item()
			o.str("op", editOp(e.Op))
			o.str("text", e.Text)
			o.close()
		}
		o.end()
	}
	o.close()
}

// jsonSidesTo writes the list name of claims as jsonSides.
func jsonSidesTo(o *jsonObject, r *pipeline.Result, name string, cs []*claims.Claim) {
	o.list(name)
	for _, c := range cs {
		o.item()
		o.str("claim", c.ID)
		o.str("doc", c.Doc)
		o.str("path", pathOf(r, c))
		o.str("source", c.Source)
		o.time("published", c.Published, dayLayout)
		o.str("speaker", speakerName(c))
		o.str("text", c.Text)
		o.str("value", Value(c))
		o.strsOmit("hedges", c.HedgeWords())
		o.str("sentence", evidence(c))
		o.span("span", c.Span.Start, c.Span.End)
		o.num("line", lineOf(r, c))
		o.close()
	}
	o.end()
}

// jsonErrorTo writes e as a jsonError.
func jsonErrorTo(o *jsonObject, e *corpus.Error) {
	o.begin()
	o.str("path", e.Path)
	o.numOmit("line", e.Line)
	o.str("reason", e.Reason)
	o.close()
}
