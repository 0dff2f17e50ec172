package lang

import "strings"

// The vocabularies every pack shares. A pack maps its words to these keys
// (Concept.Key, Entities.Titles); what the engine must know about a key —
// that a count of it only grows, that a role is a deputy's — is declared
// here once, never read from how a key happens to be spelled elsewhere.

// Trait is what the engine knows about a shared concept key.
type Trait uint8

// The traits of concepts.
const (
	// Growing counts only rise as a story unfolds (deaths, injured,
	// displaced): a higher figure published later is an update, not a
	// contradiction.
	Growing Trait = 1 << iota
	// Generic concepts are too broad to compare on their own: "two
	// people" and "300 people" in one story are rarely the same group,
	// nor are two vote counts. Such a count is compared only when an actor
	// or a modifier narrows it.
	Generic
	// Thing counts count things, not people (houses, ships, votes): a
	// count of people is never one of them, whatever its clause's
	// subject ("Kepala Puskesmas ... mencatat 150 orang" counts people,
	// not health facilities).
	Thing
	// Haven counts are of places people go to (shelters): a count of
	// them after "ke" or "to" is still the count, not where something
	// was sent.
	Haven
)

// conceptTraits holds the traits of the shared concept keys; a key not
// listed has none.
var conceptTraits = map[string]Trait{
	"deaths": Growing, "injured": Growing, "missing": Growing, "displaced": Growing,
	"arrests": Growing, "victims": Growing, "affected": Growing, "rescued": Growing,
	"cases": Growing,

	// Measures of what only spreads: a burned area.
	"burned-area": Growing,
	// The length of a coast a spill or a surge has reached.
	"coastline": Growing,

	"people": Generic, "places": Generic | Thing, "children": Generic, "workers": Generic,
	"civilians": Generic, "companies": Generic | Thing, "animals": Generic, "votes": Generic | Thing,
	"seats": Generic | Thing,

	"houses": Growing | Thing, "buildings": Growing | Thing, "schools": Thing, "worship-places": Thing,
	"health-facilities": Thing, "hospitals": Thing, "bridges": Thing, "fire-engines": Thing, "vehicles": Thing, "cars": Thing,
	"motorcycles": Thing, "buses": Thing, "trucks": Thing, "aircraft": Thing, "flights": Thing,
	"ships": Thing, "boats": Thing, "weapons": Thing, "attacks": Thing, "shelters": Thing | Haven,
}

// TraitsOf returns the traits of a concept key.
func TraitsOf(concept string) Trait { return conceptTraits[concept] }

// Has reports whether all of x's traits are set in t.
func (t Trait) Has(x Trait) bool { return t&x == x }

// TraitKeys returns every concept key that has a trait, for the packs'
// tests (each must be a concept of every pack).
func TraitKeys() []string {
	out := make([]string, 0, len(conceptTraits))
	for k := range conceptTraits {
		out = append(out, k)
	}
	return out
}

// topicDimensions holds the dimensions a measure topic can measure, named
// as claims.Dimension names them: a height is a length, losses are money.
// A topic not listed may measure anything. "Two days to reach the summit"
// is no altitude, whatever word stands near it.
var topicDimensions = map[string][]string{
	"height": {"length"}, "altitude": {"length"}, "radius": {"length"}, "depth": {"length"},
	"distance": {"length"}, "area": {"area"}, "burned-area": {"area"}, "coastline": {"length"}, "losses": {"money"}, "budget": {"money"},
	"aid": {"money", "mass"}, "turnout": {"percent"}, "vote-share": {"percent"},
	"finish-time": {"duration"}, "inflation": {"percent"}, "growth": {"percent"}, "weight": {"mass"},
	"prison-term": {"duration"}, "substitute-term": {"duration"}, "fine": {"money"}, "restitution": {"money"}, "bribe": {"money"},
	"wind-speed": {"speed"}, "rainfall": {"length"}, "compensation": {"money"},
	"interest-rate": {"percent"}, "exports": {"money"}, "imports": {"money"}, "delay": {"duration"},
	"price": {"money"}, "methamphetamine": {"mass"}, "cannabis": {"mass"}, "cocaine": {"mass"}, "heroin": {"mass"},
}

// personalTopics are the measures that are one person's: a prison term
// or a fine is the sentence of the person it is given to, and two
// defendants' terms are two facts.
var personalTopics = map[string]bool{"prison-term": true, "substitute-term": true, "fine": true, "restitution": true}

// Personal reports whether a measure of the topic key is one person's
// (a sentence, a fine): its actor is the person its sentence names.
func Personal(topic string) bool { return personalTopics[topic] }

// leadingTopics are measures named before their figure only ("exports
// were worth $21.2 billion", "nilai ekspor mencapai ..."): after a sum
// they are what it came from or what it is set against.
var leadingTopics = map[string]bool{"exports": true, "imports": true}

// Leading reports whether the topic key names a figure only when written
// before it.
func Leading(topic string) bool { return leadingTopics[topic] }

// broadTopics are measures any more specific topic near the same figure
// names better: "lahan seluas 50 hektare terbakar" is a burned area.
var broadTopics = map[string]bool{"area": true}

// Broad reports whether the topic key yields to any other topic near the
// same figure.
func Broad(topic string) bool { return broadTopics[topic] }

// thingModifiers are the modifier keys said of things only: a house is
// destroyed when it burns, a person who burns is injured.
var thingModifiers = map[string]bool{"destroyed": true, "damaged": true}

// OfThings reports whether the modifier key is said of things only, never
// of people counted.
func OfThings(key string) bool { return thingModifiers[key] }

// wonTopics are the measures somebody wins: a share of the vote is the
// candidate's or the party's.
var wonTopics = map[string]bool{"vote-share": true}

// Won reports whether a measure of the topic key is won by somebody: its
// actor is the candidate or party its sentence names near it.
func Won(topic string) bool { return wonTopics[topic] }

// Measures reports whether a measure of the given dimension can be of the
// topic key.
func Measures(topic, dimension string) bool {
	dims, ok := topicDimensions[topic]
	if !ok {
		return true
	}
	for _, d := range dims {
		if d == dimension {
			return true
		}
	}
	return false
}

// TopicKeys returns every topic key whose dimensions are declared, for
// the packs' tests (each must be a topic of every pack).
func TopicKeys() []string {
	out := make([]string, 0, len(topicDimensions))
	for k := range topicDimensions {
		out = append(out, k)
	}
	return out
}

// stateModifiers are the modifier keys that say what happened to what is
// counted, and so may be said of it after a verb ("47 runners were
// discharged", "pengungsi telah berobat"). The others describe what is
// counted and stand by its noun only: "148 climbers were registered on
// the mountain" are climbers counted, not registered climbers.
var stateModifiers = map[string]bool{
	"treated": true, "culled": true, "discharged": true, "severe": true, "minor": true,
	"flooded": true, "swept-away": true, "buried": true, "damaged": true, "destroyed": true,
	"captured": true, "on-board": true, "unidentified": true, "signed-up": true,
}

// State reports whether a modifier key says what happened to what is
// counted.
func State(modifier string) bool { return stateModifiers[modifier] }

// StateKeys returns the state modifier keys, for the packs' tests.
func StateKeys() []string {
	out := make([]string, 0, len(stateModifiers))
	for k := range stateModifiers {
		out = append(out, k)
	}
	return out
}

// The camps a speaker may speak for, and which of them are openly opposed:
// figures from opposed camps (organisers and police on a crowd, a union
// and a company on a strike) differ as a matter of course, so their
// difference is recorded but never fails a check.
const (
	CampOrganizers = "organizers"
	CampPolice     = "police"
	CampUnion      = "union"
	CampCompany    = "company"
	CampRebels     = "rebels"
	CampMilitary   = "military"
	CampActivists  = "activists"
)

// CampKeys lists the shared camp keys, for the packs' tests.
func CampKeys() []string {
	return []string{CampOrganizers, CampPolice, CampUnion, CampCompany, CampRebels, CampMilitary, CampActivists}
}

var opposedCamps = map[[2]string]bool{
	{CampOrganizers, CampPolice}: true,
	{CampUnion, CampCompany}:     true,
	{CampRebels, CampMilitary}:   true,
	{CampActivists, CampCompany}: true,
}

// Opposed reports whether two camps are openly opposed.
func Opposed(a, b string) bool { return opposedCamps[[2]string{a, b}] || opposedCamps[[2]string{b, a}] }

// Role is a role key shared by every pack's titles ("foreign-minister",
// "vice-president"). Its grammar is the shared vocabulary: words joined by
// hyphens, the last naming the kind of office (a foreign minister is a
// minister), and a deputy's office opening with one of the deputy words
// (a vice-president is not the president).
type Role string

// deputyWords open the key of a deputy's office.
var deputyWords = []string{"vice", "deputy"}

// genericRoles are roles too vague to contradict another: a foreign
// minister is also a minister, an official and someone's counterpart.
var genericRoles = map[Role]bool{
	"minister": true, "head": true, "official": true, "leader": true, "counterpart": true, "member": true,
	"secretary": true, "commander": true, "director": true, "chair": true, "spokesperson": true,
	"candidate": true, "coordinator": true,
}

// Family returns the kind of office: the last word of the key
// ("minister" for "foreign-minister").
func (r Role) Family() string {
	s := string(r)
	if i := strings.LastIndexByte(s, '-'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// Deputy reports whether r is a deputy's office ("vice-president").
func (r Role) Deputy() bool {
	first, _, _ := strings.Cut(string(r), "-")
	for _, w := range deputyWords {
		if first == w && len(r) > len(w) {
			return true
		}
	}
	return false
}

// Generic reports whether r is too vague to contradict another role.
func (r Role) Generic() bool { return genericRoles[r] }

// Narrows reports whether r is a fuller form of o, one office written more
// fully ("chief-cabinet-secretary" of "cabinet-secretary"), and not a
// deputy's office below it ("vice-president" of "president").
func (r Role) Narrows(o Role) bool {
	return strings.HasSuffix(string(r), "-"+string(o)) && !r.Deputy()
}

// nameSpellings are letter sequences that spell one sound in the Latin
// writing of names, whatever the language of the article: Indonesian old
// and new spelling ("Tjahjadi" and "Cahyadi", "Soekarno" and "Sukarno",
// "Djoko" and "Joko"), and the common transliterations ("Nour" and "Nur",
// "Young-joon" and "Young-jun"). Longer sequences first.
var nameSpellings = []struct{ from, to string }{
	{"tj", "c"}, {"dj", "y"}, {"sj", "sy"}, {"nj", "ny"}, {"ch", "kh"},
	{"oe", "u"}, {"ou", "u"}, {"oo", "u"}, {"ee", "i"}, {"ph", "f"},
	{"j", "y"}, {"q", "k"}, {"z", "s"},
}

// NameSkeleton writes a folded name word with the letters every spelling
// of it shares: "tjahjadi" and "cahyadi" are both "cahyadi", "nour" and
// "nur" both "nur". Two words with one skeleton are one name spelled two
// ways.
func NameSkeleton(word string) string {
	var b strings.Builder
	for i := 0; i < len(word); {
		matched := false
		for _, r := range nameSpellings {
			if strings.HasPrefix(word[i:], r.from) {
				b.WriteString(r.to)
				i += len(r.from)
				matched = true
				break
			}
		}
		if !matched {
			b.WriteByte(word[i])
			i++
		}
	}
	return b.String()
}
