package id

import "github.com/claimcheck/claimcheck/claims/lang"

func relations() lang.Relations {
	return lang.Relations{
		Possessive: []string{"asal", "dari", "milik", "kiriman", "warga negara", "berkewarganegaraan"},
		Locative:   []string{"di", "ke", "dalam", "menuju", "di wilayah", "di kawasan", "di sekitar"},
	}
}
