// Command readsplit is the floor any extractor stands on: it reads every
// .txt and .md file under its arguments and splits it into words, doing
// nothing else. scripts/bench.sh times it on the same corpus as claimcheck.
//
//	readsplit [-j N] PATH...
//
// prints "files F bytes B words W". With -j above 1 the files are read by N
// goroutines, to compare with a parallel pipeline.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

type count struct{ files, bytes, words int64 }

func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("readsplit", flag.ContinueOnError)
	fl.SetOutput(stderr)
	jobs := fl.Int("j", 1, "files read at once")
	if err := fl.Parse(args); err != nil || fl.NArg() == 0 || *jobs < 1 {
		fmt.Fprintln(stderr, "usage: readsplit [-j N] PATH...")
		return 2
	}
	var files []string
	for _, root := range fl.Args() {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			ext := strings.ToLower(filepath.Ext(path))
			if !d.IsDir() && (ext == ".txt" || ext == ".md") {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			fmt.Fprintf(stderr, "readsplit: %v\n", err)
			return 1
		}
	}
	sort.Strings(files)
	var (
		mu    sync.Mutex
		total count
		wg    sync.WaitGroup
		fail  error
	)
	next := make(chan string)
	for range *jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var c count
			for path := range next {
				b, w, err := split(path)
				if err != nil {
					mu.Lock()
					fail = err
					mu.Unlock()
					continue
				}
				c.files++
				c.bytes += b
				c.words += w
			}
			mu.Lock()
			total.files += c.files
			total.bytes += c.bytes
			total.words += c.words
			mu.Unlock()
		}()
	}
	for _, f := range files {
		next <- f
	}
	close(next)
	wg.Wait()
	if fail != nil {
		fmt.Fprintf(stderr, "readsplit: %v\n", fail)
		return 1
	}
	fmt.Fprintf(stdout, "files %d bytes %d words %d\n", total.files, total.bytes, total.words)
	return 0
}

// split reads the file at path and counts its bytes and words.
func split(path string) (bytes, words int64, err error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, 0, err
	}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	sc.Buffer(make([]byte, 64*1024), len(data)+1)
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		words++
	}
	return int64(len(data)), words, sc.Err()
}
