package report_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/report"
)

// schemaProperties are the schema.org properties each type a ClaimReview
// draft uses may have, of those fact-checkers publish (schema.org's
// ClaimReview, Claim, CreativeWork, NewsArticle, Person and Organization
// hold them all); "@type" and "@context" are JSON-LD's.
var schemaProperties = map[string][]string{
	"ClaimReview":  {"@context", "@type", "identifier", "name", "claimReviewed", "itemReviewed", "reviewBody", "reviewRating", "author", "url", "datePublished"},
	"Claim":        {"@type", "text", "author", "datePublished", "appearance", "firstAppearance", "name"},
	"NewsArticle":  {"@type", "url", "headline", "datePublished", "publisher", "name"},
	"Organization": {"@type", "name", "url"},
	"Person":       {"@type", "name", "url"},
}

// checkSchema reports every property of v that its @type may not have,
// and every object without a known @type, by path.
func checkSchema(t *testing.T, path string, v map[string]any) {
	t.Helper()
	typ, _ := v["@type"].(string)
	allowed, ok := schemaProperties[typ]
	if !ok {
		t.Errorf("%s: @type %q is none a ClaimReview draft uses", path, typ)
		return
	}
	for k, x := range v {
		if !slices.Contains(allowed, k) {
			t.Errorf("%s: %s has no property %q in schema.org", path, typ, k)
		}
		switch x := x.(type) {
		case map[string]any:
			checkSchema(t, path+"."+k, x)
		case []any:
			for _, e := range x {
				if m, ok := e.(map[string]any); ok {
					checkSchema(t, path+"."+k+"[]", m)
				}
			}
		}
	}
}

func TestClaimReview(t *testing.T) {
	res := fixtureResult(t)
	conflicts := 0
	sides := 0
	for _, f := range res.Findings {
		if f.Verdict == compare.Conflict {
			conflicts++
			sides += len(f.Sides)
		}
	}
	if conflicts == 0 {
		t.Fatal("the fixture holds no conflict")
	}
	f, err := report.New("claimreview")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Format(&buf, res); err != nil {
		t.Fatal(err)
	}
	var reviews []map[string]any
	if err := json.Unmarshal(buf.Bytes(), &reviews); err != nil {
		t.Fatalf("not a JSON array: %v\n%s", err, buf.String())
	}
	if len(reviews) != sides {
		t.Errorf("got %d ClaimReviews, want one for each of the %d sides of the %d conflicts", len(reviews), sides, conflicts)
	}
	for i, r := range reviews {
		checkSchema(t, "review "+string(rune('0'+i)), r)
		if r["@context"] != "https://schema.org" || r["@type"] != "ClaimReview" {
			t.Errorf("review %d: @context %v, @type %v", i, r["@context"], r["@type"])
		}
		for _, k := range []string{"claimReviewed", "reviewBody", "name", "identifier"} {
			if s, _ := r[k].(string); strings.TrimSpace(s) == "" {
				t.Errorf("review %d: no %s", i, k)
			}
		}
		if _, ok := r["reviewRating"]; ok {
			t.Errorf("review %d: a reviewRating, which is the desk's to give", i)
		}
		item, _ := r["itemReviewed"].(map[string]any)
		author, _ := item["author"].(map[string]any)
		if item["@type"] != "Claim" || author["name"] == "" || (author["@type"] != "Person" && author["@type"] != "Organization") {
			t.Errorf("review %d: itemReviewed %v, want a Claim with a Person or Organization author", i, item)
		}
		apps, _ := item["appearance"].([]any)
		if len(apps) != 1 {
			t.Errorf("review %d: %d appearances, want the article's", i, len(apps))
		}
	}
	out := buf.String()
	if strings.Contains(out, "<script") || strings.Contains(out, "</") {
		t.Errorf("article text can close the <script> the draft goes in:\n%s", out)
	}
}

// TestClaimReviewAppearance checks the article's address and outlet, and
// that only http(s) addresses are given as urls.
func TestClaimReviewAppearance(t *testing.T) {
	res := fixtureResult(t)
	f, _ := report.New("claimreview")
	var buf bytes.Buffer
	if err := f.Format(&buf, res); err != nil {
		t.Fatal(err)
	}
	var reviews []struct {
		ItemReviewed struct {
			Appearance []struct {
				URL       string `json:"url"`
				Publisher struct{ Name string }
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &reviews); err != nil {
		t.Fatal(err)
	}
	urls := 0
	for _, r := range reviews {
		for _, a := range r.ItemReviewed.Appearance {
			if a.URL != "" {
				urls++
				if !strings.HasPrefix(a.URL, "http://") && !strings.HasPrefix(a.URL, "https://") {
					t.Errorf("appearance url %q is no web address", a.URL)
				}
			}
			if a.Publisher.Name == "" {
				t.Errorf("an appearance without its outlet")
			}
		}
	}
	if urls == 0 {
		t.Errorf("no appearance has the article's url")
	}
}
