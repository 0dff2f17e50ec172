// Package pipeline is the whole check as one call: load every article under
// some paths, extract its claims on every core, and compare them.
//
//	paths ─load (claims/corpus)─▶ Documents ─extract (claims/extract)─▶ Claims
//	      ─compare (compare)─▶ Findings  =  Result
//
// The command line, the evaluation harness and the benchmarks all run the
// check through Run, so they cannot drift apart:
//
//	res := pipeline.Run([]string{"seeds"}, pipeline.Options{Compare: &compare.Options{}})
//	for _, f := range res.Findings { ... }
//
// Inputs that cannot be read end in Result.Errors and never stop the run.
// A Result holds claims, not articles: each document is kept without its
// text once its claims are taken, and claims never point into an article's
// text, so memory grows with the claims of a corpus, not with its bytes.
// The claims themselves are kept packed into bytes, a document's in one
// buffer (claims/packed, packed.go), and unpacked a story at a time to be
// compared and a document at a time to be reported: read them through
// Result.EachClaim, ScanClaims, ClaimAt or AllClaims.
// A large document is extracted in parts of PartSize bytes, and at most
// TextBudget bytes of text are being extracted at once whatever the
// number of cores, so the memory extraction takes follows the largest
// paragraph, not the largest file (parts.go).
package pipeline

import (
	"cmp"
	"io"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/claims/extract"
	"github.com/claimcheck/claimcheck/claims/lang"
	"github.com/claimcheck/claimcheck/claims/lang/builtin"
	"github.com/claimcheck/claimcheck/compare"
)

// Options tune a run. The zero value reads the operating system's files
// with every shipped language pack and compares nothing.
type Options struct {
	// Packs are the languages read; nil means every shipped pack.
	Packs *lang.Set
	// Stdin is read for the path "-".
	Stdin io.Reader
	// FS is the file system read; nil means the operating system's.
	FS corpus.FileSystem
	// MaxSize is the largest input read (see corpus.Loader.MaxSize).
	MaxSize int64
	// Workers is the number of documents extracted at once; GOMAXPROCS
	// when zero.
	Workers int
	// PartSize is the most body text of a document extracted at once, and
	// TextBudget the most text handed to extraction at once (parts.go);
	// zero means the package's PartSize and TextBudget.
	PartSize, TextBudget int
	// Compare tunes the comparison; nil skips it, for a listing of claims
	// alone.
	Compare *compare.Options
	// Stories says which documents make one story (stories.go); empty
	// means GroupFolder. GroupOne compares across stories whatever
	// Compare.OneStory says.
	Stories Grouping
	// Progress, when set, is called after each document with the number
	// extracted so far.
	Progress func(docs int)
	// Steps, when set, is told how far each stage has come, with totals:
	// reading (files and bytes, counted before the run), extracting
	// (documents) and comparing (claims). It is called from one goroutine
	// at a time.
	Steps func(Step)
	// Skip, when set, is told of every file left out of a folder and why,
	// once the run is over, in the order the files were met.
	Skip func(path, reason string)
	// Refused, when set, lists in Result.Refused the numbers read but
	// refused as figures, with why (for `claims --explain`); it reads
	// every document a second time.
	Refused bool
	// KeepText keeps each document's Text in the Result, for a caller
	// that stores the articles (the claims store); by default it is
	// dropped once the claims are taken.
	KeepText bool
	// Extracted, when set, is called once every document's claims are
	// taken, with their number, before stories are found and claims
	// compared: from there on a run holds the findings' claims, and the
	// command line lowers the garbage collector's headroom for a large
	// one.
	Extracted func(claims int)
}

// Stage is a step of a run, as Options.Steps reports it.
type Stage string

// The stages of a run; a caller adds its own (writing the report).
const (
	// Reading and extracting go on together: Step.Done counts files read
	// and Step.Extracted documents extracted.
	StageRead    Stage = "reading"
	StageCompare Stage = "comparing"
)

// Step says how far a stage has come.
type Step struct {
	Stage Stage
	// Done and Total count the stage's units: files for reading, claims
	// for comparing (Done is 0 until the comparison ends); Total is 0 when
	// unknown.
	Done, Total int
	// Bytes and TotalBytes are the bytes read, and to read, when reading.
	Bytes, TotalBytes int64
	// Documents counts the documents read, Extracted those whose claims
	// are taken, when reading.
	Documents, Extracted int
}

// Result is what a run produced: the documents read, their claims, the
// findings and the inputs that could not be read.
type Result struct {
	// Documents are kept without their Text.
	Documents []*claims.Document
	// Claims are the claims of a Result put together by hand (from the
	// claims store, in a test). A Run keeps its claims packed instead and
	// leaves Claims nil: read a Result's claims through EachClaim,
	// ClaimCount or AllClaims, which serve both.
	Claims   []*claims.Claim
	Findings []compare.Finding
	Errors   []*corpus.Error
	// Warnings are what was read but looks wrong (a misspelt metadata
	// field); they never keep a document out.
	Warnings []*corpus.Error
	// Suppressed counts findings a caller left out (by a baseline or a
	// minimum severity), so that a summary can say they exist.
	Suppressed int
	// Refused are the numbers read but refused as figures, by document
	// and offset, when Options.Refused asks for them.
	Refused []Refused
	// Stories are the stories the documents were grouped into, sorted by
	// ID; Claim.Story and Document.Story name one of them.
	Stories []Story

	docs   map[string]*claims.Document
	packed *claimStore
	// keys are the story keys of each document's claims, gathered by
	// group for the outsiders of compareStories.
	keys *docKeys
}

// Run loads every document under paths ("-" for Stdin), extracts its
// claims and, when opts.Compare is set, compares them.
func Run(paths []string, opts Options) *Result {
	packs := opts.Packs
	if packs == nil {
		packs = builtin.Packs()
	}
	r := &run{opts: opts, lines: map[*claims.Document]corpus.LineMap{}, names: map[*claims.Document][]string{}, step: Step{Stage: StageRead},
		res: &Result{Documents: []*claims.Document{}, Errors: []*corpus.Error{}, Warnings: []*corpus.Error{}, packed: newClaimStore()},
		pp:  newParts(cmp.Or(opts.PartSize, PartSize), cmp.Or(opts.TextBudget, TextBudget))}
	if opts.Refused {
		r.refused = newRefusals(packs)
	}
	loader := r.loader(packs, paths)
	ex := extract.New(packs)
	load := func(yield func(*claims.Document)) {
		cal := calendar{ex: ex, found: opts.Stories == GroupAuto, yield: func(d *claims.Document) { r.pp.yield(d, yield) }}
		r.res.Errors = append(r.res.Errors, loader.Load(paths, cal.add)...)
		cal.flush()
	}
	ex.Run(load, opts.Workers, r.extracted)
	if opts.Extracted != nil {
		opts.Extracted(r.res.ClaimCount())
	}
	if opts.Skip != nil {
		for _, sk := range r.skips {
			opts.Skip(sk.path, sk.reason)
		}
	}
	r.res.group(opts.Stories)
	r.compare()
	r.res.keys = nil // the outsiders' keys, also when nothing is compared
	return r.res
}

// run is the state of one Run: what the loader's goroutine and the
// extraction's callbacks share.
type run struct {
	opts Options
	res  *Result
	// mu guards lines, names and step, shared by the loader and
	// extracted.
	mu    sync.Mutex
	lines map[*claims.Document]corpus.LineMap
	names map[*claims.Document][]string // names of a large document's parts so far
	step  Step
	// skips are written by the loader's goroutine only.
	skips   []skipped
	pp      *parts
	refused *refusals
	// held are the claims of a large document's parts so far, kept until
	// its last part is in: a repeat may lie in a later part than the
	// paragraph it repeats, and a document's claims are packed at once.
	held map[*claims.Document][]*claims.Claim
}

// skipped is a file left out of a folder, and why.
type skipped struct{ path, reason string }

// report tells Options.Steps how far the run has come; the caller holds
// mu when the loader may run.
func (r *run) report() {
	if r.opts.Steps != nil {
		r.opts.Steps(r.step)
	}
}

// loader is the corpus loader of the run, counting what it will read
// when Options.Steps asks for totals.
func (r *run) loader(packs *lang.Set, paths []string) *corpus.Loader {
	loader := &corpus.Loader{Packs: packs, Stdin: r.opts.Stdin, FS: r.opts.FS, MaxSize: r.opts.MaxSize,
		Skip: func(path, reason string) { r.skips = append(r.skips, skipped{path, reason}) },
		Warn: func(e *corpus.Error) { r.res.Warnings = append(r.res.Warnings, e) },
		SourceLines: func(d *claims.Document, m corpus.LineMap) {
			r.mu.Lock()
			r.lines[d] = m
			r.mu.Unlock()
		},
	}
	if r.opts.Steps != nil {
		size := loader.Count(paths)
		r.step.Total, r.step.TotalBytes = size.Files, size.Bytes
		loader.Progress = func(p corpus.Progress) {
			r.mu.Lock()
			r.step.Done, r.step.Bytes, r.step.Documents = p.Files, p.Bytes, p.Documents
			r.report()
			r.mu.Unlock()
		}
		r.report()
	}
	return loader
}

// extracted takes the claims of a document, or of a part of a large one:
// their lines in an HTML page's source, the numbers refused, evidence
// clipped; with its last part, repeats marked and the document's claims
// packed, and the document.
func (r *run) extracted(part *claims.Document, cs []*claims.Claim) {
	doc, last := r.pp.done(part)
	r.mu.Lock()
	if part != doc {
		// A large document's parts: their names are the document's once
		// its last part is in, for until then the loader still copies
		// the document into its next parts.
		r.names[doc] = mergeNames(r.names[doc], part.Names)
		if last {
			doc.Names = mergeNames(doc.Names, r.names[doc])
			delete(r.names, doc)
		}
	}
	m, html := r.lines[doc]
	if last {
		delete(r.lines, doc)
	}
	r.mu.Unlock()
	if html {
		toSourceLines(cs, m)
	}
	if r.refused != nil {
		r.res.Refused = append(r.res.Refused, r.refused.in(part, textLine(part, m, html))...)
	}
	clipEvidence(cs, MaxEvidence)
	if !last {
		if r.held == nil {
			r.held = map[*claims.Document][]*claims.Claim{}
		}
		r.held[doc] = append(r.held[doc], cs...)
		return
	}
	if held, ok := r.held[doc]; ok {
		cs = append(held, cs...)
		delete(r.held, doc)
	}
	if len(doc.Repeats) > 0 {
		markRepeats(doc, cs)
	}
	r.res.packed.add(doc.ID, cs)
	r.documentDone(doc)
}

// documentDone keeps a document whose claims are all taken, without its
// text unless Options.KeepText, and says so.
func (r *run) documentDone(doc *claims.Document) {
	if !r.opts.KeepText {
		doc.Text = "" // claims keep their own words; the article can go
	}
	r.res.Documents = append(r.res.Documents, doc)
	if r.opts.Progress != nil {
		r.opts.Progress(len(r.res.Documents))
	}
	if r.opts.Steps != nil {
		r.mu.Lock()
		r.step.Extracted = len(r.res.Documents)
		r.report()
		r.mu.Unlock()
	}
}

// compare compares the claims when Options.Compare asks for it.
func (r *run) compare() {
	if r.opts.Compare == nil {
		return
	}
	total := r.res.ClaimCount()
	if r.opts.Steps != nil {
		r.opts.Steps(Step{Stage: StageCompare, Total: total})
	}
	copts := *r.opts.Compare
	copts.OneStory = copts.OneStory || r.opts.Stories == GroupOne
	var warns []*corpus.Error
	r.res.Findings, warns = r.res.compareStories(copts)
	r.res.Warnings = append(r.res.Warnings, warns...)
	if r.opts.Steps != nil {
		r.opts.Steps(Step{Stage: StageCompare, Done: total, Total: total})
	}
}

// Compare compares the claims of docs as Run does: the claims of an
// article that shares nothing with the other articles of its story are
// left out (with a warning each, see outsiders), and so are the claims of
// a repeated paragraph (Claim.RepeatOf); the rest go to compare.Compare. A caller holding claims from elsewhere (the claims
// store) compares them through it, so that a stored story is judged as a
// fresh run would judge it.
func Compare(docs []*claims.Document, cs []*claims.Claim, opts compare.Options) ([]compare.Finding, []*corpus.Error) {
	out := outsiders(docs, slices.Values(cs))
	compared := withoutOutsiders(cs, out)
	return compare.Compare(withoutRepeats(compared), opts), outsiderWarnings(docs, out)
}

// toSourceLines gives the claims of an HTML document the lines of the
// page's source where their words are (the extractor numbered the lines
// of the extracted text).
func toSourceLines(cs []*claims.Claim, m corpus.LineMap) {
	for _, c := range cs {
		if l := m.Line(c.Span.Start); l > 0 {
			c.Line = l
		}
	}
}

// Doc returns the document with the given ID, or nil.
func (r *Result) Doc(id string) *claims.Document {
	if r.docs == nil || len(r.docs) != len(r.Documents) {
		r.docs = make(map[string]*claims.Document, len(r.Documents))
		for _, d := range r.Documents {
			r.docs[d.ID] = d
		}
	}
	return r.docs[id]
}

// Sort puts documents, claims and findings in the order every report
// renders them: documents by ID, claims by document and offset, findings
// by severity and verdict (strongest first), then kind, key and sides.
// Sides keep the order compare gave them.
func (r *Result) Sort() {
	sort.SliceStable(r.Documents, func(i, j int) bool { return r.Documents[i].ID < r.Documents[j].ID })
	if r.packed != nil {
		r.packed.sort()
	}
	sort.SliceStable(r.Claims, func(i, j int) bool {
		a, b := r.Claims[i], r.Claims[j]
		if a.Doc != b.Doc {
			return a.Doc < b.Doc
		}
		if a.Span.Start != b.Span.Start {
			return a.Span.Start < b.Span.Start
		}
		return a.Span.End < b.Span.End
	})
	compare.SortStable(r.Findings, findingLess)
	sortRefused(r.Refused)
	sort.SliceStable(r.Errors, func(i, j int) bool {
		if r.Errors[i].Path != r.Errors[j].Path {
			return r.Errors[i].Path < r.Errors[j].Path
		}
		return r.Errors[i].Line < r.Errors[j].Line
	})
}

func findingLess(a, b *compare.Finding) bool {
	if a.Severity != b.Severity {
		return a.Severity > b.Severity
	}
	if a.Verdict != b.Verdict {
		return a.Verdict > b.Verdict
	}
	if a.Kind != b.Kind {
		return a.Kind < b.Kind
	}
	if a.Key != b.Key {
		return a.Key < b.Key
	}
	return sidesLess(a, b)
}

// sidesLess reports whether sidesKey(a) < sidesKey(b) without building
// the keys (they were a quarter of writing a large report): side by side,
// documents then texts compare as the joined keys do while no string holds
// the separator, a NUL, and the few that do are compared joined.
func sidesLess(a, b *compare.Finding) bool {
	for i := range min(len(a.Sides), len(b.Sides)) {
		x, y := a.Sides[i], b.Sides[i]
		if x.Doc == y.Doc && x.Text == y.Text {
			continue
		}
		if strings.IndexByte(x.Doc, 0) >= 0 || strings.IndexByte(x.Text, 0) >= 0 || strings.IndexByte(y.Doc, 0) >= 0 || strings.IndexByte(y.Text, 0) >= 0 {
			return sidesKey(a) < sidesKey(b)
		}
		if x.Doc != y.Doc {
			return x.Doc < y.Doc
		}
		return x.Text < y.Text
	}
	return len(a.Sides) < len(b.Sides)
}

func sidesKey(f *compare.Finding) string {
	var b strings.Builder
	for _, s := range f.Sides {
		b.WriteString(s.Doc)
		b.WriteByte(0)
		b.WriteString(s.Text)
		b.WriteByte(0)
	}
	return b.String()
}

// calendar gives an article with no date of its own, nor any its text
// shows, its story's: such an article waits until its story's folder is
// read and takes the latest publication date of the others as its
// StoryDate, to read its relative dates and years by. Folders are read
// one after the other, so an article waits for its folder only. When
// stories are found (found is set), a folder of more than storyFolder
// articles is an archive of many stories, whose latest date is no
// story's: its undated articles go on undated, at once.
type calendar struct {
	ex      *extract.Extractor
	yield   func(*claims.Document)
	found   bool
	story   string
	read    int // articles of the folder read so far
	latest  time.Time
	pending []*claims.Document
}

func (c *calendar) add(doc *claims.Document) {
	if s := extract.Story(doc); s != c.story {
		c.flush()
		c.story = s
	}
	c.read++
	if !inferDate(c.ex, doc) {
		c.pending = append(c.pending, doc)
		if c.archive() {
			c.release()
		}
		return
	}
	if doc.Published.After(c.latest) {
		c.latest = doc.Published
	}
	c.yield(doc)
}

// archive says whether the folder read is an archive of many stories.
func (c *calendar) archive() bool { return c.found && c.read > storyFolder }

// release lets the waiting articles go without a story's date.
func (c *calendar) release() {
	for _, doc := range c.pending {
		c.yield(doc)
	}
	c.pending = nil
}

// flush lets the story's undated articles go, with the story's date.
func (c *calendar) flush() {
	if c.archive() {
		c.release()
	}
	for _, doc := range c.pending {
		doc.StoryDate = c.latest
		c.yield(doc)
	}
	c.pending, c.latest, c.read = nil, time.Time{}, 0
}
