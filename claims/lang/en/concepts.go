package en

import "github.com/claimcheck/claimcheck/claims/lang"

func concepts() []lang.Concept {
	return nil
}
