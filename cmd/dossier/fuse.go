package main

import (
	"context"
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
		return pprof.Lookup("allocs").WriteTo(f, 0)
	}
	return nil
}
