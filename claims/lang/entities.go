package lang

import (
	"fmt"
	"strings"
)

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
	// for governments to place keys ("Korut": "north-korea"). A pack holds
	// a language, not a story: a city, district or landmark a story names
	// is found by the patterns of the language (PlaceHeads,
	// PlacePrepositions), not listed here.
	Places map[string]string
	// Organizations map organization names to keys: international
	// organizations, news agencies and the national institutions of the
	// language's country, never an office only one story names.
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
	// PlaceHeads are words that make a capitalized phrase a place that
	// the rest of the phrase names alone as well ("Kabupaten Lumajang" is
	// "Lumajang", "Mount Merapi" and "Merapi volcano" are "Merapi"): the
	// place's key leaves them out. They are written before the name,
	// except TrailingPlaceHeads.
	PlaceHeads []string
	// TrailingPlaceHeads are the PlaceHeads written after the name
	// ("Lumajang Regency", "Buton island"), in capitals or not; after the
	// name any other head word is part of it ("Tanah Laut" is a regency,
	// not a sea).
	TrailingPlaceHeads []string
	// PlaceModifiers are capitalized words that, written beside a known
	// place's name, name another place: compass points and the like
	// ("Lampung Tengah" is a regency, not the province Lampung; "South
	// Jakarta" a city, not the capital).
	PlaceModifiers []string
	// FacilityHeads are words that make a capitalized phrase a place, a
	// building or a way, whose name needs them ("Jalan Sudirman" is not
	// "Sudirman", "Gelora Stadium" not "Gelora"): the key keeps them.
	FacilityHeads []string
	// Formers mark a past office ("former", "mantan"): the entity is then
	// Former, and its role no office it holds now.
	Formers []string
	// GivenNames are common first names. After an organization's name
	// written without a comma, the first of them starts the person's name
	// ("Kepala Stasiun Geofisika Tarempa Bambang Setiawan").
	GivenNames []string
	// SeatedTitles are the titles of regional offices written before the
	// place they govern, then the name ("Bupati Sleman Kustini Sri
	// Purnomo", "Kapolres Toli AKBP Budi Santoso", "Camat Cibeureum Asep
	// Saepudin"). One unknown word alone after such a title is its place
	// ("Kapolres Toli membenarkan"), and so is the first of three or more
	// when it is no given name; two words stay a name ("Bupati Agus
	// Salim").
	SeatedTitles []string
	// NotNames are capitalized words that are never part of a person's
	// name: function words that start sentences, and nouns capitalized in
	// names of things ("The", "Dalam", "Revolution").
	NotNames []string

	// TeamHeads are words that make a capitalized run a club or a side
	// ("FC", "United", "Timnas"); the team's key leaves them out ("Arema
	// FC" is "arema").
	TeamHeads []string
	// TeamCues are lower-case words before or after which a capitalized
	// run the pack does not know names a team ("klub", "kontra", "vs");
	// TeamVerbs make one of the run a team when a team stands on their
	// other side ("Persekat mengalahkan Arunika FC", "Arunika FC beat
	// Persekat").
	TeamCues  []string
	TeamVerbs []string
	// VesselPrefixes are the type prefixes written before a ship's name
	// ("KM", "KMP", "KRI", "MV"), VesselCues the words for a ship before
	// one ("kapal", "ferry"); the vessel's key is its name alone.
	VesselPrefixes []string
	VesselCues     []string
	// FlightCues are the words before a flight's code ("flight",
	// "penerbangan"); a code with an airline's designator (Airlines) and
	// three digits or an ICAO designator needs none.
	FlightCues []string
	// Laws map the words that open a law's or regulation's number to the
	// kind of law ("UU", "Undang-Undang", "Law": "law"; "PP": "government-
	// regulation"); LawNumberWords are the words for "number" after them
	// ("Nomor", "No"), LawYearWords those before the year ("Tahun", "of").
	// A law is a code, its number and year ("UU Nomor 24 Tahun 2007" and
	// "UU 24/2007" are one law), never a name.
	Laws           map[string]string
	LawNumberWords []string
	LawYearWords   []string
	// LawTitleWords introduce a law's title after its number ("tentang",
	// "on"): the capitalized words after them are the law's, no name.
	LawTitleWords []string

	// Acts are words for what one person does to another, written after
	// the doer's name and a few words before the other's ("a challenge
	// on", "fouling", "pelanggaran terhadap"), by a key shared across
	// languages ("foul"). The person named after them is the one it was
	// done to, the person named nearest before them the doer: two
	// articles naming two people for one act of one doer disagree on who.
	Acts []Topic

	// Sources say where each proper noun of the lists above comes from:
	// an entry as written → the ID of one of EntitySources. Every
	// capitalized entry of Places, Organizations, Titles, Ranks,
	// Honorifics and GivenNames has one (claims/lang/builtin tests it).
	Sources map[string]string
}

// Source is where a pack's proper nouns come from: a published list, or a
// class of names that any news in the language uses, whatever the story.
type Source struct {
	// ID is what Entities.Sources maps an entry to.
	ID string
	// Description says what the source is and, for published data, its
	// licence.
	Description string
	// Check is how claims/lang/builtin verifies an entry against the
	// source: CheckCountryName, CheckCountryKey, CheckSubdivisionKey, or
	// "" for a class of names that is reviewed, not verified.
	Check string
}

// The ways an entry is verified against its source.
const (
	// CheckCountryName: the entry is the CLDR name of a country or a
	// world region, in English or in the pack's language.
	CheckCountryName = "country-name"
	// CheckCountryKey: the entry's key is the key of a CLDR country.
	CheckCountryKey = "country-key"
	// CheckSubdivisionKey: the entry's key is the key of a subdivision in
	// the pack's iso-codes data.
	CheckSubdivisionKey = "subdivision-key"
)

// The IDs of EntitySources.
const (
	SourceCLDR                = "cldr"
	SourceCountryAlias        = "country-alias"
	SourceCapital             = "capital"
	SourceSubdivision         = "iso-3166-2"
	SourceSubdivisionAlias    = "subdivision-alias"
	SourceWorldRegion         = "world-region"
	SourceInternational       = "international-organization"
	SourceMovement            = "international-movement"
	SourceNationalInstitution = "national-institution"
	SourceSeatOfPower         = "seat-of-power"
	SourceNewsOutlet          = "news-outlet"
	SourceOffice              = "office-word"
	SourceRank                = "rank"
	SourceHonorific           = "honorific"
	SourceGivenName           = "given-name"
	SourceCommonNoun          = "common-noun"
)

// EntitySources are the sources a pack's proper nouns may come from.
var EntitySources = []Source{
	{SourceCLDR, "a world region's name in the Unicode CLDR, as golang.org/x/text/language/display gives it (Unicode licence); the recognizer adds every country's CLDR name itself, so a pack lists only regions", CheckCountryName},
	{SourceCountryAlias, "a CLDR country's demonym, short form, official or former name, or abbreviation (\"North Korean\", \"Korut\", \"DPRK\", \"Burma\")", CheckCountryKey},
	{SourceCapital, "a CLDR country's capital, or the seat of its government, standing for the government (\"Moscow said\", \"the Kremlin\")", CheckCountryKey},
	{SourceSubdivision, "a subdivision of ISO 3166-2 (Indonesia's provinces and island groups) from Debian's iso-codes (LGPL-2.1+), converted by scripts/subdivisions into the pack's subdivisions.tsv", CheckSubdivisionKey},
	{SourceSubdivisionAlias, "the abbreviation the press of the language writes for an iso-codes subdivision (\"Jatim\" for Jawa Timur)", CheckSubdivisionKey},
	{SourceWorldRegion, "a world region in general use that CLDR does not name (\"Middle East\", \"Asia-Pacific\")", ""},
	{SourceInternational, "an intergovernmental or international organization (UN, NATO, WHO, ASEAN, the Red Cross)", ""},
	{SourceMovement, "an armed or political movement named across international news, whatever the story (Hamas, Taliban)", ""},
	{SourceNationalInstitution, "a national institution of Indonesia, the country whose news the packs read: ministries, agencies, armed forces, police, parliament, courts, election bodies, in either language", ""},
	{SourceSeatOfPower, "a building that stands for a government body in any news about it (\"the Pentagon\")", ""},
	{SourceNewsOutlet, "a news agency or national news outlet that articles cite as their source", ""},
	{SourceOffice, "a title or office word of the language (\"PM\", \"menteri ESDM\")", ""},
	{SourceRank, "a military, police, religious or academic rank or a form of address of the language", ""},
	{SourceHonorific, "an honorific written as part of a name (\"Sayyed\", \"Habib\")", ""},
	{SourceGivenName, "a common given name in the language's country, written first in a name", ""},
	{SourceCommonNoun, "a common noun of the language written in several words, in a list of common words (\"Ibu Kota\", capital city, a place's head)", ""},
}

// SourceOf returns the source with id, and whether there is one.
func SourceOf(id string) (Source, bool) {
	for _, s := range EntitySources {
		if s.ID == id {
			return s, true
		}
	}
	return Source{}, false
}

// Names are the entries of one name list that come from one source.
type Names struct {
	Source  string
	Entries map[string]string
}

// Gather merges groups of names into one map and records each entry's
// source in sources. A later group's entry replaces an earlier one, so a
// pack lists its data files first and its own tables after them.
func Gather(sources map[string]string, groups ...Names) map[string]string {
	out := map[string]string{}
	for _, g := range groups {
		for name, key := range g.Entries {
			out[name] = key
			sources[name] = g.Source
		}
	}
	return out
}

// GatherWords records source as the source of every word and returns
// the words.
func GatherWords(sources map[string]string, source string, words []string) []string {
	for _, w := range words {
		sources[w] = source
	}
	return words
}

// EmbeddedNames reads the names file a pack embeds as file, all from
// source. The file is part of the pack, tested with it: a malformed one is
// a bug, and it panics.
func EmbeddedNames(source, file, data string) Names {
	entries, err := ParseNames(data)
	if err != nil {
		panic(file + ": " + err.Error())
	}
	return Names{Source: source, Entries: entries}
}

// ParseNames reads a names file: one "name<TAB>key" a line, more
// tab-separated columns ignored, lines starting with "#" and blank lines
// skipped.
func ParseNames(data string) (map[string]string, error) {
	out := map[string]string{}
	for i, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 2 || cols[0] == "" || cols[1] == "" {
			return nil, fmt.Errorf("line %d: want name<TAB>key, got %q", i+1, line)
		}
		out[cols[0]] = cols[1]
	}
	return out, nil
}
