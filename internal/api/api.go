// Package api is the JSON API of `dossier serve`, under /api/.
package api

import (
	"encoding/json"
	"net/http"

	"github.com/dossier-project/dossier/internal/store"
)

// New returns the API handler over st.
func New(st *store.Store) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		Error(w, http.StatusNotFound, "no such endpoint")
	})
	return mux
}

// Error writes a JSON error: {"error": msg, "status": code}.
func Error(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(struct {
		Error  string `json:"error"`
		Status int    `json:"status"`
	}{msg, code})
}
