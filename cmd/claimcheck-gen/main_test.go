package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestUsage(t *testing.T) {
	tests := []struct {
		Name   string
		Args   []string
		Code   int
		Stdout string
		Stderr string
	}{
		{"help", []string{"--help"}, 0, "usage: claimcheck-gen", ""},
		{"short help", []string{"-h"}, 0, "-seed", ""},
		{"score help", []string{"score", "--help"}, 0, "usage: claimcheck-gen score", ""},
		{"bad flag", []string{"--bogus"}, 2, "", "flag provided but not defined: -bogus"},
		{"no folder", []string{"-n", "3"}, 2, "", "usage: claimcheck-gen"},
		{"score without files", []string{"score"}, 2, "", "usage: claimcheck-gen score"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			if code := run(tt.Args, &out, &errOut); code != tt.Code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.Code, errOut.String())
			}
			if !strings.Contains(out.String(), tt.Stdout) || tt.Stdout == "" && out.Len() > 0 {
				t.Errorf("stdout %q, want %q", out.String(), tt.Stdout)
			}
			if !strings.Contains(errOut.String(), tt.Stderr) || tt.Stderr == "" && errOut.Len() > 0 {
				t.Errorf("stderr %q, want %q", errOut.String(), tt.Stderr)
			}
		})
	}
}
