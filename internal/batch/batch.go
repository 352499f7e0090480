// Package batch runs the first stages of the flow over a list of sources:
// acquire reads them in order, clean runs on a bounded pool of workers, and
// the results come back in input order, each either an Article or a Failure
// naming its source. One bad source never stops the batch.
package batch

import (
	"context"
	"errors"
	"fmt"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/acquire"
	"github.com/dossier-project/dossier/internal/clean"
	"github.com/dossier-project/dossier/internal/extract"
	"github.com/dossier-project/dossier/internal/pipeline"
)

// errStopped tells acquire that the pool stopped taking items.
var errStopped = errors.New("stopped")

// Result is one source's outcome: exactly one of Article or Err is set.
// Source names where the record was read; Warnings are problems that did
// not stop the article, for the caller to report with the source.
type Result struct {
	Article  *dossier.Article
	Extract  *extract.Result // set when Options.Extract is on
	Prepared any             // what Options.Prepare returned, when set
	Err      *dossier.Failure
	Source   string
	Warnings []string
}

// Options configure a run.
type Options struct {
	Workers int             // clean workers; 0 means all cores
	Extract bool            // also run the extract stage on each article
	Acquire acquire.Options // limits on reading
	// Prepare, when set, runs on the worker after clean (and extract) for
	// each article, so that per-article work the caller needs (encoding,
	// hashing) runs in parallel too; its result is delivered in
	// Result.Prepared. x is nil unless Extract is on.
	Prepare func(a *dossier.Article, x *extract.Result) any
}

// Run reads sources, cleans each article and calls deliver with the results
// in input order. deliver runs on the caller's goroutine. Run returns the
// first error deliver returns, or the context's error; failures of single
// sources are delivered as Results, not returned.
func Run(ctx context.Context, sources []string, opts Options, deliver func(Result) error) error {
	produce := func(yield func(acquire.Item) bool) error {
		err := acquire.Read(ctx, sources, opts.Acquire, func(it acquire.Item) error {
			if !yield(it) {
				return errStopped
			}
			return nil
		})
		if errors.Is(err, errStopped) {
			return nil
		}
		return err
	}
	work := func(it acquire.Item) (r Result) {
		defer func() {
			// A bug that one article's text trips is that article's
			// failure, named with its source; the batch goes on.
			if p := recover(); p != nil {
				var src string
				if it.Raw != nil {
					src = it.Raw.Source
				} else if it.Err != nil {
					src = it.Err.Source
				}
				r = Result{Err: &dossier.Failure{Source: src, Err: fmt.Errorf("internal error (please report it): %v", p)}, Source: src}
			}
		}()
		r = cleanItem(it)
		if r.Article == nil {
			return r
		}
		if opts.Extract {
			x := extract.Article(r.Article)
			r.Extract = &x
		}
		if opts.Prepare != nil {
			r.Prepared = opts.Prepare(r.Article, r.Extract)
		}
		return r
	}
	return pipeline.Ordered(ctx, opts.Workers, produce, work, deliver)
}

// cleanItem turns one acquired item into a Result, converting any cleaning
// error into a Failure that names the source.
func cleanItem(it acquire.Item) Result {
	if it.Err != nil {
		return Result{Err: it.Err, Source: it.Err.Source}
	}
	a, err := clean.Clean(it.Raw)
	if err != nil {
		return Result{Err: &dossier.Failure{Source: it.Raw.Source, Err: err}, Source: it.Raw.Source}
	}
	return Result{Article: a, Source: it.Raw.Source, Warnings: it.Raw.Warnings}
}
