package entity_test

import (
	"reflect"
	"testing"

	"github.com/claimcheck/claimcheck/claims/entity"
)

// TestFindNames covers what issue 13 asks of names: codes read by code
// rules, vessels and teams as names, demonyms, list lines, place words
// inside a name, titles and places glued to a name, lower-case academic
// prefixes and a title's lower-case complement.
func TestFindNames(t *testing.T) {
	tests := []struct {
		Name  string
		Lang  string
		Input string
		Want  []string
	}{
		{
			Name:  "en flight codes: IATA glued, IATA after an airline, ICAO; one key",
			Lang:  "en",
			Input: "Lion Air flight JT610 and flight LNI610 are one, as are Garuda GA 152 and GIA152.",
			Want: []string{
				"organization|Lion Air|lion-air",
				"code|JT610|flight:jt610",
				"code|LNI610|flight:jt610",
				"person|Garuda|garuda",
				"code|GA 152|flight:ga152",
				"code|GIA152|flight:ga152",
			},
		},
		{
			Name:  "en a short code with a known designator needs a flight word",
			Lang:  "en",
			Input: "Police seized an AK47 and said flight MH17 was shot down.",
			Want:  []string{"organization|AK47|ak47", "code|MH17|flight:mh17"},
		},
		{
			Name:  "id plates apart and glued, and a law by number and year",
			Lang:  "id",
			Input: "Truk B 1234 XYZ dan truk B1234XYZ melanggar UU Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan.",
			Want: []string{
				"code|B 1234 XYZ|plate:b1234xyz",
				"code|B1234XYZ|plate:b1234xyz",
				"code|UU Nomor 22 Tahun 2009|law:law:22/2009",
			},
		},
		{
			Name:  "en a hyphenated law word and the same law written short",
			Lang:  "id",
			Input: "Pelaku dijerat Undang-Undang Nomor 1 Tahun 2024 atau UU 1/2024.",
			Want: []string{
				"code|Undang-Undang Nomor 1 Tahun 2024|law:law:1/2024",
				"code|UU 1/2024|law:law:1/2024",
			},
		},
		{
			Name:  "en vessels by prefix and by a word for a ship; the key is the name",
			Lang:  "en",
			Input: "The ferry Cahaya Bahari sank near the KMP Cahaya Bahari II and the MV Laut Tenang.",
			Want: []string{
				"vessel|Cahaya Bahari|cahaya-bahari",
				"vessel|Cahaya Bahari II|cahaya-bahari-ii [KMP Cahaya Bahari II]",
				"vessel|Laut Tenang|laut-tenang [MV Laut Tenang]",
			},
		},
		{
			Name:  "id a word for a ship opening the sentence",
			Lang:  "id",
			Input: "Kapal Cahaya Bahari tenggelam di Selat Alas.",
			Want: []string{
				"vessel|Cahaya Bahari|cahaya-bahari",
				"place|Selat Alas|alas",
			},
		},
		{
			Name:  "en teams by head word, around a place, and not a known name",
			Lang:  "en",
			Input: "Arunika FC and Bali United drew while the United States watched.",
			Want: []string{
				"team|Arunika FC|arunika",
				"team|Bali United|bali",
				"place|United States|united-states",
			},
		},
		{
			Name:  "id a one-word club after a club word, and across a team verb",
			Lang:  "id",
			Input: "Klub Persekat Jaya menjamu Arunika FC, lalu Perserang mengalahkan Arunika FC.",
			Want: []string{
				"team|Persekat Jaya|persekat-jaya",
				"team|Arunika FC|arunika",
				"team|Perserang|perserang",
				"team|Arunika FC|arunika",
			},
		},
		{
			Name:  "id a national side with its head word leading",
			Lang:  "id",
			Input: "Timnas Indonesia dilatih Park Min-Jun.",
			Want:  []string{"team|Timnas Indonesia|indonesia", "person|Park Min-Jun|park min jun"},
		},
		{
			Name:  "en demonyms and their plurals are the place's people, no names",
			Lang:  "en",
			Input: "Many Balinese and a Jakartan told Jakartans to wait.",
			Want:  []string{"place|Balinese|bali", "place|Jakartan|indonesia", "place|Jakartans|indonesia"},
		},
		{
			Name:  "a number word opening a sentence is no name",
			Lang:  "en",
			Input: "One Jakartan said the road was shut.",
			Want:  []string{"place|Jakartan|indonesia"},
		},
		{
			Name:  "id a number word opening a sentence is no name",
			Lang:  "id",
			Input: "Tiga Warga Desa, Budi Santoso dan Rina Marlina, selamat.",
			Want:  []string{"person|Budi Santoso|budi santoso", "person|Rina Marlina|rina marlina"},
		},
		{
			Name:  "en two romanized syllables joined by a hyphen are one given name",
			Lang:  "en",
			Input: "Kim Seo-Yeon and Choi Jae-Hun scored, and Brown-Clark assisted.",
			Want: []string{
				"person|Kim Seo-Yeon|kim seo yeon",
				"person|Choi Jae-Hun|choi jae hun",
				"person|Brown-Clark|brown clark",
			},
		},
		{
			Name:  "id a place word inside a run of name words",
			Lang:  "id",
			Input: "Seorang nelayan, Made Bali Suryawan, hilang di perairan Bali.",
			Want:  []string{"person|Made Bali Suryawan|made bali suryawan", "place|Bali|bali"},
		},
		{
			Name:  "id a numbered list line is body text, not a headline",
			Lang:  "id",
			Input: "1. Wahyu Prasetyo Nugroho Saputra",
			Want:  []string{"person|Wahyu Prasetyo Nugroho Saputra|wahyu prasetyo nugroho saputra"},
		},
		{
			Name:  "id a place glued between an agency and a name with a given name",
			Lang:  "id",
			Input: "Kepala BPBD Sukaraja Agus Wibisono mengatakan 30 rumah rusak.",
			Want:  []string{"person|Agus Wibisono|agus wibisono|head|sukaraja|bpbd [Kepala BPBD Sukaraja Agus Wibisono]"},
		},
		{
			Name:  "id a three-word name after a known agency keeps its words",
			Lang:  "id",
			Input: "Wakil Ketua DPR Sufmi Dasco Ahmad menanggapi.",
			Want:  []string{"person|Sufmi Dasco Ahmad|sufmi dasco ahmad|vice-chair||dpr [Wakil Ketua DPR Sufmi Dasco Ahmad]"},
		},
		{
			Name:  "id a clinic and its place between a title and a name",
			Lang:  "id",
			Input: "Kepala Puskesmas Cikaret Neneng Suryani mengatakan 30 warga dirawat.",
			Want:  []string{"person|Neneng Suryani|neneng suryani|head|cikaret|puskesmas-cikaret [Kepala Puskesmas Cikaret Neneng Suryani]"},
		},
		{
			Name:  "id a coach's title, a club and the name",
			Lang:  "id",
			Input: "Pelatih Arunika FC Bram Sitompul mengaku puas.",
			Want:  []string{"person|Bram Sitompul|bram sitompul|coach||arunika [Pelatih Arunika FC Bram Sitompul]"},
		},
		{
			Name:  "id a lower-case academic prefix between an office and a name",
			Lang:  "id",
			Input: "Kepala Dinas Kesehatan Kota Medan dr. Rita Sari hadir.",
			Want:  []string{"person|Rita Sari|rita sari|head|medan|dinas-kesehatan-kota-medan|doctor [Kepala Dinas Kesehatan Kota Medan dr. Rita Sari]"},
		},
		{
			Name:  "id a lower-case academic prefix after a comma",
			Lang:  "id",
			Input: "Kepala Puskesmas Tuntungan, drg. Sinta Dewi, hadir.",
			Want:  []string{"person|Sinta Dewi|sinta dewi|head|tuntungan|puskesmas-tuntungan|dentist [Kepala Puskesmas Tuntungan, drg. Sinta Dewi]"},
		},
		{
			Name:  "id a title's lower-case complement names its organization",
			Lang:  "id",
			Input: "Kepala dapur umum, Sri Lestari, mengatakan makanan cukup.",
			Want:  []string{"person|Sri Lestari|sri lestari|head||dapur-umum [Kepala dapur umum, Sri Lestari]"},
		},
		{
			Name:  "id a verb after a title is no complement",
			Lang:  "id",
			Input: "Kepala sekolah mengatakan, Sri Lestari juga hadir.",
			Want:  []string{"person|Sri Lestari|sri lestari"},
		},
		{
			Name:  "id a given name that abbreviates a month is still a name",
			Lang:  "id",
			Input: "Menurut Agus Wibisono, bantuan sudah tiba.",
			Want:  []string{"person|Agus Wibisono|agus wibisono"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			var got []string
			for _, m := range findAll(recognizer(tt.Lang), tt.Input) {
				got = append(got, describe(tt.Input, m))
			}
			if !reflect.DeepEqual(got, tt.Want) {
				t.Errorf("got  %q\nwant %q", got, tt.Want)
			}
		})
	}
}

// TestNamed checks which entities make name claims.
func TestNamed(t *testing.T) {
	tests := []struct {
		Name  string
		Lang  string
		Input string
		Want  []bool
	}{
		{"a full name, a place and a surname", "en", "Budi Santoso flew to Tokyo and Santoso said so.", []bool{true, false, false}},
		{"a team, a vessel and a code", "en", "Arunika FC sailed on the MV Laut Tenang, not flight JT610.", []bool{true, true, false}},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			var got []bool
			for _, m := range findAll(recognizer(tt.Lang), tt.Input) {
				got = append(got, entity.Named(m.Entity))
			}
			if !reflect.DeepEqual(got, tt.Want) {
				t.Errorf("got %v\nwant %v", got, tt.Want)
			}
		})
	}
}

// TestLinkGlued checks that Link splits off the places and teams the
// document names elsewhere from the names they are glued to, gives an
// office to the name written right after it, and makes teams of the
// names of teams.
func TestLinkGlued(t *testing.T) {
	tests := []struct {
		Name  string
		Lang  string
		Input string
		// Want lists the mentions after Link that are no places.
		Want []string
	}{
		{
			Name:  "id an office whose place was read as a name lends itself to the name after it, and links to it",
			Lang:  "id",
			Input: "Banjir melanda Kabupaten Tanah Merah.\nKepala BPBD Tanah Merah, Sinta Dewi, meninjau pengungsi.",
			Want: []string{
				"person||sinta dewi|head|tanah-merah|bpbd [Kepala BPBD Tanah Merah]",
				"person|Sinta Dewi|sinta dewi|head|tanah-merah|bpbd",
			},
		},
		{
			Name:  "id an office's place and a name after a comma and a prefix",
			Lang:  "id",
			Input: "Banjir melanda Kabupaten Tanah Merah.\nKepala Dinas Kesehatan Tanah Merah, dr. Sinta Dewi, meninjau pengungsi.",
			Want:  []string{"person|Sinta Dewi|sinta dewi|head||dinas-kesehatan-tanah-merah|doctor [Kepala Dinas Kesehatan Tanah Merah, dr. Sinta Dewi]"},
		},
		{
			Name:  "id a place the document names, glued before a name",
			Lang:  "id",
			Input: "Longsor terjadi di Cisarua.\nKepala BPBD Cisarua Hendra Wijaksana meninjau lokasi.",
			Want:  []string{"person|Hendra Wijaksana|hendra wijaksana|head|cisarua|bpbd [Kepala BPBD Cisarua Hendra Wijaksana]"},
		},
		{
			Name:  "id a club the document names, glued between a coach's title and his name",
			Lang:  "id",
			Input: "Klub Persekat menang.\nPelatih Persekat Bram Sitompul mengaku puas.\nKini Persekat di puncak.",
			Want: []string{
				"team|Persekat|persekat",
				"person|Bram Sitompul|bram sitompul|coach||persekat [Pelatih Persekat Bram Sitompul]",
				"team|Persekat|persekat",
			},
		},
		{
			Name:  "en a word glued before another full name of the document",
			Lang:  "en",
			Input: "Skipper Tomas Arkwright said the boat was found.\nTomas Arkwright said two were missing.",
			Want: []string{
				"person|Tomas Arkwright|tomas arkwright [Skipper Tomas Arkwright]",
				"person|Tomas Arkwright|tomas arkwright",
			},
		},
		{
			Name:  "en an honorific before the name stays in it",
			Lang:  "en",
			Input: "Sayyed Hamid Rostami spoke.\nHamid Rostami left.",
			Want: []string{
				"person|Sayyed Hamid Rostami|hamid rostami",
				"person|Hamid Rostami|hamid rostami",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			ms := findDoc(recognizer(tt.Lang), tt.Input)
			entity.Link(ms)
			var got []string
			for _, m := range ms {
				if m.Entity.Kind.String() != "place" {
					got = append(got, describe(tt.Input, m))
				}
			}
			if !reflect.DeepEqual(got, tt.Want) {
				t.Errorf("got  %q\nwant %q", got, tt.Want)
			}
		})
	}
}
