package main

import (
	"github.com/spf13/pflag"

	"github.com/claimcheck/claimcheck/pipeline"
)

// defaultStories is --stories' default, chosen by measurement (README,
// "Stories"): found stories score as folders do on the development
// clusters and the project's stories, and keep the events of a mixed
// archive apart where folders cannot.
const defaultStories = pipeline.GroupAuto

// storyOptions are the flags that say which articles make one story.
type storyOptions struct {
	Stories string
	// OneStory is the former --one-story, now --stories one.
	OneStory bool
}

// addStoryFlags registers the story flags on f.
func addStoryFlags(f *pflag.FlagSet, o *storyOptions) {
	f.StringVar(&o.Stories, "stories", string(defaultStories), "which articles make one `story`, compared with each other: auto (found from the people, places, things counted and days they share, across folders and languages), folder (each folder), one (all)")
	f.BoolVar(&o.OneStory, "one-story", false, "compare claims across all folders (the same as --stories one)")
	_ = f.MarkDeprecated("one-story", "use --stories one")
}

// grouping is the grouping the flags ask for, or a usage error.
func (o storyOptions) grouping() (pipeline.Grouping, error) {
	switch {
	case o.OneStory:
		return pipeline.GroupOne, nil
	case o.Stories == "":
		return defaultStories, nil
	}
	g, err := pipeline.ParseGrouping(o.Stories)
	if err != nil {
		return "", usagef("--stories: %v", err)
	}
	return g, nil
}
