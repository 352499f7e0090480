package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
)

// Incident is one fused incident as stored: the columns lists filter on and
// the record itself.
type Incident struct {
	ID       string
	Date     string
	Country  string
	Killed   *int
	Injured  *int
	Groups   []string // names and aliases of the perpetrators
	Title    string
	Articles []string // ids of the source articles
	Text     string   // what full-text search finds it by
	Data     []byte   // JSON of the dossier.Fused record
	// Members is a digest of what the record was built from: when a
	// later fusion finds the same, it need not rebuild the record.
	Members string
	// Summary is a small JSON object of what a list shows of it.
	Summary []byte
}

// IncidentDigests returns the digest of every stored incident record by id
// (what WriteIncidents compares with to skip the unchanged) and the digest
// of what each was built from (Incident.Members).
func (s *Store) IncidentDigests(ctx context.Context) (records, members map[string]string, err error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, digest, members FROM incidents`)
	if err != nil {
		return nil, nil, fmt.Errorf("store: incident digests: %w", err)
	}
	defer rows.Close()
	records, members = map[string]string{}, map[string]string{}
	for rows.Next() {
		var id, d, m string
		if err := rows.Scan(&id, &d, &m); err != nil {
			return nil, nil, fmt.Errorf("store: incident digests: %w", err)
		}
		records[id], members[id] = d, m
	}
	return records, members, rows.Err()
}

// WriteIncidents writes, in one transaction, the incidents of incs whose
// record differs from the digest old holds for its id (new ones included),
// replacing what was stored under that id. It returns how many it wrote.
func (s *Store) WriteIncidents(ctx context.Context, incs []Incident, old map[string]string) (written int, err error) {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("store: write incidents: %w", err)
	}
	defer tx.Rollback()
	for i := range incs {
		in := &incs[i]
		sum := sha256.Sum256(in.Data)
		digest := hex.EncodeToString(sum[:])
		d, ok := old[in.ID]
		if ok && d == digest {
			// The same record: note what it was built from, for the
			// next fusion to skip it.
			if in.Members != "" {
				if _, err := tx.ExecContext(ctx, `UPDATE incidents SET members = ? WHERE id = ? AND members <> ?`,
					in.Members, in.ID, in.Members); err != nil {
					return 0, fmt.Errorf("store: write incidents: %w", err)
				}
			}
			continue
		}
		if ok {
			if err := deleteIncident(ctx, tx, in.ID); err != nil {
				return 0, fmt.Errorf("store: write incidents: %w", err)
			}
		}
		summary := in.Summary
		if len(summary) == 0 {
			summary = []byte("{}")
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO incidents (id, date, country, killed, injured, title, sources, digest, members, summary)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, in.ID, in.Date, in.Country, nullInt(in.Killed), nullInt(in.Injured),
			in.Title, len(in.Articles), digest, in.Members, string(summary))
		if err != nil {
			return 0, fmt.Errorf("store: write incidents: %w", err)
		}
		rowid, err := res.LastInsertId()
		if err != nil {
			return 0, fmt.Errorf("store: write incidents: %w", err)
		}
		for _, g := range in.Groups {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO incident_groups (name, incident_id, incident_rowid) VALUES (?, ?, ?)`, g, in.ID, rowid); err != nil {
				return 0, fmt.Errorf("store: write incidents: %w", err)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO incident_records (id, data) VALUES (?, ?)`, in.ID, string(in.Data)); err != nil {
			return 0, fmt.Errorf("store: write incidents: %w", err)
		}
		for _, a := range in.Articles {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO incident_articles (incident_id, article_id) VALUES (?, ?)`, in.ID, a); err != nil {
				return 0, fmt.Errorf("store: write incidents: %w", err)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO incidents_fts (rowid, text) VALUES (?, ?)`, rowid, in.Text); err != nil {
			return 0, fmt.Errorf("store: write incidents: %w", err)
		}
		written++
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("store: write incidents: %w", err)
	}
	return written, nil
}

// RemoveIncidents deletes the incidents with these ids, in one transaction.
func (s *Store) RemoveIncidents(ctx context.Context, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: remove incidents: %w", err)
	}
	defer tx.Rollback()
	for _, id := range ids {
		if err := deleteIncident(ctx, tx, id); err != nil {
			return fmt.Errorf("store: remove incidents: %w", err)
		}
	}
	return tx.Commit()
}

// deleteIncident deletes one incident, its article links (by cascade) and
// its full-text entry.
func deleteIncident(ctx context.Context, tx *sql.Tx, id string) error {
	for _, q := range []string{`DELETE FROM incidents_fts WHERE rowid = (SELECT rowid FROM incidents WHERE id = ?)`,
		`DELETE FROM incidents WHERE id = ?`} {
		if _, err := tx.ExecContext(ctx, q, id); err != nil {
			return err
		}
	}
	return nil
}

func nullInt(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}
