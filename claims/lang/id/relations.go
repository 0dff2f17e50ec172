package id

import "github.com/claimcheck/claimcheck/claims/lang"

func relations() lang.Relations {
	return lang.Relations{
		Possessive: []string{"asal", "dari", "milik", "kiriman", "warga negara", "berkewarganegaraan"},
		Locative:   []string{"di", "ke", "dalam", "menuju", "di wilayah", "di kawasan", "di sekitar"},
		Copulas:    []string{"merupakan", "adalah", "ialah", "yakni", "yaitu"},
		Rises:      []string{"bertambah", "naik", "meningkat", "melonjak", "bertambah menjadi", "naik menjadi", "kembali bertambah"},
		Reaches:    []string{"menjadi", "mencapai", "sebanyak", "sejumlah", "berjumlah", "tercatat", "total", "totalnya", "ada", "adalah", "yakni", "kini"},
		Per:        []string{"per", "setiap", "tiap", "tiap-tiap"},
		Targets:    []string{"target", "targetnya", "menargetkan", "ditargetkan", "sasaran", "berencana", "direncanakan", "rencananya", "ingin mencapai"},
		Topics: []lang.Topic{
			{Key: "height", Words: []string{"tinggi", "ketinggian", "setinggi", "tingginya", "gelombang", "tsunami", "genangan", "muka air"}},
			{Key: "depth", Words: []string{"kedalaman", "berkedalaman"}},
			{Key: "distance", Words: []string{"jarak", "berjarak", "sejauh", "radius", "panjang", "sepanjang", "dari pusat"}},
			{Key: "area", Words: []string{"luas", "seluas", "hektare", "lahan"}},
			{Key: "losses", Words: []string{"kerugian", "kerusakan", "rugi"}},
			{Key: "budget", Words: []string{"anggaran", "dana", "alokasi", "biaya"}},
			{Key: "aid", Words: []string{"bantuan", "donasi", "sumbangan", "hibah"}},
			{Key: "turnout", Words: []string{"partisipasi pemilih", "tingkat partisipasi"}},
			{Key: "vote-share", Words: []string{"suara", "perolehan suara", "suara sah"}},
			{Key: "inflation", Words: []string{"inflasi"}},
			{Key: "growth", Words: []string{"pertumbuhan", "tumbuh"}},
			{Key: "weight", Words: []string{"berat", "seberat", "bobot"}},
		},
		Partitives:       []string{"di antaranya", "diantaranya", "dari jumlah itu", "dari jumlah tersebut", "di antara mereka"},
		PartitivesBefore: []string{"termasuk", "di antaranya", "sebagian"},
		Earlier:          []string{"sebelumnya", "semula", "awalnya", "sempat", "pertama kali", "bukan"},
		Future:           []string{"akan", "dijadwalkan", "rencananya", "direncanakan", "berencana", "hendak", "bakal"},
		Modifiers: []lang.Topic{
			{Key: "treated", Words: []string{"berobat", "dirawat", "menjalani perawatan"}},
			{Key: "coast-guard", Words: []string{"penjaga pantai"}},
			{Key: "fishing", Words: []string{"ikan", "nelayan", "penangkap ikan"}},
			{Key: "patrol", Words: []string{"patroli"}},
			{Key: "war", Words: []string{"perang"}},
			{Key: "cargo", Words: []string{"kargo", "barang"}},
			{Key: "registered", Words: []string{"resmi", "terdaftar", "reguler", "legal"}},
			{Key: "unregistered", Words: []string{"ilegal", "tidak resmi", "tidak terdaftar", "nonprosedural", "tanpa izin", "tanpa visa haji"}},
			{Key: "foreign", Words: []string{"asing"}},
			{Key: "local", Words: []string{"lokal", "setempat"}},
			{Key: "severe", Words: []string{"berat", "luka berat", "kritis", "parah"}},
			{Key: "minor", Words: []string{"ringan", "luka ringan"}},
			{Key: "pregnant", Words: []string{"hamil"}},
			{Key: "elderly", Words: []string{"lansia", "lanjut usia"}},
			{Key: "female", Words: []string{"perempuan", "wanita"}},
			{Key: "male", Words: []string{"laki-laki", "pria"}},
		},
		ModifiersFollow: true,
	}
}
