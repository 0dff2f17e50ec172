// Command claimcheck finds where news articles disagree about facts:
// counts, dates and names, and who says what.
//
//	claimcheck check seeds
//
// See README.md or `claimcheck --help`.
package main

import (
	"os"
	"os/signal"
	"syscall"

	"golang.org/x/term"
)

func main() {
	s := &Streams{
		In:     os.Stdin,
		Out:    os.Stdout,
		ErrOut: os.Stderr,
		ErrTTY: term.IsTerminal(int(os.Stderr.Fd())),
		Getenv: os.Getenv,
		Temps:  &tempFiles{},
	}
	if w, _, err := term.GetSize(int(os.Stdout.Fd())); err == nil && term.IsTerminal(int(os.Stdout.Fd())) {
		s.Columns = w
	}
	if dir, err := os.Getwd(); err == nil {
		s.Dir = dir
	}
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	go onSignal(sigs, s.Temps, os.Exit)
	os.Exit(run(os.Args[1:], s))
}

// onSignal waits for an interrupting signal, removes the temporary files
// of --output and ends the process as the shell expects of a command
// killed by that signal (128 + its number).
func onSignal(sigs <-chan os.Signal, temps *tempFiles, exit func(int)) {
	sig := <-sigs
	temps.removeAll()
	code := 128 + int(syscall.SIGINT)
	if n, ok := sig.(syscall.Signal); ok {
		code = 128 + int(n)
	}
	exit(code)
}
