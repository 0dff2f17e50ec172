package en

import "github.com/claimcheck/claimcheck/claims/lang"

func speech() lang.Speech {
	return lang.Speech{
		VerbsAfterSpeaker: []string{
			"said", "says", "say", "told", "tells", "stated", "states", "added", "adds", "announced", "announces",
			"reported", "reports", "confirmed", "confirms", "warned", "warns", "claimed", "claims", "estimated",
			"estimates", "noted", "notes", "explained", "explains", "wrote", "writes", "tweeted", "posted",
			"revealed", "reveals", "disclosed", "acknowledged", "insisted", "insists", "stressed", "urged",
			"predicted", "put the figure at", "put the toll at", "put the number at", "recorded", "counted",
			"believes", "believed", "assessed", "assesses", "alleged", "alleges", "denied", "denies",
			"has said", "have said", "had said", "has reported", "have reported", "had reported",
		},
		VerbsBeforeSpeaker: []string{"said", "says", "added", "told", "wrote", "explained", "noted", "stated", "reported"},
		Prepositions:       []string{"according to", "citing", "quoting", "as reported by", "reported by", "in a statement by", "figures from", "data from", "released by", "compiled by", "announced by", "confirmed by"},
		Pronouns:           []string{"he", "she", "they", "it", "him", "her", "them", "the official", "the spokesman", "the spokeswoman", "the spokesperson", "the minister", "the agency"},
		Connectives:        []string{"however", "but", "meanwhile", "and", "while", "whereas", "also", "separately", "earlier", "later", "then", "yet", "so", "in addition", "on saturday", "on sunday", "on monday", "on tuesday", "on wednesday", "on thursday", "on friday"},
		Auxiliaries:        []string{"has", "have", "had", "will", "would", "also", "previously", "earlier", "later", "further", "separately", "then", "had previously", "has also", "had also"},
		NounMarkers:        []string{"of", "on", "from", "in", "by", "with", "for", "to", "and", "the", "a", "an", "his", "her", "their", "its", "our", "these", "those", "such", "new", "recent", "conflicting", "unconfirmed", "media", "news", "press", "initial", "early", "latest"},
		Subordinators:      []string{"that"},
		Articles:           []string{"the", "a", "an"},
		Passives:           []string{"was", "were", "is", "are", "been", "be", "being", "get", "got"},
		Stops:              []string{"to", "on", "in", "at", "by", "for", "with", "during", "when", "after", "before", "who", "adding", "as", "that", "told", "while", "in a", "on saturday", "via", "from", "of the", "about", "last", "this", "yesterday", "today"},
		Credits:            []string{"source:", "sources:", "reporting by", "reported by", "with reporting by", "writing by"},
		Hedges:             []string{"reportedly", "allegedly", "likely", "possibly", "probably", "believed", "may", "might", "could", "unconfirmed", "rumoured", "rumored", "purportedly", "apparently"},
		Negations:          []string{"not", "no", "never", "denied", "denies", "n't", "neither", "nor"},
		BackReferences:     []string{"the figures", "the figure", "those figures", "these figures", "the data", "the numbers", "the tally", "this was", "that was"},
		Camps: []lang.Topic{
			{Key: lang.CampOrganizers, Words: []string{"organiser", "organisers", "organizer", "organizers", "organising committee", "organizing committee", "protest leader", "protest leaders", "rally coordinator", "march coordinator"}},
			{Key: lang.CampPolice, Words: []string{"police", "police chief", "police spokesman", "police spokeswoman", "police spokesperson", "constable", "inspector", "superintendent"}},
			{Key: lang.CampUnion, Words: []string{"union", "unions", "union leader", "union chair", "union chairman", "union secretary", "trade union", "labour union", "labor union", "workers' union"}},
			{Key: lang.CampCompany, Words: []string{"company", "management", "chief executive", "ceo", "managing director", "company director", "company spokesman", "company spokeswoman", "firm", "employer"}},
			{Key: lang.CampRebels, Words: []string{"rebel", "rebels", "insurgents", "insurgent", "militia", "militants", "armed group"}},
			{Key: lang.CampMilitary, Words: []string{"army", "military", "armed forces", "force commander", "peacekeeping mission", "mission spokeswoman", "mission spokesman", "peacekeepers", "defence ministry", "defense ministry"}},
			{Key: lang.CampActivists, Words: []string{"environmental group", "environmentalists", "activists", "campaigners", "watchdog", "ngo", "advocacy group"}},
		},
	}
}
