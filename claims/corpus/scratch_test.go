package corpus

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

func BenchmarkScratchLine(b *testing.B) {
	para := "Officials said on Monday that about 3,000 residents had been moved to shelters after the river rose by two metres overnight, and that 14 people were still missing. "
	line, _ := json.Marshal(map[string]string{"text": fmt.Sprintf("Flood update %d\n\n%s", 1, strings.Repeat(para, 12)), "source": "Eastport Daily", "published": "2025-02-03", "language": "en"})
	r := newRun(&Loader{Packs: testPacks()}, nil)
	b.SetBytes(int64(len(line)))
	for range b.N {
		r.parseJSONLine("x", 1, line)
	}
}
