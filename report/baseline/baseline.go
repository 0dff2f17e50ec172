// Package baseline records a check's findings as accepted, so that a later
// check reports and fails only on what is new.
//
// A baseline accepts disagreeing pairs of claims, not findings: each pair
// is fingerprinted from the finding's kind and alignment key and, for each
// side, the document ID and the words as written (white space collapsed),
// the two sides sorted (see report.PairFingerprint). Byte offsets, line
// numbers and the order of files or findings play no part, so reordering
// files, adding unrelated articles or re-wrapping text keeps a finding
// accepted. A new article that contradicts an accepted figure makes a new
// pair, and the finding that holds it is reported again.
//
// The file is JSON:
//
//	{
//	  "schema": "claimcheck-baseline/v1",
//	  "pairs": [
//	    {
//	      "fingerprint": "3f2a9c1b0d4e5f60",
//	      "kind": "quantity",
//	      "key": "quantity|troops||north-korea||",
//	      "topic": "North Korean troops",
//	      "verdict": "conflict",
//	      "a": {"doc": "a.txt", "text": "sekitar 3.000 tentara", "value": "~3,000 troops"},
//	      "b": {"doc": "a.txt", "text": "12 ribu tentara", "value": "12,000 troops"}
//	    }
//	  ]
//	}
//
// Only "schema" and each pair's "fingerprint" are read back; the other
// fields are there for people reviewing the file in a pull request.
package baseline

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/report"
)

// Schema names the baseline file format.
const Schema = "claimcheck-baseline/v1"

// File is a baseline: the accepted pairs, sorted by fingerprint.
type File struct {
	Schema string `json:"schema"`
	Pairs  []Pair `json:"pairs"`
}

// Pair is one accepted disagreeing pair.
type Pair struct {
	Fingerprint string `json:"fingerprint"`
	Kind        string `json:"kind"`
	Key         string `json:"key"`
	Topic       string `json:"topic,omitempty"`
	Verdict     string `json:"verdict"`
	A           Side   `json:"a"`
	B           Side   `json:"b"`
}

// Side is one claim of an accepted pair.
type Side struct {
	Doc   string `json:"doc"`
	Text  string `json:"text"`
	Value string `json:"value"`
}

// New returns a baseline accepting every pair of findings.
func New(findings []compare.Finding) *File {
	f := &File{Schema: Schema, Pairs: []Pair{}}
	seen := map[string]bool{}
	for i := range findings {
		fd := &findings[i]
		for _, p := range pairs(fd) {
			a, b := fd.Sides[p.A], fd.Sides[p.B]
			fp := report.PairFingerprint(fd.Kind, fd.Key, a, b)
			if seen[fp] {
				continue
			}
			seen[fp] = true
			sa := Side{Doc: a.Doc, Text: report.NormalizeSpace(a.Text), Value: report.Value(a)}
			sb := Side{Doc: b.Doc, Text: report.NormalizeSpace(b.Text), Value: report.Value(b)}
			if sb.Doc+"\x1f"+sb.Text < sa.Doc+"\x1f"+sa.Text {
				sa, sb = sb, sa
			}
			f.Pairs = append(f.Pairs, Pair{
				Fingerprint: fp, Kind: fd.Kind.String(), Key: fd.Key, Topic: fd.Topic, Verdict: fd.Verdict.String(), A: sa, B: sb,
			})
		}
	}
	sort.Slice(f.Pairs, func(i, j int) bool { return f.Pairs[i].Fingerprint < f.Pairs[j].Fingerprint })
	return f
}

// pairs are the pairs a baseline fingerprints: the disagreeing ones, or
// every pair of an agreeing finding. It matches report.Fingerprints.
func pairs(f *compare.Finding) []report.Pair {
	ps := report.Disagreements(f)
	if len(ps) > 0 {
		return ps
	}
	for i := 0; i < len(f.Sides); i++ {
		for j := i + 1; j < len(f.Sides); j++ {
			ps = append(ps, report.Pair{A: i, B: j})
		}
	}
	return ps
}

// Write writes f as indented JSON; the same findings give the same bytes.
func (f *File) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(f)
}

// Read parses a baseline file; name is used in error messages.
func Read(r io.Reader, name string) (*File, error) {
	var f File
	dec := json.NewDecoder(r)
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%s: not a baseline file: %v (make one with: claimcheck baseline PATH... --output %s)", name, err, name)
	}
	if f.Schema != Schema {
		return nil, fmt.Errorf("%s: baseline schema %q, want %q (re-create it with: claimcheck baseline PATH... --output %s)", name, f.Schema, Schema, name)
	}
	for i, p := range f.Pairs {
		if p.Fingerprint == "" {
			return nil, fmt.Errorf("%s: pair %d has no fingerprint", name, i+1)
		}
	}
	return &f, nil
}

// Filter returns the findings that hold at least one pair the baseline
// does not accept, and how many it left out.
func (f *File) Filter(findings []compare.Finding) (fresh []compare.Finding, accepted int) {
	known := make(map[string]bool, len(f.Pairs))
	for _, p := range f.Pairs {
		known[p.Fingerprint] = true
	}
	for _, fd := range findings {
		isNew := false
		for _, fp := range report.Fingerprints(&fd) {
			if !known[fp] {
				isNew = true
				break
			}
		}
		if isNew {
			fresh = append(fresh, fd)
		} else {
			accepted++
		}
	}
	return fresh, accepted
}
