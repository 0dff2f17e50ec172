package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
)

// Explain writes, for every claim of r in document order, how the
// comparison read it: what it is about and how that was found, the slots
// of its frame, its marks, its alignment key, and the finding it is a side
// or support of with what brought the sides together — or, when it is in
// none, which claims of its story share its subject and how their keys
// differ. Then the numbers read but refused as figures (Result.Refused),
// each with why. It is `claimcheck claims --explain`.
func Explain(w io.Writer, r *pipeline.Result) error {
	ew := &errWriter{w: w}
	in := findingsOf(r.Findings)
	all := r.AllClaims()
	bySubject := map[string][]*claims.Claim{}
	for _, c := range all {
		k := subjectBlock(c)
		bySubject[k] = append(bySubject[k], c)
	}
	var byID map[string]*claims.Claim // built at the first repeat
	for i, c := range all {
		if i > 0 {
			ew.printf("\n")
		}
		explainClaim(ew, c)
		if c.RepeatOf() != "" {
			if byID == nil {
				byID = claimsByID(all)
			}
			explainRepeat(ew, c, byID[c.RepeatOf()])
			continue
		}
		if fs := in[c.Ref()]; len(fs) > 0 {
			for _, f := range fs {
				explainFinding(ew, f, c)
			}
			continue
		}
		explainAlone(ew, c, bySubject[subjectBlock(c)])
	}
	explainRefused(ew, r.Refused, len(all) > 0)
	return ew.err
}

// explainRefused lists the numbers read but refused as figures, each
// with why, after the claims.
func explainRefused(ew *errWriter, rs []pipeline.Refused, after bool) {
	for i, x := range rs {
		if i > 0 || after {
			ew.printf("\n")
		}
		ew.printf("%s:%d  %q  not a claim\n", x.Doc, x.Line, x.Text)
		ew.printf("  refused   %s\n", x.Reason)
	}
}

// findingsOf maps each claim, by its Ref, to the findings it is a side or
// support of (a Result's claims may be unpacked copies of the findings').
func findingsOf(fs []compare.Finding) map[claims.Ref][]*compare.Finding {
	in := map[claims.Ref][]*compare.Finding{}
	for i := range fs {
		f := &fs[i]
		for _, c := range f.Sides {
			in[c.Ref()] = append(in[c.Ref()], f)
		}
		for _, c := range f.Support {
			in[c.Ref()] = append(in[c.Ref()], f)
		}
	}
	return in
}

// subjectBlock is what a claim is compared within at most: its story,
// kind and subject.
func subjectBlock(c *claims.Claim) string {
	return c.Story + "\x00" + c.Kind.String() + "\x00" + c.SubjectKey()
}

func explainClaim(ew *errWriter, c *claims.Claim) {
	ew.printf("%s:%d  %q  %s\n", c.Doc, c.Line, c.Text, Value(c))
	ew.printf("  said by   %s\n", speakerLine(c))
	ew.printf("  about     %s\n", aboutLine(c))
	if fr := frameLine(c); fr != "" {
		ew.printf("  frame     %s\n", fr)
	}
	if m := marksLine(c); m != "" {
		ew.printf("  marks     %s\n", m)
	}
	ew.printf("  key       %s\n", c.Key())
}

func speakerLine(c *claims.Claim) string {
	s := c.Speaker.Name
	if s == "" {
		s = c.Source
	}
	var notes []string
	if c.Speaker.Outlet {
		notes = append(notes, "the outlet itself")
	} else if c.Source != "" {
		notes = append(notes, "in "+c.Source)
	}
	if c.Speaker.Camp != "" {
		notes = append(notes, "camp "+c.Speaker.Camp)
	}
	if len(notes) > 0 {
		s += " (" + strings.Join(notes, ", ") + ")"
	}
	return s
}

// aboutLine says what a claim is about and where that came from: a pack
// concept and the noun that named it, an open noun by its lemma, a
// measure's topic, an event.
func aboutLine(c *claims.Claim) string {
	q := c.Quantity
	if q == nil {
		if c.Event() != "" {
			return c.Subject + " (the event its sentence names)"
		}
		return c.Subject
	}
	noun := ""
	if !q.NounSpan.IsZero() && q.NounSpan.Start >= c.Span.Start && q.NounSpan.End <= c.Span.End {
		noun = c.Text[q.NounSpan.Start-c.Span.Start : q.NounSpan.End-c.Span.Start]
	}
	switch {
	case q.Concept != "" && q.Concept == c.Subject && noun != "":
		return fmt.Sprintf("%s (a concept of the language pack, named by %q)", c.Subject, noun)
	case q.Concept != "" && q.Concept == c.Subject:
		return c.Subject + " (a concept of the language pack, from the sentence)"
	case q.Concept != "":
		return fmt.Sprintf("%s (the clause's subject; the figure's own noun counts %s)", c.Subject, q.Concept)
	case q.Head != "":
		return fmt.Sprintf("%s (a noun no concept lists: %q, head %q)", c.Subject, noun, q.Head)
	case q.Dimension != claims.DimCount && q.Dimension != "":
		return fmt.Sprintf("%s (what the %s measures, from a topic word of its sentence or the one it refers back to)", c.Subject, q.Dimension)
	}
	return c.Subject
}

// frameLine lists the slots a claim fills.
func frameLine(c *claims.Claim) string {
	var out []string
	add := func(name, v string) {
		if v != "" {
			out = append(out, name+"="+v)
		}
	}
	add("actor", c.Actor())
	add("location", c.Location())
	add("role", c.Role)
	if q := c.Quantity; q != nil && q.Counted != "" && q.Counted != c.Subject {
		add("counted", q.Counted)
	}
	add("per", c.Rate())
	add("when", c.When())
	if c.At() != nil {
		add("as-of", DateValue(c.At()))
	}
	if c.Marks.Has(claims.MarkPart) {
		out = append(out, "part")
	}
	if c.Marks.Has(claims.MarkWindow) {
		out = append(out, "window")
	}
	return strings.Join(out, " · ")
}

// marksLine lists the hedges, flags and marks that change how a claim
// is judged.
func marksLine(c *claims.Claim) string {
	var out []string
	if q := c.Quantity; q != nil {
		out = append(out, q.Flags.Names()...)
		if q.Hedge != "" {
			out = append(out, fmt.Sprintf("hedge %q", q.Hedge))
		}
	}
	for _, m := range []struct {
		mark claims.Marks
		name string
	}{
		{claims.MarkEarlier, "earlier figure"}, {claims.MarkRise, "rising"},
		{claims.MarkPlanned, "planned"}, {claims.MarkNegated, "negated"},
	} {
		if c.Marks.Has(m.mark) {
			out = append(out, m.name)
		}
	}
	for _, h := range c.Hedges() {
		out = append(out, fmt.Sprintf("sentence hedge %q", h))
	}
	return strings.Join(out, " · ")
}

func explainFinding(ew *errWriter, f *compare.Finding, c *claims.Claim) {
	verdict := f.Verdict.String()
	if f.Between != compare.Nobody {
		verdict += " (" + f.Between.String() + ")"
	}
	role := "a side of"
	for _, s := range f.Support {
		if s.Ref() == c.Ref() {
			role = "support of"
		}
	}
	ew.printf("  finding   %s %s: %s, %s, %s\n", role, FindingID(f), Topic(f), verdict, f.Severity)
	if len(f.Why) > 0 {
		ew.printf("            brought together by %s\n", strings.Join(f.Why, ", "))
	}
	for _, s := range f.Sides {
		word := "against"
		switch {
		case s.Ref() == c.Ref():
			continue
		case Value(s) == Value(c):
			word = "repeats"
		}
		ew.printf("            %s %s:%d %q %s, %s\n", word, s.Doc, s.Line, s.Text, Value(s), speakerLine(s))
	}
}

// explainRepeat says that a claim repeats first, another of its
// article, and is therefore compared with nothing.
func explainRepeat(ew *errWriter, c, first *claims.Claim) {
	at := c.RepeatOf()
	if first != nil {
		at = fmt.Sprintf("%s:%d %q", first.Doc, first.Line, first.Text)
	}
	ew.printf("  repeat    of %s: its paragraph repeats that one word for word, so it\n", at)
	ew.printf("            is compared with nothing (the first is)\n")
}

// claimsByID maps each claim's ID to it.
func claimsByID(cs []*claims.Claim) map[string]*claims.Claim {
	m := make(map[string]*claims.Claim, len(cs))
	for _, c := range cs {
		m[c.ID] = c
	}
	return m
}

// explainAlone says why a claim is in no finding: nothing else in its
// story is about its subject, or the others share its key and nothing
// disagrees, or what keys keep the others apart.
func explainAlone(ew *errWriter, c *claims.Claim, block []*claims.Claim) {
	key := c.Key()
	same, keys := 0, map[string]int{}
	for _, o := range block {
		switch {
		case o == c || o.Doc == c.Doc:
		case o.Key() == key:
			same++
		default:
			keys[o.Key()]++
		}
	}
	switch {
	case same > 0:
		ew.printf("  finding   none: %d claim(s) of other articles share its key, and the comparison reports\n", same)
		ew.printf("            no disagreement with them (a value that holds theirs, such as a band or a\n")
		ew.printf("            hedged figure, is compatible; a repeat by one speaker is support)\n")
	case len(keys) == 0:
		ew.printf("  finding   none: no claim of another article of its story is about %s\n", c.SubjectKey())
	default:
		ks := make([]string, 0, len(keys))
		for k := range keys {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		ew.printf("  finding   none: other articles' claims about %s have other frames:\n", c.SubjectKey())
		for _, k := range ks {
			ew.printf("            %s (%d)\n", k, keys[k])
		}
	}
}

// errWriter keeps the first write error, so that a listing is written
// without checking every line.
type errWriter struct {
	w   io.Writer
	err error
}

// printf writes a line of the listing; its string arguments (file names,
// speakers, article words) are shown Visible.
func (e *errWriter) printf(format string, args ...any) {
	if e.err != nil {
		return
	}
	for i, a := range args {
		if s, ok := a.(string); ok {
			args[i] = Visible(s)
		}
	}
	_, e.err = fmt.Fprintf(e.w, format, args...)
}
