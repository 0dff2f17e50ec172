// Package store keeps articles and their claims across runs, so that a
// desk following a story for days checks each new article against
// everything already read.
//
//	st, err := store.Open("desk.db")           // created, or migrated, as needed
//	out, err := st.Put(ctx, &store.Article{Doc: doc, Claims: cs, Story: "seeds", Name: "seeds/a.txt"})
//	set, err := st.Load(ctx, "seeds")           // the story's documents and claims, as extracted
//
// A document is stored by the hash of its text and metadata: putting the
// same article again changes nothing, and an article of the same Name
// (its file, or the address it was posted from) with another hash is a
// new version that replaces the old one and its claims. Claims are stored
// whole (codec.go), so that compare.Compare judges a stored story as it
// would judge a fresh run of its files; Check does that for new articles.
//
// Store is the interface the commands and the desk use; SQLite (through
// the pure-Go modernc.org/sqlite, so the binary stays static) is its one
// implementation, embedded in a file. A shared server database would be a
// second one.
package store

import (
	"context"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/report/baseline"
)

// Store keeps documents, their claims and the findings a desk accepted.
// Its methods are safe for concurrent use.
type Store interface {
	// Put stores an article with its claims, unless the story holds it
	// already; an article of the same Name is replaced.
	Put(ctx context.Context, a *Article) (Outcome, error)
	// Stories lists the stories with their counts, by name.
	Stories(ctx context.Context) ([]Story, error)
	// Docs returns the stored documents of the stories (every story when
	// none is named), without their text or claims, by story and ID.
	Docs(ctx context.Context, stories ...string) ([]Stored, error)
	// Load returns the stored documents of the stories (every story when
	// none is named) with their claims.
	Load(ctx context.Context, stories ...string) (*Set, error)
	// Article returns one stored document with its text and its claims,
	// by document ID; ErrNotFound when there is none.
	Article(ctx context.Context, id string) (*Stored, []*claims.Claim, error)
	// Accept records pairs of a finding of story as accepted.
	Accept(ctx context.Context, story string, pairs []baseline.Pair) error
	// Accepted returns every accepted pair as a baseline file, which
	// `claimcheck check --baseline` reads.
	Accepted(ctx context.Context) (*baseline.File, error)
	// Close releases the store.
	Close() error
}

// Article is a document to store, with its text, claims and story.
type Article struct {
	// Doc is the document with its Text; Put may change its ID (and its
	// claims' Doc and ID) when another stored document has it.
	Doc    *claims.Document
	Claims []*claims.Claim
	// Story is the story it belongs to.
	Story string
	// Name tells versions of one article apart from other articles: its
	// file's path, or the address it was posted from. Empty: the article
	// is known by its hash alone, and an edit of it is a new article.
	Name string
}

// Status says what Put did.
type Status uint8

// What Put did with an article.
const (
	Added     Status = iota + 1 // a new article
	Unchanged                   // the story holds the same text and metadata already
	Replaced                    // a new version of an article of the same Name
)

// String names the status as the index summary does.
func (s Status) String() string {
	switch s {
	case Added:
		return "added"
	case Unchanged:
		return "unchanged"
	case Replaced:
		return "replaced"
	}
	return "unknown"
}

// Outcome is what Put did and the document's ID in the store.
type Outcome struct {
	Status Status
	ID     string
	// Claims is how many claims the stored version holds.
	Claims int
}

// Story is a story's counts.
type Story struct {
	Name      string
	Documents int
	Claims    int
	// Updated is when an article was last added or replaced.
	Updated time.Time
}

// Stored is a document as the store holds it.
type Stored struct {
	// Doc has its Text only when read by Article.
	Doc     *claims.Document
	Story   string
	Name    string
	Hash    string
	Version int
	Added   time.Time
}

// Set is stored documents with their claims.
type Set struct {
	Docs   []Stored
	Claims []*claims.Claim
}
