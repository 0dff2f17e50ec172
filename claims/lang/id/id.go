// Package id is claimcheck's Indonesian language pack: data only, read by the
// language-neutral recognizers in claims/....
package id

import "github.com/claimcheck/claimcheck/claims/lang"

// Pack returns the Indonesian pack.
func Pack() *lang.Pack {
	return &lang.Pack{
		Code:       "id",
		Aliases:    []string{"in", "ind", "ms", "msa", "may", "zsm"},
		Name:       "Indonesian",
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
