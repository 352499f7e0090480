package fuse

import (
	"context"
	"errors"
	"fmt"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/batch"
	"github.com/dossier-project/dossier/internal/extract"
	"github.com/dossier-project/dossier/internal/store"
)

// prepared is what Prepare leaves in batch.Result.Prepared.
type prepared struct {
	x   *store.Extraction
	err error
}

// Prepare is the batch.Options.Prepare of the write side: it makes each
// article's extraction for the store (report JSON and MinHash signature)
// on the batch's workers, so that storing is the one sequential step. Run
// the batch with Extract on, then Put each result.
func Prepare(a *dossier.Article, x *extract.Result) any {
	e, err := Extraction(a, x)
	return prepared{e, err}
}

// Put stores the article of r (from a batch run with Prepare) with its
// extraction, in one transaction. stored is false when the article was
// already there.
func Put(ctx context.Context, st *store.Store, r batch.Result) (stored bool, err error) {
	p, ok := r.Prepared.(prepared)
	if !ok {
		return false, errors.New("fuse: put: the batch ran without fuse.Prepare")
	}
	if p.err != nil {
		return false, p.err
	}
	return st.PutExtracted(ctx, r.Article, p.x)
}

// Ingest stores every article of sources with its extraction and fuses
// the store, as `dossier ingest` does, stopping at the first source that
// fails: for building a store from fixtures.
func Ingest(ctx context.Context, st *store.Store, sources ...string) (Stats, error) {
	err := batch.Run(ctx, sources, batch.Options{Extract: true, Prepare: Prepare}, func(r batch.Result) error {
		if r.Err != nil {
			return r.Err
		}
		if _, err := Put(ctx, st, r); err != nil {
			return fmt.Errorf("%s: %w", r.Source, err)
		}
		return nil
	})
	if err != nil {
		return Stats{}, err
	}
	rs, err := Reextract(ctx, st, 0)
	if err != nil {
		return Stats{}, err
	}
	if len(rs.Failed) > 0 {
		return Stats{}, rs.Failed[0]
	}
	return Refresh(ctx, st)
}
