package api

import (
	_ "embed"
	"net/http"
	"strconv"
)

// openapiJSON is the OpenAPI 3.1 document of the API. The tests hold it to
// the endpoints table and to the answers the server gives.
//
//go:embed openapi.json
var openapiJSON []byte

// openapi serves /api/openapi.json.
func (a *api) openapi(w http.ResponseWriter, r *http.Request, in input) error {
	h := w.Header()
	h.Set("Content-Type", JSONType)
	h.Set("Content-Length", strconv.Itoa(len(openapiJSON)))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(openapiJSON)
	return nil
}
