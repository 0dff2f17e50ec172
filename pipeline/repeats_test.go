package pipeline

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/compare"
)

// TestRepeatedParagraphClaims: the claims of a paragraph repeated word for
// word in an article are kept and marked as repeats of the claims at the
// same places of the first, in both languages; they are never compared
// (no finding of an article with itself, no second source of an
// agreement or side of a conflict). Traps: a dateline repeated on its own
// line, the same figure in another sentence and a paragraph repeated
// with another figure are no repeats.
func TestRepeatedParagraphClaims(t *testing.T) {
	const en = "---\nsource: A\nlanguage: en\npublished: 2025-01-10\n---\n"
	const id = "---\nsource: B\nlanguage: id\npublished: 2025-01-10\n---\n"
	para := "The agency said 120 people were killed in the floods in Lestari on Monday."
	para2 := "Rescuers searched the river banks for 14 missing people, officials said."
	paraID := "BPBD mencatat 120 orang tewas akibat banjir di Kota Lestari pada Senin."
	tests := []struct {
		Name   string
		Files  map[string]string
		Marked int // claims marked as repeats
		// Deaths is the finding about the deaths: its verdict and how
		// many sides and support claims it has; "" for none.
		Deaths string
		// PartSize cuts the article into parts (parts.go), so that the
		// repeat is extracted apart from the paragraph it repeats.
		PartSize int
	}{
		{"english", map[string]string{"s/a.txt": en + para + "\n\n" + para2 + "\n\n" + para + "\n"}, 2, "", 0},
		{"spacing", map[string]string{"s/a.txt": en + para + "\n\n" + para2 + "\n\n" + strings.ReplaceAll(para, " ", "  ") + "\n"}, 2, "", 0},
		{"indonesian", map[string]string{"s/b.txt": id + paraID + "\n\nTim SAR masih mencari korban hilang.\n\n" + paraID + "\n"}, 2, "", 0},
		{"twice repeated", map[string]string{"s/a.txt": en + para + "\n\n" + para + "\n\n" + para2 + "\n\n" + para + "\n"}, 4, "", 0},
		{"in another part", map[string]string{"s/a.txt": en + para + "\n\n" + para2 + "\n\n" + para + "\n"}, 2, "", 100},
		{"conflict with another article", map[string]string{
			"s/a.txt": en + para + "\n\n" + para2 + "\n\n" + para + "\n",
			"s/c.txt": strings.Replace(en, "A", "C", 1) + strings.Replace(para, "120", "200", 1) + "\n",
		}, 2, "conflict 2 sides 0 support", 0},
		{"agreement: the repeat is no second source", map[string]string{
			"s/a.txt": en + para + "\n\n" + para2 + "\n\n" + para + "\n",
			"s/c.txt": strings.Replace(en, "A", "C", 1) + para + "\n",
		}, 2, "agree 2 sides 0 support", 0},
		{"indonesian agreement", map[string]string{
			"s/b.txt": id + paraID + "\n\nTim SAR masih mencari korban hilang.\n\n" + paraID + "\n",
			"s/d.txt": strings.Replace(id, "B", "D", 1) + paraID + "\n",
		}, 2, "agree 2 sides 0 support", 0},
		{"trap: dateline", map[string]string{"s/a.txt": en + "LESTARI, Jan 10 (Reuters) -\n\n" + para + "\n\nLESTARI, Jan 10 (Reuters) -\n\n" + para2 + "\n"}, 0, "", 0},
		{"trap: same figure, other sentence", map[string]string{"s/a.txt": en + para + "\n\n" + para2 + "\n\nOfficials later confirmed that 120 people were killed in the floods in Lestari.\n"}, 0, "", 0},
		{"trap: another figure", map[string]string{"s/a.txt": en + para + "\n\n" + para2 + "\n\n" + strings.Replace(para, "120", "130", 1) + "\n"}, 0, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			var paths []string
			for p, s := range tt.Files {
				fsys[p] = &fstest.MapFile{Data: []byte(s)}
				paths = append(paths, p)
			}
			res := Run(paths, Options{FS: corpus.IOFS{FS: fsys}, Compare: &compare.Options{}, PartSize: tt.PartSize, TextBudget: tt.PartSize})
			res.Sort()
			byID := map[string]*claims.Claim{}
			for _, c := range res.Claims {
				byID[c.ID] = c
			}
			marked := 0
			for _, c := range res.Claims {
				if c.RepeatOf == "" {
					continue
				}
				marked++
				f := byID[c.RepeatOf]
				if f == nil || f.Doc != c.Doc || !sameText(f.Text, c.Text) || f.Span.Start >= c.Span.Start || f.RepeatOf != "" || f.Kind != c.Kind {
					t.Errorf("%s %q repeats %q: got %+v\nwant an earlier claim of its article with its words", c.ID, c.Text, c.RepeatOf, f)
				}
			}
			if marked != tt.Marked {
				t.Errorf("got %d claims marked as repeats\nwant %d\n%s", marked, tt.Marked, claimList(res.Claims))
			}
			deaths := ""
			for _, f := range res.Findings {
				for _, c := range append(append([]*claims.Claim{}, f.Sides...), f.Support...) {
					if c.RepeatOf != "" {
						t.Errorf("finding %s holds the repeat %s", f.Key, c.ID)
					}
				}
				if strings.HasPrefix(f.Key, "quantity|deaths") {
					deaths = fmt.Sprintf("%s %d sides %d support", f.Verdict, len(f.Sides), len(f.Support))
				}
			}
			if deaths != tt.Deaths {
				t.Errorf("deaths finding: got %q\nwant %q", deaths, tt.Deaths)
			}
		})
	}
}

func claimList(cs []*claims.Claim) string {
	var b strings.Builder
	for _, c := range cs {
		b.WriteString(c.ID + " " + c.Text + " " + c.Key() + " repeat of " + c.RepeatOf + "\n")
	}
	return b.String()
}

// FuzzRepeats: an article whose text is given twice, the second time
// with its spacing and case changed, is read without a panic, and each
// claim marked as a repeat names an earlier claim of its article with its
// words.
func FuzzRepeats(f *testing.F) {
	f.Add("The agency said 120 people were killed in the floods in Lestari on Monday.")
	f.Add("BPBD mencatat 120 orang tewas akibat banjir di Kota Lestari pada Senin.\nTim SAR mencari 14 orang.")
	f.Add("İSTANBUL'da 12 kişi öldü, dedi yetkililer bugün sabah erken saatlerde.")
	f.Fuzz(func(t *testing.T, s string) {
		again := strings.ToUpper(strings.ReplaceAll(s, " ", "  "))
		text := "---\nsource: A\npublished: 2025-01-10\n---\n" + s + "\n\n" + s + "\n\n" + again + "\n"
		fsys := corpus.IOFS{FS: fstest.MapFS{"a.txt": {Data: []byte(text)}}}
		res := Run([]string{"a.txt"}, Options{FS: fsys, Compare: &compare.Options{}})
		byID := map[string]*claims.Claim{}
		for _, c := range res.Claims {
			byID[c.ID] = c
		}
		for _, c := range res.Claims {
			if c.RepeatOf == "" {
				continue
			}
			if o := byID[c.RepeatOf]; o == nil || o.RepeatOf != "" || !sameText(o.Text, c.Text) || o.Span.Start >= c.Span.Start {
				t.Fatalf("%s %q marked a repeat of %q: %+v", c.ID, c.Text, c.RepeatOf, o)
			}
		}
	})
}
