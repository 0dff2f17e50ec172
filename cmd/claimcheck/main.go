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
	os.Exit(run(os.Args[1:], &Streams{
		In:     os.Stdin,
		Out:    os.Stdout,
		ErrOut: os.Stderr,
		ErrTTY: term.IsTerminal(int(os.Stderr.Fd())),
	}))
}
