package report

import (
	"io"
	"time"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
)

// Schema names the JSON format; it changes only when a field is removed
// or changes meaning (new fields may be added within a version).
const Schema = "claimcheck/v1"

// jsonReport is the claimcheck/v1 document. These structs are the schema:
// they are kept apart from the internal types so that a refactoring of
// claims or compare does not change what programs read. The report is
// written without them, element by element (jsonDocumentTo and the
// others), exactly as encoding/json writes them: the tests build the
// structs and compare (TestJSONElementsMatchSchema), and a new field is
// added to both.
type jsonReport struct {
	Schema    string         `json:"schema"`
	Summary   jsonSummary    `json:"summary"`
	Documents []jsonDocument `json:"documents"`
	Stories   []jsonStory    `json:"stories"`
	Claims    []jsonClaim    `json:"claims"`
	Findings  []jsonFinding  `json:"findings"`
	Errors    []jsonError    `json:"errors"`
	Warnings  []jsonError    `json:"warnings"`
}

type jsonSummary struct {
	Documents  int            `json:"documents"`
	Rejected   int            `json:"rejected"`
	Claims     int            `json:"claims"`
	Findings   int            `json:"findings"`
	Suppressed int            `json:"suppressed"`
	ByVerdict  map[string]int `json:"by_verdict"`
	ByKind     map[string]int `json:"by_kind"`
	BySeverity map[string]int `json:"by_severity"`
}

type jsonDocument struct {
	ID                string `json:"id"`
	Path              string `json:"path"`
	Format            string `json:"format,omitempty"`
	Source            string `json:"source"`
	SourceInferred    bool   `json:"source_inferred,omitempty"`
	URL               string `json:"url,omitempty"`
	Title             string `json:"title,omitempty"`
	Published         string `json:"published,omitempty"`
	PublishedInferred bool   `json:"published_inferred,omitempty"`
	Language          string `json:"language"`
	LanguageInferred  bool   `json:"language_inferred,omitempty"`
	// Story is the ID of the story the document was put in.
	Story string `json:"story,omitempty"`
	// Meta are the metadata fields claimcheck does not use, as given.
	Meta map[string]any `json:"meta,omitempty"`
}

// jsonStory is a story of the run (pipeline.Story).
type jsonStory struct {
	ID        string   `json:"id"`
	Label     string   `json:"label"`
	Documents []string `json:"documents"`
}

type jsonSpan struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

type jsonSpeaker struct {
	Name   string `json:"name"`
	Key    string `json:"key,omitempty"`
	Outlet bool   `json:"outlet,omitempty"`
	Camp   string `json:"camp,omitempty"`
}

type jsonQuantity struct {
	Value     float64  `json:"value"`
	Lo        float64  `json:"lo"`
	Hi        *float64 `json:"hi"` // null: no upper bound
	Dimension string   `json:"dimension,omitempty"`
	Unit      string   `json:"unit,omitempty"`
	Concept   string   `json:"concept,omitempty"`
	Hedge     string   `json:"hedge,omitempty"`
	Flags     []string `json:"flags,omitempty"`
}

type jsonDate struct {
	Start       string `json:"start,omitempty"`
	End         string `json:"end,omitempty"`
	Granularity string `json:"granularity"`
	Resolved    bool   `json:"resolved"`
	Relative    bool   `json:"relative,omitempty"`
	Suspect     string `json:"suspect,omitempty"`
}

type jsonEntity struct {
	Kind  string `json:"kind"`
	Name  string `json:"name"`
	Key   string `json:"key,omitempty"`
	Title string `json:"title,omitempty"`
	Role  string `json:"role,omitempty"`
	Of    string `json:"of,omitempty"`
}

type jsonClaim struct {
	ID           string        `json:"id"`
	Doc          string        `json:"doc"`
	Kind         string        `json:"kind"`
	Key          string        `json:"key"`
	Subject      string        `json:"subject"`
	Role         string        `json:"role,omitempty"`
	Actor        string        `json:"actor,omitempty"`
	Location     string        `json:"location,omitempty"`
	Event        string        `json:"event,omitempty"`
	Source       string        `json:"source"`
	Speaker      jsonSpeaker   `json:"speaker"`
	Text         string        `json:"text"`
	Value        string        `json:"value"`
	Quantity     *jsonQuantity `json:"quantity,omitempty"`
	Date         *jsonDate     `json:"date,omitempty"`
	Entity       *jsonEntity   `json:"entity,omitempty"`
	Hedges       []string      `json:"hedges,omitempty"`
	Span         jsonSpan      `json:"span"`
	Line         int           `json:"line"`
	Sentence     string        `json:"sentence"`
	SentenceSpan jsonSpan      `json:"sentence_span"`
	// RepeatOf is the ID of the claim this one repeats (a paragraph
	// repeated word for word in its article): never compared.
	RepeatOf string `json:"repeat_of,omitempty"`
}

type jsonSide struct {
	Claim     string   `json:"claim"`
	Doc       string   `json:"doc"`
	Path      string   `json:"path"`
	Source    string   `json:"source"`
	Published string   `json:"published,omitempty"`
	Speaker   string   `json:"speaker"`
	Text      string   `json:"text"`
	Value     string   `json:"value"`
	Hedges    []string `json:"hedges,omitempty"`
	Sentence  string   `json:"sentence"`
	Span      jsonSpan `json:"span"`
	Line      int      `json:"line"`
}

type jsonEdit struct {
	Op   string `json:"op"` // "equal", "insert", "delete"
	Text string `json:"text"`
}

type jsonFinding struct {
	ID       string `json:"id"`
	Kind     string `json:"kind"`
	Verdict  string `json:"verdict"`
	Between  string `json:"between,omitempty"`
	Severity string `json:"severity"`
	Topic    string `json:"topic"`
	// Story is the story of the finding's articles (StoryOf), StoryLabel
	// what it is about.
	Story      string `json:"story"`
	StoryLabel string `json:"story_label,omitempty"`
	Key        string `json:"key"`
	// Why lists what brought the sides together, slot by slot.
	Why []string `json:"why,omitempty"`
	// Camps are the opposed camps of a recorded dispute.
	Camps []string   `json:"camps,omitempty"`
	Note  string     `json:"note,omitempty"`
	Sides []jsonSide `json:"sides"`
	// Support are further claims repeating a side's value.
	Support []jsonSide `json:"support,omitempty"`
	// Related are claims of the story with a side's alignment key that
	// no finding holds: the first MaxRelated of them.
	Related []jsonSide `json:"related,omitempty"`
	// RelatedMore counts the related claims past MaxRelated, left out
	// of Related (they are in the report's claims).
	RelatedMore int        `json:"related_more,omitempty"`
	Diff        []jsonEdit `json:"diff,omitempty"`
}

type jsonError struct {
	Path   string `json:"path"`
	Line   int    `json:"line,omitempty"`
	Reason string `json:"reason"`
}

// JSON writes r as one claimcheck/v1 document with the default Options.
func JSON(w io.Writer, r *pipeline.Result) error { return jsonReportOf(w, r, Options{}) }

// jsonReportOf writes r as one claimcheck/v1 document, a line per
// element (jsonWriter), lists never null, every finding included whatever
// the Options. It is streamed element by element, so a corpus of any size
// is written without holding its whole JSON text in memory.
func jsonReportOf(w io.Writer, r *pipeline.Result, opts Options) error {
	r.Sort()
	jw := &jsonWriter{w: w}
	jw.raw("{\n")
	jw.field("schema", func(o *jsonObject) { o.b = appendJSONString(o.b, Schema) })
	jw.field("summary", func(o *jsonObject) { o.encoded(jsonSummaryOf(r)) })
	jw.array("documents", len(r.Documents), false, func(o *jsonObject, i int) { jsonDocumentTo(o, r.Documents[i]) })
	jw.array("stories", len(r.Stories), false, func(o *jsonObject, i int) { jsonStoryTo(o, &r.Stories[i]) })
	// The claims and the findings are rendered side by side (blocks):
	// what they read of r is built first (Doc's index), and the related
	// claims are gathered as the claims are listed, block by block.
	r.Doc("")
	ri, n := newRelatedIndex(r), r.ClaimCount()
	parts := make([]*relatedIndex, (n+claimBlock-1)/claimBlock)
	jw.blocks("claims", n, claimBlock, false, func(o *jsonObject, k, lo, hi int) {
		part, at := ri.part(), lo
		for c := range r.ScanClaimsIn(lo, hi) {
			part.add(c, at)
			elem(o, at)
			jsonClaimTo(o, r, c)
			at++
		}
		parts[k] = part
	}, nil)
	if jw.err != nil {
		return jw.err // blocks left unrendered once writing failed have no part
	}
	for _, part := range parts {
		ri.merge(part)
	}
	rel, relTotal := relatedOf(r, ri.byKey, MaxRelated)
	jw.blocks("findings", len(r.Findings), findingBlock, false, func(o *jsonObject, _, lo, hi int) {
		for i := lo; i < hi; i++ {
			f := &r.Findings[i]
			elem(o, i)
			jsonFindingTo(o, r, f, claimsAt(r, rel[f]), relTotal[f])
		}
	}, func(hi int) { opts.progress(hi, len(r.Findings)) })
	jw.array("errors", len(r.Errors), false, func(o *jsonObject, i int) { jsonErrorTo(o, r.Errors[i]) })
	jw.array("warnings", len(r.Warnings), true, func(o *jsonObject, i int) { jsonErrorTo(o, r.Warnings[i]) })
	jw.raw("}\n")
	return jw.flush()
}

// claimBlock and findingBlock are how many claims and findings a
// goroutine renders at a time (jsonWriter.blocks): some hundreds of
// kilobytes of JSON.
const (
	claimBlock   = 512
	findingBlock = 64
)

// jsonSummaryOf is r's summary with its counts keyed by name.
func jsonSummaryOf(r *pipeline.Result) jsonSummary {
	s := Summarize(r)
	summary := jsonSummary{
		Documents: s.Documents, Rejected: s.Rejected, Claims: s.Claims, Findings: s.Findings, Suppressed: s.Suppressed,
		ByVerdict: map[string]int{}, ByKind: map[string]int{}, BySeverity: map[string]int{},
	}
	for v, n := range s.ByVerdict {
		summary.ByVerdict[v.String()] = n
	}
	for k, n := range s.ByKind {
		summary.ByKind[k.String()] = n
	}
	for v, n := range s.BySeverity {
		summary.BySeverity[v.String()] = n
	}
	return summary
}

// MaxRelated is how many related claims a finding lists in full in the
// JSON report. A news story has a few; an archive run together into one
// article can hold thousands under one key that no finding holds, each
// related to every one of the key's hundreds of findings, and listing
// them all made the report grow with their product (9 GB for one 30 MB
// file). The rest are counted (related_more), and every one of them is
// in the report's claims, with the finding's story and key.
const MaxRelated = 20

// jsonWriter writes the report a field and an array element at a time:
// each top-level field, and each element of a top-level array, is one
// line of compact JSON. That keeps a report of millions of claims
// greppable and diffable line by line, and a third smaller than indented
// JSON. Elements are appended to one reused buffer (jsonObject), written
// out whenever it holds jsonChunk bytes.
type jsonWriter struct {
	w   io.Writer
	o   jsonObject
	err error
}

// jsonChunk is how much the writer buffers before it writes.
const jsonChunk = 64 << 10

func (j *jsonWriter) raw(s string) { j.o.b = append(j.o.b, s...) }

// field writes a top-level field that is not the last.
func (j *jsonWriter) field(name string, value func(*jsonObject)) {
	j.raw("  \"" + name + "\": ")
	value(&j.o)
	j.raw(",\n")
}

// array writes a top-level array of n elements, each(o, i) appending
// each, on one goroutine (blocks renders long arrays on all).
func (j *jsonWriter) array(name string, n int, last bool, each func(o *jsonObject, i int)) {
	if j.err != nil {
		return
	}
	j.raw("  \"" + name + "\": [")
	for i := range n {
		elem(&j.o, i)
		each(&j.o, i)
		if len(j.o.b) >= jsonChunk && !j.write() {
			return
		}
	}
	j.end(n, last)
}

// end closes a top-level array of n elements.
func (j *jsonWriter) end(n int, last bool) {
	if n > 0 {
		j.raw("\n  ")
	}
	j.raw("]")
	if !last {
		j.raw(",")
	}
	j.raw("\n")
}

// write writes out what is buffered, unless a value could not be written
// (then nothing more is), and reports whether all went well.
func (j *jsonWriter) write() bool {
	if j.err == nil {
		j.err = j.o.err
	}
	if j.err == nil && len(j.o.b) > 0 {
		_, j.err = j.w.Write(j.o.b)
	}
	j.o.b = j.o.b[:0]
	return j.err == nil
}

func (j *jsonWriter) flush() error {
	j.write()
	return j.err
}

func editOp(op compare.EditOp) string {
	switch op {
	case compare.Insert:
		return "insert"
	case compare.Delete:
		return "delete"
	}
	return "equal"
}

// dayLayout is how reports write a publication date.
const dayLayout = "2006-01-02"

// day formats a publication date, "" when unknown.
func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(dayLayout)
}
