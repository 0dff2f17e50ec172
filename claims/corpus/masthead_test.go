package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// TestMastheads checks which lines near the top of a body only name the
// outlet: alone or with a section, in any case; not a sentence that opens
// with the outlet's name, not a line farther down, not another outlet.
func TestMastheads(t *testing.T) {
	tests := []struct {
		Name, Source, Body string
		Want               []string
	}{
		{"the name alone", "Kabar Delta", "Kabar Delta\n\nBPBD Sidoarjo mencatat 214 rumah rusak.", []string{"Kabar Delta"}},
		{"in capitals with a section", "Kabar Pantura", "KABAR PANTURA - Hukum\n\nPengadilan memvonis terdakwa.", []string{"KABAR PANTURA - Hukum"}},
		{"a sentence that opens with the name", "Kabar Delta", "Kabar Delta melaporkan 214 rumah rusak.", nil},
		{"a long line after the name", "Kabar Delta", "Kabar Delta - Berita Terkini Hari Ini dari Seluruh Nusantara\n\nTeks.", nil},
		{"another outlet", "Kabar Delta", "Warta Delta\n\nTeks.", nil},
		{"too far down", "Kabar Delta", "a\nb\nc\nd\ne\nf\nKabar Delta\n", nil},
		{"no source", "", "Kabar Delta\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			var got []string
			for _, sp := range mastheads(tt.Body, claims.Span{End: len(tt.Body)}, tt.Source) {
				got = append(got, sp.Of(tt.Body))
			}
			if len(got) != len(tt.Want) {
				t.Fatalf("got %q, want %q", got, tt.Want)
			}
			for i := range got {
				if got[i] != tt.Want[i] {
					t.Errorf("got %q, want %q", got, tt.Want)
				}
			}
		})
	}
}

// TestMastheadIsFurniture loads an article whose body opens with its
// outlet's name above an advertisement: both lines are furniture, in
// order, and the text after them is not.
func TestMastheadIsFurniture(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	text := "---\nsource: Kabar Delta\nlanguage: id\n---\n\nKabar Delta\n\nAdvertisement\n\nDua warga meninggal dunia.\n"
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	doc := loadOne(t, p)
	var got []string
	for _, sp := range doc.Furniture {
		got = append(got, sp.Of(doc.Text))
	}
	if strings.Join(got, "|") != "Kabar Delta|Advertisement" {
		t.Errorf("furniture %q, want the masthead and the advertisement", got)
	}
}
