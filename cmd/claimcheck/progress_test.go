package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/pipeline"
)

func TestProgress(t *testing.T) {
	tests := []struct {
		Name  string
		TTY   bool
		Quiet bool
		Took  time.Duration // between two steps
		Want  []string      // lines drawn, in order
	}{
		{"terminal, long run", true, false, time.Second, []string{
			"reading 1/2 files (0.0/0.0 MB), 1 documents, 0 extracted",
			"reading 2/2 files (0.0/0.0 MB), 2 documents, 2 extracted",
			"comparing 40 claims…", "comparing 40/40 claims", "writing the report 3/6", "writing the report 6/6",
		}},
		{"terminal, quick run", true, false, time.Millisecond, nil},
		{"terminal, quiet", true, true, time.Second, nil},
		{"pipe", false, false, time.Second, nil},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			var buf bytes.Buffer
			clock := time.Unix(0, 0)
			p := newProgress(&Streams{ErrOut: &buf, ErrTTY: tt.TTY}, tt.Quiet)
			p.now = func() time.Time { clock = clock.Add(tt.Took); return clock }
			p.start = time.Unix(0, 0)
			p.Step(pipeline.Step{Stage: pipeline.StageRead, Done: 1, Total: 2, Bytes: 10, TotalBytes: 20, Documents: 1})
			p.Step(pipeline.Step{Stage: pipeline.StageRead, Done: 2, Total: 2, Bytes: 20, TotalBytes: 20, Documents: 2, Extracted: 2})
			p.Step(pipeline.Step{Stage: pipeline.StageCompare, Total: 40})
			p.Step(pipeline.Step{Stage: pipeline.StageCompare, Done: 40, Total: 40})
			p.Writing(3, 6)
			p.Writing(6, 6)
			p.Done()
			var got []string
			for _, l := range strings.Split(buf.String(), "\r") {
				if l = strings.TrimSuffix(l, "\x1b[K"); l != "" {
					got = append(got, l)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.Want, "\n") {
				t.Errorf("got %q\nwant %q", got, tt.Want)
			}
			if len(tt.Want) > 0 && !strings.HasSuffix(buf.String(), "\r\x1b[K") {
				t.Errorf("the line is not cleared at the end: %q", buf.String())
			}
		})
	}
}
