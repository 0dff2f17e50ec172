package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestProgress(t *testing.T) {
	tests := []struct {
		Name  string
		TTY   bool
		Quiet bool
		Docs  int
		Drawn bool
	}{
		{"terminal, large corpus", true, false, progressAfter + 5, true},
		{"terminal, small corpus", true, false, progressAfter - 1, false},
		{"terminal, quiet", true, true, progressAfter + 5, false},
		{"pipe", false, false, progressAfter + 5, false},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			var buf bytes.Buffer
			p := newProgress(&Streams{ErrOut: &buf, ErrTTY: tt.TTY}, tt.Quiet)
			for i := 1; i <= tt.Docs; i++ {
				p.Update(i)
			}
			p.Done()
			if drawn := strings.Contains(buf.String(), "reading articles"); drawn != tt.Drawn {
				t.Errorf("drawn: got %v\nwant %v (stderr %q)", drawn, tt.Drawn, buf.String())
			}
		})
	}
}
