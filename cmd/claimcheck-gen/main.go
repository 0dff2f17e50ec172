// Command claimcheck-gen writes a synthetic news corpus with planted
// discrepancies, and scores a claimcheck JSON report against it.
//
// Generate N articles (English and Indonesian, in stories of two to five
// articles) into DIR, with DIR/planted.json listing what was planted:
//
//	claimcheck-gen -n 1000 -seed 1 -out DIR
//
// With -one-folder every article goes into DIR/story, so that a checker
// reading a folder as a story sees one story of many events:
//
//	claimcheck-gen -n 2000 -one-folder -out DIR
//
// Score a report of `claimcheck check --format json DIR`:
//
//	claimcheck-gen score [-v] DIR/planted.json REPORT.json
//
// prints one line: "planted P recalled R recall X findings F unexplained U
// claims C conflicts K one-event E purity Y events V found W event-recall
// Z" (purity: the share of conflicts whose sides all come from one story;
// event-recall: the share of stories with a planted discrepancy of which
// one is found); -v lists what was missed and the unexplained findings.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/cmd/claimcheck-gen/gen"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run executes the command and returns its exit code: 0 on success, 1 when
// a file could not be written or read, 2 on a usage error.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "score" {
		return runScore(args[1:], stdout, stderr)
	}
	fs := flag.NewFlagSet("claimcheck-gen", flag.ContinueOnError)
	n := fs.Int("n", 1000, "number of articles to write")
	seed := fs.Uint64("seed", 1, "random seed: the same seed and size give the same corpus")
	out := fs.String("out", "", "folder to write the corpus to (created if missing)")
	oneFolder := fs.Bool("one-folder", false, "write every article into one folder ("+gen.OneFolderName+"): one story of many events")
	if code, done := parse(fs, args, genUsage, stdout, stderr); done {
		return code
	}
	if *out == "" || fs.NArg() > 0 || *n < 0 {
		fmt.Fprintln(stderr, genUsage)
		return 2
	}
	m, err := gen.Write(*out, gen.Options{Articles: *n, Seed: *seed, OneFolder: *oneFolder})
	if err != nil {
		fmt.Fprintf(stderr, "claimcheck-gen: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %d articles in %d stories (%.1f MB) to %s; %d discrepancies planted, listed in %s\n",
		m.Articles, m.Stories, float64(m.Bytes)/1e6, *out, len(m.Planted), gen.ManifestFile)
	return 0
}

const (
	genUsage   = "usage: claimcheck-gen [-n N] [-seed S] -out DIR | claimcheck-gen score [-v] PLANTED.json REPORT.json"
	scoreUsage = "usage: claimcheck-gen score [-v] PLANTED.json REPORT.json"
)

// parse parses args; done is set when the command ends here: with 0 after
// -h or --help, whose usage goes to stdout, or 2 on a bad flag, reported
// on stderr with the usage.
func parse(fs *flag.FlagSet, args []string, usage string, stdout, stderr io.Writer) (code int, done bool) {
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	switch {
	case err == nil:
		return 0, false
	case errors.Is(err, flag.ErrHelp):
		fs.SetOutput(stdout)
		fmt.Fprintln(stdout, usage)
		fs.PrintDefaults()
		return 0, true
	}
	fmt.Fprintf(stderr, "claimcheck-gen: %v\n%s\n", err, usage)
	return 2, true
}

// report is the part of claimcheck's JSON report that scoring reads.
type report struct {
	Summary struct {
		Claims int `json:"claims"`
	} `json:"summary"`
	// Claims are only counted, so each decodes into nothing.
	Claims   []struct{}  `json:"claims"`
	Findings []gen.Found `json:"findings"`
}

func runScore(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("claimcheck-gen score", flag.ContinueOnError)
	verbose := fs.Bool("v", false, "list missed discrepancies and unexplained findings")
	if code, done := parse(fs, args, scoreUsage, stdout, stderr); done {
		return code
	}
	if fs.NArg() != 2 {
		fmt.Fprintln(stderr, scoreUsage)
		return 2
	}
	m, err := gen.ReadManifest(fs.Arg(0))
	if err != nil {
		fmt.Fprintf(stderr, "claimcheck-gen: %v\n", err)
		return 1
	}
	f, err := os.Open(fs.Arg(1))
	if err != nil {
		fmt.Fprintf(stderr, "claimcheck-gen: %v\n", err)
		return 1
	}
	defer f.Close()
	var r report
	if err := json.NewDecoder(f).Decode(&r); err != nil {
		fmt.Fprintf(stderr, "claimcheck-gen: %s: %v\n", fs.Arg(1), err)
		return 1
	}
	sc := gen.ScoreFindings(m.Planted, r.Findings)
	fmt.Fprintf(stdout, "planted %d recalled %d recall %.3f findings %d unexplained %d claims %d conflicts %d one-event %d purity %.3f events %d found %d event-recall %.3f\n",
		sc.Planted, sc.Recalled, sc.Recall(), sc.Findings, len(sc.Unexplained), max(r.Summary.Claims, len(r.Claims)),
		sc.Conflicts, sc.OneEvent, sc.Purity(), sc.Events, sc.EventsFound, sc.EventRecall())
	if *verbose {
		fmt.Fprintln(stdout, byKind(m.Planted, sc.Missed))
		for _, d := range sc.Missed {
			fmt.Fprintf(stdout, "missed %s %s/%s %s: %q (%s) vs %q (%s)\n", d.Story, d.Kind, d.Between, d.Subject, d.A.Value, d.A.File, d.B.Value, d.B.File)
		}
		for _, u := range sc.Unexplained {
			fmt.Fprintf(stdout, "unexplained %s %s:", u.Kind, u.Verdict)
			for _, s := range u.Sides {
				fmt.Fprintf(stdout, " %q (%s)", s.Text, s.Doc)
			}
			fmt.Fprintln(stdout)
		}
	}
	return 0
}

// byKind says how many discrepancies of each kind were planted and missed:
// "by kind (missed/planted): date/misreport 3/10, ...".
func byKind(planted, missed []gen.Discrepancy) string {
	type count struct{ planted, missed int }
	counts := map[string]*count{}
	var order []string
	for _, d := range planted {
		k := d.Kind + "/" + d.Between
		if counts[k] == nil {
			counts[k] = &count{}
			order = append(order, k)
		}
		counts[k].planted++
	}
	for _, d := range missed {
		counts[d.Kind+"/"+d.Between].missed++
	}
	sort.Strings(order)
	parts := make([]string, 0, len(order))
	for _, k := range order {
		parts = append(parts, fmt.Sprintf("%s %d/%d", k, counts[k].missed, counts[k].planted))
	}
	return "by kind (missed/planted): " + strings.Join(parts, ", ")
}
