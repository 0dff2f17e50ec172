package report

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
)

// Pair is two sides of a finding, by index into Finding.Sides, A < B.
type Pair struct{ A, B int }

// Disagreements returns the pairs of f's sides whose values differ, in
// side order; an agreeing finding has none. CSV writes one row per pair,
// and a baseline accepts findings pair by pair.
func Disagreements(f *compare.Finding) []Pair {
	var out []Pair
	for i := 0; i < len(f.Sides); i++ {
		for j := i + 1; j < len(f.Sides); j++ {
			if Value(f.Sides[i]) != Value(f.Sides[j]) {
				out = append(out, Pair{i, j})
			}
		}
	}
	return out
}

// Fingerprints returns one fingerprint per disagreeing pair of f, or, for
// a finding whose sides all agree, one per pair of sides. See
// PairFingerprint.
func Fingerprints(f *compare.Finding) []string {
	pairs := Disagreements(f)
	if len(pairs) == 0 {
		for i := 0; i < len(f.Sides); i++ {
			for j := i + 1; j < len(f.Sides); j++ {
				pairs = append(pairs, Pair{i, j})
			}
		}
	}
	out := make([]string, len(pairs))
	for i, p := range pairs {
		out[i] = PairFingerprint(f.Kind, f.Key, f.Sides[p.A], f.Sides[p.B])
	}
	return out
}

// PairFingerprint identifies two disagreeing claims across runs. It hashes
// the kind, the alignment key and, for each side, the document ID and the
// words as written with white space collapsed, the two sides sorted. It
// leaves out byte offsets, line numbers, the order of files and findings,
// and the verdict, so that reordering files, adding unrelated articles or
// re-wrapping a paragraph keep the fingerprint, while a new article that
// contradicts a figure makes a new pair and so a new fingerprint.
func PairFingerprint(kind claims.ClaimKind, key string, a, b *claims.Claim) string {
	sa, sb := sideIdentity(a), sideIdentity(b)
	if sb < sa {
		sa, sb = sb, sa
	}
	h := sha256.New()
	for _, part := range []string{kind.String(), key, sa, sb} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

func sideIdentity(c *claims.Claim) string {
	return c.Doc + "\x1f" + NormalizeSpace(c.Text)
}

// NormalizeSpace collapses every run of white space in s to one space and
// trims both ends.
func NormalizeSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// FindingID is f's ID, or when compare gave none, a fingerprint of its
// pairs, so that every report can name a finding the same way.
func FindingID(f *compare.Finding) string {
	if f.ID != "" {
		return f.ID
	}
	fps := Fingerprints(f)
	if len(fps) == 0 {
		return ""
	}
	slices.Sort(fps)
	h := sha256.Sum256([]byte(strings.Join(fps, ",")))
	return hex.EncodeToString(h[:])[:12]
}
