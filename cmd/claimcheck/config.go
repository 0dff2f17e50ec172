package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/report"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"gopkg.in/yaml.v3"
)

// ConfigFile is the name of the configuration file, looked for in the
// working directory and then in each folder above it.
const ConfigFile = ".claimcheck.yaml"

// config is a .claimcheck.yaml: defaults for the flags of each command,
// and findings to ignore.
//
//	check:
//	  format: markdown
//	  fail-on: compatible
//	ignore:
//	  - id: a8d7f3567972
//	    reason: the desk checked both figures
//	  - key: "name|*"
//	    story: corpus/flood
type config struct {
	// Path is the file read, "" when there is none.
	Path string
	// Flags are each command's flag defaults, by command name and flag.
	Flags map[string]map[string]string
	// Ignore are the ignore rules, in order.
	Ignore []ignoreRule
}

// ignoreRule leaves out the findings it matches: by finding ID, or by
// alignment key (exact, or a pattern with * as path.Match reads it),
// optionally only in one story.
type ignoreRule struct {
	ID     string `yaml:"id"`
	Key    string `yaml:"key"`
	Story  string `yaml:"story"`
	Reason string `yaml:"reason"`
	line   int
}

// matches reports whether the rule leaves out f.
func (r ignoreRule) matches(f *compare.Finding) bool {
	if r.Story != "" && r.Story != report.StoryOf(f) {
		return false
	}
	if r.ID != "" && r.ID != report.FindingID(f) {
		return false
	}
	if r.Key != "" {
		if ok, _ := path.Match(r.Key, f.Key); !ok && r.Key != f.Key {
			return false
		}
	}
	return true
}

// findConfig returns the path of the configuration file for a run in dir:
// explicit when given, else the first .claimcheck.yaml found from dir
// upward; "" when there is none.
func findConfig(dir, explicit string) string {
	if explicit != "" || dir == "" {
		return explicit
	}
	for d := filepath.Clean(dir); ; d = filepath.Dir(d) {
		p := filepath.Join(d, ConfigFile)
		if info, err := os.Stat(p); err == nil && info.Mode().IsRegular() {
			return p
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}

// loadConfig reads the configuration file p ("" for none).
func loadConfig(p string) (*config, error) {
	c := &config{Path: p, Flags: map[string]map[string]string{}}
	if p == "" {
		return c, nil
	}
	data, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, usagef("--config: %s does not exist", p)
	}
	if err != nil {
		return nil, usagef("%s: %v", p, err)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, usagef("%s: %s", p, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if len(root.Content) == 0 {
		return c, nil
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		return nil, usagef("%s: line %d: want sections such as check: and ignore:", p, m.Line)
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		switch k.Value {
		case "ignore":
			if err := c.readIgnore(v); err != nil {
				return nil, err
			}
		case "check", "claims", "baseline":
			if err := c.readFlags(k.Value, v); err != nil {
				return nil, err
			}
		default:
			return nil, usagef("%s: line %d: unknown section %q (want check, claims, baseline or ignore)", p, k.Line, k.Value)
		}
	}
	return c, nil
}

func (c *config) readFlags(cmd string, v *yaml.Node) error {
	if v.Kind != yaml.MappingNode {
		return usagef("%s: line %d: %s: want flag: value lines", c.Path, v.Line, cmd)
	}
	flags := map[string]string{}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, val := v.Content[i], v.Content[i+1]
		if val.Kind != yaml.ScalarNode {
			return usagef("%s: line %d: %s.%s: want one value", c.Path, val.Line, cmd, k.Value)
		}
		flags[strings.TrimPrefix(k.Value, "--")] = val.Value
	}
	c.Flags[cmd] = flags
	return nil
}

func (c *config) readIgnore(v *yaml.Node) error {
	if v.Kind != yaml.SequenceNode {
		return usagef("%s: line %d: ignore: want a list of rules (- id: … or - key: …)", c.Path, v.Line)
	}
	for _, n := range v.Content {
		var r ignoreRule
		if err := n.Decode(&r); err != nil {
			return usagef("%s: line %d: ignore: %v", c.Path, n.Line, err)
		}
		if r.ID == "" && r.Key == "" {
			return usagef("%s: line %d: an ignore rule needs id or key", c.Path, n.Line)
		}
		if r.Key != "" {
			if _, err := path.Match(r.Key, ""); err != nil {
				return usagef("%s: line %d: key %q: %v", c.Path, n.Line, r.Key, err)
			}
		}
		r.line = n.Line
		c.Ignore = append(c.Ignore, r)
	}
	return nil
}

// apply sets the flags of cmd that the command line left unset to the
// configuration's defaults. A flag the command does not have is a usage
// error naming the file.
func (c *config) apply(cmd *cobra.Command) error {
	defaults := c.Flags[cmd.Name()]
	names := make([]string, 0, len(defaults))
	for n := range defaults {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		f := cmd.Flags().Lookup(n)
		if f == nil || n == "help" || n == "config" {
			return usagef("%s: %s has no flag --%s (%s)", c.Path, cmd.Name(), n, flagNames(cmd))
		}
		if f.Changed {
			continue
		}
		if err := f.Value.Set(defaults[n]); err != nil {
			return usagef("%s: %s.%s: %v", c.Path, cmd.Name(), n, err)
		}
	}
	return nil
}

// flagNames lists a command's flags for a message.
func flagNames(cmd *cobra.Command) string {
	var names []string
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if f.Name != "help" && f.Name != "config" {
			names = append(names, f.Name)
		}
	})
	return "its flags: " + strings.Join(names, ", ")
}

// filter leaves out the findings an ignore rule matches, counting them.
func (c *config) filter(fs []compare.Finding) ([]compare.Finding, int) {
	if len(c.Ignore) == 0 {
		return fs, 0
	}
	out := fs[:0:0]
	n := 0
	for i := range fs {
		ignored := false
		for _, r := range c.Ignore {
			if r.matches(&fs[i]) {
				ignored = true
				break
			}
		}
		if ignored {
			n++
			continue
		}
		out = append(out, fs[i])
	}
	return out, n
}

// describe says which file set the defaults, for --help.
func (c *config) String() string {
	if c.Path == "" {
		return fmt.Sprintf("no %s found", ConfigFile)
	}
	return c.Path
}
