package evaluate

import (
	"errors"
	"path/filepath"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/claims/lang/builtin"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
)

// Run is one story put through the whole pipeline and scored.
type Run struct {
	Expected *Expected
	Docs     []*claims.Document
	Claims   []*claims.Claim
	Findings []compare.Finding
	Result   Result

	textDocs []*claims.Document // the documents with their texts
}

// RunStory loads the articles of the folder dir and its expected.yaml,
// checks them with pipeline.Run as `claimcheck check dir` does, and scores
// the findings. An article that cannot be read, or an expected value not
// found in its file, is an error: a score over them would mislead.
func RunStory(dir string) (*Run, error) {
	exp, err := LoadExpected(filepath.Join(dir, "expected.yaml"))
	if err != nil {
		return nil, err
	}
	packs := builtin.Packs()
	// The texts, to find the expected values in: the pipeline keeps
	// documents without them.
	var docs []*claims.Document
	loader := corpus.Loader{Packs: packs}
	if errs := loader.Load([]string{dir}, func(d *claims.Document) { docs = append(docs, d) }); len(errs) > 0 {
		return nil, joinErrors(errs)
	}
	texts := TextsOf(docs)
	if err := Locate(exp, texts); err != nil {
		return nil, err
	}
	res := pipeline.Run([]string{dir}, pipeline.Options{Packs: packs, Compare: &compare.Options{}})
	if len(res.Errors) > 0 {
		return nil, joinErrors(res.Errors)
	}
	run := &Run{Expected: exp, Docs: res.Documents, Claims: res.AllClaims(), Findings: res.Findings, textDocs: docs}
	run.Result = Score(exp, texts, run.Findings)
	return run, nil
}

func joinErrors(errs []*corpus.Error) error {
	all := make([]error, len(errs))
	for i, e := range errs {
		all[i] = e
	}
	return errors.Join(all...)
}

// RunTogether checks the stories of dirs in one run, as `claimcheck check
// --stories g dir...` does, and scores each story's findings against its
// expected.yaml: a desk's archive of several stories read at once. A
// finding whose sides come from more than one of dirs is counted in
// mixed and scored for no story.
func RunTogether(dirs []string, g pipeline.Grouping) (runs []*Run, mixed int, err error) {
	packs := builtin.Packs()
	res := pipeline.Run(dirs, pipeline.Options{Packs: packs, Compare: &compare.Options{}, Stories: g})
	if len(res.Errors) > 0 {
		return nil, 0, joinErrors(res.Errors)
	}
	byDir := map[string][]compare.Finding{}
	for _, f := range res.Findings {
		dir, ok := oneFolder(f)
		if !ok {
			mixed++
			continue
		}
		byDir[dir] = append(byDir[dir], f)
	}
	for _, dir := range dirs {
		run, err := RunStory(dir)
		if err != nil {
			return nil, 0, err
		}
		base := filepath.Base(dir)
		run.Findings = byDir[base]
		run.Result = Score(run.Expected, TextsOf(run.textDocs), run.Findings)
		runs = append(runs, run)
	}
	return runs, mixed, nil
}

// oneFolder returns the folder all of f's claims come from, their
// document IDs made relative to it, or false when they come from several.
func oneFolder(f compare.Finding) (string, bool) {
	dir := ""
	for _, cs := range [][]*claims.Claim{f.Sides, f.Support} {
		for i, c := range cs {
			d, rest, ok := strings.Cut(c.Doc, "/")
			if !ok || dir != "" && d != dir {
				return "", false
			}
			dir = d
			o := *c.Origin // shared with the document's other claims
			o.Doc = rest
			moved := *c
			moved.Origin = &o
			cs[i] = &moved
		}
	}
	return dir, dir != ""
}
