package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/claimcheck/claimcheck/report"
)

// The exit codes, documented in the README.
const (
	exitOK       = 0 // nothing at or above --fail-on
	exitFindings = 1 // findings at or above --fail-on
	exitError    = 2 // usage error, or an input that could not be read
)

// usageError is a command line that cannot be run as given.
type usageError struct {
	err error
}

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return &usageError{err: fmt.Errorf(format, args...)} }

// rejectedError says that some inputs could not be read; they have been
// listed on standard error and everything else was reported.
type rejectedError struct{ n int }

func (e *rejectedError) Error() string {
	if e.n == 1 {
		return "1 input could not be read"
	}
	return fmt.Sprintf("%d inputs could not be read", e.n)
}

// findingsError says that findings at or above --fail-on were reported.
type findingsError struct{ n int }

func (e *findingsError) Error() string { return fmt.Sprintf("%d findings at or above --fail-on", e.n) }

// exitCode maps the error a command returned to the process's exit code,
// printing it on stderr unless the report already said it; a usage error
// points at the help of the command that failed (cmdPath, "claimcheck
// check"). It is the one place where errors become exit codes.
func exitCode(err error, cmdPath string, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	var fe *findingsError
	if errors.As(err, &fe) {
		return exitFindings
	}
	var ue *usageError
	if errors.As(err, &ue) {
		if cmdPath == "" {
			cmdPath = "claimcheck"
		}
		fmt.Fprintf(stderr, "claimcheck: %s\nRun '%s --help' for usage.\n", report.Visible(err.Error()), cmdPath)
		return exitError
	}
	fmt.Fprintf(stderr, "claimcheck: %s\n", report.Visible(err.Error()))
	return exitError
}
