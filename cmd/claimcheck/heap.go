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

// lowerHeadroom returns what main calls once a run's claims are
// extracted: it sets the collector to comparePercent, unless the user
// chose their own with GOGC (then it returns nil and nothing changes).
func lowerHeadroom(getenv func(string) string) func() {
	if getenv("GOGC") != "" {
		return nil
	}
	return func() { debug.SetGCPercent(comparePercent) }
}
