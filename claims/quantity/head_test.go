package quantity

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// quantityAt returns the quantity of sentence s whose number is written
// num, and its mention's text; nil when there is none.
func quantityAt(r *Recognizer, s, num string) (*claims.Quantity, string) {
	for _, m := range r.Find(s, claims.Span{End: len(s)}) {
		if m.Quantity.NumberSpan.Of(s) == num {
			return m.Quantity, m.Span.Of(s)
		}
	}
	return nil, ""
}

// TestHead checks the counted noun of a count: its head, the noun span,
// and the concept a role word makes of it. Number picks the quantity by
// its number as written; Head "" expects no noun (the quantity may still
// be there). Concept and Counted are checked as given.
func TestHead(t *testing.T) {
	rs := recognizers()
	tests := []struct {
		Name, Lang, Input, Number string
		Head, Noun                string
		Concept, Counted          string
	}{
		// English: the first plural after a count above one.
		{"open noun", "en", "The 46 containers that went overboard were never found.", "46", "containers", "containers", "", ""},
		{"leaked", "en", "About 1,200 barrels leaked before the crew moved the oil.", "1,200", "barrels", "barrels", "", ""},
		{"modifiers in the phrase", "en", "Some 60 elite athletes started the race.", "60", "athletes", "elite athletes", "", ""},
		{"compound modifier", "en", "The army closed 3 border crossings on Sunday.", "3", "crossings", "border crossings", "", ""},
		{"other is no head", "en", "Officials said 47 other porters were taken to hospital.", "47", "porters", "other porters", "", ""},
		{"link", "en", "Thousands of containers were stranded at the port.", "Thousands", "containers", "containers", "", ""},
		{"listed plural", "en", "Some 3,200 fishermen have been told to stay ashore.", "3,200", "fishermen", "fishermen", "", ""},
		{"news is no head", "en", "Nine news outlets carried the statement.", "Nine", "outlets", "news outlets", "", ""},
		{"hyphenated head", "en", "The airline grounded 12 co-pilots on Monday.", "12", "co-pilots", "co-pilots", "", ""},
		{"plural modifier", "en", "Customs caught 5 arms dealers at the border.", "5", "dealers", "arms dealers", "", ""},
		{"singular count", "en", "Only 1 container was recovered.", "1", "container", "container", "", ""},
		{"role refines an open noun", "en", "Four peacekeepers were killed in the attack.", "Four", "peacekeepers", "peacekeepers", "deaths", "peacekeepers"},
		{"a near figure shares its concept", "en", "The storm caused 52 deaths, while 14 were children.", "14", "", "", "deaths", ""},
		{"a far figure shares nothing", "en", "They buried the three runners and reviewed the count of water stations, which was 18.", "18", "", "", "", ""},
		{"a verb with its own object is no role", "en", "Two storms killed 41 people in the valley.", "Two", "storms", "storms", "", ""},
		{"nor a concept's noun", "en", "Two smaller storms killed at least 41 people.", "Two", "storms", "smaller storms", "", ""},
		{"its object is the dead", "en", "Two smaller storms killed at least 41 people.", "41", "people", "people", "deaths", "people"},
		{"role refines a concept's noun", "en", "Three climbers were killed on the ridge.", "Three", "climbers", "climbers", "deaths", "tourists"},
		{"concept kept, no role", "en", "At the airport 42 flights cancelled in the storm.", "42", "flights", "flights", "flights", ""},
		{"concept phrase head", "en", "Six police officers were on duty.", "Six", "officers", "police officers", "police", ""},
		{"role cue right before", "en", "Rebels attacked the base, killing four peacekeepers.", "four", "peacekeepers", "peacekeepers", "deaths", "peacekeepers"},
		// English traps.
		{"a thing's cue is no role", "en", "The storm destroyed 40 sheds at the market.", "40", "sheds", "sheds", "", ""},
		{"no noun", "en", "The death toll rose to nine.", "nine", "", "", "deaths", ""},
		{"a verb is no plural", "en", "Another 18 diverted to Bali.", "18", "", "", "", ""},
		{"pronoun link", "en", "Seventeen crew were rescued, 12 of them Filipinos.", "12", "", "", "", ""},
		{"number ends the phrase", "en", "Two of the stadium's 14 gates were open.", "Two", "", "", "", ""},
		{"number after a possessive", "en", "Two of the stadium's 14 gates were open.", "14", "gates", "gates", "", ""},
		{"stop word", "en", "The union counted 18 this year.", "18", "", "", "", ""},
		{"where ends the phrase", "en", "The archipelago has more than 17,000 islands where many people rely on boats.", "17,000", "islands", "islands", "", ""},

		// Indonesian: the first word after links and classifiers.
		{"classifier and noun", "id", "Sebanyak 312 ekor sapi dimusnahkan.", "312", "sapi", "ekor sapi", "animals", ""},
		{"classifier alone", "id", "Kasus PMK mencapai 8.400 ekor per 10 Maret.", "8.400", "ekor", "ekor", "", ""},
		{"known concept", "id", "Sebanyak 2.140 pekerja tetap bekerja di pabrik itu.", "2.140", "pekerja", "pekerja", "workers", ""},
		{"severance is a layoff", "id", "Sebanyak 2.140 pekerja tetap menerima pesangon.", "2.140", "pekerja", "pekerja", "laid-off", "workers"},
		{"a role past akan", "id", "Sebanyak 2.140 pekerja tetap akan terkena PHK.", "2.140", "pekerja", "pekerja", "laid-off", "workers"},
		{"laid off", "en", "About 1,300 miners lost their jobs when the pit closed.", "1,300", "miners", "miners", "laid-off", "workers"},
		{"people", "id", "Sekitar 3.500 warga memadati jalan.", "3.500", "warga", "warga", "people", ""},
		{"crowd", "id", "Sekitar 3.500 demonstran memadati jalan.", "3.500", "demonstran", "demonstran", "crowd", ""},
		{"population before a narrower noun", "id", "Komandan menyebut 300-an anggota milisi menyerbu markas.", "300-an", "milisi", "anggota milisi", "troops", ""},
		{"a population before people", "id", "Sebanyak 34 siswa lainnya masih dirawat.", "34", "siswa", "siswa", "injured", "children"},
		{"population before a thing", "id", "Sebanyak 1.200 warga desa hadir di balai.", "1.200", "warga", "warga", "people", ""},
		{"bus", "id", "Dinas menyiapkan 150 bus untuk mudik.", "150", "bus", "bus", "buses", ""},
		{"modifier after the noun", "id", "Petugas menahan sekitar 30 kapal asing.", "30", "kapal", "kapal", "ships", ""},
		{"open noun id", "id", "Sedikitnya 64 kontainer jatuh ke laut.", "64", "kontainer", "kontainer", "", ""},
		{"open noun and modifier", "id", "Petugas mengirim 14 sampel makanan ke laboratorium.", "14", "sampel", "sampel", "", ""},
		{"lainnya after the head", "id", "Tim juga mencari 41 porter lainnya.", "41", "porter", "porter", "", ""},
		{"role refines an open noun id", "id", "Sebanyak 12 nelayan tewas dalam badai.", "12", "nelayan", "nelayan", "deaths", "nelayan"},
		{"role refines a concept id", "id", "Sebanyak 5 pendaki tewas.", "5", "pendaki", "pendaki", "deaths", "tourists"},
		{"classifier head refined", "id", "Dari jumlah itu, 96 ekor di antaranya mati.", "96", "ekor", "ekor", "deaths", "ekor"},
		{"multiword classifier", "id", "Sebanyak 400 kepala keluarga menerima bantuan.", "400", "kepala keluarga", "kepala keluarga", "people", ""},
		{"role cue right before id", "id", "Badai menewaskan sedikitnya 12 nelayan.", "12", "nelayan", "nelayan", "deaths", "nelayan"},
		// Indonesian traps.
		{"cue far before an open noun", "id", "Korban tewas dalam 2 peristiwa ledakan berjumlah 95 orang.", "2", "peristiwa", "peristiwa", "", ""},
		{"the cue is left for the people", "id", "Korban tewas dalam 2 peristiwa ledakan berjumlah 95 orang.", "95", "orang", "orang", "deaths", "people"},
		{"lainnya is no head", "id", "Sementara 30 lainnya berada di lokasi.", "30", "", "lainnya", "people", ""},
		{"stop after the number", "id", "Dua di antaranya perempuan.", "Dua", "", "", "", ""},
		{"menjadi ends the phrase", "id", "Jumlahnya naik dari 95 menjadi 103 orang.", "95", "", "", "", ""},
		{"role right after", "id", "Sebanyak 7 tewas di tempat.", "7", "", "", "deaths", ""},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			q, _ := quantityAt(rs[tt.Lang], tt.Input, tt.Number)
			if q == nil {
				t.Fatalf("%q: no quantity at %q", tt.Input, tt.Number)
			}
			noun := ""
			if !q.NounSpan.IsZero() {
				noun = q.NounSpan.Of(tt.Input)
			}
			if q.Head != tt.Head || noun != tt.Noun || q.Concept != tt.Concept || q.Counted != tt.Counted {
				t.Errorf("%q at %q:\ngot  head %q noun %q concept %q counted %q\nwant head %q noun %q concept %q counted %q",
					tt.Input, tt.Number, q.Head, noun, q.Concept, q.Counted, tt.Head, tt.Noun, tt.Concept, tt.Counted)
			}
		})
	}
}

// TestHeadNotAmount checks that words after a number that make it no
// amount do not turn into a counted noun.
func TestHeadNotAmount(t *testing.T) {
	rs := recognizers()
	tests := []struct{ Name, Lang, Input, Number string }{
		{"year alone", "en", "Floods in 2024 alone displaced thousands.", "2024"},
		{"year with a noun", "en", "The 2019 elections were peaceful.", "2019"},
		{"year id", "id", "Pada 2024 lalu banjir melanda.", "2024"},
		{"code id", "id", "Siswa SDN 2 Cikalong dirawat.", "2"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if q, m := quantityAt(rs[tt.Lang], tt.Input, tt.Number); q != nil {
				t.Errorf("%q: got %q (head %q), want no quantity", tt.Input, m, q.Head)
			}
		})
	}
}
