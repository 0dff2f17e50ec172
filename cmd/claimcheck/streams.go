package main

import "io"

// Streams are the command's standard streams. main passes the process's;
// tests pass buffers, with ErrTTY false so that no progress is drawn.
type Streams struct {
	In     io.Reader
	Out    io.Writer // results
	ErrOut io.Writer // summary, rejected inputs, progress
	// ErrTTY is set when ErrOut is a terminal: only then is a progress
	// indicator drawn.
	ErrTTY bool
}
