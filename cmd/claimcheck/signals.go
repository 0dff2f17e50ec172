package main

import (
	"os"
	"os/signal"
	"syscall"
	"time"
)

// endingSignals are the catchable signals that end a Go program: those
// the runtime dies of (SIGHUP, SIGINT, SIGTERM), and those it dies of
// with a stack dump when sent by another process (SIGQUIT, SIGABRT). The
// others (SIGUSR1, SIGALRM, …) a Go program ignores unless it asks for
// them, and SIGKILL cannot be caught. SIGPIPE is caught apart (pipeSignal).
var endingSignals = []os.Signal{
	syscall.SIGHUP, syscall.SIGINT, syscall.SIGQUIT, syscall.SIGABRT, syscall.SIGTERM,
}

// pipeSignal ends a Go program that writes to its standard output or
// error when that is a pipe whose reader has gone (`claimcheck check -o
// r.json x 2>&1 | head -1`). It is caught only while a temporary file is
// on disk: caught, a write to a broken pipe fails instead of ending the
// run, and `claimcheck check x | head` would end with an error message
// rather than silently, as it should.
const pipeSignal = syscall.SIGPIPE

// catchSignals makes every ending signal remove the temporary files of
// --output before the process dies of it. A signal the process was
// started ignoring (SIGHUP under nohup, SIGINT in a background job of a
// script) stays ignored: catching it would end a run its caller meant
// to survive it.
func catchSignals(temps *tempFiles) {
	var sigs []os.Signal
	for _, s := range endingSignals {
		if !signal.Ignored(s) {
			sigs = append(sigs, s)
		}
	}
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, sigs...)
	if !signal.Ignored(pipeSignal) {
		temps.watch(func(on bool) {
			if on {
				signal.Notify(ch, pipeSignal)
			} else {
				signal.Reset(pipeSignal)
			}
		})
	}
	go onSignal(ch, temps, dieOf)
}

// onSignal waits for an ending signal, removes the temporary files of
// --output and has die end the process by that signal.
func onSignal(sigs <-chan os.Signal, temps *tempFiles, die func(os.Signal)) {
	sig := <-sigs
	temps.removeAll()
	die(sig)
}

// dieOf ends the process by sig, as if it had not been caught, so that
// the caller sees the signal in the exit status (a shell's 128 + its
// number, `wait`'s WIFSIGNALED): the signal is raised again with the
// action it would have had. Where that cannot be done, the process exits
// with 128 + the signal's number.
func dieOf(sig os.Signal) {
	n, ok := sig.(syscall.Signal)
	if !ok {
		os.Exit(128 + int(syscall.SIGTERM))
	}
	signal.Reset(sig)
	if raise(n) {
		// Delivered to another thread, the signal ends the process
		// within moments.
		time.Sleep(time.Second)
	}
	os.Exit(128 + int(n))
}
