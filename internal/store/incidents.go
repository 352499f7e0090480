package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"strings"
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
// reading one row at a time. With withReport false the Report is left
// empty (a pass over the signatures alone reads far less).
func (s *Store) Extractions(ctx context.Context, withReport bool, fn func(*Extracted) error) error {
	return s.extractions(ctx, withReport, false, fn)
}

// ClusterInputs is Extractions with, for each article, the part of its
// report clustering reads (Extraction.Keys) where it was stored, else the
// whole report.
func (s *Store) ClusterInputs(ctx context.Context, fn func(*Extracted) error) error {
	return s.extractions(ctx, true, true, fn)
}

func (s *Store) extractions(ctx context.Context, withReport, keys bool, fn func(*Extracted) error) error {
	col := "x.report"
	switch {
	case !withReport:
		col = "''"
	case keys:
		col = "CASE WHEN x.keys <> '' THEN x.keys ELSE x.report END"
	}
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
		groups := ""
		if len(in.Groups) > 0 {
			groups = "|" + strings.Join(in.Groups, "|") + "|"
		}
		summary := in.Summary
		if len(summary) == 0 {
			summary = []byte("{}")
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO incidents (id, date, country, killed, injured, groups, title, sources, digest, members, summary)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, in.ID, in.Date, in.Country, nullInt(in.Killed), nullInt(in.Injured),
			groups, in.Title, len(in.Articles), digest, in.Members, string(summary))
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

// Filter selects incidents. Zero values select everything.
type Filter struct {
	Country   string // ISO alpha-2
	Group     string // a perpetrator's name or alias, case-insensitive
	Since     string // date on or after (YYYY, YYYY-MM or YYYY-MM-DD)
	Until     string // date on or before, at the precision given
	MinKilled int    // killed at least this (0: no condition)
	Query     string // full-text query (the syntax of Search)
	Limit     int    // at most this many (0: all)
	Offset    int
	// Sort orders the result: "date" (the default: oldest first, undated
	// last), "-date" (newest first), "killed" or "-killed" (then by date),
	// "sources" or "-sources".
	Sort string
}

// Sorts lists the values Filter.Sort accepts.
var Sorts = []string{"date", "-date", "killed", "-killed", "sources", "-sources"}

// orderBy returns the ORDER BY clause of a sort ("" is "date").
func orderBy(sort string) (string, error) {
	switch sort {
	case "", "date":
		return `i.date = '', i.date, i.id`, nil
	case "-date":
		return `i.date = '', i.date DESC, i.id`, nil
	case "killed":
		return `i.killed IS NULL, i.killed, i.date, i.id`, nil
	case "-killed":
		return `i.killed IS NULL, i.killed DESC, i.date, i.id`, nil
	case "sources":
		return `i.sources, i.date, i.id`, nil
	case "-sources":
		return `i.sources DESC, i.date, i.id`, nil
	}
	return "", fmt.Errorf("store: unknown sort %q", sort)
}

// Incidents calls fn with the JSON record of every incident the filter
// selects, in the filter's order.
func (s *Store) Incidents(ctx context.Context, f Filter, fn func(data []byte) error) error {
	// The record is read for the rows returned only.
	return s.incidents(ctx, "(SELECT r.data FROM incident_records AS r WHERE r.id = i.id)", f, fn)
}

// IncidentSummaries is Incidents with each incident's small JSON summary
// instead of its whole record: what a list needs.
func (s *Store) IncidentSummaries(ctx context.Context, f Filter, fn func(summary []byte) error) error {
	return s.incidents(ctx, "i.summary", f, fn)
}

// CountIncidents returns how many incidents the filter selects, ignoring
// its Limit and Offset.
func (s *Store) CountIncidents(ctx context.Context, f Filter) (int, error) {
	where, args, ok := f.where()
	if !ok {
		return 0, nil
	}
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM incidents AS i`+where, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count incidents: %w", err)
	}
	return n, nil
}

// IncidentByID returns the JSON record of one incident. When there is none,
// the error wraps sql.ErrNoRows.
func (s *Store) IncidentByID(ctx context.Context, id string) ([]byte, error) {
	var data string
	if err := s.db.QueryRowContext(ctx, `SELECT data FROM incident_records WHERE id = ?`, id).Scan(&data); err != nil {
		return nil, fmt.Errorf("store: incident %q: %w", id, err)
	}
	return []byte(data), nil
}

// IncidentsOfArticle returns the ids of the incidents an article is a
// source of, sorted.
func (s *Store) IncidentsOfArticle(ctx context.Context, article string) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT incident_id FROM incident_articles WHERE article_id = ? ORDER BY incident_id`, article)
	if err != nil {
		return nil, fmt.Errorf("store: incidents of %q: %w", article, err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// GroupCounts returns, for each perpetrator name or alias that stored
// incidents carry, how many incidents carry it.
func (s *Store) GroupCounts(ctx context.Context) (map[string]int, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT name, count(*) FROM incident_groups GROUP BY name COLLATE BINARY`)
	if err != nil {
		return nil, fmt.Errorf("store: group counts: %w", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var g string
		var n int
		if err := rows.Scan(&g, &n); err != nil {
			return nil, err
		}
		out[g] += n
	}
	return out, rows.Err()
}

// where builds the WHERE clause of a filter; ok is false when the filter
// can select nothing (a query without words).
func (f Filter) where() (clause string, args []any, ok bool) {
	var where []string
	if f.Country != "" {
		where = append(where, "i.country = ?")
		args = append(args, strings.ToUpper(f.Country))
	}
	if f.Group != "" {
		// The unary + keeps SQLite walking the order's index and
		// stopping at the page, testing membership row by row.
		where = append(where, "+i.rowid IN (SELECT incident_rowid FROM incident_groups WHERE name = ?)")
		args = append(args, f.Group)
	}
	if f.Since != "" {
		where = append(where, "i.date <> '' AND i.date >= ?")
		args = append(args, f.Since)
	}
	if f.Until != "" {
		// "2024-03" holds every date that starts with it.
		where = append(where, "i.date <> '' AND i.date <= ?")
		args = append(args, f.Until+"\uffff")
	}
	if f.MinKilled > 0 {
		where = append(where, "i.killed >= ?")
		args = append(args, f.MinKilled)
	}
	if f.Query != "" {
		match := ftsQuery(f.Query)
		if match == "" {
			return "", nil, false
		}
		where = append(where, "+i.rowid IN (SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ?)")
		args = append(args, match)
	}
	if len(where) > 0 {
		clause = " WHERE " + strings.Join(where, " AND ")
	}
	return clause, args, true
}

func (s *Store) incidents(ctx context.Context, col string, f Filter, fn func([]byte) error) error {
	order, err := orderBy(f.Sort)
	if err != nil {
		return err
	}
	where, args, ok := f.where()
	if !ok {
		return nil
	}
	q := `SELECT ` + col + ` FROM incidents AS i` + where + ` ORDER BY ` + order
	if f.Limit > 0 || f.Offset > 0 {
		limit := f.Limit
		if limit <= 0 {
			limit = -1
		}
		q += " LIMIT ? OFFSET ?"
		args = append(args, limit, f.Offset)
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("store: incidents: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var data string
		if err := rows.Scan(&data); err != nil {
			return fmt.Errorf("store: incidents: %w", err)
		}
		if err := fn([]byte(data)); err != nil {
			return err
		}
	}
	return rows.Err()
}

// IncidentCount returns how many incidents are stored.
func (s *Store) IncidentCount(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM incidents`).Scan(&n)
	if err != nil && err != sql.ErrNoRows {
		return 0, fmt.Errorf("store: incident count: %w", err)
	}
	return n, nil
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
