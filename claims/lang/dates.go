package lang

// Dates is what a pack knows about writing dates.
type Dates struct {
	// Months maps month names and abbreviations to 1..12 ("Nov": 11,
	// "Nopember": 11).
	Months map[string]int
	// Weekdays maps day names to 0..6, Sunday first ("Sabtu": 6).
	Weekdays map[string]int
	// Events maps verbs and nouns that a date can date to event keys
	// ("visited": "visit", "tiba": "arrive").
	Events map[string]string
}
