package report

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// blocks writes a top-level array of n elements, byte for byte as array
// writes it, rendering them a block of size elements at a time on
// GOMAXPROCS goroutines: block(o, k, lo, hi) appends elements lo to hi-1
// of block k to a buffer of its own, each after elem(o, i). The blocks are
// written out in order, with written(hi) called after each, and at most
// a few per goroutine are held at once, so the array is never whole in
// memory. block is called from many goroutines at once: it reads what
// nothing changes meanwhile, and keeps what it gathers by block.
//
// Rendering the claims and the findings took a fifth of a check of
// 100,000 articles on one core while the other stood idle.
func (j *jsonWriter) blocks(name string, n, size int, last bool, block func(o *jsonObject, k, lo, hi int), written func(hi int)) {
	if j.err != nil {
		return
	}
	j.raw("  \"" + name + "\": [")
	workers := runtime.GOMAXPROCS(0)
	type part struct {
		k, lo, hi int
		out       chan *jsonObject
	}
	todo := make(chan part)
	order := make(chan part, 2*workers)
	go func() {
		defer close(todo)
		defer close(order)
		for k, lo := 0, 0; lo < n; k, lo = k+1, lo+size {
			p := part{k: k, lo: lo, hi: min(lo+size, n), out: make(chan *jsonObject, 1)}
			order <- p
			todo <- p
		}
	}()
	var (
		stop atomic.Bool // nothing more is written: the rest need not be rendered
		free = sync.Pool{New: func() any { return new(jsonObject) }}
		wg   sync.WaitGroup
	)
	for range workers {
		wg.Go(func() {
			for p := range todo {
				o := free.Get().(*jsonObject)
				o.b, o.err = o.b[:0], nil
				if !stop.Load() {
					block(o, p.k, p.lo, p.hi)
				}
				p.out <- o
			}
		})
	}
	for p := range order {
		o := <-p.out
		if j.err == nil && !j.writeBlock(o) {
			stop.Store(true)
		}
		if j.err == nil && written != nil {
			written(p.hi)
		}
		free.Put(o)
	}
	wg.Wait()
	if j.err == nil {
		j.end(n, last)
	}
}

// elem starts element i of a top-level array written by blocks.
func elem(o *jsonObject, i int) {
	if i > 0 {
		o.b = append(o.b, ',')
	}
	o.b = append(o.b, "\n    "...)
}

// writeBlock writes out what is buffered, then o's bytes, and reports
// whether all went well (write).
func (j *jsonWriter) writeBlock(o *jsonObject) bool {
	if o.err != nil && j.o.err == nil {
		j.o.err = o.err
	}
	if !j.write() {
		return false
	}
	if _, err := j.w.Write(o.b); err != nil {
		j.err = err
	}
	return j.err == nil
}
