package en

import "github.com/claimcheck/claimcheck/claims/lang"

func numbers() lang.Numbers {
	return lang.Numbers{}
}
