package lang

// Text is what a pack knows about running text: where sentences end, how
// to recognize the language, and which lines are page furniture.
type Text struct {
	// Abbreviations end with a period that does not end a sentence
	// ("Nov.", "Dr.", "Jl."), written without the period, as in "Dr".
	Abbreviations []string
	// CommonWords are frequent function words, used to detect the language
	// of a text that does not declare it.
	CommonWords []string
	// Furniture are whole lines of page furniture ("Advertisement",
	// "Skip to main content"), matched case-insensitively.
	Furniture []string
	// FurniturePrefixes start lines of page furniture ("Baca juga:",
	// "Also worth reading").
	FurniturePrefixes []string
}
