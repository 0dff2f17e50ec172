package compare

import (
	"fmt"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/entity"
)

// An act finding (Kind ClaimName, Verdict Conflict, Between Misreport) is
// one act of one doer (claims.Entity.Act and ActBy: "a heavy challenge on
// Justin Hubner" by Lee Young-joon) told of two different people in two
// articles ("for stamping his studs onto the ankle of Ivar Jenner" by Lee
// Young-Jun): at most one of them is right. Doers are one person when
// their names are one name or spellings of it; so are the people acted on,
// whose spellings are the spelling finding's, not this one's. An article
// that names two people for the act says it was done twice: no finding.

// actGroup is the claims of one act by one doer.
type actGroup struct {
	act, by string
	claims  []*claims.Claim
}

// actFindings returns the act findings among the name claims cs.
func actFindings(cs []*claims.Claim) []Finding {
	m := newWordMatcher()
	var groups []*actGroup
	for _, c := range sortedClaims(cs) {
		e := c.Entity
		if e.Act == "" || e.ActBy == "" || e.Kind != claims.Person {
			continue
		}
		g := findActGroup(m, groups, e)
		if g == nil {
			g = &actGroup{act: e.Act, by: e.ActBy}
			groups = append(groups, g)
		}
		g.claims = append(g.claims, c)
	}
	var out []Finding
	for _, g := range groups {
		if f, ok := actFinding(m, g); ok {
			out = append(out, f)
		}
	}
	return out
}

// sortedClaims returns cs in text order.
func sortedClaims(cs []*claims.Claim) []*claims.Claim {
	out := append([]*claims.Claim(nil), cs...)
	sort.SliceStable(out, func(i, j int) bool { return claimBefore(out[i], out[j]) })
	return out
}

// findActGroup returns the group of e's act by the same doer, or nil.
func findActGroup(m *wordMatcher, groups []*actGroup, e *claims.Entity) *actGroup {
	for _, g := range groups {
		if g.act == e.Act && samePerson(m, g.by, e.ActBy) {
			return g
		}
	}
	return nil
}

// samePerson reports whether two written names are one person's: one
// name, a shorter form of the other, or a spelling of it.
func samePerson(m *wordMatcher, x, y string) bool {
	a, b := strings.Fields(entity.PersonKey(x)), strings.Fields(entity.PersonKey(y))
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if isSubsequence(a, b) {
		return true
	}
	ok, _ := m.variant(a, b)
	return ok
}

// actFinding returns the finding of a group whose claims, in two
// documents or more, name two people or more, none of the documents two;
// its sides are the first claim of each person in each document.
func actFinding(m *wordMatcher, g *actGroup) (Finding, bool) {
	var people [][]*claims.Claim // by person, in order of first mention
	for _, c := range g.claims {
		i := 0
		for i < len(people) && !samePerson(m, writtenName(people[i][0]), writtenName(c)) {
			i++
		}
		if i == len(people) {
			people = append(people, nil)
		}
		people[i] = append(people[i], c)
	}
	if len(people) < 2 || !twoDocsDiffer(people) || oneDocNamesTwo(people) {
		return Finding{}, false
	}
	var sides []*claims.Claim
	var names []string
	for _, p := range people {
		names = append(names, writtenName(p[0]))
		seen := map[string]bool{}
		for _, c := range p {
			if !seen[c.Doc] {
				seen[c.Doc] = true
				sides = append(sides, c)
			}
		}
	}
	sort.SliceStable(sides, func(i, j int) bool { return claimBefore(sides[i], sides[j]) })
	return Finding{
		Kind:     claims.ClaimName,
		Verdict:  Conflict,
		Between:  Misreport,
		Severity: Medium,
		Topic:    fmt.Sprintf("target of the %s by %s", g.act, g.by),
		Key:      "name|act=" + g.act + "|by=" + entity.PersonKey(g.by),
		Sides:    sides,
		Note:     fmt.Sprintf("%d people: %s", len(people), strings.Join(names, " / ")),
	}, true
}

// oneDocNamesTwo reports whether one document names two of the people:
// then the doer did it more than once ("fouled Rian Pradipta, then Edo
// Saputra"), and another article naming one of them is no misreport.
func oneDocNamesTwo(people [][]*claims.Claim) bool {
	first := map[string]int{} // document → the first person it names
	for i, p := range people {
		for _, c := range p {
			if j, ok := first[c.Doc]; ok && j != i {
				return true
			}
			first[c.Doc] = i
		}
	}
	return false
}

// twoDocsDiffer reports whether two people of the groups are named in
// different documents.
func twoDocsDiffer(people [][]*claims.Claim) bool {
	for i, p := range people {
		for _, q := range people[i+1:] {
			for _, a := range p {
				for _, b := range q {
					if a.Doc != b.Doc {
						return true
					}
				}
			}
		}
	}
	return false
}
