package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestDecode64(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
		ok   bool
	}{
		{"A", 0, true}, {"B", 1, true}, {"/", 63, true}, {"BA", 64, true},
		{"iC/", 34*64*64 + 2*64 + 63, true},
		{"", 0, false}, {"A=", 0, false}, {"ABCDEFGHI", 0, false}, {"é", 0, false},
	} {
		got, err := decode64(c.in)
		if got != c.want || (err == nil) != c.ok {
			t.Errorf("decode64(%q) = %d, %v; want %d, ok %v", c.in, got, err, c.want, c.ok)
		}
	}
}

func TestParseIndex(t *testing.T) {
	refs, err := parseIndex("00databaseinfo\tc\tRL\nbarrel\tB\tC\n\nact\tlbm\tv\n")
	want := []ref{{"barrel", 1, 2}, {"act", 37*64*64 + 27*64 + 38, 47}}
	if err != nil || !reflect.DeepEqual(refs, want) {
		t.Errorf("parseIndex = %v, %v; want %v", refs, err, want)
	}
	for _, bad := range []string{"barrel\tB\n", "barrel\tB\tC\tD\n", "barrel\t!\tC\n", "barrel\tB\t\n"} {
		if _, err := parseIndex(bad); err == nil {
			t.Errorf("parseIndex(%q) gave no error", bad)
		}
	}
}

// The entries are as the Debian package writes them.
func TestParseEntry(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     entry
		ok       bool
	}{
		{"one sense", "hospital //ˈhɑs.pɪ.tl̩// //ˈɒs.pɪ.tl̩// <n>\nrumah sakit\nlarge medical facility\n",
			entry{word: "hospital", pos: "n", senses: [][]string{{"rumah sakit"}}}, true},
		{"several translations", "shop //ʃop// //ʃɑp// <n>\ntoko, kedai\nestablishment that sells goods\n",
			entry{word: "shop", pos: "n", senses: [][]string{{"toko", "kedai"}}}, true},
		{"numbered senses", "barrel //ˈbæɹəl// /[ˈbæɹəɫ]/ <n>\n1. barel\nquantity\n2. tong\nround vessel made from staves bound with a hoop\n",
			entry{word: "barrel", pos: "n", senses: [][]string{{"barel"}, {"tong"}}}, true},
		{"numbered glosses of one sense", "cat //kat// <n>\nkucing 2.\ndomestic species\n 3.\nmember of the family Felidae\n",
			entry{word: "cat", pos: "n", senses: [][]string{{"kucing"}}}, true},
		{"numbered glosses inside senses", "bank //bæŋk// <n>\n1. bank 2.\ninstitution\n 3.\nbranch office\n2. gosong, bank\nan underwater area\n",
			entry{word: "bank", pos: "n", senses: [][]string{{"bank"}, {"gosong", "bank"}}}, true},
		{"wiki links, duplicates", "brother //ˈbɹʌðə// <n>\nabang, saudara, [[adik laki-laki]], saudara\nson of the same parents\n",
			entry{word: "brother", pos: "n", senses: [][]string{{"abang", "saudara", "adik laki-laki"}}}, true},
		{"remarks and exclamations", "goodfornothing /x/ <n>\n(orang) brengsek, sampah, dasar!\nx\n",
			entry{word: "goodfornothing", pos: "n", senses: [][]string{{"brengsek", "sampah"}}}, true},
		{"no pronunciation, capitals, diacritics", "Café <n>\nKafé\n",
			entry{word: "cafe", pos: "n", senses: [][]string{{"kafe"}}}, true},
		{"no translation", "act //ækt// <v>\n",
			entry{word: "act", pos: "v"}, true},
		{"no part of speech", "at least /at lˈiːst/\nsetidaknya\n", entry{}, false},
		{"white space in the headword", "police \t officer <n>\npolisi\n",
			entry{word: "police officer", pos: "n", senses: [][]string{{"polisi"}}}, true},
	} {
		got, ok := parseEntry(c.in)
		if ok != c.ok || !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: parseEntry = %+v, %v; want %+v, %v", c.name, got, ok, c.want, c.ok)
		}
	}
}

func TestLevel(t *testing.T) {
	levels := map[string]int{}
	addLevels(levels, "police\nofficer\nhouse\n", 35)
	addLevels(levels, "police\nofficer\nCafé\n", 10)
	addLevels(levels, "extinguisher\n", 40)
	for _, c := range []struct {
		word string
		want int
	}{
		{"police", 10}, {"house", 35}, {"cafe", 10}, {"police officer", 10},
		{"fire extinguisher", unknownLevel}, {"officer-extinguisher", 40},
		{"corban", unknownLevel}, {"", unknownLevel},
	} {
		if got := level(levels, c.word); got != c.want {
			t.Errorf("level(%q) = %d, want %d", c.word, got, c.want)
		}
	}
	if got := level(nil, "house"); got != unknownLevel {
		t.Errorf("level without lists = %d", got)
	}
}

// TestRun converts a small dictionary written as dictd would.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	entries := []string{
		"barrel /x/ <n>\n1. barel\nquantity\n2. tong\nvessel\n",
		"run /x/ <v>\nlari\nto move fast\n",
		"bank /x/ <n>\nbank\ninstitution\n",
		"bank /x/ <n>\ntepi\nedge of a river\n",
		"abacus /x/ <n>\nsempoa\ncounting frame\n",
	}
	var dict, idx strings.Builder
	for _, e := range entries {
		idx.WriteString(strings.Fields(e)[0] + "\t" + encode64(dict.Len()) + "\t" + encode64(len(e)) + "\n")
		dict.WriteString(e)
	}
	var z bytes.Buffer
	w := gzip.NewWriter(&z)
	w.Write([]byte(dict.String()))
	w.Close()
	write(t, filepath.Join(dir, "d.index"), "00databaseinfo\tA\tB\n"+idx.String())
	write(t, filepath.Join(dir, "d.dict.dz"), z.String())
	write(t, filepath.Join(dir, "sc", "english-words.10"), "bank\n")
	write(t, filepath.Join(dir, "sc", "english-words.35"), "barrel\nbank\n")
	write(t, filepath.Join(dir, "sc", "english-proper-names.10"), "abacus\n")
	var out, errs bytes.Buffer
	code := run([]string{"-index", filepath.Join(dir, "d.index"), "-dict", filepath.Join(dir, "d.dict.dz"),
		"-scowl", filepath.Join(dir, "sc"), "-version", "1.0-1", "-scowl-version", "2.0-1"}, &out, &errs)
	if code != 0 {
		t.Fatalf("run = %d: %s", code, errs.String())
	}
	want := "# languages: en id\n" +
		"# source: Debian dict-freedict-eng-ind 1.0-1 (FreeDict + WikDict, from Wiktionary), CC BY-SA 3.0; see ATTRIBUTION.md\n" +
		"# levels: Debian scowl 2.0-1 (SCOWL, Kevin Atkinson); see ATTRIBUTION.md\n" +
		"# generated by scripts/freedict: headword TAB pos TAB level TAB sense TAB ...; a sense is its translations joined by \",\"\n" +
		"abacus\tn\t100\tsempoa\n" +
		"bank\tn\t10\tbank\ttepi\n" +
		"barrel\tn\t35\tbarel\ttong\n"
	if out.String() != want {
		t.Errorf("run wrote\n%s\nwant\n%s", out.String(), want)
	}
	if code := run([]string{"-index", filepath.Join(dir, "d.index")}, &out, &errs); code != 2 {
		t.Errorf("run without -dict = %d, want 2", code)
	}
	if code := run([]string{"-index", filepath.Join(dir, "none"), "-dict", filepath.Join(dir, "d.dict.dz")}, &out, &errs); code != 1 {
		t.Errorf("run with a missing index = %d, want 1", code)
	}
}

// encode64 writes n in dictd's base64 digits.
func encode64(n int) string {
	if n == 0 {
		return "A"
	}
	var s []byte
	for ; n > 0; n /= 64 {
		s = append([]byte{b64[n%64]}, s...)
	}
	return string(s)
}

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// FuzzParseEntry checks that any entry parses without a panic into
// translations that the lexicon's table can hold: no tab, no comma, no
// space at an end.
func FuzzParseEntry(f *testing.F) {
	f.Add("bank //bæŋk// <n>\n1. bank 2.\ninstitution\n 3.\nbranch office\n2. gosong, bank\nx\n")
	f.Add("cat <n>\nkucing 2.\n")
	f.Add("x <n>\n(a, b) c\n")
	f.Fuzz(func(t *testing.T, s string) {
		e, ok := parseEntry(s)
		if !ok {
			return
		}
		if e.word == "" || strings.Join(strings.Fields(e.word), " ") != e.word {
			t.Fatalf("headword %q of %q", e.word, s)
		}
		for _, ts := range e.senses {
			if len(ts) == 0 {
				t.Fatalf("an empty sense in %q", s)
			}
			for _, x := range ts {
				if x == "" || strings.Contains(x, ",") || strings.Join(strings.Fields(x), " ") != x {
					t.Fatalf("translation %q of %q", x, s)
				}
			}
		}
	})
}

// FuzzParseIndex checks that any index parses without a panic into
// references that do not point before the dictionary.
func FuzzParseIndex(f *testing.F) {
	f.Add("00databaseinfo\tc\tRL\nbarrel\tB\tC\n")
	f.Add("a\t/\t/\n")
	f.Fuzz(func(t *testing.T, s string) {
		refs, err := parseIndex(s)
		if err != nil {
			return
		}
		for _, r := range refs {
			if r.off < 0 || r.len < 0 {
				t.Fatalf("ref %+v", r)
			}
		}
	})
}
