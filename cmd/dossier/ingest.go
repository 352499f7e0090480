package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"
	"unicode"

	"github.com/dossier-project/dossier/internal/batch"
	"github.com/dossier-project/dossier/internal/fuse"
	"github.com/dossier-project/dossier/internal/store"
)

func runIngest(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("ingest", "[--db PATH] SOURCE...", stderr)
	db := dbFlag(fs)
	workers := fs.Int("workers", 0, "clean workers (0: all cores)")
	quiet := fs.Bool("quiet", false, "do not list the stored articles")
	sources, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(sources) == 0 {
		return fmt.Errorf("%w: no SOURCE given", errUsage)
	}
	st, err := store.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()

	start := time.Now()
	var t tally
	opts := batch.Options{Workers: *workers, Extract: true, Prepare: fuse.Prepare}
	err = runBatch(ctx, sources, opts, stderr, &t, func(r batch.Result) error {
		stored, err := fuse.Put(ctx, st, r)
		if err != nil {
			// An error on one article fails that article only.
			t.failed++
			fmt.Fprintf(stderr, "dossier: %s: %v\n", r.Article.Source, err)
			return nil
		}
		if !stored {
			t.duplicates++
			return nil
		}
		t.stored++
		if !*quiet {
			a := r.Article
			date := a.PublishedDate()
			if date == "" {
				date = "----------"
			}
			fmt.Fprintf(stdout, "%s  %s  %s\n", date, a.ID, oneLine(a.Title, 80))
		}
		return nil
	})
	if t.failed > 0 && err == nil {
		err = errSomeFailed
	}
	t.summary(stderr, time.Since(start))
	if err != nil && !errors.Is(err, errSomeFailed) {
		return err
	}
	// Articles stored by an older dossier are read again by these rules
	// before they are fused with the new ones.
	if rerr := reextract(ctx, st, *workers, stderr); rerr != nil {
		if !errors.Is(rerr, errSomeFailed) {
			return rerr
		}
		err = rerr
	}
	// Fuse what is stored now: a batch that stored nothing new changes
	// nothing, and fusing is cheap beside extraction.
	fstart := time.Now()
	fst, ferr := fuse.Refresh(ctx, st)
	if ferr != nil {
		return ferr
	}
	fmt.Fprintf(stderr, "fused %d articles into %d incidents (%d copies; %d written, %d removed) (%.1fs)\n",
		fst.Articles, fst.Incidents, fst.Copies, fst.Written, fst.Removed, time.Since(fstart).Seconds())
	if t.stored > 0 {
		// A large batch leaves the full-text indexes in many segments.
		if oerr := st.Optimize(ctx, t.stored >= 1000); oerr != nil {
			return oerr
		}
	}
	return err
}

// oneLine shortens s to at most n runes on one line, with every control
// character (a hostile title may carry terminal escapes) made a space.
func oneLine(s string, n int) string {
	r := []rune(s)
	for i, c := range r {
		if unicode.IsControl(c) {
			r[i] = ' '
		}
	}
	if len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return string(r)
}
