package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/dossier-project/dossier/internal/store"
)

func runSearch(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("search", "[--db PATH] [--limit N] QUERY", stderr)
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
	fmt.Fprintf(stderr, "%d hits\n", len(hits))
	return nil
}
