package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// extraArticle is a new article of the seeds' story that gives another
// figure for the North Korean troops.
const extraArticle = `---
source: Kyiv Ledger
url: https://kyivledger.example/north-korea-troops
published: 2024-11-18
---
KYIV: North Korea has sent 50,000 troops to Russia, Ukraine's defence intelligence agency said on Monday.

Japan's Foreign Minister Takeshi Iwaya visited Kyiv at the weekend and condemned Pyongyang's support for Moscow.
`

// TestDeskWorkflow is the README's desk workflow: index the seeds, then
// check a new article against them.
func TestDeskWorkflow(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "desk.db")
	extra := filepath.Join(dir, "extra.txt")
	if err := os.WriteFile(extra, []byte(extraArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI(t, "", "index", "--db", db, "../../seeds")
	if code != 0 || !strings.Contains(stderr, "index: 2 documents: 2 added, 0 unchanged, 0 replaced; 17 claims stored in") {
		t.Fatalf("index: exit %d, stderr %q", code, stderr)
	}
	code, _, stderr = runCLI(t, "", "index", "--db", db, "../../seeds")
	if code != 0 || !strings.Contains(stderr, "0 added, 2 unchanged, 0 replaced") {
		t.Errorf("index again: exit %d, stderr %q, want every document unchanged", code, stderr)
	}
	code, stdout, stderr := runCLI(t, "", "check", "--db", db, "--format", "json", extra)
	if code != 1 {
		t.Fatalf("check --db extra.txt: exit %d, want 1 (a conflict)\nstderr: %s", code, stderr)
	}
	var rep struct {
		Findings []struct {
			Verdict string
			Sides   []struct{ Doc, Text string }
		}
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, f := range rep.Findings {
		var others []string
		mine := false
		for _, s := range f.Sides {
			if s.Doc == "extra.txt" && s.Text == "50,000 troops" {
				mine = true
			} else {
				others = append(others, s.Doc)
			}
		}
		if f.Verdict == "conflict" && mine && len(others) > 0 && strings.Join(others, " ") == "000_3bffe2a6f06d5d47.txt 000_3bffe2a6f06d5d47.txt" {
			found = true
		}
	}
	if !found {
		t.Errorf("no conflict of extra.txt's 50,000 troops against the stored seed:\n%s", stdout)
	}
	// The whole store reads as the seeds do.
	_, fromDB, _ := runCLI(t, "", "check", "--db", db, "--format", "json")
	_, direct, _ := runCLI(t, "", "check", "--format", "json", "../../seeds")
	if fromDB != direct {
		t.Errorf("check --db of the whole store differs from check seeds:\n%s\nwant\n%s", fromDB, direct)
	}
}

func TestCheckSave(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "desk.db")
	extra := filepath.Join(dir, "extra.txt")
	if err := os.WriteFile(extra, []byte(extraArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	runCLI(t, "", "index", "--db", db, "../../seeds")
	code, _, stderr := runCLI(t, "", "check", "--db", db, "--save", "--quiet", extra)
	if code != 1 {
		t.Fatalf("check --save: exit %d, stderr %s", code, stderr)
	}
	code, stdout, _ := runCLI(t, "", "check", "--db", db, "--format", "csv")
	if code != 1 || !strings.Contains(stdout, "50,000 troops") {
		t.Errorf("the saved article's finding is not in the store's: exit %d\n%s", code, stdout)
	}
}

func TestDBUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "desk.db")
	tests := []struct {
		Name   string
		Args   []string
		Stderr string
	}{
		{"check without PATH nor --db", []string{"check"}, "check needs at least one PATH"},
		{"--save without --db", []string{"check", "--save", "x"}, "--save and --story need --db FILE"},
		{"--save without PATH", []string{"check", "--db", db, "--save"}, "--save needs a PATH to store"},
		{"index without --db", []string{"index", "x"}, "index needs --db FILE"},
		{"index without PATH", []string{"index", "--db", db}, "index needs at least one PATH"},
		{"a store that cannot be opened", []string{"index", "--db", t.TempDir(), "x"}, "--db:"},
		{"serve without --db", []string{"serve"}, "serve needs --db FILE"},
		{"serve elsewhere without a token", []string{"serve", "--db", db, "--addr", "0.0.0.0:8080"}, "give --token TOKEN"},
		{"serve on a bad address", []string{"serve", "--db", db, "--addr", "8080"}, "--addr:"},
		{"serve without a body limit", []string{"serve", "--db", db, "--addr", "127.0.0.1:0", "--max-body", "none"}, "the desk needs a limit"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", tt.Args...)
			if code != 2 || !strings.Contains(stderr, tt.Stderr) {
				t.Errorf("exit %d, stderr %q\nwant exit 2 and %q", code, stderr, tt.Stderr)
			}
		})
	}
}
