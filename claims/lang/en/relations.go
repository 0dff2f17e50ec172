package en

import "github.com/claimcheck/claimcheck/claims/lang"

func relations() lang.Relations {
	return lang.Relations{
		Possessive: []string{"from", "of", "belonging to", "sent by", "deployed by"},
		Locative:   []string{"in", "at", "to", "into", "inside", "across", "near", "around", "throughout"},
		Copulas:    []string{"were", "was", "are", "is", "being"},
		Rises:      []string{"rose", "risen", "rises", "rising", "climbed", "climbs", "increased", "jumped", "grew", "swelled"},
		Reaches:    []string{"rose to", "risen to", "rises to", "climbed to", "climbs to", "increased to", "jumped to", "grew to", "swelled to", "reached", "reaches", "had reached", "has reached", "hit", "stood at", "stands at", "totalled", "totaled", "totals", "numbered", "now stands at"},
		Phases:     []lang.Topic{{Key: "aftershock", Words: []string{"aftershock", "aftershocks", "foreshock", "foreshocks"}}},
		Anaphors:   []string{"the figure", "that figure", "this figure", "the number", "that number", "this number", "the tally", "the count", "the total"},
		Per:        []string{"a", "an", "per", "each", "every"},
		Targets:    []string{"target", "targets", "targeted", "aim", "aims", "aiming", "goal", "want to reach", "wants to reach", "hope to reach", "hopes to reach", "plan to", "plans to", "expects to reach"},
		Topics: []lang.Topic{
			{Key: "height", Words: []string{"height", "high", "tall", "waves", "wave", "tsunami", "surge", "deep water", "water level", "flood water", "elevation"}},
			{Key: "radius", Words: []string{"radius", "exclusion zone", "danger zone", "no-go zone", "within"}},
			{Key: "depth", Words: []string{"depth", "deep", "below the surface", "beneath", "underground"}},
			{Key: "distance", Words: []string{"distance", "away", "kilometres from", "kilometers from", "miles from", "km from", "long", "length", "stretch", "between us", "apart"}},
			{Key: "area", Words: []string{"area", "hectares", "burned", "flooded area"}},
			{Key: "losses", Words: []string{"losses", "loss", "damage", "damages", "cost", "costs"}},
			{Key: "budget", Words: []string{"budget", "allocated", "allocation", "spending", "funds", "fund"}},
			{Key: "aid", Words: []string{"aid", "assistance", "relief", "donation", "donations", "grant"}},
			{Key: "turnout", Words: []string{"turnout", "voter participation"}},
			{Key: "vote-share", Words: []string{"of the vote", "of votes", "vote share", "share of the vote"}},
			{Key: "inflation", Words: []string{"inflation"}},
			{Key: "growth", Words: []string{"growth", "grew", "expanded"}},
			{Key: "weight", Words: []string{"weighing", "weighed", "weight", "tonnes of", "tons of"}},
		},
		Partitives:       []string{"of them", "of whom", "of which", "among them", "among whom"},
		PartitivesBefore: []string{"including", "among them", "of whom"},
		Earlier:          []string{"initially", "earlier", "previously", "originally", "first reported", "had put", "had been"},
		Future:           []string{"will", "would", "is due to", "are due to", "was due to", "plans to", "planned to", "is expected to", "are expected to", "scheduled to", "is set to", "are set to"},
		Modifiers: []lang.Topic{
			{Key: "treated", Words: []string{"treated", "hospitalised", "hospitalized"}},
			{Key: "coast-guard", Words: []string{"coast guard", "coastguard"}},
			{Key: "fishing", Words: []string{"fishing", "fishermen's"}},
			{Key: "patrol", Words: []string{"patrol"}},
			{Key: "war", Words: []string{"war", "naval"}},
			{Key: "cargo", Words: []string{"cargo", "freight"}},
			{Key: "registered", Words: []string{"registered", "officially registered", "official", "legal", "permitted", "authorised", "authorized"}},
			{Key: "unregistered", Words: []string{"unregistered", "illegal", "unauthorised", "unauthorized", "undocumented", "unlicensed", "irregular"}},
			{Key: "foreign", Words: []string{"foreign"}},
			{Key: "local", Words: []string{"local"}},
			{Key: "severe", Words: []string{"seriously", "severely", "critically", "badly", "serious", "severe", "critical"}},
			{Key: "minor", Words: []string{"minor", "lightly", "slightly", "light"}},
			{Key: "pregnant", Words: []string{"pregnant"}},
			{Key: "elderly", Words: []string{"elderly", "older"}},
			{Key: "female", Words: []string{"female", "women"}},
			{Key: "male", Words: []string{"male"}},
		},
	}
}
