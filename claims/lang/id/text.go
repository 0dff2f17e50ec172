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
	"Jl", "Jln", "Dr", "dr", "drg", "Drg", "Prof", "Ir", "H", "Hj", "KH", "Drs", "Dra", "Sdr", "Bpk", "No", "Tbk", "PT", "Kab", "Kec", "Kel", "Prov", "Pol", "Jend", "Letjen", "Mayjen", "Brigjen", "Kol", "Kapt", "Lettu", "AKBP", "AKP", "Kombes", "Irjen",
	"S.Sos", "M.M", "M.Si", "S.H", "M.H", "S.E", "S.T", "S.Pd", "S.Kom", "M.Sc", "Ph.D", "dkk", "dll", "dsb", "dst", "hlm", "tgl", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Agu", "Agt", "Ags", "Sep", "Okt", "Nov", "Nop", "Des", "Peb", "a.n", "u.p", "s.d",
}

// commonWords are frequent function words, for language detection.
var commonWords = []string{
	"yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "pada", "dalam", "tidak", "akan", "juga", "ada", "adalah", "oleh", "sebagai", "atau", "mereka", "kami", "kita", "telah", "sudah", "belum", "bahwa", "karena", "saat", "setelah", "sebelum", "hingga", "sampai", "tersebut", "lebih", "sangat", "bisa", "dapat", "harus", "masih", "para", "kata", "katanya", "mengatakan", "menurut", "orang", "tahun", "hari", "namun", "tetapi", "tapi", "jika", "kalau", "agar", "supaya", "serta", "antara", "terhadap", "tentang", "seperti", "sejak", "selama", "bagi", "yaitu", "yakni", "pun", "lagi", "sedang", "sekitar", "sebanyak", "sejumlah", "banyak", "dia", "ia", "beliau", "kepada", "bersama", "melalui", "secara", "menjadi", "merupakan", "lain", "hanya", "baru", "kembali", "akibat", "mengenai", "sebuah", "seorang", "kemudian", "pihak",
	"tewas", "meninggal", "korban", "warga", "rumah", "kota", "menteri", "presiden", "pemerintah", "polisi", "ribu", "juta", "pukul", "sehingga", "bahawa", "kerana", "berkata", "sebarang", "selepas", "semasa", "ialah", "iaitu", "setiap", "semua", "sendiri", "masing", "bukan", "tak", "nya", "dua", "tiga", "pekan", "bulan", "minggu", "lalu", "depan", "hampir", "sedikitnya", "mencapai", "naik", "turun", "kurang",
}
