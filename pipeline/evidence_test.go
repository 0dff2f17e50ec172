package pipeline

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/claimcheck/claimcheck/claims/corpus"
)

// TestLongSentenceEvidence: a thousand claims in a run of tens of
// thousands of words without a full stop each carry a short window of
// their sentence around their own words (the segmenter cuts the run into
// sentences of segment.MaxSentence bytes), and the whole sentence's span.
func TestLongSentenceEvidence(t *testing.T) {
	var b strings.Builder
	b.WriteString("Officials said")
	for i := range 1500 {
		fmt.Fprintf(&b, " %d people died in district %d and in the hills beyond the river where the roads were closed by mud,", 10+i, i)
	}
	b.WriteString(" the agency said.\n")
	fsys := corpus.IOFS{FS: fstest.MapFS{"long.txt": {Data: []byte(b.String())}}}
	res := Run([]string{"long.txt"}, Options{FS: fsys})
	if len(res.AllClaims()) < 1000 {
		t.Fatalf("got %d claims\nwant one per count", len(res.AllClaims()))
	}
	clipped := 0
	for _, c := range res.AllClaims() {
		if len(c.Sentence) > MaxEvidence+2*len("…") || !strings.Contains(c.Sentence, c.Text) {
			t.Fatalf("%s: evidence of %d bytes %q\nwant at most %d around %q", c.ID, len(c.Sentence), c.Sentence[:min(len(c.Sentence), 80)], MaxEvidence, c.Text)
		}
		if !c.SentenceSpan.Contains(c.Span) {
			t.Fatalf("%s: sentence span %v\nwant it around the claim's %v", c.ID, c.SentenceSpan, c.Span)
		}
		if c.SentenceSpan.Len() > MaxEvidence {
			clipped++
		}
	}
	if clipped == 0 {
		t.Errorf("no claim has a sentence longer than its evidence: nothing was clipped")
	}
}

func TestClipAround(t *testing.T) {
	s := strings.Repeat("alpha beta ", 30) + "THE CLAIM" + strings.Repeat(" gamma delta", 30)
	at := strings.Index(s, "THE CLAIM")
	tests := []struct {
		Name       string
		Lo, Hi     int
		Start, End string // what the window starts and ends with
	}{
		{"around the claim", at, at + 9, "…", "…"},
		{"at the start", 0, 5, "alpha", "…"},
		{"at the end", len(s) - 5, len(s), "…", "delta"},
		{"outside: the start", -1, 3, "alpha", "…"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			got := clipAround(s, tt.Lo, tt.Hi, 100)
			if len(got) > 100+2*len("…") || !strings.HasPrefix(got, tt.Start) || !strings.HasSuffix(got, tt.End) {
				t.Errorf("got %q (%d bytes)\nwant at most 100 bytes from %q to %q", got, len(got), tt.Start, tt.End)
			}
			if tt.Lo >= 0 && !strings.Contains(got, s[tt.Lo:tt.Hi]) {
				t.Errorf("got %q\nwant it to hold %q", got, s[tt.Lo:tt.Hi])
			}
		})
	}
}
