package store

import (
	"context"
	"fmt"
)

// Extracted is one stored article's extraction as the fuse stage reads it.
type Extracted struct {
	Article   string // the article's public id
	Published string // YYYY-MM-DD or ""
	Report    []byte // JSON
	Signature []byte
	CopyOf    string
	// SyndicatedFrom is the origin the article's text declares ("originally
	// published by ..."), "" when none.
	SyndicatedFrom string
	// Version is the version of the rules that made the extraction.
	Version int
}

// Extractions calls fn for every stored extraction in insertion order,
// reading one row at a time, with its Report left empty: a pass over the
// signatures and copy links reads far less than the reports.
func (s *Store) Extractions(ctx context.Context, fn func(*Extracted) error) error {
	return s.extractions(ctx, "''", fn)
}

// ClusterInputs is Extractions with, for each article, the part of its
// report clustering reads (Extraction.Keys) where it was stored, else the
// whole report.
func (s *Store) ClusterInputs(ctx context.Context, fn func(*Extracted) error) error {
	return s.extractions(ctx, "CASE WHEN x.keys <> '' THEN x.keys ELSE x.report END", fn)
}

// extractions reads every extraction with col as its Report.
func (s *Store) extractions(ctx context.Context, col string, fn func(*Extracted) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, coalesce(a.published, ''), `+col+`, x.signature, x.copy_of, a.syndicated_from, x.version
		FROM extractions AS x JOIN articles AS a ON a.rowid = x.article_rowid ORDER BY x.article_rowid`)
	if err != nil {
		return fmt.Errorf("store: extractions: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var e Extracted
		var report string
		if err := rows.Scan(&e.Article, &e.Published, &report, &e.Signature, &e.CopyOf, &e.SyndicatedFrom, &e.Version); err != nil {
			return fmt.Errorf("store: extractions: %w", err)
		}
		e.Report = []byte(report)
		if err := fn(&e); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Extraction returns the stored extraction of one article.
func (s *Store) Extraction(ctx context.Context, article string) (*Extracted, error) {
	var e Extracted
	var report string
	err := s.db.QueryRowContext(ctx, `SELECT a.id, coalesce(a.published, ''), x.report, x.signature, x.copy_of, a.syndicated_from, x.version
		FROM extractions AS x JOIN articles AS a ON a.rowid = x.article_rowid WHERE a.id = ?`, article).
		Scan(&e.Article, &e.Published, &report, &e.Signature, &e.CopyOf, &e.SyndicatedFrom, &e.Version)
	if err != nil {
		return nil, fmt.Errorf("store: extraction %q: %w", article, err)
	}
	e.Report = []byte(report)
	return &e, nil
}

// Stale returns the ids of the stored articles whose extraction was made
// by rules other than version, or that have none, in insertion order.
func (s *Store) Stale(ctx context.Context, version int) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT a.id FROM articles AS a
		LEFT JOIN extractions AS x ON x.article_rowid = a.rowid
		WHERE x.article_rowid IS NULL OR x.version <> ? ORDER BY a.rowid`, version)
	if err != nil {
		return nil, fmt.Errorf("store: stale extractions: %w", err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("store: stale extractions: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: stale extractions: %w", err)
	}
	return ids, nil
}

// Reextracted replaces the extraction of the stored article id with x, in
// one transaction. The article's copy link stays: fusion recomputes it.
func (s *Store) Reextracted(ctx context.Context, id string, x *Extraction) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: re-extract %q: %w", id, err)
	}
	defer tx.Rollback()
	var rowid int64
	if err := tx.QueryRowContext(ctx, `SELECT rowid FROM articles WHERE id = ?`, id).Scan(&rowid); err != nil {
		return fmt.Errorf("store: re-extract %q: %w", id, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO extractions (article_rowid, report, signature, keys, version)
		VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_rowid) DO UPDATE SET report = excluded.report,
		signature = excluded.signature, keys = excluded.keys, version = excluded.version`,
		rowid, x.Report, x.Signature, string(x.Keys), x.Version); err != nil {
		return fmt.Errorf("store: re-extract %q: %w", id, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: re-extract %q: %w", id, err)
	}
	return nil
}

// SetCopies records, for each article id in copyOf, the original it copies
// ("" for an original), in one transaction.
func (s *Store) SetCopies(ctx context.Context, copyOf map[string]string) error {
	if len(copyOf) == 0 {
		return nil
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: set copies: %w", err)
	}
	defer tx.Rollback()
	st, err := tx.PrepareContext(ctx, `UPDATE extractions SET copy_of = ?
		WHERE article_rowid = (SELECT rowid FROM articles WHERE id = ?)`)
	if err != nil {
		return fmt.Errorf("store: set copies: %w", err)
	}
	defer st.Close()
	for id, orig := range copyOf {
		if _, err := st.ExecContext(ctx, orig, id); err != nil {
			return fmt.Errorf("store: set copies: %w", err)
		}
	}
	return tx.Commit()
}
