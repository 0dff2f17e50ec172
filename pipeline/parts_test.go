package pipeline

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/corpus"
)

func TestSplitBody(t *testing.T) {
	tests := []struct {
		Name string
		Text string
		Size int
		Want []string // the parts' text
	}{
		{"fits", "one line\ntwo\n", 20, []string{"one line\ntwo\n"}},
		{"last line break before the size", "aaaa\nbbbb\ncccc\n", 12, []string{"aaaa\nbbbb\n", "cccc\n"}},
		{"first line break after", "aaaaaaaaaaaaaaa\nbb\n", 10, []string{"aaaaaaaaaaaaaaa\n", "bb\n"}},
		{"a sentence's end in one long line", strings.Repeat("Word word. ", 9), 40, []string{
			"Word word. Word word. Word word. ", "Word word. Word word. Word word. ", "Word word. Word word. Word word. "}},
		{"a space", strings.Repeat("word ", 10), 12, []string{"word word ", "word word ", "word word ", "word word ", "word word "}},
		{"between characters", strings.Repeat("é", 10), 5, []string{"éé", "éé", "éé", "éé", "éé"}},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			var got []string
			for _, sp := range splitBody(tt.Text, claims.Span{End: len(tt.Text)}, tt.Size) {
				got = append(got, sp.Of(tt.Text))
			}
			if strings.Join(got, "|") != strings.Join(tt.Want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.Want)
			}
			for _, p := range got {
				if !utf8.ValidString(p) {
					t.Errorf("part %q is cut inside a character", p)
				}
			}
		})
	}
}

// TestPartsBudget: however fast parts are handed out, the text in flight
// never exceeds the budget, except a part larger than it, alone.
func TestPartsBudget(t *testing.T) {
	const size, budget = 10, 35
	p := newParts(size, budget)
	text := strings.Repeat("abcdefghi\n", 40) // 40 parts of 10 bytes
	doc := &claims.Document{ID: "big.txt", Text: text, Body: claims.Span{End: len(text)}}
	small := &claims.Document{ID: "small.txt", Text: "tiny\n", Body: claims.Span{End: 5}}
	huge := &claims.Document{ID: "huge.txt", Text: strings.Repeat("x", 100), Body: claims.Span{End: 100}}
	handed := make(chan *claims.Document, 100)
	var mu sync.Mutex
	worst, lasts := 0, map[string]int{}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // extraction: done with each part in turn
		defer wg.Done()
		for part := range handed {
			d, last := p.done(part)
			if last {
				mu.Lock()
				lasts[d.ID]++
				mu.Unlock()
			}
		}
	}()
	next := func(part *claims.Document) {
		p.mu.Lock()
		if part.Body.Len() <= budget {
			worst = max(worst, p.inFlight)
		}
		p.mu.Unlock()
		handed <- part
	}
	for _, d := range []*claims.Document{small, doc, huge, small} {
		p.yield(d, next)
	}
	close(handed)
	wg.Wait()
	if worst > budget {
		t.Errorf("got %d bytes in flight\nwant at most %d", worst, budget)
	}
	if lasts["big.txt"] != 1 || lasts["small.txt"] != 2 || lasts["huge.txt"] != 1 {
		t.Errorf("got last parts %v\nwant one per document handed", lasts)
	}
}

// TestLargeDocumentInParts: a document many parts long yields the claims
// it yields in one piece, when no sentence looks back across a part.
func TestLargeDocumentInParts(t *testing.T) {
	var b strings.Builder
	b.WriteString("---\nsource: Wire\npublished: 2025-01-10\nlanguage: en\n---\n")
	for i := range 400 {
		fmt.Fprintf(&b, "In village %d, officials said %d people died in the flood and %d houses were damaged.\n\n", i, 10+i, 200+i)
	}
	fsys := corpus.IOFS{FS: fstest.MapFS{"big.txt": {Data: []byte(b.String())}}}
	list := func(partSize int) string {
		res := Run([]string{"big.txt"}, Options{FS: fsys, PartSize: partSize, TextBudget: 4 * partSize})
		res.Sort()
		var out []string
		for _, c := range res.AllClaims() {
			out = append(out, fmt.Sprintf("%d-%d %s %s", c.Span.Start, c.Span.End, c.Key(), c.Text))
		}
		if len(res.Documents) != 1 {
			t.Errorf("part size %d: got %d documents\nwant 1", partSize, len(res.Documents))
		}
		return strings.Join(out, "\n")
	}
	whole, parts := list(1<<30), list(2000)
	if whole == "" || whole != parts {
		t.Errorf("claims in parts differ from the claims of the whole:\nwhole:\n%.600s\nparts:\n%.600s", whole, parts)
	}
}

// FuzzSplitBody: the parts of a body are contiguous, cover it exactly,
// are never empty, and never cut a character of valid UTF-8.
func FuzzSplitBody(f *testing.F) {
	for _, s := range []string{"aaaa\nbbbb\ncccc\n", strings.Repeat("Word word. ", 9), strings.Repeat("é", 10), "x", "\n\n\n", "a b c d e f g"} {
		f.Add(s, 0, len(s), 4)
	}
	f.Fuzz(func(t *testing.T, text string, start, end, size int) {
		if start < 0 || end > len(text) || start > end || size < 2 || size > 1<<20 {
			return
		}
		body := claims.Span{Start: start, End: end}
		at := start
		for _, sp := range splitBody(text, body, size) {
			if sp.Start != at || sp.End <= sp.Start && body.Len() > 0 || sp.End > end {
				t.Fatalf("%q %v size %d: part %v after %d", text, body, size, sp, at)
			}
			if utf8.ValidString(body.Of(text)) && !utf8.ValidString(sp.Of(text)) {
				t.Fatalf("%q: part %v cuts a character", text, sp)
			}
			at = sp.End
		}
		if at != end {
			t.Fatalf("%q %v size %d: parts end at %d", text, body, size, at)
		}
	})
}
