package main

import (
	"io"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/claims/extract"
	"github.com/claimcheck/claimcheck/claims/lang/builtin"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/report"
)

// pipelineOptions tune a run of the pipeline.
type pipelineOptions struct {
	// Progress, when set, is called after each document with the number
	// read so far.
	Progress func(docs int)
	// Compare tunes the comparison (--one-story).
	Compare compare.Options
	// Workers is the number of documents extracted at once; GOMAXPROCS
	// when zero.
	Workers int
}

// runPipeline is the whole check: load every document under paths (stdin
// for "-"), extract its claims on every core, and compare them. Every
// command calls it; inputs that could not be read end in the result's
// Errors, never stop the run. Documents are kept without their text once
// their claims are taken (claims keep their own sentences), so memory
// holds claims, not articles.
func runPipeline(paths []string, stdin io.Reader, opts pipelineOptions) *report.Result {
	packs := builtin.Packs()
	loader := &corpus.Loader{Packs: packs, Stdin: stdin}
	ex := extract.New(packs)
	res := &report.Result{Documents: []*claims.Document{}, Claims: []*claims.Claim{}}
	var errs []*corpus.Error
	load := func(yield func(*claims.Document)) { errs = loader.Load(paths, yield) }
	ex.Run(load, opts.Workers, func(doc *claims.Document, cs []*claims.Claim) {
		kept := *doc
		kept.Text = ""
		res.Documents = append(res.Documents, &kept)
		res.Claims = append(res.Claims, cs...)
		if opts.Progress != nil {
			opts.Progress(len(res.Documents))
		}
	})
	for _, e := range errs {
		res.Errors = append(res.Errors, report.InputError{Path: e.Path, Line: e.Line, Reason: e.Reason})
	}
	res.Findings = compare.Compare(res.Claims, opts.Compare)
	return res
}
