package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	dossier "github.com/dossier-project/dossier"
)

// ErrEmptyText is returned by Put for an article whose text has no letters or
// digits: there is nothing to identify it by, search or extract from.
var ErrEmptyText = errors.New("store: article has no text")

// maxIDSuffix bounds the search for a free "-N" suffix when article ids collide.
const maxIDSuffix = 1_000_000

// Put stores one article in one transaction. It returns stored=false (and no
// error) when the article is already there: an article is identified by its
// content (ContentHash of its text) and, when it has a URL, by NormalizeURL of
// it; a match on either means the article is already stored.
//
// The article's ID becomes the stored row's public id. When it is empty, the
// first 16 hex digits of the content hash are used; when another article
// already holds it, a suffix "-2", "-3"... is appended. On success a.ID is set
// to the id the article was stored under.
//
// Either everything of the article is written (row and full-text index) or
// nothing: an error or a cancelled ctx rolls the transaction back.
func (s *Store) Put(ctx context.Context, a *dossier.Article) (stored bool, err error) {
	return s.PutExtracted(ctx, a, nil)
}

// Extraction is what the extract stage found in an article, as the fuse
// stage reads it back: the report (JSON) and the near-duplicate signature.
type Extraction struct {
	Report    []byte
	Signature []byte
	// Keys is the part of the report clustering reads (JSON), or empty.
	Keys []byte
	// Version is the version of the rules that made it: stored
	// extractions of another version are stale (see Stale).
	Version int
}

// PutExtracted is Put with the article's extraction, written in the same
// transaction: an article is never stored without what was found in it.
// x may be nil.
func (s *Store) PutExtracted(ctx context.Context, a *dossier.Article, x *Extraction) (stored bool, err error) {
	if a == nil {
		return false, errors.New("store: put: nil article")
	}
	normText := appendNormalizedText(nil, a.Text)
	if len(normText) == 0 {
		return false, fmt.Errorf("%w: %s", ErrEmptyText, a.Source)
	}
	sum := sha256.Sum256(normText)
	hash := hex.EncodeToString(sum[:])
	urlNorm := NormalizeURL(a.URL)

	s.wmu.Lock()
	defer s.wmu.Unlock()
	id, err := s.put(ctx, a, x, hash, urlNorm)
	if err != nil {
		return false, fmt.Errorf("store: put %s: %w", a.Source, err)
	}
	if id == "" {
		return false, nil
	}
	a.ID = id
	return true, nil
}

// put runs the transaction of Put. It returns the stored id, or "" when the
// article was already there.
func (s *Store) put(ctx context.Context, a *dossier.Article, x *Extraction, hash, urlNorm string) (id string, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return "", err
	}
	defer func() {
		if err != nil || id == "" {
			_ = tx.Rollback()
		}
	}()

	var existing string
	err = tx.StmtContext(ctx, s.stmtFindDup).QueryRowContext(ctx, hash, urlNorm).Scan(&existing)
	switch {
	case err == nil:
		return "", nil // already stored
	case !errors.Is(err, sql.ErrNoRows):
		return "", fmt.Errorf("find duplicate: %w", err)
	}
	err = nil

	id, err = s.freeID(ctx, tx, a.ID, hash)
	if err != nil {
		return "", err
	}
	var published any
	if d := a.PublishedDate(); d != "" {
		published = d
	}
	res, err := tx.StmtContext(ctx, s.stmtInsert).ExecContext(ctx,
		id, a.Source, a.URL, urlNorm, hash,
		a.Title, published, a.Publisher, a.Byline, a.Language, a.SyndicatedFrom, a.Canonical,
		a.Text, time.Now().UTC().Format(time.RFC3339), strings.Join(a.Captions, "\n"))
	if err != nil {
		return "", fmt.Errorf("insert: %w", err)
	}
	if x != nil {
		rowid, err := res.LastInsertId()
		if err != nil {
			return "", fmt.Errorf("insert: %w", err)
		}
		if _, err = tx.ExecContext(ctx, `INSERT INTO extractions (article_rowid, report, signature, keys, version) VALUES (?, ?, ?, ?, ?)`,
			rowid, x.Report, x.Signature, string(x.Keys), x.Version); err != nil {
			return "", fmt.Errorf("insert extraction: %w", err)
		}
	}
	if s.afterInsert != nil {
		if err = s.afterInsert(ctx, tx); err != nil {
			return "", err
		}
	}
	if err = tx.Commit(); err != nil {
		return "", fmt.Errorf("commit: %w", err)
	}
	return id, nil
}

// freeID returns the id to store an article under: want (or a prefix of the
// content hash when want is blank) if no stored article holds it, else want
// with the smallest free "-N" suffix above those already in use.
func (s *Store) freeID(ctx context.Context, tx *sql.Tx, want, hash string) (string, error) {
	base := strings.TrimSpace(want)
	if base == "" {
		base = hash[:16]
	}
	exists := tx.StmtContext(ctx, s.stmtIDExists)
	taken := func(id string) (bool, error) {
		var b bool
		err := exists.QueryRowContext(ctx, id).Scan(&b)
		return b, err
	}
	t, err := taken(base)
	if err != nil || !t {
		return base, err
	}
	// Start above the highest numeric suffix already given to base.
	var maxN sql.NullInt64
	err = tx.StmtContext(ctx, s.stmtMaxSuffix).QueryRowContext(ctx, len(base)+2, globEscape(base)+"-[0-9]*").Scan(&maxN)
	if err != nil {
		return "", fmt.Errorf("id suffix: %w", err)
	}
	n := maxN.Int64 + 1
	if n < 2 || n >= maxIDSuffix {
		n = 2
	}
	for ; n < maxIDSuffix; n++ {
		id := base + "-" + strconv.FormatInt(n, 10)
		t, err := taken(id)
		if err != nil {
			return "", err
		}
		if !t {
			return id, nil
		}
	}
	return "", fmt.Errorf("no free id for %q", base)
}

// globEscape quotes the GLOB metacharacters of s so that it matches itself.
func globEscape(s string) string {
	if !strings.ContainsAny(s, "*?[") {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '*', '?', '[':
			b.WriteByte('[')
			b.WriteRune(r)
			b.WriteByte(']')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
