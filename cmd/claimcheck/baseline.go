package main

import (
	"fmt"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/report"
	"github.com/claimcheck/claimcheck/report/baseline"
	"github.com/spf13/cobra"
)

// baselineOptions are the flags and arguments of `claimcheck baseline`.
type baselineOptions struct {
	inputOptions
	Paths  []string
	Output string
	Quiet  bool
}

func newCmdBaseline(s *Streams, runF func(*baselineOptions, *Streams) error) *cobra.Command {
	opts := &baselineOptions{}
	cmd := &cobra.Command{
		Use:   "baseline PATH... --output FILE",
		Short: "Record the current findings as accepted",
		Long: `Baseline checks the articles under each PATH and writes every finding to
FILE as accepted. 'claimcheck check --baseline FILE' then reports, and fails
on, only findings that are new.

A baseline accepts pairs of disagreeing claims, each fingerprinted from the
finding's kind and alignment key and, for each side, the document ID and
the words as written (white space collapsed). Reordering files, adding
unrelated articles or re-wrapping text keeps a finding accepted; an article
that contradicts an accepted figure makes a new pair and is reported.

The file is JSON with "schema": "claimcheck-baseline/v1" (see README.md);
commit it beside the corpus and review its diff like code.

Exit status: 0, or 2 on a usage error or when an input could not be read
(the baseline is still written from what could be read).`,
		Example: `  claimcheck baseline corpus/ --output .claimcheck-baseline.json
  claimcheck check --baseline .claimcheck-baseline.json corpus/`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("baseline needs at least one PATH (a file, a folder, or - for standard input)")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if opts.Output == "" {
				return usagef("baseline needs --output FILE (- for standard output)")
			}
			return runF(opts, s)
		},
	}
	f := cmd.Flags()
	addInputFlags(f, &opts.inputOptions)
	f.StringVarP(&opts.Output, "output", "o", "", "write the baseline to `FILE` (- for standard output)")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress, summary or warnings on standard error")
	addStoryFlags(f, &opts.storyOptions)
	return cmd
}

// baselineRun runs the pipeline and writes every finding as accepted.
func baselineRun(opts *baselineOptions, s *Streams) error {
	prog := newProgress(s, opts.Quiet)
	res, err := opts.read(s, opts.Paths, prog, &compare.Options{}, false)
	prog.Done()
	if err != nil {
		return err
	}
	b := baseline.New(res.Findings)
	if err := writeOutput(opts.Output, s.Out, s.Temps, b.Write); err != nil {
		return err
	}
	reportStderr(s, res, opts.Quiet)
	if !opts.Quiet {
		fmt.Fprintf(s.ErrOut, "baseline: %d accepted pairs written to %s\n", len(b.Pairs), report.Visible(opts.Output))
	}
	if len(res.Errors) > 0 {
		return &rejectedError{len(res.Errors)}
	}
	return nil
}
