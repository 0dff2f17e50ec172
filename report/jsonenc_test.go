package report

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/bits"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
	"github.com/claimcheck/claimcheck/report/reporttest"
)

// TestJSONElementsMatchSchema checks that the report written by hand is
// byte for byte what encoding/json makes of the schema structs (the
// writer the report had before, jsonReference): on the report fixture,
// the project's stories and seeds as the pipeline reads them, and random
// results whose strings hold every character JSON escapes and whose
// numbers sit at encoding/json's format switches.
func TestJSONElementsMatchSchema(t *testing.T) {
	fixture, err := reporttest.Result()
	if err != nil {
		t.Fatal(err)
	}
	results := map[string]*pipeline.Result{"fixture": fixture}
	for _, dir := range []string{"../testdata/stories", "../seeds"} {
		results[dir] = pipeline.Run([]string{dir}, pipeline.Options{Compare: &compare.Options{}, Stories: pipeline.GroupAuto})
	}
	rng := rand.New(rand.NewPCG(14, 1))
	for i := range 300 {
		results[fmt.Sprintf("random %d", i)] = randomResult(rng)
	}
	for name, r := range results {
		var got, want bytes.Buffer
		errGot, errWant := JSON(&got, r), jsonReference(&want, r)
		if errGot != nil || errWant != nil {
			t.Errorf("%s: got error %v, want %v", name, errGot, errWant)
			continue
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%s: the report differs from encoding/json's:\n%s", name, firstLineDiff(got.String(), want.String()))
		}
	}
	if len(fixture.Claims) == 0 || len(results["../testdata/stories"].Findings) == 0 {
		t.Error("the fixture or the stories gave nothing to compare")
	}
}

// TestJSONNotFinite: a number JSON cannot hold fails the report, as it
// did through encoding/json, and an unbounded quantity's hi is null.
func TestJSONNotFinite(t *testing.T) {
	tests := []struct {
		Name      string
		Value, Hi float64
		WantErr   bool
	}{
		{"unbounded", 5, math.Inf(1), false},
		{"NaN value", math.NaN(), 5, true},
		{"infinite value", math.Inf(-1), 5, true},
		{"no lower hi", 5, math.Inf(-1), true},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			c := &claims.Claim{ID: "a#1", Origin: &claims.Origin{Doc: "a"}, Kind: claims.ClaimQuantity, Quantity: &claims.Quantity{Value: tt.Value, Lo: 5, Hi: tt.Hi}}
			r := &pipeline.Result{Documents: []*claims.Document{{ID: "a"}}, Claims: []*claims.Claim{c}}
			var got, want bytes.Buffer
			errGot, errWant := JSON(&got, r), jsonReference(&want, r)
			if (errGot != nil) != tt.WantErr || (errWant != nil) != tt.WantErr {
				t.Fatalf("got error %v, encoding/json %v; want an error: %v", errGot, errWant, tt.WantErr)
			}
			if !tt.WantErr && !bytes.Contains(got.Bytes(), []byte(`"hi":null`)) {
				t.Errorf("no null hi in\n%s", got.String())
			}
		})
	}
}

// TestAppendJSONString: the escapes encoding/json writes with HTML
// escaping off, and the characters it leaves alone, at every place of
// the eight bytes notPlain reads at once.
func TestAppendJSONString(t *testing.T) {
	tests := []struct {
		Name, In, Want string
	}{
		{"empty", "", `""`},
		{"plain", "12 troops died", `"12 troops died"`},
		{"html kept", "<b>a & b</b>", `"<b>a & b</b>"`},
		{"quote and backslash", `say "a\b"`, `"say \"a\\b\""`},
		{"short escapes", "\b\f\n\r\t", `"\b\f\n\r\t"`},
		{"other controls", "\x00\x01\x1f", `"\u0000\u0001\u001f"`},
		{"delete kept", "a\x7fb", "\"a\x7fb\""},
		{"space and tilde kept", " ~", `" ~"`},
		{"line separators", "a\u2028b\u2029c", `"a\u2028b\u2029c"`},
		{"other U+202x kept", "a\u2027\u202a", "\"a\u2027\u202a\""},
		{"invalid byte", "a\xffb", `"a\ufffdb"`},
		{"cut sequence", "abc\xe2\x80", `"abc\ufffd\ufffd"`},
		{"surrogate half", "\xed\xa0\x80", `"\ufffd\ufffd\ufffd"`},
		{"multibyte kept", "“kata” é 🙂", `"“kata” é 🙂"`},
		{"quote after eight", "abcdefgh\"", `"abcdefgh\""`},
		{"control at eighth", "abcdefg\n", `"abcdefg\n"`},
		{"non-ASCII at eighth", "abcdefg\u2028x", `"abcdefg\u2028x"`},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if got := string(appendJSONString(nil, tt.In)); got != tt.Want {
				t.Errorf("appendJSONString(%q) = %s\nwant %s", tt.In, got, tt.Want)
			}
			if want := encodingJSON(t, tt.In); tt.Want != want {
				t.Errorf("the table's %s is not encoding/json's %s", tt.Want, want)
			}
		})
	}
}

// TestNotPlain sets each byte value at each of the eight places of a
// plain word, and of words whose first or last byte is not plain (where
// the borrows of SWAR misreport the bytes above), and checks that
// notPlain finds the first byte that is not jsonPlain, or none.
func TestNotPlain(t *testing.T) {
	for pos := range 8 {
		for v := range 256 {
			for _, base := range []string{"abcdefgh", "\x20\x7f~!#[]}", "\x00bcdefgh", "abcdefg\"", "\xe2bcdefgh"} {
				w := []byte(base)
				w[pos] = byte(v)
				want := 8
				for i, c := range w {
					if !jsonPlain[c] {
						want = i
						break
					}
				}
				got := 8
				if m := notPlain(binary.LittleEndian.Uint64(w)); m != 0 {
					got = bits.TrailingZeros64(m) / 8
				}
				if got != want {
					t.Fatalf("notPlain(%q) finds byte %d, want %d (8: none)", w, got, want)
				}
			}
		}
	}
}

// FuzzAppendJSONString: any string is written as encoding/json writes it.
func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", "plain words", "<>&", "\u2028\u2029", "\xff\xfe", "\x00\x1f\x7f", `"\`, "“é”🙂", "abcdefg\xe2\x80\xa8"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendJSONString([]byte("x"), s)), "x"+encodingJSON(t, s); got != want {
			t.Errorf("appendJSONString(%q) = %s\nwant %s", s, got, want)
		}
	})
}

// TestAppendJSONFloat: numbers at and around encoding/json's switches
// between plain and exponent form and around the integer shortcut, the
// extremes of float64, random bit patterns and random whole numbers are
// written as encoding/json writes them.
func TestAppendJSONFloat(t *testing.T) {
	values := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 12, 3000, 1.5e6, 123456789.125,
		1e-6, 9.999999999999999e-7, 1e-7, -1e-7, 1.2345e-10, 1e20, 1e21, 9.999999999999999e20, 1.0000000000000001e21, -1e21, 1e100, 1e-100,
		math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64, 2.2250738585072014e-308, math.MaxInt64, 1 << 53, 1<<53 + 1, 1<<53 - 1, -(1 << 53), -(1<<53 - 1), -5, 2024, 1e15, 123456789012345, 4.5e15 + 1, -0.5, 0.5}
	rng := rand.New(rand.NewPCG(3, 7))
	for range 20000 {
		if f := math.Float64frombits(rng.Uint64()); !math.IsNaN(f) && !math.IsInf(f, 0) {
			values = append(values, f)
		}
		// Whole numbers, written as integers below 2^53.
		values = append(values, float64(rng.Int64N(1<<55)-1<<54), float64(rng.IntN(100000)))
	}
	for _, f := range values {
		want, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		got, err := appendJSONFloat(nil, f)
		if err != nil || string(got) != string(want) {
			t.Errorf("appendJSONFloat(%v) = %s, %v\nwant %s", f, got, err, want)
		}
	}
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if _, err := appendJSONFloat(nil, f); err == nil {
			t.Errorf("appendJSONFloat(%v): no error", f)
		}
	}
}

// encodingJSON is s as the report's encoding/json wrote it.
func encodingJSON(t *testing.T, s string) string {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		t.Fatal(err)
	}
	return strings.TrimSuffix(buf.String(), "\n")
}

// firstLineDiff shows the first line where got and want differ.
func firstLineDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range max(len(g), len(w)) {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d\ngot  %s\nwant %s", i+1, gl, wl)
		}
	}
	return "(no line differs)"
}

// nasty are pieces of the random strings: what JSON escapes, what it
// does not, and runs of plain text longer than eight bytes.
var nasty = []string{"", "a", "plain words of a sentence", "<b>", "&", `"`, `\`, "\n", "\t", "\x00", "\x1f", "\x7f",
	"é", "“", "\u2028", "\u2029", "\xff", "\xe2\x80", "🙂", "sekitar 3.000 tentara"}

func randomString(rng *rand.Rand) string {
	var b strings.Builder
	for range rng.IntN(5) {
		b.WriteString(nasty[rng.IntN(len(nasty))])
	}
	return b.String()
}

func randomStrings(rng *rand.Rand) []string {
	switch rng.IntN(3) {
	case 0:
		return nil
	case 1:
		return []string{}
	}
	out := make([]string, 1+rng.IntN(3))
	for i := range out {
		out[i] = randomString(rng)
	}
	return out
}

var edgeFloats = []float64{0, 1, 12.5, 1e-6, 1e-7, 1e21, 9.999999999999999e20, -3, 1e300, math.SmallestNonzeroFloat64}

func randomTime(rng *rand.Rand) time.Time {
	if rng.IntN(4) == 0 {
		return time.Time{}
	}
	zone := time.FixedZone("x", (rng.IntN(25)-12)*3600)
	return time.Date(1990+rng.IntN(40), time.Month(1+rng.IntN(12)), 1+rng.IntN(28), rng.IntN(24), rng.IntN(60), 0, 0, zone)
}

// randomResult is a run's result with every optional member of the
// schema set or not at random.
func randomResult(rng *rand.Rand) *pipeline.Result {
	r := &pipeline.Result{}
	for i := range 1 + rng.IntN(3) {
		d := &claims.Document{ID: fmt.Sprintf("d%d", i), Path: randomString(rng), Format: randomString(rng), Source: randomString(rng),
			SourceInferred: rng.IntN(2) == 0, URL: randomString(rng), Title: randomString(rng), Published: randomTime(rng),
			PublishedInferred: rng.IntN(2) == 0, Language: randomString(rng), LanguageInferred: rng.IntN(2) == 0, Story: randomString(rng)}
		if rng.IntN(3) == 0 {
			d.Meta = map[string]any{"author": randomString(rng), "tags": []any{randomString(rng), 3.5}, "<k>": map[string]any{"n": nil}}
		}
		r.Documents = append(r.Documents, d)
		r.Stories = append(r.Stories, pipeline.Story{ID: randomString(rng), Label: randomString(rng), Documents: randomStrings(rng)})
	}
	for i := range rng.IntN(8) {
		r.Claims = append(r.Claims, randomClaim(rng, fmt.Sprintf("d%d", rng.IntN(len(r.Documents))), i))
	}
	for range rng.IntN(4) {
		if len(r.Claims) < 2 {
			break
		}
		r.Findings = append(r.Findings, randomFinding(rng, r.Claims))
	}
	for range rng.IntN(3) {
		r.Errors = append(r.Errors, &corpus.Error{Path: randomString(rng), Line: rng.IntN(3), Reason: randomString(rng)})
		r.Warnings = append(r.Warnings, &corpus.Error{Path: randomString(rng), Line: rng.IntN(3), Reason: randomString(rng)})
	}
	return r
}

func randomClaim(rng *rand.Rand, doc string, i int) *claims.Claim {
	c := &claims.Claim{ID: fmt.Sprintf("%s#%d", doc, i), Origin: &claims.Origin{Doc: doc, Story: randomString(rng), Source: randomString(rng), Published: randomTime(rng)}, Kind: claims.ClaimKind(1 + rng.IntN(4)),
		Text: randomString(rng), Span: claims.Span{Start: rng.IntN(100), End: 100 + rng.IntN(100)},
		Subject: randomString(rng), Role: randomString(rng), Qualifiers: &claims.Qualifiers{Actor: randomString(rng), Location: randomString(rng), Event: randomString(rng), Hedges: randomStrings(rng), RepeatOf: randomString(rng)}, Speaker: claims.Speaker{Name: randomString(rng), Key: randomString(rng), Outlet: rng.IntN(2) == 0, Camp: randomString(rng)},
		Sentence: randomString(rng), SentenceSpan: claims.Span{Start: rng.IntN(50), End: rng.IntN(300)},
		Line: rng.IntN(3)}
	if rng.IntN(3) == 0 {
		c.Marks |= claims.MarkNegated
	}
	switch c.Kind {
	case claims.ClaimQuantity:
		hi := edgeFloats[rng.IntN(len(edgeFloats))]
		if rng.IntN(3) == 0 {
			hi = math.Inf(1)
		}
		c.Quantity = &claims.Quantity{Value: edgeFloats[rng.IntN(len(edgeFloats))], Lo: -edgeFloats[rng.IntN(len(edgeFloats))], Hi: hi,
			Flags: claims.QuantityFlags(rng.Uint32()), Dimension: claims.Dimension(randomString(rng)), Unit: randomString(rng),
			Concept: randomString(rng), Hedge: randomString(rng)}
	case claims.ClaimDate:
		c.Date = &claims.Date{Start: randomTime(rng), End: randomTime(rng), Granularity: claims.Granularity(rng.IntN(4)),
			Resolved: rng.IntN(2) == 0, Relative: rng.IntN(2) == 0, Suspect: randomString(rng)}
	default:
		c.Entity = &claims.Entity{Kind: claims.EntityKind(rng.IntN(3)), Name: randomString(rng), Key: randomString(rng), Title: randomString(rng),
			Role: randomString(rng), Former: rng.IntN(2) == 0, Of: randomString(rng)}
	}
	return c
}

func randomFinding(rng *rand.Rand, cs []*claims.Claim) compare.Finding {
	pick := func(n int) []*claims.Claim {
		var out []*claims.Claim
		for range n {
			out = append(out, cs[rng.IntN(len(cs))])
		}
		return out
	}
	f := compare.Finding{Kind: claims.ClaimKind(1 + rng.IntN(4)), Verdict: compare.Verdict(rng.IntN(4)), Between: compare.Between(rng.IntN(3)),
		Severity: compare.Severity(rng.IntN(4)), Topic: randomString(rng), Key: randomString(rng), Why: randomStrings(rng),
		Camps: randomStrings(rng), Note: randomString(rng), Sides: pick(rng.IntN(4)), Support: pick(rng.IntN(3))}
	if rng.IntN(2) == 0 {
		f.ID = randomString(rng)
	}
	for range rng.IntN(3) {
		f.Diff = append(f.Diff, compare.Edit{Op: compare.EditOp(rng.IntN(3) - 1), Text: randomString(rng)})
	}
	return f
}

// jsonReference is the report as it was written through encoding/json,
// an encoder per element of the schema structs: what the hand-written
// writer must match.
func jsonReference(w io.Writer, r *pipeline.Result) error {
	r.Sort()
	bw := bufio.NewWriter(w)
	var ferr error
	value := func(v any) {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil && ferr == nil {
			ferr = err
		}
		bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	}
	array := func(name string, n int, last bool, elem func(int) any) {
		bw.WriteString("  \"" + name + "\": [")
		for i := range n {
			if i > 0 {
				bw.WriteString(",")
			}
			bw.WriteString("\n    ")
			value(elem(i))
		}
		if n > 0 {
			bw.WriteString("\n  ")
		}
		bw.WriteString("]")
		if !last {
			bw.WriteString(",")
		}
		bw.WriteString("\n")
	}
	bw.WriteString("{\n  \"schema\": ")
	value(Schema)
	bw.WriteString(",\n  \"summary\": ")
	value(jsonSummaryOf(r))
	bw.WriteString(",\n")
	array("documents", len(r.Documents), false, func(i int) any {
		d := r.Documents[i]
		return jsonDocument{
			ID: d.ID, Path: d.Path, Format: d.Format, Source: d.Source, SourceInferred: d.SourceInferred,
			URL: d.URL, Title: d.Title, Published: day(d.Published), PublishedInferred: d.PublishedInferred,
			Language: d.Language, LanguageInferred: d.LanguageInferred, Meta: d.Meta, Story: d.Story,
		}
	})
	array("stories", len(r.Stories), false, func(i int) any {
		s := r.Stories[i]
		return jsonStory{ID: s.ID, Label: s.Label, Documents: s.Documents}
	})
	all := r.AllClaims()
	array("claims", len(all), false, func(i int) any { return jsonClaimOf(r, all[i]) })
	rel, relTotal := relatedUpTo(r, MaxRelated)
	array("findings", len(r.Findings), false, func(i int) any {
		f := &r.Findings[i]
		return jsonFindingOf(r, f, claimsAt(r, rel[f]), relTotal[f])
	})
	array("errors", len(r.Errors), false, func(i int) any { return jsonError(*r.Errors[i]) })
	array("warnings", len(r.Warnings), true, func(i int) any { return jsonError(*r.Warnings[i]) })
	bw.WriteString("}\n")
	if ferr != nil {
		return ferr
	}
	return bw.Flush()
}

func jsonFindingOf(r *pipeline.Result, f *compare.Finding, rel []*claims.Claim, total int) jsonFinding {
	jf := jsonFinding{
		ID: FindingID(f), Kind: f.Kind.String(), Verdict: f.Verdict.String(), Between: f.Between.String(),
		Severity: f.Severity.String(), Topic: f.Topic, Story: StoryOf(f), StoryLabel: r.StoryLabel(StoryOf(f)), Key: f.Key, Why: f.Why, Camps: f.Camps, Note: f.Note, Sides: []jsonSide{},
	}
	side := func(c *claims.Claim) jsonSide {
		return jsonSide{
			Claim: c.ID, Doc: c.Doc, Path: pathOf(r, c), Source: c.Source, Published: day(c.Published),
			Speaker: speakerName(c), Text: c.Text, Value: Value(c), Hedges: c.HedgeWords(),
			Sentence: evidence(c), Span: jsonSpan(c.Span), Line: lineOf(r, c),
		}
	}
	for _, c := range f.Sides {
		jf.Sides = append(jf.Sides, side(c))
	}
	for _, c := range f.Support {
		jf.Support = append(jf.Support, side(c))
	}
	for _, c := range rel {
		jf.Related = append(jf.Related, side(c))
	}
	jf.RelatedMore = total - len(rel)
	for _, e := range nameDiff(f) {
		jf.Diff = append(jf.Diff, jsonEdit{Op: editOp(e.Op), Text: e.Text})
	}
	return jf
}

func jsonClaimOf(r *pipeline.Result, c *claims.Claim) jsonClaim {
	jc := jsonClaim{
		ID: c.ID, Doc: c.Doc, Kind: c.Kind.String(), Key: c.Key(), Subject: c.Subject, Role: c.RoleKey(),
		Actor: c.Actor(), Location: c.Location(), Event: c.EventKey(), Source: c.Source,
		Speaker: jsonSpeaker{Name: speakerName(c), Key: c.Speaker.Key, Outlet: c.Speaker.Outlet, Camp: c.Speaker.Camp},
		Text:    c.Text, Value: Value(c), Hedges: c.HedgeWords(), Span: jsonSpan(c.Span), Line: lineOf(r, c),
		Sentence: c.Sentence, SentenceSpan: jsonSpan(c.SentenceSpan), RepeatOf: c.RepeatOf(),
	}
	if q := c.Quantity; q != nil {
		jq := &jsonQuantity{Value: q.Value, Lo: q.Lo, Dimension: string(q.Dimension), Unit: q.Unit, Concept: q.Concept, Hedge: q.Hedge, Flags: q.Flags.Names()}
		if !math.IsInf(q.Hi, 1) {
			hi := q.Hi
			jq.Hi = &hi
		}
		jc.Quantity = jq
	}
	if d := c.Date; d != nil {
		jc.Date = &jsonDate{Granularity: d.Granularity.String(), Resolved: d.Resolved, Relative: d.Relative, Suspect: d.Suspect}
		if d.Resolved {
			jc.Date.Start, jc.Date.End = stamp(d.Start), stamp(d.End)
		}
	}
	if e := c.Entity; e != nil {
		jc.Entity = &jsonEntity{Kind: e.Kind.String(), Name: e.Name, Key: e.Key, Title: e.Title, Role: e.RoleKey(), Of: e.Of}
	}
	return jc
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
