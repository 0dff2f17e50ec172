package en

import "github.com/claimcheck/claimcheck/claims/lang"

// inflection brings English plural nouns back to the singular a
// dictionary lists ("barrels" → "barrel", "casualties" → "casualty").
//
// Decisions:
//   - "people" is the plural of "person": "300 people" counts persons,
//     so its lemma is "person" (the rarer "peoples", nations, reads
//     "people").
//   - Nouns without a distinct plural ("police", "cattle", "sheep",
//     "aircraft") match no rule and stay as they are; nouns that end in
//     "s" without being plurals ("news", "series", "species", "gas",
//     "lens") are listed as invariant.
//   - Words ending in "-ss", "-us" and "-is" keep their "s" ("glass",
//     "bus", "status", "analysis", "crisis"); the few plurals in "-is"
//     ("taxis", "skis") are listed.
//   - The plural of "-sis" is "-ses": those are listed ("crises",
//     "analyses"), since "-ses" is otherwise the plural of "-se"
//     ("horses", "cases").
func inflection() lang.Inflection {
	irregular := map[string]string{
		"people": "person", "peoples": "people", "goes": "go", "men": "man", "women": "woman", "children": "child",
		"feet": "foot", "teeth": "tooth", "geese": "goose", "mice": "mouse", "lice": "louse",
		"oxen": "ox", "dice": "die", "criteria": "criterion", "phenomena": "phenomenon",
		"bacteria": "bacterium", "fungi": "fungus", "cacti": "cactus", "nuclei": "nucleus",
		"radii": "radius", "stimuli": "stimulus", "alumni": "alumnus", "indices": "index",
		"appendices": "appendix", "matrices": "matrix", "vertices": "vertex",
		"memoranda": "memorandum", "strata": "stratum", "curricula": "curriculum",
		"millennia": "millennium", "consortia": "consortium", "symposia": "symposium",
		"lives": "life", "wives": "wife", "knives": "knife", "wolves": "wolf", "leaves": "leaf",
		"halves": "half", "shelves": "shelf", "thieves": "thief", "calves": "calf",
		"loaves": "loaf", "scarves": "scarf", "hooves": "hoof", "elves": "elf",
		"housewives": "housewife", "midwives": "midwife", "selves": "self",
		// -sis nouns, whose plural ends in -ses.
		"crises": "crisis", "analyses": "analysis", "theses": "thesis", "diagnoses": "diagnosis",
		"hypotheses": "hypothesis", "oases": "oasis", "syntheses": "synthesis",
		"parentheses": "parenthesis", "prognoses": "prognosis", "emphases": "emphasis",
		// Singulars in -s whose plural adds -es.
		"gases": "gas", "atlases": "atlas", "aliases": "alias", "canvases": "canvas",
		"lenses": "lens", "biases": "bias", "irises": "iris", "pluses": "plus",
		"quizzes": "quiz",
		// Plurals in -is and -ies whose singular ends so.
		"taxis": "taxi", "skis": "ski", "alibis": "alibi", "rabbis": "rabbi",
		"safaris": "safari", "bikinis": "bikini", "kiwis": "kiwi",
		"movies": "movie", "cookies": "cookie", "calories": "calorie", "zombies": "zombie",
		"rookies": "rookie", "selfies": "selfie", "prairies": "prairie", "brownies": "brownie",
		"goalies": "goalie", "hoodies": "hoodie", "smoothies": "smoothie", "aunties": "auntie",
		"hippies": "hippie", "pixies": "pixie", "genies": "genie", "budgies": "budgie",
		// Plurals of -e nouns that the -ches, -uses and -oes rules would cut.
		"headaches": "headache", "toothaches": "toothache", "caches": "cache", "niches": "niche",
		"avalanches": "avalanche", "moustaches": "moustache", "mustaches": "mustache",
		"quiches": "quiche", "creches": "creche", "cliches": "cliche", "psyches": "psyche",
		"abuses": "abuse", "excuses": "excuse", "fuses": "fuse", "refuses": "refuse",
		"muses": "muse", "ruses": "ruse", "recluses": "recluse", "misuses": "misuse",
		"canoes": "canoe", "oboes": "oboe", "tiptoes": "tiptoe", "floes": "floe",
		// Plurals in -us whose singular ends in -u.
		"menus": "menu", "gurus": "guru", "emus": "emu", "haikus": "haiku", "tutus": "tutu",
		"bayous": "bayou", "bureaus": "bureau", "plateaus": "plateau", "chateaus": "chateau",
	}
	for _, w := range invariant() {
		irregular[w] = w
	}
	return lang.Inflection{
		Irregular: irregular,
		Suffixes: []lang.Suffix{
			{From: "ies", To: "y", MinStem: 2}, // casualties; "ties", "pies" fall to "s"
			{From: "sses", To: "ss", MinStem: 1},
			{From: "xes", To: "x", MinStem: 1},
			{From: "ches", To: "ch", MinStem: 1},
			{From: "shes", To: "sh", MinStem: 1},
			{From: "zzes", To: "zz", MinStem: 1},
			{From: "ouses", To: "ouse", MinStem: 1}, // houses, warehouses
			{From: "auses", To: "ause", MinStem: 1}, // causes, clauses
			{From: "uses", To: "us", MinStem: 1},    // buses, viruses, campuses
			{From: "shoes", To: "shoe", MinStem: 0},
			{From: "oes", To: "o", MinStem: 3}, // heroes, volcanoes; "shoes", "toes" fall to "s"
			{From: "children", To: "child", MinStem: 0},
			{From: "men", To: "man", MinStem: 2}, // gunmen, firemen; see invariant for "specimen"
			{From: "ss", To: "ss"},
			{From: "us", To: "us"},
			{From: "is", To: "is"},
			{From: "s", To: "", MinStem: 2},
		},
	}
}

// invariant lists words the rules would cut that are no plurals of
// another noun, or have no singular.
func invariant() []string {
	return []string{
		"news", "series", "species", "means", "headquarters", "barracks", "crossroads",
		"gallows", "whereabouts", "innings", "outskirts", "premises", "proceeds", "savings",
		"clothes", "thanks", "scissors", "trousers", "pants", "jeans", "pliers", "binoculars",
		"gas", "atlas", "alias", "canvas", "bias", "lens", "chaos", "kudos", "ethos", "cosmos",
		"pathos", "asbestos", "pancreas", "rhinoceros", "christmas", "whereas", "perhaps",
		"always", "diabetes", "rabies", "herpes", "measles", "mumps", "billiards", "darts",
		"politics", "economics", "physics", "mathematics", "ethics", "athletics", "linguistics",
		"logistics", "genetics", "electronics", "aerobics", "gymnastics", "acoustics",
		"this", "his", "its", "hers", "ours", "yours", "theirs", "yes", "does", "was", "has",
		"themselves", "ourselves", "yourselves",
		"specimen", "abdomen", "omen", "regimen", "acumen", "bitumen", "semen", "stamen",
		"hymen", "ramen", "amen", "lumen", "albumen", "dolmen", "foramen",
	}
}
