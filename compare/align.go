package compare

import (
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
)

// Alignment by agreement of slots.
//
// Claims first meet in a block: one story, kind, subject (what is counted
// or dated), period, unit and, for increments, only other increments.
// Inside a block, a claim's frame says more about what its value is of —
// whose (actor), where (location), which part (modifiers such as "coast
// guard" or "unregistered", a part of another count, what the counted
// noun was) — and claims are compared only when their frames agree:
//
//   - a slot both claims fill must hold the same value ("672 Egyptian
//     pilgrims" and "165 Indonesians" are two facts);
//   - a slot only one claim fills does not keep them apart when nothing
//     else in the block competes for it: if every claim of the block that
//     says whose the troops are says North Korea, "3,000 troops" is about
//     North Korean troops too;
//   - when the block holds several values for a slot (Egyptian and
//     Indonesian dead), a claim that leaves it empty is about something
//     else again (all the dead) and meets only claims that leave it empty.
//
// A part of another count ("11 of them") meets only parts. Each group
// remembers which slots brought its claims together (Finding.Why).

// slot is one part of a quantity claim's frame.
type slot uint8

const (
	slotActor slot = iota
	slotLocation
	slotRole
	slotCounted
	slotPart
	slotRate
	slotWindow
	nSlots
)

var slotNames = [nSlots]string{"actor", "location", "role", "counted", "part", "per", "window"}

// fillable reports whether a claim that leaves the slot empty may take the
// block's one value for it. Whose and where a count is are often left
// unsaid when nothing else is counted; but a modifier narrows a count to
// a subset ("evacuees treated", "feeder vessels"), and a part is never a
// whole.
func (s slot) fillable() bool { return s == slotActor || s == slotLocation || s == slotCounted }

// frame is a claim's slots as alignment reads them.
type frame [nSlots]string

func frameOf(c *claims.Claim, aliases map[string]string) frame {
	var f frame
	f[slotActor] = c.Actor()
	if k, ok := aliases[f[slotActor]]; ok {
		f[slotActor] = k // "Siti Rahmawati Nurhasanah (29)" is Nurhasana's age
	}
	f[slotLocation] = c.Location()
	f[slotRole] = c.Role
	if q := c.Quantity; q != nil && !claims.NarrowsNothing(q.Counted) {
		// "120 people were killed" counts deaths as "120 deaths" does;
		// "pilgrims", "children" or "workers" narrow them.
		f[slotCounted] = q.Counted
	}
	if c.Marks.Has(claims.MarkPart) {
		f[slotPart] = "part"
		if q := c.Quantity; c.Role == "" && (q == nil || q.NounSpan.IsZero() || q.Concept != "") {
			// A part that names no subset is a subset of its own: a
			// bare number ("Six of the nine dead were teenagers", "Dua
			// di antaranya perempuan"), or one counting what the whole
			// counts ("72 tersangka" of a breakdown, "20 of the
			// detained"). Two such parts are rarely one; "among them
			// 12 surgeons" names its subset and meets another.
			f[slotPart] = "part " + c.ID
		}
	}
	f[slotRate] = c.Rate()
	if c.Marks.Has(claims.MarkWindow) {
		f[slotWindow] = "window"
	}
	return f
}

// group is claims whose frames agree, with the frame they share and how
// each slot came to be shared.
type group struct {
	frame  frame
	filled [nSlots]int // claims that took the slot's value from the block
	claims []*claims.Claim
}

// align splits a block of quantity claims into groups by agreement of
// their frames, in a deterministic order (the order of each group's first
// claim in the block). aliases map the keys of a person spelled two ways
// to one (aliasesOf), for actors that are people.
func align(block []*claims.Claim, aliases map[string]string) []*group {
	frames := make([]frame, len(block))
	// The values each slot holds, apart for parts and wholes: where two
	// of the dead died does not compete with where the toll is.
	var values [2][nSlots]map[string]bool
	wider := fullerPlaces(block)
	for i, c := range block {
		frames[i] = frameOf(c, aliases)
		if l, ok := wider[frames[i][slotLocation]]; ok {
			frames[i][slotLocation] = l
		}
		vs := &values[partIndex(frames[i])]
		for s := range nSlots {
			if v := frames[i][s]; v != "" {
				if vs[s] == nil {
					vs[s] = map[string]bool{}
				}
				vs[s][v] = true
			}
		}
	}
	var out []*group
	byFrame := map[frame]*group{}
	for i, c := range block {
		f := frames[i]
		var filled [nSlots]bool
		filled[slotLocation] = c.Location() != "" && f[slotLocation] != c.Location() // "natuna" read as "north-natuna"
		vs := &values[partIndex(f)]
		// A generic count ("36 provinces", "people") is of whoever its own
		// words say: it takes no qualifier from the others.
		generic := claims.IsGeneric(c.Subject)
		for s := range nSlots {
			if f[s] == "" && !generic && slot(s).fillable() && len(vs[s]) == 1 {
				for v := range vs[s] {
					f[s] = v
				}
				filled[s] = true
			}
		}
		g := byFrame[f]
		if g == nil {
			g = &group{frame: f}
			byFrame[f] = g
			out = append(out, g)
		}
		g.claims = append(g.claims, c)
		for s := range nSlots {
			if filled[s] {
				g.filled[s]++
			}
		}
	}
	return out
}

// slot returns the group's value of slot s as it is shown: a part of its
// own is a part.
func (g *group) slot(s slot) string {
	v := g.frame[s]
	if s == slotPart && v != "" {
		return "part"
	}
	return v
}

// why says which slots brought a group's claims together: "subject=deaths",
// then each slot the group fills, and how many claims took a slot's value
// from the others ("actor=egypt (1 claim by agreement)").
func (g *group) why(subject string) []string {
	out := []string{"subject=" + subject}
	for s := range nSlots {
		v := g.slot(slot(s))
		if v == "" {
			continue
		}
		w := slotNames[s] + "=" + v
		switch n := g.filled[s]; {
		case n == 1:
			w += " (1 claim by agreement)"
		case n > 1:
			w += " (" + itoa(n) + " claims by agreement)"
		}
		out = append(out, w)
	}
	return out
}

// key is the group's alignment key, as Claim.Key writes a frame:
// "quantity|deaths|role=part|actor=egypt".
func (g *group) key(c *claims.Claim) string {
	parts := []string{c.Kind.String(), c.SubjectKey()}
	role := strings.TrimSpace(g.slot(slotPart) + " " + g.frame[slotRole])
	if role != "" {
		parts = append(parts, "role="+role)
	}
	if g.frame[slotActor] != "" {
		parts = append(parts, "actor="+g.frame[slotActor])
	}
	if g.frame[slotLocation] != "" {
		parts = append(parts, "location="+g.frame[slotLocation])
	}
	if g.frame[slotCounted] != "" {
		parts = append(parts, "counted="+g.frame[slotCounted])
	}
	if c.When() != "" {
		parts = append(parts, "when="+c.When())
	}
	if g.frame[slotRate] != "" {
		parts = append(parts, "per="+g.frame[slotRate])
	}
	if g.frame[slotWindow] != "" {
		parts = append(parts, "window")
	}
	if q := c.Quantity; q != nil {
		if q.Dimension != claims.DimCount && q.Unit != "" {
			parts = append(parts, "unit="+q.Unit)
		}
		if q.Flags.Has(claims.Increment) {
			parts = append(parts, "increment")
		}
	}
	return strings.Join(parts, "|")
}

// unqualified reports whether a group of a generic concept ("people",
// "votes") says nothing that narrows it: such counts are rarely of one
// group of people, and are not compared.
func (g *group) unqualified(subject string) bool {
	return claims.IsGeneric(subject) && g.frame[slotActor] == "" && g.frame[slotRole] == "" && g.frame[slotPart] == "" && g.frame[slotCounted] == ""
}

// quantityBlockKey is what quantity claims must share to meet at all.
func quantityBlockKey(c *claims.Claim) string {
	parts := []string{c.Kind.String(), c.SubjectKey(), c.When()}
	if q := c.Quantity; q != nil {
		if q.Dimension != claims.DimCount {
			parts = append(parts, string(q.Dimension), q.Unit)
		}
		if q.Flags.Has(claims.Increment) {
			parts = append(parts, "increment")
		}
	}
	return strings.Join(parts, "|")
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return string(b[i:])
}

// sortedKeys returns m's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// topic describes what a group's claims are about: "Troops of North Korea
// in Russia".
func (g *group) topic(subject string) string {
	t := pretty(subject)
	if a := g.frame[slotActor]; a != "" {
		t += " of " + pretty(a)
	}
	if l := g.frame[slotLocation]; l != "" {
		t += " in " + pretty(l)
	}
	return t
}

// partIndex is 1 for a part's frame, 0 for a whole's.
func partIndex(f frame) int {
	if f[slotPart] != "" {
		return 1
	}
	return 0
}

// fullerPlaces maps a place key without compass words to the one key of
// the block that adds compass words to it ("natuna" to "north-natuna"):
// outlets name a place more or less fully ("Natuna Sea", "North Natuna
// Sea"). When the block holds two such keys ("north-sulawesi",
// "south-sulawesi"), the bare one is kept: it may be either or neither.
func fullerPlaces(block []*claims.Claim) map[string]string {
	fuller := map[string]string{}
	seen := map[string]bool{}
	for _, c := range block {
		l := c.Location()
		if l == "" || seen[l] {
			continue
		}
		seen[l] = true
		base := withoutCompass(l)
		if base == l {
			continue
		}
		if prev, ok := fuller[base]; ok && prev != l {
			fuller[base] = "" // two fuller names: neither is meant
			continue
		}
		fuller[base] = l
	}
	out := map[string]string{}
	for base, l := range fuller {
		if l != "" && seen[base] {
			out[base] = l
		}
	}
	return out
}

// withoutCompass returns a place key without its leading compass words.
func withoutCompass(place string) string {
	words := strings.Split(place, "-")
	i := 0
	for i < len(words)-1 && lang.CompassKey(words[i]) {
		i++
	}
	return strings.Join(words[i:], "-")
}
