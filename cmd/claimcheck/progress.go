package main

import (
	"time"

	"github.com/schollz/progressbar/v3"
)

// progressAfter is how many documents a run reads before it draws a
// progress indicator: a small corpus is done before anyone would look.
const progressAfter = 20

// progress draws a spinner with the count of documents read on a
// terminal's standard error. The loader does not know the corpus size up
// front, so it counts rather than fills a bar. It does nothing unless
// stderr is a terminal and --quiet is off.
type progress struct {
	s   *Streams
	on  bool
	bar *progressbar.ProgressBar
}

func newProgress(s *Streams, quiet bool) *progress {
	return &progress{s: s, on: s.ErrTTY && !quiet}
}

// Update reports that docs documents have been read.
func (p *progress) Update(docs int) {
	if !p.on || docs < progressAfter {
		return
	}
	if p.bar == nil {
		p.bar = progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(p.s.ErrOut),
			progressbar.OptionSetDescription("reading articles"),
			progressbar.OptionShowCount(),
			progressbar.OptionSpinnerType(14),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	_ = p.bar.Set(docs) // drawing errors on a terminal are not worth failing a check
}

// Done clears the indicator.
func (p *progress) Done() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
