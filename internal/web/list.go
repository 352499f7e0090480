package web

import (
	"cmp"
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/gazetteer"
	"github.com/dossier-project/dossier/internal/groups"
	"github.com/dossier-project/dossier/internal/store"
)

// form is the filter form as the user filled it in: what the inputs show
// again and what links carry on.
type form struct {
	Q, Country, Group, Since, Until, MinKilled, Sort string
}

// sortOption is one choice of the sort menu.
type sortOption struct {
	Value, Label string
	Selected     bool
}

// sortOptions are the list's sorts with their labels.
var sortOptions = []sortOption{
	{Value: "-date", Label: "Newest first"},
	{Value: "date", Label: "Oldest first"},
	{Value: "-killed", Label: "Most killed"},
	{Value: "killed", Label: "Fewest killed"},
	{Value: "-sources", Label: "Most sources"},
	{Value: "sources", Label: "Fewest sources"},
}

// defaultSort is the list's order when none is asked for.
const defaultSort = "-date"

// parseForm reads the filters of a request into a store filter, with a
// message for each value it could not use (that value is then ignored).
func parseForm(q url.Values) (form, store.Filter, []string) {
	get := func(k string) string { return strings.TrimSpace(q.Get(k)) }
	fm := form{Q: get("q"), Country: get("country"), Group: get("group"), Since: get("since"),
		Until: get("until"), MinKilled: get("min_killed"), Sort: get("sort")}
	var f store.Filter
	var errs []string
	if len(fm.Q) > MaxQueryBytes {
		fm.Q = strings.ToValidUTF8(fm.Q[:MaxQueryBytes], "")
		errs = append(errs, "The search was cut to its first "+strconv.Itoa(MaxQueryBytes)+" bytes.")
	}
	if !utf8.ValidString(fm.Q) {
		fm.Q = strings.ToValidUTF8(fm.Q, " ")
	}
	f.Query = fm.Q
	if fm.Country != "" {
		if c, ok := lookupCountry(fm.Country); ok {
			f.Country = c.Code
		} else {
			errs = append(errs, "Unknown country: "+truncate(fm.Country, 60)+". Give its name or ISO code (RU, Nigeria).")
		}
	}
	if fm.Group != "" {
		f.Group = fm.Group
		if g, ok := groups.Lookup(fm.Group); ok && !g.Generic {
			f.Group = g.Name
		}
	}
	for _, d := range []struct {
		v    string
		name string
		to   *string
	}{{fm.Since, "since", &f.Since}, {fm.Until, "until", &f.Until}} {
		if d.v == "" {
			continue
		}
		if _, _, ok := parseDate(d.v); ok {
			*d.to = d.v
		} else {
			errs = append(errs, "The “"+d.name+"” date must be a year, year-month or full date (2024, 2024-03, 2024-03-22).")
		}
	}
	if fm.MinKilled != "" {
		if n, err := strconv.Atoi(fm.MinKilled); err == nil && n >= 0 {
			f.MinKilled = n
		} else {
			errs = append(errs, "“Killed at least” must be a whole number.")
		}
	}
	f.Sort = defaultSort
	if fm.Sort != "" {
		if slices.Contains(store.Sorts, fm.Sort) {
			f.Sort = fm.Sort
		} else {
			errs = append(errs, "Unknown sort order; newest first is used.")
			fm.Sort = ""
		}
	}
	return fm, f, errs
}

// lookupCountry finds a country by ISO code or by name.
func lookupCountry(s string) (*gazetteer.Country, bool) {
	if len(s) <= 3 {
		if c, ok := gazetteer.CountryByCode(s); ok {
			return c, true
		}
	}
	return gazetteer.CountryByName(s)
}

// Values returns the form as query parameters, without empty ones.
func (fm form) Values() url.Values {
	v := url.Values{}
	for _, kv := range [][2]string{{"q", fm.Q}, {"country", fm.Country}, {"group", fm.Group},
		{"since", fm.Since}, {"until", fm.Until}, {"min_killed", fm.MinKilled}, {"sort", fm.Sort}} {
		if kv[1] != "" {
			v.Set(kv[0], kv[1])
		}
	}
	return v
}

// Link returns base with the form's filters and the extra parameters
// (pairs of name and value).
func (fm form) Link(base string, extra ...string) string {
	v := fm.Values()
	for i := 0; i+1 < len(extra); i += 2 {
		if extra[i+1] == "" {
			v.Del(extra[i])
		} else {
			v.Set(extra[i], extra[i+1])
		}
	}
	if len(v) == 0 {
		return base
	}
	return base + "?" + v.Encode()
}

// Active says whether any filter is set.
func (fm form) Active() bool {
	return fm.Q != "" || fm.Country != "" || fm.Group != "" || fm.Since != "" || fm.Until != "" || fm.MinKilled != ""
}

// filterPanel is the data of the filter form partial.
type filterPanel struct {
	Form      form
	Action    string       // the page the form submits to
	Sorts     []sortOption // the sort menu, if the page sorts
	Countries []*gazetteer.Country
	Groups    []string
	Hidden    [][2]string // other parameters the form keeps (by=)
	Errors    []string
}

// panel builds the filter form for a page.
func (s *site) panel(r *http.Request, fm form, action string, sorts bool, errs []string) filterPanel {
	var names []string
	for name := range s.groupCounts(r.Context()) {
		if g, ok := groups.Lookup(name); ok && g.Name != name {
			continue // an alias: its group's name is offered
		}
		names = append(names, name)
	}
	slices.SortFunc(names, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	p := filterPanel{Form: fm, Action: action, Countries: gazetteer.Countries(), Groups: names, Errors: errs}
	if sorts {
		cur := cmp.Or(fm.Sort, defaultSort)
		for _, o := range sortOptions {
			o.Selected = o.Value == cur
			p.Sorts = append(p.Sorts, o)
		}
	}
	return p
}

// pageLink is one link of the pager.
type pageLink struct {
	N       int
	URL     string
	Current bool
	Gap     bool // an ellipsis before it
}

// listPage is the data of the incident list.
type listPage struct {
	Panel    filterPanel
	Items    []dossier.Summary
	Total    int
	From, To int
	Page     int
	Pages    []pageLink
	Prev     string
	Next     string
	// ArticlesLink searches the articles' text for the same words.
	ArticlesLink string
	MapLink      string
	TimeLink     string
}

// articleHit is one article found by the search.
type articleHit struct {
	ID, Title, Published string
	Snippet              []segment
}

// maxHits is how many articles the article search shows.
const maxHits = 50

// articlesPage is the data of the article search.
type articlesPage struct {
	Q        string
	Hits     []articleHit
	HitsMore bool
	Stored   int
	Notes    []string
}

// articles searches the stored articles' text (FTS5, best first).
func (s *site) articles(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	p := articlesPage{Q: strings.TrimSpace(r.URL.Query().Get("q"))}
	if len(p.Q) > MaxQueryBytes {
		p.Q = strings.ToValidUTF8(p.Q[:MaxQueryBytes], "")
		p.Notes = append(p.Notes, "The search was cut to its first "+strconv.Itoa(MaxQueryBytes)+" bytes.")
	}
	p.Q = strings.ToValidUTF8(p.Q, " ")
	var err error
	if p.Stored, err = s.st.Count(ctx); err != nil {
		s.fail(w, r, err)
		return
	}
	if p.Q != "" {
		hits, err := s.st.Search(ctx, p.Q, maxHits+1)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		if len(hits) > maxHits {
			hits, p.HitsMore = hits[:maxHits], true
		}
		for _, h := range hits {
			p.Hits = append(p.Hits, articleHit{ID: h.ID, Title: h.Title, Published: h.Published,
				Snippet: markSnippet(h.Snippet, store.SnippetStart, store.SnippetEnd)})
		}
	}
	title := "Articles"
	if p.Q != "" {
		title = "Articles matching “" + truncate(p.Q, 40) + "”"
	}
	s.render(w, r, http.StatusOK, "articles", frame{Title: title, Nav: navIncidents, Query: p.Q, Data: p})
}

func (s *site) list(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	fm, f, errs := parseForm(r.URL.Query())
	total, err := s.st.CountIncidents(ctx, f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	pages := max(1, (total+PageSize-1)/PageSize)
	page := 1
	if p := r.URL.Query().Get("page"); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 {
			errs = append(errs, "The page number must be a whole number from 1.")
		} else {
			page = min(n, pages)
		}
	}
	f.Limit, f.Offset = PageSize, (page-1)*PageSize
	lp := listPage{Total: total, Page: page}
	err = s.st.IncidentSummaries(ctx, f, func(b []byte) error {
		var sum dossier.Summary
		if err := json.Unmarshal(b, &sum); err != nil {
			return err
		}
		lp.Items = append(lp.Items, sum)
		return nil
	})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if len(lp.Items) > 0 {
		lp.From, lp.To = f.Offset+1, f.Offset+len(lp.Items)
	}
	link := func(n int) string {
		if n == 1 {
			return fm.Link("/")
		}
		return fm.Link("/", "page", strconv.Itoa(n))
	}
	if page > 1 {
		lp.Prev = link(page - 1)
	}
	if page < pages {
		lp.Next = link(page + 1)
	}
	if pages > 1 {
		last := 0
		for n := 1; n <= pages; n++ {
			if n == 1 || n == pages || (n >= page-2 && n <= page+2) {
				lp.Pages = append(lp.Pages, pageLink{N: n, URL: link(n), Current: n == page, Gap: last > 0 && n > last+1})
				last = n
			}
		}
	}
	if fm.Q != "" {
		lp.ArticlesLink = "/articles?q=" + url.QueryEscape(fm.Q)
	}
	lp.Panel = s.panel(r, fm, "/", true, errs)
	lp.MapLink = fm.Link("/map", "sort", "")
	lp.TimeLink = fm.Link("/timeline", "sort", "")
	title := "Incidents"
	if fm.Q != "" {
		title = "Incidents matching “" + truncate(fm.Q, 40) + "”"
	}
	s.render(w, r, http.StatusOK, "list", frame{Title: title, Nav: navIncidents, Query: fm.Q, Data: lp})
}
