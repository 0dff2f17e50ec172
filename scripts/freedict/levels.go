package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims/text"
)

// unknownLevel is the level of a word SCOWL lacks: rarer than any.
const unknownLevel = 100

// scowlList names the lists read: the words (not the names, nor the
// abbreviations) of each spelling, and the size.
var scowlList = regexp.MustCompile(`^(english|american|british|canadian)-words\.([0-9]+)$`)

// readLevels maps each folded word of SCOWL's lists in dir to the
// smallest size that lists it; an empty dir gives no levels.
func readLevels(dir string) (map[string]int, error) {
	if dir == "" {
		return nil, nil
	}
	files, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	out := map[string]int{}
	for _, f := range files {
		m := scowlList.FindStringSubmatch(f.Name())
		if m == nil {
			continue
		}
		size, _ := strconv.Atoi(m[2])
		b, err := os.ReadFile(filepath.Join(dir, f.Name()))
		if err != nil {
			return nil, err
		}
		addLevels(out, string(b), size)
	}
	return out, nil
}

// addLevels records the words of one list, one a line, at size.
func addLevels(levels map[string]int, list string, size int) {
	for _, w := range strings.Split(list, "\n") {
		w = text.Fold(strings.TrimSpace(w))
		if w == "" {
			continue
		}
		if old, ok := levels[w]; !ok || size < old {
			levels[w] = size
		}
	}
}

// level returns the level of a headword: that of its rarest word.
func level(levels map[string]int, headword string) int {
	worst := 0
	for _, w := range strings.FieldsFunc(headword, func(r rune) bool { return r == ' ' || r == '-' }) {
		l, ok := levels[w]
		if !ok {
			return unknownLevel
		}
		worst = max(worst, l)
	}
	if worst == 0 {
		return unknownLevel
	}
	return worst
}
