package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf16"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
	"github.com/claimcheck/claimcheck/claims/lang/builtin"
)

// corpusDir holds the project's own test inputs.
const corpusDir = "../../testdata/corpus"

// testPacks are the shipped packs with credit words of the test's own, so
// that the tests do not depend on how another stage fills Speech.Credits.
func testPacks() *lang.Set {
	var ps []*lang.Pack
	for _, p := range builtin.Packs().All() {
		c := *p
		switch c.Code {
		case "en":
			c.Speech.Credits = append([]string{"Source:"}, c.Speech.Credits...)
		case "id":
			c.Speech.Credits = append([]string{"Sumber:", "lapor"}, c.Speech.Credits...)
		}
		ps = append(ps, &c)
	}
	return lang.NewSet(ps...)
}

// load runs a loader over paths and returns the documents and errors.
func load(t *testing.T, l *Loader, paths ...string) ([]*claims.Document, []*Error) {
	t.Helper()
	if l.Packs == nil {
		l.Packs = testPacks()
	}
	var docs []*claims.Document
	errs := l.Load(paths, func(d *claims.Document) {
		checkSpans(t, d)
		docs = append(docs, d)
	})
	return docs, errs
}

// checkSpans fails when a document's spans do not index its text.
func checkSpans(t *testing.T, d *claims.Document) {
	t.Helper()
	valid := func(s claims.Span) bool { return s.Start >= 0 && s.Start <= s.End && s.End <= len(d.Text) }
	if !valid(d.Body) {
		t.Errorf("%s: body %v outside text of %d bytes", d.ID, d.Body, len(d.Text))
	}
	for _, f := range d.Furniture {
		if !valid(f) || !d.Body.Contains(f) || strings.ContainsAny(f.Of(d.Text), "\r\n") {
			t.Errorf("%s: furniture %v is not one line of the body: %q", d.ID, f, f.Of(d.Text))
		}
	}
	for _, p := range d.Parts {
		if !valid(p.Span) || !d.Body.Contains(p.Span) {
			t.Errorf("%s: part %v outside the body", d.ID, p.Span)
		}
	}
}

func errText(errs []*Error) string {
	var s []string
	for _, e := range errs {
		s = append(s, e.Error())
	}
	return strings.Join(s, "\n")
}

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func utf16With(bom []byte, big bool, s string) []byte {
	out := append([]byte(nil), bom...)
	for _, u := range utf16.Encode([]rune(s)) {
		if big {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

const article = "---\nsource: Eastport Daily\nlanguage: en\n---\nRain flooded 300 homes in Eastport on Monday, officials said.\n"

func TestBadInput(t *testing.T) {
	tests := []struct {
		Name  string
		Input []byte
		// Want is a substring of the error, or "" when the file must load.
		Want string
		// WantText is a substring of the loaded body.
		WantText string
	}{
		{Name: "empty.txt", Input: nil, Want: "empty.txt: empty file"},
		{Name: "blank.txt", Input: []byte(" \n\r\n\t\n"), Want: "blank.txt: empty file"},
		{Name: "frontmatter-only.md", Input: []byte("---\nsource: X\n---\n\n"), Want: "no article text"},
		{Name: "binary.txt", Input: []byte("PK\x03\x04\x00\x00 some zip"), Want: "binary.txt: line 1: binary file (NUL byte at offset 4)"},
		{Name: "latin1.txt", Input: []byte("line one\nKota Bogot\xe1 flooded\n"), Want: "latin1.txt: line 2: invalid UTF-8 at byte 19"},
		{Name: "utf16le.txt", Input: utf16With([]byte{0xff, 0xfe}, false, article), WantText: "Rain flooded 300 homes"},
		{Name: "utf16be.txt", Input: utf16With([]byte{0xfe, 0xff}, true, article), WantText: "Rain flooded 300 homes"},
		{Name: "utf16odd.txt", Input: append(utf16With([]byte{0xff, 0xfe}, false, article), 'x'), Want: "odd number of bytes"},
		{Name: "bom.txt", Input: append([]byte("\xef\xbb\xbf"), article...), WantText: "Rain flooded"},
		{Name: "crlf.txt", Input: []byte(strings.ReplaceAll(article, "\n", "\r\n")), WantText: "Rain flooded 300 homes in Eastport on Monday, officials said.\r\n"},
		{Name: "binary.html", Input: []byte("<html>\x00\x01</html>"), Want: "binary.html: line 1: binary file"},
		{Name: "empty.html", Input: []byte("   "), Want: "empty.html: empty file"},
		{Name: "nobody.html", Input: []byte("<html><head><title></title></head><body><nav><a>Home</a></nav></body></html>"), Want: "no article text"},
		{Name: "empty.jsonl", Input: []byte("\n\n"), Want: "empty.jsonl: empty file: no JSON lines"},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			p := write(t, dir, tt.Name, tt.Input)
			docs, errs := load(t, &Loader{}, p)
			if tt.Want != "" {
				if len(errs) != 1 || !strings.Contains(errs[0].Error(), tt.Want) || errs[0].Path != p {
					t.Fatalf("got %q\nwant one error naming %s with %q", errText(errs), p, tt.Want)
				}
				if len(docs) != 0 {
					t.Errorf("got %d documents from a rejected file", len(docs))
				}
				return
			}
			if len(errs) != 0 || len(docs) != 1 {
				t.Fatalf("got %d documents, errors %q\nwant 1 document", len(docs), errText(errs))
			}
			d := docs[0]
			if body := d.Body.Of(d.Text); !strings.Contains(body, tt.WantText) {
				t.Errorf("got body %q\nwant it to contain %q", body, tt.WantText)
			}
			if d.Source != "Eastport Daily" || d.Language != "en" {
				t.Errorf("got source %q language %q\nwant %q %q", d.Source, d.Language, "Eastport Daily", "en")
			}
		})
	}
}

func TestCRLFSpans(t *testing.T) {
	text := "---\r\nsource: Lomara Post\r\n---\r\nAdvertisement\r\nA ferry with 40 passengers capsized off Lomara on Sunday, the coast guard said.\r\n\r\nAdvertisement\r\n"
	p := write(t, t.TempDir(), "crlf.txt", []byte(text))
	docs, errs := load(t, &Loader{}, p)
	if len(errs) != 0 || len(docs) != 1 {
		t.Fatalf("got %d documents, errors %q", len(docs), errText(errs))
	}
	d := docs[0]
	if d.Text != text {
		t.Errorf("text was changed:\ngot %q\nwant %q", d.Text, text)
	}
	if got, want := d.Body.Start, strings.Index(text, "Advertisement"); got != want {
		t.Errorf("got body start %d\nwant %d", got, want)
	}
	var got []string
	for _, f := range d.Furniture {
		got = append(got, fmt.Sprintf("%d:%s", d.Line(f.Start), f.Of(d.Text)))
	}
	if want := "4:Advertisement|7:Advertisement"; strings.Join(got, "|") != want {
		t.Errorf("got furniture %q\nwant %q", strings.Join(got, "|"), want)
	}
}

func TestMaxSize(t *testing.T) {
	dir := t.TempDir()
	// A sparse 200 MB file: rejected from its size, without being read.
	big := filepath.Join(dir, "dump.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(200 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	small := write(t, dir, "small.txt", []byte(strings.Repeat("The river rose two metres. ", 100)))
	tests := []struct {
		Name    string
		Loader  *Loader
		Input   string
		Want    string
		WantDoc bool
	}{
		{Name: "200MB over default", Loader: &Loader{}, Input: big, Want: "dump.txt: file is 200.0 MiB, over the 32.0 MiB limit; raise --max-size"},
		{Name: "small under default", Loader: &Loader{}, Input: small, WantDoc: true},
		{Name: "small over 1KiB", Loader: &Loader{MaxSize: 1 << 10}, Input: small, Want: "small.txt: file is 2.6 KiB, over the 1.0 KiB limit"},
		{Name: "stdin over 1KiB", Loader: &Loader{MaxSize: 1 << 10, Stdin: strings.NewReader(strings.Repeat("word ", 1000))}, Input: "-", Want: "-: input is over the 1.0 KiB limit"},
		{Name: "no limit", Loader: &Loader{MaxSize: -1}, Input: small, WantDoc: true},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			docs, errs := load(t, tt.Loader, tt.Input)
			if got := errText(errs); tt.Want != "" && !strings.Contains(got, tt.Want) || tt.Want == "" && got != "" {
				t.Errorf("got %q\nwant %q", got, tt.Want)
			}
			if (len(docs) == 1) != tt.WantDoc {
				t.Errorf("got %d documents, want document: %v", len(docs), tt.WantDoc)
			}
		})
	}
}

func TestFolder(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "b/02.txt", []byte("Two hundred people were evacuated, the mayor said."))
	write(t, dir, "b/01.md", []byte("Tiga ratus rumah terendam banjir, kata pejabat setempat."))
	write(t, dir, "a.txt", []byte("The fire destroyed 40 hectares of forest, rangers said."))
	write(t, dir, "expected.yaml", []byte("cluster: x"))
	write(t, dir, "notes", []byte("no extension"))
	write(t, dir, ".hidden.txt", []byte("hidden"))
	write(t, dir, "c/page.HTM", []byte("<html lang=\"en\"><body><article><p>The storm cut power to 12,000 homes across the district on Tuesday, the utility company said in a statement.</p></article></body></html>"))
	var skipped []string
	var progress []string
	l := &Loader{
		Skip: func(p, reason string) { skipped = append(skipped, filepath.Base(p)+": "+reason) },
		Progress: func(p Progress) {
			progress = append(progress, fmt.Sprintf("%s %d/%d/%d", filepath.Base(p.Path), p.Files, p.Documents, p.Skipped))
		},
	}
	docs, errs := load(t, l, dir)
	if len(errs) != 0 {
		t.Fatalf("got errors %q", errText(errs))
	}
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.ID+"("+d.Format+","+d.Language+")")
	}
	if got, want := strings.Join(ids, " "), "a.txt(txt,en) b/01.md(md,id) b/02.txt(txt,en) c/page.HTM(html,en)"; got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if got, want := strings.Join(skipped, "|"), `.hidden.txt: hidden|expected.yaml: unsupported extension ".yaml"|notes: unsupported extension (none)`; got != want {
		t.Errorf("got skipped %q\nwant %q", got, want)
	}
	if got, want := progress[len(progress)-1], "notes 6/4/3"; got != want {
		t.Errorf("got last progress %q\nwant %q", got, want)
	}
	// The same file twice: the second gets a longer, still stable ID.
	docs, _ = load(t, &Loader{}, filepath.Join(dir, "a.txt"), dir)
	if got, want := docs[0].ID+" "+docs[1].ID, "a.txt "+filepath.ToSlash(filepath.Join(dir, "a.txt")); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestEmptyFolder(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "expected.yaml", []byte("cluster: x"))
	docs, errs := load(t, &Loader{}, dir)
	want := dir + ": no .txt, .md, .html or .jsonl file in the folder (1 skipped)"
	if len(docs) != 0 || errText(errs) != want {
		t.Errorf("got %d documents, %q\nwant %q", len(docs), errText(errs), want)
	}
}

func TestExplicitUnsupportedExtension(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		Name, Input, Want string
	}{
		{Name: "notes", Input: "Rain flooded 300 homes in Eastport on Monday.", Want: "txt"},
		{Name: "page.php", Input: "<!DOCTYPE html><html><body><article><p>Rain flooded 300 homes in Eastport on Monday, officials of the city said in a statement.</p></article></body></html>", Want: "html"},
		{Name: "dump.json", Input: `{"text":"Rain flooded 300 homes in Eastport on Monday."}`, Want: "jsonl"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			docs, errs := load(t, &Loader{}, write(t, dir, tt.Name, []byte(tt.Input)))
			if len(errs) != 0 || len(docs) != 1 {
				t.Fatalf("got %d documents, errors %q", len(docs), errText(errs))
			}
			if docs[0].Format != tt.Want {
				t.Errorf("got %q\nwant %q", docs[0].Format, tt.Want)
			}
		})
	}
}

func TestTenThousandFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 10,000 files")
	}
	dir := t.TempDir()
	for i := range 10000 {
		write(t, dir, fmt.Sprintf("d%02d/%05d.txt", i%100, i), []byte(fmt.Sprintf("Officials said %d people were evacuated from the area.\n", i)))
	}
	n, last := 0, ""
	errs := (&Loader{Packs: testPacks()}).Load([]string{dir}, func(d *claims.Document) {
		if d.ID <= last {
			t.Errorf("got %q after %q: not in order", d.ID, last)
		}
		last = d.ID
		n++
	})
	if n != 10000 || len(errs) != 0 {
		t.Errorf("got %d documents, %d errors\nwant 10000, 0", n, len(errs))
	}
}

// denyFS is a file system in memory in which some files cannot be read,
// whoever runs the test.
type denyFS struct {
	fstest.MapFS
	deny map[string]error
}

func (d denyFS) Open(name string) (io.ReadCloser, error) {
	if err := d.deny[name]; err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return d.MapFS.Open(name)
}

func (d denyFS) Stat(name string) (fs.FileInfo, error) { return d.MapFS.Stat(name) }

func (d denyFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if err := d.deny[name]; err != nil {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: err}
	}
	return d.MapFS.ReadDir(name)
}

func TestUnreadable(t *testing.T) {
	fsys := denyFS{
		MapFS: fstest.MapFS{
			"in/a.txt":        {Data: []byte("Rain flooded 300 homes in Eastport on Monday.")},
			"in/secret.txt":   {Data: []byte("Rain flooded 300 homes in Eastport on Monday.")},
			"in/io.txt":       {Data: []byte("Rain flooded 300 homes in Eastport on Monday.")},
			"in/locked/b.txt": {Data: []byte("Rain flooded 300 homes in Eastport on Monday.")},
		},
		deny: map[string]error{"in/secret.txt": fs.ErrPermission, "in/io.txt": syscall.EIO, "in/locked": fs.ErrPermission},
	}
	docs, errs := load(t, &Loader{FS: fsys}, "in", "missing.txt")
	want := "in/io.txt: input/output error\n" +
		"in/locked: permission denied: cannot be read (check its permissions)\n" +
		"in/secret.txt: permission denied: cannot be read (check its permissions)\n" +
		"missing.txt: no such file or folder"
	if got := errText(errs); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if len(docs) != 1 || docs[0].ID != "a.txt" {
		t.Errorf("got %d documents, want a.txt alone", len(docs))
	}

	t.Run("chmod 000", func(t *testing.T) {
		if os.Geteuid() == 0 {
			t.Skip("root reads files whatever their mode; covered by the in-memory file system above")
		}
		p := write(t, t.TempDir(), "locked.txt", []byte("Rain flooded 300 homes."))
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		_, errs := load(t, &Loader{}, p)
		if got := errText(errs); !strings.Contains(got, "locked.txt: permission denied") {
			t.Errorf("got %q\nwant permission denied", got)
		}
	})

	t.Run("fifo in a folder", func(t *testing.T) {
		dir := t.TempDir()
		if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
			t.Skip("no fifo here:", err)
		}
		_, errs := load(t, &Loader{}, dir)
		if got := errText(errs); !strings.Contains(got, "pipe.txt: not a regular file") {
			t.Errorf("got %q\nwant not a regular file", got)
		}
	})
}

func TestSymlinkLoop(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "in/a.txt", []byte("Rain flooded 300 homes in Eastport on Monday."))
	links := [][2]string{
		{"loop1.txt", filepath.Join(dir, "in", "loop2.txt")},
		{"loop2.txt", filepath.Join(dir, "in", "loop1.txt")},
		{"up", ".."},
		{"self", "."},
	}
	for _, l := range links {
		if err := os.Symlink(l[1], filepath.Join(dir, "in", l[0])); err != nil {
			t.Skip("no symlinks here:", err)
		}
	}
	done := make(chan struct{})
	var docs []*claims.Document
	var errs []*Error
	go func() {
		defer close(done)
		docs, errs = load(t, &Loader{}, filepath.Join(dir, "in"), filepath.Join(dir, "in", "loop1.txt"))
	}()
	select {
	case <-done:
	case <-time.After(time.Minute):
		t.Fatal("loading a folder with symlink loops did not end")
	}
	got := strings.ReplaceAll(errText(errs), dir+string(filepath.Separator), "")
	want := "in/loop1.txt: symlink loop: too many levels of symbolic links; fix or remove the link\n" +
		"in/loop2.txt: symlink loop: too many levels of symbolic links; fix or remove the link\n" +
		"in/self: symlink loop: leads back to a folder above it; remove the link or name the folder directly\n" +
		"in/up/in: symlink loop: leads back to a folder above it; remove the link or name the folder directly\n" +
		"in/loop1.txt: symlink loop: too many levels of symbolic links; fix or remove the link"
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if len(docs) != 1 {
		t.Errorf("got %d documents, want a.txt once", len(docs))
	}
}

func TestFrontMatter(t *testing.T) {
	tests := []struct {
		Name, Input, Want string
		// Warn lists the warnings, Meta the kept fields as JSON.
		Warn, Meta string
	}{
		{Name: "all fields", Input: "---\nsource: \"Kabar Lembah\"\nurl: https://kabarlembah.example/x\npublished: 2025-01-20\nlanguage: id-ID\ntitle: Longsor\n---\nLongsor menutup jalan provinsi.", Want: "Kabar Lembah|https://kabarlembah.example/x|2025-01-20|id|Longsor|false"},
		{Name: "aliases and comments", Input: "---\n# saved by the desk\nOutlet: Eastport Daily\ndate: 2025-02-03T10:00:00Z\nlang: EN\n\n---\nRain flooded 300 homes.", Want: "Eastport Daily||2025-02-03|en||false"},
		{Name: "empty published", Input: "---\nsource: X\npublished:\n---\nRain flooded 300 homes.", Want: "X||0001-01-01|en||false"},
		{Name: "malay read by the id pack", Input: "---\nsource: X\nlanguage: ms\n---\nBanjir melanda 300 rumah.", Want: "X||0001-01-01|id||false"},
		{Name: "no front matter", Input: "Rain flooded 300 homes in Eastport, officials said.", Want: "x||0001-01-01|en||true"},
		{Name: "dashes later are text", Input: "Rain flooded 300 homes.\n---\ntitle: X\n---\n", Want: "x||0001-01-01|en||true"},
		{Name: "typo is a warning", Input: "---\nsource: X\nsorce: Y\n---\nRain.", Want: "X||0001-01-01|en||false",
			Warn: `x.txt: line 3: front matter: unknown field "sorce" (did you mean "source"?); kept as metadata`, Meta: `{"sorce":"Y"}`},
		{Name: "typo published", Input: "---\npublised: 2025-01-01\n---\nRain.", Want: "x||0001-01-01|en||true",
			Warn: `x.txt: line 2: front matter: unknown field "publised" (did you mean "published"?); kept as metadata`, Meta: `{"publised":"2025-01-01"}`},
		{Name: "typo language", Input: "---\nlanguag: en\n---\nRain.", Want: "x||0001-01-01|en||true",
			Warn: `x.txt: line 2: front matter: unknown field "languag" (did you mean "language"?); kept as metadata`, Meta: `{"languag":"en"}`},
		{Name: "unknown fields are kept", Input: "---\nauthor: Mara Quill\nauthors:\n  - Mara Quill\n  - Budi\ntags: [flood, \"banjir\"]\ncategories: news\ndraft: false\nweight: 3\n---\nRain.",
			Want: "x||0001-01-01|en||true", Meta: `{"author":"Mara Quill","authors":["Mara Quill","Budi"],"categories":"news","draft":false,"tags":["flood","banjir"],"weight":3}`},
		{Name: "folded title", Input: "---\ntitle: >\n  Floods cut off\n  12 villages\nsource: X\n---\nRain.", Want: "X||0001-01-01|en|Floods cut off 12 villages|false"},
		{Name: "hugo dates", Input: "---\ndate: 2025-02-01\npublishDate: 2025-02-03T08:00:00+07:00\nlastmod: 2025-02-04\n---\nRain.", Want: "x||2025-02-03|en||true", Meta: `{"lastmod":"2025-02-04"}`},
		{Name: "jekyll date", Input: "---\nlayout: post\ndate: 2025-02-03 10:20:00 +0700\n---\nRain.", Want: "x||2025-02-03|en||true", Meta: `{"layout":"post"}`},
		{Name: "nested and odd keys", Input: "---\nextra:\n  1: one\n  when: 2025-01-01\nratio: .nan\n---\nRain.", Want: "x||0001-01-01|en||true", Meta: `{"extra":{"1":"one","when":"2025-01-01"},"ratio":"NaN"}`},
		{Name: "toml", Input: "+++\ntitle = \"Banjir\"\nsource = \"Kabar Lembah\"\ndate = 2025-01-20\nlanguage = \"id\"\ntags = [\"banjir\"]\nsorce = \"Y\"\n[params]\nauthor = \"Rina\"\n+++\nBanjir melanda 300 rumah.",
			Want: "Kabar Lembah||2025-01-20|id|Banjir|false", Warn: `x.txt: line 7: front matter: unknown field "sorce" (did you mean "source"?); kept as metadata`,
			Meta: `{"params":{"author":"Rina"},"sorce":"Y","tags":["banjir"]}`},
		{Name: "toml offset date-time", Input: "+++\npublished = 2025-01-20T23:30:00+07:00\n+++\nRain.", Want: "x||2025-01-20|en||true"},
		{Name: "crlf", Input: "---\r\nsource: X\r\ntags:\r\n - a\r\n---\r\nRain.", Want: "X||0001-01-01|en||false", Meta: `{"tags":["a"]}`},
		{Name: "empty block", Input: "---\n---\nRain.", Want: "x||0001-01-01|en||true"},
		{Name: "bad date", Input: "---\npublished: 14 March 2025\n---\nRain.", Want: `x.txt: line 2: front matter: published "14 March 2025" is not a date like 2024-11-16`},
		{Name: "list for a used field", Input: "---\nsource:\n  - A\n  - B\n---\nRain.", Want: `x.txt: line 2: front matter: field "source" is not a single value`},
		{Name: "not a field", Input: "---\nsource X\n---\nRain.", Want: `x.txt: line 2: front matter: "source X" is not "field: value" (is the closing "---" line missing?)`},
		{Name: "malformed yaml", Input: "---\nsource: X\ntitle: a: b\n---\nRain.", Want: `x.txt: line 3: front matter: mapping values are not allowed in this context`},
		{Name: "unfinished yaml list", Input: "---\nsource: X\n\ntags: [a, b\n---\nRain.", Want: `x.txt: line 4: front matter: did not find expected ',' or ']'`},
		{Name: "malformed first yaml line", Input: "---\ntitle: a: b\n---\nRain.", Want: `x.txt: line 2: front matter: mapping values are not allowed in this context`},
		{Name: "tab in yaml", Input: "---\nsource: X\ntags:\n\t- a\n---\nRain.", Want: `x.txt: line 4: front matter: found character that cannot start any token`},
		{Name: "malformed toml", Input: "+++\nsource = \"X\"\ntitle = \n+++\nRain.", Want: `x.txt: line 3: front matter: TOML: expected value but found '\n' instead`},
		{Name: "unclosed", Input: "---\nsource: X\nRain flooded 300 homes.", Want: `x.txt: line 1: front matter: no closing "---" line`},
		{Name: "unclosed toml", Input: "+++\nsource = \"X\"\n", Want: `x.txt: line 1: front matter: no closing "+++" line`},
		{Name: "language without pack", Input: "---\nlanguage: fr\n---\nIl pleut.", Want: `x.txt: language "fr" has no language pack (known: en, id)`},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			p := write(t, dir, "x.txt", []byte(tt.Input))
			var warns []*Error
			docs, errs := load(t, &Loader{Warn: func(e *Error) { warns = append(warns, e) }}, p)
			strip := func(s string) string { return strings.ReplaceAll(s, dir+string(filepath.Separator), "") }
			got := strip(errText(errs))
			var meta string
			if len(docs) == 1 {
				d := docs[0]
				got = strings.Join([]string{d.Source, d.URL, d.Published.Format("2006-01-02"), d.Language, d.Title, fmt.Sprint(d.SourceInferred)}, "|")
				if d.Meta != nil {
					b, err := json.Marshal(d.Meta)
					if err != nil {
						t.Fatalf("meta is not plain data: %v", err)
					}
					meta = string(b)
				}
				if !strings.HasPrefix(d.Text[d.Body.Start:], "Rain") && !strings.HasPrefix(d.Text[d.Body.Start:], "Banjir") && !strings.HasPrefix(d.Text[d.Body.Start:], "Longsor") {
					t.Errorf("body starts at %q", d.Text[d.Body.Start:])
				}
			}
			if got != tt.Want {
				t.Errorf("got %q\nwant %q", got, tt.Want)
			}
			if w := strip(errText(warns)); w != tt.Warn {
				t.Errorf("warnings: got %q\nwant %q", w, tt.Warn)
			}
			if meta != tt.Meta {
				t.Errorf("meta: got %s\nwant %s", meta, tt.Meta)
			}
		})
	}
}

func TestSuggest(t *testing.T) {
	tests := []struct{ Name, Input, Want string }{
		{"swap", "soruce", "source"},
		{"missing letter", "ur", "url"},
		{"alias typo", "titel", "title"},
		{"far", "author", ""},
		{"short", "x", ""},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if got := suggest(tt.Input); got != tt.Want {
				t.Errorf("got %q\nwant %q", got, tt.Want)
			}
		})
	}
}

func TestJSONL(t *testing.T) {
	p := filepath.Join(corpusDir, "archive.jsonl")
	var warns []*Error
	docs, errs := load(t, &Loader{Warn: func(e *Error) { warns = append(warns, e) }}, p)
	var got []string
	for _, d := range docs {
		got = append(got, fmt.Sprintf("%s %d %s %s %v %v", d.ID, d.FirstLine, d.Source, d.Language, d.LanguageInferred, d.Meta))
	}
	want := []string{
		"archive.jsonl#1 1 Eastport Daily en false map[id:a1]",
		"archive.jsonl#2 2 Harian Timur id true map[]",
		"archive.jsonl#5 5 archive en true map[sorce:Eastport Daily]",
		"archive.jsonl#6 6 archive en true map[author:K. Dune]",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q\nwant %q", got, want)
	}
	wantErr := p + ": line 3: not JSON: invalid character 'h' in literal true (expecting 'r') at column 2 (each line must be one JSON object)"
	if got := errText(errs); got != wantErr {
		t.Errorf("got %q\nwant %q", got, wantErr)
	}
	if got, want := errText(warns), p+`: line 5: unknown field "sorce" (did you mean "source"?); kept as metadata`; got != want {
		t.Errorf("warnings: got %q\nwant %q", got, want)
	}
}

func TestJSONLLines(t *testing.T) {
	long := `{"text":"` + strings.Repeat("a", 3000) + `"}`
	tests := []struct {
		Name, Input string
		Max         int64
		Want        string
	}{
		{Name: "crlf and blank lines", Input: "{\"text\":\"One.\"}\r\n\r\n{\"text\":\"Two.\"}", Want: "x#1|x#3"},
		{Name: "bom", Input: "\xef\xbb\xbf{\"text\":\"One.\"}\n", Want: "x#1"},
		{Name: "array", Input: `["text"]`, Want: "line 1: not a JSON object: json: cannot unmarshal array into Go value of type map[string]json.RawMessage"},
		{Name: "null", Input: "null\n{\"text\":\"Two.\"}", Want: "line 1: not a JSON object (null)|x#2"},
		{Name: "no text", Input: `{"source":"X"}`, Want: `line 1: no "text" field`},
		{Name: "empty text", Input: `{"text":"  "}`, Want: `line 1: "text" is empty`},
		{Name: "text not string", Input: `{"text":3}`, Want: `line 1: "text" is not a string`},
		{Name: "field not string", Input: `{"text":"One.","source":["X"]}`, Want: `line 1: field "source" is not a string`},
		{Name: "null field", Input: `{"text":"One.","url":null}`, Want: "x#1"},
		{Name: "bad date", Input: `{"text":"One.","published":"yesterday"}`, Want: `line 1: published "yesterday" is not a date like 2024-11-16`},
		{Name: "invalid utf-8", Input: "{\"text\":\"Bogot\xe1\"}", Want: "line 1: invalid UTF-8 at column 15; save the archive as UTF-8"},
		{Name: "nul", Input: "{\"text\":\"a\x00\"}", Want: "line 1: binary data (NUL byte), not JSON"},
		{Name: "escaped nul", Input: `{"text":"a\u0000"}`, Want: `line 1: "text" holds a NUL byte`},
		{Name: "long line over limit", Input: long + "\n{\"text\":\"Two.\"}\n" + long, Max: 1000, Want: "line 1: line is over the 1000 bytes limit; raise --max-size to read it|line 3: line is over the 1000 bytes limit; raise --max-size to read it|x#2"},
		{Name: "long line in limit", Input: long, Max: 4000, Want: "x#1"},
		{Name: "many bad lines", Input: strings.Repeat("nope\n", 60), Want: "60 more"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			var got []string
			l := &Loader{Packs: testPacks(), MaxSize: tt.Max, Stdin: strings.NewReader(tt.Input)}
			r := newRun(l, func(d *claims.Document) { got = append(got, d.ID) })
			r.readJSONL("x", "x", "x", newSniffer(strings.NewReader(tt.Input)))
			var msgs []string
			for _, e := range r.errs {
				msgs = append(msgs, strings.TrimPrefix(e.Error(), "x: "))
			}
			all := strings.Join(append(msgs, got...), "|")
			if tt.Name == "many bad lines" {
				if len(r.errs) != maxLineErrors+1 || !strings.Contains(all, "10 more bad lines not listed (60 in all)") {
					t.Errorf("got %d errors %q\nwant %d and a count of the rest", len(r.errs), all, maxLineErrors+1)
				}
				return
			}
			if all != tt.Want {
				t.Errorf("got %q\nwant %q", all, tt.Want)
			}
		})
	}
}

func TestStdin(t *testing.T) {
	html, err := os.ReadFile(filepath.Join(corpusDir, "news-en.html"))
	if err != nil {
		t.Fatal(err)
	}
	jsonl, err := os.ReadFile(filepath.Join(corpusDir, "archive.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		Name  string
		Input []byte
		Want  string
	}{
		{Name: "text", Input: []byte(article), Want: "stdin txt Eastport Daily"},
		{Name: "html", Input: html, Want: "stdin html The Harbour Courier"},
		{Name: "jsonl", Input: jsonl, Want: "stdin#1 jsonl Eastport Daily|stdin#2 jsonl Harian Timur|stdin#5 jsonl stdin|stdin#6 jsonl stdin"},
		{Name: "utf-16", Input: utf16With([]byte{0xff, 0xfe}, false, article), Want: "stdin txt Eastport Daily"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			docs, _ := load(t, &Loader{Stdin: bytes.NewReader(tt.Input)}, "-")
			var got []string
			for _, d := range docs {
				got = append(got, d.ID+" "+d.Format+" "+d.Source)
			}
			if strings.Join(got, "|") != tt.Want {
				t.Errorf("got %q\nwant %q", strings.Join(got, "|"), tt.Want)
			}
		})
	}
	if _, errs := load(t, &Loader{}, "-"); errText(errs) != "-: no standard input" {
		t.Errorf("got %q\nwant no standard input", errText(errs))
	}
}

func TestFurniture(t *testing.T) {
	d := loadOne(t, filepath.Join(corpusDir, "scraped-en.txt"))
	var got []string
	for _, f := range d.Furniture {
		got = append(got, f.Of(d.Text))
	}
	want := []string{
		"Skip to main content",
		"Best News Website or Mobile Service",
		"Digital Media Awards Worldwide 2023",
		"Hamburger Menu",
		"Home  World  Asia  Business  Sport  Opinion",
		"Advertisement",
		"Ferry capsizes off Lomara island, 14 rescued",
		"(Photo: AP/Ko Min)",
		"Advertisement",
		"#ferry #lomara #rescue",
		"Source: Reuters/ab",
		"Also worth reading",
		"Read more: Ferry operator fined 5,000 dollars last year",
		"Advertisement",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q\nwant %q", got, want)
	}
	// The caption ends with a credit but names a person: it stays.
	for _, f := range d.Furniture {
		if strings.Contains(f.Of(d.Text), "Rudi Halim") {
			t.Errorf("caption marked as furniture: %q", f.Of(d.Text))
		}
	}
	if d.Source != "Reuters" || !d.SourceInferred {
		t.Errorf("got source %q inferred %v\nwant Reuters from the credit line", d.Source, d.SourceInferred)
	}
}

func TestFurnitureLines(t *testing.T) {
	tests := []struct {
		Name, Input string
		Want        bool
	}{
		{"whole line any case", "ADVERTISEMENT", true},
		{"trailing punctuation", "Advertisement:", true},
		{"id prefix", "Baca juga: 6 Fakta Gempa dan 120 Korban", true},
		{"id prefix spacing", "BACA  JUGA:Harga naik", true},
		{"prefix needs its word end", "Simak videonya di sini dan 40 lainnya", false},
		{"byline", "By Mara Quill", true},
		{"sentence starting with By", "By Sunday, 40 people had died, officials said.", false},
		{"id byline", "Amir Tua - detikNews", true},
		{"pure credit", "(Photo: AP/Efrem Lukatsky)", true},
		{"caption with credit", "Minister Takeshi Iwaya (left) meets Andriiy Sybiha in Kyiv on Nov 16. (Photo: AP/Efrem Lukatsky)", false},
		{"foto credit", "Foto: ANTARA FOTO/Umar Faruq", true},
		{"hashtags", "#banjir #jakarta", true},
		{"markdown heading", "# 300 homes flooded", false},
		{"menu", "Beranda  Nasional  Politik  Hukum  Ekonomi", true},
		{"menu with bars", "Home | News | Sport | Weather", true},
		{"table row", "| Region | Deaths | Injured | Missing |", false},
		{"list with numbers", "Jakarta  120  Bogor  40", false},
		{"three items", "Home  News  Sport", false},
		{"sentence", "The ministry said 3,000 troops had arrived.", false},
		{"share", "Share this article", true},
	}
	f := newFurniture(testPacks())
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			got := len(f.mark(tt.Input, claims.Span{End: len(tt.Input)})) == 1
			if got != tt.Want {
				t.Errorf("%q: got furniture %v\nwant %v", tt.Input, got, tt.Want)
			}
		})
	}
}

func TestSource(t *testing.T) {
	tests := []struct {
		Name, Input, Want string
		Inferred          bool
	}{
		{"front matter", "---\nsource: Kabar Lembah\n---\nThe storm cut power to 12,000 homes.\nSource: AFP\n", "Kabar Lembah", false},
		{"credit line", "The storm cut power to 12,000 homes.\n\nSource: AFP/sn\n", "AFP", true},
		{"credit after comma", "Korut dilaporkan mengirim 3.000 tentara, lapor CNA.", "CNA", true},
		{"id credit", "Banjir merendam 300 rumah.\nSumber : Kompas TV\n", "Kompas TV", true},
		{"credit word inside a sentence", "The source: officials in the capital said 300 homes were flooded on Monday.", "kabar-lembah", true},
		{"file name", "The storm cut power to 12,000 homes.", "kabar-lembah", true},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			d := loadOne(t, write(t, dir, "kabar-lembah.txt", []byte(tt.Input)))
			if d.Source != tt.Want || d.SourceInferred != tt.Inferred {
				t.Errorf("got %q inferred %v\nwant %q inferred %v", d.Source, d.SourceInferred, tt.Want, tt.Inferred)
			}
		})
	}
}

func TestParts(t *testing.T) {
	d := loadOne(t, filepath.Join(corpusDir, "mixed.txt"))
	if d.Language != "en" || !d.LanguageInferred {
		t.Errorf("got language %q inferred %v\nwant en inferred", d.Language, d.LanguageInferred)
	}
	var got []string
	for _, p := range d.Parts {
		got = append(got, p.Language+": "+p.Span.Of(d.Text))
	}
	want := "id: Warga di desa seberang mengatakan bahwa mereka sudah menunggu jembatan itu selama bertahun-tahun dan berharap harga barang akan turun."
	if strings.Join(got, "|") != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestDetect(t *testing.T) {
	tests := []struct{ Name, Input, Want string }{
		{"en", "The minister said the troops were sent to the border on Monday.", "en"},
		{"id", "Menteri mengatakan bahwa pasukan itu dikirim ke perbatasan pada hari Senin.", "id"},
		{"malay as id", "Menteri berkata bahawa tentera itu dihantar ke sempadan pada hari Isnin.", "id"},
		{"nothing known", "Xylo qwerty", "en"},
	}
	packs := testPacks()
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if got := Detect(tt.Input, packs); got != tt.Want {
				t.Errorf("got %q\nwant %q", got, tt.Want)
			}
		})
	}
}

func TestTypoFile(t *testing.T) {
	p := filepath.Join(corpusDir, "typo.md")
	var warns []*Error
	docs, errs := load(t, &Loader{Warn: func(e *Error) { warns = append(warns, e) }}, p)
	if len(errs) != 0 || len(docs) != 1 {
		t.Fatalf("a misspelt field rejected the file: %q", errText(errs))
	}
	if want := p + `: line 2: front matter: unknown field "sorce" (did you mean "source"?); kept as metadata`; errText(warns) != want {
		t.Errorf("got %q\nwant %q", errText(warns), want)
	}
}

func loadOne(t *testing.T, p string) *claims.Document {
	t.Helper()
	docs, errs := load(t, &Loader{}, p)
	if len(errs) != 0 || len(docs) != 1 {
		t.Fatalf("got %d documents, errors %q\nwant one document", len(docs), errText(errs))
	}
	return docs[0]
}

func TestErrorsAsValues(t *testing.T) {
	var e error = &Error{Path: "a.jsonl", Line: 3, Reason: "not JSON"}
	var ce *Error
	if !errors.As(e, &ce) || e.Error() != "a.jsonl: line 3: not JSON" {
		t.Errorf("got %q\nwant %q", e.Error(), "a.jsonl: line 3: not JSON")
	}
}

// TestDetectSamples checks the common-word detector on short texts of the
// project's own writing: never wrong when it says it is sure (so it never
// marks a wrong Document.Parts entry), and mostly right when it guesses.
// testdata/langbench compares it with lingua-go on the same texts.
func TestDetectSamples(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(corpusDir, "lang-samples.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	d := NewWordDetector(builtin.Packs())
	n, right, sure := 0, 0, 0
	for _, line := range strings.Split(string(data), "\n") {
		want, text, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		if p := builtin.Packs().Lookup(normLang(want)); p != nil {
			want = p.Code // Malay samples are read by the Indonesian pack
		}
		got, isSure := d.Detect(text)
		n++
		if got == want {
			right++
		}
		if isSure {
			sure++
			if got != want {
				t.Errorf("%q: got %q (sure)\nwant %q", text, got, want)
			}
		}
	}
	if n < 100 || float64(right)/float64(n) < 0.9 {
		t.Errorf("got %d/%d right\nwant at least 90%% of at least 100 samples", right, n)
	}
	t.Logf("%d samples: %d right, sure of %d", n, right, sure)
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		Name, Input string
		Want        int64
		Err         bool
	}{
		{"bytes", "4096", 4096, false},
		{"mega", "32M", 32 << 20, false},
		{"megabytes", "200MB", 200 << 20, false},
		{"gibibytes", "1.5GiB", 3 << 29, false},
		{"spaces and case", " 64 kb ", 64 << 10, false},
		{"zero is no limit", "0", -1, false},
		{"empty is the default", "", 0, false},
		{"under a byte", "0.5", 0, true},
		{"not a number", "NaN", 0, true},
		{"infinite", "inf", 0, true},
		{"none", "none", -1, false},
		{"minus one", "-1", -1, false},
		{"negative", "-5M", 0, true},
		{"word", "big", 0, true},
		{"huge", "9999999999999G", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			got, err := ParseSize(tt.Input)
			if got != tt.Want || (err != nil) != tt.Err {
				t.Errorf("got %d, %v\nwant %d, error %v", got, err, tt.Want, tt.Err)
			}
		})
	}
}

// TestBuffersReused checks that files read one after the other with the
// run's one reader and copy buffer each keep their own text: a large file
// (over the reader's buffer) before small ones, a JSONL file between, a
// UTF-16 file and a file the content is sniffed for.
func TestBuffersReused(t *testing.T) {
	dir := t.TempDir()
	big := strings.Repeat("The river rose by 2 metres overnight, officials said. ", 3000) // 162 KB
	utf16 := []byte{0xff, 0xfe}
	for _, r := range "Dua orang hilang, kata polisi." {
		utf16 = append(utf16, byte(r), 0)
	}
	files := []struct{ name, text string }{
		{"1-big.txt", big},
		{"2-small.txt", "Forty homes were flooded, the mayor said."},
		{"3-lines.jsonl", `{"text": "Sepuluh rumah rusak, kata warga.", "language": "id"}` + "\n" + `{"text": "Five people were hurt, police said."}` + "\n"},
		{"4-utf16.txt", string(utf16)},
		{"5-small.txt", "Tiga ratus rumah terendam banjir."},
	}
	for _, f := range files {
		write(t, dir, f.name, []byte(f.text))
	}
	docs, errs := load(t, &Loader{}, dir)
	if len(errs) != 0 {
		t.Fatalf("got errors %q", errText(errs))
	}
	want := []string{strings.TrimSpace(big), "Forty homes were flooded, the mayor said.", "Sepuluh rumah rusak, kata warga.",
		"Five people were hurt, police said.", "Dua orang hilang, kata polisi.", "Tiga ratus rumah terendam banjir."}
	if len(docs) != len(want) {
		t.Fatalf("got %d documents\nwant %d", len(docs), len(want))
	}
	for i, d := range docs {
		if got := strings.TrimSpace(d.Text[d.Body.Start:d.Body.End]); got != want[i] {
			t.Errorf("document %d (%s): text %.60q…\nwant %.60q…", i, d.ID, got, want[i])
		}
	}
}
