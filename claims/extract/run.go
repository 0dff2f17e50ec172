package extract

import (
	"runtime"
	"sync"

	"github.com/claimcheck/claimcheck/claims"
)

// Run extracts the claims of every document that load yields, on workers
// goroutines (GOMAXPROCS when workers < 1), and calls emit once per
// document, in the order load yielded them, with the document's claims.
// emit is never called concurrently. Documents are handed to emit as soon
// as every earlier one has been, so memory holds only the documents in
// flight plus whatever emit keeps.
func (e *Extractor) Run(load func(yield func(*claims.Document)), workers int, emit func(*claims.Document, []*claims.Claim)) {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		seq int
		doc *claims.Document
	}
	type result struct {
		job
		claims []*claims.Claim
	}
	jobs := make(chan job, workers*2)
	results := make(chan result, workers*2)
	// slots bounds the documents in flight, so that one slow document
	// cannot make the reorder buffer grow without limit.
	slots := make(chan struct{}, workers*4)
	go func() {
		seq := 0
		load(func(d *claims.Document) {
			slots <- struct{}{}
			jobs <- job{seq: seq, doc: d}
			seq++
		})
		close(jobs)
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- result{job: j, claims: e.Document(j.doc)}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	// Reorder: hold results that arrive early until their turn.
	pending := map[int]result{}
	next := 0
	for r := range results {
		pending[r.seq] = r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			emit(p.doc, p.claims)
			<-slots
			next++
		}
	}
}
