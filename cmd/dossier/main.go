// Command dossier reads news coverage of violent incidents and builds the
// incident record: what happened, when, where, who, how many killed and
// injured, with the sentence and source of every value.
//
// Usage:
//
//	dossier ingest [--db PATH] SOURCE...
//	dossier extract [--format json|text] SOURCE...
//	dossier incidents [--db PATH] [--format json|csv|geojson|md] [filters]
//	dossier fuse [--db PATH]
//	dossier search [--db PATH] QUERY
//	dossier serve [--db PATH] [--addr 127.0.0.1:8080]
//	dossier eval [--format text|json] CORPUS_DIR
//
// Exit status: 0 when every source was read, 1 when some source failed (each
// failure named on stderr), 2 on bad usage.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

const usage = `dossier: incident records from news coverage

Usage:
  dossier ingest [--db PATH] SOURCE...        read articles into the database (idempotent)
  dossier extract [--format json|text] SOURCE... print what is extracted, one JSON object per article
  dossier incidents [--db PATH] [--format json|csv|geojson|md] [--country CC]
                    [--group NAME] [--since DATE] [--until DATE] [--min-killed N] [--q QUERY]
                                              the fused incident records
  dossier fuse [--db PATH]                    rebuild the incidents from what is stored
  dossier search [--db PATH] [--limit N] QUERY full-text search over stored articles
  dossier serve [--db PATH] [--addr 127.0.0.1:8080]
                                              the HTTP API and web UI
  dossier eval [--format text|json] CORPUS_DIR score extraction against a corpus folder

A SOURCE is a file (.html, .htm, .txt, optionally .gz), a directory (walked),
a JSON Lines file (.jsonl, .jsonl.gz), an http(s) URL or RSS/Atom feed, or -
for standard input. --db defaults to $DOSSIER_DB, else dossier.db.

Exit status: 0 when every source was read; 1 when some source failed; 2 on
bad usage.
`

// errUsage marks a usage error: exit status 2.
var errUsage = errors.New("bad usage")

// errSomeFailed marks a run in which some source failed: exit status 1.
var errSomeFailed = errors.New("some sources failed")

type command func(ctx context.Context, args []string, stdout, stderr io.Writer) error

var commands = map[string]command{
	"ingest":    runIngest,
	"extract":   runExtract,
	"incidents": runIncidents,
	"fuse":      runFuse,
	"search":    runSearch,
	"serve":     runServe,
	"eval":      runEval,
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// run executes one command line and returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "dossier: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	err := cmd(ctx, args[1:], stdout, stderr)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "dossier %s: %v\n", args[0], err)
		return 2
	case errors.Is(err, errSomeFailed):
		return 1
	}
	fmt.Fprintf(stderr, "dossier %s: %v\n", args[0], err)
	return 1
}

// parseOnlyFlags parses the flags of a command that takes no positional
// argument, and refuses one.
func parseOnlyFlags(fs *flag.FlagSet, args []string) error {
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, rest[0])
	}
	return nil
}

// parseFlags parses flags that may come before, between or after the
// positional arguments (dossier ingest ./a --db x.db) and returns the
// positional ones.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// newFlagSet returns a flag set whose errors are returned, not fatal, and
// whose usage goes to stderr.
func newFlagSet(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: dossier %s %s\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// dbFlag registers --db with its documented default.
func dbFlag(fs *flag.FlagSet) *string {
	def := os.Getenv("DOSSIER_DB")
	if def == "" {
		def = "dossier.db"
	}
	return fs.String("db", def, "SQLite database `path` (default $DOSSIER_DB, else dossier.db)")
}
