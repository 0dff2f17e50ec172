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
var commonWords = []string{
	"the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "on", "was", "with", "he", "as", "his", "they", "at", "be", "this", "from", "by", "have", "or", "had", "not", "are", "but", "what", "were", "we", "when", "there", "can", "an", "which", "their", "said", "she", "her", "been", "has", "would", "will", "who", "its", "after", "also", "into", "than", "more", "about", "over", "these", "those", "them", "while", "where", "could", "should", "our", "out", "up", "so", "if", "no", "you", "i", "did", "does", "other", "such", "some", "all", "only", "then", "being", "because", "before", "during", "between", "against", "under", "including", "since", "until", "says", "told", "people", "year", "years",
	"government", "police", "killed", "dead", "injured", "officials", "minister", "president", "city", "how", "week", "month", "last", "next", "new", "two", "three", "million", "thousand", "near", "across", "among", "around", "still", "just", "most", "many", "any", "each", "very", "my", "your", "him", "me", "us", "do", "now", "here", "say", "off", "down", "without", "within", "towards",
}
