package evaluate

import (
	"errors"
	"path/filepath"

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
	run := &Run{Expected: exp, Docs: res.Documents, Claims: res.Claims, Findings: res.Findings}
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
