package entity_test

import (
	"reflect"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/entity"
)

// TestPeopleOverGuesses covers a name read as a place from the preposition
// before it: the person the document names the same way elsewhere, and a
// place otherwise or when a head word names it.
func TestPeopleOverGuesses(t *testing.T) {
	tests := []struct {
		Name  string
		Lang  string
		Input string
		Want  []string // kind|name of each mention, in text order
	}{
		{
			Name:  "en a scorer after from, named again",
			Lang:  "en",
			Input: "The only goal came from Rian Pradipta.\nLater a challenge on Rian Pradipta went unpunished.",
			Want:  []string{"person|Rian Pradipta", "person|Rian Pradipta"},
		},
		{
			Name:  "id a name after dari, named again",
			Lang:  "id",
			Input: "Gol tunggal datang dari Rian Pradipta.\nRian Pradipta kemudian ditarik keluar.",
			Want:  []string{"person|Rian Pradipta", "person|Rian Pradipta"},
		},
		{
			Name:  "a place named once stays a place",
			Lang:  "id",
			Input: "Warga mengungsi dari Curah Koboan.\nBantuan tiba sore hari.",
			Want:  []string{"place|Curah Koboan"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if got := linkedEntities(tt.Lang, tt.Input); !reflect.DeepEqual(got, tt.Want) {
				t.Errorf("got %q\nwant %q", got, tt.Want)
			}
		})
	}
}

// linkedEntities recognizes and links the entities of a document's text
// and returns each as "kind|name", in text order.
func linkedEntities(lang, text string) []string {
	ms := findDoc(recognizer(lang), text)
	entity.Link(ms)
	var got []string
	for _, m := range ms {
		if e := m.Entity; m.Kind == claims.MentionEntity && e != nil {
			got = append(got, e.Kind.String()+"|"+e.Name)
		}
	}
	return got
}
