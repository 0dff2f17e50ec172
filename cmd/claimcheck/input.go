package main

import (
	"fmt"

	"github.com/spf13/pflag"

	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
)

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
func (o inputOptions) pipeline(s *Streams) (pipeline.Options, error) {
	size, err := corpus.ParseSize(o.MaxSize)
	if err != nil {
		return pipeline.Options{}, &usageError{fmt.Errorf("--max-size: %w", err)}
	}
	return pipeline.Options{Stdin: s.In, MaxSize: size, Skip: func(path, reason string) {
		fmt.Fprintf(s.ErrOut, "%s: skipped: %s\n", path, reason)
	}}, nil
}

// read runs the pipeline on paths as the input flags ask, drawing progress
// on s unless quiet; cmp nil skips the comparison.
func (o inputOptions) read(s *Streams, paths []string, quiet bool, cmp *compare.Options) (*pipeline.Result, error) {
	po, err := o.pipeline(s)
	if err != nil {
		return nil, err
	}
	prog := newProgress(s, quiet)
	po.Progress = prog.Update
	po.Compare = cmp
	res := pipeline.Run(paths, po)
	prog.Done()
	return res, nil
}
