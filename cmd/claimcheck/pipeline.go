package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/pflag"

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
	// Compare tunes the comparison (--one-story); nil skips it, for a
	// listing of claims alone.
	Compare *compare.Options
	// Workers is the number of documents extracted at once; GOMAXPROCS
	// when zero.
	Workers int
	// MaxSize is the largest input file read (corpus.Loader.MaxSize).
	MaxSize int64
	// Skip, when set, is told of every file left out of a folder and why,
	// once the run is over (the loader runs beside the extraction).
	Skip func(path, reason string)
}

// runPipeline is the whole check: load every document under paths (stdin
// for "-"), extract its claims on every core, and compare them. Every
// command calls it; inputs that could not be read end in the result's
// Errors, never stop the run. Documents are kept without their text once
// their claims are taken (claims keep their own sentences), so memory
// holds claims, not articles.
func runPipeline(paths []string, stdin io.Reader, opts pipelineOptions) *report.Result {
	packs := builtin.Packs()
	type skipped struct{ path, reason string }
	var skips []skipped // written by the loader's goroutine only
	loader := &corpus.Loader{Packs: packs, Stdin: stdin, MaxSize: opts.MaxSize, Skip: func(path, reason string) {
		skips = append(skips, skipped{path, reason})
	}}
	ex := extract.New(packs)
	res := &report.Result{Documents: []*claims.Document{}, Claims: []*claims.Claim{}}
	var errs []*corpus.Error
	load := func(yield func(*claims.Document)) { errs = loader.Load(paths, yield) }
	ex.Run(load, opts.Workers, func(doc *claims.Document, cs []*claims.Claim) {
		// Keep the document without its text, and without any field that
		// is a piece of it (front matter), so the article can be freed.
		kept := *doc
		kept.Text = ""
		kept.Source, kept.URL, kept.Title = strings.Clone(doc.Source), strings.Clone(doc.URL), strings.Clone(doc.Title)
		kept.Language, kept.ID, kept.Path = strings.Clone(doc.Language), strings.Clone(doc.ID), strings.Clone(doc.Path)
		for _, c := range cs {
			c.Source, c.Doc = kept.Source, kept.ID
		}
		res.Documents = append(res.Documents, &kept)
		res.Claims = append(res.Claims, cs...)
		if opts.Progress != nil {
			opts.Progress(len(res.Documents))
		}
	})
	if opts.Skip != nil {
		for _, sk := range skips {
			opts.Skip(sk.path, sk.reason)
		}
	}
	for _, e := range errs {
		res.Errors = append(res.Errors, report.InputError{Path: e.Path, Line: e.Line, Reason: e.Reason})
	}
	if opts.Compare != nil {
		res.Findings = compare.Compare(res.Claims, *opts.Compare)
	}
	return res
}

// inputOptions are the flags every command has for reading its inputs.
type inputOptions struct {
	MaxSize string
}

// addInputFlags registers the input flags on f.
func addInputFlags(f *pflag.FlagSet, o *inputOptions) {
	f.StringVar(&o.MaxSize, "max-size", "32MiB", "largest input `SIZE` read (e.g. 500KB, 200MB, 1GiB, or none); a larger file is rejected with exit 2")
}

// pipeline returns the pipeline options the flags ask for, or a usage
// error; skipped files are reported on s.Err.
func (o inputOptions) pipeline(s *Streams) (pipelineOptions, error) {
	size, err := corpus.ParseSize(o.MaxSize)
	if err != nil {
		return pipelineOptions{}, &usageError{fmt.Errorf("--max-size: %w", err)}
	}
	return pipelineOptions{MaxSize: size, Skip: func(path, reason string) {
		fmt.Fprintf(s.ErrOut, "%s: skipped: %s\n", path, reason)
	}}, nil
}

// read runs the pipeline on paths as the input flags ask, drawing progress
// on s unless quiet; cmp nil skips the comparison.
func (o inputOptions) read(s *Streams, paths []string, quiet bool, cmp *compare.Options) (*report.Result, error) {
	po, err := o.pipeline(s)
	if err != nil {
		return nil, err
	}
	prog := newProgress(s, quiet)
	po.Progress = prog.Update
	po.Compare = cmp
	res := runPipeline(paths, s.In, po)
	prog.Done()
	return res, nil
}
