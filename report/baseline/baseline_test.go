package baseline_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/report"
	"github.com/claimcheck/claimcheck/report/baseline"
	"github.com/claimcheck/claimcheck/report/reporttest"
)

func findings(t *testing.T) []compare.Finding {
	t.Helper()
	res, err := reporttest.Result()
	if err != nil {
		t.Fatal(err)
	}
	return res.Findings
}

// roundTrip writes a baseline of fs and reads it back.
func roundTrip(t *testing.T, fs []compare.Finding) *baseline.File {
	t.Helper()
	var buf bytes.Buffer
	if err := baseline.New(fs).Write(&buf); err != nil {
		t.Fatal(err)
	}
	b, err := baseline.Read(&buf, "baseline.json")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// clone copies fs deeply enough that a test may change sides and claims.
func clone(fs []compare.Finding) []compare.Finding {
	out := make([]compare.Finding, len(fs))
	for i, f := range fs {
		f.Sides = append([]*claims.Claim(nil), f.Sides...)
		for j, c := range f.Sides {
			cc := *c
			f.Sides[j] = &cc
		}
		out[i] = f
	}
	return out
}

func TestFilter(t *testing.T) {
	tests := []struct {
		Name string
		Edit func([]compare.Finding) []compare.Finding
		Want []string // topics of the findings reported as new
	}{
		{"unchanged", func(fs []compare.Finding) []compare.Finding { return fs }, nil},
		{"reordered findings and sides", func(fs []compare.Finding) []compare.Finding {
			for i, j := 0, len(fs)-1; i < j; i, j = i+1, j-1 {
				fs[i], fs[j] = fs[j], fs[i]
			}
			for _, f := range fs {
				for i, j := 0, len(f.Sides)-1; i < j; i, j = i+1, j-1 {
					f.Sides[i], f.Sides[j] = f.Sides[j], f.Sides[i]
				}
			}
			return fs
		}, nil},
		{"white space and offsets changed", func(fs []compare.Finding) []compare.Finding {
			for _, f := range fs {
				for _, c := range f.Sides {
					c.Text = " " + strings.ReplaceAll(c.Text, " ", "\n  ") + "\t"
					c.Span.Start += 40
					c.Span.End += 47
					c.Line += 3
					c.ID += "x"
				}
				f.ID = ""
			}
			return fs
		}, nil},
		{"verdict and severity retuned", func(fs []compare.Finding) []compare.Finding {
			for i := range fs {
				fs[i].Severity, fs[i].Verdict = compare.Critical, compare.Compatible
			}
			return fs
		}, nil},
		{"a new article contradicts an accepted figure", func(fs []compare.Finding) []compare.Finding {
			for i := range fs {
				if fs[i].Kind == claims.ClaimQuantity && fs[i].Sides[0].Subject == "deaths" {
					c := *fs[i].Sides[0]
					c.Doc, c.Text, c.ID = "new-outlet.txt", "300 orang tewas", "new-outlet.txt@1"
					q := *c.Quantity
					q.Lo, q.Hi, q.Value = 300, 300, 300
					c.Quantity = &q
					fs[i].Sides = append(fs[i].Sides, &c)
				}
			}
			return fs
		}, []string{"Deaths in Lestari"}},
		{"an unrelated finding appears", func(fs []compare.Finding) []compare.Finding {
			f := fs[0]
			f.Topic, f.Key = "another story", "date|other||||"
			return append(fs, f)
		}, []string{"another story"}},
		{"an accepted finding disappears", func(fs []compare.Finding) []compare.Finding { return fs[1:] }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			b := roundTrip(t, findings(t))
			fresh, accepted := b.Filter(tt.Edit(clone(findings(t))))
			var got []string
			for _, f := range fresh {
				got = append(got, f.Topic)
			}
			if strings.Join(got, "|") != strings.Join(tt.Want, "|") {
				t.Errorf("new findings: got %q\nwant %q", got, tt.Want)
			}
			if len(fresh)+accepted == 0 {
				t.Errorf("nothing filtered or kept")
			}
		})
	}
}

func TestWriteIsStable(t *testing.T) {
	var a, b bytes.Buffer
	fs := findings(t)
	if err := baseline.New(fs).Write(&a); err != nil {
		t.Fatal(err)
	}
	rev := clone(fs)
	rev[0], rev[len(rev)-1] = rev[len(rev)-1], rev[0]
	if err := baseline.New(rev).Write(&b); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Errorf("baseline depends on finding order:\n%s\n---\n%s", a.String(), b.String())
	}
	if !strings.Contains(a.String(), `"schema": "claimcheck-baseline/v1"`) {
		t.Errorf("no schema line in\n%s", a.String())
	}
	// The agreeing date finding is accepted too, pair by pair, and the
	// compatible magnitudes.
	if got, want := len(baseline.New(fs).Pairs), 3+1+1+1; got != want {
		t.Errorf("pairs: got %d\nwant %d", got, want)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		Name, Input, Want string
	}{
		{"not JSON", "hello", "not a baseline file"},
		{"wrong schema", `{"schema": "claimcheck-baseline/v0", "pairs": []}`, `schema "claimcheck-baseline/v0"`},
		{"empty fingerprint", `{"schema": "claimcheck-baseline/v1", "pairs": [{"fingerprint": ""}]}`, "pair 1 has no fingerprint"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			_, err := baseline.Read(strings.NewReader(tt.Input), "b.json")
			if err == nil || !strings.Contains(err.Error(), tt.Want) {
				t.Errorf("got %v\nwant an error containing %q", err, tt.Want)
			}
		})
	}
}

func TestFingerprintIgnoresSideOrder(t *testing.T) {
	fs := findings(t)
	f := fs[1]
	a, b := f.Sides[0], f.Sides[1]
	if x, y := report.PairFingerprint(f.Kind, f.Key, a, b), report.PairFingerprint(f.Kind, f.Key, b, a); x != y {
		t.Errorf("got %q and %q for the same pair", x, y)
	}
}
