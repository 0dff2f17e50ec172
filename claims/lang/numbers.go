package lang

// Numbers is what a pack knows about writing numbers.
type Numbers struct {
	// DecimalSeparator and GroupSeparator are the language's usual marks
	// ('.' and ',' in English, ',' and '.' in Indonesian); the text's own
	// evidence may override them.
	DecimalSeparator rune
	GroupSeparator   rune
	// Words maps number words to their values ("eight": 8, "delapan": 8,
	// "dozen": 12).
	Words map[string]float64
	// Multipliers maps scale words to factors ("thousand": 1e3, "ribu":
	// 1e3, "jt": 1e6).
	Multipliers map[string]float64
	// Hedges are words before or after a number that bound or soften it.
	Hedges []Hedge
	// Vague are magnitudes that stand for a number ("thousands", "ribuan").
	Vague []Vague
	// IncrementBefore and IncrementAfter mark increments ("another" before
	// the number, "more"/"lagi" after the noun).
	IncrementBefore []string
	IncrementAfter  []string
}

// HedgeKind says how a hedge changes a number's interval.
type HedgeKind uint8

// The hedge kinds.
const (
	HedgeApprox  HedgeKind = iota + 1 // about, sekitar
	HedgeAtLeast                      // more than, at least, lebih dari
	HedgeAtMost                       // up to, nearly, hingga
)

// Hedge is one hedging phrase.
type Hedge struct {
	Phrase string
	Kind   HedgeKind
	// After is set for hedges written after the number ("or more").
	After bool
}

// Vague is a magnitude word and the interval it stands for.
type Vague struct {
	Phrase string
	Lo, Hi float64
}

// Unit is a unit of measurement.
type Unit struct {
	// Words are the unit's spellings ("km", "kilometres", "kilometer").
	Words []string
	// Dimension is as in claims.Dimension ("length"), Base the base unit
	// ("m") and Factor the base units per unit (1000 for km).
	Dimension string
	Base      string
	Factor    float64
	// Before is set for units written before the number ("Rp", "$").
	Before bool
}

// Concept maps counted nouns to a shared key.
type Concept struct {
	// Key is shared across languages ("troops").
	Key string
	// Words are the nouns and phrases that count it ("troops", "soldiers").
	Words []string
}
