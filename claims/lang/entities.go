package lang

// Entities is what a pack knows about names.
//
// Phrases are matched word by word, ignoring diacritics and the shape of
// apostrophes; a word written with a capital in the data must be
// capitalized in the text, a word written in lower case matches either,
// and a word written in capitals (an acronym such as "AS" or "US") must be
// written exactly so — which keeps the pronoun "us" from being the United
// States.
type Entities struct {
	// Titles map role titles to role keys ("Foreign Minister":
	// "foreign-minister", "Menteri Luar Negeri": "foreign-minister").
	Titles map[string]string
	// Places map place names, demonyms, abbreviations and capitals used
	// for governments to place keys ("Korut": "north-korea").
	Places map[string]string
	// Organizations map organization names to keys.
	Organizations map[string]string

	// Ranks are military, religious and academic ranks written before a
	// name ("Letnan Jenderal", "Grand Ayatollah", "Dr"), mapped to rank
	// keys. A rank is not an office: a general who heads an agency holds
	// both, and ranks never make a title finding.
	Ranks map[string]string
	// Honorifics are words written as the first part of a name that are
	// not the name proper ("Seyed", "Sayyed", "Syekh"). They stay in the
	// name as written but not in the person's key, so that "Seyed Ebrahim
	// Raisi" and "Ebrahim Raisi" are one person.
	Honorifics []string
	// Particles are lower-case or short words inside names ("bin", "al",
	// "van", "de").
	Particles []string
	// Possessives are the endings that make a place the owner of a role
	// ("'s" in "Japan's foreign minister").
	Possessives []string
	// Connectors may join the capitalized words of one organization or
	// place name ("of", "dan", "di").
	Connectors []string
	// Owners introduce the owner of a role after the title ("of" in
	// "head of the Quds Force").
	Owners []string
	// PlacePrepositions make the unknown capitalized name after them a
	// place ("di Curah Koboan", "in Pronojiwo").
	PlacePrepositions []string
	// OrganizationHeads are words that make a capitalized phrase an
	// organization ("Agency", "Ministry", "Badan", "Kementerian").
	OrganizationHeads []string
	// PlaceHeads are words that make a capitalized phrase a place
	// ("Kota", "Kabupaten", "Province", "Mount").
	PlaceHeads []string
	// Formers mark a past office ("former", "mantan"): the entity is then
	// Former, and its role no office it holds now.
	Formers []string
	// GivenNames are common first names. After an organization's name
	// written without a comma, the first of them starts the person's name
	// ("Kepala Stasiun Geofisika Palu Rahmat Triyono").
	GivenNames []string
	// NotNames are capitalized words that are never part of a person's
	// name: function words that start sentences, and nouns capitalized in
	// names of things ("The", "Dalam", "Revolution").
	NotNames []string
}
