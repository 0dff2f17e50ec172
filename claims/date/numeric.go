package date

import "github.com/claimcheck/claimcheck/claims/text"

// numRun is a run of numbers glued by one separator ("16/11/2024"): the
// indices of up to three numbers, the separator, and the index after it.
type numRun struct {
	at  [3]int
	n   int
	sep string
	end int
}

// numeric parses "16/11/2024", "2024-11-16", "16.11.2024", "5/12/21" and,
// inside parentheses or after a day word, "16/11".
func (s *scanner) numeric(i int, paren bool) (cand, bool) {
	from := i
	i, lead := s.after(s.r.dayWords, i)
	if i >= len(s.ts) || s.ts[i].Kind != text.Number || !s.leftFree(i) {
		return cand{}, false
	}
	run := s.numberRun(i)
	if run.n < 2 || !s.rightFree(run.end) {
		return cand{}, false
	}
	c := cand{from: from, to: run.end, kind: ckDate, written: s.doc[s.ts[i].Span.Start:s.ts[run.end-1].Span.End]}
	if _, iso := s.num(run.at[0], 4, 4); iso {
		return s.isoDate(c, run)
	}
	return s.dayMonthYear(c, run, paren || lead)
}

// numberRun collects the numbers at i glued by one separator, "/", "-" or
// ".": up to three.
func (s *scanner) numberRun(i int) numRun {
	run := numRun{at: [3]int{i}, n: 1, end: i + 1}
	for k := i + 1; run.n < 3 && s.glued(k) && s.glued(k+1) && s.ts[k].Kind == text.Punct && s.ts[k+1].Kind == text.Number; k += 2 {
		p := s.ts[k].Text
		if p != "/" && p != "-" && p != "." || run.sep != "" && p != run.sep {
			break
		}
		run.sep = p
		run.at[run.n] = k + 1
		run.n++
		run.end = k + 2
	}
	return run
}

// isoDate reads a run that starts with a four-digit year as year, month
// and day ("2024-11-16", "2024/11/16").
func (s *scanner) isoDate(c cand, run numRun) (cand, bool) {
	if run.n != 3 || run.sep == "." {
		return cand{}, false
	}
	y, _ := s.num(run.at[0], 4, 4)
	m, ok1 := s.num(run.at[1], 1, 2)
	d, ok2 := s.num(run.at[2], 1, 2)
	if !ok1 || !ok2 || m < 1 || m > 12 || d < 1 || d > 31 {
		return cand{}, false
	}
	c.y, c.m, c.d = y, m, d
	return c, true
}

// dayMonthYear reads a run as day and month in the pack's order, then the
// year: "16/11/2024", "11/16/2024" (MDY), "5/12/21". A date impossible in
// that order but valid in the other is read in the other. Day and month
// alone ("16/11") need short set: parentheses or a day word around them,
// as "16/11" alone may be a fraction or a score.
func (s *scanner) dayMonthYear(c cand, run numRun, short bool) (cand, bool) {
	a, ok1 := s.num(run.at[0], 1, 2)
	b, ok2 := s.num(run.at[1], 1, 2)
	if !ok1 || !ok2 {
		return cand{}, false
	}
	if run.n == 3 {
		y, ok := s.runYear(run)
		if !ok {
			return cand{}, false
		}
		c.y = y
	} else if run.sep != "/" || !short {
		return cand{}, false
	}
	d, m := a, b
	if s.r.mdy {
		d, m = b, a
	}
	if m > 12 && d <= 12 {
		d, m = m, d
	}
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return cand{}, false
	}
	c.m, c.d = m, d
	return c, true
}

// runYear reads the third number of a run as a year: four digits, or two
// after slashes ("5/12/21"), of this century up to 2069 and of the last
// from 70.
func (s *scanner) runYear(run numRun) (int, bool) {
	k := run.at[2]
	y, ok := s.num(k, 2, 4)
	switch {
	case !ok || len(s.ts[k].Fold) == 3:
		return 0, false
	case len(s.ts[k].Fold) == 4:
		return y, true
	case run.sep != "/":
		return 0, false
	}
	y += 2000
	if y >= 2070 {
		y -= 100
	}
	return y, true
}
