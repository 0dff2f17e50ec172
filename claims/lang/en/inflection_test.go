package en_test

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims/lang/en"
)

func TestLemma(t *testing.T) {
	in := en.Pack().Inflection
	for _, c := range []struct{ word, want string }{
		// Regular plurals.
		{"barrels", "barrel"}, {"containers", "container"}, {"hospitals", "hospital"},
		{"passengers", "passenger"}, {"shops", "shop"}, {"workers", "worker"},
		{"firefighters", "firefighter"}, {"climbers", "climber"}, {"ads", "ad"},
		{"follow-ups", "follow-up"},
		// -ies, -es.
		{"casualties", "casualty"}, {"companies", "company"}, {"flies", "fly"},
		{"ties", "tie"}, {"pies", "pie"}, {"movies", "movie"},
		{"buses", "bus"}, {"boxes", "box"}, {"churches", "church"}, {"dishes", "dish"},
		{"classes", "class"}, {"businesses", "business"}, {"viruses", "virus"},
		{"statuses", "status"}, {"campuses", "campus"}, {"houses", "house"},
		{"warehouses", "warehouse"}, {"causes", "cause"}, {"uses", "use"},
		{"horses", "horse"}, {"cases", "case"}, {"prizes", "prize"}, {"quizzes", "quiz"},
		{"heroes", "hero"}, {"volcanoes", "volcano"}, {"shoes", "shoe"}, {"toes", "toe"},
		{"horseshoes", "horseshoe"}, {"headaches", "headache"}, {"abuses", "abuse"},
		{"gases", "gas"}, {"lenses", "lens"}, {"crises", "crisis"}, {"analyses", "analysis"},
		{"taxis", "taxi"}, {"menus", "menu"},
		// -ves: only the listed ones.
		{"lives", "life"}, {"knives", "knife"}, {"wolves", "wolf"},
		{"archives", "archive"}, {"waves", "wave"}, {"olives", "olive"},
		// Irregular, and the -men compounds.
		{"people", "person"}, {"peoples", "people"}, {"men", "man"}, {"women", "woman"},
		{"children", "child"}, {"schoolchildren", "schoolchild"}, {"feet", "foot"},
		{"teeth", "tooth"}, {"mice", "mouse"}, {"gunmen", "gunman"},
		{"firemen", "fireman"}, {"policemen", "policeman"}, {"criteria", "criterion"},
		// Traps: singulars that look plural, and nouns without a plural.
		{"bus", "bus"}, {"gas", "gas"}, {"status", "status"}, {"virus", "virus"},
		{"glass", "glass"}, {"business", "business"}, {"series", "series"},
		{"species", "species"}, {"news", "news"}, {"analysis", "analysis"},
		{"crisis", "crisis"}, {"basis", "basis"}, {"tennis", "tennis"},
		{"police", "police"}, {"cattle", "cattle"}, {"sheep", "sheep"},
		{"aircraft", "aircraft"}, {"personnel", "personnel"}, {"headquarters", "headquarters"},
		{"barracks", "barracks"}, {"means", "means"}, {"specimen", "specimen"},
		{"omen", "omen"}, {"abdomen", "abdomen"}, {"lens", "lens"}, {"chaos", "chaos"},
		{"politics", "politics"}, {"diabetes", "diabetes"}, {"this", "this"},
		{"was", "was"}, {"goes", "go"}, {"themselves", "themselves"}, {"barrel", "barrel"}, {"person", "person"}, {"child", "child"},
		{"man", "man"}, {"s", "s"}, {"es", "es"}, {"", ""},
	} {
		if got := in.Lemma(c.word); got != c.want {
			t.Errorf("Lemma(%q) = %q, want %q", c.word, got, c.want)
		}
	}
}

// TestLemmaFixed checks that a lemma is its own lemma for the words of the
// table's singulars: reading a word twice changes nothing.
func TestLemmaFixed(t *testing.T) {
	in := en.Pack().Inflection
	for _, w := range []string{"barrel", "casualty", "bus", "box", "person", "child",
		"foot", "analysis", "crisis", "series", "gas", "house", "hero", "shoe", "life"} {
		if got := in.Lemma(w); got != w {
			t.Errorf("Lemma(%q) = %q, want it unchanged", w, got)
		}
	}
}
