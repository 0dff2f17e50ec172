package en

import (
	_ "embed"

	"github.com/claimcheck/claimcheck/claims/lang"
)

// A pack holds a language, not a story. Country names come from
// golang.org/x/text/language/display (the recognizer adds them) and
// Indonesia's provinces from iso-codes (subdivisions.tsv); the places
// here are what those do not know: demonyms, short forms, and capitals
// and seats of power standing for their governments. A city, regency,
// volcano or district a story names is found by the language's patterns
// ("X Regency", "Mount X", "in X"), never listed. Every proper noun
// carries its source in Entities.Sources.

//go:embed subdivisions.tsv
var subdivisionData string

func entities() lang.Entities {
	src := map[string]string{}
	return lang.Entities{
		Titles:            lang.Gather(src, lang.Names{Source: lang.SourceOffice, Entries: titles()}),
		Places:            places(src),
		Organizations:     organizations(src),
		Ranks:             lang.Gather(src, lang.Names{Source: lang.SourceRank, Entries: ranks()}),
		Honorifics:        lang.GatherWords(src, lang.SourceHonorific, []string{"Seyed", "Seyyed", "Sayed", "Sayyed", "Sayyid", "Syed", "Sheikh", "Shaikh", "Sheik", "Haji", "Hajji"}),
		Particles:         []string{"bin", "binti", "bint", "ibn", "al", "el", "van", "von", "der", "den", "de", "da", "dos", "du", "la", "le", "del", "della", "ul", "ud"},
		Possessives:       []string{"'s", "'"},
		Connectors:        []string{"of", "the", "for", "and", "on", "&", "de"},
		Owners:            []string{"of"},
		PlacePrepositions: []string{"in", "near", "at", "from"},
		OrganizationHeads: organizationHeads,
		PlaceHeads: []string{
			"City", "Province", "Regency", "District", "Region", "County", "State", "Island", "Islands", "Mount",
			"Mountain", "Lake", "River", "Sea", "Ocean", "Gulf", "Strait", "Bay", "Valley", "Desert", "Village",
			"Town", "Peninsula", "Plain", "Volcano", "Beach",
		},
		TrailingPlaceHeads: []string{
			"City", "Province", "Regency", "District", "Region", "County", "State", "Island", "Islands",
			"Mountain", "River", "Sea", "Ocean", "Strait", "Bay", "Valley", "Desert", "Village", "Town",
			"Peninsula", "Plain", "Volcano", "Beach",
		},
		// English news about Indonesia keeps the Indonesian names of its
		// regencies ("Lampung Tengah regency"), as it does the provinces'.
		PlaceModifiers: []string{
			"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Greater", "Upper", "Lower",
			"Utara", "Selatan", "Timur", "Barat", "Tengah", "Tenggara",
		},
		FacilityHeads: []string{
			"Street", "Road", "Avenue", "Square", "Airport", "Port", "Mosque", "Church", "Temple", "Hospital",
			"Bridge", "Stadium", "Palace", "Plaza",
		},
		Formers:        []string{"former", "ex", "late", "then"},
		NotNames:       notNames,
		GivenNames:     lang.GatherWords(src, lang.SourceGivenName, []string{"Muhammad", "Mohammad", "Ahmad", "Abdul", "Siti", "Sri", "Nur", "Nurul", "Budi", "Agus", "Bambang"}),
		TeamHeads:      []string{"FC", "AFC", "SC", "CF", "United", "Utd", "Rovers", "Wanderers", "Hotspur", "Albion", "Timnas"},
		TeamCues:       []string{"club", "clubs", "side", "vs", "versus", "v"},
		TeamVerbs:      []string{"beat", "beats", "defeated", "edged", "edge", "hosted", "host", "hosts", "drew", "against"},
		VesselPrefixes: []string{"MV", "MT", "MS", "SS", "HMS", "USS", "RMS", "KM", "KMP", "KMC", "KRI", "KLM", "KN", "FV"},
		VesselCues: []string{
			"ship", "ferry", "vessel", "tanker", "freighter", "boat", "tug", "tugboat", "warship", "submarine",
			"speedboat", "barge", "trawler", "cruise ship", "cargo ship", "oil tanker",
		},
		FlightCues:     []string{"flight", "flights", "flight number"},
		Laws:           laws(),
		LawNumberWords: []string{"No", "Number"},
		LawYearWords:   []string{"of"},
		LawTitleWords:  []string{"on"},
		Acts: []lang.Topic{{Key: "foul", Words: []string{
			"foul on", "fouled", "fouling", "challenge on", "tackle on", "tackled", "stamping", "stamped on",
			"elbowed", "elbowing", "brought down",
		}}},
		Sources: src,
	}
}

// laws are the words that open a law's number, by kind of law.
func laws() map[string]string {
	return map[string]string{
		"Law": "law", "Government Regulation": "government-regulation", "Regulation": "regulation",
		"Presidential Regulation": "presidential-regulation", "Presidential Decree": "presidential-decree",
		"Ministerial Regulation": "ministerial-regulation", "Regional Regulation": "regional-regulation",
		"Emergency Law": "interim-law", "Regulation in Lieu of Law": "interim-law",
	}
}

func titles() map[string]string {
	return map[string]string{
		"president":                        "president",
		"vice president":                   "vice-president",
		"vice-president":                   "vice-president",
		"president-elect":                  "president-elect",
		"prime minister":                   "prime-minister",
		"PM":                               "prime-minister",
		"premier":                          "prime-minister",
		"deputy prime minister":            "deputy-prime-minister",
		"foreign minister":                 "foreign-minister",
		"foreign affairs minister":         "foreign-minister",
		"minister of foreign affairs":      "foreign-minister",
		"minister for foreign affairs":     "foreign-minister",
		"deputy foreign minister":          "deputy-foreign-minister",
		"foreign secretary":                "foreign-minister",
		"secretary of state":               "foreign-minister",
		"defence minister":                 "defence-minister",
		"defense minister":                 "defence-minister",
		"minister of defence":              "defence-minister",
		"minister of defense":              "defence-minister",
		"defence secretary":                "defence-minister",
		"defense secretary":                "defence-minister",
		"health minister":                  "health-minister",
		"minister of health":               "health-minister",
		"interior minister":                "interior-minister",
		"minister of interior":             "interior-minister",
		"minister of the interior":         "interior-minister",
		"home affairs minister":            "interior-minister",
		"home minister":                    "interior-minister",
		"finance minister":                 "finance-minister",
		"minister of finance":              "finance-minister",
		"religious affairs minister":       "religious-affairs-minister",
		"minister of religious affairs":    "religious-affairs-minister",
		"social affairs minister":          "social-affairs-minister",
		"minister":                         "minister",
		"transport minister":               "transport-minister",
		"transportation minister":          "transport-minister",
		"minister of transport":            "transport-minister",
		"minister of transportation":       "transport-minister",
		"public works minister":            "public-works-minister",
		"minister of public works":         "public-works-minister",
		"trade minister":                   "trade-minister",
		"minister of trade":                "trade-minister",
		"commerce minister":                "trade-minister",
		"industry minister":                "industry-minister",
		"agriculture minister":             "agriculture-minister",
		"minister of agriculture":          "agriculture-minister",
		"education minister":               "education-minister",
		"minister of education":            "education-minister",
		"energy minister":                  "energy-minister",
		"minister of energy":               "energy-minister",
		"environment minister":             "environment-minister",
		"labour minister":                  "labour-minister",
		"labor minister":                   "labour-minister",
		"manpower minister":                "labour-minister",
		"tourism minister":                 "tourism-minister",
		"communications minister":          "communications-minister",
		"information minister":             "communications-minister",
		"justice minister":                 "justice-minister",
		"law minister":                     "justice-minister",
		"minister of justice":              "justice-minister",
		"maritime affairs minister":        "maritime-minister",
		"fisheries minister":               "maritime-minister",
		"state-owned enterprises minister": "soe-minister",
		"economy minister":                 "economy-minister",
		"sports minister":                  "sports-minister",
		"youth and sports minister":        "sports-minister",
		"state secretary":                  "state-secretary",
		"security minister":                "security-minister",
		"chief cabinet secretary":          "chief-cabinet-secretary",
		"cabinet secretary":                "cabinet-secretary",
		"secretary-general":                "secretary-general",
		"secretary general":                "secretary-general",
		"spokesman":                        "spokesperson",
		"spokeswoman":                      "spokesperson",
		"spokesperson":                     "spokesperson",
		"governor":                         "governor",
		"mayor":                            "mayor",
		"regent":                           "regent",
		"head":                             "head",
		"coach":                            "coach",
		"district head":                    "district-head",
		"head coach":                       "head-coach",
		"assistant coach":                  "assistant-coach",
		"chief":                            "head",
		"director":                         "director",
		"director general":                 "director-general",
		"director-general":                 "director-general",
		"commander":                        "commander",
		"military commander":               "commander",
		"army chief":                       "army-chief",
		"police chief":                     "police-chief",
		"national police chief":            "police-chief",
		"king":                             "king",
		"crown prince":                     "crown-prince",
		"supreme leader":                   "supreme-leader",
		"ambassador":                       "ambassador",
		"envoy":                            "ambassador",
		"chairman":                         "chair",
		"chairwoman":                       "chair",
		"chairperson":                      "chair",
		"chief executive":                  "chief-executive",
		"CEO":                              "chief-executive",
		"speaker":                          "speaker",
		"lawmaker":                         "lawmaker",
		"senator":                          "senator",
		"official":                         "official",
		"candidate":                        "candidate",
		"presidential candidate":           "presidential-candidate",
		"vice presidential candidate":      "vice-presidential-candidate",
		"running mate":                     "vice-presidential-candidate",
		"counterpart":                      "counterpart",
		"head of state":                    "head-of-state",
		"secretary":                        "secretary",
		"coordinating minister":            "coordinating-minister",
		"attorney general":                 "attorney-general",
		"chief justice":                    "chief-justice",
		"army chief of staff":              "army-chief",
		"chief of staff":                   "chief-of-staff",
		"national security adviser":        "national-security-adviser",
		"national security advisor":        "national-security-adviser",
		"intelligence chief":               "intelligence-chief",
	}
}

func ranks() map[string]string {
	return map[string]string{
		"General":             "general",
		"Gen":                 "general",
		"Lieutenant General":  "lieutenant-general",
		"Lt Gen":              "lieutenant-general",
		"Lt":                  "lieutenant",
		"Lieutenant":          "lieutenant",
		"Major General":       "major-general",
		"Maj Gen":             "major-general",
		"Brigadier General":   "brigadier-general",
		"Brig Gen":            "brigadier-general",
		"Colonel":             "colonel",
		"Col":                 "colonel",
		"Major":               "major",
		"Captain":             "captain",
		"Capt":                "captain",
		"Admiral":             "admiral",
		"Vice Admiral":        "vice-admiral",
		"Rear Admiral":        "rear-admiral",
		"Marshal":             "marshal",
		"Field Marshal":       "field-marshal",
		"Air Marshal":         "air-marshal",
		"Sergeant":            "sergeant",
		"Ayatollah":           "ayatollah",
		"Grand Ayatollah":     "grand-ayatollah",
		"Imam":                "imam",
		"Pope":                "pope",
		"Cardinal":            "cardinal",
		"Archbishop":          "archbishop",
		"Bishop":              "bishop",
		"Rev":                 "reverend",
		"Reverend":            "reverend",
		"Dr":                  "doctor",
		"Prof":                "professor",
		"Professor":           "professor",
		"Mr":                  "mr",
		"Mrs":                 "mrs",
		"Ms":                  "ms",
		"Sir":                 "sir",
		"Dame":                "dame",
		"Lord":                "lord",
		"Prince":              "prince",
		"Princess":            "princess",
		"Queen":               "queen",
		"Police Commissioner": "police-commissioner",
		"Commissioner":        "commissioner",
		"late":                "late",
	}
}

func places(src map[string]string) map[string]string {
	return lang.Gather(src,
		lang.EmbeddedNames(lang.SourceSubdivision, "subdivisions.tsv", subdivisionData),
		lang.Names{Source: lang.SourceCLDR, Entries: map[string]string{
			"Asia": "asia", "Europe": "europe", "Africa": "africa", "Latin America": "latin-america",
			"Southeast Asia": "southeast-asia",
		}},
		lang.Names{Source: lang.SourceWorldRegion, Entries: map[string]string{
			"East Asia": "east-asia", "East Asian": "east-asia", "Southeast Asian": "southeast-asia",
			"Asian": "asia", "European": "europe", "African": "africa", "Middle East": "middle-east",
			"the West": "west", "Western": "west", "Pacific": "pacific", "Asia-Pacific": "asia-pacific",
		}},
		lang.Names{Source: lang.SourceCountryAlias, Entries: countryAliases()},
		// Listed after the subdivisions: "Jakarta" stands for the
		// government, as the other capitals do, not for iso-codes'
		// capital district.
		lang.Names{Source: lang.SourceCapital, Entries: map[string]string{
			"Pyongyang": "north-korea", "Seoul": "south-korea", "Moscow": "russia", "Kremlin": "russia",
			"Kyiv": "ukraine", "Kiev": "ukraine", "Tokyo": "japan", "Beijing": "china", "Taipei": "taiwan",
			"Jakarta": "indonesia", "Kuala Lumpur": "malaysia", "Manila": "philippines", "Bangkok": "thailand",
			"Hanoi": "vietnam", "New Delhi": "india", "Islamabad": "pakistan", "Dhaka": "bangladesh",
			"Kabul": "afghanistan", "Tehran": "iran", "Teheran": "iran", "Baghdad": "iraq", "Damascus": "syria",
			"Riyadh": "saudi-arabia", "Cairo": "egypt", "Amman": "jordan", "Beirut": "lebanon", "Ankara": "turkey",
			"Doha": "qatar", "Washington": "united-states", "White House": "united-states",
			"London": "united-kingdom", "Paris": "france", "Berlin": "germany", "Rome": "italy", "Madrid": "spain",
			"Warsaw": "poland", "Canberra": "australia",
		}},
	)
}

// countryAliases are demonyms, short forms, official and former names of
// the countries CLDR names.
func countryAliases() map[string]string {
	return map[string]string{
		"North Korean": "north-korea", "North Koreans": "north-korea", "DPRK": "north-korea",
		"Democratic People's Republic of Korea": "north-korea",
		"South Korean":                          "south-korea", "South Koreans": "south-korea", "Republic of Korea": "south-korea",
		"ROK":     "south-korea",
		"Russian": "russia", "Russians": "russia", "Russian Federation": "russia",
		"Ukrainian": "ukraine", "Ukrainians": "ukraine",
		"Japanese": "japan", "Chinese": "china", "PRC": "china", "Taiwanese": "taiwan",
		"Hong Kong": "hong-kong", "Macau": "macau", "Macao": "macau", "Mongolian": "mongolia",
		"Indonesian": "indonesia", "Indonesians": "indonesia", "RI": "indonesia",
		"Malaysian": "malaysia", "Singaporean": "singapore", "Philippine": "philippines", "Filipino": "philippines",
		"Thai": "thailand", "Vietnamese": "vietnam", "Myanmar": "myanmar", "Burma": "myanmar", "Burmese": "myanmar",
		"Cambodian": "cambodia", "Lao": "laos", "East Timor": "timor-leste",
		"Indian": "india", "Indians": "india", "Pakistani": "pakistan", "Bangladeshi": "bangladesh",
		"Afghan": "afghanistan", "Sri Lankan": "sri-lanka", "Nepalese": "nepal",
		"Iranian": "iran", "Iranians": "iran", "Iraqi": "iraq", "Syrian": "syria",
		"Saudi": "saudi-arabia", "Saudis": "saudi-arabia", "Kingdom of Saudi Arabia": "saudi-arabia", "KSA": "saudi-arabia",
		"Egyptian": "egypt", "Egyptians": "egypt", "Jordanian": "jordan", "Israeli": "israel", "Israelis": "israel",
		"Palestine": "palestinian-territories", "Palestinian": "palestinian-territories",
		"Palestinians": "palestinian-territories",
		"Lebanese":     "lebanon", "Turkish": "turkey", "Türkiye": "turkey", "Yemeni": "yemen", "Qatari": "qatar",
		"Kuwaiti": "kuwait", "UAE": "united-arab-emirates", "Emirati": "united-arab-emirates", "Omani": "oman",
		"Bahraini": "bahrain", "Libyan": "libya", "Tunisian": "tunisia", "Algerian": "algeria", "Moroccan": "morocco",
		"Sudanese": "sudan", "Senegalese": "senegal", "Nigerian": "nigeria", "Ethiopian": "ethiopia", "Kenyan": "kenya",
		"South African": "south-africa",
		"US":            "united-states", "U.S.": "united-states", "USA": "united-states", "U.S.A.": "united-states",
		"America": "united-states", "American": "united-states", "Americans": "united-states",
		"United States of America": "united-states",
		"UK":                       "united-kingdom", "Britain": "united-kingdom", "British": "united-kingdom",
		"Great Britain": "united-kingdom",
		"French":        "france", "German": "germany", "Italian": "italy", "Spanish": "spain", "Polish": "poland",
		"Dutch": "netherlands", "Belarusian": "belarus", "Canadian": "canada", "Mexican": "mexico",
		"Brazilian": "brazil", "Argentine": "argentina", "Australian": "australia",
	}
}

func organizations(src map[string]string) map[string]string {
	return lang.Gather(src,
		lang.Names{Source: lang.SourceInternational, Entries: map[string]string{
			"NATO": "nato", "North Atlantic Treaty Organization": "nato",
			"United Nations": "un", "UN": "un", "U.N.": "un", "UN Security Council": "un-security-council",
			"Security Council": "un-security-council", "WHO": "who", "World Health Organization": "who",
			"European Union": "eu", "EU": "eu", "ASEAN": "asean", "G7": "g7", "G20": "g20",
			"Red Cross": "red-cross", "Red Crescent": "red-crescent",
		}},
		lang.Names{Source: lang.SourceNewsOutlet, Entries: map[string]string{
			"AFP": "afp", "Agence France-Presse": "afp", "Reuters": "reuters", "AP": "ap",
			"Associated Press": "ap", "Anadolu": "anadolu", "Anadolu Agency": "anadolu", "Xinhua": "xinhua",
			"Kyodo": "kyodo", "Yonhap": "yonhap", "KCNA": "kcna", "TASS": "tass", "IRNA": "irna",
			"BBC": "bbc", "CNN": "cnn", "CNA": "cna", "Al Jazeera": "al-jazeera", "Bloomberg": "bloomberg",
			"Antara": "antara", "ANTARA": "antara", "Kompas": "kompas", "Tempo": "tempo",
		}},
		lang.Names{Source: lang.SourceSeatOfPower, Entries: map[string]string{"Pentagon": "pentagon"}},
		lang.Names{Source: lang.SourceMovement, Entries: map[string]string{
			"Islamic State": "islamic-state", "ISIS": "islamic-state", "ISIL": "islamic-state", "IS": "islamic-state",
			"Hamas": "hamas", "Hezbollah": "hezbollah", "Taliban": "taliban",
		}},
		// Indonesia's institutions, as English texts name them.
		lang.Names{Source: lang.SourceNationalInstitution, Entries: map[string]string{
			"Indonesian Red Cross": "pmi", "PMI": "pmi",
			"BNPB": "bnpb", "National Disaster Mitigation Agency": "bnpb", "National Disaster Management Agency": "bnpb",
			"BPBD": "bpbd", "BMKG": "bmkg", "Meteorology, Climatology and Geophysics Agency": "bmkg",
			"PVMBG": "pvmbg", "Basarnas": "basarnas", "National Search and Rescue Agency": "basarnas",
			"TNI": "tni", "Indonesian Military": "tni", "Polri": "polri", "Indonesian Police": "polri",
			"KPU": "kpu", "General Elections Commission": "kpu", "General Election Commission": "kpu",
			"Bawaslu": "bawaslu", "Election Supervisory Agency": "bawaslu", "Constitutional Court": "mk",
			"DPR": "dpr", "House of Representatives": "dpr", "KPK": "kpk",
			"Ministry of Health": "health-ministry", "Health Ministry": "health-ministry",
			"Foreign Ministry": "foreign-ministry", "Ministry of Foreign Affairs": "foreign-ministry",
		}},
	)
}

var organizationHeads = []string{
	"Agency", "Ministry", "Department", "Office", "Council", "Commission", "Committee", "Organization",
	"Organisation", "Authority", "Bureau", "Service", "Services", "Force", "Forces", "Guard", "Guards",
	"Corps", "Army", "Navy", "Police", "Party", "Union", "Association", "Institute", "University",
	"College", "School", "Court", "Parliament", "Assembly", "Senate", "Congress", "Bank", "Fund",
	"Foundation", "Center", "Centre", "Group", "Company", "Corporation", "Inc", "Ltd", "News", "Television",
	"TV", "Radio", "Times", "Post", "Press", "Network", "Federation", "League", "Board", "Administration",
	"Secretariat", "Cabinet", "Government", "Movement", "Front", "Brigade", "Battalion", "Unit", "Team",
	"Society", "Club", "Coalition", "Alliance", "Directorate", "Observatory", "Centre", "Media", "Awards",
	"Website", "Hospital",
}

var notNames = []string{
	"The", "A", "An", "In", "On", "At", "For", "From", "To", "Of", "By", "With", "And", "But", "Or", "If", "As",
	"After", "Before", "When", "While", "During", "Since", "Until", "Despite", "Although", "Though", "However",
	"Meanwhile", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My", "Your",
	"This", "That", "These", "Those", "There", "Here", "What", "Which", "Who", "Whom", "Whose", "Why", "How",
	"Where", "Some", "Many", "Most", "All", "Both", "Each", "Every", "No", "Not", "More", "Less", "About",
	"Around", "Over", "Under", "Up", "Down", "Also", "Only", "Just", "Still", "Even", "Yet", "So", "Then", "Now",
	"Thus", "Earlier", "Later", "Last", "Next", "First", "Second", "Third", "Another", "Other", "Such", "Among",
	"Amid", "Against", "Between", "Through", "Across", "Into", "Unfortunately", "Separately", "Officials",
	"Authorities", "Police", "Residents", "People", "Photo", "Photos", "Source", "Sources", "Reporting",
	"Editing", "Writing", "Read", "Latest", "Sports", "Business", "Home", "Menu", "Update", "Updated",
	"Breaking", "Live", "Video", "Videos", "Watch", "Share", "Click", "Subscribe", "Follow", "Sign", "Login",
	"Search", "Advertisement", "Sponsored", "Opinion", "Lifestyle", "Entertainment", "World", "Local",
	"Revolution", "Revolutionary", "Islamic", "Islam", "Muslim", "Muslims", "Christian", "Hajj", "Umrah",
	"Eid", "Ramadan", "Celsius", "Fahrenheit", "Richter", "God", "Allah", "Prophet", "Internet", "Twitter",
	"Facebook", "Instagram", "YouTube", "TikTok", "WhatsApp", "Telegram", "East", "West", "North", "South",
	"Central", "Northern", "Southern", "Eastern", "Western", "Grand", "National", "International", "Global",
	"Day", "Week", "Year", "Cup", "Games", "Awards", "Award", "Prize", "War", "Election", "Elections",
	"Summit", "Conference", "Festival", "Olympics", "Digital", "Best", "Mobile", "Website", "Hamburger",
	"Skip", "Main", "Content", "Worldwide", "Both", "Unauthorised", "Unauthorized", "Pilgrims", "Dead",
	"Death", "Deaths", "Toll", "Troops", "Soldiers", "Victims", "Survivors", "Rescuers", "Tsunami",
	"Earthquake", "Quake", "Eruption", "Volcano", "Flood", "Floods", "Fire", "Heat", "Exclusive", "Analysis",
	"Explainer", "Watch", "Listen", "Related", "Topics", "Tags", "Comments", "Copyright", "Rights", "Reserved",
	"Please", "Note", "Newsletter", "Privacy", "Policy", "Terms", "Mr", "Mrs", "Ms", "Yes", "Okay", "OK",
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Yesterday",
	"Tomorrow", "Tonight", "According", "Unlike", "Like", "Following", "Including", "Speaking", "Asked",
	// Plural nouns of groups that start a sentence as its speaker
	// ("Analysts said the move could escalate the conflict").
	"Analysts", "Experts", "Observers", "Witnesses", "Diplomats", "Volunteers", "Workers", "Researchers",
	"Scientists", "Critics", "Protesters", "Investigators", "Prosecutors", "Doctors", "Firefighters", "Medics",
	"Lawmakers", "Activists", "Economists", "Traders", "Farmers", "Fishermen", "Students", "Teachers", "Parents",
	"Relatives", "Neighbours", "Neighbors", "Passengers", "Drivers", "Locals", "Villagers", "Citizens", "Officers",
	"Militants", "Rebels", "Organisers", "Organizers", "Demonstrators", "Participants", "Spectators", "Fans",
	// What one person is, written before the name at a sentence's start
	// ("Contractor Yusuf Ramadhan, 47, received four years"); not the
	// occupations that are common surnames (Farmer, Driver, Miner).
	"Contractor", "Fisherman", "Teacher", "Nurse", "Passenger", "Student", "Villager", "Resident", "Witness",
	"Survivor", "Victim", "Suspect", "Firefighter", "Rescuer", "Volunteer", "Vendor", "Motorist", "Worker",
	"Engineer", "Lawyer", "Activist", "Analyst", "Tourist", "Climber", "Shopkeeper", "Mechanic", "Labourer",
	"Laborer", "Housewife", "Retiree", "Pensioner", "Rate",
	"Having", "Being", "Given", "Although", "Because", "Whether", "Once", "Nearly", "Almost", "Over", "Under",
	"Several", "Dozens", "Hundreds", "Thousands", "Millions", "Scores", "Nobody", "None", "Everyone",
	"Anyone", "Someone", "Everything", "Nothing", "Let", "Do", "Does", "Did", "Is", "Are", "Was", "Were",
	"Has", "Have", "Had", "Will", "Would", "Can", "Could", "Should", "May", "Might", "Must", "Shall",
	"Hospital", "Government", "Ministry", "Agency", "President", "Minister", "Governor",
	// Words for things that open a sentence before their name ("Ferry
	// Sinar Lestari sank"), and a law's article.
	"Ferry", "Ship", "Vessel", "Flight", "Plane", "Club", "Coach", "Article",
	// A player's position opening a sentence before his name ("Defender
	// Tomas Varga was sent off").
	"Defender", "Midfielder", "Goalkeeper", "Keeper", "Striker", "Winger", "Substitute", "Fullback",
}
