// Package corpus loads documents: files, folders (recursively) and standard
// input, with an optional front-matter block giving source, url, published
// date and language.
package corpus

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
)

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

// Loader reads documents.
type Loader struct {
	// Packs are the languages a document may be in; detection picks among them.
	Packs *lang.Set
	// Stdin is read for the path "-".
	Stdin io.Reader
}

// Load reads every document under paths, calling fn for each in a
// deterministic order (arguments in order, files in a folder sorted), and
// returns the inputs that could not be read.
func (l *Loader) Load(paths []string, fn func(*claims.Document)) []*Error {
	var errs []*Error
	for _, p := range paths {
		if p == "-" {
			data, err := io.ReadAll(l.Stdin)
			if err != nil {
				errs = append(errs, &Error{Path: "-", Reason: err.Error()})
				continue
			}
			doc, e := l.parse("-", "stdin", data)
			if e != nil {
				errs = append(errs, e)
				continue
			}
			fn(doc)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, &Error{Path: p, Reason: err.Error()})
			continue
		}
		if !info.IsDir() {
			l.loadFile(p, filepath.Base(p), fn, &errs)
			continue
		}
		var files []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &Error{Path: path, Reason: err.Error()})
				return nil
			}
			if !d.IsDir() && supported(path) {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, &Error{Path: p, Reason: err.Error()})
		}
		sort.Strings(files)
		for _, f := range files {
			rel, _ := filepath.Rel(p, f)
			l.loadFile(f, filepath.ToSlash(rel), fn, &errs)
		}
	}
	return errs
}

func supported(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".md":
		return true
	}
	return false
}

func (l *Loader) loadFile(path, id string, fn func(*claims.Document), errs *[]*Error) {
	data, err := os.ReadFile(path)
	if err != nil {
		*errs = append(*errs, &Error{Path: path, Reason: err.Error()})
		return
	}
	doc, e := l.parse(path, id, data)
	if e != nil {
		*errs = append(*errs, e)
		return
	}
	fn(doc)
}

func (l *Loader) parse(path, id string, data []byte) (*claims.Document, *Error) {
	text := string(data)
	doc := &claims.Document{ID: id, Path: path, Format: "txt", Text: text, Body: claims.Span{End: len(text)}, FirstLine: 1}
	if strings.HasSuffix(strings.ToLower(path), ".md") {
		doc.Format = "md"
	}
	if e := frontMatter(doc); e != nil {
		return nil, e
	}
	if doc.Source == "" {
		doc.Source = strings.TrimSuffix(filepath.Base(id), filepath.Ext(id))
		doc.SourceInferred = true
	}
	if doc.Language == "" {
		doc.Language = Detect(doc.Text[doc.Body.Start:doc.Body.End], l.Packs)
		doc.LanguageInferred = true
	}
	return doc, nil
}

// frontMatter parses a leading "---" block into doc's fields and moves
// doc.Body past it.
func frontMatter(doc *claims.Document) *Error {
	text := doc.Text
	if !strings.HasPrefix(text, "---\n") && !strings.HasPrefix(text, "---\r\n") {
		return nil
	}
	off := strings.Index(text, "\n") + 1
	line := 1
	for off < len(text) {
		line++
		end := strings.IndexByte(text[off:], '\n')
		next := len(text)
		if end >= 0 {
			next = off + end + 1
		} else {
			end = len(text) - off
		}
		raw := strings.TrimRight(text[off:off+end], "\r")
		off = next
		if strings.TrimSpace(raw) == "---" {
			doc.Body.Start = off
			return nil
		}
		if strings.TrimSpace(raw) == "" {
			continue
		}
		key, val, ok := strings.Cut(raw, ":")
		if !ok {
			return &Error{Path: doc.Path, Line: line, Reason: fmt.Sprintf("front matter: %q is not \"field: value\"", raw)}
		}
		key, val = strings.ToLower(strings.TrimSpace(key)), strings.Trim(strings.TrimSpace(val), `"'`)
		switch key {
		case "source":
			doc.Source = val
		case "url":
			doc.URL = val
		case "title":
			doc.Title = val
		case "language", "lang":
			doc.Language = val
		case "published", "date":
			if val == "" {
				continue
			}
			t, err := time.Parse("2006-01-02", val)
			if err != nil {
				return &Error{Path: doc.Path, Line: line, Reason: fmt.Sprintf("front matter: published %q is not a date like 2024-11-16", val)}
			}
			doc.Published = t
		default:
			return &Error{Path: doc.Path, Line: line, Reason: fmt.Sprintf("front matter: unknown field %q (known: source, url, title, published, language)", key)}
		}
	}
	return &Error{Path: doc.Path, Line: 1, Reason: "front matter: no closing \"---\" line"}
}

// Detect returns the code of the pack whose common words occur most often
// in text, or the first code of packs when none occur.
func Detect(text string, packs *lang.Set) string {
	words := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z')
	}) {
		words[w]++
	}
	best, bestN := "", -1
	for _, p := range packs.All() {
		n := 0
		for _, w := range p.Text.CommonWords {
			n += words[w]
		}
		if n > bestN {
			best, bestN = p.Code, n
		}
	}
	return best
}
