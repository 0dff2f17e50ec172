package id

import "github.com/claimcheck/claimcheck/claims/lang"

func text() lang.Text {
	return lang.Text{
		Abbreviations:     abbreviations,
		CommonWords:       commonWords,
		Furniture:         furniture,
		FurniturePrefixes: furniturePrefixes,
	}
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = []string{
	"Jl", "Jln", "Dr", "dr", "Prof", "Ir", "H", "Hj", "KH", "Drs", "Dra", "Sdr", "Bpk", "No", "Tbk", "PT", "Kab", "Kec", "Kel", "Prov", "Kota", "Kepala", "Pol", "Jend", "Letjen", "Mayjen", "Brigjen", "Kol", "Kapt", "Lettu", "AKBP", "AKP", "Kombes", "Irjen",
	"S.Sos", "M.M", "M.Si", "S.H", "M.H", "S.E", "S.T", "S.Pd", "S.Kom", "M.Sc", "Ph.D", "dkk", "dll", "dsb", "dst", "hlm", "tgl", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Agu", "Agt", "Ags", "Sep", "Okt", "Nov", "Nop", "Des", "Peb", "WIB", "WITA", "WIT", "a.n", "u.p", "s.d",
}

// commonWords are frequent function words, for language detection.
var commonWords = []string{}
