package extract

import (
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// lineIndex maps byte offsets to line numbers. It indexes the lines of the
// document's body only, so that a part of a large document (whose Body is
// a slice of its text) costs what its own lines cost.
type lineIndex struct {
	text   string
	from   int   // the body's start: offsets before it are counted
	to     int   // the body's end: offsets after it are counted too
	starts []int // the line starts from the body's on
	first  int   // the line of starts[0]
	single bool  // a JSONL document is one line of its archive
}

func newLineIndex(doc *claims.Document) *lineIndex {
	from := min(doc.Body.Start, len(doc.Text))
	end := min(max(doc.Body.End, from), len(doc.Text))
	li := &lineIndex{text: doc.Text, from: from, to: end, starts: []int{from}, single: doc.Format == "jsonl"}
	li.first = max(doc.FirstLine, 1) + strings.Count(doc.Text[:from], "\n")
	for i := from; i < end; i++ {
		if doc.Text[i] == '\n' {
			li.starts = append(li.starts, i+1)
		}
	}
	return li
}

func (li *lineIndex) line(offset int) int {
	switch {
	case li.single:
		return li.first
	case offset < li.from:
		return li.first - strings.Count(li.text[max(offset, 0):li.from], "\n")
	case offset > li.to:
		return li.first + len(li.starts) - 1 + strings.Count(li.text[li.to:min(offset, len(li.text))], "\n")
	}
	return li.first + sort.SearchInts(li.starts, offset+1) - 1
}
