package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver, "sqlite"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/report/baseline"
)

// ErrNotFound is returned for a document the store does not hold.
var ErrNotFound = errors.New("not in the store")

// SQLite is the Store in one SQLite file, in WAL mode so that readers (a
// desk page) never wait for a writer (an index run). Writes go through
// one connection, one transaction at a time, and wait up to busyTimeout
// for another process's.
type SQLite struct {
	r, w *sql.DB
	path string
}

// busyTimeout is how long a statement waits for another process's write
// before failing with "database is locked".
const busyTimeout = 10 * time.Second

// Open opens the store in the SQLite file at path, creating it, or
// bringing its schema to this build's version (schema.go), as needed.
func Open(ctx context.Context, path string) (*SQLite, error) {
	return openAt(ctx, path, SchemaVersion)
}

func openAt(ctx context.Context, path string, version int) (*SQLite, error) {
	dsn := func(txlock string) string {
		q := url.Values{}
		q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()))
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "foreign_keys(1)")
		q.Add("_pragma", "synchronous(NORMAL)")
		q.Set("_txlock", txlock)
		return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	}
	w, err := sql.Open("sqlite", dsn("immediate"))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	w.SetMaxOpenConns(1) // one writer: transactions queue here, not on SQLITE_BUSY
	if err := migrate(ctx, w, version); err != nil {
		w.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	r, err := sql.Open("sqlite", dsn("deferred"))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &SQLite{r: r, w: w, path: path}, nil
}

// Close closes the database.
func (s *SQLite) Close() error { return errors.Join(s.r.Close(), s.w.Close()) }

// contentHash identifies an article by what it says: its text and the
// metadata the loader read beside it (a page's <meta> tags, a JSONL line's
// fields), not where it was read from.
func contentHash(d *claims.Document) string {
	h := sha256.New()
	pub := ""
	if !d.Published.IsZero() {
		pub = d.Published.Format(time.RFC3339)
	}
	for _, s := range []string{d.Format, d.Source, d.URL, d.Title, pub, d.Language, d.Text} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Put stores a's document and claims in one transaction; see Store.
func (s *SQLite) Put(ctx context.Context, a *Article) (Outcome, error) {
	hash := contentHash(a.Doc)
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return Outcome{}, err
	}
	defer tx.Rollback()
	var out Outcome
	err = tx.QueryRowContext(ctx, `SELECT doc_id, (SELECT count(*) FROM claims WHERE document = documents.id)
		FROM documents WHERE story = ? AND hash = ?`, a.Story, hash).Scan(&out.ID, &out.Claims)
	if err == nil {
		out.Status = Unchanged
		return out, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return Outcome{}, err
	}
	var row int64
	version := 1
	out.Status = Added
	if a.Name != "" {
		err = tx.QueryRowContext(ctx, `SELECT id, doc_id, version FROM documents WHERE story = ? AND name = ?`, a.Story, a.Name).Scan(&row, &out.ID, &version)
		switch {
		case err == nil:
			out.Status, version = Replaced, version+1
		case !errors.Is(err, sql.ErrNoRows):
			return Outcome{}, err
		}
	}
	if out.Status == Added {
		if out.ID, err = freeID(ctx, tx, a.Doc.ID, a.Name, hash); err != nil {
			return Outcome{}, err
		}
	}
	rename(a, out.ID)
	if row, err = writeDocument(ctx, tx, a, row, hash, version); err != nil {
		return Outcome{}, err
	}
	if err := writeClaims(ctx, tx, a, row); err != nil {
		return Outcome{}, err
	}
	out.Claims = len(a.Claims)
	return out, tx.Commit()
}

// freeID is id when no stored document has it; else the article's name
// (its path), as the loader names a file whose name another has; else id
// with the start of the hash.
func freeID(ctx context.Context, tx *sql.Tx, id, name, hash string) (string, error) {
	for _, cand := range []string{id, name, id + "~" + hash[:12]} {
		if cand == "" {
			continue
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE doc_id = ?`, cand).Scan(&n); err != nil {
			return "", err
		}
		if n == 0 {
			return cand, nil
		}
	}
	return "", fmt.Errorf("%s: no free document ID", id)
}

// rename gives the article's document and claims the ID id, and its
// claims the article's story.
func rename(a *Article, id string) {
	a.Doc.ID = id
	for _, c := range a.Claims {
		c.Doc, c.ID, c.Story = id, id+"#"+strconv.Itoa(c.Span.Start), a.Story
	}
}

// writeDocument inserts the article's document, or replaces row's when
// row is set, and returns its row.
func writeDocument(ctx context.Context, tx *sql.Tx, a *Article, row int64, hash string, version int) (int64, error) {
	d := a.Doc
	rec, err := encodeDocument(d)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", d.ID, err)
	}
	pub := ""
	if !d.Published.IsZero() {
		pub = d.Published.Format("2006-01-02")
	}
	var name any
	if a.Name != "" {
		name = a.Name
	}
	now := time.Now().UTC().Format(time.RFC3339Nano)
	if row != 0 {
		if _, err := tx.ExecContext(ctx, `DELETE FROM claims WHERE document = ?`, row); err != nil {
			return 0, err
		}
		_, err = tx.ExecContext(ctx, `UPDATE documents SET hash = ?, version = ?, added = ?, path = ?, source = ?, url = ?,
			title = ?, published = ?, text = ?, doc = ? WHERE id = ?`,
			hash, version, now, d.Path, d.Source, d.URL, d.Title, pub, d.Text, rec, row)
		return row, err
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO documents (doc_id, story, name, hash, version, added, path, source, url, title, published, text, doc)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		d.ID, a.Story, name, hash, version, now, d.Path, d.Source, d.URL, d.Title, pub, d.Text, rec)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

func writeClaims(ctx context.Context, tx *sql.Tx, a *Article, row int64) error {
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO claims (document, story, claim_id, kind, key, start, "end", line, text, claim)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, c := range a.Claims {
		rec, err := encodeClaim(c)
		if err != nil {
			return fmt.Errorf("%s: %w", c.ID, err)
		}
		if _, err := stmt.ExecContext(ctx, row, a.Story, c.ID, c.Kind.String(), c.Key(), c.Span.Start, c.Span.End, c.Line, c.Text, rec); err != nil {
			return err
		}
	}
	return nil
}

// Stories lists the stories with their counts, by name.
func (s *SQLite) Stories(ctx context.Context) ([]Story, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT story, count(*), max(added),
		(SELECT count(*) FROM claims WHERE claims.story = documents.story)
		FROM documents GROUP BY story ORDER BY story`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Story
	for rows.Next() {
		var st Story
		var added string
		if err := rows.Scan(&st.Name, &st.Documents, &added, &st.Claims); err != nil {
			return nil, err
		}
		st.Updated, _ = time.Parse(time.RFC3339Nano, added)
		out = append(out, st)
	}
	return out, rows.Err()
}

// inStories is the WHERE clause and arguments that keep rows of the
// stories; no story keeps every row.
func inStories(stories []string) (string, []any) {
	if len(stories) == 0 {
		return "", nil
	}
	args := make([]any, len(stories))
	for i, s := range stories {
		args[i] = s
	}
	return " WHERE story IN (" + strings.TrimSuffix(strings.Repeat("?, ", len(stories)), ", ") + ")", args
}

// Docs returns the stored documents of the stories without text.
func (s *SQLite) Docs(ctx context.Context, stories ...string) ([]Stored, error) {
	where, args := inStories(stories)
	rows, err := s.r.QueryContext(ctx, `SELECT story, coalesce(name, ''), hash, version, added, doc FROM documents`+where+` ORDER BY story, doc_id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Stored
	for rows.Next() {
		st, err := scanStored(rows.Scan)
		if err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	return out, rows.Err()
}

func scanStored(scan func(...any) error, extra ...any) (Stored, error) {
	var st Stored
	var added string
	var rec []byte
	if err := scan(append([]any{&st.Story, &st.Name, &st.Hash, &st.Version, &added, &rec}, extra...)...); err != nil {
		return st, err
	}
	st.Added, _ = time.Parse(time.RFC3339Nano, added)
	d, err := decodeDocument(rec)
	if err != nil {
		return st, fmt.Errorf("a stored document of story %q: %w", st.Story, err)
	}
	st.Doc = d
	return st, nil
}

// Load returns the stored documents of the stories with their claims, in
// one read transaction so that they match.
func (s *SQLite) Load(ctx context.Context, stories ...string) (*Set, error) {
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	where, args := inStories(stories)
	set := &Set{}
	rows, err := tx.QueryContext(ctx, `SELECT story, coalesce(name, ''), hash, version, added, doc FROM documents`+where+` ORDER BY story, doc_id`, args...)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		st, err := scanStored(rows.Scan)
		if err != nil {
			rows.Close()
			return nil, err
		}
		set.Docs = append(set.Docs, st)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	set.Claims, err = queryClaims(ctx, tx, `SELECT claim FROM claims`+where+` ORDER BY document, start, id`, args...)
	return set, err
}

func queryClaims(ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, query string, args ...any) ([]*claims.Claim, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*claims.Claim
	for rows.Next() {
		var rec []byte
		if err := rows.Scan(&rec); err != nil {
			return nil, err
		}
		c, err := decodeClaim(rec)
		if err != nil {
			return nil, fmt.Errorf("a stored claim: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Article returns one stored document with its text and claims.
func (s *SQLite) Article(ctx context.Context, id string) (*Stored, []*claims.Claim, error) {
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, nil, err
	}
	defer tx.Rollback()
	var row int64
	var text string
	st, err := scanStored(tx.QueryRowContext(ctx, `SELECT story, coalesce(name, ''), hash, version, added, doc, id, text
		FROM documents WHERE doc_id = ?`, id).Scan, &row, &text)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, fmt.Errorf("document %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, nil, err
	}
	st.Doc.Text = text
	cs, err := queryClaims(ctx, tx, `SELECT claim FROM claims WHERE document = ? ORDER BY start, id`, row)
	return &st, cs, err
}

// Accept records pairs as accepted in story; a pair accepted before is
// kept with its first date.
func (s *SQLite) Accept(ctx context.Context, story string, pairs []baseline.Pair) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	now := time.Now().UTC().Format(time.RFC3339Nano)
	for _, p := range pairs {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO accepted (fingerprint, story, kind, key, topic, verdict,
			a_doc, a_text, a_value, b_doc, b_text, b_value, accepted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			p.Fingerprint, story, p.Kind, p.Key, p.Topic, p.Verdict, p.A.Doc, p.A.Text, p.A.Value, p.B.Doc, p.B.Text, p.B.Value, now); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// Accepted returns every accepted pair as a baseline file.
func (s *SQLite) Accepted(ctx context.Context) (*baseline.File, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT fingerprint, kind, key, topic, verdict, a_doc, a_text, a_value, b_doc, b_text, b_value
		FROM accepted ORDER BY fingerprint`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	f := &baseline.File{Schema: baseline.Schema, Pairs: []baseline.Pair{}}
	for rows.Next() {
		var p baseline.Pair
		if err := rows.Scan(&p.Fingerprint, &p.Kind, &p.Key, &p.Topic, &p.Verdict, &p.A.Doc, &p.A.Text, &p.A.Value, &p.B.Doc, &p.B.Text, &p.B.Value); err != nil {
			return nil, err
		}
		f.Pairs = append(f.Pairs, p)
	}
	return f, rows.Err()
}
