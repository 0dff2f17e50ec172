package evaluate

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"testing/fstest"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/claims/lang/builtin"
)

// Text is an article's whole text as the loader read it (claim spans index
// it) and the offset where its body starts, after any front matter.
type Text struct {
	Text string
	Body int
}

// Texts maps document IDs (a file's path relative to its story folder, the
// same as an expected value's file) to their texts.
type Texts map[string]Text

// TextsOf returns the texts of loaded documents.
func TextsOf(docs []*claims.Document) Texts {
	m := make(Texts, len(docs))
	for _, d := range docs {
		m[d.ID] = Text{Text: d.Text, Body: d.Body.Start}
	}
	return m
}

// ReadTexts loads articles held in memory, file name to content, through
// the loader as `claimcheck check` would read them from a folder, and
// returns their texts and documents (in name order).
func ReadTexts(files map[string]string) (Texts, []*claims.Document, error) {
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text), Mode: 0o644}
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	var docs []*claims.Document
	l := corpus.Loader{Packs: builtin.Packs(), FS: corpus.IOFS{FS: fsys}}
	if errs := l.Load(names, func(d *claims.Document) { docs = append(docs, d) }); len(errs) > 0 {
		return nil, nil, joinErrors(errs)
	}
	return TextsOf(docs), docs, nil
}

// Occurrences returns every place of v in the body of its file, as spans
// into the whole text; nil when the file is unknown or the words are not
// in its body.
func Occurrences(v Value, texts Texts) []claims.Span {
	t, ok := texts[v.File]
	if !ok || v.Value == "" {
		return nil
	}
	var out []claims.Span
	for off := t.Body; off < len(t.Text); {
		i := strings.Index(t.Text[off:], v.Value)
		if i < 0 {
			break
		}
		start := off + i
		out = append(out, claims.Span{Start: start, End: start + len(v.Value)})
		off = start + 1
	}
	return out
}

// Locate checks that every value of exp is found in the body of its file
// and returns one error per value that is not.
func Locate(exp *Expected, texts Texts) error {
	var errs []error
	for _, sec := range [][]Item{exp.Disagreements, exp.Ambiguous, exp.Agreements} {
		for _, it := range sec {
			for _, v := range it.Values {
				if len(Occurrences(v, texts)) > 0 {
					continue
				}
				why := "is not in the body of"
				if _, ok := texts[v.File]; !ok {
					why = "names a file that was not loaded:"
				}
				errs = append(errs, fmt.Errorf("%s:%d: value %q %s %s", exp.Path, v.Line, v.Value, why, v.File))
			}
		}
	}
	return errors.Join(errs...)
}
