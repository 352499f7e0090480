package api

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dossier-project/dossier/internal/export"
	"github.com/dossier-project/dossier/internal/store"
)

// param is one parameter an endpoint reads. The same table validates
// requests and is checked against openapi.json by the tests, so the
// document names exactly the parameters the handlers read.
type param struct {
	Name     string
	In       string // "query" or "path"
	Type     string // "string", "integer" or "boolean"
	Required bool
	Min, Max int            // bounds of an integer
	MaxLen   int            // the longest string, in bytes (0: the URL's limit)
	Pattern  string         // a regular expression a string must match
	Enum     []string       // the values a string may take
	re       *regexp.Regexp // Pattern compiled
}

// endpoint is one path of the API, served for GET (and HEAD).
type endpoint struct {
	Path   string  // the ServeMux path pattern: "/api/incidents/{id}"
	Params []param // every parameter it reads, path parameters included
	static bool    // it does not read the store
	export bool    // it is an export: one of maxExports at a time
	serve  func(a *api, w http.ResponseWriter, r *http.Request, in input) error
}

// Patterns of parameter values.
const (
	datePattern    = `^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$`
	countryPattern = `^[A-Za-z]{2}$`
)

// The parameters several endpoints share.
var (
	pID         = param{Name: "id", In: "path", Type: "string", Required: true, MaxLen: MaxIDBytes}
	pQuery      = param{Name: "q", In: "query", Type: "string", MaxLen: MaxQueryBytes}
	pCountry    = param{Name: "country", In: "query", Type: "string", Pattern: countryPattern}
	pGroup      = param{Name: "group", In: "query", Type: "string", MaxLen: MaxQueryBytes}
	pSince      = param{Name: "since", In: "query", Type: "string", Pattern: datePattern}
	pUntil      = param{Name: "until", In: "query", Type: "string", Pattern: datePattern}
	pMinKilled  = param{Name: "min_killed", In: "query", Type: "integer", Min: 0, Max: 1_000_000}
	pSort       = param{Name: "sort", In: "query", Type: "string", Enum: store.Sorts}
	pPage       = param{Name: "page", In: "query", Type: "integer", Min: 1, Max: MaxWindow}
	pPerPage    = param{Name: "per_page", In: "query", Type: "integer", Min: 1, Max: MaxPerPage}
	filterQuery = []param{pQuery, pCountry, pGroup, pSince, pUntil, pMinKilled, pSort}
)

// required returns p made required.
func required(p param) param {
	p.Required = true
	return p
}

// endpoints is the API: every path it serves, with its parameters. New
// mounts them; the tests hold openapi.json to them.
var endpoints = []endpoint{
	{Path: "/api/incidents", Params: join(filterQuery, pPage, pPerPage), serve: (*api).incidents},
	{Path: "/api/incidents/{id}", Params: []param{pID}, serve: (*api).incident},
	{Path: "/api/articles", Params: []param{required(pQuery),
		{Name: "limit", In: "query", Type: "integer", Min: 1, Max: MaxSearchLimit}}, serve: (*api).articles},
	{Path: "/api/articles/{id}", Params: []param{pID}, serve: (*api).article},
	{Path: "/api/groups", Params: []param{{Name: "all", In: "query", Type: "boolean"}}, serve: (*api).groups},
	{Path: "/api/groups/{id}", Params: []param{pID, pSort, pPage, pPerPage}, serve: (*api).group},
	{Path: "/api/search", Params: []param{required(pQuery)}, serve: (*api).search},
	{Path: "/api/export", Params: join(filterQuery,
		param{Name: "format", In: "query", Type: "string", Enum: export.Formats},
		param{Name: "limit", In: "query", Type: "integer", Min: 1, Max: MaxExport}), serve: (*api).export, export: true},
	{Path: "/api/openapi.json", serve: (*api).openapi, static: true},
}

func init() {
	for i := range endpoints {
		for j := range endpoints[i].Params {
			p := &endpoints[i].Params[j]
			if p.Pattern != "" {
				p.re = regexp.MustCompile(p.Pattern)
			}
		}
	}
}

// join returns a new list of ps followed by more.
func join(ps []param, more ...param) []param {
	return append(slices.Clone(ps), more...)
}

// input holds a request's parameters once checked: only those given with
// a non-empty value.
type input map[string]string

// int returns the integer parameter name, def when it was not given. The
// value was checked by parse.
func (in input) int(name string, def int) int {
	v, ok := in[name]
	if !ok {
		return def
	}
	n, _ := strconv.Atoi(v)
	return n
}

// bool returns the boolean parameter name, false when it was not given.
func (in input) bool(name string) bool {
	return in[name] == "1" || in[name] == "true"
}

// parse checks r's parameters against the endpoint's table: no parameter
// it does not know, none given twice, each value of its type, bounds,
// pattern and length, the required ones present, and page × per_page
// within MaxWindow. An empty value counts as not given (what an empty form
// field sends).
func (ep *endpoint) parse(r *http.Request) (input, error) {
	q, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return nil, badRequest("malformed query string: %v", err)
	}
	in := input{}
	names := make([]string, 0, len(q))
	for name := range q {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		p := ep.param(name, "query")
		if p == nil {
			return nil, badRequest("unknown parameter %q: %s takes %s", name, ep.Path, ep.queryNames())
		}
		vs := q[name]
		if len(vs) > 1 {
			return nil, badRequest("parameter %q given %d times", name, len(vs))
		}
		if vs[0] == "" {
			continue
		}
		if err := p.check(vs[0]); err != nil {
			return nil, err
		}
		in[name] = vs[0]
	}
	for i := range ep.Params {
		p := &ep.Params[i]
		switch {
		case p.In == "path":
			v := r.PathValue(p.Name)
			if len(v) > p.MaxLen || !utf8.ValidString(v) {
				return nil, notFound("no such %s", strings.TrimPrefix(ep.Path, "/api/"))
			}
			in[p.Name] = v
		case p.Required && in[p.Name] == "":
			return nil, badRequest("parameter %q is required", p.Name)
		}
	}
	if ep.param("page", "query") != nil {
		page, per := in.int("page", 1), in.int("per_page", DefaultPerPage)
		if page*per > MaxWindow {
			return nil, badRequest("page × per_page is %d, over %d: narrow the filters instead", page*per, MaxWindow)
		}
	}
	return in, nil
}

// param returns the endpoint's parameter of that name and location, nil
// if it has none.
func (ep *endpoint) param(name, in string) *param {
	for i := range ep.Params {
		if p := &ep.Params[i]; p.Name == name && p.In == in {
			return p
		}
	}
	return nil
}

// queryNames lists the endpoint's query parameters for an error message.
func (ep *endpoint) queryNames() string {
	var names []string
	for _, p := range ep.Params {
		if p.In == "query" {
			names = append(names, p.Name)
		}
	}
	if len(names) == 0 {
		return "no parameters"
	}
	return strings.Join(names, ", ")
}

// check reports whether v is a valid value of p, as a 400 error naming the
// parameter and what it takes.
func (p *param) check(v string) error {
	if !utf8.ValidString(v) {
		return badRequest("parameter %q is not valid UTF-8", p.Name)
	}
	switch p.Type {
	case "integer":
		n, err := strconv.Atoi(v)
		if err != nil || v[0] == '+' || v[0] == '-' && n >= 0 {
			return badRequest("parameter %q must be an integer from %d to %d, not %q", p.Name, p.Min, p.Max, v)
		}
		if n < p.Min || n > p.Max {
			return badRequest("parameter %q must be from %d to %d, not %d", p.Name, p.Min, p.Max, n)
		}
	case "boolean":
		if v != "1" && v != "0" && v != "true" && v != "false" {
			return badRequest("parameter %q must be true, false, 1 or 0, not %q", p.Name, v)
		}
	default:
		if p.MaxLen > 0 && len(v) > p.MaxLen {
			return badRequest("parameter %q is %d bytes long, over %d", p.Name, len(v), p.MaxLen)
		}
		if p.Enum != nil && !slices.Contains(p.Enum, v) {
			return badRequest("parameter %q must be one of %s, not %q", p.Name, strings.Join(p.Enum, ", "), v)
		}
		if p.re != nil && !p.re.MatchString(v) {
			return badRequest("parameter %q: %q is not %s", p.Name, v, p.describe())
		}
		if p.Pattern == datePattern && !validDate(v) {
			return badRequest("parameter %q: %q is not a date", p.Name, v)
		}
	}
	return nil
}

// describe says in words what the pattern of p takes.
func (p *param) describe() string {
	switch p.Pattern {
	case datePattern:
		return "a date: YYYY, YYYY-MM or YYYY-MM-DD"
	case countryPattern:
		return "an ISO 3166-1 alpha-2 country code"
	}
	return fmt.Sprintf("of the form %s", p.Pattern)
}

// validDate reports whether s (of datePattern) is a real year, month or
// day: no month 13, no 31 April.
func validDate(s string) bool {
	layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[len(s)]
	if layout == "" {
		return false
	}
	_, err := time.Parse(layout, s)
	return err == nil
}
