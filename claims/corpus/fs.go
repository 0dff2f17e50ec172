package corpus

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// FileSystem is what a Loader reads: the operating system's files by
// default, another implementation in tests (a file that cannot be read
// even by root). Names are paths as the user gave them.
type FileSystem interface {
	// Open opens a file for reading.
	Open(name string) (io.ReadCloser, error)
	// Stat describes a file, following symbolic links.
	Stat(name string) (fs.FileInfo, error)
	// ReadDir lists a folder.
	ReadDir(name string) ([]fs.DirEntry, error)
}

// OS is the operating system's file system.
type OS struct{}

// Open opens name with os.Open.
func (OS) Open(name string) (io.ReadCloser, error) { return os.Open(name) }

// Stat describes name with os.Stat.
func (OS) Stat(name string) (fs.FileInfo, error) { return os.Stat(name) }

// ReadDir lists name with os.ReadDir.
func (OS) ReadDir(name string) ([]fs.DirEntry, error) { return os.ReadDir(name) }

// sameFile reports whether a and b describe the same file; infos that do
// not come from the operating system never match, which is right for an
// in-memory file system without links.
func sameFile(a, b fs.FileInfo) bool { return os.SameFile(a, b) }

// describe turns a file-system error into a reason without the path the
// Error already names, with what to do where that is clear.
func describe(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, syscall.ELOOP):
		return "symlink loop: too many levels of symbolic links; fix or remove the link"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied: cannot be read (check its permissions)"
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or folder"
	case errors.Is(err, syscall.EISDIR):
		return "is a folder, not a file"
	}
	return err.Error()
}

// IOFS reads an io/fs file system, such as an embed.FS or a
// testing/fstest.MapFS: articles held in memory load like files. Paths are
// the file system's own (slash-separated, unrooted).
type IOFS struct{ FS fs.FS }

// Open opens name in the file system.
func (f IOFS) Open(name string) (io.ReadCloser, error) { return f.FS.Open(name) }

// Stat describes name with fs.Stat.
func (f IOFS) Stat(name string) (fs.FileInfo, error) { return fs.Stat(f.FS, name) }

// ReadDir lists name with fs.ReadDir.
func (f IOFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(f.FS, name) }

// Size is how much input a Load would read: the files it would open and
// their bytes.
type Size struct {
	Files int
	Bytes int64
}

// Count walks paths as Load would, without opening a file, and returns
// how many files Load would meet (Progress.Files counts them, read or
// skipped for their extension) and the size of those it would read, so that progress can be
// shown against a total. Standard input counts as one file of unknown
// size; what cannot be listed is left out (Load reports it).
func (l *Loader) Count(paths []string) Size {
	fsys := l.FS
	if fsys == nil {
		fsys = OS{}
	}
	var n Size
	var walk func(dir string, depth int)
	walk = func(dir string, depth int) {
		entries, _ := fsys.ReadDir(dir)
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".") {
				continue
			}
			p := filepath.Join(dir, e.Name())
			info, err := fsys.Stat(p)
			switch {
			case err != nil:
			case info.IsDir():
				if depth < maxCountDepth {
					walk(p, depth+1)
				}
			case info.Mode().IsRegular():
				n.Files++ // Load also counts a file it skips as done
				if formatOfExt(p) != "" {
					n.Bytes += info.Size()
				}
			}
		}
	}
	for _, p := range paths {
		if p == "-" {
			n.Files++
			continue
		}
		info, err := fsys.Stat(p)
		switch {
		case err != nil:
		case info.IsDir():
			walk(p, 0)
		default:
			n.Files++
			n.Bytes += info.Size()
		}
	}
	return n
}

// maxCountDepth stops Count in a symlink loop, which Load detects by
// file identity; no corpus is nested this deep.
const maxCountDepth = 64
