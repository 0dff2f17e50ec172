package lang

// Entities is what a pack knows about names.
type Entities struct {
	// Titles map role titles to role keys ("Foreign Minister":
	// "foreign-minister", "Menteri Luar Negeri": "foreign-minister").
	Titles map[string]string
	// Places map place names, demonyms, abbreviations and capitals used
	// for governments to place keys ("Korut": "north-korea").
	Places map[string]string
	// Organizations map organization names to keys.
	Organizations map[string]string
}
