package main

import (
	"fmt"
	"io"
	"time"

	"github.com/claimcheck/claimcheck/pipeline"
)

// progressAfter is how long a run goes before progress is drawn: a small
// corpus is done before anyone would look.
const progressAfter = 300 * time.Millisecond

// progressEvery is how often the line is redrawn at most.
const progressEvery = 100 * time.Millisecond

// progress draws one line on a terminal's standard error saying how far
// each stage has come against its total: reading (files and megabytes,
// counted before the run, with the documents read and extracted),
// comparing (claims) and writing (findings). It does nothing unless
// stderr is a terminal and --quiet is off, so a pipe or a CI log never
// gets it.
type progress struct {
	w     io.Writer
	on    bool
	now   func() time.Time
	start time.Time
	last  time.Time
	stage string
	drawn bool
}

func newProgress(s *Streams, quiet bool) *progress {
	p := &progress{w: s.ErrOut, on: s.ErrTTY && !quiet, now: time.Now}
	p.start = p.now()
	return p
}

// Step reports a pipeline stage.
func (p *progress) Step(st pipeline.Step) {
	if !p.on {
		return
	}
	switch st.Stage {
	case pipeline.StageRead:
		line := fmt.Sprintf("reading %d/%d files", st.Done, st.Total)
		if st.TotalBytes > 0 {
			line += fmt.Sprintf(" (%.1f/%.1f MB)", float64(st.Bytes)/1e6, float64(st.TotalBytes)/1e6)
		}
		p.draw(string(st.Stage), line+fmt.Sprintf(", %d documents, %d extracted", st.Documents, st.Extracted))
	case pipeline.StageCompare:
		if st.Done == 0 {
			p.draw(string(st.Stage), fmt.Sprintf("comparing %d claims…", st.Total))
		} else {
			p.draw(string(st.Stage), fmt.Sprintf("comparing %d/%d claims", st.Done, st.Total))
		}
	}
}

// Writing reports that done of total findings (or claims) are written.
func (p *progress) Writing(done, total int) {
	if p.on {
		p.draw("writing", fmt.Sprintf("writing the report %d/%d", done, total))
	}
}

// draw redraws the line, at most every progressEvery within a stage and
// only once the run has gone on for progressAfter.
func (p *progress) draw(stage, line string) {
	now := p.now()
	if now.Sub(p.start) < progressAfter {
		return
	}
	if stage == p.stage && now.Sub(p.last) < progressEvery {
		return
	}
	p.stage, p.last, p.drawn = stage, now, true
	fmt.Fprintf(p.w, "\r%s\x1b[K", line)
}

// Done clears the line.
func (p *progress) Done() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}
