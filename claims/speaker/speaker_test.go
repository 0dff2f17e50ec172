package speaker

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang/en"
	"github.com/claimcheck/claimcheck/claims/lang/id"
)

func TestFind(t *testing.T) {
	tests := []struct {
		Name     string
		Lang     string
		Sentence string
		Want     []string // speaker as written, "<pronoun>" for a pronoun
	}{
		{"X said", "en", "The mayor said 40 houses were destroyed.", []string{"The mayor"}},
		{"X said with auxiliary", "en", "Police have said at least 12 died.", []string{"Police"}},
		{"said X after quote", "en", `"We counted 300 tents," said relief coordinator Maria Lopez.`, []string{"relief coordinator Maria Lopez"}},
		{"X told", "en", `"It is grim," Okafor told reporters.`, []string{"Okafor"}},
		{"according to", "en", "According to the fire brigade, 14 people were rescued.", []string{"the fire brigade"}},
		{"according to at end", "en", "Some 14 people were rescued, according to the fire brigade.", []string{"the fire brigade"}},
		{"pronoun", "en", `"We will rebuild," he said.`, []string{"<pronoun>"}},
		{"connective dropped", "en", "Meanwhile the coast guard said 30 sailors were missing.", []string{"the coast guard"}},
		{"possessive speaker", "en", "Manila's weather bureau said the storm weakened.", []string{"Manila's weather bureau"}},
		{"that clause", "en", "Witnesses said that the army said nothing.", []string{"Witnesses", "the army"}},
		{"kata X", "id", `"Kami sudah mengevakuasi 200 warga," kata Kepala Dinas Sosial Budi Santoso kepada wartawan.`, []string{"Kepala Dinas Sosial Budi Santoso"}},
		{"X mengatakan", "id", "Badan pencarian mengatakan bahwa 12 nelayan hilang.", []string{"Badan pencarian"}},
		{"sementara X menyebut", "id", "Sementara warga setempat menyebut 30 rumah hanyut.", []string{"warga setempat"}},
		{"menurut X", "id", "Menurut polisi, 5 orang ditahan.", []string{"polisi"}},
		{"katanya", "id", `"Semua aman," katanya.`, []string{"<pronoun>"}},
		{"ia mengatakan", "id", "Ia mengatakan jembatan itu ambruk.", []string{"<pronoun>"}},
		{"telah mengonfirmasi", "id", "Pemerintah daerah telah mengonfirmasi 8 korban.", []string{"Pemerintah daerah"}},
		{"menilai", "id", "Ketua koperasi Sutrisno menilai angka itu terlalu rendah.", []string{"Ketua koperasi Sutrisno"}},
		{"menurut hitungan kami", "id", "Menurut hitungan kami, 500 rumah rusak.", []string{"<pronoun>"}},
		{"negated verb id", "id", "Dinas itu belum menyebut jumlah korban.", nil},
		{"relative clause before the verb", "id", "Jepang, yang mengirim 80 dokter ke kota itu, menyebut tidak ada korban.", []string{"Jepang"}},
		{"no attribution", "en", "The river rose by two metres overnight.", nil},
		{"verb with no subject", "id", "Mengatakan hal itu, ia pergi.", nil},
	}
	packs := map[string]*Attributor{"en": New(en.Pack()), "id": New(id.Pack())}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			atts := packs[tt.Lang].Find(tt.Sentence, claims.Span{End: len(tt.Sentence)})
			var got []string
			for _, a := range atts {
				if a.Pronoun {
					got = append(got, "<pronoun>")
				} else {
					got = append(got, a.Name.Of(tt.Sentence))
				}
			}
			if len(got) != len(tt.Want) {
				t.Fatalf("got %q\nwant %q", got, tt.Want)
			}
			for i := range got {
				if got[i] != tt.Want[i] {
					t.Errorf("got %q\nwant %q", got, tt.Want)
				}
			}
		})
	}
}

func TestHedgedAndNegated(t *testing.T) {
	a := New(en.Pack())
	s := "The ship reportedly carried 300 people but officials did not confirm it."
	sp := claims.Span{End: len(s)}
	if got := a.Hedged(s, sp); len(got) != 1 || got[0] != "reportedly" {
		t.Errorf("Hedged: got %q, want [reportedly]", got)
	}
	if !a.Negated(s, sp) {
		t.Errorf("Negated: got false, want true")
	}
}

func FuzzFind(f *testing.F) {
	f.Add(`"Kami," kata Budi kepada wartawan.`)
	f.Add("According to , said said")
	a := New(id.Pack())
	f.Fuzz(func(t *testing.T, s string) {
		sp := claims.Span{End: len(s)}
		for _, at := range a.Find(s, sp) {
			if !sp.Contains(at.Cue) || !sp.Contains(at.Name) || at.Name.Start > at.Name.End {
				t.Fatalf("span outside sentence: %+v in %q", at, s)
			}
		}
	})
}

func TestFindSentenceStartingInsideQuote(t *testing.T) {
	s := `We counted 300 tents," said Maria Lopez.`
	atts := New(en.Pack()).Find(s, claims.Span{End: len(s)})
	if len(atts) != 1 || atts[0].Name.Of(s) != "Maria Lopez" {
		t.Errorf("got %+v, want one attribution to Maria Lopez", atts)
	}
}

func TestFindRejectsClauses(t *testing.T) {
	for _, s := range []string{
		"The envoy was in Manila after weeks of reports that talks had stalled.",
		"The diplomat was in Hanoi after conflicting reports of a deal.",
	} {
		if atts := New(en.Pack()).Find(s, claims.Span{End: len(s)}); len(atts) != 0 {
			t.Errorf("%q: got %+v, want no attribution", s, atts)
		}
	}
}

func TestFindNotAttributions(t *testing.T) {
	tests := []struct {
		Name, Sentence string
		Want           []string
	}{
		{"passive", "Two more deaths were reported in the north.", nil},
		{"negated verb", "The agency, which runs 40 shelters in the area, has not explained the gap.", nil},
		{"negated with auxiliary", "The ministry did not say how many people were hurt.", nil},
		{"clause after said", "The coroner said at least 40 people had drowned.", []string{"The coroner"}},
		{"parenthesis before verb", "A spokesman for the port authority (PPA) said on Monday that 3 ships sank.", []string{"A spokesman for the port authority"}},
	}
	a := New(en.Pack())
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			var got []string
			for _, at := range a.Find(tt.Sentence, claims.Span{End: len(tt.Sentence)}) {
				got = append(got, at.Name.Of(tt.Sentence))
			}
			if len(got) != len(tt.Want) || len(got) > 0 && got[0] != tt.Want[0] {
				t.Errorf("got %q\nwant %q", got, tt.Want)
			}
		})
	}
}

func TestFindSkipsAdjunct(t *testing.T) {
	s := "Kepala dinas, Rudi Hartono, pada Senin mengatakan 40 rumah rusak."
	atts := New(id.Pack()).Find(s, claims.Span{End: len(s)})
	if len(atts) != 1 || atts[0].Name.Of(s) != "Rudi Hartono" {
		t.Errorf("got %+v, want one attribution to Rudi Hartono", atts)
	}
}

func TestFindApposition(t *testing.T) {
	s := `"We found two more," Lina Park, head of the rescue office, said.`
	atts := New(en.Pack()).Find(s, claims.Span{End: len(s)})
	if len(atts) != 1 || atts[0].Name.Of(s) != "Lina Park" {
		t.Errorf("got %+v, want one attribution to Lina Park", atts)
	}
}
