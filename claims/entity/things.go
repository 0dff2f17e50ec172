package entity

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
	"github.com/claimcheck/claimcheck/claims/text"
)

// Teams and vessels are named things: their names are compared as
// names, each only with names of its own kind.
//
//   - A vessel follows a type prefix of the pack ("KM Sinar Lestari",
//     "MV Coral Meridian") or a word for a ship ("kapal Sinar Lestari",
//     "the ferry Sinar Lestari"); its name is the capitalized words
//     after them, the key that name alone, so "KM" and "KMP Sinar
//     Lestari" are one ship.
//   - A team holds a head word of the pack ("Arema FC", "Timnas
//     Indonesia", even around a place: "Bali United"), or is an unknown
//     capitalized run after or before a team word ("klub Persekat",
//     "Persekat kontra Arema", "beat Harimau Putih"); its key leaves the
//     head words out ("Arema FC" is "arema"). Link makes a team of the
//     same name elsewhere in the document a team too.

// Named reports whether e's name is compared as a name: a person named
// in full (two words or more), a team or a vessel. Codes, places and
// other organizations are not.
func Named(e *claims.Entity) bool {
	switch e.Kind {
	case claims.Person:
		return !e.Partial && len(strings.Fields(e.Name)) >= 2
	case claims.Team, claims.Vessel:
		return e.Name != ""
	}
	return false
}

// thingWords are the pack's words for teams and vessels, folded.
type thingWords struct {
	teamHeads, teamCues, teamVerbs map[string]bool
	vesselPrefixes                 map[string]bool
	// vesselCues are folded phrases of one or two words, vesselFirsts
	// their first words.
	vesselCues, vesselFirsts map[string]bool
}

// readThings reads the pack's words for teams and vessels.
func (r *Recognizer) readThings(e *lang.Entities) {
	r.things = thingWords{
		teamHeads: foldSet(e.TeamHeads), teamCues: foldSet(e.TeamCues), teamVerbs: foldSet(e.TeamVerbs),
		vesselPrefixes: foldSet(e.VesselPrefixes), vesselCues: foldSet(e.VesselCues), vesselFirsts: map[string]bool{},
	}
	for _, c := range e.VesselCues {
		r.things.vesselFirsts[text.Fold(firstWord(c))] = true
	}
}

// vessel emits the vessel named at i and returns the word after it, or i.
func (f *finder) vessel(i int) int {
	t := f.toks[i]
	start := i
	switch {
	case t.Caps && f.r.things.vesselPrefixes[t.Fold]:
		start = i + 1
	case f.vesselCued(i) && f.nameWord(i):
	default:
		return i
	}
	end := start
	for end < len(f.toks) && f.vesselWord(end) {
		end++
	}
	if end == start {
		return i
	}
	f.emitThing(claims.Vessel, i, start, end, f.thingKey(start, end))
	return end
}

// vesselWord reports whether word j may be part of a vessel's name: a
// capitalized word (a place's too: "KM Bali Jaya") or a numeral in
// capitals ("II"), not a non-name, a title or a head word.
func (f *finder) vesselWord(j int) bool {
	t := f.toks[j]
	if !isWord(t) || !(t.Cap || t.Caps) || t.Kind == text.Number || f.notName(j) {
		return false
	}
	ph, _ := f.match(j, kindTitle|kindRank|kindOrgHead|kindPlaceHead)
	return ph == nil
}

// vesselCued reports whether a word for a ship, of one or two words,
// comes just before word i, in lower case or opening the sentence.
func (f *finder) vesselCued(i int) bool {
	for n := 1; n <= 2 && i-n >= 0; n++ {
		t := f.toks[i-n]
		if !f.r.things.vesselFirsts[t.Fold] || t.Cap && !f.initial(i-n) {
			continue
		}
		if f.r.things.vesselCues[f.joinFolds(i-n, i)] {
			return true
		}
	}
	return false
}

// team emits the team whose head word is in the capitalized run at i
// ("Arema FC", "Timnas Indonesia", "Bali United") and returns the word
// after it, or i.
func (f *finder) team(i int) int {
	end := f.teamEnd(i)
	if end > i {
		f.emitThing(claims.Team, i, i, end, f.thingKey(i, end))
	}
	return end
}

// teamEnd returns the word after the team whose head word is in the
// capitalized run at i, or i. A leading head takes up to three words
// after it.
func (f *finder) teamEnd(i int) int {
	heads := f.r.things.teamHeads
	if !f.headInRun(i) {
		return i
	}
	end := i
	for end < len(f.toks) && end-i < 5 && f.teamWord(end) {
		end++
	}
	switch {
	case end-i < 2:
		return i
	case heads[f.toks[i].Fold]:
		end = min(end, i+4)
	default:
		last := -1
		for k := i + 1; k < end; k++ {
			if heads[f.toks[k].Fold] {
				last = k
			}
		}
		if last < 0 {
			return i
		}
		end = last + 1
	}
	if ph, n := f.match(i, kindKnown); ph != nil && (heads[f.toks[i].Fold] || i+n >= end) {
		// "United States", "United Nations": a known name, no team.
		return i
	}
	return end
}

// headInRun reports whether a team's head word is among the first five
// capitalized words from i: a cheap look before reading the run.
func (f *finder) headInRun(i int) bool {
	for k := i; k < len(f.toks) && k-i < 5 && (f.toks[k].Cap || f.toks[k].Caps); k++ {
		if f.r.things.teamHeads[f.toks[k].Fold] {
			return true
		}
	}
	return false
}

// teamWord reports whether word j may be part of a team's name: a
// capitalized word, or a word with digits in capitals ("U-23").
func (f *finder) teamWord(j int) bool {
	t := f.toks[j]
	if !isWord(t) || !(t.Cap || t.Caps) || f.notName(j) {
		return false
	}
	ph, _ := f.match(j, kindTitle|kindRank|kindHonorific)
	return ph == nil
}

// teamCued reports whether a team word of the pack stands just before
// word i or just after word end-1, in lower case or opening the
// sentence.
func (f *finder) teamCued(i, end int) bool {
	cue := func(k int) bool {
		return k >= 0 && k < len(f.toks) && isWord(f.toks[k]) && (!f.toks[k].Cap || f.initial(k)) && f.r.things.teamCues[f.toks[k].Fold]
	}
	return cue(i-1) || cue(end) || f.teamAcross(i, end)
}

// teamAcross reports whether a team verb joins the run [i, end) to a
// team: one emitted just before the verb, or one with a head word right
// after it.
func (f *finder) teamAcross(i, end int) bool {
	verb := func(k int) bool {
		return k >= 0 && k < len(f.toks) && isWord(f.toks[k]) && !f.toks[k].Cap && f.r.things.teamVerbs[f.toks[k].Fold]
	}
	if verb(end) && end+1 < len(f.toks) && f.teamEnd(end+1) > end+1 {
		return true
	}
	if !verb(i-1) || len(f.out) == 0 {
		return false
	}
	last := f.out[len(f.out)-1]
	return last.Entity.Kind == claims.Team && i >= 2 && last.Span.End == f.toks[i-2].Span.End
}

// thingKey is the key of the thing named by words [i, j): the words
// without the team heads, folded and joined by hyphens.
func (f *finder) thingKey(i, j int) string {
	var parts []string
	for k := i; k < j; k++ {
		if !f.r.things.teamHeads[f.toks[k].Fold] {
			parts = append(parts, f.toks[k].Text)
		}
	}
	if len(parts) == 0 {
		return slug(f.text[f.toks[i].Span.Start:f.toks[j-1].Span.End])
	}
	return slug(strings.Join(parts, " "))
}

// emitThing emits a thing of kind over words [s, e), named by words
// [ns, e).
func (f *finder) emitThing(kind claims.EntityKind, s, ns, e int, key string) {
	span := claims.Span{Start: f.toks[s].Span.Start, End: f.toks[e-1].Span.End}
	name := claims.Span{Start: f.toks[ns].Span.Start, End: span.End}
	ent := &claims.Entity{Kind: kind, Name: name.Of(f.text), Key: key, NameSpan: name}
	f.out = append(f.out, claims.Mention{Kind: claims.MentionEntity, Span: span, Entity: ent})
}
