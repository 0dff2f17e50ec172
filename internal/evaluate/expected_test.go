package evaluate

import (
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

func TestParseExpected(t *testing.T) {
	const head = "cluster: x\nfiles: [a.txt, b.txt]\n"
	tests := []struct {
		Name  string
		Input string
		Error string // a substring of the error; "" for none
	}{
		{"valid", testYAML, ""},
		{"empty lists", head + "disagreements: []\nambiguous: []\nagreements: []\n", ""},
		{"unknown field", head + "disagrements: []\n", "field disagrements not found"},
		{"unknown value field", head + "agreements:\n  - what: w\n    values:\n      - {value: v, file: a.txt, fle: b}\n", "field fle not found"},
		{"bad kind", head + "disagreements:\n  - kind: count\n    what: w\n    between: dispute\n    values:\n      - {value: v, file: a.txt}\n      - {value: w, file: b.txt}\n", `x.yaml:4: kind "count"`},
		{"bad between", head + "disagreements:\n  - kind: date\n    what: w\n    between: revision\n    values:\n      - {value: v, file: a.txt}\n      - {value: w, file: b.txt}\n", `x.yaml:4: between "revision"`},
		{"one value", head + "disagreements:\n  - kind: date\n    what: w\n    between: update\n    values:\n      - {value: v, file: a.txt}\n", "at least two values, has 1"},
		{"file not listed", head + "agreements:\n  - what: w\n    values:\n      - {value: v, file: a.txt}\n      - {value: w, file: c.txt}\n", `x.yaml:7: file "c.txt" is not in files`},
		{"empty value", head + "agreements:\n  - what: w\n    values:\n      - {value: \"\", file: a.txt}\n", "x.yaml:6: a value needs both value and file"},
		{"not yaml", "cluster: [x\n", "x.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			_, err := ParseExpected("x.yaml", []byte(tt.Input))
			switch {
			case tt.Error == "" && err != nil:
				t.Errorf("got error %q\nwant none", err)
			case tt.Error != "" && err == nil:
				t.Errorf("got no error\nwant one containing %q", tt.Error)
			case tt.Error != "" && !strings.Contains(err.Error(), tt.Error):
				t.Errorf("got error %q\nwant one containing %q", err, tt.Error)
			}
		})
	}
}

func TestParseExpectedFields(t *testing.T) {
	exp, err := ParseExpected("test.yaml", []byte(testYAML))
	if err != nil {
		t.Fatal(err)
	}
	got := []string{exp.Cluster, exp.Disagreements[0].Kind, exp.Disagreements[0].Between, exp.Disagreements[0].Values[1].Claimant, exp.Agreements[0].Values[1].Value}
	want := []string{"test-story", "quantity", "dispute", "Red Cross", "5.000 pengungsi"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if l := exp.Disagreements[1].Values[0].Line; l != 16 {
		t.Errorf("got line %d for the name's first value\nwant 16", l)
	}
}

func TestOccurrences(t *testing.T) {
	texts, _, err := ReadTexts(map[string]string{"a.txt": "---\nurl: https://example.org/120-dead\n---\n120 dead, then 120 dead again."})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		Name  string
		Input Value
		Want  []claims.Span
	}{
		{"twice, never in the front matter", Value{Value: "120 dead", File: "a.txt"}, []claims.Span{{Start: 42, End: 50}, {Start: 57, End: 65}}},
		{"absent", Value{Value: "200 dead", File: "a.txt"}, nil},
		{"unknown file", Value{Value: "120 dead", File: "b.txt"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			got := Occurrences(tt.Input, texts)
			if len(got) != len(tt.Want) {
				t.Fatalf("got %v\nwant %v", got, tt.Want)
			}
			for i := range got {
				if got[i] != tt.Want[i] || got[i].Of(texts["a.txt"].Text) != tt.Input.Value {
					t.Errorf("got %v\nwant %v", got, tt.Want)
				}
			}
		})
	}
}

func TestLocate(t *testing.T) {
	exp, err := ParseExpected("x.yaml", []byte("cluster: x\nagreements:\n  - what: w\n    values:\n      - {value: \"120 dead\", file: a.txt}\n      - {value: \"200 dead\", file: a.txt}\n      - {value: \"5 dead\", file: b.txt}\n"))
	if err != nil {
		t.Fatal(err)
	}
	err = Locate(exp, Texts{"a.txt": {Text: "120 dead"}})
	want := "x.yaml:6: value \"200 dead\" is not in the body of a.txt\nx.yaml:7: value \"5 dead\" names a file that was not loaded: b.txt"
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %q", err, want)
	}
}
