package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
	"github.com/claimcheck/claimcheck/report"
	"github.com/claimcheck/claimcheck/report/baseline"
	"github.com/spf13/cobra"
)

// checkOptions are the flags and arguments of `claimcheck check`.
type checkOptions struct {
	inputOptions
	Paths       []string
	Format      string
	Output      string
	FailOn      string
	MinSeverity compare.Severity
	Baseline    string
	Quiet       bool
	OneStory    bool
}

// failOnChoices are --fail-on's values, loosest last.
var failOnChoices = []string{"conflict", "compatible", "any", "none"}

func newCmdCheck(s *Streams, runF func(*checkOptions, *Streams) error) *cobra.Command {
	opts := &checkOptions{}
	var minSeverity string
	cmd := &cobra.Command{
		Use:   "check PATH...",
		Short: "Report where the articles under PATH disagree",
		Long: `Check reads every article under each PATH (a file, a folder searched
recursively, or "-" for standard input), extracts its claims and reports the
findings: groups of claims about the same thing from different sources, with
a verdict (conflict, compatible, update, agree), who disagrees (a dispute
between speakers, or a misreport of one speaker), and a severity.

Each folder is one story: claims are compared only with claims of articles in
the same folder (standard input counts as the current folder), unless
--one-story compares everything with everything.

The report goes to standard output (or --output FILE); a summary line and
every input that could not be read, with the reason, go to standard error.

Exit status: 0 when no finding is at or above --fail-on, 1 when one is,
2 on a usage error or when an input could not be read (everything that
could be read is still reported).

--fail-on conflict (the default) fails on conflicts; compatible also on
compatible findings and updates; any on every finding, agreements included;
none never. --min-severity leaves out findings below it, from the report
and from --fail-on alike. --baseline FILE (written by 'claimcheck baseline')
leaves out the findings it accepted, so that only new disagreements are
reported and fail the check.`,
		Example: `  # the findings table for the seed articles
  claimcheck check seeds

  # a desk report, one self-contained page
  claimcheck check --format html --output report.html stories/

  # a spreadsheet of every disagreeing pair
  claimcheck check --format csv --output findings.csv stories/

  # in CI: annotations on the pull request, failing only on new conflicts
  claimcheck check --format github --baseline .claimcheck-baseline.json corpus/

  # an article on standard input, checked against a folder of the same story
  curl -s https://example.org/story.txt | claimcheck check --one-story - corpus/flood/`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("check needs at least one PATH (a file, a folder, or - for standard input)")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if _, err := report.New(opts.Format); err != nil {
				return &usageError{fmt.Errorf("--format: %w", err)}
			}
			if err := oneOf("fail-on", opts.FailOn, failOnChoices); err != nil {
				return err
			}
			sev, err := compare.ParseSeverity(minSeverity)
			if err != nil {
				return &usageError{fmt.Errorf("--min-severity: %w", err)}
			}
			opts.MinSeverity = sev
			return runF(opts, s)
		},
	}
	f := cmd.Flags()
	addInputFlags(f, &opts.inputOptions)
	f.StringVarP(&opts.Format, "format", "f", "table", "report format: "+strings.Join(report.Formats(), ", "))
	f.StringVarP(&opts.Output, "output", "o", "", "write the report to `FILE` instead of standard output")
	f.StringVar(&opts.FailOn, "fail-on", "conflict", "exit 1 on findings at or above this verdict: "+strings.Join(failOnChoices, ", "))
	f.StringVar(&minSeverity, "min-severity", "info", "leave out findings below this severity: info, low, medium, high, critical")
	f.StringVar(&opts.Baseline, "baseline", "", "report only findings not accepted in the baseline `FILE`")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress and no summary on standard error (rejected inputs are still listed)")
	f.BoolVar(&opts.OneStory, "one-story", false, "compare claims across all folders (by default each folder is one story)")
	return cmd
}

// checkRun runs the pipeline and reports.
func checkRun(opts *checkOptions, s *Streams) error {
	var accepted *baseline.File
	if opts.Baseline != "" {
		fh, err := os.Open(opts.Baseline)
		if err != nil {
			return usagef("--baseline: %v", err)
		}
		accepted, err = baseline.Read(fh, opts.Baseline)
		fh.Close()
		if err != nil {
			return &usageError{err}
		}
	}
	res, err := opts.read(s, opts.Paths, opts.Quiet, &compare.Options{OneStory: opts.OneStory})
	if err != nil {
		return err
	}
	return checkResult(opts, accepted, res, s)
}

// checkResult filters res by --min-severity and the baseline, writes the
// report and says how the check ends.
func checkResult(opts *checkOptions, accepted *baseline.File, res *pipeline.Result, s *Streams) error {
	res.Findings = filterSeverity(res.Findings, opts.MinSeverity, &res.Suppressed)
	if accepted != nil {
		var n int
		res.Findings, n = accepted.Filter(res.Findings)
		res.Suppressed += n
	}
	format, _ := report.New(opts.Format) // validated by newCmdCheck
	if err := writeOutput(opts.Output, s.Out, func(w io.Writer) error { return format.Format(w, res) }); err != nil {
		return err
	}
	reportStderr(s, res, opts.Quiet)
	if len(res.Errors) > 0 {
		return &rejectedError{len(res.Errors)}
	}
	if n := failing(res.Findings, opts.FailOn); n > 0 {
		return &findingsError{n}
	}
	return nil
}

// filterSeverity drops findings below min, counting them in dropped.
func filterSeverity(fs []compare.Finding, min compare.Severity, dropped *int) []compare.Finding {
	out := fs[:0:0]
	for _, f := range fs {
		if f.Severity >= min {
			out = append(out, f)
		} else {
			*dropped++
		}
	}
	return out
}

// failing counts the findings at or above the --fail-on threshold.
func failing(fs []compare.Finding, failOn string) int {
	n := 0
	for _, f := range fs {
		switch strings.ToLower(failOn) {
		case "conflict":
			if f.Verdict >= compare.Conflict && !f.Recorded() {
				n++
			}
		case "compatible":
			if f.Verdict >= compare.Compatible && !f.Recorded() {
				n++
			}
		case "any":
			n++
		}
	}
	return n
}

// reportStderr lists the rejected inputs and, unless quiet, the summary.
func reportStderr(s *Streams, res *pipeline.Result, quiet bool) {
	for _, e := range res.Errors {
		fmt.Fprintf(s.ErrOut, "rejected: %s\n", e.Error())
	}
	if !quiet {
		fmt.Fprintln(s.ErrOut, report.Summarize(res).Line())
	}
}
