package entity

import (
	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/text"
)

// finder holds the state of one FindIn call.
type finder struct {
	r    *Recognizer
	text string
	// toks are the sentence's words (see words.go), fine its shared
	// tokens, which the phrase matcher reads. When a word joins several
	// tokens, at[i] is the token word i starts at and wordOf[k] the word
	// token k starts, or -1 inside a word; both are nil when every word is
	// one token.
	toks, fine []text.Token
	at, wordOf []int32
	// The phrases each word starts are looked up once, on the first
	// match there: they are hits[first[i]-1:] up to a nil phrase.
	// first[i] is -1 where no phrase starts and 0 before the look-up.
	first     []int32
	hits      []hit
	cands     int // the words where a phrase may start
	titleCase bool
	out       []claims.Mention
}

// hit is a phrase that starts at a word and the words it covers.
type hit struct {
	ph *phrase
	n  int
}

// init prepares f to read sentence s.
func (f *finder) init(r *Recognizer, s *text.Sentence) {
	f.r, f.text, f.fine = r, s.Text, s.Tokens
	f.toks = r.words(s, r.knownWord)
	size := len(f.toks)
	if len(f.toks) != len(f.fine) {
		size += len(f.toks) + 1 + len(f.fine) + 1
	}
	buf := make([]int32, size)
	f.first = buf[:len(f.toks)]
	if len(f.toks) != len(f.fine) {
		f.indexWords(buf[len(f.toks):])
	}
	for i := range f.toks {
		if !isWord(f.toks[i]) || !r.starts(f.fine[f.tokenAt(i)].Fold) {
			f.first[i] = -1
		} else {
			f.cands++
		}
	}
	f.titleCase = titleCase(f.toks)
}

// indexWords maps words to tokens and back in buf, when some word joins
// several tokens.
func (f *finder) indexWords(buf []int32) {
	f.at, f.wordOf = buf[:len(f.toks)+1], buf[len(f.toks)+1:]
	for k := range f.wordOf {
		f.wordOf[k] = -1
	}
	k := 0
	for i, t := range f.toks {
		for f.fine[k].Span.Start < t.Span.Start {
			k++
		}
		f.at[i], f.wordOf[k] = int32(k), int32(i)
	}
	f.at[len(f.toks)], f.wordOf[len(f.fine)] = int32(len(f.fine)), int32(len(f.toks))
}

// tokenAt returns the token word i starts at.
func (f *finder) tokenAt(i int) int {
	if f.at == nil {
		return i
	}
	return int(f.at[i])
}

// wordAt returns the word token k starts, or -1 when k is inside a word.
func (f *finder) wordAt(k int) int {
	if f.wordOf == nil {
		return k
	}
	return int(f.wordOf[k])
}

// match returns the longest phrase of one of kinds starting at word i,
// and the number of words it covers.
func (f *finder) match(i int, kinds phraseKind) (*phrase, int) {
	if i >= len(f.toks) || f.first[i] < 0 {
		return nil, 0
	}
	if f.first[i] == 0 {
		f.lookUp(i)
	}
	for _, h := range f.hits[f.first[i]-1:] {
		if h.ph == nil {
			break
		}
		if h.ph.kind&kinds != 0 {
			return h.ph, h.n
		}
	}
	return nil, 0
}

// lookUp lists the phrases that start at word i, longest first, as the
// matcher finds them one after the other.
func (f *finder) lookUp(i int) {
	start := f.tokenAt(i)
	if f.hits == nil {
		// Room for a phrase and the end mark at every candidate.
		f.hits = make([]hit, 0, 2*f.cands)
	}
	from := len(f.hits)
	f.first[i] = int32(from + 1)
	var misfits []*phrase
	fresh := func(ph *phrase) bool {
		for _, h := range f.hits[from:] {
			if h.ph == ph {
				return false
			}
		}
		for _, m := range misfits {
			if m == ph {
				return false
			}
		}
		return true
	}
	for {
		end, ph, ok := f.r.phrases.AtFunc(f.fine, start, fresh)
		if !ok {
			break
		}
		if f.fits(ph, start, end) {
			f.hits = append(f.hits, hit{ph, f.withPeriod(ph, f.wordAt(end)) - i})
		} else {
			// The tokens match but the words do not ("Badan Mata-Mata"
			// is not "Badan mata-mata"): look on for a shorter phrase.
			misfits = append(misfits, ph)
		}
	}
	f.hits = append(f.hits, hit{})
}

// fits reports whether phrase ph, matched over tokens [start, end), starts
// a word of the text wherever it starts one of its own words and nowhere
// else. A period the matcher stepped over must be a word of its own
// between two words ("Lt. Gen.").
func (f *finder) fits(ph *phrase, start, end int) bool {
	k := start
	for n := range ph.folds {
		t := f.fine[k]
		if n > 0 && t.Fold == "." && !t.Space && ph.folds[n] != "." {
			if !ph.starts[n] || f.wordAt(k) < 0 {
				return false
			}
			k++
		}
		if (f.wordAt(k) >= 0) != ph.starts[n] {
			return false
		}
		k++
	}
	return k == end && f.wordAt(end) >= 0
}

// withPeriod returns the word after a match of ph ending before word j,
// taking in the period of an abbreviated rank or title ("Lt.", "Dr.").
func (f *finder) withPeriod(ph *phrase, j int) int {
	if j < len(f.toks) && f.toks[j].Text == "." && !f.toks[j].Space && len(ph.last) <= 4 && ph.kind&(kindRank|kindTitle|kindHonorific) != 0 {
		return j + 1
	}
	return j
}

func (f *finder) run() []claims.Mention {
	for i := 0; i < len(f.toks); {
		if !isWord(f.toks[i]) {
			i++
			continue
		}
		if n := f.thing(i); n > i {
			i = n
			continue
		}
		if p, ok := f.person(i); ok {
			i = f.emitPerson(p)
			continue
		}
		if n := f.known(i); n > i {
			i = n
			continue
		}
		if n := f.capsRun(i); n > i {
			i = n
			continue
		}
		i++
	}
	return f.out
}

// thing emits the code, vessel or team at word i and returns the word
// after it, or i.
func (f *finder) thing(i int) int {
	if t := f.toks[i]; !t.Cap && !t.Caps {
		return i // every code, vessel and team opens with a capital
	}
	if n := f.code(i); n > i {
		return n
	}
	if f.titleCase {
		return i
	}
	if n := f.vessel(i); n > i {
		return n
	}
	return f.team(i)
}
