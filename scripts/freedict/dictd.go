package main

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/claimcheck/claimcheck/claims/text"
)

// ref is one line of a dictd index: where a headword's entry is.
type ref struct {
	word     string
	off, len int
}

// entry is one dictionary entry: a headword, its part of speech and the
// translations of each sense.
type entry struct {
	word, pos string
	level     int // how common the headword is (see levels.go)
	senses    [][]string
}

// b64 are dictd's base64 digits, most significant first.
const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// decode64 reads a number written in dictd's base64 digits.
func decode64(s string) (int, error) {
	if s == "" || len(s) > 8 {
		return 0, fmt.Errorf("bad number %q", s)
	}
	n := 0
	for i := 0; i < len(s); i++ {
		d := strings.IndexByte(b64, s[i])
		if d < 0 {
			return 0, fmt.Errorf("bad number %q", s)
		}
		n = n*64 + d
	}
	return n, nil
}

// parseIndex reads a dictd index; the database's own "00database…"
// entries (its name, licence, URL) are skipped.
func parseIndex(idx string) ([]ref, error) {
	var out []ref
	for n, line := range strings.Split(idx, "\n") {
		if line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("index line %d: want 3 fields, have %d", n+1, len(f))
		}
		if strings.HasPrefix(f[0], "00database") || strings.HasPrefix(f[0], "00-database") {
			continue
		}
		off, err := decode64(f[1])
		if err != nil {
			return nil, fmt.Errorf("index line %d: %v", n+1, err)
		}
		l, err := decode64(f[2])
		if err != nil {
			return nil, fmt.Errorf("index line %d: %v", n+1, err)
		}
		out = append(out, ref{word: f[0], off: off, len: l})
	}
	return out, nil
}

var (
	// header is "headword /ipa/ /ipa/ <pos>": the pronunciations are
	// optional.
	header = regexp.MustCompile(`^(.+?)((?: /[^<]*/)*) <([A-Za-z]+)>$`)
	// numbered opens a sense of an entry with several: "2. tong".
	numbered = regexp.MustCompile(`^[0-9]+\. `)
	// glossNumber ends a translation line when the next gloss is
	// numbered: "1. bank 2." or "kucing 2.".
	glossNumber = regexp.MustCompile(` [0-9]+\.$`)
)

// parseEntry reads one entry; ok is false when its header has no part
// of speech (a few phrases).
func parseEntry(s string) (entry, bool) {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	m := header.FindStringSubmatch(lines[0])
	if m == nil {
		return entry{}, false
	}
	// The table's fields are split by tabs and its words by one space.
	e := entry{word: strings.Join(strings.Fields(text.Fold(m[1])), " "), pos: m[3]}
	if e.word == "" {
		return entry{}, false
	}
	body := lines[1:]
	if len(body) == 0 {
		return e, true
	}
	if !numbered.MatchString(body[0]) {
		// One sense: its translations are the first line.
		body = body[:1]
	}
	for _, l := range body {
		if len(body) > 1 && !numbered.MatchString(l) {
			continue // a gloss
		}
		l = numbered.ReplaceAllString(l, "")
		if t := translations(glossNumber.ReplaceAllString(l, "")); len(t) > 0 {
			e.senses = append(e.senses, t)
		}
	}
	return e, true
}

// translations splits a sense's line into its folded translations,
// dropping wiki link marks, remarks in parentheses ("(tempat)
// penyeberangan"), exclamations, duplicates, and anything with a tab or
// a comma left in it.
func translations(line string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range strings.Split(line, ",") {
		t = strings.NewReplacer("[[", "", "]]", "").Replace(t)
		t = dropParens(t)
		t = strings.Join(strings.Fields(text.Fold(t)), " ")
		if t == "" || seen[t] || strings.ContainsAny(t, "!?;\t") {
			continue
		}
		seen[t] = true
		out = append(out, t)
	}
	return out
}

// dropParens removes every "(…)" from s.
func dropParens(s string) string {
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			return s[:i]
		}
		s = s[:i] + s[i+j+1:]
	}
}
