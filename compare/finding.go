// Package compare aligns claims about the same thing from different sources
// and judges where they disagree.
//
// Alignment never compares all pairs: claims are blocked by a key (story,
// kind, subject, period, unit) and only claims in one block meet; inside a
// block, quantities are grouped by the agreement of their frames (whose,
// where, which part: see align.go). Each group is then judged into
// Findings: quantities as intervals, dates by their relation, names by
// spelling. Inside a group, claims of equal value, speaker and moment are
// judged as one class, and classes are paired rather than claims (see
// pairing.go), so a story of thousands of articles costs about what its
// claims do, not what their pairs do.
package compare

import (
	"fmt"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// Verdict is how the sides of a finding relate.
type Verdict uint8

// The verdicts, weakest first.
const (
	// Agree: the same value from independent sources (corroboration).
	Agree Verdict = iota + 1
	// Compatible: the values overlap but are not the same ("thousands" and 3,000).
	Compatible
	// Update: a cumulative count rising with publication time.
	Update
	// Conflict: the values cannot both be right.
	Conflict
)

var verdictNames = map[Verdict]string{Agree: "agree", Compatible: "compatible", Update: "update", Conflict: "conflict"}

// String returns the verdict's name as used in reports.
func (v Verdict) String() string { return verdictNames[v] }

// ParseVerdict returns the verdict named s.
func ParseVerdict(s string) (Verdict, error) {
	for v, n := range verdictNames {
		if n == strings.ToLower(s) {
			return v, nil
		}
	}
	return 0, fmt.Errorf("unknown verdict %q (want agree, compatible, update or conflict)", s)
}

// MarshalText writes the verdict's name.
func (v Verdict) MarshalText() ([]byte, error) { return []byte(v.String()), nil }

// Between says who disagrees in a conflict.
type Between uint8

// Who disagrees.
const (
	// Nobody: not a conflict.
	Nobody Between = iota
	// Dispute: different speakers give different values.
	Dispute
	// Misreport: outlets attribute different values to the same speaker,
	// or an outlet contradicts a checkable fact.
	Misreport
	// Spelling: one name written differently.
	Spelling
)

// String returns the name used in reports ("" for Nobody).
func (b Between) String() string {
	switch b {
	case Dispute:
		return "dispute"
	case Misreport:
		return "misreport"
	case Spelling:
		return "spelling"
	}
	return ""
}

// MarshalText writes the name.
func (b Between) MarshalText() ([]byte, error) { return []byte(b.String()), nil }

// Severity ranks findings for a desk's attention.
type Severity uint8

// The severities, lowest first.
const (
	Info Severity = iota + 1
	Low
	Medium
	High
	Critical
)

var severityNames = map[Severity]string{Info: "info", Low: "low", Medium: "medium", High: "high", Critical: "critical"}

// String returns the severity's name.
func (s Severity) String() string { return severityNames[s] }

// ParseSeverity returns the severity named s.
func ParseSeverity(s string) (Severity, error) {
	for v, n := range severityNames {
		if n == strings.ToLower(s) {
			return v, nil
		}
	}
	return 0, fmt.Errorf("unknown severity %q (want info, low, medium, high or critical)", s)
}

// MarshalText writes the severity's name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Finding is a group of claims about the same thing and how they relate.
type Finding struct {
	// ID is a fingerprint that survives unrelated edits to the corpus: it
	// hashes the kind, key and the sides' documents and words, not offsets.
	ID       string
	Kind     claims.ClaimKind
	Verdict  Verdict
	Between  Between
	Severity Severity
	// Topic is a human description ("North Korean troops in Russia").
	Topic string
	// Key is the alignment key that brought the sides together.
	Key string
	// Why lists what brought the sides together, slot by slot
	// ("subject=deaths", "actor=egypt (1 claim by agreement)"); empty for
	// names.
	Why []string
	// Sides are the claims, at least two (one for a date that cannot be
	// right), in a deterministic order: one per distinct value, so each
	// side is a position.
	Sides []*claims.Claim
	// Support are further claims that repeat a side's value (the same
	// figure in another outlet or sentence), for a reader who wants them.
	Support []*claims.Claim
	// Note explains the verdict ("12,000 is 4x 3,000").
	Note string
	// Camps, on a dispute, are the openly opposed camps whose figures
	// differ ("organizers", "police"): such a finding is recorded at Info
	// and never fails a check.
	Camps []string
	// Diff is the character diff of the first two sides' names, for name
	// findings; nil otherwise.
	Diff []Edit
}

// Recorded reports whether a finding is recorded for the desk but never
// fails a check: a dispute between openly opposed camps.
func (f *Finding) Recorded() bool { return len(f.Camps) > 0 }

// EditOp is the operation of one Edit.
type EditOp int8

// The edit operations, as in a character diff.
const (
	Equal  EditOp = 0
	Insert EditOp = 1
	Delete EditOp = -1
)

// Edit is one step of a character diff: Text kept, inserted or deleted.
type Edit struct {
	Op   EditOp
	Text string
}
