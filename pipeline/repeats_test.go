package pipeline

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"

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
			for _, c := range res.AllClaims() {
				byID[c.ID] = c
			}
			marked := 0
			for _, c := range res.AllClaims() {
				if c.RepeatOf() == "" {
					continue
				}
				marked++
				f := byID[c.RepeatOf()]
				if f == nil || f.Doc != c.Doc || !sameText(f.Text, c.Text) || f.Span.Start >= c.Span.Start || f.RepeatOf() != "" || f.Kind != c.Kind {
					t.Errorf("%s %q repeats %q: got %+v\nwant an earlier claim of its article with its words", c.ID, c.Text, c.RepeatOf(), f)
				}
			}
			if marked != tt.Marked {
				t.Errorf("got %d claims marked as repeats\nwant %d\n%s", marked, tt.Marked, claimList(res.AllClaims()))
			}
			deaths := ""
			for _, f := range res.Findings {
				for _, c := range append(append([]*claims.Claim{}, f.Sides...), f.Support...) {
					if c.RepeatOf() != "" {
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
		b.WriteString(c.ID + " " + c.Text + " " + c.Key() + " repeat of " + c.RepeatOf() + "\n")
	}
	return b.String()
}

// FuzzRepeats: a paragraph followed by its repeat with other spacing
// and case, a claim on every word of both: every claim of the repeat is
// marked as the repeat of the claim on the same word of the first, when
// the words fold alike, and none of the first is marked; no offset
// mapping panics, whatever the text.
func FuzzRepeats(f *testing.F) {
	f.Add("The agency said 120 people were killed in the floods in Lestari on Monday.")
	f.Add("BPBD mencatat 120 orang tewas akibat banjir di Kota Lestari pada Senin.")
	f.Add("İSTANBUL'da 12 kişi öldü, dedi yetkililer \u00a0bugün.")
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.Join(strings.Fields(s), " ")
		again := strings.ToUpper(strings.ReplaceAll(s, " ", " \t "))
		text := s + "\n\n" + again
		first := claims.Span{End: len(s)}
		rep := claims.Span{Start: len(s) + 2, End: len(text)}
		doc := &claims.Document{ID: "a.txt", Text: text, Repeats: []claims.Repeat{{Span: rep, First: first}}}
		var cs []*claims.Claim
		for _, p := range []claims.Span{first, rep} {
			for _, w := range wordStarts(p.Of(text)) {
				at := p.Start + w
				end := at + strings.IndexFunc(text[at:p.End]+" ", unicode.IsSpace)
				cs = append(cs, &claims.Claim{ID: fmt.Sprintf("a.txt#%d", at), Kind: claims.ClaimQuantity, Text: text[at:end], Span: claims.Span{Start: at, End: end}})
			}
		}
		markRepeats(doc, cs)
		half := len(cs) / 2
		for i, c := range cs {
			switch {
			case i < half && c.RepeatOf() != "":
				t.Fatalf("%s %q of the first paragraph marked a repeat", c.ID, c.Text)
			case i >= half && sameText(c.Text, cs[i-half].Text) && c.RepeatOf() != cs[i-half].ID:
				t.Fatalf("%s %q marked a repeat of %q\nwant %s", c.ID, c.Text, c.RepeatOf(), cs[i-half].ID)
			case i >= half && !sameText(c.Text, cs[i-half].Text) && c.RepeatOf() != "":
				t.Fatalf("%s %q marked a repeat of %q, another word", c.ID, c.Text, c.RepeatOf())
			}
		}
	})
}
