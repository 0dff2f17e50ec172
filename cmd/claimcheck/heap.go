package main

import "runtime/debug"

// comparePercent is the garbage collector's GOGC once a run has extracted
// its articles' claims. Extraction makes garbage fast and holds little (a
// corpus's claims are packed into bytes the collector never scans), so
// it keeps Go's default of 100. The comparison and the report then hold
// the findings' claims, unpacked, and make little garbage: with a
// collection each time the heap grows by 40% instead of doubling, the
// peak of a 100,000-article check is 1,080–1,097 MB, against 1,202–1,211
// at 50 (for 1% less CPU) and 1,425 at 100 (README, "Speed and memory").
const comparePercent = 40

// largeRun is the number of claims from which a run lowers the
// collector's headroom after extraction. A smaller run peaks at a few
// hundred megabytes whatever GOGC, and its report may make much garbage
// (the Markdown and HTML reports diff every side's words): at 10,000
// articles, 126,000 claims, GOGC 40 would take a JSON check's peak from
// 156 to 126 MB, and cost the Markdown report a fifth more CPU (21.3 to
// 25.1 s).
const largeRun = 250_000

// lowerHeadroom returns what main calls once a run's claims are
// extracted: for a run of largeRun claims or more it sets the collector
// to comparePercent. When the user chose their own GOGC, it returns nil
// and nothing changes.
func lowerHeadroom(getenv func(string) string) func(claims int) {
	if getenv("GOGC") != "" {
		return nil
	}
	return func(claims int) {
		if claims >= largeRun {
			debug.SetGCPercent(comparePercent)
		}
	}
}
