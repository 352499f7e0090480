package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/store"
)

func runSearch(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("search", "[--db PATH] [--limit N] QUERY", stderr)
	// Incidents and articles whose text matches QUERY (SQLite FTS5).
	db := dbFlag(fs)
	limit := fs.Int("limit", 20, "at most `N` hits")
	words, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	q := strings.TrimSpace(strings.Join(words, " "))
	if q == "" {
		return fmt.Errorf("%w: no QUERY given", errUsage)
	}
	st, err := store.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	// Incidents first: what the analyst is after; then the articles.
	var incs []dossier.Summary
	err = st.IncidentSummaries(ctx, store.Filter{Query: q, Limit: *limit, Sort: "-sources"}, func(b []byte) error {
		var s dossier.Summary
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		incs = append(incs, s)
		return nil
	})
	if err != nil {
		return err
	}
	for _, in := range incs {
		date := in.Date
		if date == "" {
			date = "----------"
		}
		killed := "?"
		if in.Killed != nil {
			killed = fmt.Sprint(*in.Killed)
		}
		fmt.Fprintf(stdout, "%-10s  %s  %s  (%s killed, %d sources)\n", date, in.ID, oneLine(in.Title, 80), killed, in.Sources)
	}
	hits, err := st.Search(ctx, q, *limit)
	if err != nil {
		return err
	}
	for _, h := range hits {
		date := h.Published
		if date == "" {
			date = "----------"
		}
		fmt.Fprintf(stdout, "%s  %s  %s\n    %s\n", date, h.ID, oneLine(h.Title, 80), oneLine(h.Snippet, 160))
	}
	fmt.Fprintf(stderr, "%d incidents, %d articles\n", len(incs), len(hits))
	return nil
}
