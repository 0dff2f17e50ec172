package corpus_test

import (
	"fmt"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/claims/lang/builtin"
)

func ExampleLoader_Load() {
	page := "---\n" +
		"source: Eastport Daily\n" +
		"published: 2025-02-03\n" +
		"---\n" +
		"Skip to main content\n" +
		"Advertisement\n" +
		"Rain flooded 300 homes in Eastport on Monday, officials said.\n" +
		"(Photo: Reuters/Tessa Vane)\n"
	l := &corpus.Loader{Packs: builtin.Packs(), Stdin: strings.NewReader(page)}
	errs := l.Load([]string{"-", "missing.txt"}, func(d *claims.Document) {
		fmt.Printf("%s: %s, %s, %s (detected: %v)\n", d.ID, d.Source, d.Published.Format("2006-01-02"), d.Language, d.LanguageInferred)
		for _, f := range d.Furniture {
			fmt.Printf("  furniture at line %d: %q\n", d.Line(f.Start), f.Of(d.Text))
		}
		fmt.Printf("  article: %q\n", strings.TrimSpace(corpus.ArticleText(d)))
	})
	for _, e := range errs {
		fmt.Println("error:", e)
	}
	// Output:
	// stdin: Eastport Daily, 2025-02-03, en (detected: true)
	//   furniture at line 5: "Skip to main content"
	//   furniture at line 6: "Advertisement"
	//   furniture at line 8: "(Photo: Reuters/Tessa Vane)"
	//   article: "Rain flooded 300 homes in Eastport on Monday, officials said."
	// error: missing.txt: no such file or folder
}
