package main

import (
	"math"
	"runtime/debug"
)

// extractPercent is the garbage collector's GOGC from the start of a run,
// and extractLimit the most heap it lets that take before it collects
// anyway (Go's soft memory limit). Extraction makes garbage fast and
// holds little (a corpus's claims are packed into bytes the collector
// never scans): with a collection each time the heap triples rather than
// doubles, a check of 10,000 articles takes 7-8% less time and 20-30 MB
// more (185 MB), and the limit keeps a large corpus's heap while it
// extracts under the peak its comparison reaches anyway (README, "Speed
// and memory"). A run of fewer than largeRun claims keeps both to its
// end: it holds a few hundred megabytes at most, far under the limit.
const (
	extractPercent = 200
	extractLimit   = 768 << 20
)

// comparePercent is GOGC once a large run has extracted its claims. The
// comparison and the report then hold the findings' claims, unpacked,
// and make little garbage: with a collection each time the heap grows
// by 40% instead of doubling, the peak of a 100,000-article check is
// 1,080–1,097 MB, against 1,202–1,211 at 50 (for 1% less CPU) and 1,425
// at 100.
const comparePercent = 40

// largeRun is the number of claims from which a run lowers the
// collector's headroom after extraction. A smaller run peaks at a few
// hundred megabytes whatever GOGC, and its report may make much garbage
// (the Markdown and HTML reports diff every side's words): at 10,000
// articles, 126,000 claims, GOGC 40 would take a JSON check's peak from
// 156 to 126 MB, and cost the Markdown report a fifth more CPU (21.3 to
// 25.1 s at GOGC 100).
const largeRun = 250_000

// headroom sets the collector for extraction (extractPercent, under
// extractLimit) and returns what main calls once a run's claims are
// extracted: for a run of largeRun claims or more, it lifts the limit and
// sets GOGC to comparePercent. When the user chose their own GOGC,
// nothing changes and it returns nil; a GOMEMLIMIT of theirs is left as
// it is.
func headroom(getenv func(string) string) func(claims int) {
	if getenv("GOGC") != "" {
		return nil
	}
	ownLimit := getenv("GOMEMLIMIT") != ""
	debug.SetGCPercent(extractPercent)
	if !ownLimit {
		debug.SetMemoryLimit(extractLimit)
	}
	return func(claims int) {
		if claims < largeRun {
			return
		}
		if !ownLimit {
			debug.SetMemoryLimit(math.MaxInt64)
		}
		debug.SetGCPercent(comparePercent)
	}
}
