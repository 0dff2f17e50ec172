//go:build unix

package main

import (
	"io/fs"
	"os"
	"syscall"
)

// chownLike gives f the owner and group of the file info describes,
// unless they are already f's; it fails when the process may not.
func chownLike(f *os.File, info fs.FileInfo) error {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	mine, err := f.Stat()
	if err != nil {
		return err
	}
	if my, ok := mine.Sys().(*syscall.Stat_t); ok && my.Uid == st.Uid && my.Gid == st.Gid {
		return nil
	}
	return f.Chown(int(st.Uid), int(st.Gid))
}

// hardLinked reports whether a regular file has other names, which a
// rename over it would leave with the old report.
func hardLinked(info fs.FileInfo) bool {
	st, ok := info.Sys().(*syscall.Stat_t)
	return ok && st.Nlink > 1
}
