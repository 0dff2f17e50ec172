package store

import (
	"context"
	"database/sql"
	"fmt"
)

// migrations are the schema's versions, in order: migrations[i] takes a
// database from version i to i+1 (PRAGMA user_version). A migration is
// never edited once released; a change of schema is a new one at the end.
var migrations = []string{
	// 1: documents by story, name and hash; their claims, whole.
	`CREATE TABLE documents (
		id        INTEGER PRIMARY KEY,
		doc_id    TEXT NOT NULL UNIQUE, -- claims.Document.ID, unique in the store
		story     TEXT NOT NULL,
		name      TEXT,                 -- what tells versions apart (Article.Name); NULL: none
		hash      TEXT NOT NULL,        -- of the text and metadata (contentHash)
		version   INTEGER NOT NULL DEFAULT 1,
		added     TEXT NOT NULL,        -- RFC 3339, UTC
		path      TEXT NOT NULL,
		source    TEXT NOT NULL,
		url       TEXT NOT NULL,
		title     TEXT NOT NULL,
		published TEXT NOT NULL,        -- YYYY-MM-DD or ''
		text      TEXT NOT NULL,
		doc       TEXT NOT NULL         -- the document as a record (codec.go), without its text
	);
	CREATE UNIQUE INDEX documents_story_name ON documents(story, name);
	CREATE UNIQUE INDEX documents_story_hash ON documents(story, hash);
	CREATE TABLE claims (
		id       INTEGER PRIMARY KEY,
		document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
		story    TEXT NOT NULL,
		claim_id TEXT NOT NULL,
		kind     TEXT NOT NULL,
		key      TEXT NOT NULL,
		start    INTEGER NOT NULL,
		"end"    INTEGER NOT NULL,
		line     INTEGER NOT NULL,
		text     TEXT NOT NULL,
		claim    TEXT NOT NULL          -- the claim as a record (codec.go)
	);
	CREATE INDEX claims_document ON claims(document);
	CREATE INDEX claims_story_key ON claims(story, key);`,
	// 2: the pairs a desk accepted, as a baseline file holds them.
	`CREATE TABLE accepted (
		fingerprint TEXT PRIMARY KEY,
		story       TEXT NOT NULL,
		kind        TEXT NOT NULL,
		key         TEXT NOT NULL,
		topic       TEXT NOT NULL,
		verdict     TEXT NOT NULL,
		a_doc TEXT NOT NULL, a_text TEXT NOT NULL, a_value TEXT NOT NULL,
		b_doc TEXT NOT NULL, b_text TEXT NOT NULL, b_value TEXT NOT NULL,
		accepted    TEXT NOT NULL       -- RFC 3339, UTC
	);`,
}

// SchemaVersion is the schema version this build writes.
var SchemaVersion = len(migrations)

// migrate brings db to version upTo, each migration in a transaction of
// its own. A database of a later version than this build knows is
// refused, not touched.
func migrate(ctx context.Context, db *sql.DB, upTo int) error {
	var v int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return err
	}
	if v > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this claimcheck knows (%d): use a newer claimcheck", v, len(migrations))
	}
	for ; v < upTo; v++ {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrating to schema version %d: %w", v+1, err)
		}
		// PRAGMA takes no parameter; v+1 is a number of ours.
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v+1)); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	return nil
}
