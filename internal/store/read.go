package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	dossier "github.com/dossier-project/dossier"
)

// articleColumns are the columns scanArticle reads, in its order.
const articleColumns = `id, source, url, title, published, publisher, byline, language,
	syndicated_from, canonical_url, text, captions`

// scanArticle reads one row of articleColumns. A stored publication date
// comes back as midnight UTC of that day.
func scanArticle(sc interface{ Scan(...any) error }) (*dossier.Article, error) {
	var a dossier.Article
	var published sql.NullString
	var captions string
	if err := sc.Scan(&a.ID, &a.Source, &a.URL, &a.Title, &published, &a.Publisher, &a.Byline,
		&a.Language, &a.SyndicatedFrom, &a.Canonical, &a.Text, &captions); err != nil {
		return nil, err
	}
	if captions != "" {
		a.Captions = strings.Split(captions, "\n")
	}
	if published.Valid && published.String != "" {
		t, err := time.Parse(time.DateOnly, published.String)
		if err != nil {
			return nil, fmt.Errorf("article %s: published %q: %w", a.ID, published.String, err)
		}
		a.Published = &t
	}
	return &a, nil
}

// Count returns how many articles are stored.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count: %w", err)
	}
	return n, nil
}

// Articles calls fn for each stored article in insertion order, reading them
// one at a time from the database rather than loading them all. It stops at
// the first error from fn, or when ctx is done, and returns that error.
// Articles put while the iteration runs may or may not be seen.
func (s *Store) Articles(ctx context.Context, fn func(*dossier.Article) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT `+articleColumns+` FROM articles ORDER BY rowid`)
	if err != nil {
		return fmt.Errorf("store: articles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return fmt.Errorf("store: articles: %w", err)
		}
		if err := fn(a); err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: articles: %w", err)
	}
	return nil
}

// Get returns the article stored under id (the public id Put stored it
// under). When there is none, the error wraps sql.ErrNoRows.
func (s *Store) Get(ctx context.Context, id string) (*dossier.Article, error) {
	row := s.db.QueryRowContext(ctx, `SELECT `+articleColumns+` FROM articles WHERE id = ?`, id)
	a, err := scanArticle(row)
	if err != nil {
		return nil, fmt.Errorf("store: get %q: %w", id, err)
	}
	return a, nil
}
