// Command freedict converts a FreeDict dictionary in dictd format into the
// compact table that claims/lang/lexicon embeds: one line per headword and
// part of speech, with the translations of each sense in order.
//
// The source is Debian's dict-freedict-eng-ind (FreeDict + WikDict,
// English → Indonesian, CC BY-SA 3.0). To regenerate the table:
//
//	cd /tmp && apt-get download dict-freedict-eng-ind && dpkg-deb -x dict-freedict-eng-ind_*.deb fd
//	go run ./scripts/freedict \
//		-index /tmp/fd/usr/share/dictd/freedict-eng-ind.index \
//		-dict /tmp/fd/usr/share/dictd/freedict-eng-ind.dict.dz \
//		-version "$(dpkg-deb -f /tmp/dict-freedict-eng-ind_*.deb Version)" \
//		-scowl /tmp/sc/usr/share/dict/scowl \
//		-scowl-version "$(dpkg-deb -f /tmp/scowl_*.deb Version)" \
//		-o claims/lang/lexicon/eng-ind.tsv
//
// where -scowl names the word lists of Debian's scowl package (SCOWL,
// Spell Checker Oriented Word Lists, by Kevin Atkinson), got the same way:
//
//	cd /tmp && apt-get download scowl && dpkg-deb -x scowl_*.deb sc
//
// and update claims/lang/lexicon/ATTRIBUTION.md when a version changes.
// SCOWL sorts English words into sizes by how common they are (10: the
// commonest, up to 95); a headword's level is the size of its rarest
// word, 100 when SCOWL lacks one (or -scowl is not given). The lexicon
// reads it to choose between English nouns that an Indonesian word
// translates equally well ("korban": "casualty", level 35, rather than
// "corban", level 70).
//
// The dictd format: the .index file has one line per headword, "headword
// TAB offset TAB length", offset and length in dictd's base64 digits,
// pointing into the uncompressed .dict (the .dict.dz is a gzip file,
// read whole). Each entry is a header line "headword /ipa/... <pos>",
// then its senses: a sense is one line of comma-separated translations,
// numbered "1. ", "2. " when there are several, followed by lines of
// English glosses; a line " 3." or a trailing " 2." numbers a gloss of
// the sense above and is skipped. Only the translations are kept.
//
// The table (UTF-8, folded as claims/text.Fold: lower case, no
// diacritics): lines starting with "#" are comments; the first,
// "# languages: en id", names the headword's and the translations'
// languages. Every other line is
//
//	headword TAB pos TAB level TAB sense TAB sense ...
//
// where a sense is its translations joined by ",". Lines are sorted by
// headword, then part of speech; the entries of one headword and part of
// speech are merged, their senses in the order of the source.
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// options are the command's flags.
type options struct {
	index, dict, out, version string
	scowl, scowlVersion       string
	pos                       []string
	from, to                  string
}

func run(args []string, stdout, stderr io.Writer) int {
	o, err := parseFlags(args, stderr)
	if err != nil {
		return 2
	}
	entries, err := load(o)
	if err != nil {
		fmt.Fprintln(stderr, "freedict:", err)
		return 1
	}
	levels, err := readLevels(o.scowl)
	if err != nil {
		fmt.Fprintln(stderr, "freedict:", err)
		return 1
	}
	for i := range entries {
		entries[i].level = level(levels, entries[i].word)
	}
	var w io.Writer = stdout
	if o.out != "" {
		f, err := os.Create(o.out)
		if err != nil {
			fmt.Fprintln(stderr, "freedict:", err)
			return 1
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriter(w)
	writeTable(bw, o, entries)
	if err := bw.Flush(); err != nil {
		fmt.Fprintln(stderr, "freedict:", err)
		return 1
	}
	fmt.Fprintf(stderr, "freedict: %d entries\n", len(entries))
	return 0
}

// parseFlags reads the command line.
func parseFlags(args []string, stderr io.Writer) (options, error) {
	fl := flag.NewFlagSet("freedict", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var o options
	var pos string
	fl.StringVar(&o.index, "index", "", "the dictd .index file")
	fl.StringVar(&o.dict, "dict", "", "the dictd .dict or .dict.dz file")
	fl.StringVar(&o.out, "o", "", "the table to write (standard output when empty)")
	fl.StringVar(&o.version, "version", "", "the source package's version, written in the table's header")
	fl.StringVar(&o.scowl, "scowl", "", "the folder of SCOWL's word lists (english-words.10 …), for the level column")
	fl.StringVar(&o.scowlVersion, "scowl-version", "", "the scowl package's version, written in the table's header")
	fl.StringVar(&pos, "pos", "n", "comma-separated parts of speech to keep")
	fl.StringVar(&o.from, "from", "en", "the headwords' language code")
	fl.StringVar(&o.to, "to", "id", "the translations' language code")
	if err := fl.Parse(args); err != nil {
		return o, err
	}
	if o.index == "" || o.dict == "" || fl.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: freedict -index FILE.index -dict FILE.dict.dz [-pos n,v] [-version V] [-o OUT.tsv]")
		return o, fmt.Errorf("usage")
	}
	o.pos = strings.Split(pos, ",")
	return o, nil
}

// load reads the index and the dictionary and returns the kept entries,
// merged and sorted.
func load(o options) ([]entry, error) {
	idx, err := os.ReadFile(o.index)
	if err != nil {
		return nil, err
	}
	dict, err := readDict(o.dict)
	if err != nil {
		return nil, err
	}
	refs, err := parseIndex(string(idx))
	if err != nil {
		return nil, err
	}
	keep := map[string]bool{}
	for _, p := range o.pos {
		keep[strings.TrimSpace(p)] = true
	}
	var out []entry
	for _, r := range refs {
		if r.off+r.len > len(dict) {
			return nil, fmt.Errorf("%q: entry past the end of the dictionary", r.word)
		}
		e, ok := parseEntry(dict[r.off : r.off+r.len])
		if ok && keep[e.pos] && len(e.senses) > 0 {
			out = append(out, e)
		}
	}
	return merge(out), nil
}

// readDict returns the uncompressed dictionary: a .dict.dz is a gzip
// file (dictzip adds random access that a whole read does not need).
func readDict(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".dz") || strings.HasSuffix(path, ".gz") {
		z, err := gzip.NewReader(f)
		if err != nil {
			return "", err
		}
		defer z.Close()
		r = z
	}
	b, err := io.ReadAll(r)
	return string(b), err
}

// writeTable writes the header and one line per entry.
func writeTable(w io.Writer, o options, entries []entry) {
	fmt.Fprintf(w, "# languages: %s %s\n", o.from, o.to)
	fmt.Fprintf(w, "# source: Debian dict-freedict-eng-ind %s (FreeDict + WikDict, from Wiktionary), CC BY-SA 3.0; see ATTRIBUTION.md\n", o.version)
	if o.scowl != "" {
		fmt.Fprintf(w, "# levels: Debian scowl %s (SCOWL, Kevin Atkinson); see ATTRIBUTION.md\n", o.scowlVersion)
	}
	fmt.Fprintf(w, "# generated by scripts/freedict: headword TAB pos TAB level TAB sense TAB ...; a sense is its translations joined by \",\"\n")
	for _, e := range entries {
		fmt.Fprintf(w, "%s\t%s\t%d", e.word, e.pos, e.level)
		for _, s := range e.senses {
			fmt.Fprintf(w, "\t%s", strings.Join(s, ","))
		}
		fmt.Fprintln(w)
	}
}

// merge joins the entries of one headword and part of speech, senses in
// order, and sorts the result.
func merge(in []entry) []entry {
	at := map[[2]string]int{}
	var out []entry
	for _, e := range in {
		k := [2]string{e.word, e.pos}
		if i, ok := at[k]; ok {
			out[i].senses = append(out[i].senses, e.senses...)
			continue
		}
		at[k] = len(out)
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].word != out[j].word {
			return out[i].word < out[j].word
		}
		return out[i].pos < out[j].pos
	})
	return out
}
