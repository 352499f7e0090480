// Package api is the JSON API of `dossier serve`, under /api/: the fused
// incidents (listed with filters and paging, or one by id), the stored
// articles, the catalogue of armed groups, full-text search, exports of the
// incidents in the formats of `dossier incidents`, and an OpenAPI 3.1
// document of all of it at /api/openapi.json.
//
// The API is read-only (GET and HEAD). Every parameter is checked against
// the endpoint's table (endpoints, in params.go) before the store is asked
// anything: an unknown parameter name, a malformed value or a request that
// would cost too much (per_page over MaxPerPage, page × per_page over
// MaxWindow, a query over MaxQueryBytes) is a 400 with a JSON error, an
// unknown id or path a 404, another method a 405. Responses are JSON with
// Content-Type application/json; charset=utf-8 and Cache-Control: no-store,
// encoded by encoding/json, which escapes <, > and & in strings: article
// text is hostile and comes back escaped.
//
// Cost is bounded beyond the parameters: at most maxQueries requests read
// the store at once (the others wait their turn within the request's time
// limit, then get a 503), an export holds at most MaxExport incidents and
// MaxExportBytes of stored records (the X-Total-Count header says how many
// the filters select, X-Export-Count how many the file holds) and at most
// maxExports are built at once.
package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"

	"github.com/dossier-project/dossier/internal/store"
)

// Limits of what one request may ask for.
const (
	DefaultPerPage = 50       // incidents per page when per_page is not given
	MaxPerPage     = 200      // the largest per_page
	MaxWindow      = 100_000  // page × per_page: deeper pages are refused
	MaxQueryBytes  = 200      // the longest q (and group) parameter, in bytes
	SearchLimit    = 20       // hits of each kind /api/search returns, and /api/articles by default
	MaxSearchLimit = 100      // the largest limit of /api/articles
	MaxExport      = 5_000    // the most incidents one export holds
	MaxExportBytes = 16 << 20 // the most bytes of stored records one export reads (one record at least)
	MaxIDBytes     = 256      // longer ids in a path are not looked up (404)
	maxExports     = 2        // exports built at the same time (each holds its records in memory)
	// maxQueries is how many requests read the store at once; the others
	// wait their turn (within the request's time limit, else 503). It is
	// the store's pool of idle connections (store.Open keeps 4): more
	// readers at once open connections only to close them again, each
	// parsing the schema and filling a page cache of its own, which under
	// load costs more time and memory than waiting.
	maxQueries = 4
)

// JSONType is the Content-Type of every JSON response of the API.
const JSONType = "application/json; charset=utf-8"

// api is the handler state: the store, and semaphores bounding the
// requests reading it and the exports in progress.
type api struct {
	st          *store.Store
	queries     chan struct{}
	exports     chan struct{}
	exportBytes int // MaxExportBytes, smaller in tests
}

// New returns the API handler over st. It serves the paths under /api/ and
// answers every other path under /api/ with a JSON 404.
func New(st *store.Store) http.Handler {
	return newHandler(st, MaxExportBytes)
}

// newHandler is New with exports read up to exportBytes.
func newHandler(st *store.Store, exportBytes int) http.Handler {
	a := &api{st: st, queries: make(chan struct{}, maxQueries), exports: make(chan struct{}, maxExports),
		exportBytes: exportBytes}
	mux := http.NewServeMux()
	for i := range endpoints {
		ep := &endpoints[i]
		// GET patterns match HEAD too; any other method on a known
		// path falls to the method-less pattern: a JSON 405.
		mux.Handle("GET "+ep.Path, a.handler(ep))
		mux.HandleFunc(ep.Path, methodNotAllowed)
	}
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		Error(w, http.StatusNotFound, "no such endpoint: "+r.URL.Path+" (see /api/openapi.json)")
	})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		mux.ServeHTTP(w, r)
	})
}

// methodNotAllowed answers a method other than GET or HEAD.
func methodNotAllowed(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Allow", "GET, HEAD")
	Error(w, http.StatusMethodNotAllowed, "method "+r.Method+" not allowed: the API is read-only (GET, HEAD)")
}

// Error writes a JSON error: {"error": msg, "status": code}, with
// Cache-Control: no-store.
func Error(w http.ResponseWriter, code int, msg string) {
	h := w.Header()
	h.Set("Content-Type", JSONType)
	h.Set("Cache-Control", "no-store")
	h.Del("Content-Disposition")
	h.Del("Content-Length")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(struct {
		Error  string `json:"error"`
		Status int    `json:"status"`
	}{msg, code})
}

// httpError is an error with the status it answers.
type httpError struct {
	code int
	msg  string
}

func (e *httpError) Error() string { return e.msg }

// badRequest returns a 400 error.
func badRequest(format string, args ...any) error {
	return &httpError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

// notFound returns a 404 error.
func notFound(format string, args ...any) error {
	return &httpError{http.StatusNotFound, fmt.Sprintf(format, args...)}
}

// handler runs one endpoint: it checks the request's parameters against
// the endpoint's table and turns the error the endpoint returns into a
// JSON error response.
func (a *api) handler(ep *endpoint) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		in, err := ep.parse(r)
		// An export waits for its own turn first, so that exports
		// waiting never hold the turns of other requests.
		if err == nil && ep.export {
			if err = acquire(r.Context(), a.exports); err == nil {
				defer func() { <-a.exports }()
			}
		}
		if err == nil && !ep.static {
			if err = acquire(r.Context(), a.queries); err == nil {
				defer func() { <-a.queries }()
			}
		}
		if err == nil {
			err = ep.serve(a, w, r, in)
		}
		if err == nil {
			return
		}
		var he *httpError
		switch {
		case errors.As(err, &he):
			Error(w, he.code, he.msg)
		case errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled):
			Error(w, http.StatusServiceUnavailable, "the request took too long")
		default:
			log.Printf("api: %s %s: %v", r.Method, r.URL.Path, err)
			Error(w, http.StatusInternalServerError, "internal error")
		}
	})
}

// acquire takes a place in the semaphore sem, waiting for one until ctx
// ends.
func acquire(ctx context.Context, sem chan struct{}) error {
	select {
	case sem <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// writeJSON encodes v (escaping <, > and & in strings) and writes it with
// status 200. Nothing is written when encoding fails, so the caller can
// still answer with an error.
func writeJSON(w http.ResponseWriter, v any) error {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(v); err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", JSONType)
	h.Set("Content-Length", fmt.Sprint(buf.Len()))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(buf.Bytes())
	return nil
}

// nullable returns nil for "" (printed as JSON null: unknown) and &s
// otherwise.
func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
