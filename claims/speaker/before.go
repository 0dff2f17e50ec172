package speaker

import (
	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/text"
)

// collectBefore gathers the speaker's words ending at word j, the word
// before the verb, walking back to the start of the clause. alt is the
// name before an apposition, for when the words found turn out to be a
// date or place ("Eynollahi, Rabu malam, mengumumkan").
func (f *finder) collectBefore(j int) (name, alt claims.Span) {
	j, ok := f.skipAuxiliaries(j)
	if !ok {
		return claims.Span{}, claims.Span{}
	}
	end, apposition := f.skipInsert(j)
	start, ok := f.nameWords(end)
	if !ok {
		return claims.Span{}, claims.Span{}
	}
	return f.settleName(start, end, apposition)
}

// skipAuxiliaries steps back from word j over the auxiliaries between a
// name and its verb ("Police have said", "telah mengonfirmasi"). A
// passive there ("were reported") means nobody speaks.
func (f *finder) skipAuxiliaries(j int) (int, bool) {
	if f.a.passives.EndsWord(f.WordView, j) && !f.a.auxiliaries.EndsWord(f.WordView, j) {
		return j, false
	}
	for j >= 0 {
		start, ok := f.a.auxiliaries.EndingWord(f.WordView, j, 0)
		if !ok {
			break
		}
		j = start - 1
	}
	return j, true
}

// negatedBefore reports whether a negation stands before the verb at
// word i, auxiliaries aside: "the mission has not explained", "polisi
// belum menyebut" attribute nothing to anyone.
func (f *finder) negatedBefore(i int) bool {
	j, _ := f.skipAuxiliaries(i - 1)
	return j >= 0 && f.a.negations.EndsWord(f.WordView, j)
}

// skipInsert steps back from word j over what stands between a name and
// its verb without being part of it, and reports an apposition: a comma
// right before the verb ends one ("Made Wirawan, head of the rescue
// office, said"), and a parenthesis closing there is an acronym or aside
// ("A spokesman for the agency (BNPB) said").
func (f *finder) skipInsert(j int) (end int, apposition bool) {
	if j >= 1 && f.Words[j].Fold == "," {
		j--
		apposition = true
	}
	if j >= 0 && f.Words[j].Fold == ")" {
		k := j - 1
		for k >= 0 && f.Words[k].Fold != "(" && j-k < maxSpeakerWords {
			k--
		}
		if k >= 0 && f.Words[k].Fold == "(" {
			j = k - 1
		}
	}
	return j, apposition
}

// nameWords walks back from word end to the start of the speaker's words:
// to punctuation, another reporting verb or a subordinator ("that"). A
// run too long for a name, or one that holds an auxiliary, is a clause.
func (f *finder) nameWords(end int) (start int, ok bool) {
	if f.a.nounMarker.EndsWord(f.WordView, end) {
		return 0, false // "weeks of reports": a noun, not a verb
	}
	j := end
	for j >= 0 && f.Words[j].Kind != text.Punct && end-j < maxSpeakerWords+1 {
		if f.a.after.EndsWord(f.WordView, j) || f.a.before.EndsWord(f.WordView, j) || f.a.subordinators.IsWord(f.WordView, j) {
			break
		}
		j--
	}
	start = j + 1
	if end-start+1 > maxSpeakerWords || start > end {
		return start, false
	}
	// An auxiliary inside the words means they are a clause ("Iwaya was
	// in Kyiv after weeks of"), not a name.
	for k := start + 1; k < end; k++ {
		if _, _, aux := f.a.auxiliaries.AtWord(f.WordView, k, len(f.Words)); aux && !f.Words[k].Cap {
			return start, false
		}
	}
	return start, true
}

// settleName decides which words start..end (inclusive) name the
// speaker: the name before an apposition, the name before an adjunct, or
// the words without the connectives that open their clause.
func (f *finder) settleName(start, end int, apposition bool) (name, alt claims.Span) {
	// In an apposition the name stands before the description.
	if apposition && start >= 2 && f.Words[start-1].Fold == "," {
		if before, _ := f.collectBefore(start - 2); !before.IsZero() {
			if !f.Words[start].Cap {
				return before, claims.Span{}
			}
			alt = before
		}
	}
	// A relative clause between commas before the verb ("Indonesia, yang
	// menempatkan 175 prajurit di sana, menyebut") is skipped for the
	// name before it.
	if apposition && start >= 3 && f.a.subordinators.IsWord(f.WordView, start-1) && f.Words[start-2].Fold == "," {
		name, _ := f.collectBefore(start - 3)
		return name, claims.Span{}
	}
	// An adjunct between commas before the verb ("X, pada Minggu,
	// mengatakan"; "X, on Sunday, said") is skipped for the name before it.
	if _, _, adjunct := f.a.stops.AtWord(f.WordView, start, end+1); adjunct && start >= 2 && f.Words[start-1].Fold == "," {
		name, _ := f.collectBefore(start - 2)
		return name, claims.Span{}
	}
	// Drop clause openers ("Meanwhile", "Sementara").
	for start <= end {
		next, _, ok := f.a.connectives.AtWord(f.WordView, start, end+1)
		if !ok {
			break
		}
		start = next
	}
	if start > end || !hasNameWord(f.Words[start:end+1]) {
		return claims.Span{}, claims.Span{}
	}
	return f.cover(start, end+1), alt
}
