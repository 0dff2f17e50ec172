package main

import (
	"context"
	"fmt"

	"github.com/spf13/pflag"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/pipeline"
	"github.com/claimcheck/claimcheck/report"
	"github.com/claimcheck/claimcheck/report/baseline"
	"github.com/claimcheck/claimcheck/store"
)

// dbOptions are check's flags for the claims store.
type dbOptions struct {
	DB    string
	Save  bool
	Story string
}

// addDBFlags registers check's store flags on f.
func addDBFlags(f *pflag.FlagSet, o *dbOptions) {
	f.StringVar(&o.DB, "db", "", "check against the articles of the claims store `FILE` (see 'claimcheck index'); PATH may then be left out to check the whole store")
	f.BoolVar(&o.Save, "save", false, "with --db: also store the articles checked")
	f.StringVar(&o.Story, "story", "", "with --db: the story `NAME` the articles belong to (default: their folder, or the stored story a lone article shares the most names with)")
}

// validate says what is wrong with the store flags, if anything.
func (o dbOptions) validate(paths []string) error {
	switch {
	case o.DB == "" && (o.Save || o.Story != ""):
		return usagef("--save and --story need --db FILE")
	case o.DB == "" && len(paths) == 0:
		return usagef("check needs at least one PATH (a file, a folder, or - for standard input), or --db FILE")
	case o.Save && len(paths) == 0:
		return usagef("--save needs a PATH to store")
	}
	return nil
}

// checkDBRun checks the given articles against the store, as checkRun
// checks files: the same filters, formats and exit codes. The desk's
// accepted findings are left out as a baseline's are.
func checkDBRun(opts *checkOptions, s *Streams) error {
	accepted, err := readBaseline(opts.Baseline)
	if err != nil {
		return err
	}
	ctx := context.Background()
	st, err := openStore(ctx, opts.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	prog := newProgress(s, opts.Quiet)
	defer prog.Done()
	var fresh *pipeline.Result
	if len(opts.Paths) > 0 {
		if fresh, err = opts.readText(s, opts.Paths, prog); err != nil {
			return err
		}
	}
	g, err := opts.grouping()
	if err != nil {
		return err
	}
	checked, err := store.Check(ctx, st, fresh, store.CheckOptions{Compare: compare.Options{OneStory: g == pipeline.GroupOne}, Story: opts.Story})
	if err != nil {
		return fmt.Errorf("--db %s: %w", opts.DB, err)
	}
	desk, err := st.Accepted(ctx)
	if err != nil {
		return fmt.Errorf("--db %s: %w", opts.DB, err)
	}
	accepted = joinBaselines(accepted, desk)
	if opts.Save && fresh != nil {
		counts, err := save(ctx, st, fresh, checked.Stories)
		if err != nil {
			return fmt.Errorf("--db %s: %w", opts.DB, err)
		}
		if !opts.Quiet {
			fmt.Fprintf(s.ErrOut, "saved: %d added, %d unchanged, %d replaced; %d claims stored in %s\n",
				counts.Added, counts.Unchanged, counts.Replaced, counts.Claims, report.Visible(opts.DB))
		}
	}
	return checkResult(opts, accepted, checked.Result, s, prog)
}

// joinBaselines accepts what either accepts; nil when neither is set.
func joinBaselines(a, b *baseline.File) *baseline.File {
	switch {
	case b == nil || len(b.Pairs) == 0:
		return a
	case a == nil:
		return b
	}
	return &baseline.File{Schema: baseline.Schema, Pairs: append(append([]baseline.Pair{}, a.Pairs...), b.Pairs...)}
}

// saveCounts counts what save did.
type saveCounts struct {
	Added, Unchanged, Replaced int
	// Claims counts the claims of the stored versions.
	Claims int
}

// save stores every document of res with its claims, each in the story
// stories gives it (by document ID).
func save(ctx context.Context, st store.Store, res *pipeline.Result, stories map[string]string) (saveCounts, error) {
	byDoc := map[string][]*claims.Claim{}
	for c := range res.EachClaim() {
		byDoc[c.Doc] = append(byDoc[c.Doc], c)
	}
	var n saveCounts
	for _, d := range res.Documents {
		story := stories[d.ID]
		out, err := st.Put(ctx, &store.Article{Doc: d, Claims: byDoc[d.ID], Story: story, Name: store.Name(d)})
		if err != nil {
			return n, err
		}
		switch out.Status {
		case store.Added:
			n.Added++
		case store.Unchanged:
			n.Unchanged++
		case store.Replaced:
			n.Replaced++
		}
		n.Claims += out.Claims
	}
	return n, nil
}

// openStore opens the claims store --db names, creating it; a store that
// cannot be opened is a usage error.
func openStore(ctx context.Context, path string) (store.Store, error) {
	st, err := store.Open(ctx, path)
	if err != nil {
		return nil, usagef("--db: %v", err)
	}
	return st, nil
}
