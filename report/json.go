package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"math"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
)

// Schema names the JSON format; it changes only when a field is removed
// or changes meaning (new fields may be added within a version).
const Schema = "claimcheck/v1"

// jsonReport is the claimcheck/v1 document. These structs are the schema:
// they are kept apart from the internal types so that a refactoring of
// claims or compare does not change what programs read.
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
	jw := newJSONWriter(w)
	jw.raw("{\n")
	jw.field("schema", Schema)
	jw.field("summary", summary)
	jw.array("documents", len(r.Documents), false, func(i int) any {
		d := r.Documents[i]
		return jsonDocument{
			ID: d.ID, Path: d.Path, Format: d.Format, Source: d.Source, SourceInferred: d.SourceInferred,
			URL: d.URL, Title: d.Title, Published: day(d.Published), PublishedInferred: d.PublishedInferred,
			Language: d.Language, LanguageInferred: d.LanguageInferred, Meta: d.Meta, Story: d.Story,
		}
	})
	jw.array("stories", len(r.Stories), false, func(i int) any {
		s := r.Stories[i]
		return jsonStory{ID: s.ID, Label: s.Label, Documents: s.Documents}
	})
	jw.array("claims", len(r.Claims), false, func(i int) any { return jsonClaimOf(r, r.Claims[i]) })
	rel, relTotal := relatedUpTo(r, MaxRelated)
	jw.array("findings", len(r.Findings), false, func(i int) any {
		opts.progress(i+1, len(r.Findings))
		f := &r.Findings[i]
		return jsonFindingOf(r, f, rel[f], relTotal[f])
	})
	jw.array("errors", len(r.Errors), false, func(i int) any { return jsonError(*r.Errors[i]) })
	jw.array("warnings", len(r.Warnings), true, func(i int) any { return jsonError(*r.Warnings[i]) })
	jw.raw("}\n")
	return jw.flush()
}

// MaxRelated is how many related claims a finding lists in full in the
// JSON report. A news story has a few; an archive run together into one
// article can hold thousands under one key that no finding holds, each
// related to every one of the key's hundreds of findings, and listing
// them all made the report grow with their product (9 GB for one 30 MB
// file). The rest are counted (related_more), and every one of them is
// in the report's claims, with the finding's story and key.
const MaxRelated = 20

// jsonFindingOf is f as JSON, with rel, the first of its total related
// claims.
func jsonFindingOf(r *pipeline.Result, f *compare.Finding, rel []*claims.Claim, total int) jsonFinding {
	jf := jsonFinding{
		ID: FindingID(f), Kind: f.Kind.String(), Verdict: f.Verdict.String(), Between: f.Between.String(),
		Severity: f.Severity.String(), Topic: f.Topic, Story: StoryOf(f), StoryLabel: r.StoryLabel(StoryOf(f)), Key: f.Key, Why: f.Why, Camps: f.Camps, Note: f.Note, Sides: []jsonSide{},
	}
	side := func(c *claims.Claim) jsonSide {
		return jsonSide{
			Claim: c.ID, Doc: c.Doc, Path: pathOf(r, c), Source: c.Source, Published: day(c.Published),
			Speaker: speakerName(c), Text: c.Text, Value: Value(c), Hedges: c.HedgeWords(),
			Sentence: evidence(c), Span: jsonSpan(c.Span), Line: lineOf(r, c),
		}
	}
	for _, c := range f.Sides {
		jf.Sides = append(jf.Sides, side(c))
	}
	for _, c := range f.Support {
		jf.Support = append(jf.Support, side(c))
	}
	for _, c := range rel {
		jf.Related = append(jf.Related, side(c))
	}
	jf.RelatedMore = total - len(rel)
	for _, e := range nameDiff(f) {
		jf.Diff = append(jf.Diff, jsonEdit{Op: editOp(e.Op), Text: e.Text})
	}
	return jf
}

// jsonWriter writes the report a field and an array element at a time:
// each top-level field, and each element of a top-level array, is one
// line of compact JSON. That keeps a report of millions of claims
// greppable and diffable line by line, a third smaller than indented
// JSON, and written by one reused encoder (encoding/json caches each
// type's encoder; only the element's bytes are buffered).
type jsonWriter struct {
	w   *bufio.Writer
	buf bytes.Buffer
	enc *json.Encoder
	err error
}

func newJSONWriter(w io.Writer) *jsonWriter {
	j := &jsonWriter{w: bufio.NewWriterSize(w, 64<<10)}
	j.enc = json.NewEncoder(&j.buf)
	j.enc.SetEscapeHTML(false)
	return j
}

func (j *jsonWriter) raw(s string) {
	if j.err == nil {
		_, j.err = j.w.WriteString(s)
	}
}

// value writes v as compact JSON, without a trailing newline.
func (j *jsonWriter) value(v any) {
	if j.err != nil {
		return
	}
	j.buf.Reset()
	if j.err = j.enc.Encode(v); j.err == nil {
		_, j.err = j.w.Write(bytes.TrimSuffix(j.buf.Bytes(), []byte("\n")))
	}
}

// field writes a top-level field that is not the last.
func (j *jsonWriter) field(name string, v any) {
	j.raw("  \"" + name + "\": ")
	j.value(v)
	j.raw(",\n")
}

// array writes a top-level array of n elements, elem(i) giving each.
func (j *jsonWriter) array(name string, n int, last bool, elem func(int) any) {
	j.raw("  \"" + name + "\": [")
	for i := range n {
		if i > 0 {
			j.raw(",")
		}
		j.raw("\n    ")
		j.value(elem(i))
	}
	if n > 0 {
		j.raw("\n  ")
	}
	j.raw("]")
	if !last {
		j.raw(",")
	}
	j.raw("\n")
}

func (j *jsonWriter) flush() error {
	if j.err != nil {
		return j.err
	}
	return j.w.Flush()
}

func jsonClaimOf(r *pipeline.Result, c *claims.Claim) jsonClaim {
	jc := jsonClaim{
		ID: c.ID, Doc: c.Doc, Kind: c.Kind.String(), Key: c.Key(), Subject: c.Subject, Role: c.RoleKey(),
		Actor: c.Actor(), Location: c.Location(), Event: c.EventKey(), Source: c.Source,
		Speaker: jsonSpeaker{Name: speakerName(c), Key: c.Speaker.Key, Outlet: c.Speaker.Outlet, Camp: c.Speaker.Camp},
		Text:    c.Text, Value: Value(c), Hedges: c.HedgeWords(), Span: jsonSpan(c.Span), Line: lineOf(r, c),
		Sentence: c.Sentence, SentenceSpan: jsonSpan(c.SentenceSpan), RepeatOf: c.RepeatOf(),
	}
	if q := c.Quantity; q != nil {
		jq := &jsonQuantity{Value: q.Value, Lo: q.Lo, Dimension: string(q.Dimension), Unit: q.Unit, Concept: q.Concept, Hedge: q.Hedge, Flags: q.Flags.Names()}
		if !math.IsInf(q.Hi, 1) {
			hi := q.Hi
			jq.Hi = &hi
		}
		jc.Quantity = jq
	}
	if d := c.Date; d != nil {
		jc.Date = &jsonDate{Granularity: d.Granularity.String(), Resolved: d.Resolved, Relative: d.Relative, Suspect: d.Suspect}
		if d.Resolved {
			jc.Date.Start, jc.Date.End = stamp(d.Start), stamp(d.End)
		}
	}
	if e := c.Entity; e != nil {
		jc.Entity = &jsonEntity{Kind: e.Kind.String(), Name: e.Name, Key: e.Key, Title: e.Title, Role: e.RoleKey(), Of: e.Of}
	}
	return jc
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

// day formats a publication date, "" when unknown.
func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
