// Command claimcheck finds where news articles disagree about facts:
// counts, dates and names, and who says what.
//
//	claimcheck check seeds
//
// See README.md or `claimcheck --help`.
package main

import (
	"os"

	"golang.org/x/term"
)

func main() {
	s := &Streams{
		In:        os.Stdin,
		Out:       os.Stdout,
		ErrOut:    os.Stderr,
		ErrTTY:    term.IsTerminal(int(os.Stderr.Fd())),
		Getenv:    os.Getenv,
		Temps:     &tempFiles{},
		Extracted: headroom(os.Getenv),
	}
	if w, _, err := term.GetSize(int(os.Stdout.Fd())); err == nil && term.IsTerminal(int(os.Stdout.Fd())) {
		s.Columns = w
	}
	if dir, err := os.Getwd(); err == nil {
		s.Dir = dir
	}
	catchSignals(s.Temps)
	os.Exit(run(os.Args[1:], s))
}
