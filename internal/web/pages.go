package web

import (
	"cmp"
	"database/sql"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/groups"
	"github.com/dossier-project/dossier/internal/store"
)

// groupEntry is one group in the groups list, with how many stored
// incidents name it.
type groupEntry struct {
	G     *groups.Group
	Count int
}

// kindEntries is the catalogue's groups of one kind.
type kindEntries struct {
	Kind   string
	Groups []*groups.Group
}

// groupsPage is the data of /groups.
type groupsPage struct {
	WithIncidents []groupEntry
	Uncatalogued  []struct {
		Name  string
		Count int
	}
	Catalogue []kindEntries
	Size      int
}

func (s *site) groupList(w http.ResponseWriter, r *http.Request) {
	counts := s.groupCounts(r.Context())
	var p groupsPage
	for name, n := range counts {
		g, ok := groups.Lookup(name)
		switch {
		case ok && g.Name == name:
			p.WithIncidents = append(p.WithIncidents, groupEntry{G: g, Count: n})
		case !ok:
			p.Uncatalogued = append(p.Uncatalogued, struct {
				Name  string
				Count int
			}{name, n})
		}
	}
	slices.SortFunc(p.WithIncidents, func(a, b groupEntry) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.G.Name, b.G.Name))
	})
	slices.SortFunc(p.Uncatalogued, func(a, b struct {
		Name  string
		Count int
	}) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Name, b.Name))
	})
	at := map[string]int{}
	for _, g := range groups.All() {
		if g.Generic {
			continue
		}
		p.Size++
		k := g.Kind
		if k == "" {
			k = "other"
		}
		i, ok := at[k]
		if !ok {
			i = len(p.Catalogue)
			at[k] = i
			p.Catalogue = append(p.Catalogue, kindEntries{Kind: k})
		}
		p.Catalogue[i].Groups = append(p.Catalogue[i].Groups, g)
	}
	slices.SortFunc(p.Catalogue, func(a, b kindEntries) int { return cmp.Compare(a.Kind, b.Kind) })
	for _, k := range p.Catalogue {
		slices.SortFunc(k.Groups, func(a, b *groups.Group) int {
			return cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
		})
	}
	s.render(w, r, http.StatusOK, "groups", frame{Title: "Groups", Nav: navGroups, Data: p})
}

// groupPage is the data of one group's page.
type groupPage struct {
	G         *groups.Group
	Ancestors []*groups.Group
	Branches  []*groups.Group
	Aliases   []string
	Countries []string
	Items     []dossier.Summary
	Total     int
	AllLink   string
	MapLink   string
	TimeLink  string
}

// maxGroupIncidents is how many incidents a group's page lists.
const maxGroupIncidents = 50

func (s *site) group(w http.ResponseWriter, r *http.Request) {
	g, ok := groups.ByID(r.PathValue("id"))
	if !ok || g.Generic {
		s.notFound(w, r, "There is no group with this id in the catalogue.")
		return
	}
	p := groupPage{G: g, Ancestors: groups.Ancestors(g)}
	for _, o := range groups.All() {
		if o.Parent == g.ID {
			p.Branches = append(p.Branches, o)
		}
	}
	for _, a := range g.Aliases {
		if a != g.Name {
			p.Aliases = append(p.Aliases, a)
		}
	}
	for _, c := range g.Countries {
		p.Countries = append(p.Countries, countryName(c))
	}
	f := store.Filter{Group: g.Name, Sort: "-date", Limit: maxGroupIncidents}
	ctx := r.Context()
	var err error
	if p.Total, err = s.st.CountIncidents(ctx, f); err != nil {
		s.fail(w, r, err)
		return
	}
	err = s.st.IncidentSummaries(ctx, f, func(b []byte) error {
		var sum dossier.Summary
		if err := json.Unmarshal(b, &sum); err != nil {
			return err
		}
		p.Items = append(p.Items, sum)
		return nil
	})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	q := "group=" + url.QueryEscape(g.Name)
	p.AllLink, p.MapLink, p.TimeLink = "/?"+q, "/map?"+q, "/timeline?by=country&"+q
	s.render(w, r, http.StatusOK, "group", frame{Title: g.Name, Nav: navGroups, Data: p})
}

// articlePage is the data of an article's page.
type articlePage struct {
	A          *dossier.Article
	Link       string // the URL when it is http(s)
	Canonical  string
	Paragraphs [][]segment
	Incidents  []relatedView
	Cited      int
}

// maxArticleIncidents is how many of an article's incidents its page
// names.
const maxArticleIncidents = 50

func (s *site) article(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	id := r.PathValue("id")
	a, err := s.st.Get(ctx, id)
	if errors.Is(err, sql.ErrNoRows) {
		s.notFound(w, r, "There is no stored article with this id.")
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := articlePage{A: a, Link: httpURL(a.URL), Canonical: httpURL(a.Canonical)}
	ids, err := s.st.IncidentsOfArticle(ctx, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	// The sentences the incidents cite from this article, to mark in
	// its text.
	cited := map[string]bool{}
	for i, iid := range ids {
		if i >= maxArticleIncidents {
			break
		}
		data, err := s.st.IncidentByID(ctx, iid)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			s.fail(w, r, err)
			return
		}
		var f dossier.Fused
		if err := json.Unmarshal(data, &f); err != nil {
			continue
		}
		p.Incidents = append(p.Incidents, relatedView{ID: f.ID, Title: f.Title, Date: f.Date,
			Place: placeOf(f.Place, f.City, f.Region, f.Country), Found: true})
		for _, e := range f.Evidence {
			if e.Article == id {
				cited[e.Text] = true
			}
		}
		for _, fg := range f.Figures {
			if fg.Article == id {
				cited[fg.Text] = true
			}
		}
	}
	for _, para := range strings.Split(a.Text, "\n\n") {
		if para = strings.TrimSpace(para); para != "" {
			segs := markSentences(para, cited)
			for _, sg := range segs {
				if sg.Mark {
					p.Cited++
				}
			}
			p.Paragraphs = append(p.Paragraphs, segs)
		}
	}
	title := a.Title
	if title == "" {
		title = "Article " + a.ID
	}
	s.render(w, r, http.StatusOK, "article", frame{Title: title, Data: p})
}

// markSentences splits a paragraph so that the cited sentences it holds
// are marked.
func markSentences(para string, cited map[string]bool) []segment {
	type span struct{ i, j int }
	var spans []span
	for t := range cited {
		if len(t) < 12 {
			continue
		}
		if i := strings.Index(para, t); i >= 0 {
			spans = append(spans, span{i, i + len(t)})
		}
	}
	slices.SortFunc(spans, func(a, b span) int { return cmp.Compare(a.i, b.i) })
	var out []segment
	at := 0
	for _, sp := range spans {
		if sp.i < at {
			continue // overlaps a span already marked
		}
		if sp.i > at {
			out = append(out, segment{Text: para[at:sp.i]})
		}
		out = append(out, segment{Text: para[sp.i:sp.j], Mark: true})
		at = sp.j
	}
	if at < len(para) {
		out = append(out, segment{Text: para[at:]})
	}
	return out
}
