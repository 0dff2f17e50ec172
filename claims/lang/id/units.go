package id

import "github.com/claimcheck/claimcheck/claims/lang"

func units() []lang.Unit {
	return []lang.Unit{
		{Words: []string{"%", "persen", "per sen", "prosen", "persentase poin", "poin persentase"}, Dimension: "percent", Base: "%", Factor: 1},

		{Words: []string{"Rp", "Rp.", "IDR"}, Dimension: "money", Base: "IDR", Factor: 1, Before: true},
		{Words: []string{"rupiah", "IDR"}, Dimension: "money", Base: "IDR", Factor: 1},
		{Words: []string{"$", "US$", "USD", "AS$"}, Dimension: "money", Base: "USD", Factor: 1, Before: true},
		{Words: []string{"dolar AS", "dollar AS", "dolar Amerika", "dolar Amerika Serikat", "dolar", "dollar", "USD"}, Dimension: "money", Base: "USD", Factor: 1},
		{Words: []string{"€", "EUR"}, Dimension: "money", Base: "EUR", Factor: 1, Before: true},
		{Words: []string{"euro", "EUR"}, Dimension: "money", Base: "EUR", Factor: 1},
		{Words: []string{"S$", "SGD"}, Dimension: "money", Base: "SGD", Factor: 1, Before: true},
		{Words: []string{"dolar Singapura", "SGD"}, Dimension: "money", Base: "SGD", Factor: 1},
		{Words: []string{"RM", "MYR"}, Dimension: "money", Base: "MYR", Factor: 1, Before: true},
		{Words: []string{"ringgit", "MYR"}, Dimension: "money", Base: "MYR", Factor: 1},
		{Words: []string{"¥", "JPY"}, Dimension: "money", Base: "JPY", Factor: 1, Before: true},
		{Words: []string{"yen", "JPY"}, Dimension: "money", Base: "JPY", Factor: 1},
		{Words: []string{"riyal", "SAR"}, Dimension: "money", Base: "SAR", Factor: 1},

		{Words: []string{"km", "kilometer", "kilometre", "kilo meter"}, Dimension: "length", Base: "m", Factor: 1000},
		{Words: []string{"meter", "metre", "mdpl", "meter di atas permukaan laut", "m dpl"}, Dimension: "length", Base: "m", Factor: 1},
		{Words: []string{"m"}, Dimension: "length", Base: "m", Factor: 1, CaseSensitive: true},
		{Words: []string{"cm", "sentimeter", "centimeter", "senti"}, Dimension: "length", Base: "m", Factor: 0.01},
		{Words: []string{"mm", "milimeter"}, Dimension: "length", Base: "m", Factor: 0.001},
		{Words: []string{"mil", "mile"}, Dimension: "length", Base: "m", Factor: 1609.344},
		{Words: []string{"mil laut"}, Dimension: "length", Base: "m", Factor: 1852},
		{Words: []string{"kaki", "feet", "ft"}, Dimension: "length", Base: "m", Factor: 0.3048},
		{Words: []string{"inci", "inchi"}, Dimension: "length", Base: "m", Factor: 0.0254},

		{Words: []string{"km/jam", "km per jam", "kilometer per jam", "kilometer/jam", "kpj", "km/h"}, Dimension: "speed", Base: "km/h", Factor: 1},
		{Words: []string{"mil per jam", "mph"}, Dimension: "speed", Base: "km/h", Factor: 1.609344},
		{Words: []string{"knot"}, Dimension: "speed", Base: "km/h", Factor: 1.852},
		{Words: []string{"m/detik", "meter per detik", "m/s"}, Dimension: "speed", Base: "km/h", Factor: 3.6},

		{Words: []string{"kilometer persegi", "km persegi", "km2", "km²"}, Dimension: "area", Base: "m²", Factor: 1e6},
		{Words: []string{"meter persegi", "m persegi", "m2", "m²"}, Dimension: "area", Base: "m²", Factor: 1},
		{Words: []string{"hektare", "hektar", "ha"}, Dimension: "area", Base: "m²", Factor: 1e4},

		{Words: []string{"ton"}, Dimension: "mass", Base: "kg", Factor: 1000},
		{Words: []string{"kuintal", "kwintal"}, Dimension: "mass", Base: "kg", Factor: 100},
		{Words: []string{"kg", "kilogram", "kilo"}, Dimension: "mass", Base: "kg", Factor: 1},
		{Words: []string{"gram", "gr"}, Dimension: "mass", Base: "kg", Factor: 0.001},
		{Words: []string{"g"}, Dimension: "mass", Base: "kg", Factor: 0.001, CaseSensitive: true},

		{Words: []string{"derajat Celsius", "derajat celcius", "derajat C", "°C", "° C", "derajat"}, Dimension: "temperature", Base: "°C", Factor: 1},
		{Words: []string{"C"}, Dimension: "temperature", Base: "°C", Factor: 1, CaseSensitive: true},
		{Words: []string{"derajat Fahrenheit", "°F"}, Dimension: "temperature", Base: "°C", Factor: 5.0 / 9, Offset: -32 * 5.0 / 9},
		{Words: []string{"F"}, Dimension: "temperature", Base: "°C", Factor: 5.0 / 9, Offset: -32 * 5.0 / 9, CaseSensitive: true},

		{Words: []string{"magnitudo", "magnitude", "kekuatan", "bermagnitudo", "berkekuatan", "magnitudo sebesar", "kekuatan sebesar", "berkekuatan sebesar"}, Dimension: "magnitude", Base: "", Factor: 1, Before: true},
		{Words: []string{"M", "Mw", "SR"}, Dimension: "magnitude", Base: "", Factor: 1, Before: true, CaseSensitive: true},
		{Words: []string{"SR", "skala Richter", "magnitudo"}, Dimension: "magnitude", Base: "", Factor: 1},

		{Words: []string{"detik"}, Dimension: "duration", Base: "s", Factor: 1},
		{Words: []string{"menit"}, Dimension: "duration", Base: "s", Factor: 60},
		{Words: []string{"jam"}, Dimension: "duration", Base: "s", Factor: 3600},
		{Words: []string{"h"}, Dimension: "duration", Base: "s", Factor: 3600, CaseSensitive: true},
		{Words: []string{"hari"}, Dimension: "duration", Base: "s", Factor: 86400},
		{Words: []string{"pekan", "minggu"}, Dimension: "duration", Base: "s", Factor: 7 * 86400},
		{Words: []string{"bulan"}, Dimension: "duration", Base: "s", Factor: 30.4375 * 86400},
		{Words: []string{"tahun"}, Dimension: "duration", Base: "s", Factor: lang.Year},
		{Words: []string{"dekade", "dasawarsa"}, Dimension: "duration", Base: "s", Factor: 3652.5 * 86400},
	}
}
