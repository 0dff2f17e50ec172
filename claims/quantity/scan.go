package quantity

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/text"
)

// scan is the state of one FindIn call.
type scan struct {
	r    *Recognizer
	text string
	// toks are the sentence's tokens with each number's marks joined to
	// its digits ("3.000" is one token), mask each token's bits (see
	// phrases).
	toks []text.Token
	mask []uint64
	dec  byte
	// settled is set when a number of the sentence settles which mark is
	// the decimal one.
	settled bool
	// counted are the quantities found so far with their own noun.
	counted []countedAt
	// found holds the tokens of each quantity returned, left is the first
	// token of the last one.
	found []tokRange
	left  int
	// slab holds the quantities of this call (see newQuantity); starts
	// counts its numbers in digits, most of which start one.
	slab   []claims.Quantity
	starts int
	// listUnit is the unit written before the last quantity, for the
	// numbers listed after it.
	listUnit *unit
	// buf holds the joined tokens (see tokens); like own.Tokens, it may
	// hold on to a document's text until the pool lets go of the scan.
	buf []text.Token
	// rd is the reading under way.
	rd reading
	// own is the sentence Find tokenizes, its tokens in the buffer of
	// the last call.
	own text.Sentence
	// refused collects the numbers refused with a reason, when
	// keepRefused is set (RefusedIn).
	refused     []Refusal
	keepRefused bool
}

// tokRange is a quantity's first and end token.
type tokRange struct{ left, end int }

// countedAt is a quantity found with its own noun, by tokens.
type countedAt struct {
	start, end int
	concept    string
}

// find reads the quantities of sent.
func (s *scan) find(r *Recognizer, sent *text.Sentence) []claims.Mention {
	if len(sent.Tokens) == 0 {
		return nil
	}
	s.begin(r, sent)
	out := s.all()
	s.finish()
	return out
}

// begin readies s for sentence sent: the number tokens, the masks, the
// decimal mark.
func (s *scan) begin(r *Recognizer, sent *text.Sentence) {
	s.r, s.text = r, sent.Text
	s.toks = s.tokens(sent)
	s.mask = s.mask[:0]
	s.starts = 0
	for _, t := range s.toks {
		s.mask = append(s.mask, r.firstBits(t.Fold))
		if t.Kind == text.Number {
			s.starts++
		}
	}
	s.dec = s.evidence()
	s.counted, s.listUnit, s.found, s.slab = s.counted[:0], nil, s.found[:0], nil
}

// tokens returns the sentence's tokens as the reader sees them (see
// oneToken). It is text.Join with two savings that matter on every
// sentence with a number: the joined tokens go into a buffer kept between
// calls, and a joined number written as it folds ("3.000") takes its fold
// from the text instead of a new string.
func (s *scan) tokens(sent *text.Sentence) []text.Token {
	toks := sent.Tokens
	first := 1
	for first < len(toks) && (toks[first].Space || !oneToken(toks, first)) {
		first++
	}
	if first >= len(toks) {
		return toks
	}
	out := append(s.buf[:0], toks[:first]...)
	for i := first; i < len(toks); i++ {
		t := toks[i]
		if t.Space || !oneToken(toks, i) {
			out = append(out, t)
			continue
		}
		last := &out[len(out)-1]
		asWritten := last.Fold == last.Text && t.Fold == t.Text
		last.Span.End = t.Span.End
		last.Text = sent.Text[last.Span.Start:last.Span.End]
		if asWritten {
			last.Fold = last.Text
		} else {
			last.Fold += t.Fold
		}
		if t.Kind == text.Word { // a possessive: "BNPB'S" stays in capitals
			last.Caps = last.Caps && strings.HasSuffix(t.Text, "S")
		}
	}
	s.buf = out
	return out
}

// oneToken reports whether token i, glued to the one before, belongs to it
// in the reader's view: a number's marks and the digits after them, as in
// text.Numbers ("3.000", "1,234.5"), and a possessive "'s", which makes
// its word a modifier, never a counted noun ("300 police's vehicles" counts
// no police).
func oneToken(toks []text.Token, i int) bool {
	t, p := toks[i], toks[i-1]
	switch {
	case t.Kind == text.Number:
		return p.Kind == text.Punct && (p.Fold == "." || p.Fold == ",") && !p.Space && i >= 2 && toks[i-2].Kind == text.Number
	case t.Fold == "." || t.Fold == ",":
		return p.Kind == text.Number && i+1 < len(toks) && toks[i+1].Kind == text.Number && !toks[i+1].Space
	}
	return t.Kind == text.Word && t.Fold == "'s" && p.Kind == text.Word
}

// finish lets go of the sentence and the quantities, which belong to the
// caller.
func (s *scan) finish() {
	s.text, s.toks, s.slab, s.rd = "", nil, nil, reading{}
	s.own.Text = ""
}

// all reads every quantity of the sentence, left to right.
func (s *scan) all() []claims.Mention {
	var out []claims.Mention
	est := s.starts // numbers in digits: about how many quantities
	last := 0
	for i := 0; i < len(s.toks); {
		k := s.toks[i].Kind
		if k == text.Punct && vulgarFractions[s.toks[i].Text] == 0 || k == text.Word && s.mask[i]&startBit == 0 {
			i++
			continue
		}
		m, next, ok := s.at(i, last)
		if ok {
			if out == nil {
				out = make([]claims.Mention, 0, max(est, 2))
			}
			out = append(out, m)
			s.found = append(s.found, tokRange{s.left, next})
			last = next
			if !m.Quantity.NounSpan.IsZero() {
				s.counted = append(s.counted, countedAt{start: i, end: next, concept: m.Quantity.Concept})
			}
		}
		i = max(next, i+1)
	}
	s.share(out)
	return out
}

// evidence returns the decimal mark the sentence's numbers settle, or the
// pack's. Only amounts count: not a clock time (see clockAt), nor a run
// of digits that is no number ("20.03.2024").
func (s *scan) evidence() byte {
	dot, comma := 0, 0
	for k, t := range s.toks {
		if t.Kind != text.Number || s.clockAt(k) {
			continue
		}
		if _, ok := parseDigits(t.Fold, s.r.dec); !ok {
			continue
		}
		switch marks(t.Fold) {
		case '.':
			dot++
		case ',':
			comma++
		}
	}
	s.settled = dot+comma > 0
	switch {
	case dot > 0 && comma == 0:
		return '.'
	case comma > 0 && dot == 0:
		return ','
	}
	return s.r.dec
}

// marks returns the decimal mark that number raw settles, or 0: two
// different marks (the last is decimal), one mark used twice (the other is
// decimal), or a lone mark followed by other than three digits or after a
// lone zero.
func marks(raw string) byte {
	nd, nc, last, lastAt := 0, 0, byte(0), 0
	for i := 0; i < len(raw); i++ {
		if c := raw[i]; c == '.' || c == ',' {
			if c == '.' {
				nd++
			} else {
				nc++
			}
			last, lastAt = c, i
		}
	}
	switch {
	case nd > 0 && nc > 0:
		return last
	case nd > 1:
		return ','
	case nc > 1:
		return '.'
	case nd+nc == 1 && (len(raw)-lastAt-1 != 3 || raw[0] == '0'):
		return last
	}
	return 0
}

// clockAt reports whether the number token k is written as a time of day
// ("14.36 WIB", "pukul 09.30"): hours and minutes with a clock word after
// or an intro before.
func (s *scan) clockAt(k int) bool {
	d, ok := parseDigits(s.toks[k].Fold, s.r.dec)
	return ok && d.clock && (s.r.clockAfter.has(s, k+1) || s.r.clockIntros.ends(s, k, 0))
}

// lookup finds word token i in m, by its fold.
func (s *scan) lookup(m map[string]float64, i int) (float64, bool) {
	t := s.toks[i]
	if t.Kind != text.Word || s.mask[i]&numBit == 0 {
		return 0, false
	}
	v, ok := m[t.Fold]
	return v, ok
}

// inSet reports whether word token i is in m, by its fold.
func (s *scan) inSet(m map[string]bool, i int) bool {
	t := s.toks[i]
	return t.Kind == text.Word && s.mask[i]&numBit != 0 && m[t.Fold]
}

// glued reports whether token i touches the token before it.
func (s *scan) glued(i int) bool { return i > 0 && i < len(s.toks) && !s.toks[i].Space }

// punct reports whether token i is the punctuation mark c, as written.
func (s *scan) punct(i int, c string) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := s.toks[i]
	return t.Kind == text.Punct && t.Text == c
}

// openingQuote reports whether token i is a quotation mark that opens a
// quote: spaced from the word before, glued to the word after ('58
// "provocateurs"').
func (s *scan) openingQuote(i int) bool {
	if !s.punct(i, `"`) && !s.punct(i, "“") {
		return false
	}
	return !s.glued(i) && s.glued(i+1) && s.kind(i+1) == text.Word
}

// closingQuote reports whether token i is a quotation mark that closes a
// quote: glued to the word before.
func (s *scan) closingQuote(i int) bool {
	return s.punct(i, "”") || s.punct(i, `"`) && s.glued(i) && s.kind(i-1) == text.Word
}

// isHyphen reports whether token i is a hyphen or a dash that can join
// words or the ends of a range.
func (s *scan) isHyphen(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].Kind != text.Punct {
		return false
	}
	switch s.toks[i].Text {
	case "-", "–", "—", "‑":
		return true
	}
	return false
}

// kind returns the kind of token i, or 0 past the ends.
func (s *scan) kind(i int) text.Kind {
	if i < 0 || i >= len(s.toks) {
		return 0
	}
	return s.toks[i].Kind
}

// skipGlued returns the index of the first token after i that does not
// touch the one before it.
func (s *scan) skipGlued(i int) int {
	j := i + 1
	for j < len(s.toks) && !s.toks[j].Space {
		j++
	}
	return j
}

// skipPhone skips a run of digit groups that make one phone number.
func (s *scan) skipPhone(i int) int {
	j := s.skipGlued(i)
	for j < len(s.toks) && s.toks[j].Kind == text.Number {
		j = s.skipGlued(j)
	}
	return j
}

// span returns the text span of tokens from to end.
func (s *scan) span(from, end int) claims.Span {
	return claims.Span{Start: s.toks[from].Span.Start, End: s.toks[end-1].Span.End}
}

// newQuantity returns a zero Quantity from the call's slab, sized by the
// numbers in digits, so that a sentence's quantities cost about one
// allocation. The slab is never reused across calls: the quantities belong
// to the caller.
func (s *scan) newQuantity() *claims.Quantity {
	if len(s.slab) == cap(s.slab) {
		s.slab = make([]claims.Quantity, 0, max(s.starts, 2))
		s.starts = 0
	}
	s.slab = s.slab[:len(s.slab)+1]
	return &s.slab[len(s.slab)-1]
}

// noteRefusal records a number refused with a reason, when the scan
// keeps them (RefusedIn).
func (s *scan) noteRefusal(rd *reading, v verdict) {
	if !s.keepRefused || v.reason == "" {
		return
	}
	end := min(max(rd.end, rd.numEnd, rd.i+1), len(s.toks))
	s.refused = append(s.refused, Refusal{Span: s.span(rd.left, end), Reason: v.reason})
}
