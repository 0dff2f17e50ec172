package date

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
	"github.com/claimcheck/claimcheck/claims/lang/en"
	"github.com/claimcheck/claimcheck/claims/lang/id"
)

// noEvent, as a case's event ("@-"), says the date dates no event.
const noEvent = "-"

// dateCase is one sentence of testdata/dates/cases.txt.
type dateCase struct {
	Name      string // file:line
	Lang      string
	Published time.Time
	Input     string
	Want      []wantDate
}

// wantDate is one expected date of a case.
type wantDate struct {
	Words string
	Value string
	Event string // "" when the case does not check it; noEvent for none
}

// readCases parses the case table; see the file's header for its format.
func readCases(t testing.TB, path string) []dateCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open case table: %v", err)
	}
	defer f.Close()
	var cases []dateCase
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if strings.HasPrefix(s, "\t") {
			if len(cases) == 0 {
				t.Fatalf("%s:%d: expected date before any case", path, line)
			}
			words, value, ok := strings.Cut(strings.TrimSpace(s), " = ")
			if !ok {
				t.Fatalf("%s:%d: want \"WORDS = VALUE\", got %q", path, line, s)
			}
			w := wantDate{Words: words, Value: value}
			if at := strings.LastIndex(value, " @"); at >= 0 {
				w.Value, w.Event = value[:at], value[at+2:]
			}
			c := &cases[len(cases)-1]
			c.Want = append(c.Want, w)
			continue
		}
		fields := strings.SplitN(s, " ", 3)
		if len(fields) != 3 {
			t.Fatalf("%s:%d: want \"LANG PUBLISHED SENTENCE\", got %q", path, line, s)
		}
		c := dateCase{Name: fmt.Sprintf("%s:%d", filepath.Base(path), line), Lang: fields[0], Input: fields[2]}
		if fields[1] != "-" {
			p, err := time.Parse("2006-01-02", fields[1])
			if err != nil {
				t.Fatalf("%s:%d: publication date: %v", path, line, err)
			}
			c.Published = p
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read case table: %v", err)
	}
	return cases
}

// recognizers returns a recognizer per pack code.
func recognizers() map[string]*Recognizer {
	return map[string]*Recognizer{"en": New(en.Pack()), "id": New(id.Pack())}
}

// describe renders found dates as "words = value" lines for messages.
func describe(text string, ms []claims.Mention) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "%s = %s\n", m.Span.Of(text), Format(m.Date))
	}
	return b.String()
}

func TestCases(t *testing.T) {
	cases := readCases(t, filepath.Join("..", "..", "testdata", "dates", "cases.txt"))
	if len(cases) < 80 {
		t.Fatalf("case table has %d cases, want at least 80", len(cases))
	}
	rs := recognizers()
	tp, fp, fn := 0, 0, 0
	events, eventsRight := 0, 0
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			r := rs[tc.Lang]
			if r == nil {
				t.Fatalf("unknown language %q", tc.Lang)
			}
			sent := claims.Span{Start: 0, End: len(tc.Input)}
			got := r.Find(tc.Input, sent, Reference{Time: tc.Published})
			matched := make([]bool, len(got))
			for _, w := range tc.Want {
				at := strings.Index(tc.Input, w.Words)
				if at < 0 {
					t.Fatalf("words %q are not in the sentence", w.Words)
				}
				span := claims.Span{Start: at, End: at + len(w.Words)}
				found := false
				for k, m := range got {
					if matched[k] || m.Span != span || Format(m.Date) != w.Value {
						continue
					}
					matched[k], found = true, true
					if w.Event != "" {
						events++
						want := w.Event
						if want == noEvent {
							want = ""
						}
						if ev := r.Event(tc.Input, sent, m); ev == want {
							eventsRight++
						} else {
							t.Errorf("event of %q: got %q\nwant %q", w.Words, ev, w.Event)
						}
					}
					break
				}
				if found {
					tp++
				} else {
					fn++
					t.Errorf("missed %q\ngot  %q\nwant %q", w.Words, describe(tc.Input, got), w.Words+" = "+w.Value)
				}
			}
			for k, m := range got {
				if !matched[k] {
					fp++
					t.Errorf("unexpected date %q = %q", m.Span.Of(tc.Input), Format(m.Date))
				}
			}
		})
	}
	precision := float64(tp) / float64(max(tp+fp, 1))
	recall := float64(tp) / float64(max(tp+fn, 1))
	t.Logf("%d cases, %d dates: precision %.3f, recall %.3f (tp %d, fp %d, fn %d); events %d/%d",
		len(cases), tp+fn, precision, recall, tp, fp, fn, eventsRight, events)
	if precision < 0.95 || recall < 0.95 {
		t.Errorf("precision %.3f, recall %.3f: want both at least 0.95", precision, recall)
	}
}

// packFor is a helper for tests that need one pack.
func packFor(code string) *lang.Pack {
	if code == "id" {
		return id.Pack()
	}
	return en.Pack()
}
