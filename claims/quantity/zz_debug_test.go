package quantity

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang/en"
	"github.com/claimcheck/claimcheck/claims/lang/id"
)

func fmtQ(text string, m claims.Mention) string {
	q := m.Quantity
	return fmt.Sprintf("  [%s] v=%g [%g,%g] %s %s c=%q counted=%q h=%q flags=%v num=%q noun=%q", m.Span.Of(text), q.Value, q.Lo, q.Hi, q.Dimension, q.Unit, q.Concept, q.Counted, q.Hedge, q.Flags.Names(), q.NumberSpan.Of(text), q.NounSpan.Of(text))
}

func TestZZDebug(t *testing.T) {
	path := os.Getenv("QDEBUG")
	if path == "" {
		t.Skip()
	}
	rs := map[string]*Recognizer{"en": New(en.Pack()), "id": New(id.Pack())}
	f, _ := os.Open(path)
	defer f.Close()
	lng := os.Getenv("QLANG")
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "language: ") {
			lng = strings.TrimPrefix(line, "language: ")
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		r := rs[lng]
		if r == nil {
			r = rs["en"]
		}
		ms := r.Find(line, claims.Span{Start: 0, End: len(line)})
		hasDigit := strings.ContainsAny(line, "0123456789")
		if len(ms) == 0 && !hasDigit && os.Getenv("QALL") == "" {
			continue
		}
		fmt.Printf("%s| %s\n", lng, line)
		for _, m := range ms {
			fmt.Println(fmtQ(line, m))
		}
	}
}
