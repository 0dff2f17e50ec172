package gen

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/compare"
)

// Side is one side of a checker's finding, as far as scoring needs it: the
// document it comes from and the words it quotes.
type Side struct {
	Doc  string `json:"doc"`
	Text string `json:"text"`
}

// Found is a checker's finding, as far as scoring needs it.
type Found struct {
	Kind    string `json:"kind"`
	Verdict string `json:"verdict"`
	Sides   []Side `json:"sides"`
}

// Score is how a checker's findings cover a corpus's planted
// discrepancies.
type Score struct {
	// Planted and Recalled count the planted discrepancies and those a
	// finding reports; Missed lists the others.
	Planted, Recalled int
	Missed            []Discrepancy
	// Findings counts the findings that are not agreements; Unexplained
	// lists those that no planted discrepancy explains: findings made on
	// filler.
	Findings    int
	Unexplained []Found
	// Conflicts counts the conflict findings, OneEvent those whose sides
	// all come from one story (one event): in a folder of many events,
	// the others mix events.
	Conflicts, OneEvent int
	// Events counts the stories with a planted discrepancy, EventsFound
	// those of which a finding reports one.
	Events, EventsFound int
}

// Purity is OneEvent/Conflicts, 1 when there is no conflict.
func (s Score) Purity() float64 { return share(s.OneEvent, s.Conflicts) }

// EventRecall is EventsFound/Events, 1 when nothing was planted.
func (s Score) EventRecall() float64 { return share(s.EventsFound, s.Events) }

// share is n/of, 1 when of is 0.
func share(n, of int) float64 {
	if of == 0 {
		return 1
	}
	return float64(n) / float64(of)
}

// FoundOf is a run's findings as ScoreFindings reads them.
func FoundOf(fs []compare.Finding) []Found {
	out := make([]Found, 0, len(fs))
	for _, f := range fs {
		g := Found{Kind: f.Kind.String(), Verdict: f.Verdict.String()}
		for _, c := range f.Sides {
			g.Sides = append(g.Sides, Side{Doc: c.Doc, Text: c.Text})
		}
		out = append(out, g)
	}
	return out
}

// Recall is Recalled/Planted, 1 when nothing was planted.
func (s Score) Recall() float64 { return share(s.Recalled, s.Planted) }

// ScoreFindings matches findings against the planted discrepancies.
//
// A finding of a discrepancy's kind, with any verdict but "agree", reports
// it when one side comes from the discrepancy's deviating file (B) quoting
// the value B wrote, and another side, from any other file of the story,
// states the value the rest of the story holds: the same number for a
// quantity (written in any language: "delapan", "Eight" and "8" are one
// value), A's spelling for a name, any date for a date (only B deviates).
// Such a finding is recalled and explained; any other finding but an
// agreement is a finding on filler. Names may be reported as "name" or
// "title" findings.
func ScoreFindings(planted []Discrepancy, found []Found) Score {
	sc := Score{Planted: len(planted)}
	byStory := map[string][]int{}
	for i := range planted {
		byStory[planted[i].Story] = append(byStory[planted[i].Story], i)
	}
	recalled := make([]bool, len(planted))
	for _, f := range found {
		if strings.EqualFold(f.Verdict, "agree") {
			continue
		}
		sc.Findings++
		story := storyOfSides(f.Sides)
		if strings.EqualFold(f.Verdict, "conflict") {
			sc.Conflicts++
			if story != "" {
				sc.OneEvent++
			}
		}
		explained := false
		for _, i := range byStory[story] {
			if reports(&planted[i], f) {
				recalled[i] = true
				explained = true
			}
		}
		if !explained {
			sc.Unexplained = append(sc.Unexplained, f)
		}
	}
	for i, ok := range recalled {
		if ok {
			sc.Recalled++
		} else {
			sc.Missed = append(sc.Missed, planted[i])
		}
	}
	for _, idx := range byStory {
		sc.Events++
		for _, i := range idx {
			if recalled[i] {
				sc.EventsFound++
				break
			}
		}
	}
	return sc
}

// reports says whether finding f reports discrepancy p.
func reports(p *Discrepancy, f Found) bool {
	if !sameKind(p.Kind, f.Kind) || !hasSide(f.Sides, p.B.File, p.B.Value) {
		return false
	}
	want, _ := number(p.A.Value)
	for _, s := range f.Sides {
		if sameDoc(s.Doc, p.B.File) {
			continue
		}
		switch p.Kind {
		case "quantity":
			if n, ok := number(s.Text); ok && n == want {
				return true
			}
		case "name":
			if quotes(s.Text, p.A.Value) {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// number reads the first number of text: digits with thousands
// separators, or a number word the generator writes ("seven", "tujuh").
func number(text string) (int, bool) {
	for i := 0; i < len(text); i++ {
		if text[i] < '0' || text[i] > '9' {
			continue
		}
		n := 0
		for ; i < len(text); i++ {
			c := text[i]
			switch {
			case c >= '0' && c <= '9':
				n = n*10 + int(c-'0')
				continue
			case (c == ',' || c == '.') && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9':
				continue
			}
			break
		}
		return n, true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, words := range [][]string{smallEN, smallID} {
			for n, x := range words {
				if w == x {
					return n, true
				}
			}
		}
	}
	return 0, false
}

func sameDoc(doc, file string) bool { return doc == file || strings.HasSuffix(doc, "/"+file) }

func sameKind(planted, found string) bool {
	found = strings.ToLower(found)
	if planted == "name" {
		return found == "name" || found == "title"
	}
	return planted == found
}

// storyOfSides returns the story folder all sides share, or "" when they
// come from different stories.
func storyOfSides(sides []Side) string {
	story := ""
	for i, s := range sides {
		st := storyOf(s.Doc)
		if i == 0 {
			story = st
		} else if st != story {
			return ""
		}
	}
	return story
}

// storyOf returns the story of a document ID or path: the last folder of
// the path ("s000001" for "corpus/s000001/02-x.txt"), or in a one-folder
// corpus the file name's prefix ("s000001" for "story/s000001-02-x.txt").
func storyOf(doc string) string {
	doc = strings.ReplaceAll(doc, "\\", "/")
	i := strings.LastIndexByte(doc, '/')
	if i < 0 {
		return ""
	}
	dir, file := doc[:i], doc[i+1:]
	dir = dir[strings.LastIndexByte(dir, '/')+1:]
	if id, _, ok := strings.Cut(file, "-"); ok && dir == OneFolderName {
		return id
	}
	return dir
}

// hasSide reports whether a side from file (any file when "") quotes value.
func hasSide(sides []Side, file, value string) bool {
	for _, s := range sides {
		if file != "" && !sameDoc(s.Doc, file) {
			continue
		}
		if quotes(s.Text, value) {
			return true
		}
	}
	return false
}

// quotes reports whether a finding's text and a planted value are the same
// words, one containing the other at word boundaries ("45 people" and
// "45"; "Nov 16" and "Saturday (Nov 16)").
func quotes(text, value string) bool {
	if text == "" || value == "" {
		return false
	}
	return containsWord(text, value) || (len(text) >= 3 && containsWord(value, text))
}

func containsWord(hay, needle string) bool {
	for off := 0; ; {
		i := strings.Index(hay[off:], needle)
		if i < 0 {
			return false
		}
		start, end := off+i, off+i+len(needle)
		if boundaryBefore(hay, start) && boundaryAfter(hay, end) {
			return true
		}
		off = start + 1
	}
}

// boundaryBefore reports whether a word or number can start at hay[i]: the
// text before it is no letter or digit, nor a digit and a separator ("1,"
// before "250" continues the number "1,250").
func boundaryBefore(hay string, i int) bool {
	r, n := utf8.DecodeLastRuneInString(hay[:i])
	if i == 0 {
		return true
	}
	if wordRune(r) {
		return false
	}
	if r == ',' || r == '.' {
		d, _ := utf8.DecodeLastRuneInString(hay[:i-n])
		return !unicode.IsDigit(d)
	}
	return true
}

// boundaryAfter is boundaryBefore's mirror for a word ending at hay[i].
func boundaryAfter(hay string, i int) bool {
	if i == len(hay) {
		return true
	}
	r, n := utf8.DecodeRuneInString(hay[i:])
	if wordRune(r) {
		return false
	}
	if r == ',' || r == '.' {
		d, _ := utf8.DecodeRuneInString(hay[i+n:])
		return !unicode.IsDigit(d)
	}
	return true
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
