package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/pflag"

	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
	"github.com/claimcheck/claimcheck/report"
)

// inputOptions are the flags every command has for reading its inputs.
type inputOptions struct {
	MaxSize string
	// storyOptions are registered by the commands that group articles
	// into stories (addStoryFlags).
	storyOptions
}

// addInputFlags registers the input flags on f.
func addInputFlags(f *pflag.FlagSet, o *inputOptions) {
	f.StringVar(&o.MaxSize, "max-size", "32MiB", "largest input `SIZE` read, in binary units (500KB, 200MB, 1GiB; 1MB = 1 MiB), 0 or none for no limit; a larger file, or JSONL line, is rejected with exit 2")
}

// pipeline returns the pipeline options the flags ask for, or a usage
// error; skipped files are reported on s.Err.
func (o inputOptions) pipeline(s *Streams) (pipeline.Options, error) {
	size, err := corpus.ParseSize(o.MaxSize)
	if err != nil {
		return pipeline.Options{}, &usageError{err: fmt.Errorf("--max-size: %w", err)}
	}
	stories, err := o.grouping()
	if err != nil {
		return pipeline.Options{}, err
	}
	return pipeline.Options{Stdin: s.In, MaxSize: size, Stories: stories, Skip: func(path, reason string) {
		fmt.Fprintf(s.ErrOut, "skipped: %s: %s\n", report.Visible(path), report.Visible(reason))
	}}, nil
}

// read runs the pipeline on paths as the input flags ask, drawing progress
// on prog; cmp nil skips the comparison. refused lists the numbers refused
// as figures (for --explain).
func (o inputOptions) read(s *Streams, paths []string, prog *progress, cmp *compare.Options, refused bool) (*pipeline.Result, error) {
	po, err := o.pipeline(s)
	if err != nil {
		return nil, err
	}
	po.Refused = refused
	if prog.on {
		po.Steps = prog.Step
		skip := po.Skip
		po.Skip = func(path, reason string) {
			prog.Done() // a message starts on a clean line
			skip(path, reason)
		}
	}
	po.Compare = cmp
	po.Extracted = s.Extracted
	return pipeline.Run(paths, po), nil
}

// reportWidth is the width the table may take: $COLUMNS when set, else
// the terminal's when the report goes to one, else report.DefaultWidth.
func reportWidth(s *Streams, toFile bool) int {
	if n, err := strconv.Atoi(strings.TrimSpace(s.getenv("COLUMNS"))); err == nil && n > 0 {
		return n
	}
	if !toFile && s.Columns > 0 {
		return s.Columns
	}
	return report.DefaultWidth
}
