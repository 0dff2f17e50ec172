package extract

import (
	"sort"

	"github.com/claimcheck/claimcheck/claims"
)

// lineIndex maps byte offsets to line numbers.
type lineIndex struct {
	starts []int
	first  int
	single bool // a JSONL document is one line of its archive
}

func newLineIndex(doc *claims.Document) *lineIndex {
	li := &lineIndex{starts: []int{0}, first: max(doc.FirstLine, 1), single: doc.Format == "jsonl"}
	for i := 0; i < len(doc.Text); i++ {
		if doc.Text[i] == '\n' {
			li.starts = append(li.starts, i+1)
		}
	}
	return li
}

func (li *lineIndex) line(offset int) int {
	if li.single {
		return li.first
	}
	return li.first + sort.SearchInts(li.starts, offset+1) - 1
}
