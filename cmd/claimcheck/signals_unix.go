//go:build unix && !(linux && !(mips || mipsle || mips64 || mips64le))

package main

import (
	"os"
	"syscall"
)

// raise sends sig to the process when the Go runtime, its handler reset,
// dies of it (SIGHUP, SIGINT, SIGTERM); for the others its default would
// be a stack dump, so the caller exits with 128 + the number instead.
func raise(sig syscall.Signal) bool {
	switch sig {
	case syscall.SIGHUP, syscall.SIGINT, syscall.SIGTERM:
		return syscall.Kill(os.Getpid(), sig) == nil
	}
	return false
}
