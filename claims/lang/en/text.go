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
var abbreviations = []string{
	"Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Capt", "Sgt", "Maj", "Rep", "Sen", "Gov", "Pres", "St", "Jr", "Sr", "Rev", "Hon",
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
	"Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun",
	"No", "Nos", "Vol", "approx", "est", "vs", "etc", "e.g", "i.e", "U.S", "U.K", "U.N", "a.m", "p.m", "Inc", "Ltd", "Co", "Corp", "Dept", "Mt", "Ft", "km", "ca",
}

// commonWords are frequent function words, for language detection.
var commonWords = []string{}
