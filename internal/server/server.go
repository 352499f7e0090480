// Package server assembles the analyst's view (`dossier serve`): the JSON
// API (internal/api) under /api/ and the web UI (internal/web) everywhere
// else, behind the protections every response gets: a strict
// Content-Security-Policy with no inline script, no sniffing, no framing,
// no referrer, GET and HEAD only, bounded URLs and a time limit on every
// request. The store is only read.
package server

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/dossier-project/dossier/internal/api"
	"github.com/dossier-project/dossier/internal/store"
	"github.com/dossier-project/dossier/internal/web"
)

// ContentSecurityPolicy is sent with every response: scripts, styles and
// images from the server itself only, nothing inline, no plugins, no
// frames, forms only to the server.
const ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
	"connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

// Limits of one request.
const (
	MaxURLBytes    = 4 << 10          // the request target
	RequestTimeout = 10 * time.Second // the handler's context
)

// New returns the handler of the whole site over st.
func New(st *store.Store) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/api/", api.New(st))
	mux.Handle("/", web.New(st))
	return Protect(mux)
}

// Protect wraps h with the headers and limits every response gets.
func Protect(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", ContentSecurityPolicy)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("Cross-Origin-Opener-Policy", "same-origin")
		hd.Set("Cross-Origin-Resource-Policy", "same-origin")
		api := strings.HasPrefix(r.URL.Path, "/api/")
		switch {
		case r.Method != http.MethodGet && r.Method != http.MethodHead:
			hd.Set("Allow", "GET, HEAD")
			fail(w, api, http.StatusMethodNotAllowed, "only GET and HEAD: the view is read-only")
			return
		case len(r.RequestURI) > MaxURLBytes:
			fail(w, api, http.StatusRequestURITooLong, "request URL too long")
			return
		case r.ContentLength > 0:
			fail(w, api, http.StatusRequestEntityTooLarge, "requests take no body")
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), RequestTimeout)
		defer cancel()
		h.ServeHTTP(w, r.WithContext(ctx))
	})
}

// fail answers an error before any handler ran: JSON for the API, plain
// text elsewhere.
func fail(w http.ResponseWriter, json bool, code int, msg string) {
	if json {
		api.Error(w, code, msg)
		return
	}
	http.Error(w, msg, code)
}

// NewHTTPServer returns an http.Server for h on addr with timeouts that
// keep slow or idle clients from holding connections.
func NewHTTPServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    16 << 10,
	}
}
