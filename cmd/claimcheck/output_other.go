//go:build !unix

package main

import (
	"io/fs"
	"os"
)

// chownLike does nothing where files have no Unix owner.
func chownLike(*os.File, fs.FileInfo) error { return nil }

// hardLinked reports false where link counts are not known.
func hardLinked(fs.FileInfo) bool { return false }
