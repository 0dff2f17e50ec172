package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
)

// TestJSONStreamDecodesToSchema checks that the streamed JSON is one valid
// document of the schema structs, with every element in place.
func TestJSONStreamDecodesToSchema(t *testing.T) {
	c := func(doc string, v float64) *claims.Claim {
		return &claims.Claim{ID: doc + "#1", Origin: &claims.Origin{Doc: doc}, Kind: claims.ClaimQuantity, Text: "<b>12</b> troops", Subject: "troops",
			Quantity: &claims.Quantity{Lo: v, Hi: v, Value: v, Dimension: claims.DimCount, Concept: "troops"}}
	}
	a, b := c("a.txt", 12), c("b.txt", 30)
	r := &pipeline.Result{
		Documents: []*claims.Document{{ID: "a.txt"}, {ID: "b.txt"}},
		Claims:    []*claims.Claim{a, b},
		Findings:  []compare.Finding{{Kind: claims.ClaimQuantity, Verdict: compare.Conflict, Between: compare.Dispute, Severity: compare.High, Sides: []*claims.Claim{a, b}}},
		Errors:    []*corpus.Error{{Path: "c.txt", Reason: "empty"}},
	}
	var buf bytes.Buffer
	if err := JSON(&buf, r); err != nil {
		t.Fatal(err)
	}
	var got jsonReport
	dec := json.NewDecoder(&buf)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&got); err != nil {
		t.Fatalf("decode: %v\n%s", err, buf.String())
	}
	if got.Schema != Schema || len(got.Documents) != 2 || len(got.Claims) != 2 || len(got.Findings) != 1 || len(got.Errors) != 1 {
		t.Errorf("got %d documents, %d claims, %d findings, %d errors, schema %q", len(got.Documents), len(got.Claims), len(got.Findings), len(got.Errors), got.Schema)
	}
	if got.Claims[0].Text != "<b>12</b> troops" {
		t.Errorf("text: got %q, want it unescaped", got.Claims[0].Text)
	}
}

// TestSupportIsShown checks that the claims repeating a side's value reach
// the reader: in JSON as "support", on the desk as a line naming them.
func TestSupportIsShown(t *testing.T) {
	c := func(doc, text string, v float64) *claims.Claim {
		return &claims.Claim{ID: doc + "#1", Origin: &claims.Origin{Doc: doc}, Kind: claims.ClaimQuantity, Text: text, Subject: "deaths", Line: 3,
			Speaker:  claims.Speaker{Name: "Police", Key: "police"},
			Quantity: &claims.Quantity{Lo: v, Hi: v, Value: v, Dimension: claims.DimCount, Concept: "deaths"}}
	}
	a, b, again := c("a.txt", "12 dead", 12), c("b.txt", "30 dead", 30), c("c.txt", "12 orang tewas", 12)
	r := &pipeline.Result{
		Documents: []*claims.Document{{ID: "a.txt"}, {ID: "b.txt"}, {ID: "c.txt"}},
		Claims:    []*claims.Claim{a, b, again},
		Findings: []compare.Finding{{Kind: claims.ClaimQuantity, Verdict: compare.Conflict, Between: compare.Dispute, Severity: compare.High,
			Sides: []*claims.Claim{a, b}, Support: []*claims.Claim{again}}},
	}
	var js, mdOut bytes.Buffer
	if err := JSON(&js, r); err != nil {
		t.Fatal(err)
	}
	var got jsonReport
	if err := json.Unmarshal(js.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Findings) != 1 || len(got.Findings[0].Support) != 1 || got.Findings[0].Support[0].Text != "12 orang tewas" {
		t.Errorf("JSON support: got %+v", got.Findings)
	}
	if err := Markdown(&mdOut, r); err != nil {
		t.Fatal(err)
	}
	if want := "- “12 orang tewas” → 12 deaths (as A) — Police in [c.txt](<c.txt>) () line 3"; !bytes.Contains(mdOut.Bytes(), []byte(want)) {
		t.Errorf("markdown lacks %q:\n%s", want, mdOut.String())
	}
	var tab bytes.Buffer
	if err := Table(&tab, r); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(tab.Bytes(), []byte("also A")) || !bytes.Contains(tab.Bytes(), []byte("“12 orang")) {
		t.Errorf("the table lacks the support row:\n%s", tab.String())
	}
}

// TestJSONRelatedBounded: a finding lists at most MaxRelated related
// claims and counts the rest in related_more, while the report's claims
// hold them all; a finding with few related claims lists them all and no
// count. Each element of a top-level list is one line.
func TestJSONRelatedBounded(t *testing.T) {
	c := func(doc string, off int, v float64) *claims.Claim {
		return &claims.Claim{ID: fmt.Sprintf("%s@%d", doc, off), Origin: &claims.Origin{Doc: doc, Story: "."}, Kind: claims.ClaimQuantity, Text: "12 troops", Subject: "troops",
			Span: claims.Span{Start: off, End: off + 9}, Quantity: &claims.Quantity{Lo: v, Hi: v, Value: v, Dimension: claims.DimCount, Concept: "troops"}}
	}
	tests := []struct {
		Name               string
		Related            int
		WantList, WantMore int
	}{
		{"few", 3, 3, 0},
		{"at the bound", MaxRelated, MaxRelated, 0},
		{"many", MaxRelated + 25, MaxRelated, 25},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			a, b := c("a.txt", 0, 12), c("b.txt", 0, 30)
			r := &pipeline.Result{Documents: []*claims.Document{{ID: "a.txt"}, {ID: "b.txt"}, {ID: "c.txt"}}, Claims: []*claims.Claim{a, b},
				Findings: []compare.Finding{{Kind: claims.ClaimQuantity, Verdict: compare.Conflict, Severity: compare.High, Sides: []*claims.Claim{a, b}}}}
			for i := range tt.Related {
				r.Claims = append(r.Claims, c("c.txt", 10*i, 20))
			}
			var buf bytes.Buffer
			if err := JSON(&buf, r); err != nil {
				t.Fatal(err)
			}
			var got jsonReport
			if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
				t.Fatal(err)
			}
			f := got.Findings[0]
			if len(f.Related) != tt.WantList || f.RelatedMore != tt.WantMore || len(got.Claims) != 2+tt.Related {
				t.Errorf("got %d related listed, %d more, %d claims\nwant %d, %d, %d", len(f.Related), f.RelatedMore, len(got.Claims), tt.WantList, tt.WantMore, 2+tt.Related)
			}
			// Braces, schema, summary, errors, warnings and the empty
			// stories, and the opening and closing lines of three
			// lists: 13.
			if n, want := strings.Count(buf.String(), "\n"), 13+len(got.Documents)+len(got.Claims)+len(got.Findings); n != want {
				t.Errorf("got %d lines\nwant %d: one per document, claim and finding:\n%s", n, want, buf.String())
			}
		})
	}
}

// TestRelatedCounted: relatedUpTo lists the first related claims of
// each finding as related does, and counts all of them (by location, or
// one by one for minutes of play) as related lists them: sides of one
// key or two, with and without a location, claims of no location, of a
// side's and of another.
func TestRelatedCounted(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 17))
	locs := []string{"", "x", "y", "z"}
	claim := func(id int, key string, match bool) *claims.Claim {
		c := &claims.Claim{ID: fmt.Sprintf("a.txt#%d", id), Origin: &claims.Origin{Doc: "a.txt", Story: "."}, Kind: claims.ClaimDate, Subject: key, Qualifiers: &claims.Qualifiers{Location: locs[rng.IntN(len(locs))]},
			Date: &claims.Date{Match: match, Minute: rng.IntN(90)}}
		return c
	}
	for round := range 200 {
		r := &pipeline.Result{Documents: []*claims.Document{{ID: "a.txt"}}}
		id := 0
		for range 1 + rng.IntN(6) {
			key := []string{"goal", "strike", "vote"}[rng.IntN(3)]
			match := key == "goal"
			var sides []*claims.Claim
			for range 2 + rng.IntN(2) {
				id++
				sides = append(sides, claim(id, []string{key, "strike"}[rng.IntN(2)], match))
			}
			r.Findings = append(r.Findings, compare.Finding{Kind: claims.ClaimDate, Sides: sides})
			r.Claims = append(r.Claims, sides...)
		}
		for range rng.IntN(60) {
			id++
			key := []string{"goal", "strike", "vote"}[rng.IntN(3)]
			r.Claims = append(r.Claims, claim(id, key, key == "goal"))
		}
		all := related(r)
		limit := rng.IntN(5)
		some, total := relatedUpTo(r, limit)
		for i := range r.Findings {
			f := &r.Findings[i]
			want := all[f]
			if total[f] != len(want) || len(some[f]) != min(limit, len(want)) {
				t.Fatalf("round %d, finding %d: counted %d, listed %d (limit %d)\nwant %d related", round, i, total[f], len(some[f]), limit, len(want))
			}
			for j, at := range some[f] {
				if c := r.ClaimAt(at); c != want[j] {
					t.Fatalf("round %d, finding %d: related %d is %s\nwant %s", round, i, j, c.ID, want[j].ID)
				}
			}
		}
	}
}

// TestRelatedGatheredInParts: the related claims gathered from parts of
// the claims, each into its own index and merged in order (as the JSON
// report gathers them while rendering blocks side by side), are those one
// index fed every claim in order gathers, lists in the same order.
func TestRelatedGatheredInParts(t *testing.T) {
	r := pipeline.Run([]string{"../testdata/stories"}, pipeline.Options{Compare: &compare.Options{}, Stories: pipeline.GroupAuto})
	r.Sort()
	want := relatedByKey(r)
	long := 0
	for _, kc := range want {
		long = max(long, len(kc.list))
	}
	if long < 2 {
		t.Fatal("no key holds two related claims: the stories test nothing")
	}
	n := r.ClaimCount()
	for _, size := range []int{1, 7, 50, n} {
		ri := newRelatedIndex(r)
		for lo := 0; lo < n; lo += size {
			part := ri.part()
			at := lo
			for c := range r.ScanClaimsIn(lo, lo+size) {
				part.add(c, at)
				at++
			}
			ri.merge(part)
		}
		if !reflect.DeepEqual(ri.byKey, want) {
			t.Errorf("parts of %d claims: the related claims differ from one pass's", size)
		}
	}
}

// shortWriter takes room bytes, then fails every write.
type shortWriter struct{ room int }

func (w *shortWriter) Write(p []byte) (int, error) {
	if len(p) > w.room {
		n := w.room
		w.room = 0
		return n, errors.New("no room left")
	}
	w.room -= len(p)
	return len(p), nil
}

// TestJSONWriteFails: a report whose writer fails midway, inside the
// claims rendered side by side or after them, returns the error and
// stops; nothing is left waiting.
func TestJSONWriteFails(t *testing.T) {
	r := pipeline.Run([]string{"../testdata/stories"}, pipeline.Options{Compare: &compare.Options{}, Stories: pipeline.GroupAuto})
	var full bytes.Buffer
	if err := JSON(&full, r); err != nil {
		t.Fatal(err)
	}
	for _, room := range []int{0, 100, full.Len() / 3, full.Len() * 9 / 10, full.Len() - 1} {
		if err := JSON(&shortWriter{room: room}, r); err == nil {
			t.Errorf("a writer with room for %d of %d bytes: no error", room, full.Len())
		}
	}
	if err := JSON(&shortWriter{room: full.Len()}, r); err != nil {
		t.Errorf("a writer with room for the whole report: %v", err)
	}
}
