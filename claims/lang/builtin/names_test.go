package builtin

import (
	"reflect"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims/lang"
)

func TestParseNames(t *testing.T) {
	tests := []struct {
		Name, Input string
		Want        map[string]string
		Err         bool
	}{
		{"names and keys", "Jawa Timur\teast-java\tID-JI\tProvince\nBali\tbali\n", map[string]string{"Jawa Timur": "east-java", "Bali": "bali"}, false},
		{"comments and blank lines", "# header\n\n# name\tkey\nAceh\taceh\r\n", map[string]string{"Aceh": "aceh"}, false},
		{"empty", "", map[string]string{}, false},
		{"a name without a key", "Aceh\n", nil, true},
		{"an empty key", "Aceh\t\n", nil, true},
		{"an empty name", "\taceh\n", nil, true},
		{"spaces are no tab", "Aceh aceh\n", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			got, err := lang.ParseNames(tt.Input)
			if (err != nil) != tt.Err {
				t.Fatalf("got error %v, want error %v", err, tt.Err)
			}
			if !tt.Err && !reflect.DeepEqual(got, tt.Want) {
				t.Errorf("got %v\nwant %v", got, tt.Want)
			}
		})
	}
}

func FuzzParseNames(f *testing.F) {
	f.Add("Jawa Timur\teast-java\tID-JI\tProvince\n# comment\nBali\tbali\n")
	f.Add("\t\n\r\n#")
	f.Fuzz(func(t *testing.T, data string) {
		names, err := lang.ParseNames(data)
		if err != nil {
			return
		}
		for name, key := range names {
			if name == "" || key == "" || strings.ContainsAny(name, "\t\n") || strings.ContainsAny(key, "\t\n") {
				t.Errorf("parsed %q → %q from %q", name, key, data)
			}
		}
	})
}

// TestSubdivisionsAreShared checks that both packs key the same
// subdivisions of iso-codes, so that a province named in either language
// aligns.
func TestSubdivisionsAreShared(t *testing.T) {
	keys := map[string]map[string]bool{}
	for _, p := range Packs().All() {
		keys[p.Code] = map[string]bool{}
		for name, key := range p.Entities.Places {
			if p.Entities.Sources[name] == lang.SourceSubdivision {
				keys[p.Code][key] = true
			}
		}
	}
	if !reflect.DeepEqual(keys["en"], keys["id"]) {
		t.Errorf("subdivision keys differ:\nen %v\nid %v", keys["en"], keys["id"])
	}
	for _, key := range []string{"east-java", "central-sulawesi", "riau-islands", "java", "jakarta"} {
		if !keys["id"][key] {
			t.Errorf("no subdivision keyed %q", key)
		}
	}
}
