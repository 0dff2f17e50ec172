package desk

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
	"github.com/claimcheck/claimcheck/report"
	"github.com/claimcheck/claimcheck/report/baseline"
	"github.com/claimcheck/claimcheck/store"
)

// storySummary is a story's line on the stories page and in the API.
type storySummary struct {
	Name      string         `json:"name"`
	Documents int            `json:"documents"`
	Claims    int            `json:"claims"`
	Updated   string         `json:"updated"`
	Findings  int            `json:"findings"`
	ByVerdict map[string]int `json:"by_verdict"`
}

// Counts is the findings by verdict in one line: "2 conflict, 1 agree".
func (s storySummary) Counts() string {
	var parts []string
	for _, v := range []compare.Verdict{compare.Conflict, compare.Update, compare.Compatible, compare.Agree} {
		if n := s.ByVerdict[v.String()]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, v))
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}

// summaries counts every story's documents, claims and findings.
func (s *Server) summaries(ctx context.Context) ([]storySummary, error) {
	stories, err := s.st.Stories(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]storySummary, 0, len(stories))
	for _, st := range stories {
		res, err := s.findings(ctx, st.Name)
		if err != nil {
			return nil, err
		}
		sum := storySummary{Name: st.Name, Documents: st.Documents, Claims: st.Claims, Findings: len(res.Findings),
			Updated: st.Updated.Format("2006-01-02 15:04 MST"), ByVerdict: map[string]int{}}
		for _, f := range res.Findings {
			sum.ByVerdict[f.Verdict.String()]++
		}
		out = append(out, sum)
	}
	return out, nil
}

// findings compares the stored articles of the story ("" for the whole
// store).
func (s *Server) findings(ctx context.Context, story string) (*pipeline.Result, error) {
	var stories []string
	if story != "" {
		stories = []string{story}
	}
	checked, err := store.Check(ctx, s.st, nil, store.CheckOptions{Compare: s.opts.Compare, Stories: stories})
	if err != nil {
		return nil, err
	}
	return checked.Result, nil
}

// render executes the page template name into a buffer first, so that a
// failing template sends an error, not half a page.
func (s *Server) render(w http.ResponseWriter, name string, data any) {
	s.renderStatus(w, http.StatusOK, name, data)
}

func (s *Server) renderStatus(w http.ResponseWriter, code int, name string, data any) {
	var b bytes.Buffer
	if err := s.pages.ExecuteTemplate(&b, name, data); err != nil {
		fail(w, http.StatusInternalServerError, fmt.Errorf("rendering the page: %w", err))
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	w.Write(b.Bytes())
}

func (s *Server) storiesPage(w http.ResponseWriter, r *http.Request) {
	sums, err := s.summaries(r.Context())
	if err != nil {
		fail(w, http.StatusInternalServerError, err)
		return
	}
	names := make([]string, len(sums))
	for i, x := range sums {
		names[i] = x.Name
	}
	s.render(w, "stories.html", map[string]any{"Title": "Stories", "Stories": sums, "Names": names, "Story": ""})
}

// filter is the story page's filters, from its query.
type filter struct {
	Severity, Kind, Verdict string
	ShowAccepted            bool
	// New is the ID of an article just added: only its findings are
	// shown.
	New string
}

func readFilter(q url.Values) filter {
	return filter{Severity: q.Get("severity"), Kind: q.Get("kind"), Verdict: q.Get("verdict"), ShowAccepted: q.Get("accepted") == "show", New: q.Get("new")}
}

// apply keeps the findings the filter lets through, counting those the
// desk accepted that it hides.
func (f filter) apply(fs []compare.Finding, accepted *baseline.File) (kept []compare.Finding, hidden int) {
	min, err := compare.ParseSeverity(f.Severity)
	if err != nil {
		min = compare.Info
	}
	for _, x := range fs {
		switch {
		case x.Severity < min,
			f.Kind != "" && x.Kind.String() != f.Kind,
			f.Verdict != "" && x.Verdict.String() != f.Verdict,
			f.New != "" && !store.Holds(&x, f.New):
			continue
		}
		kept = append(kept, x)
	}
	if accepted != nil && !f.ShowAccepted {
		kept, hidden = accepted.Filter(kept)
	}
	return kept, hidden
}

// articleLink is an article in a story's list.
type articleLink struct {
	ID, Title, Source, Published string
	Claims                       int
	Version                      int
}

func (s *Server) storyPage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	name := r.URL.Query().Get("name")
	docs, err := s.st.Docs(ctx, name)
	if err != nil {
		fail(w, http.StatusInternalServerError, err)
		return
	}
	if len(docs) == 0 {
		fail(w, http.StatusNotFound, errors.New("no such story"))
		return
	}
	res, err := s.findings(ctx, name)
	if err != nil {
		fail(w, http.StatusInternalServerError, err)
		return
	}
	accepted, err := s.st.Accepted(ctx)
	if err != nil {
		fail(w, http.StatusInternalServerError, err)
		return
	}
	flt := readFilter(r.URL.Query())
	var hidden int
	res.Findings, hidden = flt.apply(res.Findings, accepted)
	s.render(w, "story.html", map[string]any{
		"Title": "Story " + name, "Story": name, "Names": []string{name},
		"Articles": articleLinks(docs, res.Claims), "Filter": flt, "Hidden": hidden,
		"Severities": []string{"info", "low", "medium", "high", "critical"},
		"Kinds":      []string{"quantity", "date", "name", "title"},
		"Verdicts":   []string{"conflict", "update", "compatible", "agree"},
		"Report":     report.HTMLReport(res, report.Options{All: flt.Verdict != ""}),
		"Findings":   len(res.Findings), "Added": r.URL.Query().Get("status"),
	})
}

func articleLinks(docs []store.Stored, cs []*claims.Claim) []articleLink {
	n := map[string]int{}
	for _, c := range cs {
		n[c.Doc]++
	}
	out := make([]articleLink, len(docs))
	for i, st := range docs {
		d := st.Doc
		a := articleLink{ID: d.ID, Title: d.Title, Source: d.Source, Claims: n[d.ID], Version: st.Version}
		if a.Title == "" {
			a.Title = d.ID
		}
		if !d.Published.IsZero() {
			a.Published = d.Published.Format("2006-01-02")
		}
		out[i] = a
	}
	return out
}

// segment is a run of an article's text, a claim's words or not.
type segment struct {
	Text  string
	Claim *claimMark
}

// claimMark is what a highlighted claim's tooltip and list say.
type claimMark struct {
	Line                                   int
	Kind, Text, Value, Key, Speaker, Hedge string
}

// segments cuts text at its claims' spans: each claim that begins after
// the last one ends is marked (a name inside a title's words shows as the
// title's mark).
func segments(text string, cs []*claims.Claim) []segment {
	cs = slices.Clone(cs)
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].Span.Start != cs[j].Span.Start {
			return cs[i].Span.Start < cs[j].Span.Start
		}
		return cs[i].Span.End > cs[j].Span.End
	})
	var out []segment
	pos := 0
	for _, c := range cs {
		if c.Span.Start < pos || c.Span.End > len(text) || c.Span.Start >= c.Span.End {
			continue
		}
		if c.Span.Start > pos {
			out = append(out, segment{Text: text[pos:c.Span.Start]})
		}
		out = append(out, segment{Text: text[c.Span.Start:c.Span.End], Claim: markOf(c)})
		pos = c.Span.End
	}
	if pos < len(text) {
		out = append(out, segment{Text: text[pos:]})
	}
	return out
}

func markOf(c *claims.Claim) *claimMark {
	sp := c.Speaker.Name
	if sp == "" {
		sp = c.Source
	}
	return &claimMark{Line: c.Line, Kind: c.Kind.String(), Text: report.NormalizeSpace(c.Text), Value: report.Value(c),
		Key: c.Key(), Speaker: sp, Hedge: strings.Join(c.HedgeWords(), ", ")}
}

func (s *Server) articlePage(w http.ResponseWriter, r *http.Request) {
	st, cs, err := s.st.Article(r.Context(), r.URL.Query().Get("id"))
	if errors.Is(err, store.ErrNotFound) {
		fail(w, http.StatusNotFound, errors.New("no such article"))
		return
	}
	if err != nil {
		fail(w, http.StatusInternalServerError, err)
		return
	}
	marks := make([]*claimMark, len(cs))
	for i, c := range cs {
		marks[i] = markOf(c)
	}
	d := st.Doc
	s.render(w, "article.html", map[string]any{
		"Title": d.ID, "Story": st.Story, "Names": []string{st.Story}, "Doc": d, "Stored": st,
		"Web": webURL(d.URL), "Segments": segments(d.Text, cs), "Claims": marks,
	})
}

// webURL reports whether s is an http or https address, the only ones
// the desk links to.
func webURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// postArticleForm adds an article from the page's form and shows the
// story with the article's findings.
func (s *Server) postArticleForm(w http.ResponseWriter, r *http.Request) {
	p, err := readPost(r)
	if err != nil {
		fail(w, statusOf(err), err)
		return
	}
	a, err := s.add(r.Context(), p)
	if err != nil {
		fail(w, statusOf(err), err)
		return
	}
	q := url.Values{"name": {a.Story}, "new": {a.Outcome.ID}, "status": {a.Outcome.Status.String()}}
	http.Redirect(w, r, "/story?"+q.Encode(), http.StatusSeeOther)
}

// accept records a finding's pairs as accepted.
func (s *Server) accept(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		fail(w, statusOf(tooLarge(err)), err)
		return
	}
	id := r.PostForm.Get("finding")
	res, err := s.findings(r.Context(), r.PostForm.Get("story"))
	if err != nil {
		fail(w, http.StatusInternalServerError, err)
		return
	}
	for i := range res.Findings {
		f := &res.Findings[i]
		if report.FindingID(f) != id {
			continue
		}
		story := f.Sides[0].Story
		if err := s.st.Accept(r.Context(), story, baseline.New([]compare.Finding{*f}).Pairs); err != nil {
			fail(w, http.StatusInternalServerError, err)
			return
		}
		http.Redirect(w, r, "/story?"+url.Values{"name": {story}}.Encode(), http.StatusSeeOther)
		return
	}
	fail(w, http.StatusNotFound, errors.New("no such finding"))
}

// baselineFile sends the accepted findings as a baseline file.
func (s *Server) baselineFile(w http.ResponseWriter, r *http.Request) {
	f, err := s.st.Accepted(r.Context())
	if err != nil {
		fail(w, http.StatusInternalServerError, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Disposition", `attachment; filename=".claimcheck-baseline.json"`)
	f.Write(w)
}

// claimReviewFile sends the ClaimReview drafts of a story's conflicts.
func (s *Server) claimReviewFile(w http.ResponseWriter, r *http.Request) {
	res, err := s.findings(r.Context(), r.URL.Query().Get("story"))
	if err != nil {
		fail(w, http.StatusInternalServerError, err)
		return
	}
	f, err := report.New("claimreview")
	if err != nil {
		fail(w, http.StatusInternalServerError, err)
		return
	}
	var b bytes.Buffer
	if err := f.Format(&b, res); err != nil {
		fail(w, http.StatusInternalServerError, err)
		return
	}
	w.Header().Set("Content-Type", "application/ld+json")
	w.Header().Set("Content-Disposition", `attachment; filename="claimreview.json"`)
	w.Write(b.Bytes())
}

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	s.render(w, "login.html", map[string]any{"Title": "Log in", "Story": "", "Names": nil, "Failed": false})
}

// login sets the token cookie when the form's token is right.
func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	if s.opts.Token == "" {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	if err := r.ParseForm(); err != nil || !s.tokenIs(r.PostForm.Get("token")) {
		s.renderStatus(w, http.StatusUnauthorized, "login.html", map[string]any{"Title": "Log in", "Story": "", "Names": nil, "Failed": true})
		return
	}
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: s.opts.Token, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
