package main

import (
	"errors"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// run is the whole program: it parses args, runs the command and returns
// the exit code. Only main exits.
func run(args []string, s *Streams) int {
	root := newRootCmd(s)
	root.SetArgs(args)
	cmd, err := root.ExecuteC()
	path := "claimcheck"
	if cmd != nil {
		path = cmd.CommandPath()
	}
	if err != nil && strings.HasPrefix(err.Error(), "unknown command") {
		// cobra's own error for a misspelt command, with its suggestion
		err = &usageError{err: errors.New(strings.TrimRight(err.Error(), "\n"))}
	}
	return exitCode(err, path, s.ErrOut)
}

func newRootCmd(s *Streams) *cobra.Command {
	root := &cobra.Command{
		Use:   "claimcheck",
		Short: "Find where news articles disagree about facts",
		Long: `claimcheck reads news articles about the same story, in English or Indonesian,
pulls out the facts they state — counts ("sekitar 3.000 tentara", "more than
200 dead"), dates and names — with who states them, and reports where they
disagree:

  conflict    the values cannot both be right (3,000 vs 12,000 troops);
              a dispute when different speakers give them, a misreport when
              outlets attribute different values to the same speaker
  compatible  the values overlap but are not the same ("thousands" vs 3,000)
  update      a running toll that rose with publication time
  agree       independent sources give the same value

Articles are .txt or .md files (an optional YAML or TOML front-matter block
gives source, url, published date, language and title), saved .html pages,
or .jsonl archives.

Defaults for the flags of each command, and findings to ignore, may be set
in a .claimcheck.yaml file, found from the working directory upward (or
named by --config); flags given on the command line win. See README.md.`,
		Example: `  # check every article under seeds/ and print the findings table
  claimcheck check seeds

  # see every claim extracted, to understand why a finding appears or not
  claimcheck claims seeds --format json`,
		Version:       version(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(s.In)
	root.SetOut(s.Out)
	root.SetErr(s.ErrOut)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err: err} })
	root.SetVersionTemplate("claimcheck {{.Version}}\n")
	cfg := &config{Flags: map[string]map[string]string{}}
	var configPath string
	root.PersistentFlags().StringVar(&configPath, "config", "", "read flag defaults and ignore rules from `FILE` (default: the first "+ConfigFile+" from the working directory upward)")
	root.PersistentPreRunE = func(cmd *cobra.Command, _ []string) error {
		switch cmd.Name() {
		case "check", "claims", "baseline", "index", "serve":
		default:
			return nil // completion needs no configuration
		}
		c, err := loadConfig(findConfig(s.Dir, configPath))
		if err != nil {
			return err
		}
		*cfg = *c
		return cfg.apply(cmd)
	}
	root.AddCommand(
		newCmdCheck(s, cfg, checkRun),
		newCmdClaims(s, claimsRun),
		newCmdBaseline(s, baselineRun),
		newCmdIndex(s, indexRun),
		newCmdServe(s, serveRun),
	)
	root.CompletionOptions.HiddenDefaultCmd = false
	return root
}

// completeChoices completes a flag's value from a fixed list.
func completeChoices(cmd *cobra.Command, flag string, choices []string) {
	// The flag exists: registering can only fail for a flag that does not.
	_ = cmd.RegisterFlagCompletionFunc(flag, cobra.FixedCompletions(choices, cobra.ShellCompDirectiveNoFileComp))
}

// version is the module version and VCS revision the binary was built
// from, as the Go toolchain recorded them.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, dirty string
	for _, st := range info.Settings {
		switch st.Key {
		case "vcs.revision":
			rev = st.Value
		case "vcs.modified":
			if st.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" {
		v += " " + rev + dirty
	}
	return v + " " + info.GoVersion
}
