// Package builtin lists the language packs claimcheck ships.
package builtin

import (
	"github.com/claimcheck/claimcheck/claims/lang"
	"github.com/claimcheck/claimcheck/claims/lang/en"
	"github.com/claimcheck/claimcheck/claims/lang/id"
)

// Packs returns a new set of every shipped pack; English reads a text in a
// language no pack knows (the set's Default).
func Packs() *lang.Set {
	return lang.NewSet(en.Pack(), id.Pack())
}
