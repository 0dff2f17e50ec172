package id_test

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims/lang/id"
)

func TestLemma(t *testing.T) {
	in := id.Pack().Inflection
	for _, c := range []struct{ word, want string }{
		// Full reduplication is a plural.
		{"rumah-rumah", "rumah"}, {"korban-korban", "korban"}, {"anak-anak", "anak"},
		{"kapal-kapal", "kapal"}, {"ibu-ibu", "ibu"}, {"luka-luka", "luka"},
		// Clitics, with reduplication.
		{"rumahnya", "rumah"}, {"kapalnya", "kapal"}, {"tasnya", "tas"},
		{"anakku", "anak"}, {"rumahmu", "rumah"}, {"bukunya", "buku"},
		{"rumah-rumahnya", "rumah"}, {"anak-anaknya", "anak"}, {"pelakunya", "pelaku"},
		{"kupu-kupunya", "kupu-kupu"},
		// Traps: words that end like a clitic.
		{"tanya", "tanya"}, {"hanya", "hanya"}, {"punya", "punya"}, {"nyonya", "nyonya"},
		{"penanya", "penanya"}, {"bertanya", "bertanya"}, {"buku", "buku"},
		{"paku", "paku"}, {"saku", "saku"}, {"suku", "suku"}, {"kuku", "kuku"},
		{"pelaku", "pelaku"}, {"perilaku", "perilaku"}, {"ilmu", "ilmu"},
		{"tamu", "tamu"}, {"kamu", "kamu"}, {"bertemu", "bertemu"}, {"penemu", "penemu"},
		{"nya", "nya"}, {"-nya", "-nya"}, {"mengaku", "mengaku"}, {"maluku", "maluku"},
		{"diaku", "diaku"}, {"tungku", "tungku"}, {"kotaku", "kotaku"}, {"abu-abu", "abu-abu"},
		// Traps: words that exist only reduplicated, or mean another thing so.
		{"kupu-kupu", "kupu-kupu"}, {"undang-undang", "undang-undang"},
		{"mata-mata", "mata-mata"}, {"laba-laba", "laba-laba"}, {"rata-rata", "rata-rata"},
		{"masing-masing", "masing-masing"},
		// Traps: imitative and affixed reduplication are other words.
		{"sayur-mayur", "sayur-mayur"}, {"buah-buahan", "buah-buahan"},
		{"warna-warni", "warna-warni"},
		// Traps: derivation is never undone; particles are not clitics here.
		{"pendaki", "pendaki"}, {"pendakian", "pendakian"}, {"kebakaran", "kebakaran"},
		{"pemadam", "pemadam"}, {"pengungsi", "pengungsi"}, {"perumahan", "perumahan"},
		{"kecelakaan", "kecelakaan"}, {"sekolah", "sekolah"}, {"masalah", "masalah"},
		{"jumlah", "jumlah"}, {"langkah", "langkah"},
		// English plurals are no Indonesian inflection.
		{"kontainer", "kontainer"}, {"barel", "barel"}, {"bus", "bus"}, {"status", "status"},
		{"", ""},
	} {
		if got := in.Lemma(c.word); got != c.want {
			t.Errorf("Lemma(%q) = %q, want %q", c.word, got, c.want)
		}
	}
}
