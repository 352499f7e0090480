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
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, coalesce(a.published, ''), `+col+`, x.signature, x.copy_of, a.syndicated_from
		FROM extractions AS x JOIN articles AS a ON a.rowid = x.article_rowid ORDER BY x.article_rowid`)
	if err != nil {
		return fmt.Errorf("store: extractions: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var e Extracted
		var report string
		if err := rows.Scan(&e.Article, &e.Published, &report, &e.Signature, &e.CopyOf, &e.SyndicatedFrom); err != nil {
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
	err := s.db.QueryRowContext(ctx, `SELECT a.id, coalesce(a.published, ''), x.report, x.signature, x.copy_of, a.syndicated_from
		FROM extractions AS x JOIN articles AS a ON a.rowid = x.article_rowid WHERE a.id = ?`, article).
		Scan(&e.Article, &e.Published, &report, &e.Signature, &e.CopyOf, &e.SyndicatedFrom)
	if err != nil {
		return nil, fmt.Errorf("store: extraction %q: %w", article, err)
	}
	e.Report = []byte(report)
	return &e, nil
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
