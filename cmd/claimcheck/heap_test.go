package main

import (
	"math"
	"runtime/debug"
	"testing"
)

// gcSettings reads GOGC and the memory limit without changing them.
func gcSettings() (percent int, limit int64) {
	percent = debug.SetGCPercent(100)
	debug.SetGCPercent(percent)
	return percent, debug.SetMemoryLimit(-1)
}

func TestHeadroom(t *testing.T) {
	prevPercent, prevLimit := gcSettings()
	defer func() {
		debug.SetGCPercent(prevPercent)
		debug.SetMemoryLimit(prevLimit)
	}()
	env := func(vars map[string]string) func(string) string { return func(k string) string { return vars[k] } }
	tests := []struct {
		name         string
		env          map[string]string
		claims       int
		startPercent int
		startLimit   int64
		afterPercent int
		afterLimit   int64
	}{
		{name: "small run keeps the extraction's headroom", claims: largeRun - 1,
			startPercent: extractPercent, startLimit: extractLimit, afterPercent: extractPercent, afterLimit: extractLimit},
		{name: "large run lowers it, limit lifted", claims: largeRun,
			startPercent: extractPercent, startLimit: extractLimit, afterPercent: comparePercent, afterLimit: math.MaxInt64},
		{name: "the user's GOMEMLIMIT is kept", env: map[string]string{"GOMEMLIMIT": "1GiB"}, claims: largeRun,
			startPercent: extractPercent, startLimit: math.MaxInt64, afterPercent: comparePercent, afterLimit: math.MaxInt64},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			debug.SetGCPercent(100)
			debug.SetMemoryLimit(math.MaxInt64)
			after := headroom(env(tt.env))
			if p, l := gcSettings(); p != tt.startPercent || l != tt.startLimit {
				t.Errorf("while extracting: GOGC %d, limit %d; want %d, %d", p, l, tt.startPercent, tt.startLimit)
			}
			after(tt.claims)
			if p, l := gcSettings(); p != tt.afterPercent || l != tt.afterLimit {
				t.Errorf("after extracting %d claims: GOGC %d, limit %d; want %d, %d", tt.claims, p, l, tt.afterPercent, tt.afterLimit)
			}
		})
	}
	t.Run("the user's GOGC", func(t *testing.T) {
		debug.SetGCPercent(100)
		if f := headroom(env(map[string]string{"GOGC": "300"})); f != nil {
			t.Error("GOGC set by the user, yet the headroom would change after extraction")
		}
		if p, _ := gcSettings(); p != 100 {
			t.Errorf("GOGC set by the user, yet extraction runs at %d", p)
		}
	})
}
