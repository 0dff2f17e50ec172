package en

import "github.com/claimcheck/claimcheck/claims/lang"

func speech() lang.Speech {
	return lang.Speech{}
}
