package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/export"
)

// errExportFull stops reading records when an export has read
// MaxExportBytes.
var errExportFull = errors.New("export full")

// exportTypes are the Content-Type and file extension of each export
// format.
var exportTypes = map[string]struct{ contentType, ext string }{
	"json":    {JSONType, "json"},
	"csv":     {"text/csv; charset=utf-8", "csv"},
	"geojson": {"application/geo+json", "geojson"},
	"md":      {"text/markdown; charset=utf-8", "md"},
}

// export serves /api/export: the whole records of the incidents the
// filters select, in the filters' order, as a download in the format asked
// (json by default) through internal/export. The file holds at most limit
// incidents (MaxExport at most and by default), and stops before the
// record that would take the stored records read past MaxExportBytes (a
// story covered a thousand times is megabytes, and the records are held in
// memory to be written). The X-Total-Count header says how many incidents
// the filters select, X-Export-Count how many the file holds. At most
// maxExports exports are built at once (the handler sees to it); others
// wait for their turn within the request's time limit.
func (a *api) export(w http.ResponseWriter, r *http.Request, in input) error {
	ctx := r.Context()
	format := in["format"]
	if format == "" {
		format = "json"
	}
	typ, ok := exportTypes[format]
	if !ok {
		return badRequest("no export format %q", format) // the table and exportTypes disagree
	}
	f := in.filter()
	total, err := a.st.CountIncidents(ctx, f)
	if err != nil {
		return err
	}
	f.Limit = in.int("limit", MaxExport)
	var incs []dossier.Fused
	read := 0
	err = a.st.Incidents(ctx, f, func(data []byte) error {
		if len(incs) > 0 && read+len(data) > a.exportBytes {
			return errExportFull
		}
		read += len(data)
		var inc dossier.Fused
		if err := json.Unmarshal(data, &inc); err != nil {
			return fmt.Errorf("stored incident: %w", err)
		}
		incs = append(incs, inc)
		return nil
	})
	if err != nil && !errors.Is(err, errExportFull) {
		return err
	}
	var buf bytes.Buffer
	if err := export.Write(&buf, format, incs); err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", typ.contentType)
	h.Set("Content-Disposition", `attachment; filename="incidents.`+typ.ext+`"`)
	h.Set("Content-Length", strconv.Itoa(buf.Len()))
	h.Set("X-Total-Count", strconv.Itoa(total))
	h.Set("X-Export-Count", strconv.Itoa(len(incs)))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(buf.Bytes())
	return nil
}
