package desk

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/pipeline"
	"github.com/claimcheck/claimcheck/report/baseline"
	"github.com/claimcheck/claimcheck/store"
)

// extra is a new article of the seeds' story: 50,000 North Korean troops.
const extra = `---
source: Kyiv Ledger
url: https://kyivledger.example/north-korea-troops
published: 2024-11-18
---
KYIV: North Korea has sent 50,000 troops to Russia, Ukraine's defence intelligence agency said on Monday.
`

// seeded returns a store holding the seeds as the story "seeds".
func seeded(t *testing.T) *store.SQLite {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "desk.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	res := pipeline.Run([]string{"../seeds"}, pipeline.Options{KeepText: true})
	for _, d := range res.Documents {
		var cs []*claims.Claim
		for _, c := range res.AllClaims() {
			if c.Doc == d.ID {
				cs = append(cs, c)
			}
		}
		if _, err := st.Put(ctx, &store.Article{Doc: d, Claims: cs, Story: "seeds", Name: store.Name(d)}); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

// serve starts the desk over st on a loopback test server.
func serve(t *testing.T, st store.Store, opts Options) *httptest.Server {
	t.Helper()
	h, err := New(st, opts)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// postedReply is POST /api/articles's answer.
type postedReply struct {
	Document postedDocument
	Report   struct {
		Schema   string
		Findings []struct {
			Verdict string
			Sides   []struct{ Doc, Text string }
		}
	}
}

func postArticle(t *testing.T, srv *httptest.Server, query, contentType, body string) (int, postedReply) {
	t.Helper()
	resp, err := http.Post(srv.URL+"/api/articles"+query, contentType, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	var r postedReply
	if resp.StatusCode < 300 {
		if err := json.Unmarshal(data, &r); err != nil {
			t.Fatalf("reply: %v\n%s", err, data)
		}
	}
	return resp.StatusCode, r
}

func TestPostArticle(t *testing.T) {
	srv := serve(t, seeded(t), Options{})
	code, r := postArticle(t, srv, "", "text/markdown", extra)
	if code != http.StatusCreated || r.Document.Status != "added" || r.Document.Story != "seeds" || r.Document.Claims == 0 {
		t.Fatalf("first post: %d %+v, want 201, added to seeds with its claims", code, r.Document)
	}
	if r.Report.Schema != "claimcheck/v1" || len(r.Report.Findings) != 1 || r.Report.Findings[0].Verdict != "conflict" {
		t.Fatalf("findings: %+v, want the one conflict over the troops", r.Report)
	}
	var texts []string
	for _, s := range r.Report.Findings[0].Sides {
		texts = append(texts, s.Text)
	}
	if got := strings.Join(texts, " | "); !strings.Contains(got, "50,000 troops") || !strings.Contains(got, "12 ribu tentara") {
		t.Errorf("sides: got %q, want the new 50,000 against the stored seed's", got)
	}
	code, r = postArticle(t, srv, "", "text/markdown", extra)
	if code != http.StatusOK || r.Document.Status != "unchanged" {
		t.Errorf("the same article again: %d %q, want 200 unchanged", code, r.Document.Status)
	}
	edited := strings.Replace(extra, "50,000", "60,000", 1)
	code, r = postArticle(t, srv, "", "text/markdown", edited)
	if code != http.StatusOK || r.Document.Status != "replaced" {
		t.Errorf("the article edited (same url): %d %q, want 200 replaced", code, r.Document.Status)
	}
}

func TestPostForms(t *testing.T) {
	srv := serve(t, seeded(t), Options{})
	form := url.Values{"text": {"North Korea has sent 40,000 troops to Russia, Ukraine's spy chief said."},
		"outlet": {"Desk Wire"}, "date": {"2024-11-19"}, "story": {"seeds"}}
	code, r := postArticle(t, srv, "", "application/x-www-form-urlencoded", form.Encode())
	if code != http.StatusCreated || r.Document.Story != "seeds" || len(r.Report.Findings) == 0 {
		t.Errorf("urlencoded form: %d %+v", code, r)
	}
	// curl --data-binary @file sends the file as a urlencoded form with no fields.
	code, r = postArticle(t, srv, "?story=seeds", "application/x-www-form-urlencoded", strings.Replace(extra, "50,000", "45,000", 1))
	if code != http.StatusCreated || r.Document.Claims == 0 {
		t.Errorf("a raw body sent as a form: %d %+v", code, r.Document)
	}
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	mw.WriteField("story", "seeds")
	fw, _ := mw.CreateFormFile("file", "dropped.txt")
	fw.Write([]byte("Pyongyang sent 35,000 troops to Russia, a Ukrainian official said.\n"))
	mw.Close()
	code, r = postArticle(t, srv, "", mw.FormDataContentType(), b.String())
	if code != http.StatusCreated || r.Document.ID != "dropped.txt" {
		t.Errorf("a dropped file: %d %+v, want 201 as dropped.txt", code, r.Document)
	}
	form = url.Values{"text": {"---\nsource: X\n---\nBody."}, "url": {"https://x.example/a\n---\nsource: evil"}}
	code, _ = postArticle(t, srv, "", "application/x-www-form-urlencoded", form.Encode())
	if code != http.StatusCreated {
		t.Errorf("a field with a line break is quoted by the YAML encoder, not a new block: %d", code)
	}
}

// TestConcurrentPosts posts 50 articles from 10 goroutines and finds all
// of them stored, each checked against the story.
func TestConcurrentPosts(t *testing.T) {
	st := seeded(t)
	srv := serve(t, st, Options{})
	const workers, each = 10, 5
	var wg sync.WaitGroup
	ids := make(chan string, workers*each)
	errs := make(chan string, workers*each)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				n := 20000 + 1000*(w*each+i)
				body := fmt.Sprintf("---\nsource: Wire %d\n---\nNorth Korea has sent %d troops to Russia, Ukraine's intelligence agency said in report %d.\n", w*each+i, n, w*each+i)
				resp, err := http.Post(srv.URL+"/api/articles?story=seeds", "text/plain", strings.NewReader(body))
				if err != nil {
					errs <- err.Error()
					continue
				}
				var r postedReply
				json.NewDecoder(resp.Body).Decode(&r)
				resp.Body.Close()
				if resp.StatusCode != http.StatusCreated {
					errs <- fmt.Sprintf("article %d: status %d", w*each+i, resp.StatusCode)
					continue
				}
				ids <- r.Document.ID
			}
		}()
	}
	wg.Wait()
	close(ids)
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	seen := map[string]bool{}
	for id := range ids {
		if seen[id] {
			t.Errorf("two articles stored as %s", id)
		}
		seen[id] = true
	}
	docs, err := st.Docs(context.Background(), "seeds")
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) != workers*each || len(docs) != 2+workers*each {
		t.Errorf("stored: %d replies, %d documents; want %d and %d", len(seen), len(docs), workers*each, 2+workers*each)
	}
}

func get(t *testing.T, srv *httptest.Server, path string) (int, string) {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestAPIReads(t *testing.T) {
	srv := serve(t, seeded(t), Options{})
	code, body := get(t, srv, "/api/stories")
	var stories struct{ Stories []storySummary }
	if err := json.Unmarshal([]byte(body), &stories); err != nil || code != 200 {
		t.Fatalf("/api/stories: %d %v\n%s", code, err, body)
	}
	if len(stories.Stories) != 1 || stories.Stories[0].Documents != 2 || stories.Stories[0].ByVerdict["conflict"] != 2 {
		t.Errorf("/api/stories: %+v, want seeds with 2 documents and 2 conflicts", stories.Stories)
	}
	for _, path := range []string{"/api/findings", "/api/findings?story=seeds"} {
		code, body = get(t, srv, path)
		var rep struct {
			Schema   string
			Findings []any
		}
		if err := json.Unmarshal([]byte(body), &rep); err != nil || code != 200 || rep.Schema != "claimcheck/v1" || len(rep.Findings) != 2 {
			t.Errorf("%s: %d %v, %d findings of schema %q; want claimcheck/v1 with 2", path, code, err, len(rep.Findings), rep.Schema)
		}
	}
	code, body = get(t, srv, "/api/findings?story=nope")
	if !strings.Contains(body, `"findings": []`) {
		t.Errorf("an unknown story: %d %s, want no findings", code, body)
	}
}

func TestPages(t *testing.T) {
	srv := serve(t, seeded(t), Options{})
	tests := []struct {
		Name, Path string
		Code       int
		Has, Lacks []string
	}{
		{"stories", "/", 200, []string{`href="/story?name=seeds"`, "2: 2 conflict", `action="/articles"`}, nil},
		{"a story's cards", "/story?name=seeds", 200, []string{"Troops of North Korea in Russia", "Spelling of Andriiy Sybiha", `name="finding"`, "Accept"}, nil},
		{"filtered by kind", "/story?name=seeds&kind=name", 200, []string{"Spelling of Andriiy Sybiha"}, []string{"Troops of North Korea in Russia</h2>"}},
		{"filtered by severity", "/story?name=seeds&severity=critical", 200, []string{"No findings."}, []string{"Spelling of"}},
		{"filtered by verdict", "/story?name=seeds&verdict=agree", 200, []string{"No findings."}, nil},
		{"an article's claims", "/article?id=003_7cfb101a442e41e1.txt", 200, []string{`title|andriiy sybiha|role=foreign-minister`, "Andriiy Sybiha</mark>", `<mark class="quantity"`}, nil},
		{"an unknown story", "/story?name=nope", 404, nil, nil},
		{"an unknown article", "/article?id=../../etc/passwd", 404, nil, []string{"root:"}},
		{"no file is served", "/../../etc/passwd", 404, nil, []string{"root:"}},
		{"no static files", "/templates/story.html", 404, nil, []string{"{{"}},
		{"drafts", "/claimreview.json?story=seeds", 200, []string{`"@type": "ClaimReview"`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			code, body := get(t, srv, tt.Path)
			if code != tt.Code {
				t.Errorf("status: got %d, want %d\n%s", code, tt.Code, body)
			}
			for _, s := range tt.Has {
				if !strings.Contains(body, s) {
					t.Errorf("the page lacks %q", s)
				}
			}
			for _, s := range tt.Lacks {
				if strings.Contains(body, s) {
					t.Errorf("the page has %q", s)
				}
			}
		})
	}
}

func TestArticleTextIsEscaped(t *testing.T) {
	srv := serve(t, seeded(t), Options{})
	evil := "---\ntitle: <img src=x onerror=alert(1)>\n---\nNorth Korea sent 9,000 troops to Russia <script>alert(1)</script>, Kyiv said.\n"
	code, r := postArticle(t, srv, "?story=seeds&name=evil.md", "text/markdown", evil)
	if code != http.StatusCreated {
		t.Fatalf("post: %d", code)
	}
	for _, path := range []string{"/article?id=" + url.QueryEscape(r.Document.ID), "/story?name=seeds"} {
		_, body := get(t, srv, path)
		if strings.Contains(body, "<script>alert") || strings.Contains(body, "<img src=x") {
			t.Errorf("%s: article text reached the page as markup", path)
		}
		if !strings.Contains(body, "&lt;script&gt;") && !strings.Contains(body, "&lt;img") {
			t.Errorf("%s: the article's markup is not shown as text", path)
		}
	}
}

func TestAcceptExportsBaseline(t *testing.T) {
	srv := serve(t, seeded(t), Options{})
	_, page := get(t, srv, "/story?name=seeds&kind=name")
	i := strings.Index(page, `name="finding" value="`)
	if i < 0 {
		t.Fatal("no accept form on the story page")
	}
	id := page[i+len(`name="finding" value="`):]
	id = id[:strings.IndexByte(id, '"')]
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.PostForm(srv.URL+"/accept", url.Values{"finding": {id}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("accept: %d, want 303", resp.StatusCode)
	}
	_, page = get(t, srv, "/story?name=seeds")
	if strings.Contains(page, "Spelling of Andriiy Sybiha</h2>") || !strings.Contains(page, "1 accepted finding hidden") {
		t.Errorf("the accepted finding is still shown, or not counted")
	}
	_, file := get(t, srv, "/baseline.json")
	b, err := baseline.Read(strings.NewReader(file), "baseline.json")
	if err != nil || len(b.Pairs) != 1 {
		t.Fatalf("baseline.json: %v, %d pairs\n%s", err, len(b.Pairs), file)
	}
	_, findings := get(t, srv, "/api/findings")
	var report struct {
		Summary struct{ Suppressed int } `json:"summary"`
	}
	if err := json.Unmarshal([]byte(findings), &report); err != nil || report.Summary.Suppressed != 1 {
		t.Errorf("/api/findings does not count the accepted finding as suppressed (%v): %.300s", err, findings)
	}
}

func TestSafety(t *testing.T) {
	st := seeded(t)
	open := serve(t, st, Options{MaxBody: 2048})
	tests := []struct {
		Name   string
		Server *httptest.Server
		Method string
		Path   string
		Header map[string]string
		Body   string
		Code   int
	}{
		{"another host name (DNS rebinding)", open, "GET", "/", map[string]string{"Host": "evil.example"}, "", http.StatusForbidden},
		{"localhost by name", open, "GET", "/", map[string]string{"Host": "localhost:8080"}, "", http.StatusOK},
		{"a body over the limit", open, "POST", "/api/articles?story=seeds", map[string]string{"Content-Type": "text/plain"}, strings.Repeat("North Korea sent 9,000 troops. ", 200), http.StatusRequestEntityTooLarge},
		{"a cross-site form post", open, "POST", "/articles", map[string]string{"Content-Type": "application/x-www-form-urlencoded", "Sec-Fetch-Site": "cross-site"}, "text=x", http.StatusForbidden},
		{"an empty article", open, "POST", "/api/articles", map[string]string{"Content-Type": "text/plain"}, "  \n", http.StatusBadRequest},
		{"broken front matter", open, "POST", "/api/articles", map[string]string{"Content-Type": "text/plain"}, "---\nsource: [\n---\nText.\n", http.StatusBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			req, _ := http.NewRequest(tt.Method, tt.Server.URL+tt.Path, strings.NewReader(tt.Body))
			for k, v := range tt.Header {
				if k == "Host" {
					req.Host = v
					continue
				}
				req.Header.Set(k, v)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tt.Code {
				t.Errorf("status: got %d, want %d\n%s", resp.StatusCode, tt.Code, body)
			}
		})
	}
}

func TestToken(t *testing.T) {
	srv := serve(t, seeded(t), Options{Token: "s3cret"})
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	do := func(method, path, auth string, cookie *http.Cookie) *http.Response {
		req, _ := http.NewRequest(method, srv.URL+path, strings.NewReader("token=s3cret"))
		if method == "POST" {
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		}
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		if cookie != nil {
			req.AddCookie(cookie)
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	if r := do("GET", "/api/stories", "", nil); r.StatusCode != http.StatusUnauthorized {
		t.Errorf("API without the token: %d, want 401", r.StatusCode)
	}
	if r := do("GET", "/api/stories", "Bearer wrong", nil); r.StatusCode != http.StatusUnauthorized {
		t.Errorf("API with a wrong token: %d, want 401", r.StatusCode)
	}
	if r := do("GET", "/api/stories", "Bearer s3cret", nil); r.StatusCode != http.StatusOK {
		t.Errorf("API with the token: %d, want 200", r.StatusCode)
	}
	if r := do("GET", "/", "", nil); r.StatusCode != http.StatusSeeOther || r.Header.Get("Location") != "/login" {
		t.Errorf("a page without the token: %d to %q, want 303 to /login", r.StatusCode, r.Header.Get("Location"))
	}
	login := do("POST", "/login", "", nil)
	var cookie *http.Cookie
	for _, c := range login.Cookies() {
		if c.Name == cookieName {
			cookie = c
		}
	}
	if cookie == nil || !cookie.HttpOnly || cookie.SameSite != http.SameSiteStrictMode {
		t.Fatalf("login: %d, cookie %+v; want an HttpOnly, SameSite=Strict cookie", login.StatusCode, cookie)
	}
	if r := do("GET", "/", "", cookie); r.StatusCode != http.StatusOK {
		t.Errorf("a page with the login cookie: %d, want 200", r.StatusCode)
	}
}

func TestLoopback(t *testing.T) {
	tests := []struct {
		Addr string
		Want bool
		Err  bool
	}{
		{"127.0.0.1:8080", true, false},
		{"localhost:8080", true, false},
		{"[::1]:8080", true, false},
		{"0.0.0.0:8080", false, false},
		{":8080", false, false},
		{"192.168.1.5:8080", false, false},
		{"desk.example:80", false, false},
		{"8080", false, true},
	}
	for _, tt := range tests {
		got, err := Loopback(tt.Addr)
		if got != tt.Want || (err != nil) != tt.Err {
			t.Errorf("Loopback(%q) = %v, %v; want %v (error %v)", tt.Addr, got, err, tt.Want, tt.Err)
		}
	}
}

func TestFileNames(t *testing.T) {
	tests := []struct{ Name, Want string }{
		{"a.txt", "posted/a.txt"},
		{"../../etc/passwd", "posted/passwd.md"},
		{`C:\Users\x\story.html`, "posted/story.html"},
		{"..", "posted/pasted-"},
		{"notes.pdf", "posted/notes.pdf.md"},
		{"we ird<>name.md", "posted/we-ird-name.md"},
		{"", "posted/pasted-"},
	}
	for _, tt := range tests {
		got, err := post{Name: tt.Name, Body: []byte("x")}.file()
		if err != nil || !strings.HasPrefix(got, tt.Want) {
			t.Errorf("file(%q) = %q, %v; want %q…", tt.Name, got, err, tt.Want)
		}
	}
}
