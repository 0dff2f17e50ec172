package corpus

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestOpenRegular checks the way regular files are opened against
// os.Open: the same bytes, and errors that read the same.
func TestOpenRegular(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	want := []byte("Rain flooded 300 homes.\n")
	if err := os.WriteFile(p, want, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := OS{}.openRegular(p)
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(f)
	if err != nil || string(got) != string(want) {
		t.Errorf("read %q, %v; want %q", got, err, want)
	}
	if err := f.Close(); err != nil {
		t.Errorf("close: %v", err)
	}
	for _, name := range []string{filepath.Join(dir, "missing.txt"), dir} {
		var a, b string
		if f, err := (OS{}).openRegular(name); err != nil {
			a = describe(err)
		} else {
			_, err = io.ReadAll(f)
			a = describe(err)
			f.Close()
		}
		if f, err := os.Open(name); err != nil {
			b = describe(err)
		} else {
			_, err = io.ReadAll(f)
			b = describe(err)
			f.Close()
		}
		if a != b || a == "" {
			t.Errorf("%s: %q, os.Open %q", name, a, b)
		}
	}
}
