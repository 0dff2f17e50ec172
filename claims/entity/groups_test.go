package entity_test

import (
	"reflect"
	"testing"
)

// TestGroupSpeakersAreNoNames: a plural noun of a group that opens a
// sentence as its speaker ("Analysts said", "Pengamat menilai") is no
// name, while a name in the same place still is one.
func TestGroupSpeakersAreNoNames(t *testing.T) {
	tests := []struct {
		Name  string
		Lang  string
		Input string
		Want  []string // kind|name of each mention, in text order
	}{
		{"en analysts", "en", "Analysts said the move could escalate the conflict.", nil},
		{"en witnesses and volunteers", "en", "Witnesses said the roof fell first. Volunteers arrived at dawn.", nil},
		{"en a name in the same place", "en", "Rian Pradipta said the move could escalate the conflict.", []string{"person|Rian Pradipta"}},
		{"id pengamat", "id", "Pengamat menilai langkah itu bisa memperuncing konflik.", nil},
		{"id saksi dan relawan", "id", "Saksi mengatakan atap runtuh lebih dulu. Relawan tiba saat subuh.", nil},
		{"id a name in the same place", "id", "Rian Pradipta menilai langkah itu bisa memperuncing konflik.", []string{"person|Rian Pradipta"}},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if got := linkedEntities(tt.Lang, tt.Input); !reflect.DeepEqual(got, tt.Want) {
				t.Errorf("got %q\nwant %q", got, tt.Want)
			}
		})
	}
}
