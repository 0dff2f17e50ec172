package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExonym(t *testing.T) {
	tests := []struct {
		Name, Code, Input, Want string
	}{
		{"compass after the name", "ID-JI", "Jawa Timur", "East Java"},
		{"island in English", "ID-SM", "Sumatera", "Sumatra"},
		{"compass and island", "ID-SU", "Sumatera Utara", "North Sumatra"},
		{"two-word compass first", "ID-PD", "Papua Barat Daya", "Southwest Papua"},
		{"southeast", "ID-SG", "Sulawesi Tenggara", "Southeast Sulawesi"},
		{"islands", "ID-BB", "Kepulauan Bangka Belitung", "Bangka Belitung Islands"},
		{"a compass word inside a name is no compass", "ID-NU", "Nusa Tenggara", "Nusa Tenggara"},
		{"compass after a name holding one", "ID-NB", "Nusa Tenggara Barat", "West Nusa Tenggara"},
		{"capital", "ID-JK", "Jakarta Raya", "Jakarta"},
		{"unchanged", "ID-BA", "Bali", "Bali"},
		{"another country is left alone", "MY-13", "Sarawak Barat", "Sarawak Barat"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if got := exonym(tt.Code, tt.Input); got != tt.Want {
				t.Errorf("got %q\nwant %q", got, tt.Want)
			}
		})
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ Input, Want string }{
		{"East Java", "east-java"},
		{"Kermān", "kerman"},
		{"  Bangka  Belitung Islands ", "bangka-belitung-islands"},
		{"Côte d’Ivoire", "cote-d-ivoire"},
	}
	for _, tt := range tests {
		if got := slug(tt.Input); got != tt.Want {
			t.Errorf("slug(%q) = %q, want %q", tt.Input, got, tt.Want)
		}
	}
}

// TestCommittedFilesAreCurrent regenerates the packs' names files from the
// installed iso-codes and compares their entries with the committed ones
// (the header names the version installed, which may differ).
func TestCommittedFilesAreCurrent(t *testing.T) {
	iso := "/usr/share/iso-codes/json/iso_3166-2.json"
	if _, err := os.Stat(iso); err != nil {
		t.Skip("iso-codes is not installed")
	}
	dir := t.TempDir()
	for _, pack := range []string{"id", "en"} {
		if err := os.MkdirAll(filepath.Join(dir, pack), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	var stderr bytes.Buffer
	if code := run([]string{"-iso", iso, "-dir", dir}, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	for _, pack := range []string{"id", "en"} {
		got, err := os.ReadFile(filepath.Join(dir, pack, "subdivisions.tsv"))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("..", "..", "claims", "lang", pack, "subdivisions.tsv"))
		if err != nil {
			t.Fatal(err)
		}
		if withoutComments(got) != withoutComments(want) {
			t.Errorf("%s/subdivisions.tsv is not what the script writes from the installed iso-codes: run go run ./scripts/subdivisions", pack)
		}
		if !strings.Contains(string(want), "LGPL-2.1+") {
			t.Errorf("%s/subdivisions.tsv does not name iso-codes' licence", pack)
		}
	}
}

// withoutComments drops a names file's comment lines.
func withoutComments(data []byte) string {
	var b strings.Builder
	for _, line := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(line, "#") {
			b.WriteString(line + "\n")
		}
	}
	return b.String()
}
