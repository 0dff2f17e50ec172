// Package evaluate measures how well claimcheck's findings match what a
// careful desk would flag.
//
// A story (or a dev-corpus cluster) is a folder of articles with an
// expected.yaml listing the disagreements that should be flagged, the
// ambiguous ones that are not scored, and the agreements that must not be
// flagged as conflicts. Every expected value is quoted verbatim from the
// body of its file, so Score can find where it is and compare that place
// with the byte spans of the findings' sides:
//
//	exp, _ := evaluate.LoadExpected("testdata/stories/flood-toll-2025/expected.yaml")
//	res := evaluate.Score(exp, texts, findings)
//	fmt.Printf("precision %.2f recall %.2f\n", res.Precision(), res.Recall())
//
// A flag is a finding whose verdict is neither agree nor compatible. A flag
// matches an expected disagreement when its kind fits (an update matches
// the verdict update, a name spelling the between spelling, any other
// disagreement the verdict conflict) and at least two of its sides each
// overlap the place of a different expected value.
package evaluate

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// Value is one expected value: the words exactly as in the body of File.
type Value struct {
	Value    string `yaml:"value"`
	File     string `yaml:"file"`
	Claimant string `yaml:"claimant,omitempty"`
	// Line is the line of the value in the expected.yaml file, for messages.
	Line int `yaml:"-"`
}

// Item is one expected disagreement, ambiguous case or agreement.
type Item struct {
	// Kind is quantity, date, name or title; empty for agreements and
	// ambiguous cases, which are matched whatever their kind.
	Kind string `yaml:"kind,omitempty"`
	What string `yaml:"what"`
	// Between is dispute, misreport, update or spelling; empty for
	// agreements and ambiguous cases.
	Between string  `yaml:"between,omitempty"`
	Values  []Value `yaml:"values"`
	// Line is where the item starts in the expected.yaml file.
	Line int `yaml:"-"`
}

// Expected is an expected.yaml file: what a careful desk would flag in one
// story, what is defensible either way, and what must not be flagged.
type Expected struct {
	Cluster       string   `yaml:"cluster"`
	Event         string   `yaml:"event"`
	Languages     []string `yaml:"languages"`
	Files         []string `yaml:"files"`
	Disagreements []Item   `yaml:"disagreements"`
	Ambiguous     []Item   `yaml:"ambiguous"`
	Agreements    []Item   `yaml:"agreements"`
	// Path is the file the expectations were read from.
	Path string `yaml:"-"`
}

// The kinds and betweens an expected disagreement may name; they are the
// report names of claims.ClaimKind and compare.Between, plus "update",
// which is a verdict rather than a Between.
var (
	kinds    = []string{"quantity", "date", "name", "title"}
	betweens = []string{"dispute", "misreport", "update", "spelling"}
)

// LoadExpected reads and checks an expected.yaml file. Unknown fields,
// unknown kinds or betweens and values without words or file are errors
// that name the file and line.
func LoadExpected(path string) (*Expected, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseExpected(path, data)
}

// ParseExpected is LoadExpected on data already read; path is used in
// messages only.
func ParseExpected(path string, data []byte) (*Expected, error) {
	exp := &Expected{Path: path}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(exp); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	setLines(&root, exp)
	if err := exp.check(); err != nil {
		return nil, err
	}
	return exp, nil
}

// setLines copies the line numbers of items and values from the parsed
// node tree, which the struct decoding does not keep.
func setLines(root *yaml.Node, exp *Expected) {
	if root.Kind != yaml.DocumentNode || len(root.Content) == 0 {
		return
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		return
	}
	sections := map[string][]Item{"disagreements": exp.Disagreements, "ambiguous": exp.Ambiguous, "agreements": exp.Agreements}
	for i := 0; i+1 < len(m.Content); i += 2 {
		items, ok := sections[m.Content[i].Value]
		seq := m.Content[i+1]
		if !ok || seq.Kind != yaml.SequenceNode {
			continue
		}
		for j, in := range seq.Content {
			if j >= len(items) {
				break
			}
			items[j].Line = in.Line
			for k := 0; k+1 < len(in.Content); k += 2 {
				if in.Content[k].Value != "values" {
					continue
				}
				for v, vn := range in.Content[k+1].Content {
					if v < len(items[j].Values) {
						items[j].Values[v].Line = vn.Line
					}
				}
			}
		}
	}
}

// check reports every malformed entry at once.
func (e *Expected) check() error {
	var errs []error
	bad := func(line int, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s:%d: %s", e.Path, line, fmt.Sprintf(format, args...)))
	}
	for _, it := range e.Disagreements {
		if !slices.Contains(kinds, it.Kind) {
			bad(it.Line, "kind %q (want one of %s)", it.Kind, strings.Join(kinds, ", "))
		}
		if !slices.Contains(betweens, it.Between) {
			bad(it.Line, "between %q (want one of %s)", it.Between, strings.Join(betweens, ", "))
		}
		if len(it.Values) < 2 {
			bad(it.Line, "a disagreement needs at least two values, has %d", len(it.Values))
		}
	}
	for _, sec := range [][]Item{e.Disagreements, e.Ambiguous, e.Agreements} {
		for _, it := range sec {
			for _, v := range it.Values {
				if v.Value == "" || v.File == "" {
					bad(v.Line, "a value needs both value and file")
				} else if len(e.Files) > 0 && !slices.Contains(e.Files, v.File) {
					bad(v.Line, "file %q is not in files %v", v.File, e.Files)
				}
			}
		}
	}
	return errors.Join(errs...)
}
