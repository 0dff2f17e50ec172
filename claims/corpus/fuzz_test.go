package corpus

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
)

// spansOK reports what is wrong with a loaded document's spans, or "".
func spansOK(d *claims.Document) string {
	valid := func(s claims.Span) bool { return s.Start >= 0 && s.Start <= s.End && s.End <= len(d.Text) }
	if !valid(d.Body) {
		return "body outside text"
	}
	last := d.Body.Start
	for _, f := range d.Furniture {
		if !valid(f) || !d.Body.Contains(f) || f.Start < last || f.Len() == 0 {
			return "furniture span out of order or outside the body"
		}
		last = f.End
	}
	for _, p := range d.Parts {
		if !valid(p.Span) || !d.Body.Contains(p.Span) {
			return "part outside the body"
		}
	}
	if d.ID == "" || d.Source == "" {
		return "no ID or source"
	}
	return ""
}

func FuzzFrontMatter(f *testing.F) {
	f.Add("---\nsource: Eastport Daily\npublished: 2025-02-03\nlanguage: en\n---\nRain flooded 300 homes.\n")
	f.Add("---\r\nsorce: X\r\n---\r\nAdvertisement\r\nText.")
	f.Add("---\nsource: X\n")
	f.Add("---\n---\n")
	f.Add("Skip to main content\nSource: AFP/sn\n")
	// One run for all inputs: compiling the packs' lists is the slow part.
	r := newRun(&Loader{Packs: testPacks()}, nil)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		doc, e := r.parseText("x.txt", "txt", text)
		if e != nil {
			if e.Path != "x.txt" || e.Reason == "" || e.Line < 0 || e.Line > strings.Count(text, "\n")+1 {
				t.Fatalf("bad error %#v", e)
			}
			return
		}
		doc.ID = "x.txt"
		if msg := spansOK(doc); msg != "" {
			t.Fatalf("%s: %+v", msg, doc)
		}
		if doc.Text != text {
			t.Fatalf("text changed")
		}
	})
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte(`<html lang="en"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"2025-01-02","publisher":{"name":"P"}}</script></head><body><article><p>The storm cut power to 12,000 homes across the district, the company said.</p></article></body></html>`))
	f.Add([]byte("<html><head><meta charset=\"windows-1252\"></head><body><p>Bogot\xe1</p></body></html>"))
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"))
	f.Add([]byte(`<script type="application/ld+json">[{"@graph":[{"@type":["NewsArticle"],"publisher":[{"name":3}]}]}]</script><figure><img src="a.jpg"><figcaption>Caption of 40 words</figcaption></figure>`))
	r := newRun(&Loader{Packs: testPacks(), SourceLines: func(*claims.Document, LineMap) {}}, nil)
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, lines, e := r.parseHTML("x.html", data)
		if e != nil {
			if e.Path != "x.html" || e.Reason == "" {
				t.Fatalf("bad error %#v", e)
			}
			return
		}
		doc.ID = "x.html"
		if msg := spansOK(doc); msg != "" {
			t.Fatalf("%s: %+v", msg, doc)
		}
		if !utf8.ValidString(doc.Text) {
			t.Fatalf("text is not UTF-8: %q", doc.Text)
		}
		n := bytes.Count(data, []byte("\n")) + 1
		for off := 0; off <= len(doc.Text); off += 7 {
			if l := lines.Line(off); l < 0 || l > n {
				t.Fatalf("offset %d maps to line %d of %d", off, l, n)
			}
		}
	})
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte("{\"text\":\"Rain flooded 300 homes.\",\"source\":\"X\"}\nnot json\n\n{\"text\":\"Dua.\",\"sorce\":\"Y\"}"))
	f.Add([]byte("\xef\xbb\xbf{\"text\":\"a\\u0000\"}\r\n{\"text\":3}\n[1]\nnull"))
	f.Add([]byte(`{"text":"Advertisement"}`))
	f.Add([]byte("{\"text\":\"" + strings.Repeat("x", 300) + "\"}\n{\"text\":\"short.\"}"))
	var docs []*claims.Document
	r := newRun(&Loader{Packs: testPacks(), MaxSize: 256}, func(d *claims.Document) { docs = append(docs, d) })
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := bytes.Count(data, []byte("\n")) + 1
		docs, r.errs, r.ids = nil, nil, map[string]bool{}
		r.readJSONL("x.jsonl", "x.jsonl", "x.jsonl", newSniffer(bytes.NewReader(data)))
		for _, e := range r.errs {
			if e.Path != "x.jsonl" || e.Reason == "" || e.Line < 0 || e.Line > lines {
				t.Fatalf("bad error %#v for %d lines", e, lines)
			}
		}
		seen := map[string]bool{}
		for _, d := range docs {
			if msg := spansOK(d); msg != "" {
				t.Fatalf("%s: %+v", msg, d)
			}
			if seen[d.ID] || d.FirstLine < 1 || d.FirstLine > lines {
				t.Fatalf("bad ID %q or line %d", d.ID, d.FirstLine)
			}
			seen[d.ID] = true
		}
		if len(docs) == 0 && len(r.errs) == 0 {
			t.Fatalf("nothing loaded and no error: silently dropped")
		}
	})
}
