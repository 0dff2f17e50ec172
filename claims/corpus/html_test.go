package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// normSpace collapses all runs of white space.
func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestHTMLMatchesText(t *testing.T) {
	for _, name := range []string{"news-en", "berita-id", "report-en"} {
		t.Run(name, func(t *testing.T) {
			page := loadOne(t, filepath.Join(corpusDir, name+".html"))
			text := loadOne(t, filepath.Join(corpusDir, name+".txt"))
			got, want := normSpace(ArticleText(page)), normSpace(ArticleText(text))
			if got != want {
				t.Errorf("got %q\nwant %q", got, want)
			}
			if page.Language != text.Language {
				t.Errorf("got language %q\nwant %q", page.Language, text.Language)
			}
		})
	}
}

func TestHTMLMetadata(t *testing.T) {
	tests := []struct {
		Name  string
		Input string
		Want  string
	}{
		{Name: "meta and JSON-LD graph", Input: "news-en.html", Want: "The Harbour Courier|false|Floods cut off 12 villages in northern valley|https://courier.example/news/2025/03/floods-valley|2025-03-14|en|false"},
		{Name: "JSON-LD array, no lang", Input: "berita-id.html", Want: "Kabar Lembah|false|Longsor Tutup Jalan Provinsi, 37 Keluarga Mengungsi|https://kabarlembah.example/daerah/longsor-jalan-provinsi|2025-01-20|id|false"},
		{Name: "publisher as text", Input: "report-en.html", Want: "Island Wire|false|Quake of magnitude 6.1 shakes island; 9 dead||2025-05-02|en|false"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			d := loadOne(t, filepath.Join(corpusDir, tt.Input))
			got := strings.Join([]string{d.Source, boolStr(d.SourceInferred), d.Title, d.URL, d.Published.Format("2006-01-02"), d.Language, boolStr(d.LanguageInferred)}, "|")
			if got != tt.Want {
				t.Errorf("got %q\nwant %q", got, tt.Want)
			}
		})
	}
}

func boolStr(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func TestHTMLPages(t *testing.T) {
	tests := []struct {
		Name, Input, Want string
	}{
		{Name: "lang without a pack is detected", Input: `<html lang="fr"><body><article><p>The storm cut power to 12,000 homes across the district on Tuesday, the utility company said in a statement.</p></article></body></html>`, Want: "en true|The storm cut power to 12,000 homes across the district on Tuesday, the utility company said in a statement."},
		{Name: "template lang overruled by the words", Input: `<html lang="en-US"><body><article><p>Banjir merendam 300 rumah di Kecamatan Sukamaju pada Senin pagi, kata Kepala BPBD setempat kepada wartawan.</p><p>Menurut dia, sebanyak 120 warga mengungsi ke balai desa karena air masih tinggi.</p></article></body></html>`, Want: "id true|Banjir merendam 300 rumah di Kecamatan Sukamaju pada Senin pagi, kata Kepala BPBD setempat kepada wartawan.\n\nMenurut dia, sebanyak 120 warga mengungsi ke balai desa karena air masih tinggi."},
		{Name: "JSON-LD inLanguage before html lang", Input: `<html lang="en"><head><script type="application/ld+json">{"@type":"NewsArticle","inLanguage":"id-ID"}</script></head><body><article><p>Tim SAR gabungan masih mencari 14 penumpang kapal.</p></article></body></html>`, Want: "id false|Tim SAR gabungan masih mencari 14 penumpang kapal."},
		{Name: "windows-1252 declared", Input: "<html><head><meta charset=\"windows-1252\"></head><body><article><p>Warga Bogot\xe1 mengatakan bahwa banjir merendam 300 rumah di kota itu pada hari Senin pagi.</p></article></body></html>", Want: "id true|Warga Bogotá mengatakan bahwa banjir merendam 300 rumah di kota itu pada hari Senin pagi."},
		{Name: "invalid utf-8 declared utf-8", Input: "<html><head><meta charset=\"utf-8\"></head><body><p>Bogot\xe1</p></body></html>", Want: "x.html: line 1: invalid UTF-8 at byte 55 of a page declared UTF-8; save it as UTF-8"},
		{Name: "breaks and lists", Input: `<html lang="en"><body><article><h1>Storm</h1><p>The storm cut power to 12,000 homes across the district on Tuesday.<br>Crews worked through the night, the utility company said in a statement.</p><ul><li>Schools closed in three towns until Thursday morning at least.</li></ul></article></body></html>`, Want: "en false|Storm\n\nThe storm cut power to 12,000 homes across the district on Tuesday.\n\nCrews worked through the night, the utility company said in a statement.\n\nSchools closed in three towns until Thursday morning at least."},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			p := write(t, dir, "x.html", []byte(tt.Input))
			docs, errs := load(t, &Loader{}, p)
			got := strings.ReplaceAll(errText(errs), dir+string(filepath.Separator), "")
			if len(docs) == 1 {
				got = docs[0].Language + " " + boolStr(docs[0].LanguageInferred) + "|" + docs[0].Text
			}
			if got != tt.Want {
				t.Errorf("got %q\nwant %q", got, tt.Want)
			}
		})
	}
}

// TestExtractorQuality measures the loader's article text (go-readability
// with the page's date and byline lines dropped, figure captions put back
// and furniture marked) against go-readability alone and a bare extractor
// of paragraphs, on the project's own pages: word precision and recall
// against the plain-text version of each page. Run with -v to see the
// figures. (go-trafilatura, used before, scored 0.95 and 1.00.)
func TestExtractorQuality(t *testing.T) {
	type extractor struct {
		name string
		fn   func(root *html.Node, raw []byte) string
	}
	extractors := []extractor{
		{"claimcheck", nil}, // the loader's text, below
		{"readability", func(_ *html.Node, raw []byte) string {
			a, err := readability.FromReader(strings.NewReader(string(raw)), nil)
			if err != nil {
				return ""
			}
			return a.Title + "\n" + a.TextContent
		}},
		{"paragraphs", func(root *html.Node, _ []byte) string { return paragraphs(root) }},
	}
	scores := map[string][2]float64{}
	for _, name := range []string{"news-en", "berita-id", "report-en"} {
		raw, err := os.ReadFile(filepath.Join(corpusDir, name+".html"))
		if err != nil {
			t.Fatal(err)
		}
		want := loadOne(t, filepath.Join(corpusDir, name+".txt"))
		for _, x := range extractors {
			root, err := html.Parse(strings.NewReader(string(raw)))
			if err != nil {
				t.Fatal(err)
			}
			var got string
			if x.fn == nil {
				got = ArticleText(loadOne(t, filepath.Join(corpusDir, name+".html")))
			} else {
				got = x.fn(root, raw)
			}
			// The loader adds the headline to a page's text; give the others
			// the same chance.
			p, r := wordOverlap(got+" "+want.Title, ArticleText(want))
			t.Logf("%-12s %-10s precision %.2f recall %.2f", x.name, name, p, r)
			s := scores[x.name]
			scores[x.name] = [2]float64{s[0] + p/3, s[1] + r/3}
		}
	}
	for _, x := range extractors {
		t.Logf("%-12s mean precision %.2f recall %.2f", x.name, scores[x.name][0], scores[x.name][1])
	}
	if s := scores["claimcheck"]; s[0] < 0.95 || s[1] < 0.95 {
		t.Errorf("got claimcheck precision %.2f recall %.2f\nwant both at least 0.95", s[0], s[1])
	}
}

// paragraphs is the simplest extractor: the text of every <p> and heading
// outside <nav>, <header>, <footer> and <aside>.
func paragraphs(n *html.Node) string {
	var out []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Nav, atom.Header, atom.Footer, atom.Aside, atom.Script, atom.Style:
				return
			case atom.P, atom.H1, atom.H2, atom.H3:
				out = append(out, renderText(n))
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(out, "\n\n")
}

// wordOverlap returns the share of got's words that are in want
// (precision) and of want's words that are in got (recall), as multisets.
func wordOverlap(got, want string) (precision, recall float64) {
	count := func(s string) map[string]int {
		m := map[string]int{}
		for _, w := range strings.Fields(strings.ToLower(s)) {
			m[strings.Trim(w, `.,;:!?"'()“”`)]++
		}
		return m
	}
	g, w := count(got), count(want)
	common, ng, nw := 0, 0, 0
	for k, n := range g {
		common += min(n, w[k])
		ng += n
	}
	for _, n := range w {
		nw += n
	}
	if ng == 0 || nw == 0 {
		return 0, 0
	}
	return float64(common) / float64(ng), float64(common) / float64(nw)
}

// TestSourceLines: every paragraph of a page's extracted text whose first
// words stand as such in the page's source is mapped to that source line.
func TestSourceLines(t *testing.T) {
	for _, name := range []string{"news-en", "berita-id", "report-en"} {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(corpusDir, name+".html")
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			maps := map[string]LineMap{}
			docs, errs := load(t, &Loader{SourceLines: func(d *claims.Document, m LineMap) { maps[d.Path] = m }}, p)
			if len(errs) > 0 || len(docs) != 1 {
				t.Fatalf("errors %q", errText(errs))
			}
			doc, m := docs[0], maps[p]
			if m.Len() == 0 {
				t.Fatal("no line map")
			}
			checked := 0
			off := 0
			for _, para := range strings.SplitAfter(doc.Text, "\n") {
				at := off
				off += len(para)
				words := strings.Fields(para)
				if len(words) < 4 {
					continue
				}
				probe := strings.Join(words[:4], " ")
				i := strings.Index(string(raw), probe)
				if i < 0 || strings.Count(string(raw), probe) > 1 {
					continue
				}
				want := 1 + strings.Count(string(raw[:i]), "\n")
				if got := m.Line(at); got != want {
					t.Errorf("%q: got line %d\nwant %d", probe, got, want)
				}
				// A word further into the paragraph is on its own line.
				if last := words[len(words)-1]; strings.Count(string(raw), last) == 1 {
					j := strings.Index(string(raw), last)
					wantLast := 1 + strings.Count(string(raw[:j]), "\n")
					if got := m.Line(at + strings.LastIndex(para, last)); got != wantLast {
						t.Errorf("%q: got line %d\nwant %d", last, got, wantLast)
					}
				}
				checked++
			}
			if checked < 3 {
				t.Errorf("only %d paragraphs checked", checked)
			}
		})
	}
}

func TestWithoutSiteName(t *testing.T) {
	tests := []struct{ Title, Site, Want string }{
		{"Thousands flee Garut floods | Garut Today", "Garut Today", "Thousands flee Garut floods"},
		{"Banjir Garut - Kabar Garut", "Kabar Garut", "Banjir Garut"},
		{"Garut Today", "Garut Today", "Garut Today"},
		{"Floods | Other Site", "Garut Today", "Floods | Other Site"},
		{"Floods | Garut Today", "", "Floods | Garut Today"},
	}
	for _, tt := range tests {
		if got := withoutSiteName(tt.Title, tt.Site); got != tt.Want {
			t.Errorf("withoutSiteName(%q, %q) = %q\nwant %q", tt.Title, tt.Site, got, tt.Want)
		}
	}
}
