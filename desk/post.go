package desk

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"path"
	"regexp"
	"strings"
	"testing/fstest"

	"gopkg.in/yaml.v3"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
	"github.com/claimcheck/claimcheck/store"
)

// post is an article as a request gives it.
type post struct {
	// Story is the story it is added to; "" lets store.StoryOf decide.
	Story string
	// Name is its file name, as given or dropped; "" for a pasted text.
	Name string
	// Outlet, URL, Date and Title are the form's metadata fields, written
	// as front matter before the text.
	Outlet, URL, Date, Title string
	Body                     []byte
}

// added is what adding an article did: the document as stored, what the
// store did, and its findings against the story.
type added struct {
	Doc     *claims.Document
	Story   string
	Outcome store.Outcome
	// Result holds the findings that hold a claim of the article, with
	// the documents and claims they quote.
	Result *pipeline.Result
}

// postedFolder is the folder a posted article is read from, in memory.
const postedFolder = "posted"

// errBadArticle marks what is wrong with a posted article (a 400).
var errBadArticle = errors.New("bad article")

// add reads a posted article from memory, checks it against its story
// and stores it. Check and store happen under one lock, so that articles
// posted at once each meet the others only once stored.
func (s *Server) add(ctx context.Context, p post) (*added, error) {
	file, err := p.file()
	if err != nil {
		return nil, err
	}
	fsys := fstest.MapFS{file: &fstest.MapFile{Data: p.withFields(), Mode: 0o644}}
	res := pipeline.Run([]string{file}, pipeline.Options{FS: corpus.IOFS{FS: fsys}, KeepText: true, MaxSize: s.opts.MaxBody})
	res.Unpack() // stored with the article
	if len(res.Errors) > 0 {
		return nil, fmt.Errorf("%w: %s", errBadArticle, strings.TrimPrefix(res.Errors[0].Error(), file+": "))
	}
	if len(res.Documents) != 1 {
		return nil, fmt.Errorf("%w: no article in the text", errBadArticle)
	}
	doc := res.Documents[0]
	s.posting.Lock()
	defer s.posting.Unlock()
	checked, err := store.Check(ctx, s.st, res, store.CheckOptions{Compare: s.opts.Compare, Story: p.Story})
	if err != nil {
		return nil, err
	}
	story := checked.Stories[doc.ID]
	out, err := s.st.Put(ctx, &store.Article{Doc: doc, Claims: res.Claims, Story: story, Name: p.identity(doc)})
	if err != nil {
		return nil, err
	}
	return &added{Doc: doc, Story: story, Outcome: out, Result: checked.Result}, nil
}

// safeName keeps a file name's letters, digits, dots, dashes and
// underscores.
var safeName = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// file is the in-memory path the article is read from: its base name,
// cleaned, with an extension the loader reads (.md by default, so that
// front matter is read).
func (p post) file() (string, error) {
	name := safeName.ReplaceAllString(path.Base(strings.ReplaceAll(p.Name, `\`, "/")), "-")
	name = strings.TrimLeft(name, ".-")
	if p.Name == "" || name == "" {
		sum := sha256.Sum256(p.Body)
		name = "pasted-" + hex.EncodeToString(sum[:6])
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".txt", ".md", ".html", ".htm":
	default:
		name += ".md"
	}
	if p.fields() && strings.HasPrefix(strings.ToLower(path.Ext(name)), ".htm") {
		return "", fmt.Errorf("%w: a page takes its outlet, url, date and title from its own tags, not from the form", errBadArticle)
	}
	if len(strings.TrimSpace(string(p.Body))) == 0 {
		return "", fmt.Errorf("%w: the article is empty", errBadArticle)
	}
	return postedFolder + "/" + name, nil
}

func (p post) fields() bool { return p.Outlet != "" || p.URL != "" || p.Date != "" || p.Title != "" }

// withFields is the article's text with the form's fields as YAML front
// matter before it, written by the YAML encoder so that no field can
// close the block or add another; a text with front matter of its own
// keeps it, and the fields go after its opening line.
func (p post) withFields() []byte {
	if !p.fields() {
		return p.Body
	}
	type fields struct {
		Source    string `yaml:"source,omitempty"`
		URL       string `yaml:"url,omitempty"`
		Published string `yaml:"published,omitempty"`
		Title     string `yaml:"title,omitempty"`
	}
	y, _ := yaml.Marshal(fields{p.Outlet, p.URL, p.Date, p.Title}) // strings only: cannot fail
	body := string(p.Body)
	if rest, ok := strings.CutPrefix(body, "---\n"); ok {
		return []byte("---\n" + string(y) + rest)
	}
	return []byte("---\n" + string(y) + "---\n" + body)
}

// identity tells versions of a posted article apart: its address, else
// its file name; a pasted text with neither is known by its hash alone.
func (p post) identity(d *claims.Document) string {
	switch {
	case d.URL != "":
		return "url:" + d.URL
	case p.Name != "":
		return "post:" + path.Base(d.Path)
	}
	return ""
}

// readPost reads an article from a request: a multipart form (fields
// story, outlet, url, date, title, name, text, and a file), a urlencoded
// form with a text field, or any other body as the article's text (curl
// --data-binary sends a file as a urlencoded form without fields), with
// story and name from the query.
func readPost(r *http.Request) (post, error) {
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	q := r.URL.Query()
	var form url.Values
	switch ct {
	case "multipart/form-data":
		if err := r.ParseMultipartForm(1 << 20); err != nil {
			return post{}, tooLarge(err)
		}
		form = r.MultipartForm.Value
	default:
		body, err := io.ReadAll(r.Body)
		if err != nil {
			return post{}, tooLarge(err)
		}
		if ct == "application/x-www-form-urlencoded" {
			if vals, err := url.ParseQuery(string(body)); err == nil && vals.Has("text") {
				form = vals
			}
		}
		if form == nil {
			return post{Story: strings.TrimSpace(q.Get("story")), Name: q.Get("name"), Body: body}, nil
		}
	}
	p := post{
		Story: form.Get("story"), Name: form.Get("name"), Outlet: strings.TrimSpace(form.Get("outlet")),
		URL: strings.TrimSpace(form.Get("url")), Date: strings.TrimSpace(form.Get("date")),
		Title: strings.TrimSpace(form.Get("title")), Body: []byte(form.Get("text")),
	}
	if p.Story == "" {
		p.Story = q.Get("story")
	}
	p.Story = strings.TrimSpace(p.Story)
	if r.MultipartForm == nil {
		return p, nil
	}
	if fhs := r.MultipartForm.File["file"]; len(fhs) > 0 {
		f, err := fhs[0].Open()
		if err != nil {
			return post{}, fmt.Errorf("%w: %v", errBadArticle, err)
		}
		defer f.Close()
		data, err := io.ReadAll(f)
		if err != nil {
			return post{}, tooLarge(err)
		}
		if len(data) > 0 {
			p.Body = data
			if p.Name == "" {
				p.Name = fhs[0].Filename
			}
		}
	}
	return p, nil
}

// tooLarge says that a body was over the limit, or passes err on.
func tooLarge(err error) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return fmt.Errorf("%w: the request is larger than %d bytes", errTooLarge, mbe.Limit)
	}
	return fmt.Errorf("%w: %v", errBadArticle, err)
}

// errTooLarge marks a request over the size limit (a 413).
var errTooLarge = errors.New("too large")

// statusOf is the HTTP status of an error of add or readPost.
func statusOf(err error) int {
	switch {
	case errors.Is(err, errTooLarge):
		return http.StatusRequestEntityTooLarge
	case errors.Is(err, errBadArticle):
		return http.StatusBadRequest
	}
	return http.StatusInternalServerError
}

// ofDocument keeps of res the findings that hold a claim of the document
// id, with the documents they quote and the document's own claims.
func ofDocument(res *pipeline.Result, id string) *pipeline.Result {
	out := &pipeline.Result{Documents: []*claims.Document{}, Claims: []*claims.Claim{}, Findings: []compare.Finding{},
		Errors: []*corpus.Error{}, Warnings: []*corpus.Error{}}
	quoted := map[string]bool{id: true}
	for _, f := range res.Findings {
		if store.Holds(&f, id) {
			out.Findings = append(out.Findings, f)
			for _, c := range append(append([]*claims.Claim{}, f.Sides...), f.Support...) {
				quoted[c.Doc] = true
			}
		}
	}
	for _, d := range res.Documents {
		if quoted[d.ID] {
			out.Documents = append(out.Documents, d)
		}
	}
	for _, c := range res.Claims {
		if c.Doc == id {
			out.Claims = append(out.Claims, c)
		}
	}
	return out
}
