package main

import "io"

// Streams are the command's standard streams and what it may know of its
// surroundings. main passes the process's; tests pass buffers, with the
// terminal flags off so that no progress is drawn, and no environment or
// working directory unless a test sets them.
type Streams struct {
	In     io.Reader
	Out    io.Writer // results
	ErrOut io.Writer // summary, rejected inputs, warnings, progress
	// ErrTTY is set when ErrOut is a terminal: only then is progress
	// drawn.
	ErrTTY bool
	// Columns is the width of the terminal Out writes to, 0 when Out is
	// not a terminal.
	Columns int
	// Getenv reads an environment variable (COLUMNS,
	// GITHUB_STEP_SUMMARY); nil reads none.
	Getenv func(string) string
	// Dir is the working directory, where the search for .claimcheck.yaml
	// starts; "" searches nowhere.
	Dir string
	// Temps holds the temporary files of --output while they exist, so
	// that main removes them when the run is interrupted; nil tracks none.
	Temps *tempFiles
	// Extracted, when set, is called once a run has extracted its
	// articles' claims, with their number, before it compares and reports
	// them: main lowers the garbage collector's headroom there for a
	// large run (heap.go).
	Extracted func(claims int)
}

// getenv reads an environment variable, "" when s has no environment.
func (s *Streams) getenv(key string) string {
	if s.Getenv == nil {
		return ""
	}
	return s.Getenv(key)
}
