// Package cputime reads the CPU time the process has used, for benchmarks
// that report it beside wall time: on a shared machine, wall time says
// more about the neighbours than about the code.
package cputime

import "time"

// Used returns the user and system CPU time the process has used so far,
// or 0 where the system does not say.
func Used() time.Duration { return used() }
