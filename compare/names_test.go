package compare

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/entity"
)

// person makes a claim of kind about a person named name in doc at
// offset at, with a role (written as RoleKey writes it: "former-..." for
// a past office) and its owner.
func person(kind claims.ClaimKind, doc string, at int, name, role, of string) *claims.Claim {
	e := &claims.Entity{Kind: claims.Person, Name: name, Key: entity.PersonKey(name), Role: role, Of: of}
	if r, ok := strings.CutPrefix(role, "former-"); ok {
		e.Role, e.Former = r, true
	}
	return &claims.Claim{
		ID: fmt.Sprintf("%s#%d", doc, at), Origin: &claims.Origin{Doc: doc}, Kind: kind, Text: name, Subject: e.Key,
		Span: claims.Span{Start: at, End: at + len(name)}, Entity: e,
	}
}

// thing makes a name claim about a team or vessel named n.
func thing(kind claims.EntityKind, doc string, at int, n string) *claims.Claim {
	c := name(doc, at, n, "", "")
	c.Entity.Kind = kind
	return c
}

// inSentence places c in the sentence [start, end) of its document.
func inSentence(c *claims.Claim, start, end int) *claims.Claim {
	c.SentenceSpan = claims.Span{Start: start, End: end}
	return c
}

// withOrg gives c's person the organization org.
func withOrg(c *claims.Claim, org string) *claims.Claim {
	c.Entity.Org = org
	return c
}

func name(doc string, at int, n, role, of string) *claims.Claim {
	return person(claims.ClaimName, doc, at, n, role, of)
}

func title(doc string, at int, n, role, of string) *claims.Claim {
	return person(claims.ClaimTitle, doc, at, n, role, of)
}

// describeFinding writes a finding as kind|severity|topic|doc:text,...
func describeFinding(f Finding) string {
	var sides []string
	for _, s := range f.Sides {
		side := s.Doc + ":" + s.Text
		if f.Kind == claims.ClaimTitle {
			side += "=" + s.Entity.RoleKey()
		}
		sides = append(sides, side)
	}
	return strings.Join([]string{f.Kind.String(), f.Verdict.String(), f.Between.String(), f.Severity.String(), f.Topic, strings.Join(sides, ",")}, "|")
}

func TestNameFindings(t *testing.T) {
	tests := []struct {
		Name  string
		Input []*claims.Claim
		Want  []string
	}{
		{
			Name: "one minister spelled three ways in two documents",
			Input: []*claims.Claim{
				name("a.txt", 10, "Andriiy Sybiha", "foreign-minister", "ukraine"),
				name("a.txt", 90, "Andriy Sybiga", "counterpart", "ukraine"),
				name("b.txt", 5, "Andriy Sybiha", "foreign-minister", "ukraine"),
				name("b.txt", 50, "Andriy Sybiha", "", ""),
			},
			Want: []string{
				"name|conflict|spelling|medium|spelling of Andriy Sybiha|a.txt:Andriiy Sybiha,a.txt:Andriy Sybiga,b.txt:Andriy Sybiha",
			},
		},
		{
			Name: "variants inside one document are low",
			Input: []*claims.Claim{
				name("a.txt", 10, "Bahram Eynollahi", "health-minister", "iran"),
				name("a.txt", 80, "Bahram Einollahi", "", ""),
			},
			Want: []string{
				"name|conflict|spelling|low|spelling of Bahram Eynollahi|a.txt:Bahram Eynollahi,a.txt:Bahram Einollahi",
			},
		},
		{
			Name: "two different people with one role are never paired",
			Input: []*claims.Claim{
				name("a.txt", 10, "Yoshimasa Hayashi", "minister", "japan"),
				name("b.txt", 10, "Takeshi Iwaya", "minister", "japan"),
				name("b.txt", 90, "Yoshimasa Hayashi", "chief-cabinet-secretary", "japan"),
			},
			Want: nil,
		},
		{
			Name: "apostrophes, case, diacritics and hyphens are one spelling",
			Input: []*claims.Claim{
				name("a.txt", 10, "Hasyim Asy’ari", "chair", ""),
				name("b.txt", 10, "Hasyim Asy'ari", "chair", ""),
				name("c.txt", 10, "HASYIM ASYARI", "", ""),
				name("c.txt", 40, "José Ramos-Horta", "", ""),
				name("d.txt", 40, "Jose Ramos Horta", "", ""),
			},
			Want: nil,
		},
		{
			Name: "a surname alone and an honorific are fuller and shorter forms",
			Input: []*claims.Claim{
				name("a.txt", 10, "Yoshimasa Hayashi", "", ""),
				name("a.txt", 80, "Hayashi", "", ""),
				name("b.txt", 10, "Seyed Ebrahim Raisi", "president", "iran"),
				name("c.txt", 10, "Ebrahim Raisi", "president", "iran"),
			},
			Want: nil,
		},
		{
			Name: "an honorific spelled two ways is a variant",
			Input: []*claims.Claim{
				name("c.txt", 10, "Sayyed Mohammad Saberi", "head", "kerman"),
				name("d.txt", 10, "Seyyed Mohammad Saberi", "head", "kerman"),
			},
			Want: []string{
				"name|conflict|spelling|medium|spelling of Sayyed Mohammad Saberi|c.txt:Sayyed Mohammad Saberi,d.txt:Seyyed Mohammad Saberi",
			},
		},
		{
			Name: "a longer form with a changed word; every document keeps its side",
			Input: []*claims.Claim{
				name("2.txt", 10, "Fahad Al Jalajel", "health-minister", "saudi-arabia"),
				name("3.txt", 10, "Fahad Al-Jalajel", "health-minister", "saudi-arabia"),
				name("4.txt", 10, "Fahd bin Abdurrahman Al-Jalajel", "health-minister", "saudi-arabia"),
			},
			Want: []string{
				"name|conflict|spelling|medium|spelling of Fahad Al Jalajel|2.txt:Fahad Al Jalajel,3.txt:Fahad Al-Jalajel,4.txt:Fahd bin Abdurrahman Al-Jalajel",
			},
		},
		{
			Name: "similar surnames with different first names are different people",
			Input: []*claims.Claim{
				name("a.txt", 10, "Ganjar Pranowo", "", ""),
				name("b.txt", 10, "Prabowo Subianto", "", ""),
				name("c.txt", 10, "Kim Jong Un", "leader", "north-korea"),
				name("d.txt", 10, "Kim Jong Il", "leader", "north-korea"),
				name("e.txt", 10, "Mohammad Saberi", "", ""),
				name("f.txt", 10, "Mohammad Bagheri", "", ""),
			},
			Want: nil,
		},
		{
			Name: "alike names with no word in common need a shared role or owner",
			Input: []*claims.Claim{
				name("a.txt", 10, "Rudy Hartanto", "commander", ""),
				name("b.txt", 10, "Rudi Hartono", "", ""),
				name("c.txt", 10, "Andriiy Sybiha", "foreign-minister", "ukraine"),
				name("c.txt", 90, "Andriy Sybiga", "counterpart", "ukraine"),
			},
			Want: []string{
				"name|conflict|spelling|low|spelling of Andriiy Sybiha|c.txt:Andriiy Sybiha,c.txt:Andriy Sybiga",
			},
		},
		{
			Name: "one person given two ministries",
			Input: []*claims.Claim{
				title("a.txt", 10, "Takeshi Iwaya", "foreign-minister", "japan"),
				title("b.txt", 10, "Takeshi Iwaya", "defence-minister", "japan"),
			},
			Want: []string{
				"title|conflict|misreport|medium|title of Takeshi Iwaya|a.txt:Takeshi Iwaya=foreign-minister,b.txt:Takeshi Iwaya=defence-minister",
			},
		},
		{
			Name: "one person spelled two ways given two ministries",
			Input: []*claims.Claim{
				name("a.txt", 10, "Marek Kowalczyk", "", ""),
				title("a.txt", 10, "Marek Kowalczyk", "foreign-minister", "poland"),
				name("b.txt", 10, "Marek Kowalczik", "", ""),
				title("b.txt", 10, "Marek Kowalczik", "defence-minister", "poland"),
			},
			Want: []string{
				"name|conflict|spelling|medium|spelling of Marek Kowalczyk|a.txt:Marek Kowalczyk,b.txt:Marek Kowalczik",
				"title|conflict|misreport|medium|title of Marek Kowalczyk|a.txt:Marek Kowalczyk=foreign-minister,b.txt:Marek Kowalczik=defence-minister",
			},
		},
		{
			Name: "the same role in two languages, a generic role and a past office agree",
			Input: []*claims.Claim{
				title("en.txt", 10, "Retno Marsudi", "foreign-minister", "indonesia"),
				title("id.txt", 10, "Retno Marsudi", "foreign-minister", ""),
				title("id.txt", 90, "Retno Marsudi", "minister", ""),
				title("x.txt", 10, "Retno Marsudi", "former-defence-minister", ""),
				title("x.txt", 50, "Retno Marsudi", "counterpart", "indonesia"),
				title("y.txt", 10, "Yoshimasa Hayashi", "chief-cabinet-secretary", "japan"),
				title("z.txt", 10, "Yoshimasa Hayashi", "cabinet-secretary", "japan"),
			},
			Want: nil,
		},
		{
			Name: "a lower office and two offices of different kinds",
			Input: []*claims.Claim{
				title("a.txt", 10, "Gibran Rakabuming Raka", "vice-president", "indonesia"),
				title("b.txt", 10, "Gibran Rakabuming Raka", "president", "indonesia"),
				title("c.txt", 10, "Prabowo Subianto", "defence-minister", ""),
				title("d.txt", 10, "Prabowo Subianto", "presidential-candidate", ""),
			},
			Want: []string{
				"title|conflict|misreport|medium|title of Gibran Rakabuming Raka|a.txt:Gibran Rakabuming Raka=vice-president,b.txt:Gibran Rakabuming Raka=president",
			},
		},
		{
			Name: "one office of two places",
			Input: []*claims.Claim{
				title("a.txt", 10, "Andriy Sybiha", "foreign-minister", "ukraine"),
				title("a.txt", 90, "Andriy Sybiha", "foreign-minister", "japan"),
			},
			Want: []string{
				"title|conflict|misreport|low|title of Andriy Sybiha|a.txt:Andriy Sybiha=foreign-minister,a.txt:Andriy Sybiha=foreign-minister",
			},
		},
		{
			Name: "old and new spelling, transliterations, short words and word order",
			Input: []*claims.Claim{
				name("a.txt", 10, "Tjahjadi Gunawan", "", ""),
				name("b.txt", 10, "Cahyadi Gunawan", "", ""),
				name("a.txt", 40, "Abakar Mahamat Nour", "", ""),
				name("b.txt", 40, "Abakar Mahamat Nur", "", ""),
				name("a.txt", 70, "Lee Young-Jung", "", ""),
				name("b.txt", 70, "Lee Young-joon", "", ""),
				name("a.txt", 100, "Pratama Arhan", "", ""),
				name("b.txt", 100, "Archan Pratama", "", ""),
			},
			Want: []string{
				"name|conflict|spelling|medium|spelling of Tjahjadi Gunawan|a.txt:Tjahjadi Gunawan,b.txt:Cahyadi Gunawan",
				"name|conflict|spelling|medium|spelling of Abakar Mahamat Nour|a.txt:Abakar Mahamat Nour,b.txt:Abakar Mahamat Nur",
				"name|conflict|spelling|medium|spelling of Lee Young-Jung|a.txt:Lee Young-Jung,b.txt:Lee Young-joon",
				"name|conflict|spelling|medium|spelling of Pratama Arhan|a.txt:Pratama Arhan,b.txt:Archan Pratama",
			},
		},
		{
			Name: "alike names in one sentence, or of two organizations, are two people",
			Input: []*claims.Claim{
				inSentence(name("a.txt", 10, "Daniel Kiprono", "", ""), 0, 60),
				inSentence(name("a.txt", 30, "Daniel Kipruto", "", ""), 0, 60),
				withOrg(name("b.txt", 10, "Rina Marlina", "head", ""), "health-office"),
				withOrg(name("b.txt", 90, "Rini Marlina", "head", ""), "caterer"),
			},
			Want: nil,
		},
		{
			Name: "no word shares its first three letters, and a shared role pairs them",
			Input: []*claims.Claim{
				name("a.txt", 10, "Moechtar Djafar", "regent", "sukaraja"),
				name("b.txt", 10, "Muhtar Jafar", "regent", ""),
			},
			Want: []string{
				"name|conflict|spelling|medium|spelling of Moechtar Djafar|a.txt:Moechtar Djafar,b.txt:Muhtar Jafar",
			},
		},
		{
			Name: "a title or place glued before one of the spellings is no third side",
			Input: []*claims.Claim{
				name("a.txt", 10, "Pelatih Bram Sitompul", "", ""),
				name("a.txt", 90, "Bram Sitompul", "coach", ""),
				name("b.txt", 10, "Bram Situmpul", "coach", ""),
			},
			Want: []string{
				"name|conflict|spelling|medium|spelling of Bram Sitompul|a.txt:Bram Sitompul,b.txt:Bram Situmpul",
			},
		},
		{
			Name: "a generic office of an organization and a specific office in one article are two people",
			Input: []*claims.Claim{
				withOrg(name("a.txt", 10, "Dewi Kartika", "district-head", "cibeureum"), ""),
				withOrg(name("a.txt", 90, "Dewi Kartini", "head", "cibeureum"), "puskesmas-cibeureum"),
				name("b.txt", 10, "Dewi Kartini", "", ""),
			},
			Want: nil,
		},
		{
			Name: "two specific offices of different kinds, or one office of two places, are two people",
			Input: []*claims.Claim{
				name("a.txt", 10, "Hendra Gunawan", "regent", "sukaraja"),
				name("b.txt", 10, "Hendra Gunawa", "police-chief", ""),
				name("c.txt", 10, "Rudi Hartanto", "regent", "sukaraja"),
				name("d.txt", 10, "Rudi Hartono", "regent", "cisarua"),
			},
			Want: nil,
		},
		{
			Name: "codes and inflected words are never spellings",
			Input: []*claims.Claim{
				name("a.txt", 10, "Kapten GA152 Budiman", "", ""),
				name("b.txt", 10, "Kapten GA125 Budiman", "", ""),
				name("a.txt", 40, "Warga Surabayan Sejati", "", ""),
				name("b.txt", 40, "Warga Surabayans Sejati", "", ""),
			},
			Want: nil,
		},
		{
			Name: "teams: one skeleton and a club with its town are spellings; a letter changed is another club",
			Input: []*claims.Claim{
				thing(claims.Team, "a.txt", 10, "Persedaya"),
				thing(claims.Team, "b.txt", 10, "Persedaja Lestari"),
				thing(claims.Team, "a.txt", 50, "Persewaya Timur"),
				thing(claims.Team, "c.txt", 10, "Persewaya"),
				thing(claims.Team, "c.txt", 50, "Persedaya"),
			},
			Want: []string{
				"name|conflict|spelling|medium|spelling of Persedaya|a.txt:Persedaya,b.txt:Persedaja Lestari,c.txt:Persedaya",
			},
		},
		{
			Name: "a one-word team named two ways in one article is two teams; a vessel never meets a person",
			Input: []*claims.Claim{
				thing(claims.Team, "a.txt", 10, "Persekat"),
				thing(claims.Team, "a.txt", 90, "Persekkat"),
				thing(claims.Vessel, "a.txt", 120, "Sinar Lestari"),
				name("b.txt", 10, "Sinar Lestary", "", ""),
			},
			Want: nil,
		},
		{
			Name: "other kinds of claim are ignored",
			Input: []*claims.Claim{
				{Origin: &claims.Origin{Doc: "a.txt"}, Kind: claims.ClaimQuantity, Text: "3,000 troops"},
				nil,
			},
			Want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			var got []string
			for _, f := range NameFindings(tt.Input) {
				got = append(got, describeFinding(f))
			}
			if !reflect.DeepEqual(got, tt.Want) {
				t.Errorf("got %q\nwant %q", got, tt.Want)
			}
		})
	}
}

func TestNameFindingsDiff(t *testing.T) {
	tests := []struct {
		Name  string
		Input []*claims.Claim
		Want  []Edit
	}{
		{
			Name: "two letters",
			Input: []*claims.Claim{
				name("a.txt", 10, "Andriiy Sybiha", "foreign-minister", "ukraine"),
				name("b.txt", 10, "Andriy Sybiga", "counterpart", "ukraine"),
			},
			Want: []Edit{{Equal, "Andri"}, {Delete, "i"}, {Equal, "y Sybi"}, {Delete, "h"}, {Insert, "g"}, {Equal, "a"}},
		},
		{
			Name: "an inserted letter",
			Input: []*claims.Claim{
				name("a.txt", 10, "Qasem Soleimani", "", ""),
				name("b.txt", 10, "Qassem Soleimani", "", ""),
			},
			Want: []Edit{{Equal, "Qas"}, {Insert, "s"}, {Equal, "em Soleimani"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			fs := NameFindings(tt.Input)
			if len(fs) != 1 {
				t.Fatalf("got %d findings, want 1", len(fs))
			}
			if !reflect.DeepEqual(fs[0].Diff, tt.Want) {
				t.Errorf("got %v\nwant %v", fs[0].Diff, tt.Want)
			}
		})
	}
}

// TestNameFindingsOrder checks that the input order does not change the
// output.
func TestNameFindingsOrder(t *testing.T) {
	cs := []*claims.Claim{
		name("b.txt", 10, "Qassem Soleimani", "", ""),
		name("a.txt", 10, "Qasem Soleimani", "", ""),
		name("c.txt", 10, "Bahram Einollahi", "", ""),
		name("a.txt", 50, "Bahram Eynollahi", "", ""),
	}
	want := NameFindings(cs)
	rev := []*claims.Claim{cs[3], cs[2], cs[1], cs[0]}
	got := NameFindings(rev)
	if len(got) != 2 || !reflect.DeepEqual(describeAll(got), describeAll(want)) {
		t.Errorf("got %q\nwant %q", describeAll(got), describeAll(want))
	}
}

func describeAll(fs []Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, describeFinding(f))
	}
	return out
}

func ExampleNameFindings() {
	cs := []*claims.Claim{
		name("cna.txt", 120, "Andriiy Sybiha", "foreign-minister", "ukraine"),
		name("afp.txt", 300, "Andriy Sybiga", "foreign-minister", "ukraine"),
		name("afp.txt", 200, "Takeshi Iwaya", "foreign-minister", "japan"),
	}
	for _, f := range NameFindings(cs) {
		fmt.Println(f.Kind, f.Verdict, f.Between, f.Severity, f.Topic)
		for _, e := range f.Diff {
			fmt.Printf("%+d %q\n", e.Op, e.Text)
		}
	}
	// Output:
	// name conflict spelling medium spelling of Andriy Sybiga
	// +0 "Andri"
	// +1 "i"
	// +0 "y Sybi"
	// -1 "g"
	// +1 "h"
	// +0 "a"
}

func TestPhoneticKey(t *testing.T) {
	tests := []struct {
		Name, Input, Want string
	}{
		{"a vowel first", "ahmad", "amd"},
		{"kh is h", "akhmad", "amd"},
		{"h between vowels and doubled letters", "muhammad", "md"},
		{"another vowel", "mohammad", "md"},
		{"doubled consonants", "hasannudin", "hsndn"},
		{"y and w are no consonants", "wayan", "wn"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if got := phoneticKey(tt.Input); got != tt.Want {
				t.Errorf("phoneticKey(%q) = %q\nwant %q", tt.Input, got, tt.Want)
			}
		})
	}
}

func TestTrigrams(t *testing.T) {
	tests := []struct {
		Name, Input string
		Want        []string
	}{
		{"marks at both ends", "budi", []string{"^bu", "bud", "udi", "di$"}},
		{"two letters", "al", []string{"^al", "al$"}},
		{"letters beyond ASCII", "joão", []string{"^jo", "joã", "oão", "ão$"}},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			var got []string
			for _, tri := range appendTrigrams(nil, tt.Input) {
				got = append(got, string(tri[:]))
			}
			if !reflect.DeepEqual(got, tt.Want) {
				t.Errorf("appendTrigrams(%q) = %q\nwant %q", tt.Input, got, tt.Want)
			}
		})
	}
}

func TestInflected(t *testing.T) {
	tests := []struct {
		Name, Long, Short string
		Want              bool
	}{
		{"a demonym's plural", "surabayans", "surabayan", true},
		{"a demonym of a place", "surabayan", "surabaya", true},
		{"-ese", "bandungese", "bandung", true},
		{"a letter changed", "surabayan", "surabaian", false},
		{"a short stem", "ados", "ado", false},
		{"the same word", "tegar", "tegar", false},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if got := inflected(tt.Long, tt.Short); got != tt.Want {
				t.Errorf("inflected(%q, %q) = %v\nwant %v", tt.Long, tt.Short, got, tt.Want)
			}
		})
	}
}

func TestThingVariant(t *testing.T) {
	tests := []struct {
		Name string
		A, B []string
		Want bool
	}{
		{"one skeleton", []string{"persekaja"}, []string{"persekaya"}, true},
		{"a letter more inside", []string{"persekaya"}, []string{"perskaya"}, true},
		{"the last letter swapped", []string{"persekaya"}, []string{"persekaay"}, false},
		{"two letters swapped inside", []string{"persekaya"}, []string{"pesrekaya"}, true},
		{"a letter changed makes another club", []string{"persimo"}, []string{"persiko"}, false},
		{"a last letter more makes another club", []string{"persimo"}, []string{"persimon"}, false},
		{"a code", []string{"kmp2"}, []string{"kmp3"}, false},
		{"longer names follow the rules of people", []string{"sinar", "lestari"}, []string{"sinar", "lestary"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if got, _ := newWordMatcher().thingVariant(tt.A, tt.B); got != tt.Want {
				t.Errorf("thingVariant(%q, %q) = %v\nwant %v", tt.A, tt.B, got, tt.Want)
			}
		})
	}
}

// TestCandidatePairs checks that forms are paired by any trigram of a
// word's skeleton or by its phonetic key, not by the first three
// letters, and never across kinds.
func TestCandidatePairs(t *testing.T) {
	tests := []struct {
		Name  string
		Input []*claims.Claim
		Want  [][2]int
	}{
		{
			Name:  "first letters differ, skeletons share a trigram",
			Input: []*claims.Claim{name("a.txt", 0, "Moechtar Djafar", "", ""), name("b.txt", 0, "Muhtar Jafar", "", "")},
			Want:  [][2]int{{0, 1}},
		},
		{
			Name:  "nothing shared",
			Input: []*claims.Claim{name("a.txt", 0, "Budi Santoso", "", ""), name("b.txt", 0, "Wayan Koster", "", "")},
			Want:  nil,
		},
		{
			Name:  "a vessel never meets a person",
			Input: []*claims.Claim{name("a.txt", 0, "Sinar Lestari", "", ""), thing(claims.Vessel, "a.txt", 0, "Sinar Lestari")},
			Want:  nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			got := candidatePairs(gatherSpellings(tt.Input), newWordMatcher())
			if !reflect.DeepEqual(got, tt.Want) {
				t.Errorf("got %v\nwant %v", got, tt.Want)
			}
		})
	}
}
