package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/claimcheck/claimcheck/pipeline"
	"github.com/claimcheck/claimcheck/report"
	"github.com/claimcheck/claimcheck/store"
)

// indexOptions are the flags and arguments of `claimcheck index`.
type indexOptions struct {
	inputOptions
	DB    string
	Paths []string
	Story string
	Quiet bool
}

func newCmdIndex(s *Streams, runF func(*indexOptions, *Streams) error) *cobra.Command {
	opts := &indexOptions{}
	cmd := &cobra.Command{
		Use:   "index --db FILE PATH...",
		Short: "Add articles and their claims to a claims store",
		Long: `Index reads every article under each PATH, as check does, and adds it with
its claims to the claims store FILE (an SQLite file, created when missing),
so that 'claimcheck check --db FILE' and 'claimcheck serve --db FILE' check
new articles against it.

An article already stored with the same text and metadata is left as it is;
an article of the same file (or JSONL line) whose text changed is a new
version that replaces the old one and its claims. Each folder is a story; an
article given alone, outside any stored story's folder, joins the stored
story that shares the most names with it, and --story puts every article in
the story named.

Standard error shows progress on a terminal and a summary: documents added,
unchanged and replaced, and the claims stored.

Exit status: 0, or 2 on a usage error, a store that cannot be opened, or
an input that could not be read (everything read is still stored).`,
		Example: `  claimcheck index --db desk.db seeds
  claimcheck check --db desk.db extra.txt`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("index needs at least one PATH (a file, a folder, or - for standard input)")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if opts.DB == "" {
				return usagef("index needs --db FILE (the claims store)")
			}
			return runF(opts, s)
		},
	}
	f := cmd.Flags()
	addInputFlags(f, &opts.inputOptions)
	f.StringVar(&opts.DB, "db", "", "the claims store `FILE` (SQLite; created when missing)")
	f.StringVar(&opts.Story, "story", "", "put every article in the story `NAME` (default: its folder)")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress, summary or warnings on standard error (rejected inputs are still listed)")
	return cmd
}

// indexRun reads the articles and stores them.
func indexRun(opts *indexOptions, s *Streams) error {
	ctx := context.Background()
	st, err := openStore(ctx, opts.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	prog := newProgress(s, opts.Quiet)
	res, err := opts.readText(s, opts.Paths, prog)
	prog.Done()
	if err != nil {
		return err
	}
	stories, err := store.StoryOf(ctx, st, res, opts.Story)
	if err != nil {
		return err
	}
	counts, err := save(ctx, st, res, stories)
	if err != nil {
		return err
	}
	reportRejected(s, res, opts.Quiet)
	if !opts.Quiet {
		fmt.Fprintf(s.ErrOut, "index: %d documents: %d added, %d unchanged, %d replaced; %d claims stored in %s\n",
			len(res.Documents), counts.Added, counts.Unchanged, counts.Replaced, counts.Claims, report.Visible(opts.DB))
	}
	if len(res.Errors) > 0 {
		return &rejectedError{len(res.Errors)}
	}
	return nil
}

// readText runs the pipeline without a comparison, keeping each
// document's text for the store.
func (o inputOptions) readText(s *Streams, paths []string, prog *progress) (*pipeline.Result, error) {
	po, err := o.pipeline(s)
	if err != nil {
		return nil, err
	}
	if prog.on {
		po.Steps = prog.Step
	}
	po.KeepText = true
	return pipeline.Run(paths, po), nil
}

// reportRejected lists the rejected inputs and, unless quiet, the
// warnings, as check does before its summary.
func reportRejected(s *Streams, res *pipeline.Result, quiet bool) {
	for _, e := range res.Errors {
		fmt.Fprintf(s.ErrOut, "rejected: %s\n", report.Visible(e.Error()))
	}
	if quiet {
		return
	}
	for _, w := range res.Warnings {
		fmt.Fprintf(s.ErrOut, "warning: %s\n", report.Visible(w.Error()))
	}
}
