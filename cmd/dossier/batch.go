package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/dossier-project/dossier/internal/batch"
	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// tally counts a batch's outcomes for the summary line.
type tally struct {
	read, stored, duplicates, failed int
}

// runBatch runs acquire and clean over sources, reports every failure on
// stderr as it comes, shows progress when stderr is a terminal, and hands
// each article to each. It returns errSomeFailed when a source failed.
func runBatch(ctx context.Context, sources []string, opts batch.Options, stderr io.Writer,
	t *tally, each func(batch.Result) error) error {
	bar := newProgress(stderr)
	err := batch.Run(ctx, sources, opts, func(r batch.Result) error {
		t.read++
		if bar != nil {
			_ = bar.Add(1)
		}
		if r.Err != nil {
			t.failed++
			if bar != nil {
				_ = bar.Clear()
			}
			fmt.Fprintf(stderr, "dossier: %v\n", r.Err)
			return nil
		}
		for _, w := range r.Warnings {
			if bar != nil {
				_ = bar.Clear()
			}
			fmt.Fprintf(stderr, "dossier: warning: %s: %s\n", r.Source, w)
		}
		return each(r)
	})
	if bar != nil {
		_ = bar.Finish()
		fmt.Fprintln(stderr)
	}
	if err != nil {
		return err
	}
	if t.failed > 0 {
		return errSomeFailed
	}
	return nil
}

// newProgress returns a spinner with a count on stderr when it is a
// terminal, else nil.
func newProgress(w io.Writer) *progressbar.ProgressBar {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("articles"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionThrottle(100*time.Millisecond),
	)
}

// summary prints the batch's closing line.
func (t *tally) summary(w io.Writer, elapsed time.Duration) {
	fmt.Fprintf(w, "read %d, stored %d, duplicates %d, failed %d (%.1fs)\n",
		t.read, t.stored, t.duplicates, t.failed, elapsed.Seconds())
}
