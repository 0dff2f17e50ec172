//go:build !linux

package corpus

import (
	"io"
	"os"
)

// openRegular opens a file that Stat found regular.
func (OS) openRegular(name string) (io.ReadCloser, error) { return os.Open(name) }
