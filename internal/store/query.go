package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

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
