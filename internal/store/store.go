// Package store keeps articles in an embedded SQLite database (pure Go,
// modernc.org/sqlite) with an FTS5 full-text index over their title and text.
//
// The schema lives in embedded goose migrations (migrations/*.sql) applied by
// Open. Ingest is idempotent: an article is identified by the hash of its
// normalised text and, when it has one, by its normalised URL, and Put stores
// each article in one transaction, so a failure leaves nothing half-written.
//
// The database runs in WAL mode: one writer (Put calls are serialised) and any
// number of concurrent readers.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/pressly/goose/v3"
	"modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is an open article database. Its methods are safe for concurrent use;
// writes are serialised.
type Store struct {
	db *sql.DB

	wmu sync.Mutex // serialises writers: SQLite has one writer at a time anyway

	// Statements prepared once and reused (per connection) by every Put.
	stmtFindDup   *sql.Stmt
	stmtIDExists  *sql.Stmt
	stmtInsert    *sql.Stmt
	stmtMaxSuffix *sql.Stmt

	// afterInsert, when set (by tests), runs inside Put's transaction after
	// the insert; an error from it must roll the whole article back.
	afterInsert func(context.Context, *sql.Tx) error
}

// dsn builds the modernc.org/sqlite connection string for a database file:
// a "file:" URI (so that '?' or '#' in the path cannot be mistaken for the
// query) with the pragmas every pooled connection must carry (the driver's
// validated shorthand keys where it has one: see the Driver.Open
// documentation of modernc.org/sqlite). Write
// transactions begin IMMEDIATE so that two writers never deadlock upgrading a
// read lock; busy_timeout makes the second one wait instead of failing.
func dsn(path string) string {
	var b strings.Builder
	b.WriteString("file:")
	if path == ":memory:" {
		b.WriteString(":memory:")
	} else {
		for _, r := range filepath.Clean(path) {
			switch r {
			case '%':
				b.WriteString("%25")
			case '?':
				b.WriteString("%3F")
			case '#':
				b.WriteString("%23")
			default:
				b.WriteRune(r)
			}
		}
	}
	b.WriteString("?_pragma=busy_timeout(5000)" +
		"&_journal_mode=WAL" +
		"&_synchronous=NORMAL" +
		"&_foreign_keys=1" +
		"&_txlock=immediate")
	return b.String()
}

// Open opens (creating if needed) the SQLite database at path and migrates it
// to the latest schema. Connections run with journal_mode=WAL,
// synchronous=NORMAL, busy_timeout=5000 ms and foreign_keys on.
//
// The path ":memory:" opens a private in-memory database held on a single
// connection; with it, a function passed to Articles must not call back into
// the Store.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("store: empty database path")
	}
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if path == ":memory:" {
		// Every connection to ":memory:" is a database of its own.
		db.SetMaxOpenConns(1)
	}
	// Keep idle connections (and the statements prepared on them) alive.
	db.SetMaxIdleConns(4)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)

	s := &Store{db: db}
	// A new database being created by another process at the same moment
	// (its switch to WAL, its first migration) can refuse us with
	// SQLITE_BUSY even past busy_timeout: try again a few times.
	for attempt := 0; ; attempt++ {
		err = s.init(ctx)
		if err == nil {
			return s, nil
		}
		if !isBusy(err) || attempt == 4 || ctx.Err() != nil {
			break
		}
		time.Sleep(time.Duration(50<<attempt) * time.Millisecond)
	}
	s.closeStmts()
	db.Close()
	return nil, fmt.Errorf("store: open %s: %w", path, err)
}

// isBusy reports whether err is SQLite's SQLITE_BUSY or SQLITE_LOCKED.
func isBusy(err error) bool {
	var e *sqlite.Error
	if !errors.As(err, &e) {
		return false
	}
	code := e.Code() & 0xff // the primary result code
	return code == 5 || code == 6
}

func (s *Store) init(ctx context.Context) error {
	if err := s.db.PingContext(ctx); err != nil {
		return err
	}
	if err := migrate(ctx, s.db); err != nil {
		return err
	}
	s.closeStmts()
	var err error
	prepare := func(q string) *sql.Stmt {
		if err != nil {
			return nil
		}
		var st *sql.Stmt
		st, err = s.db.PrepareContext(ctx, q)
		return st
	}
	s.stmtFindDup = prepare(`SELECT id FROM articles WHERE content_hash = ?1
		UNION ALL SELECT id FROM articles WHERE url_norm <> '' AND url_norm = ?2
		LIMIT 1`)
	s.stmtIDExists = prepare(`SELECT EXISTS (SELECT 1 FROM articles WHERE id = ?)`)
	s.stmtInsert = prepare(`INSERT INTO articles (id, source, url, url_norm, content_hash,
		title, published, publisher, byline, language, syndicated_from, canonical_url,
		text, ingested_at, captions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	s.stmtMaxSuffix = prepare(`SELECT max(CAST(substr(id, ?1) AS INTEGER)) FROM articles WHERE id GLOB ?2`)
	if err != nil {
		return fmt.Errorf("prepare: %w", err)
	}
	return nil
}

// migrate applies the embedded migrations. It uses a goose Provider rather
// than goose's package-level functions: the Provider's dialect, file system
// and logger belong to it alone, so two stores (SQLite here, PostgreSQL in
// another package) can migrate at the same time, and nothing is printed.
func migrate(ctx context.Context, db *sql.DB) error {
	fsys, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return err
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, db, fsys,
		goose.WithDisableGlobalRegistry(true),
		goose.WithVerbose(false),
		goose.WithLogger(goose.NopLogger()),
	)
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	// p.Close would close db: the Provider is simply dropped.
	//
	// goose has no lock for SQLite: two processes opening a new database at
	// once can both find a migration pending, and the second to apply it
	// fails (its transaction rolled back) because the first already did.
	// Each migration runs in a transaction that begins IMMEDIATE (see dsn),
	// so after such a failure the database is either migrated or untouched:
	// look again, and retry what is still pending.
	var upErr error
	for range 5 {
		if _, upErr = p.Up(ctx); upErr == nil {
			return nil
		}
		pending, err := p.HasPending(ctx)
		if err == nil && !pending {
			return nil
		}
		if ctx.Err() != nil {
			break
		}
	}
	return fmt.Errorf("migrate: %w", upErr)
}

// Close releases the prepared statements and closes the database.
func (s *Store) Close() error {
	return errors.Join(s.closeStmts(), s.db.Close())
}

// closeStmts closes the prepared statements that exist.
func (s *Store) closeStmts() error {
	var errs []error
	for _, st := range []**sql.Stmt{&s.stmtFindDup, &s.stmtIDExists, &s.stmtInsert, &s.stmtMaxSuffix} {
		if *st != nil {
			errs = append(errs, (*st).Close())
			*st = nil
		}
	}
	return errors.Join(errs...)
}

// Optimize tidies the database after writes: it merges the segments of the
// full-text indexes (all of them when full, else a bounded amount of work)
// and refreshes the query planner's statistics. After a large ingest a
// search otherwise seeks through many segments.
func (s *Store) Optimize(ctx context.Context, full bool) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	qs := []string{
		`INSERT INTO articles_fts (articles_fts, rank) VALUES ('merge', 500)`,
		`INSERT INTO incidents_fts (incidents_fts, rank) VALUES ('merge', 500)`,
	}
	if full {
		qs = []string{
			`INSERT INTO articles_fts (articles_fts) VALUES ('optimize')`,
			`INSERT INTO incidents_fts (incidents_fts) VALUES ('optimize')`,
		}
	}
	qs = append(qs, `PRAGMA optimize`)
	for _, q := range qs {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("store: optimize: %w", err)
		}
	}
	return nil
}
