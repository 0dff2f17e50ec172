package lang

// Relations are the small words that tie a modifier to a counted noun:
// whose ("troops from North Korea", "jemaah asal Mesir") or where
// ("troops in Russia", "tentara di Rusia"). Phrases are lower case.
type Relations struct {
	// Possessive link a noun to whose it is ("from", "of", "asal", "dari").
	Possessive []string
	// Locative link a noun to where it is or goes ("in", "to", "di", "ke").
	Locative []string
}
