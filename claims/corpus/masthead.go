package corpus

import (
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/text"
)

// mastheadLines is how many lines from the top of a body a masthead may
// stand on.
const mastheadLines = 6

// mastheadSection is the most words a masthead's section may have after
// the outlet's name ("Kabar Pantura - Hukum").
const mastheadSection = 3

// mastheads returns the lines near the top of body that only name the
// document's outlet, alone or with a section after a dash, a bar or a
// colon ("Kabar Delta", "Kabar Pantura - Hukum"): page furniture, whose
// words would read as a person's name.
func mastheads(doc string, body claims.Span, source string) []claims.Span {
	name := foldedWords(source)
	if len(name) == 0 {
		return nil
	}
	var out []claims.Span
	seen := 0
	for start := body.Start; start < body.End && seen < mastheadLines; {
		end, next := lineEnd(doc, start, body.End)
		line := strings.TrimSpace(doc[start:end])
		if line != "" {
			seen++
			if isMasthead(line, name) {
				lead := strings.Index(doc[start:end], line)
				out = append(out, claims.Span{Start: start + lead, End: start + lead + len(line)})
			}
		}
		start = next
	}
	return out
}

// isMasthead reports whether line is the outlet's name, alone or with a
// short section after a separator.
func isMasthead(line string, name []string) bool {
	fields := strings.Fields(line)
	if len(fields) < len(name) {
		return false
	}
	for i, w := range name {
		if text.Fold(fields[i]) != w {
			return false
		}
	}
	rest := fields[len(name):]
	if len(rest) == 0 {
		return true
	}
	switch rest[0] {
	case "-", "–", "—", "|", ":":
		return len(rest) > 1 && len(rest)-1 <= mastheadSection
	}
	return false
}

// foldedWords returns the folded words of s.
func foldedWords(s string) []string {
	fields := strings.Fields(s)
	out := make([]string, 0, len(fields))
	for _, f := range fields {
		out = append(out, text.Fold(f))
	}
	return out
}

// addFurniture merges the spans extra into the document's furniture,
// keeping it in order and each line once.
func addFurniture(doc *claims.Document, extra []claims.Span) {
	if len(extra) == 0 {
		return
	}
	all := append(doc.Furniture, extra...)
	slices.SortFunc(all, func(a, b claims.Span) int { return a.Start - b.Start })
	doc.Furniture = slices.CompactFunc(all, func(a, b claims.Span) bool { return a.Start == b.Start })
}
