package entity_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/entity"
)

// BenchmarkFind runs Find over the sentences of the test articles in
// testdata/entities, one sentence a line.
func BenchmarkFind(b *testing.B) {
	for _, tc := range []struct{ lang, file string }{{"en", "article_en.txt"}, {"id", "article_id.txt"}} {
		b.Run(tc.lang, func(b *testing.B) {
			data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "entities", tc.file))
			if err != nil {
				b.Skip(err)
			}
			text := string(data)
			r := recognizer(tc.lang)
			sents := sentences(text)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				for _, s := range sents {
					r.Find(text, s)
				}
			}
		})
	}
}

// BenchmarkNew measures building a recognizer, which indexes the pack and
// the world's country names once.
func BenchmarkNew(b *testing.B) {
	p := idPack
	for range b.N {
		entity.New(p)
	}
}

// TestArticles checks that the test articles' people come out linked to
// their full names.
func TestArticles(t *testing.T) {
	tests := []struct {
		Name string
		Lang string
		File string
		Want map[string]string // words of a person mention → key|role|of
	}{
		{
			Name: "english",
			Lang: "en",
			File: "article_en.txt",
			Want: map[string]string{
				"Japan's foreign minister":                  "takeshi iwaya|foreign-minister|japan",
				"Iwaya":                                     "takeshi iwaya|foreign-minister|japan",
				"Sybiha":                                    "andrii sybiha|foreign-minister|ukraine",
				"Secretary-General Mark Rutte":              "mark rutte|secretary-general|",
				"Indonesian President Joko Widodo":          "joko widodo|president|indonesia",
				"Saudi Health Minister Fahad Al-Jalajel":    "fahad al jalajel|health-minister|saudi-arabia",
				"Chief Cabinet Secretary Yoshimasa Hayashi": "yoshimasa hayashi|chief-cabinet-secretary|",
			},
		},
		{
			Name: "indonesian",
			Lang: "id",
			File: "article_id.txt",
			Want: map[string]string{
				"Hayashi":    "yoshimasa hayashi|chief-cabinet-secretary|",
				"Al-Jalajel": "fahd bin abdurrahman al jalajel|health-minister|saudi-arabia",
				"Kepala BNPB Letnan Jenderal TNI Suharyanto": "suharyanto|head|",
				"Ketua KPU Hasyim Asy’ari":                   "hasyim asyari|chair|",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "entities", tt.File))
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			ms := findDoc(recognizer(tt.Lang), text)
			entity.Link(ms)
			got := map[string]string{}
			for _, m := range ms {
				if m.Entity.Kind == claims.Person {
					e := m.Entity
					got[m.Span.Of(text)] = e.Key + "|" + e.Role + "|" + e.Of
				}
			}
			for w, want := range tt.Want {
				if got[w] != want {
					t.Errorf("%s: got %q\nwant %q", w, got[w], want)
				}
			}
		})
	}
}

func ExampleRecognizer_Find() {
	text := "Ukraine's Foreign Minister Andriiy Sybiha met his Japanese counterpart in Kyiv."
	r := entity.New(enPack)
	for _, m := range r.Find(text, claims.Span{Start: 0, End: len(text)}) {
		e := m.Entity
		fmt.Printf("%s %q key=%s role=%s of=%s\n", e.Kind, m.Span.Of(text), e.Key, e.Role, e.Of)
	}
	// Output:
	// person "Ukraine's Foreign Minister Andriiy Sybiha" key=andriiy sybiha role=foreign-minister of=ukraine
	// person "Japanese counterpart" key= role=counterpart of=japan
	// place "Kyiv" key=ukraine role= of=
}

func ExampleLink() {
	text := "Kepala Sekretaris Kabinet Yoshimasa Hayashi menyampaikan keprihatinan.\n\"Kami memantau,\" kata Hayashi."
	r := entity.New(idPack)
	ms := findDoc(r, text)
	entity.Link(ms)
	for _, m := range ms {
		fmt.Printf("%q key=%s role=%s\n", m.Span.Of(text), m.Entity.Key, m.Entity.Role)
	}
	// Output:
	// "Kepala Sekretaris Kabinet Yoshimasa Hayashi" key=yoshimasa hayashi role=chief-cabinet-secretary
	// "Hayashi" key=yoshimasa hayashi role=chief-cabinet-secretary
}
