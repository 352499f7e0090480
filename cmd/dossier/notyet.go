package main

import (
	"context"
	"errors"
	"io"
)

// errNotYet answers the commands whose stages are not built yet: incidents
// needs the extract and fuse stages, serve the analyst's view.
var errNotYet = errors.New("not yet: this command arrives with the incident extraction and fusion stages")

func runIncidents(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return errNotYet
}

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return errNotYet
}
