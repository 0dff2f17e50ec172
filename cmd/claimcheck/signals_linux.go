//go:build linux && !(mips || mipsle || mips64 || mips64le)

package main

import (
	"os"
	"syscall"
	"unsafe"
)

// raise sends sig to the process with its action set to the system's
// default (SIG_DFL) under the Go runtime's handler, so that it ends the
// process as it would a C program: the runtime's own default for SIGQUIT
// and SIGABRT is a stack dump and exit status 2, and it ignores a SIGPIPE
// another process sends. A zeroed struct sigaction is SIG_DFL with no
// flags and an empty mask whatever the architecture's layout (64 bytes
// covers them all); its signal set is 8 bytes outside MIPS, which is
// left out.
func raise(sig syscall.Signal) bool {
	var act [64]byte
	if _, _, e := syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(sig), uintptr(unsafe.Pointer(&act)), 0, 8, 0, 0); e != 0 {
		return false
	}
	return syscall.Kill(os.Getpid(), sig) == nil
}
