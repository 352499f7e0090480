// Package web is the web UI of `dossier serve`: pages rendered on the
// server with html/template and files embedded in the binary.
package web

import (
	"net/http"

	"github.com/dossier-project/dossier/internal/store"
)

// New returns the UI handler over st.
func New(st *store.Store) http.Handler {
	return http.NotFoundHandler()
}
