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
	f(largeRun - 1)
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC after extracting a small run = %d, want 100", got)
	}
	f(largeRun)
	if got := debug.SetGCPercent(100); got != comparePercent {
		t.Errorf("GOGC after extracting a large run = %d, want %d", got, comparePercent)
	}
}
