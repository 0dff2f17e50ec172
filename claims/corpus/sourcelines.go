package corpus

import (
	"bytes"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// LineMap maps byte offsets of an HTML document's Text (the article text
// extracted from the page) to lines of the page's source, so that a claim
// can be shown on the line of the file where its words are, not on a line
// of the extracted text. Loader.SourceLines hands one over for each page.
type LineMap struct {
	// offs are text offsets where a run of one source line starts, in
	// order; lines[i] is the source line of the run at offs[i].
	offs, lines []int
}

// Line returns the source line of the text byte at off, or 0 when the map
// knows none (an empty map, or a paragraph not found in the page).
func (m LineMap) Line(off int) int {
	i := sort.SearchInts(m.offs, off+1) - 1
	if i < 0 {
		if len(m.lines) > 0 {
			return m.lines[0]
		}
		return 0
	}
	return m.lines[i]
}

// Len is the number of runs the map holds.
func (m LineMap) Len() int { return len(m.offs) }

func (m *LineMap) add(off, line int) {
	if n := len(m.lines); n > 0 && (m.lines[n-1] == line || m.offs[n-1] == off) {
		if m.offs[n-1] == off {
			m.lines[n-1] = line
		}
		return
	}
	m.offs = append(m.offs, off)
	m.lines = append(m.lines, line)
}

// pageText is a page's visible text with white space collapsed and a space
// at each block boundary, as renderText writes a paragraph, with the
// source line of every run of it.
type pageText struct {
	text  strings.Builder
	offs  []int // start of each run in text
	lines []int // its source line
	space bool  // text ends with a space (or is empty)
}

// write appends s, decoded text of source line line, collapsing white
// space.
func (p *pageText) write(s string, line int) {
	for _, r := range s {
		if unicode.IsSpace(r) {
			p.boundary()
			continue
		}
		if n := len(p.lines); n == 0 || p.lines[n-1] != line {
			p.offs = append(p.offs, p.text.Len())
			p.lines = append(p.lines, line)
		}
		p.text.WriteRune(r)
		p.space = false
	}
}

// boundary ends a word.
func (p *pageText) boundary() {
	if !p.space && p.text.Len() > 0 {
		p.text.WriteByte(' ')
		p.space = true
	}
}

// lineAt is the source line of the byte at off of the page text.
func (p *pageText) lineAt(off int) int {
	i := sort.SearchInts(p.offs, off+1) - 1
	if i < 0 {
		return 1
	}
	return p.lines[i]
}

// hidden are the elements whose text a reader never sees in the article.
var hidden = map[atom.Atom]bool{atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Title: true}

// readPageText tokenizes a decoded page, keeping the visible text with the
// line of each run.
func readPageText(data []byte) *pageText {
	p := &pageText{space: true}
	z := html.NewTokenizer(bytes.NewReader(data))
	line := 1
	skip := 0 // depth inside hidden elements
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return p
		}
		raw := z.Raw()
		switch tt {
		case html.TextToken:
			if skip == 0 {
				for i, part := range strings.Split(string(raw), "\n") {
					if i > 0 {
						p.boundary()
					}
					p.write(html.UnescapeString(part), line+i)
				}
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if hidden[a] && tt != html.SelfClosingTagToken {
				if tt == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
			}
			if blocks[a] || a == atom.Br || a == atom.Td || a == atom.Th || a == atom.Img {
				p.boundary()
			}
		}
		line += bytes.Count(raw, []byte("\n"))
	}
}

// sourceLines maps each paragraph of text (a page's extracted text, one
// paragraph a line) to the lines of the page data it was found on. A
// paragraph is looked for after the previous one, then anywhere; one that
// is not found whole is placed by its first words, or else on the line
// of the paragraph before it.
func sourceLines(data []byte, text string) LineMap {
	page := readPageText(data)
	all := page.text.String()
	var m LineMap
	cursor, last := 0, 1
	off := 0
	for _, para := range strings.SplitAfter(text, "\n") {
		start := off
		off += len(para)
		para = strings.TrimRight(para, "\r\n")
		if strings.TrimSpace(para) == "" {
			continue
		}
		at, n := find(all, para, cursor)
		if at < 0 {
			m.add(start, last)
			continue
		}
		// Every byte of the found run maps to its source line.
		m.add(start, page.lineAt(at))
		i := sort.SearchInts(page.offs, at+1)
		for ; i < len(page.offs) && page.offs[i] < at+n; i++ {
			m.add(start+page.offs[i]-at, page.lines[i])
		}
		last = page.lineAt(at + n - 1)
		cursor = at + n
	}
	return m
}

// find looks for para in all, after cursor and then anywhere: whole, then
// its first 40 bytes, then its first three words. It returns where and
// how many bytes of para were matched, or -1.
func find(all, para string, cursor int) (int, int) {
	for _, probe := range []string{para, prefixBytes(para, 40), firstWords(para, 3)} {
		if len(probe) < 4 {
			continue
		}
		if i := strings.Index(all[cursor:], probe); i >= 0 {
			return cursor + i, len(probe)
		}
		if i := strings.Index(all, probe); i >= 0 {
			return i, len(probe)
		}
	}
	return -1, 0
}

// prefixBytes is s cut to at most n bytes at a rune boundary.
func prefixBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// firstWords is the first n words of s.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}
