// Package corpus loads documents: files, folders (recursively) and standard
// input, in four formats.
//
//   - .txt and .md: plain text with an optional front-matter block: YAML
//     between "---" lines (read by gopkg.in/yaml.v3) or TOML between "+++"
//     lines (read by github.com/BurntSushi/toml). The fields source
//     (outlet), url (link), published (publishDate, date), language (lang)
//     and title (headline) are used; every other field (author, tags,
//     draft, …) is kept in Document.Meta, and one whose name looks like a
//     misspelt known field ("sorce") is also reported through Loader.Warn
//     with the name it likely meant. A block that is not YAML or TOML, or a
//     used field whose value is malformed (a published value that is not a
//     date), is an error naming the file's line. Text is the file as
//     written, front matter included, after decoding UTF-16 and dropping a byte order mark;
//     Windows line endings are kept. Body is the part after the front
//     matter. Nothing is deleted: page furniture ("Advertisement", "Skip to
//     main content", menus, "Baca juga: ..." links, bylines, pure
//     photo-credit lines, hashtag lines, a repeated headline) is only marked
//     in Document.Furniture, one span a line, so every span still points
//     into the file the user can open. A caption that ends with a credit is
//     not furniture: it may name someone.
//   - .html and .htm: the article body found by go-readability, the page's
//     date, byline and chrome lines dropped first and figure captions put
//     back, as plain text: the headline, then one paragraph a
//     line with blank lines between paragraphs. For HTML, Document.Text is
//     this extracted text, not the markup: it is "the text the user can
//     open" through `claimcheck claims`, and every span indexes it.
//     Metadata comes from JSON-LD NewsArticle (headline, datePublished,
//     publisher, inLanguage), then <html lang>, article:published_time,
//     og:site_name and og:title. The page's charset is honoured. A declared
//     page language that the article's own words clearly contradict (site
//     templates declare one language for every page) gives way to detection.
//   - .jsonl: one article a line, a JSON object with "text" and the
//     front-matter fields as keys (other keys are kept in Document.Meta, with
//     a warning when they look like a misspelt field). The file is streamed, so an archive of any
//     size is read in bounded memory; a bad line is reported with its number
//     while the other lines still load. Document.ID is the file's ID plus
//     "#N" and Document.FirstLine is N for line N.
//   - "-" reads standard input and sniffs which of the formats it holds.
//
// A file named explicitly with another extension is sniffed the same way.
// Inside folders such files, and hidden ones, are skipped and each skip is
// reported through Loader.Skip, so nothing is dropped silently. Folders are
// read in sorted order, following symbolic links; a link back to a folder
// above is reported as a loop, not followed.
//
// Bad input gets an Error naming the file (and line) and saying what to
// do: an empty file, a binary file (NUL bytes), invalid UTF-8, a file over
// Loader.MaxSize (DefaultMaxSize, 32 MiB, unless set; checked before
// reading), an unreadable file, a symlink loop, a JSONL line that is not
// JSON, a document that is all furniture. Every other input is read.
//
// Missing metadata is inferred and marked: the language by detection
// (Loader.Detector; the packs' common words by default) over the article
// text without furniture (Document.LanguageInferred), the source from a
// credit line ("Source: AFP", "lapor CNA", from the packs' Speech.Credits)
// or else the file name (Document.SourceInferred). Paragraphs that the
// detector is sure are in another language than the document's are listed
// in Document.Parts. A declared Malay ("ms") is read by the Indonesian pack.
package corpus

import (
	"fmt"
	"io"
	"io/fs"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
)

// DefaultMaxSize is the largest file (or JSONL line) read when
// Loader.MaxSize is zero. A news article is well under a megabyte; the
// limit keeps memory bounded when a folder holds a dump or a video by
// mistake.
const DefaultMaxSize = 32 << 20

// Error is an input that could not be read, with where and why.
type Error struct {
	Path   string
	Line   int // 0 when the error is not about one line
	Reason string
}

// Error formats the error as "path: line N: reason".
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s: line %d: %s", e.Path, e.Line, e.Reason)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Reason)
}

// Progress tells how far a Load has come; Loader.Progress receives it after
// each input file.
type Progress struct {
	// Path is the file just finished.
	Path string
	// Files counts the files finished so far, Documents the documents
	// delivered, Errors the errors found, Skipped the files skipped for
	// their extension, Bytes the bytes read.
	Files, Documents, Errors, Skipped int
	Bytes                             int64
}

// Loader reads documents. The zero value, with Packs set, reads the
// operating system's files with the default limits.
type Loader struct {
	// Packs are the languages a document may be in; detection picks among
	// them, and their page-furniture lists and credit words are used.
	Packs *lang.Set
	// Stdin is read for the path "-".
	Stdin io.Reader
	// MaxSize is the largest file, and the largest line of a JSONL archive,
	// that is read, in bytes: 0 means DefaultMaxSize, a negative value no
	// limit. A larger input is rejected with an error saying so, never cut.
	MaxSize int64
	// FS is the file system read; nil means the operating system's.
	FS FileSystem
	// Detector finds the language of a text that does not declare it; nil
	// means the packs' common words (NewWordDetector).
	Detector Detector
	// Skip, when set, is called for every file met inside a folder and not
	// read, with the reason (an unsupported extension, a hidden file).
	Skip func(path, reason string)
	// Progress, when set, is called after each input file (and every few
	// thousand lines of a JSONL archive).
	Progress func(Progress)
	// Warn, when set, is told of what was read but looks wrong: a
	// metadata field whose name is close to a known one ("sorce"). A
	// warning never keeps a document from loading.
	Warn func(*Error)
	// SourceLines, when set, is given for each HTML document, before the
	// document itself, the map from offsets of its Text (the extracted
	// article) to lines of the page's source, so that a claim's line can
	// be the line of the file.
	SourceLines func(*claims.Document, LineMap)
}

// Load reads every document under paths, calling fn for each in a
// deterministic order (arguments in order, a folder's entries sorted by
// name, depth first), and returns the inputs that could not be read.
//
// A document's ID is its file's path relative to the deepest folder that
// holds every folder argument (Base), with forward slashes: "01.txt" for
// seeds/01.txt under the one argument seeds, "s1/01.txt" and "s2/01.txt"
// under the arguments s1 and s2, in either order. A file argument outside
// that folder is known by its name (by its path as named when another
// file has that name); with no folder argument, the files' own common
// folder is the base. Standard input is "stdin"; the lines of a JSONL
// archive add "#N".
func (l *Loader) Load(paths []string, fn func(*claims.Document)) []*Error {
	r := newRun(l, fn)
	r.base = base(r.fsys, paths)
	r.outside = r.outsideIDs(paths)
	for _, p := range paths {
		if p == "-" {
			r.loadStdin()
			continue
		}
		info, err := r.fsys.Stat(p)
		if err != nil {
			r.fail(&Error{Path: p, Reason: describe(err)})
			continue
		}
		if !info.IsDir() {
			r.loadFile(p, r.docID(p), info, "")
			continue
		}
		before := r.prog
		r.walk(p, []fs.FileInfo{info})
		if r.prog.Documents == before.Documents && r.prog.Errors == before.Errors {
			// A check must not pass on a folder that held nothing to read.
			r.fail(&Error{Path: p, Reason: fmt.Sprintf("no .txt, .md, .html or .jsonl file in the folder (%d skipped)", r.prog.Skipped-before.Skipped)})
		}
	}
	return r.errs
}

// newRun prepares one Load call: the packs' lists are compiled once here.
func newRun(l *Loader, fn func(*claims.Document)) *run {
	r := &run{l: l, fn: fn, ids: map[string]bool{}, fsys: l.FS, det: l.Detector, max: l.MaxSize}
	if r.fsys == nil {
		r.fsys = OS{}
	}
	if r.det == nil {
		r.det = NewWordDetector(l.Packs)
	}
	if r.max == 0 {
		r.max = DefaultMaxSize
	}
	r.furn = newFurniture(l.Packs)
	r.credits = newCredits(l.Packs)
	return r
}

// run is the state of one Load call.
type run struct {
	l       *Loader
	fn      func(*claims.Document)
	fsys    FileSystem
	det     Detector
	max     int64
	furn    *furniture
	credits *credits
	errs    []*Error
	ids     map[string]bool
	prog    Progress
	// base is the absolute folder document IDs are relative to (Base);
	// "" when the arguments share none. outside holds the IDs of the file
	// arguments outside it.
	base    string
	outside map[string]string
	bufs    buffers
	// sure holds the paragraphs of the document being finished whose
	// language the packs' detector is sure of.
	sure sureParagraphs
}

func (r *run) fail(e *Error) {
	r.errs = append(r.errs, e)
	r.prog.Errors++
}

// warn passes warnings on to Loader.Warn.
func (r *run) warn(ws ...*Error) {
	if r.l.Warn == nil {
		return
	}
	for _, w := range ws {
		r.l.Warn(w)
	}
}

func (r *run) deliver(doc *claims.Document) {
	r.prog.Documents++
	r.fn(doc)
}

func (r *run) progress(p string) {
	r.prog.Files++
	r.prog.Path = p
	if r.l.Progress != nil {
		r.l.Progress(r.prog)
	}
}

// tick tells Loader.Progress how far a file being read has come, without
// counting it finished.
func (r *run) tick(p string) {
	if r.l.Progress != nil {
		pr := r.prog
		pr.Path = p
		r.l.Progress(pr)
	}
}

func (r *run) skip(p, reason string) {
	r.prog.Skipped++
	if r.l.Skip != nil {
		r.l.Skip(p, reason)
	}
}

// uniqueID returns id, or, when an earlier document of this run has it, a
// longer form that no other has: the path as named, then a counter.
func (r *run) uniqueID(id, full string) string {
	if !r.ids[id] {
		r.ids[id] = true
		return id
	}
	if full != "" && !r.ids[full] {
		r.ids[full] = true
		return full
	}
	for n := 2; ; n++ {
		c := fmt.Sprintf("%s~%d", id, n)
		if !r.ids[c] {
			r.ids[c] = true
			return c
		}
	}
}

// walk loads the folder dir; stack holds the folders from the argument
// down to dir, to detect a symlink that leads back up.
func (r *run) walk(dir string, stack []fs.FileInfo) {
	entries, err := r.fsys.ReadDir(dir)
	if err != nil {
		r.fail(&Error{Path: dir, Reason: describe(err)})
		// ReadDir may return the entries it read before the error.
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		if strings.HasPrefix(e.Name(), ".") {
			r.skip(p, "hidden")
			continue
		}
		info, err := r.fsys.Stat(p) // follows symlinks
		if err != nil {
			r.fail(&Error{Path: p, Reason: describe(err)})
			continue
		}
		if info.IsDir() {
			if loopsTo := loop(stack, info); loopsTo >= 0 {
				r.fail(&Error{Path: p, Reason: "symlink loop: leads back to a folder above it; remove the link or name the folder directly"})
				continue
			}
			r.walk(p, append(stack, info))
			continue
		}
		if !info.Mode().IsRegular() {
			r.fail(&Error{Path: p, Reason: "not a regular file (" + info.Mode().Type().String() + ")"})
			continue
		}
		if formatOfExt(p) == "" {
			r.skip(p, "unsupported extension "+quoteExt(p))
			r.progress(p)
			continue
		}
		r.loadFile(p, r.docID(p), info, "")
	}
}

func quoteExt(p string) string {
	if ext := filepath.Ext(p); ext != "" {
		return fmt.Sprintf("%q", ext)
	}
	return "(none)"
}

// loop returns the index in stack of a folder that is the same as info, or
// -1.
func loop(stack []fs.FileInfo, info fs.FileInfo) int {
	for i, s := range stack {
		if sameFile(s, info) {
			return i
		}
	}
	return -1
}

// formatOfExt is the format a file's extension declares, or "".
func formatOfExt(p string) string {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".txt", ".text":
		return "txt"
	case ".md", ".markdown":
		return "md"
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".jsonl", ".ndjson":
		return "jsonl"
	}
	return ""
}

// loadFile reads one file; id is its ID before de-duplication and format
// the format when known ("" to take it from the extension or the content).
func (r *run) loadFile(p, id string, info fs.FileInfo, format string) {
	defer r.progress(p)
	if info != nil && !info.Mode().IsRegular() && info.Mode().Type()&fs.ModeNamedPipe == 0 && info.Mode().Type()&fs.ModeCharDevice == 0 {
		r.fail(&Error{Path: p, Reason: "not a regular file (" + info.Mode().Type().String() + ")"})
		return
	}
	if info != nil && r.max > 0 && info.Mode().IsRegular() && info.Size() > r.max && formatOfExt(p) != "jsonl" {
		r.fail(&Error{Path: p, Reason: tooBig(info.Size(), r.max)})
		return
	}
	f, err := r.open(p, info)
	if err != nil {
		r.fail(&Error{Path: p, Reason: describe(err)})
		return
	}
	defer f.Close()
	if format == "" {
		format = formatOfExt(p)
	}
	var hint int64
	if info != nil && info.Mode().IsRegular() {
		hint = info.Size()
	}
	r.read(p, id, f, format, hint)
}

// open opens the file p that info describes (nil when not known): a
// regular file of the operating system's by OS.openRegular.
func (r *run) open(p string, info fs.FileInfo) (io.ReadCloser, error) {
	if o, ok := r.fsys.(OS); ok && info != nil && info.Mode().IsRegular() {
		return o.openRegular(p)
	}
	return r.fsys.Open(p)
}

func (r *run) loadStdin() {
	defer r.progress("-")
	if r.l.Stdin == nil {
		r.fail(&Error{Path: "-", Reason: "no standard input"})
		return
	}
	r.read("-", "stdin", r.l.Stdin, "", 0)
}

// read loads the documents of one input of about size bytes (0 when not
// known). An empty format is sniffed from the content.
func (r *run) read(p, id string, in io.Reader, format string, size int64) {
	br := r.bufs.sniffer(in)
	if format == "" {
		format = sniff(br.peek())
	}
	full := filepath.ToSlash(filepath.Clean(p))
	if format == "jsonl" {
		r.readJSONL(p, id, full, br)
		return
	}
	data, err := readAtMost(br, r.max, size, r.bufs.copyBuffer())
	r.prog.Bytes += int64(len(data))
	if err != nil {
		r.fail(&Error{Path: p, Reason: describe(err)})
		return
	}
	if isOwnReport(format, data) {
		r.skip(p, ownReportReason)
		return
	}
	if e := r.one(p, id, full, format, data); e != nil {
		r.fail(e)
	}
}

// one parses a whole file of format txt, md or html into one document.
func (r *run) one(p, id, full, format string, data string) *Error {
	var doc *claims.Document
	var e *Error
	var lines LineMap
	if format == "html" {
		doc, lines, e = r.parseHTML(p, []byte(data))
	} else {
		var text string
		text, e = decode(p, data)
		if e != nil {
			return e
		}
		doc, e = r.parseText(p, format, text)
	}
	if e != nil {
		return e
	}
	doc.ID = r.uniqueID(id, full)
	if format == "html" && r.l.SourceLines != nil {
		r.l.SourceLines(doc, lines)
	}
	r.deliver(doc)
	return nil
}

// parseText builds a document from decoded text with optional front matter.
func (r *run) parseText(p, format, text string) (*claims.Document, *Error) {
	doc := &claims.Document{Path: p, Format: format, Text: text, Body: claims.Span{End: len(text)}, FirstLine: 1}
	warnings, e := parseFrontMatter(doc)
	if e != nil {
		return nil, e
	}
	r.warn(warnings...)
	if e := r.checkLang(doc); e != nil {
		return nil, e
	}
	if strings.TrimSpace(doc.Text[doc.Body.Start:]) == "" {
		return nil, &Error{Path: p, Reason: "no article text"}
	}
	if e := r.finish(doc); e != nil {
		return nil, e
	}
	return doc, nil
}

// finish fills what metadata did not give: furniture, source, language and
// the parts in other languages. A document that is all furniture is an
// error: it would yield no claim, and a check must not pass on it.
func (r *run) finish(doc *claims.Document) *Error {
	// With the packs' own detector the paragraphs' languages are judged
	// as furniture is marked, from the same folded lines.
	var onText bodyLine
	wd, own := r.det.(*WordDetector)
	if own {
		r.sure = sureParagraphs{det: wd, list: r.sure.list[:0]} // the list is reused
		onText = r.sure.line
	}
	doc.Furniture, doc.Repeats = r.furn.markLines(doc.Text, doc.Body, onText)
	if doc.Source != "" {
		addFurniture(doc, mastheads(doc.Text, doc.Body, doc.Source))
	}
	r.warnRepeats(doc)
	if blankSample(doc, detectSample) {
		return &Error{Path: doc.Path, Line: doc.FirstLine, Reason: "no article text: only page furniture (menus, ads, credits)"}
	}
	if doc.Source == "" {
		if s := r.credits.find(doc.Text, doc.Body); s != "" {
			doc.Source = strings.Clone(s) // not a piece of the text, which is dropped after extraction
		} else {
			base := path.Base(filepath.ToSlash(doc.Path))
			if doc.Path == "-" {
				base = "stdin"
			}
			doc.Source = strings.TrimSuffix(base, path.Ext(base))
		}
		doc.SourceInferred = true
	}
	if doc.Language == "" {
		doc.Language, _ = r.det.Detect(articleSample(doc, detectSample))
		doc.LanguageInferred = true
	}
	switch {
	case doc.Language == "":
	case own:
		doc.Parts = partsOf(doc.Text, r.sure.list, doc.Language)
	default:
		doc.Parts = parts(doc, r.det)
	}
	return nil
}

// warnRepeats tells Loader.Warn of each paragraph of doc that repeats an
// earlier one word for word: it stays text, and its claims are marked as
// repeats of the first's, never counted twice; the reader is told, so
// that a pasted-twice paragraph is seen. Past maxRepeatWarnings a
// document's other repeats are counted in one warning, so that a file of
// articles run together does not flood standard error.
func (r *run) warnRepeats(doc *claims.Document) {
	reps := doc.Repeats
	if len(reps) > maxRepeatWarnings {
		more := len(reps) - maxRepeatWarnings
		defer r.warn(&Error{Path: doc.Path, Reason: fmt.Sprintf("%d more paragraphs repeat earlier ones word for word: their claims are marked as repeats", more)})
		reps = reps[:maxRepeatWarnings]
	}
	for _, rp := range reps {
		w := &Error{Path: doc.Path, Line: textLine(doc, rp.Span.Start)}
		first := "an earlier paragraph"
		if l := textLine(doc, rp.First.Start); l > 0 && doc.Format != "jsonl" {
			first = fmt.Sprintf("line %d", l)
		}
		w.Reason = fmt.Sprintf("paragraph %q repeats %s word for word: its claims are marked as repeats", clip(rp.Span.Of(doc.Text), 60), first)
		r.warn(w)
	}
}

// maxRepeatWarnings is how many repeated paragraphs of one document are
// named each in a warning.
const maxRepeatWarnings = 3

// textLine is the line of doc's file an offset of its text is on: counted
// for text and Markdown, the archive's line for JSONL, and 0 for HTML,
// whose text is extracted from markup.
func textLine(doc *claims.Document, off int) int {
	switch doc.Format {
	case "html":
		return 0
	case "jsonl":
		return doc.FirstLine
	}
	return max(doc.FirstLine, 1) + strings.Count(doc.Text[:min(off, len(doc.Text))], "\n")
}

// clip returns s, or its first n bytes (whole characters) and "…".
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// ArticleText returns a document's body with its furniture lines left
// out: the text claims are taken from. A page and its plain-text version
// give the same ArticleText, modulo white space.
func ArticleText(doc *claims.Document) string { return articleSample(doc, -1) }

// detectSample is how much article text the language is detected from:
// plenty for function words, and it keeps a huge file from being copied.
const detectSample = 64 << 10

// articleSample is ArticleText cut after about limit bytes (no limit when
// limit < 0).
func articleSample(doc *claims.Document, limit int) string {
	var b strings.Builder
	samplePieces(doc, limit, func(s string) { b.WriteString(s) })
	return b.String()
}

// blankSample reports whether articleSample(doc, limit) would be white
// space only, without copying the article.
func blankSample(doc *claims.Document, limit int) bool {
	blank := true
	samplePieces(doc, limit, func(s string) { blank = blank && strings.TrimSpace(s) == "" })
	return blank
}

// samplePieces calls fn with the pieces of articleSample(doc, limit) in
// order: the text between furniture lines, a line break for each, the
// last piece cut at the limit.
func samplePieces(doc *claims.Document, limit int, fn func(string)) {
	n, at := 0, doc.Body.Start
	add := func(s string) bool {
		if limit >= 0 && n+len(s) > limit {
			fn(s[:limit-n])
			return false
		}
		fn(s)
		n += len(s)
		return true
	}
	for _, f := range doc.Furniture {
		if f.Start > at && !add(doc.Text[at:f.Start]) {
			return
		}
		if !add("\n") {
			return
		}
		at = max(at, f.End)
	}
	if at < doc.Body.End {
		add(doc.Text[at:doc.Body.End])
	}
}

func tooBig(size, limit int64) string {
	return fmt.Sprintf("file is %s, over the %s limit; raise --max-size to read it, or split it (a JSONL archive is streamed and has no file limit)", humanSize(size), humanSize(limit))
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// checkLang rejects a declared language that no pack reads, and writes
// one a pack reads under another code (an alias) as the pack's code.
func (r *run) checkLang(doc *claims.Document) *Error {
	if doc.Language == "" || r.l.Packs == nil {
		return nil
	}
	if p := r.l.Packs.Lookup(doc.Language); p != nil {
		doc.Language = p.Code // "ms", "ind": read by the pack that lists them
		return nil
	}
	return &Error{Path: doc.Path, Reason: fmt.Sprintf("language %q has no language pack (known: %s)", doc.Language, strings.Join(r.l.Packs.Codes(), ", "))}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
