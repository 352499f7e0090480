package api

import (
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

// loadDoc decodes openapi.json.
func loadDoc(t *testing.T) map[string]any {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(openapiJSON, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if doc["openapi"] != "3.1.0" {
		t.Fatalf("openapi %v", doc["openapi"])
	}
	return doc
}

// resolve follows a "$ref": "#/components/..." of the document.
func resolve(doc map[string]any, v any) any {
	for {
		m, ok := v.(map[string]any)
		if !ok {
			return v
		}
		ref, ok := m["$ref"].(string)
		if !ok {
			return v
		}
		v = doc
		for _, part := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
			v = at(v, part)
		}
		if v == nil {
			panic("openapi.json: dangling $ref " + ref)
		}
	}
}

// operations lists the document's path and method pairs.
func operations(doc map[string]any) map[string][]string {
	out := map[string][]string{}
	for path, item := range doc["paths"].(map[string]any) {
		for method := range item.(map[string]any) {
			out[path] = append(out[path], method)
		}
		slices.Sort(out[path])
	}
	return out
}

// TestOpenAPIEndpoints checks that the document describes exactly the
// endpoints the server mounts (the endpoints table), each for GET, with
// exactly the parameters its handler reads: same names, places, required,
// types, bounds, lengths, patterns and values.
func TestOpenAPIEndpoints(t *testing.T) {
	doc := loadDoc(t)
	ops := operations(doc)
	var served []string
	for _, ep := range endpoints {
		served = append(served, ep.Path)
		if !slices.Equal(ops[ep.Path], []string{"get"}) {
			t.Errorf("%s: the server serves GET; the document has %v", ep.Path, ops[ep.Path])
		}
	}
	var documented []string
	for p := range ops {
		documented = append(documented, p)
	}
	slices.Sort(served)
	slices.Sort(documented)
	if !slices.Equal(served, documented) {
		t.Fatalf("served paths %v, documented %v", served, documented)
	}
	for _, ep := range endpoints {
		op := at(doc, "paths", ep.Path, "get")
		for _, k := range []string{"operationId", "summary", "description"} {
			if s, _ := at(op, k).(string); s == "" {
				t.Errorf("%s: no %s", ep.Path, k)
			}
		}
		docParams := map[string]map[string]any{}
		ps, _ := at(op, "parameters").([]any)
		for _, p := range ps {
			p := resolve(doc, p).(map[string]any)
			key := p["in"].(string) + " " + p["name"].(string)
			if docParams[key] != nil {
				t.Errorf("%s: %s documented twice", ep.Path, key)
			}
			docParams[key] = p
			if s, _ := p["description"].(string); s == "" {
				t.Errorf("%s: %s without a description", ep.Path, key)
			}
		}
		for _, p := range ep.Params {
			key := p.In + " " + p.Name
			d := docParams[key]
			if d == nil {
				t.Errorf("%s: parameter %s is read but not documented", ep.Path, key)
				continue
			}
			delete(docParams, key)
			checkParam(t, doc, ep.Path, p, d)
		}
		for key := range docParams {
			t.Errorf("%s: parameter %s is documented but not read", ep.Path, key)
		}
		for _, code := range []string{"200", "400"} {
			if at(op, "responses", code) == nil {
				t.Errorf("%s: no %s response", ep.Path, code)
			}
		}
		if strings.Contains(ep.Path, "{") && at(op, "responses", "404") == nil {
			t.Errorf("%s: no 404 response", ep.Path)
		}
	}
}

// checkParam compares one parameter of the table with its description.
func checkParam(t *testing.T, doc map[string]any, path string, p param, d map[string]any) {
	t.Helper()
	where := path + " " + p.Name
	if req, _ := d["required"].(bool); req != p.Required {
		t.Errorf("%s: required %v in the document, %v in the server", where, req, p.Required)
	}
	s := resolve(doc, d["schema"]).(map[string]any)
	if s["type"] != p.Type {
		t.Errorf("%s: type %v in the document, %s in the server", where, s["type"], p.Type)
	}
	num := func(k string) any {
		if v, ok := s[k]; ok {
			return v
		}
		return nil
	}
	switch p.Type {
	case "integer":
		if num("minimum") != float64(p.Min) || num("maximum") != float64(p.Max) {
			t.Errorf("%s: documented range %v..%v, served %d..%d", where, num("minimum"), num("maximum"), p.Min, p.Max)
		}
	case "string":
		if p.MaxLen > 0 || num("maxLength") != nil {
			if num("maxLength") != float64(p.MaxLen) {
				t.Errorf("%s: documented maxLength %v, served %d", where, num("maxLength"), p.MaxLen)
			}
		}
		if pat, _ := s["pattern"].(string); pat != p.Pattern {
			t.Errorf("%s: documented pattern %q, served %q", where, pat, p.Pattern)
		}
		var enum []string
		if e, ok := s["enum"].([]any); ok {
			for _, v := range e {
				enum = append(enum, v.(string))
			}
		}
		if !slices.Equal(enum, p.Enum) {
			t.Errorf("%s: documented values %v, served %v", where, enum, p.Enum)
		}
	}
}

// TestOpenAPIServed sends a valid request to every documented operation
// (the documented examples for required parameters, fixture ids for path
// parameters) and checks that the server answers it with 200 and a body
// of the documented schema; and that a bad id and an unknown parameter get
// the documented Error.
func TestOpenAPIServed(t *testing.T) {
	doc := loadDoc(t)
	ids := map[string]string{
		"/api/incidents/{id}": incidentID(t, "kano-ap"),
		"/api/articles/{id}":  "kano-ap",
		"/api/groups/{id}":    "boko-haram",
	}
	for path, methods := range operations(doc) {
		for _, method := range methods {
			op := at(doc, "paths", path, method)
			url := path
			if strings.Contains(path, "{id}") {
				if ids[path] == "" {
					t.Errorf("%s: no fixture id to try it with", path)
					continue
				}
				url = strings.ReplaceAll(path, "{id}", ids[path])
			}
			var query []string
			ps, _ := at(op, "parameters").([]any)
			for _, p := range ps {
				p := resolve(doc, p).(map[string]any)
				if p["in"] == "query" && p["required"] == true {
					ex, ok := p["example"].(string)
					if !ok {
						t.Errorf("%s: required parameter %s without an example", path, p["name"])
					}
					query = append(query, p["name"].(string)+"="+ex)
				}
			}
			if len(query) > 0 {
				url += "?" + strings.Join(query, "&")
			}
			r := do(t, strings.ToUpper(method), url)
			if r.status != http.StatusOK {
				t.Errorf("%s %s: %d %s", method, url, r.status, r.body)
				continue
			}
			ct := strings.TrimSuffix(r.header.Get("Content-Type"), "; charset=utf-8")
			schema := at(op, "responses", "200", "content", ct, "schema")
			if schema == nil {
				t.Errorf("%s %s: Content-Type %s not documented", method, url, ct)
				continue
			}
			var body any
			if err := json.Unmarshal(r.body, &body); err != nil {
				t.Fatalf("%s: %v", url, err)
			}
			for _, err := range validate(doc, schema, body, "body") {
				t.Errorf("%s %s: %s", method, url, err)
			}
		}
	}
	// Richer answers than the defaults: every field filled somewhere.
	for _, tc := range []struct{ url, path string }{
		{"/api/incidents/" + incidentID(t, "hostile"), "/api/incidents/{id}"},
		{"/api/incidents/" + incidentID(t, "oslo-shooting"), "/api/incidents/{id}"},
		{"/api/articles/hostile", "/api/articles/{id}"},
		{"/api/groups/iswap", "/api/groups/{id}"},
		{"/api/groups?all=1", "/api/groups"},
		{"/api/search?q=police", "/api/search"},
		{"/api/incidents?sort=-killed&per_page=3", "/api/incidents"},
	} {
		_, body := get(t, tc.url, http.StatusOK)
		schema := at(doc, "paths", tc.path, "get", "responses", "200", "content", "application/json", "schema")
		for _, err := range validate(doc, schema, body, "body") {
			t.Errorf("%s: %s", tc.url, err)
		}
	}
	for _, tc := range []struct {
		url, path, code string
	}{
		{"/api/incidents/nope", "/api/incidents/{id}", "404"},
		{"/api/incidents?nope=1", "/api/incidents", "400"},
		{"/api/export?format=nope", "/api/export", "400"},
	} {
		code := 0
		fmt.Sscan(tc.code, &code)
		_, body := get(t, tc.url, code)
		schema := resolve(doc, at(doc, "paths", tc.path, "get", "responses", tc.code))
		for _, err := range validate(doc, at(schema, "content", "application/json", "schema"), body, "body") {
			t.Errorf("%s: %s", tc.url, err)
		}
	}
}

// TestOpenAPIFields checks that every field the Go types print is in the
// document's schema of them (those that print through the API as they
// are, or nearly).
func TestOpenAPIFields(t *testing.T) {
	doc := loadDoc(t)
	for name, typ := range map[string]reflect.Type{
		"Fused":        reflect.TypeFor[dossier.Fused](),
		"Summary":      reflect.TypeFor[dossier.Summary](),
		"Source":       reflect.TypeFor[dossier.Source](),
		"Evidence":     reflect.TypeFor[dossier.Evidence](),
		"Perpetrator":  reflect.TypeFor[dossier.Perpetrator](),
		"Article":      reflect.TypeFor[article](),
		"ArticleHit":   reflect.TypeFor[hit](),
		"Group":        reflect.TypeFor[group](),
		"GroupRef":     reflect.TypeFor[groupRef](),
		"IncidentList": reflect.TypeFor[incidentList](),
	} {
		props, _ := at(doc, "components", "schemas", name, "properties").(map[string]any)
		if props == nil {
			t.Errorf("no schema %s", name)
			continue
		}
		for _, f := range jsonFields(typ) {
			if props[f] == nil {
				t.Errorf("%s.%s is printed but not in the schema %s", typ, f, name)
			}
		}
	}
}

// jsonFields lists the JSON names of a struct's fields, embedded structs
// flattened.
func jsonFields(typ reflect.Type) []string {
	var out []string
	for i := range typ.NumField() {
		f := typ.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" {
			out = append(out, jsonFields(f.Type)...)
			continue
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		out = append(out, name)
	}
	return out
}

// validate checks v against a JSON Schema of the document, for the parts
// of JSON Schema the document uses: $ref, type (one or a list), enum,
// properties, required, additionalProperties false, items, minItems,
// maxItems, minimum, maximum, maxLength, pattern, allOf and oneOf. It
// returns what does not match, each with where.
func validate(doc map[string]any, schema, v any, where string) []string {
	s, ok := resolve(doc, schema).(map[string]any)
	if !ok {
		return []string{where + ": no schema"}
	}
	var errs []string
	fail := func(format string, args ...any) {
		errs = append(errs, where+": "+fmt.Sprintf(format, args...))
	}
	if typ, ok := s["type"]; ok {
		var types []string
		switch t := typ.(type) {
		case string:
			types = []string{t}
		case []any:
			for _, x := range t {
				types = append(types, x.(string))
			}
		}
		if !slices.ContainsFunc(types, func(t string) bool { return isType(v, t) }) {
			fail("%s is not %v", short(v), types)
			return errs
		}
	}
	if enum, ok := s["enum"].([]any); ok && !slices.Contains(enum, v) {
		fail("%v is not one of %v", v, enum)
	}
	for _, sub := range asList(s["allOf"]) {
		errs = append(errs, validate(doc, sub, v, where)...)
	}
	if one := asList(s["oneOf"]); one != nil {
		n := 0
		for _, sub := range one {
			if len(validate(doc, sub, v, where)) == 0 {
				n++
			}
		}
		if n != 1 {
			fail("%s matches %d of oneOf, want 1", short(v), n)
		}
	}
	switch x := v.(type) {
	case map[string]any:
		props, _ := s["properties"].(map[string]any)
		for _, r := range asList(s["required"]) {
			if _, ok := x[r.(string)]; !ok {
				fail("no %q", r)
			}
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if ps, ok := props[k]; ok {
				errs = append(errs, validate(doc, ps, x[k], where+"."+k)...)
			} else if s["additionalProperties"] == false {
				fail("%q is not in the schema", k)
			}
		}
	case []any:
		if n, ok := s["minItems"].(float64); ok && float64(len(x)) < n {
			fail("%d items, under %v", len(x), n)
		}
		if n, ok := s["maxItems"].(float64); ok && float64(len(x)) > n {
			fail("%d items, over %v", len(x), n)
		}
		if items, ok := s["items"]; ok {
			for i, e := range x {
				errs = append(errs, validate(doc, items, e, fmt.Sprintf("%s[%d]", where, i))...)
			}
		}
	case float64:
		if n, ok := s["minimum"].(float64); ok && x < n {
			fail("%v under %v", x, n)
		}
		if n, ok := s["maximum"].(float64); ok && x > n {
			fail("%v over %v", x, n)
		}
	case string:
		if n, ok := s["maxLength"].(float64); ok && float64(len([]rune(x))) > n {
			fail("longer than %v", n)
		}
		if p, ok := s["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(x) {
			fail("%q does not match %s", x, p)
		}
	}
	return errs
}

// isType reports whether v (decoded by encoding/json) is of the JSON
// Schema type t.
func isType(v any, t string) bool {
	switch x := v.(type) {
	case nil:
		return t == "null"
	case bool:
		return t == "boolean"
	case float64:
		return t == "number" || t == "integer" && x == math.Trunc(x)
	case string:
		return t == "string"
	case []any:
		return t == "array"
	case map[string]any:
		return t == "object"
	}
	return false
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

// short prints a value for a message, cut.
func short(v any) string {
	s := fmt.Sprint(v)
	if len(s) > 80 {
		s = s[:80] + "…"
	}
	return s
}

// TestOpenAPISchemasUsed checks that every schema of the document is used
// and every $ref resolves.
func TestOpenAPISchemasUsed(t *testing.T) {
	doc := loadDoc(t)
	used := map[string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if ref, ok := x["$ref"].(string); ok {
				used[ref] = true
				resolve(doc, x) // panics when dangling
			}
			for _, e := range x {
				walk(e)
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	walk(doc)
	for _, kind := range []string{"schemas", "parameters", "responses"} {
		for name := range at(doc, "components", kind).(map[string]any) {
			if !used["#/components/"+kind+"/"+name] {
				t.Errorf("components/%s/%s is not used", kind, name)
			}
		}
	}
}
