package report

import (
	"fmt"
	"strings"

	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
)

// desk is what the Markdown and HTML reports show, built once so that the
// two say the same things.
type desk struct {
	Summary  Summary
	Line     string
	Verdicts []string // "1 conflict"
	Kinds    []string
	Severity []string
	Errors   []*corpus.Error
	Findings []deskFinding
}

type deskFinding struct {
	Number   int
	ID       string
	Topic    string
	Kind     string
	Verdict  string // with who disagrees: "conflict (dispute)"
	Class    string // the verdict alone, for styling
	Severity string
	Key      string
	Note     string
	// Also lists the further claims that repeat a side's value.
	Also  string
	Sides []deskSide
	Diff  []compare.Edit
}

type deskSide struct {
	Letter    string // "A", "B", …
	Doc       string
	Path      string
	Line      int
	Source    string
	Speaker   string
	Published string
	Text      string
	Value     string
	Hedges    string
	Segments  []Segment
	// Diff is the character diff from side A's name to this side's, for
	// names and titles; nil for side A and for other kinds.
	Diff []compare.Edit
}

func newDesk(r *pipeline.Result) *desk {
	r.Sort()
	s := Summarize(r)
	d := &desk{Summary: s, Line: s.Line(), Verdicts: s.verdictParts(), Kinds: s.kindParts(), Severity: s.severityParts(), Errors: r.Errors}
	for i := range r.Findings {
		f := &r.Findings[i]
		df := deskFinding{
			Number: i + 1, ID: FindingID(f), Topic: f.Topic, Kind: f.Kind.String(), Verdict: verdictLabel(f),
			Class: f.Verdict.String(), Severity: f.Severity.String(), Key: f.Key, Note: f.Note, Diff: nameDiff(f),
		}
		if df.Topic == "" {
			df.Topic = f.Key
		}
		df.Also = alsoLine(r, f)
		for j, c := range f.Sides {
			pub := "date unknown"
			if doc := r.Doc(c.Doc); doc != nil && !doc.Published.IsZero() {
				pub = day(doc.Published)
				if doc.PublishedInferred {
					pub += " (inferred)"
				}
			} else if !c.Published.IsZero() {
				pub = day(c.Published)
			}
			var diff []compare.Edit
			if j > 0 && df.Diff != nil {
				if j == 1 {
					diff = df.Diff
				} else {
					diff = CharDiff(Value(f.Sides[0]), Value(c))
				}
			}
			df.Sides = append(df.Sides, deskSide{
				Letter: sideLetter(j), Diff: diff, Doc: c.Doc, Path: pathOf(r, c), Line: lineOf(r, c), Source: c.Source, Speaker: speakerName(c),
				Published: pub, Text: NormalizeSpace(c.Text), Value: Value(c), Hedges: strings.Join(c.HedgeWords(), ", "),
				Segments: mergeClaim(Highlight(c, otherSentence(f, j))),
			})
		}
		d.Findings = append(d.Findings, df)
	}
	return d
}

// mergeClaim lets the claim's mark win over the difference mark, so that
// the claim's words show as one highlighted run.
func mergeClaim(segs []Segment) []Segment {
	var out []Segment
	for _, s := range segs {
		if s.Claim {
			s.Differs = false
		}
		if n := len(out); n > 0 && out[n-1].Claim == s.Claim && out[n-1].Differs == s.Differs {
			out[n-1].Text += s.Text
			continue
		}
		out = append(out, s)
	}
	return out
}

// sideLetter names side i: A, B, …, Z, AA, AB, …
func sideLetter(i int) string {
	if i < 26 {
		return string(rune('A' + i))
	}
	return sideLetter(i/26-1) + string(rune('A'+i%26))
}

// OwnWords reports whether the outlet itself speaks.
func (s deskSide) OwnWords() bool { return s.Speaker == s.Source || s.Speaker == "" }

// Who says who speaks and who reports it: "BPBD, reported by Kabar
// Harian", or "Kabar Harian (its own words)" when the outlet speaks.
func (s deskSide) Who() string {
	if s.OwnWords() {
		return s.Source + " (its own words)"
	}
	return s.Speaker + ", reported by " + s.Source
}

// alsoLine names the claims that repeat a side's value: "“14” (Abdul
// Muhari, b.txt line 15); …".
func alsoLine(r *pipeline.Result, f *compare.Finding) string {
	var parts []string
	for _, c := range f.Support {
		parts = append(parts, fmt.Sprintf("“%s” (%s, %s line %d)", NormalizeSpace(c.Text), speakerName(c), c.Doc, lineOf(r, c)))
	}
	return strings.Join(parts, "; ")
}
