package api

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/fuse"
	"github.com/dossier-project/dossier/internal/groups"
	"github.com/dossier-project/dossier/internal/store"
)

// The fixtures (testdata/articles.jsonl): two reports of one bombing in
// Kano, a shooting in Oslo, and a hostile article (script and image tags
// in its title and text, a javascript: URL) about a shooting in Peshawar.
var (
	testServer *httptest.Server
	testStore  *store.Store
)

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	dir, err := os.MkdirTemp("", "api-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(dir, "test.db"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer st.Close()
	if _, err := fuse.Ingest(ctx, st, "testdata/articles.jsonl"); err != nil {
		fmt.Fprintln(os.Stderr, "ingest:", err)
		return 1
	}
	testStore = st
	testServer = httptest.NewServer(New(st))
	defer testServer.Close()
	return m.Run()
}

// response is one answer of the test server.
type response struct {
	status int
	header http.Header
	body   []byte
}

// do sends a request to the test server.
func do(t *testing.T, method, path string) response {
	t.Helper()
	req, err := http.NewRequest(method, testServer.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := testServer.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{res.StatusCode, res.Header, body}
}

// get sends a GET and checks what every API answer must carry: the status
// wanted, Cache-Control: no-store, JSON (unless it is an export) that
// decodes, and no raw "<script" anywhere in a JSON body.
func get(t *testing.T, path string, status int) (response, any) {
	t.Helper()
	r := do(t, http.MethodGet, path)
	if r.status != status {
		t.Fatalf("GET %s: status %d, want %d: %s", path, r.status, status, r.body)
	}
	if cc := r.header.Get("Cache-Control"); cc != "no-store" {
		t.Errorf("GET %s: Cache-Control %q", path, cc)
	}
	ct := r.header.Get("Content-Type")
	if strings.HasPrefix(path, "/api/export") && status == http.StatusOK {
		return r, nil
	}
	if ct != JSONType {
		t.Errorf("GET %s: Content-Type %q", path, ct)
	}
	if bytes.Contains(bytes.ToLower(r.body), []byte("<script")) {
		t.Errorf("GET %s: raw <script in the body", path)
	}
	var v any
	if err := json.Unmarshal(r.body, &v); err != nil {
		t.Fatalf("GET %s: %v: %s", path, err, r.body)
	}
	if status >= 400 {
		m, _ := v.(map[string]any)
		if m["status"] != float64(status) || m["error"] == "" || len(m) != 2 {
			t.Errorf("GET %s: error body %s", path, r.body)
		}
	}
	return r, v
}

// at walks a decoded JSON value: keys of objects, indexes of arrays.
func at(v any, path ...any) any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, _ := v.(map[string]any)
			v = m[k]
		case int:
			a, _ := v.([]any)
			if k >= len(a) {
				return nil
			}
			v = a[k]
		}
	}
	return v
}

// length is the length of a JSON array, -1 for anything else.
func length(v any) int {
	a, ok := v.([]any)
	if !ok {
		return -1
	}
	return len(a)
}

// field collects one field of every object in a JSON array.
func field(v any, name string) []any {
	var out []any
	a, _ := v.([]any)
	for _, e := range a {
		out = append(out, at(e, name))
	}
	return out
}

// incidentID returns the id of the fused incident the article is a
// source of.
func incidentID(t *testing.T, article string) string {
	t.Helper()
	ids, err := testStore.IncidentsOfArticle(context.Background(), article)
	if err != nil || len(ids) == 0 {
		t.Fatalf("incidents of %s: %v %v", article, ids, err)
	}
	return ids[0]
}

func TestFixtures(t *testing.T) {
	// What the other tests rest on: three incidents, the two Kano
	// reports fused into one.
	n, err := testStore.IncidentCount(context.Background())
	if err != nil || n != 3 {
		t.Fatalf("%d incidents (%v), want 3", n, err)
	}
	if a, b := incidentID(t, "kano-ap"), incidentID(t, "kano-reuters"); a != b {
		t.Fatalf("the Kano reports are two incidents: %s, %s", a, b)
	}
}

func TestIncidents(t *testing.T) {
	kano, oslo, peshawar := incidentID(t, "kano-ap"), incidentID(t, "oslo-shooting"), incidentID(t, "hostile")
	tests := []struct {
		query   string
		total   int
		ids     []string // the page's ids in order; nil: not checked
		page    int
		perPage int
	}{
		{"", 3, []string{peshawar, oslo, kano}, 1, 50},
		{"?sort=-date", 3, []string{kano, oslo, peshawar}, 1, 50},
		{"?sort=-killed", 3, []string{kano, peshawar, oslo}, 1, 50},
		{"?sort=killed", 3, []string{oslo, peshawar, kano}, 1, 50},
		{"?sort=-sources", 3, []string{kano, peshawar, oslo}, 1, 50},
		{"?country=NG", 1, []string{kano}, 1, 50},
		{"?country=no", 1, []string{oslo}, 1, 50},
		{"?country=US", 0, []string{}, 1, 50},
		{"?group=Boko+Haram", 1, []string{kano}, 1, 50},
		{"?group=boko+haram", 1, []string{kano}, 1, 50},
		{"?group=Yusufiyya", 1, []string{kano}, 1, 50},  // an alias
		{"?group=boko-haram", 1, []string{kano}, 1, 50}, // the catalogue id
		{"?group=Hamas", 0, []string{}, 1, 50},
		{"?since=2023", 1, []string{kano}, 1, 50},
		{"?until=2022", 2, []string{peshawar, oslo}, 1, 50},
		{"?since=2022-06&until=2022-06-30", 1, []string{oslo}, 1, 50},
		{"?since=2021-03-01&until=2021-03-31", 1, []string{peshawar}, 1, 50},
		{"?min_killed=10", 1, []string{kano}, 1, 50},
		{"?min_killed=0", 3, nil, 1, 50},
		{"?q=Kano", 1, []string{kano}, 1, 50},
		{"?q=oslo+pub", 1, []string{oslo}, 1, 50},
		{"?q=%22London+Pub%22", 1, []string{oslo}, 1, 50},
		{"?q=nothingmatchesthis", 0, []string{}, 1, 50},
		{"?q=%21%21%21", 0, []string{}, 1, 50}, // no words
		{"?q=Kano&country=NO", 0, []string{}, 1, 50},
		{"?per_page=1", 3, []string{peshawar}, 1, 1},
		{"?per_page=1&page=2", 3, []string{oslo}, 2, 1},
		{"?per_page=2&page=2", 3, []string{kano}, 2, 2},
		{"?page=9", 3, []string{}, 9, 50},
		{"?per_page=200&page=500", 3, []string{}, 500, 200}, // the deepest page allowed
		{"?country=&q=&sort=", 3, nil, 1, 50},               // empty values are not given
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			_, v := get(t, "/api/incidents"+tc.query, http.StatusOK)
			m := v.(map[string]any)
			if len(m) != 4 {
				t.Errorf("keys %v", m)
			}
			if at(v, "total") != float64(tc.total) || at(v, "page") != float64(tc.page) || at(v, "per_page") != float64(tc.perPage) {
				t.Errorf("total %v page %v per_page %v, want %d %d %d", at(v, "total"), at(v, "page"), at(v, "per_page"), tc.total, tc.page, tc.perPage)
			}
			ids := field(at(v, "incidents"), "id")
			if length(at(v, "incidents")) < 0 {
				t.Fatalf("incidents is not an array: %v", at(v, "incidents"))
			}
			if tc.ids != nil {
				var want []any
				for _, id := range tc.ids {
					want = append(want, id)
				}
				if !slices.Equal(ids, want) {
					t.Errorf("ids %v, want %v", ids, want)
				}
			}
		})
	}
}

func TestIncidentSummaryShape(t *testing.T) {
	_, v := get(t, "/api/incidents?country=NG", http.StatusOK)
	s := at(v, "incidents", 0)
	if at(s, "country") != "NG" || at(s, "city") != "Kano" || at(s, "killed") != float64(12) ||
		at(s, "sources") != float64(2) || !slices.Equal(at(s, "perpetrators").([]any), []any{"Boko Haram"}) {
		t.Errorf("summary %v", s)
	}
	for _, k := range []string{"id", "title", "date", "attack_types", "injured", "killed_range", "witnesses", "conflicts", "lat", "lon"} {
		if _, ok := s.(map[string]any)[k]; !ok {
			t.Errorf("summary without %q: %v", k, s)
		}
	}
}

func TestIncident(t *testing.T) {
	kano := incidentID(t, "kano-ap")
	_, v := get(t, "/api/incidents/"+kano, http.StatusOK)
	if at(v, "id") != kano || at(v, "country") != "NG" || at(v, "killed") != float64(12) {
		t.Errorf("record %v", v)
	}
	if n := length(at(v, "sources")); n != 2 {
		t.Errorf("%d sources", n)
	}
	if length(at(v, "figures")) < 1 || length(at(v, "evidence")) < 1 {
		t.Errorf("no figures or evidence: %v", v)
	}
	if at(v, "figures", 0, "text") == "" || at(v, "figures", 0, "article") == nil {
		t.Errorf("figure without its sentence or article: %v", at(v, "figures", 0))
	}
	if at(v, "perpetrators", 0, "name") != "Boko Haram" {
		t.Errorf("perpetrators %v", at(v, "perpetrators"))
	}
	// The record is the stored one, byte for byte once compacted.
	stored, err := testStore.IncidentByID(context.Background(), kano)
	if err != nil {
		t.Fatal(err)
	}
	var want any
	if err := json.Unmarshal(stored, &want); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(want) != fmt.Sprint(v) {
		t.Errorf("the record differs from the stored one")
	}
}

func TestHostile(t *testing.T) {
	peshawar := incidentID(t, "hostile")
	const tag = "<script>alert(1)</script>"
	// get checks that no body holds a raw <script; these check that
	// the text is there, escaped, and decodes back to what was stored.
	for _, path := range []string{
		"/api/articles/hostile",
		"/api/incidents/" + peshawar,
		"/api/incidents?country=PK",
		"/api/articles?q=Peshawar",
		"/api/search?q=Peshawar",
		"/api/export?country=PK&format=json",
		"/api/export?country=PK&format=geojson",
		"/api/incidents/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
		"/api/incidents?q=%3Cscript%3E&sort=%3Cscript%3E",
		"/api/%3Cscript%3E",
	} {
		r := do(t, http.MethodGet, path)
		if bytes.Contains(bytes.ToLower(r.body), []byte("<script")) || bytes.Contains(r.body, []byte("<img")) {
			t.Errorf("GET %s: raw markup in the body: %s", path, r.body)
		}
		if r.status == http.StatusOK && !bytes.Contains(r.body, []byte(`\u003cscript\u003e`)) {
			t.Errorf("GET %s: no escaped script tag: %s", path, r.body)
		}
	}
	_, v := get(t, "/api/articles/hostile", http.StatusOK)
	if title, _ := at(v, "title").(string); !strings.Contains(title, tag) {
		t.Errorf("title %q: the hostile text should come back as text", title)
	}
	if at(v, "url") != "javascript:alert(1)" {
		t.Errorf("url %v", at(v, "url"))
	}
	if text, _ := at(v, "text").(string); !strings.Contains(text, "<script>") {
		t.Errorf("text %q", text)
	}
	// The Markdown export escapes HTML itself; the CSV is a download
	// (attachment) of spreadsheet cells.
	r := do(t, http.MethodGet, "/api/export?country=PK&format=md")
	if r.status != http.StatusOK || bytes.Contains(bytes.ToLower(r.body), []byte("<script")) || bytes.Contains(r.body, []byte("javascript:")) {
		t.Errorf("markdown export %d: %s", r.status, r.body)
	}
}

func TestArticles(t *testing.T) {
	kano := incidentID(t, "kano-ap")
	_, v := get(t, "/api/articles?q=Kano", http.StatusOK)
	ids := field(at(v, "articles"), "id")
	slices.SortFunc(ids, func(a, b any) int { return strings.Compare(a.(string), b.(string)) })
	if !slices.Equal(ids, []any{"kano-ap", "kano-reuters"}) {
		t.Errorf("hits %v", ids)
	}
	if s, _ := at(v, "articles", 0, "snippet").(string); !strings.Contains(s, store.SnippetStart) {
		t.Errorf("snippet %q", s)
	}
	_, v = get(t, "/api/articles?q=Kano&limit=1", http.StatusOK)
	if length(at(v, "articles")) != 1 {
		t.Errorf("limit 1: %v", v)
	}
	_, v = get(t, "/api/articles?q=zzzznothing", http.StatusOK)
	if length(at(v, "articles")) != 0 {
		t.Errorf("no hits: %v", v)
	}

	_, v = get(t, "/api/articles/kano-ap", http.StatusOK)
	if at(v, "id") != "kano-ap" || at(v, "published") != "2023-05-14" || at(v, "language") != "en" ||
		!slices.Equal(at(v, "incidents").([]any), []any{kano}) || length(at(v, "captions")) != 0 {
		t.Errorf("article %v", v)
	}
	want := []string{"id", "title", "url", "published", "publisher", "byline", "language", "syndicated_from", "text", "captions", "incidents"}
	var got []string
	for k := range v.(map[string]any) {
		got = append(got, k)
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("article fields %v, want %v", got, want)
	}
}

func TestSearch(t *testing.T) {
	kano := incidentID(t, "kano-ap")
	_, v := get(t, "/api/search?q=Kano+market", http.StatusOK)
	if !slices.Equal(field(at(v, "incidents"), "id"), []any{kano}) || length(at(v, "articles")) != 2 || at(v, "query") != "Kano market" {
		t.Errorf("search %v", v)
	}
	_, v = get(t, "/api/search?q=zzzznothing", http.StatusOK)
	if length(at(v, "incidents")) != 0 || length(at(v, "articles")) != 0 {
		t.Errorf("search without hits %v", v)
	}
}

func TestGroups(t *testing.T) {
	_, v := get(t, "/api/groups", http.StatusOK)
	gs := at(v, "groups")
	if length(gs) != 1 || at(gs, 0, "id") != "boko-haram" || at(gs, 0, "count") != float64(1) || at(gs, 0, "name") != "Boko Haram" {
		t.Errorf("groups %v", v)
	}
	for _, q := range []string{"?all=1", "?all=true"} {
		_, v = get(t, "/api/groups"+q, http.StatusOK)
		if n := length(at(v, "groups")); n != len(groups.All()) {
			t.Errorf("all: %d groups, the catalogue has %d", n, len(groups.All()))
		}
		if at(v, "groups", 0, "id") != "boko-haram" || at(v, "groups", 1, "count") != float64(0) {
			t.Errorf("all: not by count first: %v %v", at(v, "groups", 0), at(v, "groups", 1))
		}
	}
	_, v = get(t, "/api/groups?all=0", http.StatusOK)
	if length(at(v, "groups")) != 1 {
		t.Errorf("all=0: %v", v)
	}

	kano := incidentID(t, "kano-ap")
	_, v = get(t, "/api/groups/boko-haram", http.StatusOK)
	if at(v, "name") != "Boko Haram" || at(v, "total") != float64(1) || at(v, "count") != float64(1) ||
		!slices.Equal(field(at(v, "incidents"), "id"), []any{kano}) || at(v, "parent") != nil {
		t.Errorf("group %v", v)
	}
	_, v = get(t, "/api/groups/iswap", http.StatusOK)
	if at(v, "parent", "id") != "islamic-state" || at(v, "total") != float64(0) || length(at(v, "incidents")) != 0 {
		t.Errorf("iswap %v", v)
	}
	_, v = get(t, "/api/groups/islamic-state", http.StatusOK)
	if !slices.Contains(field(at(v, "children"), "id"), any("iswap")) {
		t.Errorf("islamic-state's children %v", at(v, "children"))
	}
}

func TestExport(t *testing.T) {
	tests := []struct {
		query, contentType, file string
		count                    int
	}{
		{"", JSONType, "incidents.json", 3},
		{"?format=json&country=NG", JSONType, "incidents.json", 1},
		{"?format=csv", "text/csv; charset=utf-8", "incidents.csv", 3},
		{"?format=geojson&sort=-killed", "application/geo+json", "incidents.geojson", 3},
		{"?format=md&min_killed=10", "text/markdown; charset=utf-8", "incidents.md", 1},
		{"?format=json&limit=2", JSONType, "incidents.json", 2},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			r, _ := get(t, "/api/export"+tc.query, http.StatusOK)
			if ct := r.header.Get("Content-Type"); ct != tc.contentType {
				t.Errorf("Content-Type %q", ct)
			}
			if cd := r.header.Get("Content-Disposition"); cd != `attachment; filename="`+tc.file+`"` {
				t.Errorf("Content-Disposition %q", cd)
			}
			var n int
			switch {
			case strings.Contains(tc.file, ".json"):
				var incs []dossier.Fused
				if err := json.Unmarshal(r.body, &incs); err != nil {
					t.Fatal(err)
				}
				n = len(incs)
			case strings.Contains(tc.file, ".geojson"):
				var fc struct{ Features []any }
				if err := json.Unmarshal(r.body, &fc); err != nil {
					t.Fatal(err)
				}
				n = len(fc.Features)
			case strings.Contains(tc.file, ".csv"):
				n = bytes.Count(r.body, []byte("\n")) - 1 // one line per row: cells are made one line
			case strings.Contains(tc.file, ".md"):
				n = bytes.Count(r.body, []byte("\n## "))
				if bytes.HasPrefix(r.body, []byte("## ")) {
					n++
				}
			}
			if n != tc.count {
				t.Errorf("%d incidents, want %d:\n%s", n, tc.count, r.body)
			}
			total := 3
			if strings.Contains(tc.query, "country=NG") || strings.Contains(tc.query, "min_killed") {
				total = 1
			}
			if got := r.header.Get("X-Total-Count"); got != fmt.Sprint(total) {
				t.Errorf("X-Total-Count %s, want %d", got, total)
			}
			if got := r.header.Get("X-Export-Count"); got != fmt.Sprint(tc.count) {
				t.Errorf("X-Export-Count %s, want %d", got, tc.count)
			}
		})
	}
}

func TestExportBytes(t *testing.T) {
	// Past the budget of stored bytes, the export stops, with one
	// record at least.
	srv := httptest.NewServer(newHandler(testStore, 1))
	defer srv.Close()
	res, err := srv.Client().Get(srv.URL + "/api/export?sort=-killed")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var incs []dossier.Fused
	if err := json.NewDecoder(res.Body).Decode(&incs); err != nil {
		t.Fatal(err)
	}
	if res.StatusCode != http.StatusOK || len(incs) != 1 || incs[0].ID != incidentID(t, "kano-ap") ||
		res.Header.Get("X-Total-Count") != "3" || res.Header.Get("X-Export-Count") != "1" {
		t.Errorf("%d, %d incidents, headers %v", res.StatusCode, len(incs), res.Header)
	}
}

func TestErrors(t *testing.T) {
	long := strings.Repeat("a", MaxQueryBytes+1)
	tests := []struct {
		path   string
		status int
		says   string // a part of the error message
	}{
		{"/api/incidents?sort=bogus", 400, "sort"},
		{"/api/incidents?sort=date;drop", 400, "semicolon"},
		{"/api/incidents?since=2024-13", 400, "since"},
		{"/api/incidents?since=2023-02-29", 400, "since"},
		{"/api/incidents?until=yesterday", 400, "until"},
		{"/api/incidents?since=24", 400, "since"},
		{"/api/incidents?page=abc", 400, "page"},
		{"/api/incidents?page=0", 400, "page"},
		{"/api/incidents?page=-1", 400, "page"},
		{"/api/incidents?page=%2B1", 400, "page"},
		{"/api/incidents?page=1.5", 400, "page"},
		{"/api/incidents?page=99999999999999999999999", 400, "page"},
		{"/api/incidents?per_page=201", 400, "per_page"},
		{"/api/incidents?per_page=0", 400, "per_page"},
		{"/api/incidents?per_page=200&page=501", 400, "100000"},
		{"/api/incidents?page=100001&per_page=1", 400, "page"},
		{"/api/incidents?min_killed=-1", 400, "min_killed"},
		{"/api/incidents?min_killed=ten", 400, "min_killed"},
		{"/api/incidents?country=USA", 400, "country"},
		{"/api/incidents?country=1", 400, "country"},
		{"/api/incidents?q=" + long, 400, "q"},
		{"/api/incidents?group=" + long, 400, "group"},
		{"/api/incidents?q=%ff%fe", 400, "UTF-8"},
		{"/api/incidents?countr=US", 400, "countr"},
		{"/api/incidents?limit=5", 400, "limit"},
		{"/api/incidents?page=1&page=2", 400, "page"},
		{"/api/incidents?q=%zz", 400, "query"},
		{"/api/incidents/inc-000000000000", 404, "inc-000000000000"},
		{"/api/incidents/" + strings.Repeat("x", MaxIDBytes+1), 404, "no such"},
		{"/api/incidents/", 404, "no such endpoint"},
		{"/api/articles", 400, "q"},
		{"/api/articles?q=", 400, "q"},
		{"/api/articles?q=Kano&limit=0", 400, "limit"},
		{"/api/articles?q=Kano&limit=101", 400, "limit"},
		{"/api/articles?q=Kano&page=2", 400, "page"},
		{"/api/articles/nope", 404, "nope"},
		{"/api/groups?all=maybe", 400, "all"},
		{"/api/groups/nope", 404, "nope"},
		{"/api/groups/boko-haram?per_page=500", 400, "per_page"},
		{"/api/groups/boko-haram?country=NG", 400, "country"},
		{"/api/search", 400, "q"},
		{"/api/search?q=" + long, 400, "q"},
		{"/api/search?q=Kano&limit=5", 400, "limit"},
		{"/api/export?format=xml", 400, "format"},
		{"/api/export?limit=5001", 400, "limit"},
		{"/api/export?page=2", 400, "page"},
		{"/api/openapi.json?x=1", 400, "x"},
		{"/api/", 404, "no such endpoint"},
		{"/api/nope", 404, "no such endpoint"},
		{"/api/incidents/x/y", 404, "no such endpoint"},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			_, v := get(t, tc.path, tc.status)
			if msg, _ := at(v, "error").(string); !strings.Contains(msg, tc.says) {
				t.Errorf("error %q does not name %q", msg, tc.says)
			}
		})
	}
}

func TestMethods(t *testing.T) {
	for _, ep := range endpoints {
		path := strings.ReplaceAll(ep.Path, "{id}", "x")
		for _, m := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch, http.MethodOptions} {
			r := do(t, m, path)
			if r.status != http.StatusMethodNotAllowed || r.header.Get("Allow") != "GET, HEAD" ||
				r.header.Get("Content-Type") != JSONType {
				t.Errorf("%s %s: %d %v %s", m, path, r.status, r.header, r.body)
			}
		}
	}
	r := do(t, http.MethodHead, "/api/incidents?per_page=1")
	if r.status != http.StatusOK || len(r.body) != 0 || r.header.Get("Content-Type") != JSONType {
		t.Errorf("HEAD: %d %v %q", r.status, r.header, r.body)
	}
	r = do(t, http.MethodHead, "/api/incidents?per_page=1000")
	if r.status != http.StatusBadRequest {
		t.Errorf("HEAD with a bad parameter: %d", r.status)
	}
}

func TestWriteStored(t *testing.T) {
	// Records are written as stored, escaped should a writer other than
	// encoding/json have left <, >, & or a line separator in them.
	for _, tc := range []struct{ in, want string }{
		{`{"a":"\u003cb\u003e"}`, `{"a":"\u003cb\u003e"}`},
		{`{"a":"<script>&</script>"}`, `{"a":"\u003cscript\u003e\u0026\u003c/script\u003e"}`},
		{"{\"a\":\"x\u2028y\u2029\"}", `{"a":"x\u2028y\u2029"}`},
	} {
		w := httptest.NewRecorder()
		if err := writeStored(w, []byte(tc.in)); err != nil {
			t.Fatal(err)
		}
		if got := w.Body.String(); got != tc.want+"\n" || w.Header().Get("Content-Length") != fmt.Sprint(len(got)) {
			t.Errorf("writeStored(%s) = %s (Content-Length %s), want %s", tc.in, got, w.Header().Get("Content-Length"), tc.want)
		}
	}
}
