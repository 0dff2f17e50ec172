package id

import "github.com/claimcheck/claimcheck/claims/lang"

// inflection brings Indonesian noun forms back to the base word:
// the plural by full reduplication ("rumah-rumah" → "rumah") and the
// possessive clitics ("rumahnya" → "rumah").
//
// Decisions:
//   - Affixes are derivation, never stripped: "pendaki" (climber),
//     "pendakian" (climb) and "daki" are three words; "kebakaran",
//     "pengungsi" and "perumahan" stay as written. The particles "-lah",
//     "-kah" and "-pun" are not stripped either: too many nouns end so
//     ("sekolah", "masalah", "jumlah", "langkah").
//   - A clitic is stripped when the rest is long enough to be a noun of
//     its own: three letters before "-nya" ("tasnya" → "tas", but
//     "tanya", "hanya", "punya" stay), four before "-ku" and "-mu"
//     ("anakku" → "anak", but "buku", "paku", "ilmu", "tamu" stay).
//     "-ku" and "-mu" are stripped after a consonant only: most words
//     that merely end so have a vowel there ("mengaku", "pelaku",
//     "Maluku", "bertemu"), and the few possessives lost ("kotaku")
//     are rare in news. Longer words that merely end so are listed
//     ("penanya", "bertanya", "tungku").
//   - Reduplication is a plural only when the single word is the same
//     noun: words that exist only reduplicated, or mean something else
//     so ("kupu-kupu", "undang-undang", "mata-mata": a spy, not eyes),
//     are listed and stay.
func inflection() lang.Inflection {
	const consonants = "bcdfghjklmnpqrstvwxyz"
	irregular := map[string]string{}
	for _, w := range []string{
		// Words written reduplicated as their only or their own form.
		"kupu-kupu", "kura-kura", "laba-laba", "lumba-lumba", "ubur-ubur", "biri-biri",
		"cumi-cumi", "kunang-kunang", "undang-undang", "mata-mata", "paru-paru",
		"alun-alun", "oleh-oleh", "kisi-kisi", "abu-abu", "anai-anai", "rama-rama", "gado-gado",
		"onde-onde", "ondel-ondel", "agar-agar", "pura-pura", "kira-kira",
		"masing-masing", "tiba-tiba", "sia-sia", "hati-hati", "kadang-kadang",
		"mula-mula", "baru-baru", "benar-benar", "betul-betul", "cepat-cepat",
		"lama-lama", "jangan-jangan", "rata-rata", "pelan-pelan", "diam-diam",
		// Words that end in a clitic's letters without one.
		"pelaku", "perilaku", "selaku", "berlaku", "tungku", "pangku", "terpaku", "membeku",
		"bertemu", "ketemu", "penemu", "ditemu", "bertamu", "penanya", "bertanya", "menanya",
		"ditanya", "nyonya",
	} {
		irregular[w] = w
	}
	return lang.Inflection{
		Irregular:    irregular,
		Reduplicated: true,
		Clitics: []lang.Suffix{
			{From: "nya", MinStem: 3},
			{From: "ku", MinStem: 4, After: consonants},
			{From: "mu", MinStem: 4, After: consonants},
		},
	}
}
