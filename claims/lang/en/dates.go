package en

import "github.com/claimcheck/claimcheck/claims/lang"

func dates() lang.Dates {
	return lang.Dates{}
}
