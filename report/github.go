package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
)

// GitHub writes the workflow commands with the default Options.
func GitHub(w io.Writer, r *pipeline.Result) error { return github(w, r, Options{}) }

// github writes one workflow command per side of each finding that fails
// the check (Fails with Options.FailOn; agreements never), so that it
// shows on its article's line in a pull request:
//
//	::error file=seeds/a.txt,line=7,title=claimcheck quantity conflict (dispute): Troops::…
//
// High and critical findings are errors, the others warnings. Each level
// is capped at Options.MaxAnnotations lines (the findings in order of
// severity, a finding's sides in order, so the last one written may have
// only some of its sides); a last notice says how many were left out. Data and properties are escaped as the runner expects.
func github(w io.Writer, r *pipeline.Result, opts Options) error {
	r.Sort()
	limit := opts.maxAnnotations()
	written := map[string]int{}
	var left, leftFindings int
	for i := range r.Findings {
		f := &r.Findings[i]
		opts.progress(i+1, len(r.Findings))
		if !annotated(f, opts.FailOn) {
			continue
		}
		level := "warning"
		if f.Severity >= compare.High {
			level = "error"
		}
		n := min(len(f.Sides), max(limit-written[level], 0))
		if n < len(f.Sides) {
			left += len(f.Sides) - n
			leftFindings++
		}
		written[level] += n
		if err := annotate(w, r, f, level, n); err != nil {
			return err
		}
	}
	if left > 0 {
		msg := fmt.Sprintf("%s (of %s) more not shown: at most %s and %s are written (--max-annotations); the job summary and the other formats list every finding",
			plural(left, "annotation"), plural(leftFindings, "finding"), plural(limit, "error"), plural(limit, "warning"))
		if _, err := fmt.Fprintf(w, "::notice title=%s::%s\n", ghProperty("claimcheck"), ghData(msg)); err != nil {
			return err
		}
	}
	return nil
}

// annotated reports whether the GitHub format annotates f: a disagreement
// that fails the check.
func annotated(f *compare.Finding, failOn string) bool {
	return f.Verdict != compare.Agree && Fails(f, failOn)
}

// annotate writes one command for each of the first n sides of f.
func annotate(w io.Writer, r *pipeline.Result, f *compare.Finding, level string, n int) error {
	title := fmt.Sprintf("claimcheck %s %s: %s", f.Kind, verdictLabel(f), Topic(f))
	for j, c := range f.Sides[:n] {
		var others []string
		for k, o := range f.Sides {
			if k != j {
				others = append(others, fmt.Sprintf("“%s” (%s, %s: %s)", NormalizeSpace(o.Text), speakerName(o), o.Doc, Value(o)))
			}
		}
		msg := fmt.Sprintf("“%s” (%s) says %s; %s: %s [%s, finding %s]",
			NormalizeSpace(c.Text), speakerName(c), Value(c), plainVerdict(f), strings.Join(others, "; "), f.Severity, FindingID(f))
		switch n := repeats(f, c); {
		case n == 1:
			msg += " 1 other claim repeats this value."
		case n > 1:
			msg += fmt.Sprintf(" %d other claims repeat this value.", n)
		}
		if f.Note != "" {
			msg += " " + f.Note
		}
		props := "file=" + ghProperty(pathOf(r, c))
		if line := lineOf(r, c); line > 0 {
			props += fmt.Sprintf(",line=%d", line)
		}
		if _, err := fmt.Fprintf(w, "::%s %s,title=%s::%s\n", level, props, ghProperty(title), ghData(msg)); err != nil {
			return err
		}
	}
	return nil
}

// repeats counts the support claims that repeat side c's value.
func repeats(f *compare.Finding, c *claims.Claim) int {
	n := 0
	for _, s := range f.Support {
		if Value(s) == Value(c) {
			n++
		}
	}
	return n
}

func plainVerdict(f *compare.Finding) string {
	switch f.Verdict {
	case compare.Conflict:
		return "conflicts with"
	case compare.Compatible:
		return "is compatible with"
	case compare.Update:
		return "is updated by"
	}
	return "agrees with"
}

// summaryRows caps the findings a job summary lists, to stay well under
// GitHub's 1 MiB a step.
const summaryRows = 200

// GitHubSummary writes the Markdown job summary of a check, for
// $GITHUB_STEP_SUMMARY: the summary line, the findings per story, and a
// table of the findings that fail the check (at most 200, then a count).
func GitHubSummary(w io.Writer, r *pipeline.Result, opts Options) error {
	r.Sort()
	s := Summarize(r)
	var b strings.Builder
	failOn := opts.FailOn
	if failOn == "" {
		failOn = "conflict"
	}
	var failing []int
	for i := range r.Findings {
		if Fails(&r.Findings[i], failOn) {
			failing = append(failing, i)
		}
	}
	b.WriteString("## claimcheck\n\n")
	fmt.Fprintf(&b, "%s\n\n", md(s.Line()))
	if len(failing) > 0 {
		fmt.Fprintf(&b, "**The check fails: %s at or above `--fail-on %s`.**\n\n", plural(len(failing), "finding"), failOn)
	} else {
		fmt.Fprintf(&b, "The check passes: no finding at or above `--fail-on %s`.\n\n", failOn)
	}
	if len(r.Errors) > 0 {
		fmt.Fprintf(&b, "%s could not be read (exit 2):\n\n", plural(len(r.Errors), "input"))
		for _, e := range r.Errors {
			fmt.Fprintf(&b, "- %s\n", md(e.Error()))
		}
		b.WriteString("\n")
	}
	groups := groupStories(r)
	if len(groups) > 0 {
		b.WriteString("| story | findings | failing |\n|---|---|---|\n")
		for _, g := range groups {
			n := 0
			for _, idx := range [][]int{g.Shown, g.Collapsed} {
				for _, i := range idx {
					if Fails(&r.Findings[i], failOn) {
						n++
					}
				}
			}
			fmt.Fprintf(&b, "| %s | %s | %d |\n", mdCode(g.Name), md(counts(r, g.Shown, g.Collapsed)), n)
		}
		b.WriteString("\n")
	}
	if len(failing) > 0 {
		b.WriteString("| story | finding | verdict | severity | values |\n|---|---|---|---|---|\n")
		for k, i := range failing {
			if k == summaryRows {
				fmt.Fprintf(&b, "\n%s more not listed; `claimcheck check --format markdown` lists them all.\n", plural(len(failing)-k, "finding"))
				break
			}
			f := &r.Findings[i]
			var vals []string
			for _, c := range f.Sides {
				vals = append(vals, fmt.Sprintf("%s (%s line %d)", md(Value(c)), mdCode(pathOf(r, c)), lineOf(r, c)))
			}
			fmt.Fprintf(&b, "| %s | %s %s | %s | %s | %s |\n", mdCode(StoryOf(f)), md(Topic(f)), mdCode(FindingID(f)), verdictLabel(f), f.Severity, strings.Join(vals, "<br>"))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// ghData escapes a workflow command's message.
var ghDataEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")

// ghPropertyEscaper escapes a workflow command's property value, where ":"
// and "," also delimit.
var ghPropertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")

// ghData and ghProperty escape as the runner requires, and show other
// control characters Visible, so that the log shows them.
func ghData(s string) string     { return ghDataEscaper.Replace(visibleLines(s)) }
func ghProperty(s string) string { return ghPropertyEscaper.Replace(visibleLines(s)) }
