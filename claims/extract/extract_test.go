package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang/builtin"
)

func doc(lang, text string) *claims.Document {
	return &claims.Document{
		ID: "story/a.txt", Path: "story/a.txt", Source: "Daily Test", Language: lang,
		Published: time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC), Text: text, Body: claims.Span{End: len(text)},
	}
}

// quantityClaim returns the quantity claim whose words as written are text.
func quantityClaim(cs []*claims.Claim, text string) *claims.Claim {
	for _, c := range cs {
		if c.Kind == claims.ClaimQuantity && c.Text == text {
			return c
		}
	}
	return nil
}

func TestQuantityClaims(t *testing.T) {
	tests := []struct {
		Name     string
		Lang     string
		Text     string
		Claim    string // words as written
		Subject  string
		Actor    string
		Location string
		Role     string
		Speaker  string // speaker as written
	}{
		{"actor between number and noun", "en", "Officials said 3,000 Russian troops were deployed in Syria.", "3,000 Russian troops", "troops", "russia", "syria", "", "Officials"},
		{"actor after noun", "id", "Menurut tentara Filipina, 800 tentara Jepang tiba di Manila.", "800 tentara", "troops", "japan", "philippines", "", "tentara Filipina"},
		{"actor after possessive", "en", "Some 40 soldiers from Vietnam were detained, the coast guard said.", "Some 40 soldiers", "troops", "vietnam", "", "", "the coast guard"},
		{"demonym after a copula", "en", "Officials said 40 of the dead were Egyptians and 12 were Indonesians.", "12", "", "indonesia", "", "", "Officials"},
		{"modifier narrows the count", "en", "The ministry said 31 registered pilgrims died.", "31 registered pilgrims died", "deaths", "", "", "registered", "The ministry"},
		{"modifier after the noun", "id", "Polisi menyebut 12 kapal penjaga pantai sudah pergi.", "12 kapal", "ships", "", "", "coast-guard", "Polisi"},
		{"part of another count", "id", "Sebanyak 40 orang luka-luka, 11 orang di antaranya luka berat, kata dokter.", "11 orang di antaranya luka berat", "", "", "", "part", "dokter"},
		{"quotation attributed after", "en", `"We have found 17 bodies," rescue chief Ana Ruiz said.`, "17 bodies", "deaths", "", "", "", "rescue chief Ana Ruiz"},
		{"outlet when nobody is named", "id", "Banjir merendam 300 rumah warga.", "300 rumah warga", "houses", "", "", "flooded", "Daily Test"},
		{"measure with its topic", "id", "Gelombang setinggi 4 meter menghantam pantai.", "4 meter", "height", "", "", "", "Daily Test"},
	}
	e := New(builtin.Packs())
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			cs := e.Document(doc(tt.Lang, tt.Text))
			c := quantityClaim(cs, tt.Claim)
			if c == nil {
				var got []string
				for _, c := range cs {
					got = append(got, fmt.Sprintf("%s %q", c.Kind, c.Text))
				}
				t.Fatalf("no quantity claim %q; got %s", tt.Claim, strings.Join(got, ", "))
			}
			if tt.Subject != "" && c.Subject != tt.Subject {
				t.Errorf("subject: got %q\nwant %q", c.Subject, tt.Subject)
			}
			if c.Actor() != tt.Actor || c.Location() != tt.Location || c.RoleKey() != tt.Role {
				t.Errorf("actor, location, role: got %q %q %q\nwant %q %q %q", c.Actor(), c.Location(), c.RoleKey(), tt.Actor, tt.Location, tt.Role)
			}
			if c.Speaker.Name != tt.Speaker {
				t.Errorf("speaker: got %q\nwant %q", c.Speaker.Name, tt.Speaker)
			}
			if got := c.Span.Of(tt.Text); got != c.Text {
				t.Errorf("span %v covers %q, want %q", c.Span, got, c.Text)
			}
		})
	}
}

func TestNoClaims(t *testing.T) {
	for _, text := range []string{
		"The bridge was built in 1998 and repaired on 3 March 2021.",
		"Rapat dimulai pukul 10.30 WIB di ruang 12.",
		"Two of them left early.",
		"The alarm sounded at 10:30:15 local time.",
		"Sirene berbunyi pukul 10.30.15 WIB.",
	} {
		for _, c := range New(builtin.Packs()).Document(doc("en", text)) {
			if c.Kind == claims.ClaimQuantity {
				t.Errorf("%q: got quantity claim %q", text, c.Text)
			}
		}
	}
}

func TestSpeakerAcrossQuotation(t *testing.T) {
	text := `"The water rose fast. Nine people drowned," district chief Omar Haddad said.`
	cs := New(builtin.Packs()).Document(doc("en", text))
	c := quantityClaim(cs, "Nine people drowned")
	if c == nil || c.Speaker.Name != "district chief Omar Haddad" {
		t.Fatalf("got %+v, want Nine people drowned said by district chief Omar Haddad", c)
	}
}

func TestPronounTakesLastSpeaker(t *testing.T) {
	text := "Mayor Lena Ortiz said the dam held.\n\nShe said 200 families were evacuated."
	cs := New(builtin.Packs()).Document(doc("en", text))
	c := quantityClaim(cs, "200 families were evacuated")
	if c == nil {
		for _, c := range cs {
			t.Logf("%s %q", c.Kind, c.Text)
		}
		t.Fatal("no claim for 200 families")
	}
	if c.Speaker.Outlet || !strings.Contains(c.Speaker.Name, "Ortiz") {
		t.Errorf("speaker: got %+v, want Mayor Lena Ortiz", c.Speaker)
	}
}

// TestBackReference checks that a sentence opening by referring back
// ("Data itu disampaikan X") names the speaker of the sentence before it,
// and only when it does.
func TestBackReference(t *testing.T) {
	tests := []struct {
		Name, Lang, Text, Claim, Speaker string
	}{
		{"hal itu dikatakan", "id", "Sebanyak 40 rumah rusak akibat angin kencang.\n\nHal itu dikatakan Kepala Pelaksana BPBD Sutrisno Wibowo.", "40 rumah", "Kepala Pelaksana BPBD Sutrisno Wibowo"},
		{"data itu disampaikan", "id", "Jumlah sapi yang terinfeksi bertambah menjadi 760 ekor. Data itu disampaikan Kepala Dinas Peternakan Rahmat Hidayat.", "760 ekor", "Kepala Dinas Peternakan Rahmat Hidayat"},
		{"figures released by", "en", "The storm destroyed 40 houses in the district.\n\nThe figures were released by the provincial disaster agency.", "40 houses", "the provincial disaster agency"},
		{"no back reference", "en", "The storm destroyed 40 houses in the district.\n\nThe governor said the schools would reopen.", "40 houses", "Daily Test"},
		{"the sentence before has its own speaker", "en", "Police said 40 houses were destroyed.\n\nThe figures were released by the provincial disaster agency.", "40 houses", "Police"},
	}
	e := New(builtin.Packs())
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			c := quantityClaim(e.Document(doc(tt.Lang, tt.Text)), tt.Claim)
			if c == nil {
				t.Fatalf("no claim %q", tt.Claim)
			}
			if c.Speaker.Name != tt.Speaker {
				t.Errorf("speaker: got %q, want %q", c.Speaker.Name, tt.Speaker)
			}
		})
	}
}

func TestClaimsKeepTheirSentenceNotTheDocument(t *testing.T) {
	text := "Officials said 12 people died in the fire."
	cs := New(builtin.Packs()).Document(doc("en", text))
	if len(cs) == 0 {
		t.Fatal("no claims")
	}
	for _, c := range cs {
		if c.Sentence != text || c.SentenceSpan.Of(text) != text || c.Line != 1 || c.Story != "story" {
			t.Errorf("got sentence %q span %v line %d story %q", c.Sentence, c.SentenceSpan, c.Line, c.Story)
		}
	}
}

func TestLinesOfJSONLDocuments(t *testing.T) {
	d := doc("en", "Officials said 12 people died.\nA second line.")
	d.Format, d.FirstLine = "jsonl", 7
	for _, c := range New(builtin.Packs()).Document(d) {
		if c.Line != 7 || d.Line(c.Span.Start) != 7 {
			t.Errorf("%q: got line %d (document says %d), want 7", c.Text, c.Line, d.Line(c.Span.Start))
		}
	}
}

// TestClaimsShareTheirOrigin: a document's claims share one Origin, and a
// claim with nothing to qualify it holds no Qualifiers (each costs 128
// bytes that most claims do not need).
func TestClaimsShareTheirOrigin(t *testing.T) {
	cs := New(builtin.Packs()).Document(doc("en", "The agency said 75 tents were set up. Officials said 12 people died in the flood on Monday. "+
		"Police said 40 houses were destroyed in Lestari. Reportedly 300 residents fled to North Wenlora last year."))
	if len(cs) < 3 {
		t.Fatalf("%d claims; want 3 or more", len(cs))
	}
	plain := 0
	for _, c := range cs {
		if c.Origin != cs[0].Origin {
			t.Errorf("claim %q has an Origin of its own", c.Text)
		}
		if q := c.Qualifiers; q != nil && q.Actor == "" && q.Location == "" && q.Event == "" && q.Rate == "" && q.When == "" && q.At == nil && len(q.Hedges) == 0 && q.RepeatOf == "" {
			t.Errorf("claim %q holds empty qualifiers", c.Text)
		}
		if c.Qualifiers == nil {
			plain++
		}
	}
	if plain == 0 {
		t.Error("every claim holds qualifiers; the plain count should hold none")
	}
}
