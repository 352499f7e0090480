package api

import (
	"database/sql"
	"encoding/json"
	"errors"
	"net/http"
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
	// Through the encoder: the stored JSON is checked and its <, > and &
	// escaped whatever wrote it.
	return writeJSON(w, json.RawMessage(data))
}
