package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/spf13/cobra"

	"github.com/claimcheck/claimcheck/claims/corpus"
	"github.com/claimcheck/claimcheck/desk"
	"github.com/claimcheck/claimcheck/report"
)

// serveOptions are the flags of `claimcheck serve`.
type serveOptions struct {
	DB    string
	Addr  string
	Token string
	// MaxBody is the largest request body, in bytes.
	MaxBody string
	// listen opens the listener; net.Listen unless a test sets it.
	listen func(network, addr string) (net.Listener, error)
}

// defaultAddr is where the desk listens unless told: this machine only.
const defaultAddr = "127.0.0.1:8080"

func newCmdServe(s *Streams, runF func(*serveOptions, *Streams) error) *cobra.Command {
	opts := &serveOptions{listen: net.Listen}
	cmd := &cobra.Command{
		Use:   "serve --db FILE [--addr 127.0.0.1:8080]",
		Short: "Serve the desk page and API over a claims store",
		Long: `Serve runs the fact-check desk over the claims store FILE (see 'claimcheck
index'): a page listing the stories, each story's findings as the HTML
report's cards with filters and an Accept button, each article with its
claims highlighted, and a form to paste or drop a new article, which is
checked against its story, stored, and shown with its new findings. The
accepted findings download as a baseline file, and a story's conflicts as
ClaimReview drafts.

The API: GET /api/stories; GET /api/findings[?story=NAME] (claimcheck/v1
JSON); POST /api/articles[?story=NAME] with a text or Markdown body (front
matter optional) or form fields, answering with the stored document and its
findings.

The desk listens on 127.0.0.1:8080 (this machine only) unless --addr says
otherwise; an address other machines reach needs --token (or the
CLAIMCHECK_TOKEN environment variable), which every request must then carry
as "Authorization: Bearer TOKEN" or through the login page's cookie.
Request bodies are limited to --max-body.`,
		Example: `  claimcheck index --db desk.db seeds
  claimcheck serve --db desk.db
  curl -s --data-binary @extra.txt 'http://127.0.0.1:8080/api/articles?story=seeds'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.DB == "" {
				return usagef("serve needs --db FILE (the claims store)")
			}
			if opts.Token == "" {
				opts.Token = s.getenv("CLAIMCHECK_TOKEN")
			}
			local, err := desk.Loopback(opts.Addr)
			if err != nil {
				return usagef("--addr: %v", err)
			}
			if !local && opts.Token == "" {
				return usagef("--addr %s is reached from other machines: give --token TOKEN (or set CLAIMCHECK_TOKEN), or listen on 127.0.0.1", opts.Addr)
			}
			return runF(opts, s)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.DB, "db", "", "the claims store `FILE` (SQLite; created when missing)")
	f.StringVar(&opts.Addr, "addr", defaultAddr, "listen on `HOST:PORT`; other than a loopback address needs --token")
	f.StringVar(&opts.Token, "token", "", "require `TOKEN` of every request (bearer token or login cookie); default $CLAIMCHECK_TOKEN")
	f.StringVar(&opts.MaxBody, "max-body", "4MiB", "largest request body `SIZE` (an article and its form fields)")
	return cmd
}

// serveRun serves the desk until the process is stopped.
func serveRun(opts *serveOptions, s *Streams) error {
	maxBody, err := parseBodySize(opts.MaxBody)
	if err != nil {
		return err
	}
	ctx := context.Background()
	st, err := openStore(ctx, opts.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	h, err := desk.New(st, desk.Options{Token: opts.Token, MaxBody: maxBody})
	if err != nil {
		return err
	}
	ln, err := opts.listen("tcp", opts.Addr)
	if err != nil {
		return fmt.Errorf("--addr: %w", err)
	}
	fmt.Fprintf(s.ErrOut, "serve: the desk over %s is at http://%s/\n", report.Visible(opts.DB), ln.Addr())
	srv := &http.Server{
		Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute, WriteTimeout: 2 * time.Minute,
		IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10,
	}
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// parseBodySize reads --max-body, in the units of --max-size; the desk
// always has a limit.
func parseBodySize(s string) (int64, error) {
	n, err := corpus.ParseSize(s)
	if err != nil {
		return 0, usagef("--max-body: %v", err)
	}
	if n <= 0 {
		return 0, usagef("--max-body %s: the desk needs a limit (say 4MiB)", s)
	}
	return n, nil
}
