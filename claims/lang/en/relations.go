package en

import "github.com/claimcheck/claimcheck/claims/lang"

func relations() lang.Relations {
	return lang.Relations{
		Possessive: []string{"from", "of", "belonging to", "sent by", "deployed by"},
		Locative:   []string{"in", "at", "to", "into", "inside", "across", "near", "around", "throughout"},
	}
}
