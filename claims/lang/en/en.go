// Package en is claimcheck's English language pack: data only, read by the
// language-neutral recognizers in claims/....
package en

import "github.com/claimcheck/claimcheck/claims/lang"

// Pack returns the English pack.
func Pack() *lang.Pack {
	return &lang.Pack{
		Code:       "en",
		Aliases:    []string{"eng"},
		Name:       "English",
		Text:       text(),
		Numbers:    numbers(),
		Units:      units(),
		Concepts:   concepts(),
		Dates:      dates(),
		Speech:     speech(),
		Entities:   entities(),
		Relations:  relations(),
		Inflection: inflection(),
	}
}
