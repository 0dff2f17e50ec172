package corpus

import (
	"io"
	"os"
	"syscall"
)

// openRegular opens a file that Stat found regular, as a bare descriptor:
// os.Open offers every file to the poller (refused for a disk file, after
// four fcntl calls to set and clear O_NONBLOCK) and registers a cleanup
// for it; for the thousands of small articles of a folder, open, read
// and close are all that is needed. A FIFO is opened by OS.Open.
func (OS) openRegular(name string) (io.ReadCloser, error) {
	for {
		fd, err := syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		switch err {
		case nil:
			return rawFile(fd), nil
		case syscall.EINTR:
			continue
		}
		return nil, &os.PathError{Op: "open", Path: name, Err: err}
	}
}

// rawFile is an open file descriptor read with read(2).
type rawFile int

// Read reads up to len(p) bytes; io.EOF at the end of the file.
func (f rawFile) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	for {
		n, err := syscall.Read(int(f), p)
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return 0, &os.PathError{Op: "read", Err: err}
		case n == 0:
			return 0, io.EOF
		}
		return n, nil
	}
}

// Close closes the descriptor.
func (f rawFile) Close() error { return syscall.Close(int(f)) }
