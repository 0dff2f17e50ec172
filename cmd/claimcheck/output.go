package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// How --output writes, by what the path names:
//
//   - nothing yet: a new file, written under a temporary name beside it and
//     renamed into place, so that a failed run leaves no half file;
//   - a regular file: replaced the same way, with its mode and owner kept;
//     written in place instead when a rename would lose something (the
//     folder takes no new file, the file has other hard links, or its
//     owner cannot be given back);
//   - a symbolic link: followed, and its target written as above, so the
//     link stays a link;
//   - anything else (a device such as /dev/null, a FIFO, a terminal, or
//     /dev/stdout, which names the process's own standard output): opened
//     and written as it is, never created, truncated or replaced.
type outputKind uint8

const (
	outNew     outputKind = iota + 1 // no file yet: create by rename
	outReplace                       // a regular file: replace by rename
	outInPlace                       // a regular file a rename would harm
	outDirect                        // not a regular file: write into it
)

// outputTarget is what --output resolved to.
type outputTarget struct {
	kind outputKind
	// path is the file written: the --output path with its symbolic
	// links resolved, except through /proc and /dev/fd, whose links name
	// open files rather than paths.
	path string
	info fs.FileInfo // the existing file, for outReplace and outInPlace
}

// maxLinks bounds the symbolic links followed, as the kernel does.
const maxLinks = 40

// resolveOutput says how path is to be written.
func resolveOutput(path string) (outputTarget, error) {
	p := path
	for range maxLinks {
		info, err := os.Lstat(p)
		if errors.Is(err, fs.ErrNotExist) {
			return outputTarget{kind: outNew, path: p}, nil
		}
		if err != nil {
			return outputTarget{}, err
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			return existingTarget(p, info)
		}
		if magicLink(p) {
			return outputTarget{kind: outDirect, path: p}, nil
		}
		to, err := os.Readlink(p)
		if err != nil {
			return outputTarget{}, err
		}
		if !filepath.IsAbs(to) {
			to = filepath.Join(filepath.Dir(p), to)
		}
		if magicLink(to) {
			return outputTarget{kind: outDirect, path: p}, nil
		}
		p = to
	}
	return outputTarget{}, fmt.Errorf("%s: too many levels of symbolic links", path)
}

// magicLink reports whether p is a link of /proc or /dev/fd (what
// /dev/stdout points to): it names an open file, a pipe or a terminal,
// which is written as it is, never looked up as a path.
func magicLink(p string) bool {
	p = filepath.Clean(p)
	return strings.HasPrefix(p, "/proc/") || strings.HasPrefix(p, "/dev/fd/")
}

// existingTarget says how an existing file that is no symbolic link is
// written.
func existingTarget(p string, info fs.FileInfo) (outputTarget, error) {
	switch {
	case info.IsDir():
		return outputTarget{}, fmt.Errorf("%s: is a folder; name a file", p)
	case !info.Mode().IsRegular():
		return outputTarget{kind: outDirect, path: p}, nil
	case hardLinked(info):
		return outputTarget{kind: outInPlace, path: p, info: info}, nil
	}
	return outputTarget{kind: outReplace, path: p, info: info}, nil
}

// writeOutput writes what render produces to path as outputTarget
// describes, or to out when path is "" or "-". temps, when set, holds the
// temporary file while it exists, so that an interrupted run removes it.
func writeOutput(path string, out io.Writer, temps *tempFiles, render func(io.Writer) error) error {
	if path == "" || path == "-" {
		return render(out)
	}
	t, err := resolveOutput(path)
	if err != nil {
		return fmt.Errorf("--output: %w", err)
	}
	switch t.kind {
	case outDirect:
		err = writeDirect(t.path, render)
	case outInPlace:
		err = writeInPlace(t.path, render)
	default:
		err = writeRenamed(t, temps, render)
	}
	if err != nil {
		return fmt.Errorf("--output: %w", err)
	}
	return nil
}

// writeDirect writes into a file that is not a regular file: a device, a
// FIFO, a terminal, the process's own standard output. It is opened for
// appending, so that a shell's `>>` behind /dev/stdout is honoured, and
// never created or truncated.
func writeDirect(path string, render func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return err
	}
	return renderTo(f, render)
}

// writeInPlace overwrites a regular file where it is, keeping its inode
// and so its mode, owner and hard links.
func writeInPlace(path string, render func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		return err
	}
	return renderTo(f, render)
}

// renderTo renders into f through a buffer and closes it.
func renderTo(f *os.File, render func(io.Writer) error) error {
	w := bufio.NewWriter(f)
	err := render(w)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// newFileMode is the mode of a report written where no file was.
const newFileMode = 0o644

// writeRenamed renders into a temporary file beside the target and
// renames it into place: the report streams to disk, and a failed or
// interrupted run leaves the old file as it was and no temporary file.
// A replaced file's mode and owner are given to the new one; when the
// folder takes no new file, or the owner cannot be given back, the file
// is written in place instead.
func writeRenamed(t outputTarget, temps *tempFiles, render func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(t.path), "."+filepath.Base(t.path)+".*")
	if err != nil {
		if t.kind == outReplace {
			return writeInPlace(t.path, render)
		}
		return err
	}
	temps.add(tmp.Name())
	defer temps.remove(tmp.Name())
	defer os.Remove(tmp.Name()) // a no-op once renamed
	mode := fs.FileMode(newFileMode)
	if t.kind == outReplace {
		mode = t.info.Mode().Perm()
		if err := chownLike(tmp, t.info); err != nil {
			tmp.Close()
			return writeInPlace(t.path, render)
		}
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return err
	}
	if err := renderTo(tmp, render); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), t.path)
}

// tempFiles are the temporary files a run has on disk. main removes them
// when the run is interrupted by a signal; a nil *tempFiles tracks
// nothing.
type tempFiles struct {
	mu     sync.Mutex
	paths  map[string]bool
	closed bool // removeAll has run: the process is ending
	// onDisk, when set, is told when the first temporary file is added
	// (true) and when the last is gone (false).
	onDisk func(bool)
}

// watch has f told when temporary files come to be on disk and when
// none is left.
func (t *tempFiles) watch(f func(bool)) {
	if t == nil {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	t.onDisk = f
}

// add records a temporary file; after removeAll it removes it at once.
func (t *tempFiles) add(p string) {
	if t == nil {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.closed {
		os.Remove(p)
		return
	}
	if t.paths == nil {
		t.paths = map[string]bool{}
	}
	t.paths[p] = true
	if len(t.paths) == 1 && t.onDisk != nil {
		t.onDisk(true)
	}
}

// remove forgets a temporary file that was renamed or removed.
func (t *tempFiles) remove(p string) {
	if t == nil {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.paths[p] {
		return
	}
	delete(t.paths, p)
	if len(t.paths) == 0 && t.onDisk != nil {
		t.onDisk(false)
	}
}

// removeAll deletes every temporary file still on disk, and any added
// later.
func (t *tempFiles) removeAll() {
	if t == nil {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	for p := range t.paths {
		os.Remove(p)
	}
	t.paths, t.closed = nil, true
}
