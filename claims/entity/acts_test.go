package entity_test

import (
	"reflect"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// TestActs covers acts between two people: the person named a few words
// after an act's words holds the act and the name of the person named
// before them; without a doer, beyond reach, or with no act word, nobody
// holds one.
func TestActs(t *testing.T) {
	tests := []struct {
		Name  string
		Lang  string
		Input string
		Want  []string
	}{
		{
			Name:  "en a challenge on",
			Lang:  "en",
			Input: "Defender Tomas Varga was sent off for a late challenge on Rian Pradipta.",
			Want:  []string{"Rian Pradipta|foul|Tomas Varga"},
		},
		{
			Name:  "en words between the act and the name",
			Lang:  "en",
			Input: "Tomas Varga was shown a red card for stamping his boot onto the shin of Rian Pradipta.",
			Want:  []string{"Rian Pradipta|foul|Tomas Varga"},
		},
		{
			Name:  "id pelanggaran terhadap",
			Lang:  "id",
			Input: "Wasit mengusir Tomas Varga karena pelanggaran terhadap Rian Pradipta pada menit ke-60.",
			Want:  []string{"Rian Pradipta|foul|Tomas Varga"},
		},
		{
			Name:  "id a position opening the sentence is no part of the doer's name",
			Lang:  "id",
			Input: "Bek Tomas Varga diusir wasit setelah menekel Rian Pradipta.",
			Want:  []string{"Rian Pradipta|foul|Tomas Varga"},
		},
		{
			Name:  "no doer named before the act",
			Lang:  "en",
			Input: "A late challenge on Rian Pradipta went unpunished, said Tomas Varga.",
			Want:  nil,
		},
		{
			Name:  "too far from the act",
			Lang:  "en",
			Input: "Tomas Varga fouled a defender in the first half, and in the second half the referee spoke to Rian Pradipta.",
			Want:  nil,
		},
		{
			Name:  "no act word",
			Lang:  "en",
			Input: "Tomas Varga passed the ball to Rian Pradipta.",
			Want:  nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			var got []string
			for _, m := range findAll(recognizer(tt.Lang), tt.Input) {
				if e := m.Entity; m.Kind == claims.MentionEntity && e != nil && e.Act != "" {
					got = append(got, e.Name+"|"+e.Act+"|"+e.ActBy)
				}
			}
			if !reflect.DeepEqual(got, tt.Want) {
				t.Errorf("got %q\nwant %q", got, tt.Want)
			}
		})
	}
}
