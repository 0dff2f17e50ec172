package id

import "github.com/claimcheck/claimcheck/claims/lang"

func text() lang.Text {
	return lang.Text{}
}
