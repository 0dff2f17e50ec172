package en

import "github.com/claimcheck/claimcheck/claims/lang"

func text() lang.Text {
	return lang.Text{
		Abbreviations:     abbreviations,
		CommonWords:       commonWords,
		Furniture:         furniture,
		FurniturePrefixes: furniturePrefixes,
	}
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = []string{}

// commonWords are frequent function words, for language detection.
var commonWords = []string{}
