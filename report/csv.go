package report

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/pipeline"
)

// CSVHeader is the header of the findings CSV. The columns are a contract
// (README "CSV columns"): new columns are only ever added at the end.
var CSVHeader = []string{
	"finding", "kind", "verdict", "between", "severity", "topic",
	"a_doc", "a_source", "a_speaker", "a_text", "a_value", "a_evidence",
	"b_doc", "b_source", "b_speaker", "b_text", "b_value", "b_evidence",
}

// CSV writes one row per disagreeing pair of sides (see Disagreements):
// a finding with three sides that all differ gives three rows, an
// agreeing finding none. Fields are quoted as RFC 4180 says, so commas,
// quotes and line breaks in evidence survive; the text is UTF-8.
func CSV(w io.Writer, r *pipeline.Result) error {
	r.Sort()
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		id := FindingID(f)
		for _, p := range Disagreements(f) {
			a, b := f.Sides[p.A], f.Sides[p.B]
			row := []string{id, f.Kind.String(), f.Verdict.String(), f.Between.String(), f.Severity.String(), f.Topic}
			row = append(row, csvSide(a)...)
			row = append(row, csvSide(b)...)
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

func csvSide(c *claims.Claim) []string {
	return []string{c.Doc, c.Source, speakerName(c), c.Text, Value(c), evidence(c)}
}

// ClaimsHeader is the header of the claims CSV.
var ClaimsHeader = []string{
	"claim", "doc", "line", "kind", "key", "subject", "role", "actor", "location", "event",
	"source", "speaker", "text", "value", "flags", "span_start", "span_end", "sentence",
}

// ClaimsCSV writes one row per claim, in document and text order.
func ClaimsCSV(w io.Writer, r *pipeline.Result) error {
	r.Sort()
	cw := csv.NewWriter(w)
	if err := cw.Write(ClaimsHeader); err != nil {
		return err
	}
	for _, c := range r.Claims {
		row := []string{
			c.ID, c.Doc, strconv.Itoa(lineOf(r, c)), c.Kind.String(), c.Key(), c.Subject, c.RoleKey(), c.Actor, c.Location, c.EventKey(),
			c.Source, speakerName(c), c.Text, Value(c), strings.Join(flags(c), ";"),
			strconv.Itoa(c.Span.Start), strconv.Itoa(c.Span.End), c.Sentence,
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
