package corpus

import (
	"strings"
	"testing"
)

// TestRepeatedParagraph: a paragraph repeated word for word stays text,
// is listed in Document.Repeats with the paragraph it repeats, and is told
// through Loader.Warn with both lines; a repeated headline, byline or
// short line (a dateline) is furniture without a word, as before.
func TestRepeatedParagraph(t *testing.T) {
	para := "The agency said 120 people were killed in the floods on Monday."
	tests := []struct {
		Name, File, Input string
		Want              []string // the warnings
		Times             int      // the paragraph's copies in the article text
	}{
		{"paragraph", "x.txt", "---\nsource: A\nlanguage: en\n---\n" + para + "\n\nRescuers searched the river banks for the missing.\n\n" + para + "\n",
			[]string{`x.txt: line 9: paragraph "The agency said 120 people were killed in the floods on Mond…" repeats line 5 word for word: its claims are marked as repeats`}, 2},
		{"case and spacing", "x.md", "# Floods\n\n" + para + "\n\n" + strings.ToUpper(para[:10]) + "  " + para[10:] + "\n",
			[]string{`x.md: line 5: paragraph "THE AGENCY   said 120 people were killed in the floods on Mo…" repeats line 3 word for word: its claims are marked as repeats`}, 2},
		{"archive line", "x.jsonl", "{\"source\": \"A\", \"text\": \"x\"}\n{\"source\": \"B\", \"language\": \"en\", \"text\": \"" + para + "\\n\\nRescuers searched.\\n\\n" + para + "\"}\n",
			[]string{`x.jsonl: line 2: paragraph "The agency said 120 people were killed in the floods on Mond…" repeats an earlier paragraph word for word: its claims are marked as repeats`}, 2},
		{"many", "x.txt", strings.Repeat(para+"\n\n", 6),
			[]string{
				`x.txt: line 3: paragraph "The agency said 120 people were killed in the floods on Mond…" repeats line 1 word for word: its claims are marked as repeats`,
				`x.txt: line 5: paragraph "The agency said 120 people were killed in the floods on Mond…" repeats line 1 word for word: its claims are marked as repeats`,
				`x.txt: line 7: paragraph "The agency said 120 people were killed in the floods on Mond…" repeats line 1 word for word: its claims are marked as repeats`,
				`x.txt: 2 more paragraphs repeat earlier ones word for word: their claims are marked as repeats`,
			}, 6},
		{"headline", "x.txt", "Floods kill 120 in the north\n\nFloods kill 120 in the north\n\n" + para + "\n", nil, 1},
		{"short line", "x.txt", para + "\n\nPhoto: Reuters\n\nRescuers searched.\n\nPhoto: Reuters\n", nil, 1},
		{"dateline", "x.txt", "JAKARTA, Jan 10 (Reuters) -\n\n" + para + "\n\nJAKARTA, Jan 10 (Reuters) -\n\nRescuers searched the river banks for the missing.\n", nil, 1},
		{"same figure, other sentence", "x.txt", para + "\n\nThe agency said 120 people were killed in the floods, up from 90.\n", nil, 1},
		{"indonesian", "x.txt", "---\nlanguage: id\n---\nBPBD mencatat 120 orang tewas akibat banjir di Kota Lestari pada Senin.\n\nTim SAR masih mencari korban hilang.\n\nBPBD mencatat 120 orang tewas akibat banjir di Kota Lestari pada Senin.\n",
			[]string{`x.txt: line 8: paragraph "BPBD mencatat 120 orang tewas akibat banjir di Kota Lestari …" repeats line 4 word for word: its claims are marked as repeats`}, 2},
		{"once", "x.txt", para + "\n", nil, 1},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			p := write(t, dir, tt.File, []byte(tt.Input))
			var warns []string
			docs, errs := load(t, &Loader{Warn: func(e *Error) { warns = append(warns, strings.TrimPrefix(e.Error(), dir+"/")) }}, p)
			if len(errs) != 0 || len(docs) == 0 {
				t.Fatalf("got %d documents, errors %v\nwant the file read", len(docs), errs)
			}
			if strings.Join(warns, "\n") != strings.Join(tt.Want, "\n") {
				t.Errorf("got warnings %q\nwant %q", warns, tt.Want)
			}
			doc := docs[len(docs)-1]
			words := "killed in the floods on"
			if tt.Name == "indonesian" {
				words = "tewas akibat banjir"
			}
			if got := strings.Count(ArticleText(doc), words); got != tt.Times {
				t.Errorf("the article text holds the paragraph %d times\nwant %d", got, tt.Times)
			}
			if len(doc.Repeats) != tt.Times-1 {
				t.Fatalf("got repeats %v\nwant %d", doc.Repeats, tt.Times-1)
			}
			for _, rp := range doc.Repeats {
				if !sameWords(rp.Span.Of(doc.Text), rp.First.Of(doc.Text)) || rp.First.Start >= rp.Span.Start {
					t.Errorf("repeat %q at %v of %q at %v\nwant the same words, first before", rp.Span.Of(doc.Text), rp.Span, rp.First.Of(doc.Text), rp.First)
				}
			}
		})
	}
}
