package cputime

import "testing"

// TestUsedGrows: CPU spent between two readings shows in the second.
func TestUsedGrows(t *testing.T) {
	before := Used()
	if before == 0 {
		t.Skip("this system does not report CPU time")
	}
	x := 0
	for i := range 50_000_000 {
		x ^= i
	}
	if after := Used(); after <= before {
		t.Errorf("CPU time went from %v to %v over a busy loop (%d)", before, after, x)
	}
}
