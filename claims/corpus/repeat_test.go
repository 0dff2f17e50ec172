package corpus

import (
	"strings"
	"testing"
)

// TestRepeatedParagraph: a paragraph repeated word for word is read once
// and the repeat is told through Loader.Warn with both lines; a repeated
// headline, byline or short line is furniture without a word, as before.
func TestRepeatedParagraph(t *testing.T) {
	para := "The agency said 120 people were killed in the floods on Monday."
	tests := []struct {
		Name, File, Input string
		Want              []string // the warnings
	}{
		{"paragraph", "x.txt", "---\nsource: A\nlanguage: en\n---\n" + para + "\n\nRescuers searched the river banks for the missing.\n\n" + para + "\n",
			[]string{`x.txt: line 9: paragraph "The agency said 120 people were killed in the floods on Mond…" repeats line 5 word for word: read once`}},
		{"case and spacing", "x.md", "# Floods\n\n" + para + "\n\n" + strings.ToUpper(para[:10]) + "  " + para[10:] + "\n",
			[]string{`x.md: line 5: paragraph "THE AGENCY   said 120 people were killed in the floods on Mo…" repeats line 3 word for word: read once`}},
		{"archive line", "x.jsonl", "{\"source\": \"A\", \"text\": \"x\"}\n{\"source\": \"B\", \"language\": \"en\", \"text\": \"" + para + "\\n\\nRescuers searched.\\n\\n" + para + "\"}\n",
			[]string{`x.jsonl: line 2: paragraph "The agency said 120 people were killed in the floods on Mond…" repeats an earlier paragraph word for word: read once`}},
		{"many", "x.txt", strings.Repeat(para+"\n\n", 6),
			[]string{
				`x.txt: line 3: paragraph "The agency said 120 people were killed in the floods on Mond…" repeats line 1 word for word: read once`,
				`x.txt: line 5: paragraph "The agency said 120 people were killed in the floods on Mond…" repeats line 1 word for word: read once`,
				`x.txt: line 7: paragraph "The agency said 120 people were killed in the floods on Mond…" repeats line 1 word for word: read once`,
				`x.txt: 2 more paragraphs repeat earlier ones word for word: each read once`,
			}},
		{"headline", "x.txt", "Floods kill 120 in the north\n\nFloods kill 120 in the north\n\n" + para + "\n", nil},
		{"short line", "x.txt", para + "\n\nPhoto: Reuters\n\nRescuers searched.\n\nPhoto: Reuters\n", nil},
		{"once", "x.txt", para + "\n", nil},
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
			if got := strings.Count(ArticleText(docs[len(docs)-1]), "120 people"); got != 1 {
				t.Errorf("the article text holds the paragraph %d times\nwant once", got)
			}
		})
	}
}
