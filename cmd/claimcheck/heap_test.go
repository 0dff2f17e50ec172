package main

import (
	"runtime/debug"
	"testing"
)

func TestLowerHeadroom(t *testing.T) {
	if f := lowerHeadroom(func(k string) string { return map[string]string{"GOGC": "200"}[k] }); f != nil {
		t.Error("GOGC set by the user, yet the headroom would change")
	}
	f := lowerHeadroom(func(string) string { return "" })
	if f == nil {
		t.Fatal("no GOGC, yet nothing would lower the headroom")
	}
	prev := debug.SetGCPercent(100)
	defer debug.SetGCPercent(prev)
	f()
	if got := debug.SetGCPercent(100); got != comparePercent {
		t.Errorf("GOGC after extraction = %d, want %d", got, comparePercent)
	}
}
