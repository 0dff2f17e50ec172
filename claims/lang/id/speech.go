package id

import "github.com/claimcheck/claimcheck/claims/lang"

func speech() lang.Speech {
	return lang.Speech{
		VerbsAfterSpeaker: []string{
			"mengatakan", "menyebut", "menyebutkan", "menyatakan", "mengungkapkan", "menjelaskan", "menambahkan",
			"melaporkan", "mengklaim", "memperkirakan", "menegaskan", "menuturkan", "mengonfirmasi", "mengkonfirmasi",
			"memperingatkan", "mencatat", "menerangkan", "membenarkan", "berkata", "mengumumkan", "memaparkan",
			"merinci", "mengemukakan", "menginformasikan", "menyampaikan", "mengabarkan", "mendata", "mencatatkan",
			"menduga", "meyakini", "membantah", "menuding", "menuduh", "mengaku", "bilang", "menilai", "berpendapat",
		},
		VerbsBeforeSpeaker: []string{"kata", "ujar", "ucap", "tutur", "jelas", "tegas", "imbuh", "sebut", "papar", "terang", "ungkap", "lapor", "lapaor", "tulis", "kata dia", "ujar dia", "dikatakan", "disampaikan", "diungkapkan", "dijelaskan", "disebutkan", "dikemukakan"},
		Prepositions:       []string{"menurut", "mengutip", "dikutip dari", "seperti dilansir", "dilansir", "dilansir dari", "berdasarkan data", "berdasarkan laporan", "berdasarkan catatan", "menurut data", "menurut laporan", "mengacu pada data"},
		Pronouns:           []string{"ia", "dia", "beliau", "mereka", "pihaknya", "kami", "kita", "saya"},
		Demonstratives:     []string{"itu", "tersebut", "ini", "kami", "kita"},
		PronounVerbs:       []string{"katanya", "ujarnya", "ucapnya", "tuturnya", "jelasnya", "tegasnya", "imbuhnya", "sebutnya", "paparnya", "terangnya", "ungkapnya", "tambahnya", "lanjutnya", "pungkasnya", "kata dia", "ujar dia"},
		Connectives:        []string{"sementara", "sementara itu", "namun", "tetapi", "tapi", "dan", "adapun", "lalu", "kemudian", "selain itu", "di sisi lain", "sedangkan", "padahal", "bahkan", "juga", "pun", "sebelumnya", "terpisah"},
		Auxiliaries:        []string{"telah", "sudah", "juga", "pun", "sempat", "kembali", "akan", "sebelumnya", "pernah", "lantas", "lalu", "kemudian", "tadi"},
		NounMarkers:        []string{"para", "sebuah", "suatu", "laporan", "yang"},
		Subordinators:      []string{"bahwa", "yang"},
		Passives:           []string{"telah", "sudah"},
		Stops:              []string{"kepada", "pada", "di", "saat", "ketika", "dalam", "usai", "seusai", "seperti", "sebagaimana", "melalui", "lewat", "dari", "bahwa", "yang", "sebagai", "hari", "kemarin", "ini", "tersebut", "setelah", "sebelum"},
		Credits:            []string{"sumber:", "lapor", "lapaor", "dilansir", "dikutip dari", "laporan"},
		Hedges:             []string{"dilaporkan", "diduga", "kemungkinan", "diyakini", "disebut-sebut", "diperkirakan", "konon", "kabarnya", "ditengarai", "mungkin", "bisa jadi", "dikabarkan"},
		Negations:          []string{"tidak", "bukan", "belum", "tak", "membantah", "menyangkal"},
		BackReferences:     []string{"hal itu", "hal tersebut", "hal ini", "data itu", "data tersebut", "data ini", "angka itu", "angka tersebut", "angka ini", "informasi itu", "informasi tersebut", "keterangan itu", "keterangan tersebut"},
		Camps: []lang.Topic{
			{Key: lang.CampOrganizers, Words: []string{"panitia", "penyelenggara", "koordinator aksi", "koordinator lapangan", "korlap", "orator", "pengunjuk rasa"}},
			{Key: lang.CampPolice, Words: []string{"polisi", "kepolisian", "kapolri", "kapolda", "kapolres", "kapolresta", "kapolrestabes", "kapolsek", "polda", "polres", "polresta", "polrestabes", "polsek", "kabid humas polda", "kasat", "kombes", "akbp", "akp"}},
			{Key: lang.CampUnion, Words: []string{"serikat pekerja", "serikat buruh", "federasi serikat", "konfederasi serikat", "ketua serikat", "sekretaris serikat", "serikat"}},
			{Key: lang.CampCompany, Words: []string{"perusahaan", "manajemen", "direktur", "direktur utama", "presiden direktur", "pihak perusahaan", "dirut"}},
			{Key: lang.CampRebels, Words: []string{"pemberontak", "kelompok bersenjata", "milisi", "kelompok separatis", "gerilyawan"}},
			{Key: lang.CampMilitary, Words: []string{"tentara", "militer", "angkatan bersenjata", "tni", "panglima", "komandan pasukan", "misi perdamaian", "pasukan perdamaian"}},
			{Key: lang.CampActivists, Words: []string{"aktivis", "pegiat", "lembaga swadaya masyarakat", "lsm", "organisasi lingkungan", "kelompok lingkungan"}},
		},
	}
}
