package en

import "github.com/claimcheck/claimcheck/claims/lang"

func entities() lang.Entities {
	return lang.Entities{}
}
