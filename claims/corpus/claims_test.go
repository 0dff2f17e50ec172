package corpus_test

import (
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/claims/extract"
	"github.com/claimcheck/claimcheck/claims/lang/builtin"
)

// TestHTMLYieldsTheClaimsOfItsText checks that a saved news page (menus,
// ads, JSON-LD) and the plain text of the same article give the same
// claims: same kind, words, value and speaker.
func TestHTMLYieldsTheClaimsOfItsText(t *testing.T) {
	packs := builtin.Packs()
	ex := extract.New(packs)
	summarize := func(path string) []string {
		var out []string
		errs := (&corpus.Loader{Packs: packs}).Load([]string{path}, func(d *claims.Document) {
			for _, c := range ex.Document(d) {
				v := ""
				switch {
				case c.Quantity != nil:
					v = fmt.Sprint(c.Quantity.Lo, c.Quantity.Hi, c.Subject, c.Actor())
				case c.Date != nil:
					v = c.Date.Start.String() + c.Subject
				case c.Entity != nil:
					v = c.Entity.Key + c.Entity.Role
				}
				out = append(out, fmt.Sprintf("%s %q %s by %s", c.Kind, c.Text, v, c.Speaker.Key))
			}
		})
		if len(errs) > 0 {
			t.Fatalf("%s: %v", path, errs[0])
		}
		return out
	}
	for _, name := range []string{"news-en", "berita-id", "report-en"} {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join("..", "..", "testdata", "corpus")
			fromHTML := summarize(filepath.Join(dir, name+".html"))
			fromText := summarize(filepath.Join(dir, name+".txt"))
			if len(fromText) == 0 {
				t.Fatal("the plain text yields no claims")
			}
			if !reflect.DeepEqual(fromHTML, fromText) {
				t.Errorf("claims differ\nhtml: %q\ntext: %q", fromHTML, fromText)
			}
		})
	}
}
