package scoring

import (
	"errors"
	"path/filepath"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/claims/extract"
	"github.com/claimcheck/claimcheck/claims/lang/builtin"
	"github.com/claimcheck/claimcheck/compare"
)

// Run is one story put through the whole pipeline and scored.
type Run struct {
	Expected *Expected
	Docs     []*claims.Document
	Claims   []*claims.Claim
	Findings []compare.Finding
	Result   Result
}

// RunStory loads the articles of the folder dir and its expected.yaml,
// extracts and compares their claims as `claimcheck check dir` does, and
// scores the findings. An article that cannot be read, or an expected
// value not found in its file, is an error: a score over them would
// mislead.
func RunStory(dir string) (*Run, error) {
	exp, err := LoadExpected(filepath.Join(dir, "expected.yaml"))
	if err != nil {
		return nil, err
	}
	packs := builtin.Packs()
	run := &Run{Expected: exp}
	loader := corpus.Loader{Packs: packs}
	if errs := loader.Load([]string{dir}, func(d *claims.Document) { run.Docs = append(run.Docs, d) }); len(errs) > 0 {
		all := make([]error, len(errs))
		for i, e := range errs {
			all[i] = e
		}
		return nil, errors.Join(all...)
	}
	texts := Texts(run.Docs)
	if err := Locate(exp, texts); err != nil {
		return nil, err
	}
	ex := extract.New(packs)
	for _, d := range run.Docs {
		run.Claims = append(run.Claims, ex.Document(d)...)
	}
	run.Findings = compare.Compare(run.Claims, compare.Options{})
	run.Result = Score(exp, texts, run.Findings)
	return run, nil
}
