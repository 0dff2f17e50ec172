package lexicon_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/claims/lang"
	"github.com/claimcheck/claimcheck/claims/lang/builtin"
	"github.com/claimcheck/claimcheck/claims/lang/lexicon"
	"github.com/claimcheck/claimcheck/claims/text"
)

// TestCoverage reports, for the stories in the folders that
// LEXICON_COVERAGE names (separated by ":"; each subfolder a story), how
// many counted nouns — the words after a number — get a key in each
// language, and which keys meet across the languages of one story. It
// measures, it asserts nothing: run it with -v.
//
//	LEXICON_COVERAGE=/work/shared/corpus/dev:/work/notes/new-stories go test ./claims/lang/lexicon -run Coverage -v
func TestCoverage(t *testing.T) {
	roots := os.Getenv("LEXICON_COVERAGE")
	if roots == "" {
		t.Skip("LEXICON_COVERAGE names no folder")
	}
	packs, lex := builtin.Packs(), lexicon.New()
	total := map[string]*tally{}
	for _, root := range strings.Split(roots, ":") {
		stories, _ := filepath.Glob(filepath.Join(root, "*"))
		for _, dir := range stories {
			if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
				continue
			}
			nouns := storyNouns(t, packs, lex, dir)
			report(t, filepath.Base(dir), nouns)
			for lang, ns := range nouns {
				if total[lang] == nil {
					total[lang] = &tally{}
				}
				total[lang].add(ns)
			}
		}
	}
	for lang, tl := range total {
		t.Logf("%s: %d counted nouns (%d distinct), %d with a key (%d distinct); %d of a pack concept, %d with a key or a concept",
			lang, tl.all, len(tl.distinct), tl.keyed, len(tl.distinctKeyed), tl.concepts, tl.either)
		var none []string
		for w := range tl.distinct {
			if !tl.distinctKeyed[w] {
				none = append(none, w)
			}
		}
		sort.Strings(none)
		t.Logf("%s without a key: %s", lang, strings.Join(none, ", "))
	}
}

// noun is one counted noun: its words' lemmas, the lexicon's key and how
// many of the words it spans, and whether a pack concept counts it.
type noun struct {
	lemmas  []string
	key     string
	n       int
	concept bool
}

type tally struct {
	all, keyed, concepts    int
	either                  int
	distinct, distinctKeyed map[string]bool
}

func (tl *tally) add(ns []noun) {
	if tl.distinct == nil {
		tl.distinct, tl.distinctKeyed = map[string]bool{}, map[string]bool{}
	}
	for _, n := range ns {
		tl.all++
		tl.distinct[n.lemmas[0]] = true
		if n.key != "" {
			tl.keyed++
			tl.distinctKeyed[n.lemmas[0]] = true
		}
		if n.concept {
			tl.concepts++
		}
		if n.concept || n.key != "" {
			tl.either++
		}
	}
}

// storyNouns returns the counted nouns of a story's documents by language.
func storyNouns(t *testing.T, packs *lang.Set, lex *lexicon.Lexicon, dir string) map[string][]noun {
	out := map[string][]noun{}
	loader := corpus.Loader{Packs: packs}
	errs := loader.Load([]string{dir}, func(d *claims.Document) {
		p := packs.Get(d.Language)
		if p == nil {
			return
		}
		out[d.Language] = append(out[d.Language], docNouns(p, lex, d)...)
	})
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	return out
}

// docNouns finds the words after each number of a document: a number is
// digits (with their group marks) or a number word, with any multiplier
// after it; what follows counts unless it is a unit, a month, a
// function word or punctuation.
func docNouns(p *lang.Pack, lex *lexicon.Lexicon, d *claims.Document) []noun {
	skip := skipWords(p)
	classifier := map[string]bool{}
	for _, c := range p.Numbers.Classifiers {
		for _, w := range strings.Fields(c) {
			classifier[text.Fold(w)] = true
		}
	}
	toks := text.Tokenize(d.Text, d.Body, nil)
	var out []noun
	for i := 0; i < len(toks); i++ {
		if !isNumber(p, toks[i]) {
			continue
		}
		j := i + 1
		for j < len(toks) && (glued(toks, j) || p.Numbers.Multipliers[toks[j].Fold] != 0 || isNumber(p, toks[j]) || classifier[toks[j].Fold]) {
			j++
		}
		var lemmas []string
		for k := j; k < len(toks) && k < j+4 && toks[k].Kind == text.Word; k++ {
			lemmas = append(lemmas, p.Inflection.Lemma(joinHyphen(toks, &k)))
		}
		i = j - 1
		// Skipped: a word glued to the number is a suffix ("5th",
		// "1990s"); a capitalized one a name.
		if len(lemmas) == 0 || skip[lemmas[0]] || skip[toks[j].Fold] || toks[j].Cap || toks[j].Caps || toks[j].Glued() {
			continue
		}
		n := noun{lemmas: lemmas, concept: concept(p, toks[j].Fold)}
		n.key, n.n, _ = lex.Match(p.Code, lemmas)
		out = append(out, n)
	}
	return out
}

// joinHyphen returns the fold of the word at *k, joined with a glued
// hyphen and word after it ("rumah-rumah"), moving *k past them.
func joinHyphen(toks []text.Token, k *int) string {
	w := toks[*k].Fold
	for *k+2 < len(toks) && toks[*k+1].IsHyphen() && toks[*k+1].Glued() && toks[*k+2].Glued() && toks[*k+2].Kind == text.Word {
		w += "-" + toks[*k+2].Fold
		*k += 2
	}
	return w
}

// glued reports whether toks[j] continues a number: a group mark or
// digits written against the token before.
func glued(toks []text.Token, j int) bool {
	return toks[j].Glued() && toks[j].Kind != text.Word && (toks[j].Kind == text.Number || toks[j].Is(".") || toks[j].Is(","))
}

func isNumber(p *lang.Pack, t text.Token) bool {
	_, word := p.Numbers.Words[t.Fold]
	return t.Kind == text.Number || word
}

// skipWords are the words after a number that are no counted noun.
func skipWords(p *lang.Pack) map[string]bool {
	out := map[string]bool{}
	for _, u := range p.Units {
		for _, w := range u.Words {
			out[text.Fold(w)] = true
		}
	}
	for m := range p.Dates.Months {
		out[text.Fold(m)] = true
	}
	for m := range p.Dates.Weekdays {
		out[text.Fold(m)] = true
	}
	for _, w := range p.Text.CommonWords {
		out[text.Fold(w)] = true
	}
	for w := range p.Numbers.Words {
		out[text.Fold(w)] = true
	}
	return out
}

// concept reports whether a pack concept lists the word.
func concept(p *lang.Pack, w string) bool {
	for _, c := range p.Concepts {
		for _, x := range c.Words {
			if text.Fold(x) == w {
				return true
			}
		}
	}
	return false
}

// report logs a story's counted nouns and the keys both languages share.
func report(t *testing.T, story string, nouns map[string][]noun) {
	keys := map[string]map[string]bool{}
	for lang, ns := range nouns {
		keys[lang] = map[string]bool{}
		var words []string
		for _, n := range ns {
			w := strings.Join(n.lemmas[:max(n.n, 1)], " ")
			if n.key != "" {
				keys[lang][n.key] = true
				w += "=" + n.key
			}
			words = append(words, w)
		}
		sort.Strings(words)
		t.Logf("%s %s: %s", story, lang, strings.Join(uniq(words), ", "))
	}
	if len(keys) < 2 {
		return
	}
	var meet []string
	for k := range keys["en"] {
		if keys["id"][k] {
			meet = append(meet, k)
		}
	}
	sort.Strings(meet)
	t.Logf("%s meet: %s", story, strings.Join(meet, ", "))
}

func uniq(s []string) []string {
	var out []string
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}
