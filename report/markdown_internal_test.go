package report

import "testing"

// TestMarkdownEmphasis: the claim's words are bold and the differing
// words italic where CommonMark reads the delimiters so, and written as
// <strong> or <em> where it would not.
func TestMarkdownEmphasis(t *testing.T) {
	tests := []struct {
		Name string
		Segs []Segment
		Want string
	}{
		{"words", []Segment{{Text: "Police said "}, {Text: "12 died", Claim: true}, {Text: " on "}, {Text: "Monday", Differs: true}, {Text: "."}},
			"Police said **12 died** on *Monday*."},
		{"white space stays outside", []Segment{{Text: "said"}, {Text: " 12 died ", Claim: true}, {Text: "today"}},
			"said **12 died** today"},
		{"punctuation inside a word", []Segment{{Text: "x"}, {Text: `"12"`, Claim: true}, {Text: "y"}},
			`x<strong>"12"</strong>y`},
		{"two runs touching", []Segment{{Text: "12", Claim: true}, {Text: "ribu", Differs: true}, {Text: " tentara"}},
			"<strong>12</strong>*ribu* tentara"},
		{"an escaped star", []Segment{{Text: "a "}, {Text: "5*", Claim: true}, {Text: " b"}},
			`a <strong>5\*</strong> b`},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if got := mdSegments(tt.Segs); got != tt.Want {
				t.Errorf("got  %q\nwant %q", got, tt.Want)
			}
		})
	}
}
