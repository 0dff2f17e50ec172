package desk

import (
	"bytes"
	"encoding/json"
	"net/http"

	"github.com/claimcheck/claimcheck/pipeline"
	"github.com/claimcheck/claimcheck/report"
	"github.com/claimcheck/claimcheck/store"
)

// writeJSON sends v as JSON.
func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

// apiError sends an error as {"error": "..."}.
func apiError(w http.ResponseWriter, code int, err error) {
	writeJSON(w, code, map[string]string{"error": err.Error()})
}

// reportJSON renders res as the claimcheck/v1 JSON report.
func reportJSON(res *pipeline.Result) (json.RawMessage, error) {
	f, err := report.New("json")
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := f.Format(&b, res); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) {
	sums, err := s.summaries(r.Context())
	if err != nil {
		apiError(w, http.StatusInternalServerError, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"stories": sums})
}

// apiFindings sends the findings of a story, or of the whole store, as
// claimcheck/v1 JSON; the desk's accepted findings are left out and
// counted as suppressed, as a baseline's are.
func (s *Server) apiFindings(w http.ResponseWriter, r *http.Request) {
	res, err := s.findings(r.Context(), r.URL.Query().Get("story"))
	if err != nil {
		apiError(w, http.StatusInternalServerError, err)
		return
	}
	accepted, err := s.st.Accepted(r.Context())
	if err != nil {
		apiError(w, http.StatusInternalServerError, err)
		return
	}
	var n int
	res.Findings, n = accepted.Filter(res.Findings)
	res.Suppressed += n
	body, err := reportJSON(res)
	if err != nil {
		apiError(w, http.StatusInternalServerError, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(body)
}

// postedDocument is what POST /api/articles says of the article.
type postedDocument struct {
	ID     string `json:"id"`
	Story  string `json:"story"`
	Status string `json:"status"` // added, unchanged, replaced
	Claims int    `json:"claims"`
}

// apiPostArticle adds an article and answers with the document and its
// findings against its story, as claimcheck/v1 JSON.
func (s *Server) apiPostArticle(w http.ResponseWriter, r *http.Request) {
	p, err := readPost(r)
	if err != nil {
		apiError(w, statusOf(err), err)
		return
	}
	a, err := s.add(r.Context(), p)
	if err != nil {
		apiError(w, statusOf(err), err)
		return
	}
	body, err := reportJSON(ofDocument(a.Result, a.Doc.ID))
	if err != nil {
		apiError(w, http.StatusInternalServerError, err)
		return
	}
	code := http.StatusCreated
	if a.Outcome.Status != store.Added {
		code = http.StatusOK
	}
	writeJSON(w, code, struct {
		Document postedDocument  `json:"document"`
		Report   json.RawMessage `json:"report"`
	}{postedDocument{a.Outcome.ID, a.Story, a.Outcome.Status.String(), a.Outcome.Claims}, body})
}
