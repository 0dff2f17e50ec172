package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unsafe"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/claims/lang/builtin"
)

// TestClaimsOwnTheirWords checks that no string reachable from a claim —
// whatever field a later change adds — is a piece of its article's text,
// which would keep the whole article in memory after pipeline.Run drops
// it. It reads the seeds and the test stories.
func TestClaimsOwnTheirWords(t *testing.T) {
	packs := builtin.Packs()
	ex := New(packs)
	paths := []string{filepath.Join("..", "..", "seeds"), filepath.Join("..", "..", "testdata", "stories")}
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			t.Fatal(err)
		}
	}
	l := corpus.Loader{Packs: packs}
	n := 0
	errs := l.Load(paths, func(d *claims.Document) {
		for _, c := range ex.Document(d) {
			n++
			walkStrings(reflect.ValueOf(c), "claim", func(path, s string) {
				if inside(s, d.Text) {
					t.Errorf("%s %s: %s = %q points into the article", d.ID, c.ID, path, s)
				}
			})
		}
	})
	if len(errs) > 0 || n == 0 {
		t.Fatalf("read %d claims, errors %v", n, errs)
	}
}

// walkStrings calls fn for every non-empty string reachable from v.
func walkStrings(v reflect.Value, path string, fn func(path, s string)) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walkStrings(v.Elem(), path, fn)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			walkStrings(v.Field(i), path+"."+v.Type().Field(i).Name, fn)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			walkStrings(v.Index(i), path+"[]", fn)
		}
	case reflect.String:
		if v.Len() > 0 {
			fn(path, v.String())
		}
	}
}

// inside reports whether s's bytes lie within text's.
func inside(s, text string) bool {
	if len(s) == 0 || len(text) == 0 {
		return false
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	start := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	return p >= start && p < start+uintptr(len(text))
}
