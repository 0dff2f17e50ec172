package main

import (
	"fmt"
	"io"
	"os"
	"slices"
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
	dbOptions
	Paths          []string
	Format         string
	Output         string
	FailOn         string
	MinSeverity    compare.Severity
	Baseline       string
	Quiet          bool
	All            bool
	MaxAnnotations int
	CSVBOM         bool
	// Config holds the ignore rules of .claimcheck.yaml.
	Config *config
}

// severityChoices are --min-severity's values.
var severityChoices = []string{"info", "low", "medium", "high", "critical"}

func newCmdCheck(s *Streams, cfg *config, runF func(*checkOptions, *Streams) error) *cobra.Command {
	opts := &checkOptions{Config: cfg}
	var minSeverity string
	cmd := &cobra.Command{
		Use:   "check PATH...",
		Short: "Report where the articles under PATH disagree",
		Long: `Check reads every article under each PATH (a file, a folder searched
recursively, or "-" for standard input), extracts its claims and reports the
findings: groups of claims about the same thing from different sources, with
a verdict (conflict, compatible, update, agree), who disagrees (a dispute
between speakers, or a misreport of one speaker), and a severity.

Claims are compared only within a story. With --stories auto (the default) a
folder of a few articles is a story, a large folder of many events is split
into the stories its articles report (by the people, places, things counted
and days they share), and articles of different folders or languages that
report one event are joined; --stories folder makes each folder a story
(standard input counts as the current folder), --stories one compares
everything with everything. Reports for people (table,
markdown, html) group the findings by story, disagreements first; agreements
and compatible findings are left out of the table and collapsed in Markdown
and HTML unless --all. JSON always holds everything.

The report goes to standard output (or --output FILE); a summary line, every
input that could not be read and every warning go to standard error.

Exit status: 0 when no finding is at or above --fail-on, 1 when one is,
2 on a usage error or when an input could not be read (everything that
could be read is still reported).

--fail-on conflict (the default) fails on conflicts; compatible also on
compatible findings and updates; any on every finding, agreements included;
none never. --min-severity leaves out findings below it, from the report
and from --fail-on alike. --baseline FILE (written by 'claimcheck baseline')
leaves out the findings it accepted, so that only new disagreements are
reported and fail the check; the ignore rules of .claimcheck.yaml leave out
findings by ID or key.

--format github writes an error or warning annotation for each side of a
finding that fails the check, at most --max-annotations of each level, and,
when $GITHUB_STEP_SUMMARY is set, appends a Markdown job summary to it.`,
		Example: `  # the findings table for the seed articles
  claimcheck check seeds

  # a desk report, one self-contained page
  claimcheck check --format html --output report.html stories/

  # a spreadsheet of every disagreeing pair, with a BOM for Excel
  claimcheck check --format csv --csv-bom --output findings.csv stories/

  # in CI: annotations on the pull request, failing only on new conflicts
  claimcheck check --format github --baseline .claimcheck-baseline.json corpus/

  # an article on standard input, checked against a folder of the same story
  curl -s https://example.org/story.txt | claimcheck check --stories one - corpus/flood/

  # a scraper's folder of many events: each finding names its story
  claimcheck check --format csv --output findings.csv archive/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if err := opts.dbOptions.validate(args); err != nil {
				return err
			}
			if _, err := report.New(opts.Format); err != nil {
				return &usageError{err: fmt.Errorf("--format: %w", err)}
			}
			failOn, err := report.ParseFailOn(opts.FailOn)
			if err != nil {
				return &usageError{err: err}
			}
			opts.FailOn = failOn
			sev, err := compare.ParseSeverity(minSeverity)
			if err != nil {
				return &usageError{err: fmt.Errorf("--min-severity: %w", err)}
			}
			opts.MinSeverity = sev
			if opts.DB != "" {
				return checkDBRun(opts, s)
			}
			return runF(opts, s)
		},
	}
	f := cmd.Flags()
	addInputFlags(f, &opts.inputOptions)
	f.StringVarP(&opts.Format, "format", "f", "table", "report format: "+strings.Join(report.Formats(), ", "))
	f.StringVarP(&opts.Output, "output", "o", "", "write the report to `FILE` instead of standard output")
	f.StringVar(&opts.FailOn, "fail-on", "conflict", "exit 1 on findings at or above this verdict: "+strings.Join(report.FailOnChoices, ", "))
	f.StringVar(&minSeverity, "min-severity", "info", "leave out findings below this severity: "+strings.Join(severityChoices, ", "))
	f.StringVar(&opts.Baseline, "baseline", "", "report only findings not accepted in the baseline `FILE`")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress, summary or warnings on standard error (rejected inputs are still listed)")
	addStoryFlags(f, &opts.storyOptions)
	f.BoolVar(&opts.All, "all", false, "show agreements and compatible findings in full in table, markdown and html, and give them CSV rows")
	f.IntVar(&opts.MaxAnnotations, "max-annotations", report.DefaultMaxAnnotations, "github format: at most `N` error and N warning annotations (-1: no cap)")
	f.BoolVar(&opts.CSVBOM, "csv-bom", false, "csv format: start with a UTF-8 byte order mark (for Excel)")
	addDBFlags(f, &opts.dbOptions)
	completeChoices(cmd, "format", report.Formats())
	completeChoices(cmd, "fail-on", report.FailOnChoices)
	completeChoices(cmd, "min-severity", severityChoices)
	return cmd
}

// checkRun runs the pipeline and reports.
func checkRun(opts *checkOptions, s *Streams) error {
	accepted, err := readBaseline(opts.Baseline)
	if err != nil {
		return err
	}
	prog := newProgress(s, opts.Quiet)
	defer prog.Done()
	res, err := opts.read(s, opts.Paths, prog, &compare.Options{}, false)
	if err != nil {
		return err
	}
	return checkResult(opts, accepted, res, s, prog)
}

// readBaseline reads the --baseline file, nil when there is none.
func readBaseline(path string) (*baseline.File, error) {
	if path == "" {
		return nil, nil
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, usagef("--baseline: %v", err)
	}
	defer fh.Close()
	accepted, err := baseline.Read(fh, path)
	if err != nil {
		return nil, &usageError{err: err}
	}
	return accepted, nil
}

// checkResult filters res by --min-severity, the baseline and the ignore
// rules, writes the report (and the GitHub job summary) and says how the
// check ends.
func checkResult(opts *checkOptions, accepted *baseline.File, res *pipeline.Result, s *Streams, prog *progress) error {
	res.Findings = filterSeverity(res.Findings, opts.MinSeverity, &res.Suppressed)
	if accepted != nil {
		var n int
		res.Findings, n = accepted.Filter(res.Findings)
		res.Suppressed += n
	}
	if opts.Config != nil {
		var n int
		res.Findings, n = opts.Config.filter(res.Findings)
		res.Suppressed += n
	}
	ropts := report.Options{
		All: opts.All, Width: reportWidth(s, opts.Output != "" && opts.Output != "-"), FailOn: opts.FailOn,
		MaxAnnotations: opts.MaxAnnotations, BOM: opts.CSVBOM,
	}
	if prog != nil {
		ropts.Progress = prog.Writing
	}
	format, err := report.NewWith(opts.Format, ropts)
	if err != nil {
		return &usageError{err: fmt.Errorf("--format: %w", err)}
	}
	if err := writeOutput(opts.Output, s.Out, s.Temps, func(w io.Writer) error { return format.Format(w, res) }); err != nil {
		return err
	}
	if prog != nil {
		prog.Done()
	}
	if strings.EqualFold(opts.Format, "github") {
		if err := writeStepSummary(s, res, ropts); err != nil {
			return err
		}
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

// writeStepSummary appends the Markdown job summary to the file
// $GITHUB_STEP_SUMMARY names, when it is set (GitHub Actions sets it).
func writeStepSummary(s *Streams, res *pipeline.Result, opts report.Options) error {
	p := s.getenv("GITHUB_STEP_SUMMARY")
	if p == "" {
		return nil
	}
	f, err := os.OpenFile(p, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("GITHUB_STEP_SUMMARY: %w", err)
	}
	if err := report.GitHubSummary(f, res, opts); err != nil {
		f.Close()
		return fmt.Errorf("GITHUB_STEP_SUMMARY: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("GITHUB_STEP_SUMMARY: %w", err)
	}
	return nil
}

// filterSeverity drops findings below min, counting them in dropped; fs
// itself is returned when none is below (the findings of a large corpus
// are hundreds of megabytes: no copy unless one is dropped).
func filterSeverity(fs []compare.Finding, min compare.Severity, dropped *int) []compare.Finding {
	if !slices.ContainsFunc(fs, func(f compare.Finding) bool { return f.Severity < min }) {
		return fs
	}
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
	for i := range fs {
		if report.Fails(&fs[i], failOn) {
			n++
		}
	}
	return n
}

// reportStderr lists the rejected inputs and, unless quiet, the warnings
// and the summary.
func reportStderr(s *Streams, res *pipeline.Result, quiet bool) {
	for _, e := range res.Errors {
		fmt.Fprintf(s.ErrOut, "rejected: %s\n", report.Visible(e.Error()))
	}
	if quiet {
		return
	}
	for _, w := range res.Warnings {
		fmt.Fprintf(s.ErrOut, "warning: %s\n", report.Visible(w.Error()))
	}
	fmt.Fprintln(s.ErrOut, report.Summarize(res).Line())
}
