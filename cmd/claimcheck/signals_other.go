//go:build !unix

package main

import "syscall"

// raise cannot send a signal here: the caller exits with 128 + its
// number.
func raise(syscall.Signal) bool { return false }
