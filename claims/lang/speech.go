package lang

// Speech is what a pack knows about attributing statements.
type Speech struct {
	// VerbsAfterSpeaker follow the speaker ("X said", "X mengatakan").
	VerbsAfterSpeaker []string
	// VerbsBeforeSpeaker precede the speaker ("said X", "kata X").
	VerbsBeforeSpeaker []string
	// Prepositions introduce a source ("according to X", "menurut X").
	Prepositions []string
	// Pronouns refer back to the last named speaker ("he", "ia").
	Pronouns []string
	// Credits introduce a wire credit ("Source:", "lapor").
	Credits []string
	// Hedges weaken a claim ("reportedly", "diyakini").
	Hedges []string
	// Negations negate a sentence ("not", "tidak", "bukan").
	Negations []string
}
