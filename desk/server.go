// Package desk is the fact-check desk's web page and API over a claims
// store: the stories with their counts, a story's findings as the HTML
// report's cards, each article with its claims highlighted, a form to add
// an article (pasted or dropped as a file) that shows its new findings,
// filters, accepting a finding (exported as a baseline file) and
// ClaimReview drafts; and a JSON API:
//
//	GET  /api/stories              the stories with their counts
//	GET  /api/findings[?story=S]   the findings, as claimcheck/v1 JSON
//	POST /api/articles[?story=S]   an article (text or Markdown with optional
//	                               front matter, or form fields); answers with
//	                               the stored document and its new findings
//
// Pages are rendered on the server from Go templates, with no script.
// Every article text goes through html/template's escaping; no path of a
// request reaches the file system (a posted article is read from memory,
// the templates are compiled in); request bodies are limited; a token, when
// set, is required of every request (as a bearer token or the cookie the
// login page sets); without one, only requests addressed to localhost are
// served, so that another site cannot reach the desk through DNS
// rebinding; and cross-origin form posts are refused.
package desk

import (
	"crypto/subtle"
	"embed"
	"fmt"
	"html/template"
	"net"
	"net/http"
	"strings"
	"sync"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/report"
	"github.com/claimcheck/claimcheck/store"
)

//go:embed templates/*.html
var templateFiles embed.FS

// Options tune a Server.
type Options struct {
	// Token, when set, is required of every request: as "Authorization:
	// Bearer TOKEN", or as the cookie the login page sets.
	Token string
	// MaxBody is the largest request body read, in bytes; 0 means
	// DefaultMaxBody.
	MaxBody int64
	// Compare tunes the comparison.
	Compare compare.Options
}

// DefaultMaxBody is the default of Options.MaxBody: a long article and
// its form fields, with room to spare.
const DefaultMaxBody = 4 << 20

// cookieName is the login cookie's name.
const cookieName = "claimcheck_token"

// Server serves the desk.
type Server struct {
	st    store.Store
	opts  Options
	pages *template.Template
	mux   *http.ServeMux
	// posting serializes the check and save of posted articles, so that
	// two articles posted at once are each checked against a store that
	// holds the other or not at all, never half of it.
	posting sync.Mutex
}

// New returns the desk over st.
func New(st store.Store, opts Options) (*Server, error) {
	if opts.MaxBody <= 0 {
		opts.MaxBody = DefaultMaxBody
	}
	t, err := report.HTMLTemplates()
	if err != nil {
		return nil, err
	}
	t.Funcs(template.FuncMap{"join": strings.Join})
	if t, err = t.ParseFS(templateFiles, "templates/*.html"); err != nil {
		return nil, err
	}
	s := &Server{st: st, opts: opts, pages: t, mux: http.NewServeMux()}
	s.routes()
	return s, nil
}

func (s *Server) routes() {
	m := s.mux
	m.HandleFunc("GET /{$}", s.storiesPage)
	m.HandleFunc("GET /story", s.storyPage)
	m.HandleFunc("GET /article", s.articlePage)
	m.HandleFunc("POST /articles", s.postArticleForm)
	m.HandleFunc("POST /accept", s.accept)
	m.HandleFunc("GET /baseline.json", s.baselineFile)
	m.HandleFunc("GET /claimreview.json", s.claimReviewFile)
	m.HandleFunc("GET /login", s.loginPage)
	m.HandleFunc("POST /login", s.login)
	m.HandleFunc("GET /api/stories", s.apiStories)
	m.HandleFunc("GET /api/findings", s.apiFindings)
	m.HandleFunc("POST /api/articles", s.apiPostArticle)
}

// ServeHTTP serves a request after the checks every request passes: its
// host (without a token), its token (with one), its origin (for a post)
// and its body's size.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	w.Header().Set("Referrer-Policy", "no-referrer")
	if s.opts.Token == "" && !localHost(r.Host) {
		http.Error(w, "this desk answers requests to localhost only; serve it with --token to reach it from elsewhere", http.StatusForbidden)
		return
	}
	if s.opts.Token != "" && r.URL.Path != "/login" && !s.authorized(r) {
		if strings.HasPrefix(r.URL.Path, "/api/") || r.Method != http.MethodGet {
			w.Header().Set("WWW-Authenticate", `Bearer realm="claimcheck desk"`)
			http.Error(w, "a token is needed: Authorization: Bearer TOKEN", http.StatusUnauthorized)
			return
		}
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxBody)
	http.NewCrossOriginProtection().Handler(s.mux).ServeHTTP(w, r)
}

// authorized reports whether r carries the token.
func (s *Server) authorized(r *http.Request) bool {
	if tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok && s.tokenIs(tok) {
		return true
	}
	c, err := r.Cookie(cookieName)
	return err == nil && s.tokenIs(c.Value)
}

func (s *Server) tokenIs(tok string) bool {
	return subtle.ConstantTimeCompare([]byte(tok), []byte(s.opts.Token)) == 1
}

// localHost reports whether a request's Host names this machine's
// loopback: localhost or a loopback address, with any port.
func localHost(host string) bool {
	h := host
	if hh, _, err := net.SplitHostPort(host); err == nil {
		h = hh
	}
	h = strings.TrimSuffix(strings.TrimPrefix(h, "["), "]")
	if strings.EqualFold(h, "localhost") {
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && ip.IsLoopback()
}

// Loopback reports whether the listening address addr (host:port) is
// reached from this machine only, which the desk needs to run without a
// token.
func Loopback(addr string) (bool, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false, fmt.Errorf("address %q: %w", addr, err)
	}
	if strings.EqualFold(host, "localhost") {
		return true, nil
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback(), nil
}

// fail answers with an error page or message; the error's text is the
// desk's own, never a path.
func fail(w http.ResponseWriter, code int, err error) {
	http.Error(w, err.Error(), code)
}
