package lang

// Speech is what a pack knows about attributing statements. Phrases are
// written in lower case, words separated by single spaces.
type Speech struct {
	// VerbsAfterSpeaker follow the speaker ("X said", "X mengatakan").
	VerbsAfterSpeaker []string
	// VerbsBeforeSpeaker precede the speaker ("said X", "kata X").
	VerbsBeforeSpeaker []string
	// Prepositions introduce a source ("according to X", "menurut X").
	Prepositions []string
	// Pronouns refer back to the last named speaker ("he", "ia").
	Pronouns []string
	// Demonstratives end a phrase that refers back ("menteri itu", "the
	// official"): such a speaker is the last named one.
	Demonstratives []string
	// PronounVerbs are verbs that carry their own pronoun ("katanya").
	PronounVerbs []string
	// Connectives open a clause and are not part of a speaker's name
	// ("meanwhile", "sementara").
	Connectives []string
	// Auxiliaries stand between a speaker and the verb ("has", "telah").
	Auxiliaries []string
	// NounMarkers make the word after them a noun, not a reporting verb
	// ("weeks of reports", "the claims", "para pengamat").
	NounMarkers []string
	// Passives before a verb make it passive, not an attribution ("were
	// reported", "was confirmed").
	Passives []string
	// Subordinators open a reported clause ("that", "bahwa"): the search
	// for a speaker before a verb stops at them.
	Subordinators []string
	// Articles may open a speaker's name written after a verb ("said the
	// minister") and are left out of the speaker's key.
	Articles []string
	// Stops end a speaker's name written after the verb ("kepada", "on").
	Stops []string
	// Credits introduce a wire credit ("source:", "lapor").
	Credits []string
	// Hedges weaken a claim ("reportedly", "diyakini").
	Hedges []string
	// Negations negate a sentence ("not", "tidak", "bukan").
	Negations []string
	// BackReferences open a sentence whose attribution is also the one
	// before it ("Hal itu dikatakan Kepala Dinas X", "Data itu
	// disampaikan ...", "The figures were released by the ministry"): a
	// figure the outlet wrote bare is that speaker's.
	BackReferences []string
	// Camps are the sides a speaker may speak for, keyed by the shared
	// camp keys (CampKeys: "police", "organizers", "union", ...), with the
	// words of a speaker's name or title that place them there
	// ("Kapolres", "koordinator aksi", "serikat pekerja").
	Camps []Topic
}
