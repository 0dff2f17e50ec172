package report_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
	"github.com/claimcheck/claimcheck/report"
)

// trickyResult is one conflict whose evidence holds commas, double quotes,
// a line break and non-ASCII text.
func trickyResult() (*pipeline.Result, [][]string) {
	a := &claims.Claim{
		ID: "a.txt@10", Origin: &claims.Origin{Doc: "a.txt", Source: "Kabar, Harian"}, Kind: claims.ClaimQuantity, Text: "1.200 \"rumah\"",
		Quantity: &claims.Quantity{Lo: 1200, Hi: 1200, Value: 1200, Dimension: claims.DimCount, Concept: "houses"},
		Speaker:  claims.Speaker{Name: `Kepala "BPBD", Hendra`},
		Sentence: "Sebanyak 1.200 \"rumah\" rusak, kata Kepala \"BPBD\", Hendra —\nsementara itu,\r\nhujan berlanjut.",
	}
	b := &claims.Claim{
		ID: "b.txt@3", Origin: &claims.Origin{Doc: "b.txt", Source: "Wire"}, Kind: claims.ClaimQuantity, Text: "2,100 homes",
		Quantity: &claims.Quantity{Lo: 2100, Hi: 2100, Value: 2100, Dimension: claims.DimCount, Concept: "houses"},
		Speaker:  claims.Speaker{Name: "officials"},
		Sentence: `Officials said 2,100 homes were "damaged, or destroyed".`,
	}
	f := compare.Finding{ID: "f1", Kind: claims.ClaimQuantity, Verdict: compare.Conflict, Between: compare.Dispute,
		Severity: compare.High, Topic: "houses, damaged", Key: "quantity|houses||||", Sides: []*claims.Claim{a, b}}
	want := [][]string{
		report.CSVHeader,
		{"f1", "quantity", "conflict", "dispute", "high", "Houses",
			"a.txt", "Kabar, Harian", `Kepala "BPBD", Hendra`, "1.200 \"rumah\"", "1,200 houses", a.Sentence,
			"b.txt", "Wire", "officials", "2,100 homes", "2,100 houses", b.Sentence,
			".", "a.txt", "0", "", "", "b.txt", "0", "", "",
			`'=banjir, "kota" · houses · 2025-01-14`},
	}
	// A label is article text too: a formula sign at its start is
	// neutralised like any cell's.
	story := pipeline.Story{ID: ".", Label: `=banjir, "kota" · houses · 2025-01-14`, Documents: []string{"a.txt", "b.txt"}}
	return &pipeline.Result{Findings: []compare.Finding{f}, Stories: []pipeline.Story{story}}, want
}

func TestCSVReadsBack(t *testing.T) {
	res, want := trickyResult()
	var buf bytes.Buffer
	if err := report.CSV(&buf, res); err != nil {
		t.Fatal(err)
	}
	readers := []struct {
		Name string
		Read func(string) ([][]string, error)
	}{
		{"encoding/csv", func(s string) ([][]string, error) { return csv.NewReader(strings.NewReader(s)).ReadAll() }},
		{"encoding/csv lazy quotes", func(s string) ([][]string, error) {
			r := csv.NewReader(strings.NewReader(s))
			r.LazyQuotes = true
			return r.ReadAll()
		}},
		{"RFC 4180 by hand", readRFC4180},
	}
	for _, rd := range readers {
		t.Run(rd.Name, func(t *testing.T) {
			got, err := rd.Read(buf.String())
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(want) {
				t.Fatalf("got %d records\nwant %d", len(got), len(want))
			}
			for i := range want {
				if len(got[i]) != len(want[i]) {
					t.Fatalf("record %d: got %d fields\nwant %d", i, len(got[i]), len(want[i]))
				}
				for j := range want[i] {
					if got[i][j] != normalizeCR(want[i][j], rd.Name) {
						t.Errorf("record %d field %d: got %q\nwant %q", i, j, got[i][j], want[i][j])
					}
				}
			}
		})
	}
}

// normalizeCR accounts for line breaks: the writer ends every line with
// CRLF, also inside a quoted field, and drops a lone CR (encoding/csv's
// writer with UseCRLF); encoding/csv's reader turns CRLF inside a quoted
// field into LF (its documented behaviour), while a spreadsheet keeps the
// bytes.
func normalizeCR(s, reader string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "")
	if strings.HasPrefix(reader, "encoding/csv") {
		return s
	}
	return strings.ReplaceAll(s, "\n", "\r\n")
}

// readRFC4180 parses CSV as RFC 4180 and spreadsheets do: fields separated
// by commas, records by line breaks, a field in double quotes may hold
// commas, line breaks and doubled quotes.
func readRFC4180(s string) ([][]string, error) {
	var records [][]string
	var rec []string
	var field strings.Builder
	inQuotes, quoted := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inQuotes && c == '"' && i+1 < len(s) && s[i+1] == '"':
			field.WriteByte('"')
			i++
		case inQuotes && c == '"':
			inQuotes = false
		case inQuotes:
			field.WriteByte(c)
		case c == '"' && field.Len() == 0 && !quoted:
			inQuotes, quoted = true, true
		case c == ',':
			rec = append(rec, field.String())
			field.Reset()
			quoted = false
		case c == '\r' && i+1 < len(s) && s[i+1] == '\n':
		case c == '\n':
			rec = append(rec, field.String())
			records = append(records, rec)
			rec, quoted = nil, false
			field.Reset()
		case c == '"':
			return nil, errors.New("quote inside an unquoted field")
		default:
			field.WriteByte(c)
		}
	}
	if inQuotes {
		return nil, errors.New("unterminated quoted field")
	}
	if field.Len() > 0 || rec != nil {
		records = append(records, append(rec, field.String()))
	}
	return records, nil
}

func TestCSVRowsPerPair(t *testing.T) {
	res := fixtureResult(t)
	var buf bytes.Buffer
	if err := report.CSV(&buf, res); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// deaths: 3 sides, all different → 3 pairs; the mayor's name → 1;
	// the compatible magnitudes → 1; the agreeing date → none.
	if got, want := len(recs)-1, 5; got != want {
		t.Errorf("rows: got %d\nwant %d", got, want)
	}
}
