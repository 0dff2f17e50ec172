package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
)

// GitHub writes one workflow command per finding side, so that each
// finding shows on its article's line in a pull request:
//
//	::error file=seeds/a.txt,line=7,title=conflict (dispute): troops::…
//
// High and critical findings are errors, medium and low warnings, info
// notices. Data and properties are escaped as the runner expects.
func GitHub(w io.Writer, r *pipeline.Result) error {
	r.Sort()
	for i := range r.Findings {
		f := &r.Findings[i]
		level := "notice"
		switch {
		case f.Severity >= compare.High:
			level = "error"
		case f.Severity >= compare.Low:
			level = "warning"
		}
		topic := f.Topic
		if topic == "" {
			topic = f.Key
		}
		title := fmt.Sprintf("claimcheck %s %s: %s", f.Kind, verdictLabel(f), topic)
		for j, c := range f.Sides {
			var others []string
			for k, o := range f.Sides {
				if k != j {
					others = append(others, fmt.Sprintf("“%s” (%s, %s: %s)", NormalizeSpace(o.Text), speakerName(o), o.Doc, Value(o)))
				}
			}
			msg := fmt.Sprintf("“%s” (%s) says %s; %s: %s [%s, finding %s]",
				NormalizeSpace(c.Text), speakerName(c), Value(c), plainVerdict(f), strings.Join(others, "; "), f.Severity, FindingID(f))
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
	}
	return nil
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

// ghData escapes a workflow command's message.
var ghDataEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")

// ghPropertyEscaper escapes a workflow command's property value, where ":"
// and "," also delimit.
var ghPropertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")

func ghData(s string) string     { return ghDataEscaper.Replace(s) }
func ghProperty(s string) string { return ghPropertyEscaper.Replace(s) }
