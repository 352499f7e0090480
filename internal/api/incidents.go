package api

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/dossier-project/dossier/internal/groups"
	"github.com/dossier-project/dossier/internal/store"
)

// incidentList is the answer of /api/incidents: one page of incident
// summaries and the number of incidents the filters select.
type incidentList struct {
	Total     int               `json:"total"`
	Page      int               `json:"page"`
	PerPage   int               `json:"per_page"`
	Incidents []json.RawMessage `json:"incidents"` // dossier.Summary as stored
}

// filter makes the store filter of the parameters q, country, group,
// since, until, min_killed and sort.
func (in input) filter() store.Filter {
	return store.Filter{
		Query:     in["q"],
		Country:   strings.ToUpper(in["country"]),
		Group:     groupName(in["group"]),
		Since:     in["since"],
		Until:     in["until"],
		MinKilled: in.int("min_killed", 0),
		Sort:      in["sort"],
	}
}

// groupName returns the catalogue name of the group s names (a name, an
// alias in any spelling Lookup accepts, or a catalogue id), which is what
// stored incidents carry; s itself when the catalogue does not know it.
func groupName(s string) string {
	if s == "" {
		return ""
	}
	if g, ok := groups.Lookup(s); ok {
		return g.Name
	}
	if g, ok := groups.ByID(s); ok {
		return g.Name
	}
	return s
}

// incidents serves /api/incidents: the incidents the filters select, one
// page of summaries at a time.
func (a *api) incidents(w http.ResponseWriter, r *http.Request, in input) error {
	list, err := a.page(r, in, in.filter())
	if err != nil {
		return err
	}
	return writeJSON(w, list)
}

// page reads the page of f that the page, per_page and sort parameters
// select, and the total f selects.
func (a *api) page(r *http.Request, in input, f store.Filter) (*incidentList, error) {
	ctx := r.Context()
	list := &incidentList{Page: in.int("page", 1), PerPage: in.int("per_page", DefaultPerPage),
		Incidents: []json.RawMessage{}}
	f.Sort = in["sort"]
	f.Limit, f.Offset = list.PerPage, (list.Page-1)*list.PerPage
	total, err := a.st.CountIncidents(ctx, f)
	if err != nil {
		return nil, err
	}
	list.Total = total
	if f.Offset >= total {
		return list, nil
	}
	err = a.st.IncidentSummaries(ctx, f, func(s []byte) error {
		list.Incidents = append(list.Incidents, json.RawMessage(s))
		return nil
	})
	return list, err
}

// incident serves /api/incidents/{id}: the whole fused record.
func (a *api) incident(w http.ResponseWriter, r *http.Request, in input) error {
	data, err := a.st.IncidentByID(r.Context(), in["id"])
	if errors.Is(err, sql.ErrNoRows) {
		return notFound("no incident %q", in["id"])
	}
	if err != nil {
		return err
	}
	return writeStored(w, data)
}

// writeStored writes JSON the store holds (written by encoding/json) as it
// is, with status 200. A record can be megabytes: encoding/json would
// re-validate and compact it byte by byte, which costs more than reading
// it. What encoding/json does by default, escaping <, > and & (and U+2028,
// U+2029), is done here only if one of them is there, so that nothing
// reaches the client unescaped whatever wrote the record.
func writeStored(w http.ResponseWriter, data []byte) error {
	if bytes.ContainsAny(data, "<>&") || bytes.Contains(data, lineSep) || bytes.Contains(data, paraSep) {
		var buf bytes.Buffer
		json.HTMLEscape(&buf, data)
		data = buf.Bytes()
	}
	h := w.Header()
	h.Set("Content-Type", JSONType)
	h.Set("Content-Length", strconv.Itoa(len(data)+1))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(data)
	_, _ = w.Write([]byte{'\n'})
	return nil
}

// U+2028 and U+2029 in UTF-8: JavaScript line terminators, which
// encoding/json escapes.
var (
	lineSep = []byte("\u2028")
	paraSep = []byte("\u2029")
)
