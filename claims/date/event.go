package date

import (
	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/text"
)

// weakPenalty is how many words farther a weak event ("terjadi") counts;
// maxEventDistance is the highest score an event word may have to date
// the date: its distance in words and marks (a whole other date counting
// as one), doubled plus one after the date, plus weakPenalty for a weak
// event.
const (
	// weakPenalty keeps a weak event behind a noun as near as before
	// nouns counted nounPenalty farther.
	weakPenalty = 5 + nounPenalty
	// nounPenalty is how many words farther an event noun counts than a
	// verb ("the blaze" against "put out").
	nounPenalty = 2
	// Indonesian datelines put the day after the place at the end of the
	// sentence ("meresmikan Jembatan Teluk Seruni di Kabupaten Kubu Raya,
	// Kalimantan Barat, Senin (15/7/2024)"), so a verb may stand far
	// before its date: up to maxLeadDistance, as a court's lead names
	// the sentenced, with office and age, in between ("menjatuhkan vonis
	// 6 tahun penjara kepada mantan kepala dinas pekerjaan umum, Bambang
	// Haryono (52), Rabu (25/11/2026)": 16 words and marks). After the
	// date, maxEventDistance holds: "On March 11, 2011, a magnitude 9.0
	// undersea earthquake far from the capital struck" in a background
	// sentence dates no event.
	maxEventDistance = 14
	maxLeadDistance  = 18
	// maxReportDistance is how far before the date a reporting verb
	// makes it a statement's date ("said Sunday", "said on Sunday").
	maxReportDistance = 1
)

// Event returns the key of the event the date mention m dates in the
// sentence doc[sent.Start:sent.End] ("visit", "arrive"), or "" when none
// is found. It tokenizes the sentence and calls EventIn.
func (r *Recognizer) Event(doc string, sent claims.Span, m claims.Mention) string {
	s := sentence(doc, sent)
	defer s.release()
	return r.EventIn(&s.Sentence, m)
}

// EventIn returns the key of the event the date mention m dates in the
// tokenized sentence s ("visit", "arrive"), or "" when none is found. An
// event word after a blocker of the pack ("setelah longsor", "after the
// quake") came before and is skipped, unless it stands right by the date
// ("after the quake on Friday"). Otherwise the nearest wins: the event
// word of the pack nearest to the mention, counted in words, outside any
// date; a word after the date counts twice its distance, as in both
// languages the verb usually comes before the date that dates it
// ("visited Kyiv on Saturday", "erupsi pada Sabtu"), and a weak event
// ("terjadi") counts weakPenalty words farther ("Gempa terjadi pukul
// 17.02" dates the quake); none farther than maxLeadDistance before the
// date, or maxEventDistance after it, counts. A reporting verb of the
// pack just before the date competes too: when it
// is nearest, the date dates a statement ("Officials said Sunday,
// December 5 that the toll rose") and EventIn returns "".
func (r *Recognizer) EventIn(s *text.Sentence, m claims.Mention) string {
	key, _ := r.EventWordIn(s, m)
	return key
}

// EventWordIn is EventIn that also returns where the event word is written
// (zero when there is none): a speech verb that is itself the event
// ("warned on Saturday") dates the warning, not a statement about
// another event.
func (r *Recognizer) EventWordIn(s *text.Sentence, m claims.Mention) (string, claims.Span) {
	return r.EventWordScanned(r.Scan(s), m)
}

// EventWordScanned is EventWordIn on a scanned sentence.
func (r *Recognizer) EventWordScanned(sc Scanned, m claims.Mention) (string, claims.Span) {
	e := eventScan{r: r, ts: sc.s.Tokens}
	if !e.findMention(m) {
		return "", claims.Span{}
	}
	e.number(sc.cs)
	key, from, to := e.nearest()
	if key == "" {
		return "", claims.Span{}
	}
	return key, text.Cover(e.ts[from:to])
}

// eventScan is the search for the event word that dates one mention.
type eventScan struct {
	r  *Recognizer
	ts []text.Token
	// from and to are the mention's tokens.
	from, to int
	// pos numbers the words of the sentence; inDate marks the tokens
	// inside a date.
	pos    []int
	inDate []bool
}

// findMention finds the tokens of mention m; it reports false when m is
// not in the sentence.
func (e *eventScan) findMention(m claims.Mention) bool {
	e.from = -1
	for k, t := range e.ts {
		if t.Span.Start >= m.Span.Start && t.Span.End <= m.Span.End {
			if e.from < 0 {
				e.from = k
			}
			e.to = k + 1
		}
	}
	return e.from >= 0
}

// number numbers the words and marks of the sentence, a whole date of cs
// counting as one, so that a date between an event word and the mention
// is one step. A possessive "'s" counts as the mark and the word it is
// written as, as it did when the distances above were set.
func (e *eventScan) number(cs []cand) {
	e.inDate = make([]bool, len(e.ts))
	e.pos = make([]int, len(e.ts))
	n, c := 0, 0
	for k, t := range e.ts {
		for c < len(cs) && cs[c].to <= k {
			c++
		}
		in := c < len(cs) && cs[c].from <= k
		e.inDate[k] = in
		switch {
		case in && k != cs[c].from:
		case t.Possessive():
			n += 2
		default:
			n++
		}
		e.pos[k] = n
	}
}

// nearest returns the key of the best-scoring event word outside every
// date and its tokens [from, to), "" when a reporting verb scores best or
// none is near enough. A noun counts nounPenalty words farther, and of two
// words scoring alike a verb wins: the verb governs the date ("put out
// the blaze at 23.40" dates the putting out).
func (e *eventScan) nearest() (best string, from, to int) {
	bestScore, bestNoun := -1, false
	for k := 0; k < len(e.ts); k++ {
		if e.inDate[k] {
			continue
		}
		key, end, ok := e.wordAt(k)
		if !ok || e.compound(k) {
			continue
		}
		dist, score, ok := e.score(k, end, key)
		if !ok {
			continue
		}
		if key != "" && dist > 1 && e.r.blocked(e.ts, k) {
			k = end - 1
			continue
		}
		noun := e.r.eventNouns.Has(e.ts, k)
		if noun && !e.against(k, end) {
			score += nounPenalty
		}
		start := k
		if e.r.weakEvents[key] {
			// "Kebakaran terjadi di ..., pada Minggu": what occurred is
			// the event the weak verb's subject names, dated as near
			// as the verb stands.
			if j, subject, ok := e.subject(k); ok {
				key, start, score, noun = subject, j, score-weakPenalty, false
			}
		}
		if e.reaches(score, end) && (bestScore < 0 || score < bestScore || score == bestScore && bestNoun && !noun) {
			best, bestScore, bestNoun, from, to = key, score, noun, start, end
		}
		k = end - 1
	}
	return best, from, to
}

// reaches reports whether an event word ending at end, of score, is near
// enough to date the mention: maxLeadDistance before it, maxEventDistance
// after.
func (e *eventScan) reaches(score, end int) bool {
	if end <= e.from {
		return score <= maxLeadDistance
	}
	return score <= maxEventDistance
}

// maxSubjectGap is how many words may stand between a weak event and the
// event word before it that is its subject ("kebakaran itu terjadi", "the
// fire that broke out").
const maxSubjectGap = 2

// subject returns the event word the weak event at k says occurred: the
// nearest event word of at most two words before it, not weak itself,
// with at most maxSubjectGap words and no mark or date between.
func (e *eventScan) subject(k int) (at int, key string, ok bool) {
	for j := k - 1; j >= 0 && j >= k-maxSubjectGap-2; j-- {
		if e.inDate[j] || e.ts[j].Kind != text.Word {
			return 0, "", false
		}
		end, key, ok := e.r.events.At(e.ts, j)
		if !ok || end > k {
			continue
		}
		if e.r.weakEvents[key] || e.pos[k]-e.pos[end-1]-1 > maxSubjectGap {
			return 0, "", false
		}
		return j, key, true
	}
	return 0, "", false
}

// against reports whether the event word [k, end) is written against the
// mention, or after its possessive ("Tuesday's blast", "gempa Jumat"): a
// noun there is the one the date dates.
func (e *eventScan) against(k, end int) bool {
	return end == e.from || k == e.to || k == e.to+1 && e.ts[e.to].Possessive()
}

// compound reports whether the word at k ends a hyphenated compound
// ("worst-hit villages", "quake-hit town"): an adjective, not the event.
func (e *eventScan) compound(k int) bool {
	return k >= 2 && e.ts[k-1].Text == "-" && !e.ts[k-1].Space && !e.ts[k].Space && e.ts[k-2].Kind == text.Word
}

// wordAt matches an event word at k, or a reporting verb that ends at
// most maxReportDistance words before the mention ("said on Sunday"),
// whose key is "": it makes the date the statement's.
func (e *eventScan) wordAt(k int) (key string, end int, ok bool) {
	if end, key, ok := e.r.events.At(e.ts, k); ok {
		return key, end, true
	}
	end, _, ok = e.r.reports.At(e.ts, k)
	if !ok || end > e.from || e.pos[e.from]-e.pos[end-1]-1 > maxReportDistance {
		return "", k, false
	}
	return "", end, true
}

// score returns the distance in words between the mention and the event
// word [k, end) with key, and its score: the distance before the mention,
// twice it plus one after, weakPenalty more for a weak event. It reports
// false for a word inside the mention.
func (e *eventScan) score(k, end int, key string) (dist, score int, ok bool) {
	switch {
	case end <= e.from:
		dist = e.pos[e.from] - e.pos[end-1] - 1
		score = dist
	case k >= e.to:
		dist = e.pos[k] - e.pos[e.to-1] - 1
		score = 2*dist + 1
	default:
		return 0, 0, false
	}
	if e.r.weakEvents[key] {
		score += weakPenalty
	}
	return dist, score, true
}

// blocked reports whether the event word at ts[k] follows a blocker, just
// before it or with up to three words between ("setelah longsor", "after
// the quake", "setelah kapal itu tenggelam"); a mark or a possessive
// between ends the search.
func (r *Recognizer) blocked(ts []text.Token, k int) bool {
	for b := k - 1; b >= max(k-6, 0); b-- {
		if ts[b].Kind == text.Punct || ts[b].Possessive() {
			return false
		}
		if end, _, m := r.eventBlockers.At(ts, b); m && end <= k && end >= k-3 {
			return true
		}
	}
	return false
}
