package fuse

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/extract"
	"github.com/dossier-project/dossier/internal/store"
)

// ReportVersion is the version of the rules that turn an article into a
// stored Report: extract and all it reads with (analyze, gazetteer,
// groups, quotes), and Names. Raise it with every change that alters some
// report: Reextract then redoes the extractions stored by older rules, so
// that a database ingested by an older dossier is read by the new rules.
// TestReportVersion fails when the reports of the repository's own
// fixtures change and ReportVersion did not.
const ReportVersion = 9

// ReextractStats says what one Reextract did.
type ReextractStats struct {
	Stale  int // stored articles whose extraction was made by other rules, or that had none
	Redone int // of them, extracted again and stored
	// Failed holds one error per article that could not be extracted
	// again, naming it; its old extraction stays.
	Failed []error
}

// Reextract extracts again, from the stored article, every article whose
// stored extraction was made by rules other than ReportVersion (or that has
// none), on workers goroutines (all cores when workers < 1), and stores
// each new extraction in its own transaction. An article whose extraction
// fails keeps its old one and is named in Failed; the others go on. The
// error is for the store itself failing, or ctx ending: what was redone by
// then stays, and the next Reextract does the rest.
//
// Run it before Refresh: the records of the incidents a redone article
// belongs to are rebuilt, since the version is part of their digest.
func Reextract(ctx context.Context, st *store.Store, workers int) (ReextractStats, error) {
	var stats ReextractStats
	ids, err := st.Stale(ctx, ReportVersion)
	if err != nil {
		return stats, err
	}
	stats.Stale = len(ids)
	if len(ids) == 0 {
		return stats, nil
	}
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	todo := make(chan string)
	var (
		mu    sync.Mutex
		fatal error
		wg    sync.WaitGroup
	)
	for range min(workers, len(ids)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for id := range todo {
				err := redo(ctx, st, id)
				mu.Lock()
				switch {
				case err == nil:
					stats.Redone++
				case isArticleError(err):
					stats.Failed = append(stats.Failed, err)
				case fatal == nil:
					fatal = err
					cancel()
				}
				mu.Unlock()
			}
		}()
	}
feed:
	for _, id := range ids {
		select {
		case todo <- id:
		case <-ctx.Done():
			break feed
		}
	}
	close(todo)
	wg.Wait()
	if fatal == nil {
		fatal = ctx.Err()
	}
	return stats, fatal
}

// articleError is the failure of one article's extraction, which leaves
// the rest of a Reextract going.
type articleError struct{ err error }

func (e articleError) Error() string { return e.err.Error() }
func (e articleError) Unwrap() error { return e.err }

func isArticleError(err error) bool {
	_, ok := err.(articleError)
	return ok
}

// redo extracts the stored article id again and stores the result.
func redo(ctx context.Context, st *store.Store, id string) error {
	a, err := st.Get(ctx, id)
	if err != nil {
		return err
	}
	x, err := extractSafely(a)
	if err != nil {
		return articleError{fmt.Errorf("re-extract %s (%s): %w", id, a.Source, err)}
	}
	e, err := Extraction(a, x)
	if err != nil {
		return articleError{fmt.Errorf("re-extract %s: %w", id, err)}
	}
	return st.Reextracted(ctx, id, e)
}

// extractSafely runs extract.Article, turning a panic (a bug one
// article's text trips) into an error.
func extractSafely(a *dossier.Article) (x *extract.Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			x, err = nil, fmt.Errorf("internal error (please report it): %v", p)
		}
	}()
	r := extract.Article(a)
	return &r, nil
}
