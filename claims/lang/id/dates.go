package id

import "github.com/claimcheck/claimcheck/claims/lang"

func dates() lang.Dates {
	return lang.Dates{}
}
