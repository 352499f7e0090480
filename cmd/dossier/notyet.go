package main

import (
	"context"
	"errors"
	"io"
)

// errNotYet answers the commands whose stages are not built yet: serve,
// the analyst's view.
var errNotYet = errors.New("not yet: this command arrives with the incident extraction and fusion stages")

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return errNotYet
}
