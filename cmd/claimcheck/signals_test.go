//go:build linux

package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// signalChildEnv names the --output path a re-run of the test binary
// writes to, as a child process that is then killed (TestMain).
const signalChildEnv = "CLAIMCHECK_TEST_SIGNAL_CHILD"

func TestMain(m *testing.M) {
	if p := os.Getenv(signalChildEnv); p != "" {
		signalChild(p)
	}
	os.Exit(m.Run())
}

// signalChild catches signals as main does, starts writing a report to
// path (a temporary file beside it), says "ready" on standard output and
// waits to be killed.
//
// With path "-" it writes lines to standard output until a write fails,
// and then says why and exits 2, as a run does.
func signalChild(path string) {
	_ = syscall.Setrlimit(syscall.RLIMIT_CORE, &syscall.Rlimit{}) // SIGQUIT and SIGABRT dump no core
	temps := &tempFiles{}
	catchSignals(temps)
	if path == "-" {
		err := writeOutput(path, os.Stdout, temps, func(w io.Writer) error {
			for {
				if _, err := io.WriteString(w, "a line of the report\n"); err != nil {
					return err
				}
			}
		})
		fmt.Fprintln(os.Stderr, "claimcheck:", err)
		os.Exit(2)
	}
	err := writeOutput(path, nil, temps, func(w io.Writer) error {
		io.WriteString(w, strings.Repeat("x", 1<<20))
		fmt.Println("ready")
		time.Sleep(time.Minute)
		return errors.New("not killed")
	})
	fmt.Fprintln(os.Stderr, "child:", err)
	os.Exit(3)
}

// startChild runs the test binary as a signal child writing to path,
// through a shell that ignores the signals listed, and waits until its
// temporary file is on disk.
func startChild(t *testing.T, path string, ignored ...string) *exec.Cmd {
	t.Helper()
	script := `exec "$0" -test.run='^$'`
	if len(ignored) > 0 {
		script = "trap '' " + strings.Join(ignored, " ") + "; " + script
	}
	cmd := exec.Command("/bin/sh", "-c", script, os.Args[0])
	cmd.Env = append(os.Environ(), signalChildEnv+"="+path)
	cmd.Dir = filepath.Dir(path)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if line != "ready\n" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("child said %q (%v)\nwant ready", line, err)
	}
	return cmd
}

// killedBy waits for cmd and reports the signal it died of, nil when it
// exited.
func killedBy(t *testing.T, cmd *exec.Cmd) os.Signal {
	t.Helper()
	_ = cmd.Wait()
	ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus)
	if !ok || !ws.Signaled() {
		t.Logf("exit status %d", cmd.ProcessState.ExitCode())
		return nil
	}
	return ws.Signal()
}

// TestSignalsRemoveTemp: a run killed by any catchable signal that ends
// it, while --output's temporary file is on disk, leaves no temporary
// file and the old report whole, and dies of that signal (not an exit
// status), so that its caller sees what happened.
func TestSignalsRemoveTemp(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a process per signal")
	}
	for _, s := range append(endingSignals, pipeSignal) {
		sig := s.(syscall.Signal)
		t.Run(sig.String(), func(t *testing.T) {
			if signal.Ignored(sig) {
				t.Skipf("this test process was started ignoring %v, and so is its child", sig)
			}
			dir := t.TempDir()
			p := filepath.Join(dir, "r.json")
			writeFile(t, p, report1, 0o600)
			cmd := startChild(t, p)
			if names := dirNames(t, dir); len(names) != 2 {
				t.Errorf("while writing: got %q\nwant the report and a temporary file", names)
			}
			cmd.Process.Signal(sig)
			if got := killedBy(t, cmd); got != sig {
				t.Errorf("the child died of %v\nwant %v", got, sig)
			}
			if names := dirNames(t, dir); len(names) != 1 || names[0] != "r.json" {
				t.Errorf("after %v: got %q\nwant only r.json", sig, names)
			}
			if b, _ := os.ReadFile(p); string(b) != report1 {
				t.Errorf("after %v the report holds %q\nwant the old one", sig, b)
			}
		})
	}
}

// TestSignalIgnoredStaysIgnored: a signal the run was started ignoring
// (SIGHUP under nohup) is not caught: the run goes on, and a later
// SIGTERM still cleans up.
func TestSignalIgnoredStaysIgnored(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a process")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "r.json")
	cmd := startChild(t, p, "HUP")
	cmd.Process.Signal(syscall.SIGHUP)
	time.Sleep(200 * time.Millisecond) // a caught SIGHUP would end it now
	if names := dirNames(t, dir); len(names) != 1 || !strings.HasPrefix(names[0], ".r.json.") {
		t.Errorf("after an ignored SIGHUP: got %q\nwant the temporary file, still written", names)
	}
	cmd.Process.Signal(syscall.SIGTERM)
	if got := killedBy(t, cmd); got != syscall.SIGTERM {
		t.Errorf("the child died of %v\nwant %v", got, syscall.SIGTERM)
	}
	if names := dirNames(t, dir); len(names) != 0 {
		t.Errorf("after SIGTERM: got %q\nwant an empty folder", names)
	}
}

// TestBrokenStdoutDiesQuietly: a report written to standard output that
// a pipe's reader stops reading (`claimcheck check x | head`) ends the
// run by SIGPIPE, silently, as a Go program does: SIGPIPE is caught only
// while --output has a temporary file on disk.
func TestBrokenStdoutDiesQuietly(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a process")
	}
	if signal.Ignored(syscall.SIGPIPE) {
		t.Skip("this test process was started ignoring SIGPIPE, and so is its child")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), signalChildEnv+"=-")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if line, err := bufio.NewReader(out).ReadString('\n'); err != nil {
		t.Fatalf("read %q: %v", line, err)
	}
	out.Close()
	if got := killedBy(t, cmd); got != syscall.SIGPIPE {
		t.Errorf("the child died of %v\nwant %v", got, syscall.SIGPIPE)
	}
	if stderr.Len() > 0 {
		t.Errorf("standard error: %q\nwant nothing", stderr.String())
	}
}

// TestTempFilesWatch: the watcher hears of the first temporary file and
// of the last one's removal, once each.
func TestTempFilesWatch(t *testing.T) {
	var heard []bool
	temps := &tempFiles{}
	temps.watch(func(on bool) { heard = append(heard, on) })
	temps.add("a")
	temps.add("b")
	temps.remove("a")
	temps.remove("a")
	temps.remove("b")
	temps.remove("c")
	if fmt.Sprint(heard) != "[true false]" {
		t.Errorf("heard %v\nwant [true false]", heard)
	}
}
