package en

import "github.com/claimcheck/claimcheck/claims/lang"

func units() []lang.Unit {
	return nil
}
