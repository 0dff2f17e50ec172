//go:build linux

package main

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

const report1 = "the report\n"

// renderString returns a render that writes s.
func renderString(s string) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := io.WriteString(w, s)
		return err
	}
}

// dirNames lists a folder, to see that no temporary file is left.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names
}

func writeFile(t *testing.T, p, s string, mode fs.FileMode) {
	t.Helper()
	if err := os.WriteFile(p, []byte(s), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(p, mode); err != nil { // past the umask
		t.Fatal(err)
	}
}

func symlink(t *testing.T, to, p string) {
	t.Helper()
	if err := os.Symlink(to, p); err != nil {
		t.Fatal(err)
	}
}

// TestWriteOutputRegular: a new file, a replaced file with its mode, a
// symbolic link written through (absolute, relative, in a chain, and
// dangling), a hard-linked file written in place.
func TestWriteOutputRegular(t *testing.T) {
	tests := []struct {
		Name string
		// Setup makes the folder and returns the --output path.
		Setup func(t *testing.T, dir string) string
		// Check names the file that must hold the report, its mode, and
		// the paths that must still be symbolic links.
		File  string
		Mode  fs.FileMode
		Links []string
		Names []string // the folder afterwards
	}{
		{
			Name:  "new file",
			Setup: func(t *testing.T, dir string) string { return filepath.Join(dir, "r.txt") },
			File:  "r.txt", Mode: 0o644, Names: []string{"r.txt"},
		},
		{
			Name: "0600 file keeps its mode",
			Setup: func(t *testing.T, dir string) string {
				writeFile(t, filepath.Join(dir, "r.txt"), "old old old old\n", 0o600)
				return filepath.Join(dir, "r.txt")
			},
			File: "r.txt", Mode: 0o600, Names: []string{"r.txt"},
		},
		{
			Name: "symlink written through",
			Setup: func(t *testing.T, dir string) string {
				writeFile(t, filepath.Join(dir, "target.txt"), "old\n", 0o640)
				symlink(t, filepath.Join(dir, "target.txt"), filepath.Join(dir, "link.txt"))
				return filepath.Join(dir, "link.txt")
			},
			File: "target.txt", Mode: 0o640, Links: []string{"link.txt"}, Names: []string{"link.txt", "target.txt"},
		},
		{
			Name: "relative symlink chain",
			Setup: func(t *testing.T, dir string) string {
				if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
					t.Fatal(err)
				}
				writeFile(t, filepath.Join(dir, "sub", "target.txt"), "old\n", 0o600)
				symlink(t, "target.txt", filepath.Join(dir, "sub", "l1"))
				symlink(t, "sub/l1", filepath.Join(dir, "l2"))
				return filepath.Join(dir, "l2")
			},
			File: "sub/target.txt", Mode: 0o600, Links: []string{"l2", "sub/l1"}, Names: []string{"l2", "sub"},
		},
		{
			Name: "dangling symlink creates its target",
			Setup: func(t *testing.T, dir string) string {
				symlink(t, "new.txt", filepath.Join(dir, "link.txt"))
				return filepath.Join(dir, "link.txt")
			},
			File: "new.txt", Mode: 0o644, Links: []string{"link.txt"}, Names: []string{"link.txt", "new.txt"},
		},
		{
			Name: "hard-linked file written in place",
			Setup: func(t *testing.T, dir string) string {
				writeFile(t, filepath.Join(dir, "a.txt"), "old\n", 0o600)
				if err := os.Link(filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")); err != nil {
					t.Skip("no hard links here:", err)
				}
				return filepath.Join(dir, "a.txt")
			},
			File: "b.txt", Mode: 0o600, Names: []string{"a.txt", "b.txt"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			dir := t.TempDir()
			out := tt.Setup(t, dir)
			if err := writeOutput(out, nil, &tempFiles{}, renderString(report1)); err != nil {
				t.Fatal(err)
			}
			file := filepath.Join(dir, tt.File)
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if string(data) != report1 {
				t.Errorf("%s: got %q\nwant %q", tt.File, data, report1)
			}
			info, err := os.Lstat(file)
			if err != nil {
				t.Fatal(err)
			}
			if runtime.GOOS != "windows" && info.Mode() != tt.Mode {
				t.Errorf("%s: got mode %v\nwant %v", tt.File, info.Mode(), tt.Mode)
			}
			for _, l := range tt.Links {
				if info, err := os.Lstat(filepath.Join(dir, l)); err != nil || info.Mode()&fs.ModeSymlink == 0 {
					t.Errorf("%s is no longer a symbolic link (%v)", l, err)
				}
			}
			if got := strings.Join(dirNames(t, dir), " "); got != strings.Join(tt.Names, " ") {
				t.Errorf("folder: got %q\nwant %q", got, strings.Join(tt.Names, " "))
			}
		})
	}
}

// TestWriteOutputFIFO: a FIFO is written into and stays a FIFO.
func TestWriteOutputFIFO(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFO here:", err)
	}
	got := make(chan string, 1)
	go func() {
		data, _ := os.ReadFile(fifo) // opens once the writer does
		got <- string(data)
	}()
	if err := writeOutput(fifo, nil, &tempFiles{}, renderString(report1)); err != nil {
		t.Fatal(err)
	}
	if s := <-got; s != report1 {
		t.Errorf("read from the FIFO: got %q\nwant %q", s, report1)
	}
	assertMode(t, fifo, fs.ModeNamedPipe)
	if names := dirNames(t, dir); len(names) != 1 {
		t.Errorf("folder: got %q\nwant the FIFO alone", names)
	}
}

// TestWriteOutputDevice: a character device made in a temporary folder
// (the null device, when running as root) is written into and stays a
// device; the machine's own /dev is never touched.
func TestWriteOutputDevice(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("making a device needs root")
	}
	dir := t.TempDir()
	dev := filepath.Join(dir, "null")
	if err := syscall.Mknod(dev, syscall.S_IFCHR|0o666, int(mkdev(1, 3))); err != nil {
		t.Skip("cannot make a device here:", err)
	}
	if err := writeOutput(dev, nil, &tempFiles{}, renderString(report1)); err != nil {
		t.Fatal(err)
	}
	assertMode(t, dev, fs.ModeDevice|fs.ModeCharDevice)
	if names := dirNames(t, dir); len(names) != 1 {
		t.Errorf("folder: got %q\nwant the device alone", names)
	}
}

// mkdev is Linux's device number of major and minor.
func mkdev(major, minor uint64) uint64 {
	return (major&0xfff)<<8 | (minor & 0xff) | (major&^0xfff)<<32 | (minor&^0xff)<<12
}

func assertMode(t *testing.T, p string, want fs.FileMode) {
	t.Helper()
	info, err := os.Lstat(p)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Type() != want {
		t.Errorf("%s: got type %v\nwant %v", p, info.Mode().Type(), want)
	}
}

// TestWriteOutputStdoutLink: a link to /proc/self/fd/N, as /dev/stdout
// is, writes into the open file N (here a pipe) without resolving it.
func TestWriteOutputStdoutLink(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	fdLink := filepath.Join("/proc/self/fd", strconv.Itoa(int(w.Fd())))
	if _, err := os.Stat(fdLink); err != nil {
		w.Close()
		t.Skip("no /proc/self/fd here")
	}
	dir := t.TempDir()
	stdout := filepath.Join(dir, "stdout")
	symlink(t, fdLink, stdout)
	got := make(chan string, 1)
	go func() {
		data, _ := io.ReadAll(r)
		got <- string(data)
	}()
	for _, p := range []string{stdout, fdLink} {
		if err := writeOutput(p, nil, &tempFiles{}, renderString(report1)); err != nil {
			t.Fatal(err)
		}
	}
	w.Close()
	if s := <-got; s != report1+report1 {
		t.Errorf("read from the pipe: got %q\nwant the report twice", s)
	}
	assertMode(t, stdout, fs.ModeSymlink)
}

// TestWriteOutputFailureKeepsOld: a render that fails leaves the old file
// as it was and no temporary file; a folder is refused.
func TestWriteOutputFailureKeepsOld(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "r.txt")
	writeFile(t, p, "old\n", 0o600)
	boom := errors.New("boom")
	err := writeOutput(p, nil, &tempFiles{}, func(w io.Writer) error {
		io.WriteString(w, strings.Repeat("x", 1<<20))
		return boom
	})
	if !errors.Is(err, boom) {
		t.Errorf("got %v\nwant the render's error", err)
	}
	if data, _ := os.ReadFile(p); string(data) != "old\n" {
		t.Errorf("old file: got %q\nwant it unchanged", data)
	}
	if names := dirNames(t, dir); len(names) != 1 {
		t.Errorf("folder: got %q\nwant r.txt alone", names)
	}
	if err := writeOutput(dir, nil, &tempFiles{}, renderString(report1)); err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Errorf("--output a folder: got %v\nwant an error saying it is a folder", err)
	}
}

// TestWriteOutputInterrupted: a signal while the report is written (here
// removeAll called from inside the render, as onSignal would) leaves no
// temporary file, and onSignal ends the process by that signal.
func TestWriteOutputInterrupted(t *testing.T) {
	dir := t.TempDir()
	temps := &tempFiles{}
	sigs := make(chan os.Signal, 1)
	died := make(chan os.Signal, 1)
	go onSignal(sigs, temps, func(sig os.Signal) { died <- sig })
	_ = writeOutput(filepath.Join(dir, "r.html"), nil, temps, func(w io.Writer) error {
		io.WriteString(w, strings.Repeat("x", 1<<20))
		if names := dirNames(t, dir); len(names) != 1 || !strings.HasPrefix(names[0], ".r.html.") {
			t.Errorf("while rendering: got %q\nwant one temporary file", names)
		}
		sigs <- syscall.SIGTERM
		if sig := <-died; sig != syscall.SIGTERM {
			t.Errorf("died of %v\nwant %v", sig, syscall.SIGTERM)
		}
		return errors.New("interrupted")
	})
	if names := dirNames(t, dir); len(names) != 0 {
		t.Errorf("after the signal: got %q\nwant an empty folder", names)
	}
}

// TestWriteOutputKeepsOwner: a replaced file keeps its owner and group
// (running as root, which may give a file away).
func TestWriteOutputKeepsOwner(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("giving a file to another owner needs root")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "r.txt")
	writeFile(t, p, "old\n", 0o640)
	if err := os.Chown(p, 4321, 4322); err != nil {
		t.Skip("cannot change owners here:", err)
	}
	if err := writeOutput(p, nil, &tempFiles{}, renderString(report1)); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	st := info.Sys().(*syscall.Stat_t)
	if st.Uid != 4321 || st.Gid != 4322 || info.Mode() != 0o640 {
		t.Errorf("got owner %d:%d mode %v\nwant 4321:4322 -rw-r-----", st.Uid, st.Gid, info.Mode())
	}
}
