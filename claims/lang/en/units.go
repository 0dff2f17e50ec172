package en

import "github.com/claimcheck/claimcheck/claims/lang"

func units() []lang.Unit {
	return []lang.Unit{
		{Words: []string{"%", "percent", "per cent", "pct", "percentage points", "percentage point"}, Dimension: "percent", Base: "%", Factor: 1},

		{Words: []string{"$", "US$", "USD", "US dollars", "U.S. dollars"}, Dimension: "money", Base: "USD", Factor: 1, Before: true},
		{Words: []string{"dollars", "dollar", "US dollars", "U.S. dollars", "USD"}, Dimension: "money", Base: "USD", Factor: 1},
		{Words: []string{"Rp", "Rp.", "IDR"}, Dimension: "money", Base: "IDR", Factor: 1, Before: true},
		{Words: []string{"rupiah", "rupiahs", "IDR"}, Dimension: "money", Base: "IDR", Factor: 1},
		{Words: []string{"€", "EUR"}, Dimension: "money", Base: "EUR", Factor: 1, Before: true},
		{Words: []string{"euros", "euro", "EUR"}, Dimension: "money", Base: "EUR", Factor: 1},
		{Words: []string{"£", "GBP"}, Dimension: "money", Base: "GBP", Factor: 1, Before: true},
		{Words: []string{"pounds sterling", "GBP"}, Dimension: "money", Base: "GBP", Factor: 1},
		{Words: []string{"S$", "SGD"}, Dimension: "money", Base: "SGD", Factor: 1, Before: true},
		{Words: []string{"Singapore dollars", "SGD"}, Dimension: "money", Base: "SGD", Factor: 1},
		{Words: []string{"A$", "AUD"}, Dimension: "money", Base: "AUD", Factor: 1, Before: true},
		{Words: []string{"Australian dollars", "AUD"}, Dimension: "money", Base: "AUD", Factor: 1},
		{Words: []string{"RM", "MYR"}, Dimension: "money", Base: "MYR", Factor: 1, Before: true},
		{Words: []string{"ringgit", "MYR"}, Dimension: "money", Base: "MYR", Factor: 1},
		{Words: []string{"¥", "JPY"}, Dimension: "money", Base: "JPY", Factor: 1, Before: true},
		{Words: []string{"yen", "JPY"}, Dimension: "money", Base: "JPY", Factor: 1},
		{Words: []string{"riyals", "riyal", "SAR"}, Dimension: "money", Base: "SAR", Factor: 1},

		{Words: []string{"km", "kms", "kilometres", "kilometers", "kilometre", "kilometer"}, Dimension: "length", Base: "m", Factor: 1000},
		{Words: []string{"m", "metres", "meters", "metre", "meter", "mtrs"}, Dimension: "length", Base: "m", Factor: 1, CaseSensitive: true},
		{Words: []string{"metres", "meters", "metre", "meter", "metres above sea level", "meters above sea level"}, Dimension: "length", Base: "m", Factor: 1},
		{Words: []string{"cm", "centimetres", "centimeters", "centimetre", "centimeter"}, Dimension: "length", Base: "m", Factor: 0.01},
		{Words: []string{"mm", "millimetres", "millimeters", "millimetre", "millimeter"}, Dimension: "length", Base: "m", Factor: 0.001},
		{Words: []string{"miles", "mile", "mi"}, Dimension: "length", Base: "m", Factor: 1609.344},
		{Words: []string{"nautical miles", "nautical mile", "nm"}, Dimension: "length", Base: "m", Factor: 1852},
		{Words: []string{"feet", "foot", "ft"}, Dimension: "length", Base: "m", Factor: 0.3048},
		{Words: []string{"inches", "inch"}, Dimension: "length", Base: "m", Factor: 0.0254},
		{Words: []string{"yards", "yard"}, Dimension: "length", Base: "m", Factor: 0.9144},

		{Words: []string{"km/h", "kph", "kmh", "km per hour", "kilometres per hour", "kilometers per hour", "kilometre per hour", "kilometer per hour"}, Dimension: "speed", Base: "km/h", Factor: 1},
		{Words: []string{"mph", "miles per hour", "mile per hour"}, Dimension: "speed", Base: "km/h", Factor: 1.609344},
		{Words: []string{"knots", "knot"}, Dimension: "speed", Base: "km/h", Factor: 1.852},
		{Words: []string{"m/s", "metres per second", "meters per second"}, Dimension: "speed", Base: "km/h", Factor: 3.6},

		{Words: []string{"square kilometres", "square kilometers", "square kilometre", "square kilometer", "sq km", "km2", "km²", "sq. km"}, Dimension: "area", Base: "m²", Factor: 1e6},
		{Words: []string{"square metres", "square meters", "square metre", "square meter", "sq m", "m2", "m²"}, Dimension: "area", Base: "m²", Factor: 1},
		{Words: []string{"hectares", "hectare", "ha"}, Dimension: "area", Base: "m²", Factor: 1e4},
		{Words: []string{"acres", "acre"}, Dimension: "area", Base: "m²", Factor: 4046.8564224},
		{Words: []string{"square miles", "square mile", "sq mi"}, Dimension: "area", Base: "m²", Factor: 2589988.110336},

		{Words: []string{"tonnes", "tonne", "tons", "ton", "metric tons", "metric tonnes"}, Dimension: "mass", Base: "kg", Factor: 1000},
		{Words: []string{"kg", "kilograms", "kilogrammes", "kilogram", "kilos", "kilo"}, Dimension: "mass", Base: "kg", Factor: 1},
		{Words: []string{"grams", "gram"}, Dimension: "mass", Base: "kg", Factor: 0.001},
		{Words: []string{"g"}, Dimension: "mass", Base: "kg", Factor: 0.001, CaseSensitive: true},
		{Words: []string{"lbs", "lb"}, Dimension: "mass", Base: "kg", Factor: 0.45359237},

		{Words: []string{"degrees Celsius", "degree Celsius", "degrees celcius", "°C", "° C", "degrees centigrade", "degrees"}, Dimension: "temperature", Base: "°C", Factor: 1},
		{Words: []string{"C"}, Dimension: "temperature", Base: "°C", Factor: 1, CaseSensitive: true},
		{Words: []string{"degrees Fahrenheit", "degree Fahrenheit", "°F", "° F"}, Dimension: "temperature", Base: "°C", Factor: 5.0 / 9, Offset: -32 * 5.0 / 9},
		{Words: []string{"F"}, Dimension: "temperature", Base: "°C", Factor: 5.0 / 9, Offset: -32 * 5.0 / 9, CaseSensitive: true},

		{Words: []string{"magnitude", "magnitudes", "magnitude of", "a magnitude of", "magnitude at", "the magnitude at"}, Dimension: "magnitude", Base: "", Factor: 1, Before: true},
		{Words: []string{"M", "Mw", "SR"}, Dimension: "magnitude", Base: "", Factor: 1, Before: true, CaseSensitive: true},
		{Words: []string{"magnitude", "on the Richter scale", "Richter", "SR"}, Dimension: "magnitude", Base: "", Factor: 1},

		{Words: []string{"seconds", "second", "secs", "sec"}, Dimension: "duration", Base: "s", Factor: 1},
		{Words: []string{"minutes", "minute", "mins", "min"}, Dimension: "duration", Base: "s", Factor: 60},
		{Words: []string{"hours", "hour", "hrs", "hr"}, Dimension: "duration", Base: "s", Factor: 3600},
		{Words: []string{"h"}, Dimension: "duration", Base: "s", Factor: 3600, CaseSensitive: true},
		{Words: []string{"days", "day"}, Dimension: "duration", Base: "s", Factor: 86400},
		{Words: []string{"weeks", "week"}, Dimension: "duration", Base: "s", Factor: 7 * 86400},
		{Words: []string{"months", "month"}, Dimension: "duration", Base: "s", Factor: 30.4375 * 86400},
		{Words: []string{"years", "year"}, Dimension: "duration", Base: "s", Factor: lang.Year},
		{Words: []string{"decades", "decade"}, Dimension: "duration", Base: "s", Factor: 3652.5 * 86400},
	}
}
