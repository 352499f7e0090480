package api

import (
	"cmp"
	"net/http"
	"slices"
	"strings"

	"github.com/dossier-project/dossier/internal/groups"
	"github.com/dossier-project/dossier/internal/store"
)

// groupRef names a group of the catalogue.
type groupRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// group is a catalogue entry as the API gives it.
type group struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	Aliases   []string  `json:"aliases"`
	Kind      *string   `json:"kind"`
	Countries []string  `json:"countries"`
	Active    *string   `json:"active"`
	Generic   bool      `json:"generic"`
	Parent    *groupRef `json:"parent"`
	Count     int       `json:"count"` // stored incidents naming it as a perpetrator
}

// groupDetail is the answer of /api/groups/{id}: the group, its branches
// and one page of its incidents.
type groupDetail struct {
	group
	Children []groupRef `json:"children"`
	incidentList
}

// newGroup converts a catalogue entry.
func newGroup(g *groups.Group, count int) group {
	out := group{ID: g.ID, Name: g.Name, Aliases: slices.Clone(g.Aliases), Kind: nullable(g.Kind),
		Countries: slices.Clone(g.Countries), Active: nullable(g.Active), Generic: g.Generic, Count: count}
	if out.Aliases == nil {
		out.Aliases = []string{}
	}
	if out.Countries == nil {
		out.Countries = []string{}
	}
	if p, ok := groups.ByID(g.Parent); ok {
		out.Parent = &groupRef{p.ID, p.Name}
	}
	return out
}

// groupCounts returns how many stored incidents name each catalogue group.
// The store counts the names and aliases the incidents carry; each is
// mapped back to its group with groups.Lookup. An incident lists its
// perpetrator's name and aliases as the catalogue has them, where the name
// may be among the aliases again (the store may then count it twice for
// one incident) and an alias may be another group's too: so every name
// counts at least the group's incidents, and one the group lists once and
// alone has exactly their number. A group's count is the smallest count of
// the names it lists once, else of any of its names.
func (a *api) groupCounts(r *http.Request) (map[*groups.Group]int, error) {
	counts, err := a.st.GroupCounts(r.Context())
	if err != nil {
		return nil, err
	}
	found := map[*groups.Group]bool{}
	for name := range counts {
		if g, ok := groups.Lookup(name); ok {
			found[g] = true
		}
	}
	out := map[*groups.Group]int{}
	for g := range found {
		listed := map[string]int{g.Name: 1}
		for _, alias := range g.Aliases {
			listed[alias]++
		}
		once, least := -1, -1
		for name, times := range listed {
			n, ok := counts[name]
			if !ok {
				continue
			}
			if least < 0 || n < least {
				least = n
			}
			if times == 1 && (once < 0 || n < once) {
				once = n
			}
		}
		if once > 0 {
			out[g] = once
		} else if least > 0 {
			out[g] = least
		}
	}
	return out, nil
}

// groups serves /api/groups: the groups stored incidents name, most
// incidents first; with all, the whole catalogue (generic descriptors
// included, marked).
func (a *api) groups(w http.ResponseWriter, r *http.Request, in input) error {
	counts, err := a.groupCounts(r)
	if err != nil {
		return err
	}
	list := []group{}
	if in.bool("all") {
		for _, g := range groups.All() {
			list = append(list, newGroup(g, counts[g]))
		}
	} else {
		for g, n := range counts {
			list = append(list, newGroup(g, n))
		}
	}
	slices.SortStableFunc(list, func(x, y group) int {
		return cmp.Or(cmp.Compare(y.Count, x.Count), strings.Compare(x.Name, y.Name), strings.Compare(x.ID, y.ID))
	})
	return writeJSON(w, struct {
		Groups []group `json:"groups"`
	}{list})
}

// group serves /api/groups/{id}: one group of the catalogue, its parent
// and branches, and one page of the incidents naming it.
func (a *api) group(w http.ResponseWriter, r *http.Request, in input) error {
	g, ok := groups.ByID(in["id"])
	if !ok {
		return notFound("no group %q in the catalogue", in["id"])
	}
	list, err := a.page(r, in, store.Filter{Group: g.Name})
	if err != nil {
		return err
	}
	out := groupDetail{group: newGroup(g, list.Total), Children: []groupRef{}, incidentList: *list}
	for _, c := range groups.All() {
		if c.Parent == g.ID {
			out.Children = append(out.Children, groupRef{c.ID, c.Name})
		}
	}
	return writeJSON(w, out)
}
