package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/report"
	"github.com/spf13/cobra"
)

// claimsOptions are the flags and arguments of `claimcheck claims`.
type claimsOptions struct {
	inputOptions
	Paths  []string
	Format string
	Output string
	Quiet  bool
	CSVBOM bool
	// Explain lists each claim with how the comparison read it.
	Explain bool
}

func newCmdClaims(s *Streams, runF func(*claimsOptions, *Streams) error) *cobra.Command {
	opts := &claimsOptions{}
	cmd := &cobra.Command{
		Use:   "claims PATH...",
		Short: "List every claim extracted from the articles under PATH",
		Long: `Claims lists every claim extracted from the articles under each PATH, so
that you can see why a finding appears or does not: its document and line, who
says it (the speaker, or the outlet itself), what it is about (the alignment
key: kind|subject and the qualifiers that keep claims apart, such as
quantity|troops|actor=north-korea or quantity|deaths|role=part), the words as
written, the normalized value, its hedges and flags, and the evidence
sentence with the claim's byte span.

Claims of one story with equal keys from different sources are compared by 'claimcheck
check'. With --explain the listing says, claim by claim, how it was read
and compared: what it is about and where that came from (a concept of the
language pack and the noun that named it, an open noun and its lemma, a
measure's topic), the slots of its frame (whose, where, role, rate, window,
part, year, as of when), its hedges and marks, its key, and the finding it
belongs to with the slots that brought the sides together — or, when it is
in none, the keys of the other articles' claims about the same subject.

Exit status: 0, or 2 on a usage error or an input that could not be read.`,
		Example: `  claimcheck claims seeds
  claimcheck claims seeds --format json
  claimcheck claims --format csv --output claims.csv stories/
  claimcheck claims --explain stories/flood-toll-2025`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("claims needs at least one PATH (a file, a folder, or - for standard input)")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if _, err := report.NewClaims(opts.Format); err != nil {
				return &usageError{err: fmt.Errorf("--format: %w", err)}
			}
			if opts.Explain && cmd.Flags().Changed("format") {
				return usagef("--explain writes its own listing; leave out --format")
			}
			return runF(opts, s)
		},
	}
	f := cmd.Flags()
	addInputFlags(f, &opts.inputOptions)
	addStoryFlags(f, &opts.storyOptions)
	f.StringVarP(&opts.Format, "format", "f", "table", "listing format: "+strings.Join(report.ClaimFormats(), ", "))
	f.StringVarP(&opts.Output, "output", "o", "", "write the listing to `FILE` instead of standard output")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress, summary or warnings on standard error")
	f.BoolVar(&opts.CSVBOM, "csv-bom", false, "csv format: start with a UTF-8 byte order mark (for Excel)")
	f.BoolVar(&opts.Explain, "explain", false, "say for each claim how it was read and compared, and why it is or is not in a finding")
	completeChoices(cmd, "format", report.ClaimFormats())
	return cmd
}

// claimsRun runs the pipeline and lists the claims (the findings are left
// out: `check` reports them).
func claimsRun(opts *claimsOptions, s *Streams) error {
	prog := newProgress(s, opts.Quiet)
	defer prog.Done()
	var cmp *compare.Options
	if opts.Explain {
		cmp = &compare.Options{}
	}
	res, err := opts.read(s, opts.Paths, prog, cmp, opts.Explain)
	if err != nil {
		return err
	}
	format, err := report.NewClaimsWith(opts.Format, report.Options{
		Width: reportWidth(s, opts.Output != "" && opts.Output != "-"), BOM: opts.CSVBOM, Progress: prog.Writing})
	if err != nil {
		return &usageError{err: fmt.Errorf("--format: %w", err)}
	}
	if opts.Explain {
		format = report.FormatterFunc(report.Explain)
	}
	if err := writeOutput(opts.Output, s.Out, s.Temps, func(w io.Writer) error { return format.Format(w, res) }); err != nil {
		return err
	}
	prog.Done()
	reportStderr(s, res, opts.Quiet)
	if len(res.Errors) > 0 {
		return &rejectedError{len(res.Errors)}
	}
	return nil
}
