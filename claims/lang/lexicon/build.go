package lexicon

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// languagesHeader opens the comment that names the table's languages.
const languagesHeader = "# languages:"

// noun is FreeDict's part of speech of nouns; the lexicon keys nouns
// only, and skips the entries of any other part of speech.
const noun = "n"

// builder collects a table's lines into a Lexicon.
type builder struct {
	source, target string
	// nouns holds the headwords read, each keyed by itself.
	nouns map[string]string
	// best maps each translation to the noun that reads it best so far.
	best map[string]candidate
	// fields and senses are one line's, reused from line to line.
	fields []string
	senses [][]string
}

// candidate is an English noun as a reading of one translation, with
// what ranks it against the others (see the package doc).
type candidate struct {
	key    string
	sense  int32 // the first sense listing the translation
	count  int32 // the senses listing it
	place  int32 // its place in that sense
	size   int32 // the translations of that sense
	senses int32 // the noun's senses
	level  int32 // how rare the noun is in English (SCOWL's size)
}

// better reports whether a ranks before b.
func (a candidate) better(b candidate) bool {
	switch {
	case a.sense != b.sense:
		return a.sense < b.sense
	case a.count != b.count:
		return a.count > b.count
	case a.place != b.place:
		return a.place < b.place
	case a.size != b.size:
		return a.size < b.size
	case a.senses != b.senses:
		return a.senses < b.senses
	case a.level != b.level:
		return a.level < b.level
	}
	return a.key < b.key
}

// newBuilder returns a builder with room for about n lines.
func newBuilder(n int) *builder {
	// A line is a noun with about 1.3 translations, fewer distinct.
	return &builder{nouns: make(map[string]string, n), best: make(map[string]candidate, n*5/4)}
}

// line reads one line of the table.
func (b *builder) line(line string) error {
	line = strings.TrimSuffix(line, "\r")
	if line == "" {
		return nil
	}
	if strings.HasPrefix(line, "#") {
		return b.comment(line)
	}
	if b.source == "" {
		return fmt.Errorf("an entry before the %q header", languagesHeader)
	}
	f := split(b.fields[:0], line, "\t")
	b.fields = f
	if len(f) < 4 {
		return fmt.Errorf("want headword, part of speech, level and senses, have %d fields", len(f))
	}
	if !phrase(f[0]) || f[1] == "" {
		return fmt.Errorf("bad headword %q or part of speech %q", f[0], f[1])
	}
	level, err := strconv.Atoi(f[2])
	if err != nil || level < 0 {
		return fmt.Errorf("%s: bad level %q", f[0], f[2])
	}
	b.senses = b.senses[:0]
	for i, s := range f[3:] {
		var ts []string
		if i < cap(b.senses) {
			ts = b.senses[:i+1][i][:0]
		}
		ts = split(ts, s, ",")
		for _, t := range ts {
			if !phrase(t) {
				return fmt.Errorf("%s: bad translation %q", f[0], t)
			}
		}
		b.senses = append(b.senses, ts)
	}
	if f[1] == noun {
		b.add(f[0], level, b.senses)
	}
	return nil
}

// split appends the parts of s between seps to dst: strings.Split
// without a new slice for every line.
func split(dst []string, s, sep string) []string {
	for {
		part, rest, found := strings.Cut(s, sep)
		dst = append(dst, part)
		if !found {
			return dst
		}
		s = rest
	}
}

// comment reads the languages header; other comments are skipped.
func (b *builder) comment(line string) error {
	rest, ok := strings.CutPrefix(line, languagesHeader)
	if !ok || b.source != "" {
		return nil
	}
	f := strings.Fields(rest)
	if len(f) != 2 || f[0] == f[1] {
		return fmt.Errorf("want two language codes after %q, have %q", languagesHeader, rest)
	}
	b.source, b.target = f[0], f[1]
	return nil
}

// phrase reports whether s is a word or words: not empty, words
// separated by one space, no other white space.
func phrase(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	space := false
	for _, r := range s {
		if r == ' ' && space || r != ' ' && unicode.IsSpace(r) {
			return false
		}
		space = r == ' '
	}
	return true
}

// add records a noun and ranks it as a reading of its translations.
func (b *builder) add(word string, level int, senses [][]string) {
	b.nouns[word] = word
	for s, ts := range senses {
		for p, t := range ts {
			c := candidate{key: word, sense: int32(s), place: int32(p), size: int32(len(ts)),
				senses: int32(len(senses)), level: int32(min(level, 1<<30))}
			old, ok := b.best[t]
			if ok && old.key == word {
				continue // listed in an earlier sense: counted there
			}
			c.count = listed(senses[s:], t)
			if !ok || c.better(old) {
				b.best[t] = c
			}
		}
	}
}

// listed counts the senses that list t.
func listed(senses [][]string, t string) int32 {
	var n int32
	for _, ts := range senses {
		for _, x := range ts {
			if x == t {
				n++
				break
			}
		}
	}
	return n
}

// build returns the Lexicon.
func (b *builder) build() *Lexicon {
	l := &Lexicon{source: b.source, target: b.target, nouns: b.nouns, readings: b.best}
	for w := range b.nouns {
		l.words[0] = max(l.words[0], strings.Count(w, " ")+1)
	}
	for t := range b.best {
		l.words[1] = max(l.words[1], strings.Count(t, " ")+1)
	}
	return l
}
