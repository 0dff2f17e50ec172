package corpus

import (
	"bytes"
	"encoding/json"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// pageMeta is what a page says about itself.
type pageMeta struct {
	lang, published, siteName, title, url string
	// from JSON-LD NewsArticle, preferred over <meta>
	ldPublished, ldPublisher, ldHeadline, ldLang, ldURL string
}

// parseHTML builds a document from a saved web page: the article body as
// plain text, and the page's metadata; when Loader.SourceLines is set,
// also the map from the text's offsets to the page's lines.
func (r *run) parseHTML(p string, data []byte) (*claims.Document, LineMap, *Error) {
	doc, decoded, e := r.readHTML(p, data)
	if e != nil || r.l.SourceLines == nil {
		return doc, LineMap{}, e
	}
	return doc, sourceLines(decoded, doc.Text), nil
}

// readHTML is parseHTML without the line map; it also returns the page's
// bytes decoded to UTF-8.
func (r *run) readHTML(p string, data []byte) (*claims.Document, []byte, *Error) {
	root, data, e := parseMarkup(p, data)
	if e != nil {
		return nil, nil, e
	}
	meta := readMeta(root)
	text, tmeta := extractHTML(root)
	doc := &claims.Document{Path: p, Format: "html", FirstLine: 1}
	doc.Title = first(meta.ldHeadline, meta.title, tmeta.Title)
	if doc.Title != "" && !strings.HasPrefix(text, doc.Title) {
		text = doc.Title + "\n\n" + text
	}
	if strings.TrimSpace(text) == "" {
		return nil, nil, &Error{Path: p, Reason: "no article text found in the page"}
	}
	doc.Text = text
	doc.Body = claims.Span{End: len(text)}
	doc.Source = first(meta.ldPublisher, meta.siteName, tmeta.Sitename)
	doc.URL = first(meta.ldURL, meta.url)
	doc.Language = normLang(first(meta.ldLang, meta.lang))
	if doc.Language != "" && r.l.Packs != nil && r.l.Packs.Get(doc.Language) == nil {
		// Page templates often declare a language wrongly or one without a
		// pack: detect rather than reject the page.
		doc.Language = ""
	}
	if t, ok := parseDate(first(meta.ldPublished, meta.published)); ok {
		doc.Published = t
	} else if !tmeta.Date.IsZero() {
		// go-readability may have found it in the page's tags.
		doc.Published = tmeta.Date
		doc.PublishedInferred = true
	}
	if e := r.finish(doc); e != nil {
		return nil, nil, e
	}
	if !doc.LanguageInferred {
		// Site templates declare one language for every page (WordPress
		// says en-US on Indonesian sites): a page's own words, when they
		// are clear, outweigh it. Front matter is the user's word and is
		// never overridden.
		if code, sure := r.det.Detect(articleSample(doc, detectSample)); sure && code != doc.Language {
			doc.Language, doc.LanguageInferred = code, true
			doc.Parts = parts(doc, r.det)
		}
	}
	return doc, data, nil
}

// parseMarkup decodes a page's bytes (its declared or sniffed charset, or
// UTF-16 with a byte order mark) and parses it; it also returns the
// decoded bytes.
func parseMarkup(p string, data []byte) (*html.Node, []byte, *Error) {
	if isUTF16(data) {
		d, err := fromUTF16(data)
		if err != nil {
			return nil, nil, &Error{Path: p, Reason: err.Error()}
		}
		data = d
	} else if enc, name, certain := charset.DetermineEncoding(data, "text/html"); name != "utf-8" && (certain || !isValidUTF8(data)) {
		// An undeclared page gets the guess windows-1252; trust the guess
		// only when the bytes are not UTF-8 already.
		d, err := io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(data)))
		if err != nil {
			return nil, nil, &Error{Path: p, Reason: "decoding " + name + ": " + err.Error()}
		}
		data = d
	} else if name == "utf-8" && !isValidUTF8(data) {
		off := invalidAt(data)
		return nil, nil, &Error{Path: p, Line: 1 + bytes.Count(data[:off], []byte("\n")), Reason: "invalid UTF-8 at byte " + strconv.Itoa(off) + " of a page declared UTF-8; save it as UTF-8"}
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, nil, &Error{Path: p, Reason: "empty file"}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, nil, &Error{Path: p, Line: 1 + bytes.Count(data[:i], []byte("\n")), Reason: "binary file (NUL byte); only text, HTML and JSONL are read"}
	}
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, nil, &Error{Path: p, Reason: "HTML: " + err.Error()}
	}
	return root, data, nil
}

func isValidUTF8(b []byte) bool { return utf8.Valid(b) }

// articleMeta is what the article extractor reads of a page besides its
// text, used where the page's own tags say nothing.
type articleMeta struct {
	Title, Sitename string
	Date            time.Time
}

// extractHTML returns the article text of a parsed page, one paragraph a
// line with blank lines between paragraphs, and the metadata
// go-readability found. go-readability (Mozilla's Readability in Go) is
// used rather than go-trafilatura, whose date guesser initialises
// go-dateparser's tables (78 MB, 0.2 s) in every run, HTML or not. The
// tree is changed: the page's date and byline lines go before extraction,
// and figure captions, which the extractor leaves out, are put back before
// the paragraph that follows their figure.
func extractHTML(root *html.Node) (string, articleMeta) {
	captions := figureAnchors(root)
	dropMetaLines(root)
	art, err := readability.FromDocument(root, nil)
	m := articleMeta{Title: art.Title, Sitename: art.SiteName}
	if art.PublishedTime != nil {
		m.Date = *art.PublishedTime
	}
	if err != nil || art.Node == nil {
		return "", m
	}
	return withCaptions(renderText(art.Node), captions), m
}

// caption is a figure's caption and the text of the paragraph after the
// figure, where it goes back.
type caption struct{ text, before string }

// figureAnchors lists, in page order, the captions of the page's figures
// with the first paragraph after each: the first block with text and no
// block inside it.
func figureAnchors(root *html.Node) []caption {
	var out []caption
	var pending []int // captions still waiting for the paragraph after them
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Figure {
			if fc := findElem(n, atom.Figcaption); fc != nil {
				if t := renderText(fc); t != "" {
					out = append(out, caption{text: t})
					pending = append(pending, len(out)-1)
				}
			}
			return
		}
		if len(pending) > 0 && n.Type == html.ElementNode && blocks[elem(n)] && !hasBlock(n) {
			if t := renderText(n); t != "" {
				for _, i := range pending {
					out[i].before = t
				}
				pending = pending[:0]
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return out
}

// hasBlock reports whether an element holds a block element: it is no
// paragraph of its own.
func hasBlock(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (blocks[elem(c)] || hasBlock(c)) {
			return true
		}
	}
	return false
}

// findElem returns the first element a under n, or nil.
func findElem(n *html.Node, a atom.Atom) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == a {
			return c
		}
		if f := findElem(c, a); f != nil {
			return f
		}
	}
	return nil
}

// withCaptions puts each caption missing from text back as a paragraph
// before the paragraph that followed its figure, when text holds it.
func withCaptions(text string, captions []caption) string {
	for _, c := range captions {
		if c.before == "" || strings.Contains(text, c.text) {
			continue
		}
		if i := strings.Index(text, c.before); i >= 0 {
			text = text[:i] + c.text + "\n\n" + text[i:]
		}
	}
	return text
}

// metaClass matches the class or id of the elements that hold a page's
// date, time or byline, not its article.
var metaClass = regexp.MustCompile(`(?i)(^|[-_\s])(date|dateline|time|timestamp|published|pubdate|byline|author)([-_\s]|$)`)

// metaLine is the most characters a date or byline line holds.
const metaLine = 80

// chromeClass matches the class or id of a page's chrome that Readability
// can take for text: cookie banners, newsletter boxes, share bars.
var chromeClass = regexp.MustCompile(`(?i)cookie|consent|gdpr|newsletter|subscribe|signup|sign-up|share|social|promo|advert|popup|modal`)

// chromeText is the most characters a block of chrome holds.
const chromeText = 300

// dropped reports whether element n is a short date or byline line, or a
// short block of the page's chrome.
func dropped(n *html.Node) bool {
	class, id := attr(n, "class"), attr(n, "id")
	switch {
	case metaClass.MatchString(class) || metaClass.MatchString(id) || n.DataAtom == atom.Time && n.Parent != nil && n.Parent.DataAtom != atom.P:
		return len(renderText(n)) <= metaLine
	case chromeClass.MatchString(class) || chromeClass.MatchString(id):
		return len(renderText(n)) <= chromeText
	}
	return false
}

// dropMetaLines removes from the tree the short elements that hold the
// page's date or byline ("Senin, 20 Jan 2025 14:05 WIB") or its chrome (a
// cookie banner), which the extractor would keep as paragraphs.
func dropMetaLines(root *html.Node) {
	var drop []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom != atom.Body && n.DataAtom != atom.Html && n.DataAtom != atom.Article && n.DataAtom != atom.Main {
			if dropped(n) {
				drop = append(drop, n)
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	for _, n := range drop {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// blocks are the elements that end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Blockquote: true, atom.Pre: true,
	atom.Tr: true, atom.Table: true, atom.Section: true, atom.Article: true, atom.Figure: true,
	atom.Figcaption: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true,
	atom.Dd: true, atom.Header: true, atom.Footer: true, atom.Main: true, atom.Aside: true,
	atom.Hr: true, atom.Caption: true, atom.Address: true, atom.Details: true, atom.Summary: true,
}

// renderText writes a content tree as paragraphs separated by blank lines;
// whitespace inside a paragraph is collapsed and <br> starts a new line.
func renderText(n *html.Node) string {
	var out, para strings.Builder
	flush := func() {
		t := strings.Join(strings.Fields(para.String()), " ")
		para.Reset()
		if t == "" {
			return
		}
		if out.Len() > 0 {
			out.WriteString("\n\n")
		}
		out.WriteString(t)
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			para.WriteString(n.Data)
			return
		case html.ElementNode:
			switch elem(n) {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Br:
				flush()
				return
			case atom.Td, atom.Th:
				para.WriteString(" ")
			}
		}
		block := n.Type == html.ElementNode && blocks[elem(n)]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(n)
	flush()
	return out.String()
}

// elem is n's element; nodes an extractor creates may carry only the tag
// name.
func elem(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}

// readMeta collects <html lang>, the <meta> tags and JSON-LD of a page.
func readMeta(root *html.Node) pageMeta {
	var m pageMeta
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				m.lang = attr(n, "lang")
				if m.lang == "" {
					m.lang = attr(n, "xml:lang")
				}
			case atom.Title:
				if m.title == "" && n.FirstChild != nil {
					m.title = strings.TrimSpace(n.FirstChild.Data)
				}
			case atom.Meta:
				key := strings.ToLower(first(attr(n, "property"), attr(n, "name"), attr(n, "itemprop"), attr(n, "http-equiv")))
				val := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "article:published_time", "datepublished", "og:article:published_time", "pubdate", "publishdate":
					setOnce(&m.published, val)
				case "og:site_name", "application-name":
					setOnce(&m.siteName, val)
				case "og:title":
					m.title = val
				case "og:url":
					setOnce(&m.url, val)
				case "content-language", "og:locale", "language":
					if m.lang == "" {
						m.lang = val
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					setOnce(&m.url, attr(n, "href"))
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
					var v any
					if json.Unmarshal([]byte(n.FirstChild.Data), &v) == nil {
						readLD(v, &m)
					}
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if m.lang != "" {
		m.lang = normLang(m.lang)
	}
	m.title = withoutSiteName(m.title, m.siteName)
	return m
}

// withoutSiteName drops the site's name that a page's <title> often ends
// with ("Floods cut off 12 villages | The Harbour Courier"): it is no part
// of the headline, and the headline is put back at the top of the text.
func withoutSiteName(title, site string) string {
	if site == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
		if t, ok := strings.CutSuffix(title, sep+site); ok && strings.TrimSpace(t) != "" {
			return strings.TrimSpace(t)
		}
	}
	return title
}

// readLD takes the first article object of a JSON-LD value, looking into
// arrays and "@graph".
func readLD(v any, m *pageMeta) {
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			readLD(x, m)
		}
	case map[string]any:
		if g, ok := v["@graph"]; ok {
			readLD(g, m)
		}
		if !isArticle(v["@type"]) || m.ldHeadline != "" || m.ldPublished != "" {
			return
		}
		m.ldHeadline = str(v["headline"])
		m.ldPublished = str(v["datePublished"])
		m.ldLang = str(v["inLanguage"])
		m.ldURL = first(str(v["url"]), str(v["mainEntityOfPage"]))
		switch p := v["publisher"].(type) {
		case map[string]any:
			m.ldPublisher = str(p["name"])
		case []any:
			if len(p) > 0 {
				if o, ok := p[0].(map[string]any); ok {
					m.ldPublisher = str(o["name"])
				}
			}
		case string:
			m.ldPublisher = p
		}
	}
}

func isArticle(t any) bool {
	switch t := t.(type) {
	case string:
		return strings.HasSuffix(t, "Article") || t == "BlogPosting"
	case []any:
		for _, x := range t {
			if isArticle(x) {
				return true
			}
		}
	}
	return false
}

func str(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case map[string]any:
		return first(str(v["@id"]), str(v["url"]))
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func setOnce(dst *string, v string) {
	if *dst == "" {
		*dst = strings.TrimSpace(v)
	}
}

// first returns the first non-empty value.
func first(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
