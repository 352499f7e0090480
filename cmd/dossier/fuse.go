package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"time"

	"github.com/dossier-project/dossier/internal/fuse"
	"github.com/dossier-project/dossier/internal/store"
)

// runFuse fuses the stored extractions into incidents again (ingest does it
// after every batch; this is for a database whose incidents are to be
// rebuilt, for instance after an upgrade of the fusion rules).
func runFuse(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("fuse", "[--db PATH]", stderr)
	db := dbFlag(fs)
	memprofile := fs.String("memprofile", "", "write a heap profile to `FILE` when done")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile to `FILE`")
	if err := parseOnlyFlags(fs, args); err != nil {
		return err
	}
	st, err := store.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	rerr := reextract(ctx, st, 0, stderr)
	if rerr != nil && !errors.Is(rerr, errSomeFailed) {
		return rerr
	}
	start := time.Now()
	s, err := fuse.Refresh(ctx, st)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "fused %d articles into %d incidents (%d copies; %d written, %d removed) (%.1fs)\n",
		s.Articles, s.Incidents, s.Copies, s.Written, s.Removed, time.Since(start).Seconds())
	if *memprofile != "" {
		f, err := os.Create(*memprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
			return err
		}
	}
	return rerr
}

// reextract redoes the stored extractions made by older rules (see
// fuse.Reextract) and says so on stderr, naming each article that failed.
// It returns errSomeFailed when one did.
func reextract(ctx context.Context, st *store.Store, workers int, stderr io.Writer) error {
	start := time.Now()
	rs, err := fuse.Reextract(ctx, st, workers)
	if rs.Stale > 0 {
		fmt.Fprintf(stderr, "re-extracted %d of %d stored articles made by older rules (%.1fs)\n",
			rs.Redone, rs.Stale, time.Since(start).Seconds())
	}
	for _, f := range rs.Failed {
		fmt.Fprintf(stderr, "error: %v\n", f)
	}
	if err != nil {
		return err
	}
	if len(rs.Failed) > 0 {
		return errSomeFailed
	}
	return nil
}
