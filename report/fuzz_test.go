package report_test

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
	"github.com/claimcheck/claimcheck/report"
)

// FuzzCSV writes a finding whose words, speaker and evidence are arbitrary
// and checks that encoding/csv reads every field back.
func FuzzCSV(f *testing.F) {
	f.Add("12 ribu tentara", `agen "Ukraina"`, "Sementara agen Ukraina menyebut 12 ribu tentara,\r\nKorut dikirim.")
	f.Add("", "", "")
	f.Add("\"", ",", "\n\n\"\"")
	f.Fuzz(func(t *testing.T, text, speaker, sentence string) {
		a := &claims.Claim{Origin: &claims.Origin{Doc: "a.txt"}, Kind: claims.ClaimName, Text: text, Sentence: sentence,
			Speaker: claims.Speaker{Name: speaker}, Entity: &claims.Entity{Name: text + "x"}}
		b := &claims.Claim{Origin: &claims.Origin{Doc: "b.txt"}, Kind: claims.ClaimName, Text: "other", Sentence: sentence + speaker,
			Speaker: claims.Speaker{Name: "b"}, Entity: &claims.Entity{Name: text + "y"}}
		res := &pipeline.Result{Findings: []compare.Finding{{ID: "f", Kind: claims.ClaimName, Verdict: compare.Conflict,
			Severity: compare.Low, Sides: []*claims.Claim{a, b}}}}
		var buf bytes.Buffer
		if err := report.CSV(&buf, res); err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(&buf).ReadAll()
		if err != nil {
			t.Fatalf("reading back: %v\n%q", err, buf.String())
		}
		if len(recs) != 2 {
			t.Fatalf("got %d records\nwant 2", len(recs))
		}
		// Cells a spreadsheet would evaluate are neutralised; the writer
		// drops a lone carriage return, and encoding/csv's reader one
		// before a line feed.
		norm := func(s string) string {
			s = report.Neutralize(s)
			return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "")
		}
		evidence := sentence
		if evidence == "" {
			evidence = text // a claim without a sentence is its own evidence
		}
		want := map[int]string{8: speaker, 9: text, 11: evidence}
		for col, w := range want {
			if got := recs[1][col]; got != norm(w) && !(w == "" && got == "") {
				t.Errorf("column %s: got %q\nwant %q", report.CSVHeader[col], got, w)
			}
		}
	})
}
