package web

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/fuse"
	"github.com/dossier-project/dossier/internal/groups"
	"github.com/dossier-project/dossier/internal/store"
)

// The fixture store: testdata/ ingested through the real pipeline (clean,
// extract, store, fuse), as `dossier ingest` does. Two independent reports
// and one copy of a Kano bombing, a Peshawar attack, and two hostile
// articles (script, onerror image, javascript: links and URL).
var (
	fixture *store.Store
	handler http.Handler
	ids     = map[string]string{} // fixture incident by name: kano, peshawar, mombasa, mogadishu
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "webtest")
	if err != nil {
		panic(err)
	}
	code := func() int {
		st, err := buildFixture(filepath.Join(dir, "fixture.db"))
		if err != nil {
			fmt.Fprintln(os.Stderr, "fixture:", err)
			return 1
		}
		defer st.Close()
		fixture, handler = st, New(st)
		return m.Run()
	}()
	os.RemoveAll(dir)
	os.Exit(code)
}

// buildFixture ingests testdata/ into a new store and fuses it, then
// finds the fixture incidents' ids.
func buildFixture(path string) (*store.Store, error) {
	ctx := context.Background()
	st, err := store.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	if _, err := fuse.Ingest(ctx, st, "testdata"); err != nil {
		st.Close()
		return nil, err
	}
	err = st.IncidentSummaries(ctx, store.Filter{}, func(b []byte) error {
		var s dossier.Summary
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		switch {
		case s.City == "Kano" && s.Date == "2024-03-04":
			ids["kano"] = s.ID
		case s.City == "Kano":
			ids["kano2014"] = s.ID
		case s.City == "Peshawar":
			ids["peshawar"] = s.ID
		case s.City == "Mombasa":
			ids["mombasa"] = s.ID
		case s.City == "Mogadishu":
			ids["mogadishu"] = s.ID
		}
		return nil
	})
	if err != nil {
		st.Close()
		return nil, err
	}
	for _, k := range []string{"kano", "kano2014", "peshawar", "mombasa", "mogadishu"} {
		if ids[k] == "" {
			st.Close()
			return nil, fmt.Errorf("the fixture has no %s incident (%v)", k, ids)
		}
	}
	return st, nil
}

// get fetches a path from the UI.
func get(t *testing.T, method, path string) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(method, path, nil)
	rec := httptest.NewRecorder()
	handler.ServeHTTP(rec, req)
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

// expand replaces {name} with the fixture incident's id.
func expand(s string) string {
	for k, v := range ids {
		s = strings.ReplaceAll(s, "{"+k+"}", v)
	}
	return s
}

func TestPages(t *testing.T) {
	bokoHaram, ok := groups.Lookup("Boko Haram")
	if !ok {
		t.Fatal("no Boko Haram in the catalogue")
	}
	for _, tc := range []struct {
		path   string
		status int
		want   []string
	}{
		{"/", 200, []string{"<h1", "Incidents", "Showing 1–5 of 5", "Gunmen kill five at Peshawar police post",
			`href="/incidents/{peshawar}"`, `<label for="f-country">`, `class="skip"`, `<main id="main"`, `name="sort"`}},
		{"/?q=Kano", 200, []string{"Incidents matching “Kano”", `href="/incidents/{kano}"`, `href="/articles?q=Kano"`}},
		{"/articles?q=Kano", 200, []string{"Articles matching “Kano”", "<mark>Kano</mark>", `href="/articles/kano-update"`,
			"Search the text of the 6 stored articles", `href="/?q=Kano"`}},
		{"/articles", 200, []string{`<label for="a-q">`}},
		{"/articles?q=%22%22%22", 200, []string{"No stored article matches"}},
		{"/?country=NG&sort=-killed", 200, []string{"Showing 1–2 of 2", `value="NG"`}},
		{"/?country=Nigeria", 200, []string{"Showing 1–2 of 2"}},
		{"/?group=Boko+Haram&min_killed=10", 200, []string{"Showing 1–1 of 1", `href="/incidents/{kano}"`}},
		{"/?since=2024-06&until=2024-07", 200, []string{"Showing 1–2 of 2", "Mombasa", "Mogadishu"}},
		{"/?since=yesterday&min_killed=many&sort=bogus&country=Atlantis&page=0", 200, []string{
			"The “since” date must be", "“Killed at least” must be a whole number", "Unknown sort order",
			"Unknown country: Atlantis", "The page number must be"}},
		{`/?q="unbalanced+OR+NEAR(`, 200, []string{"Incidents matching"}},
		{"/?page=99", 200, []string{"Showing 1–5 of 5"}},
		{"/incidents/{kano}", 200, []string{
			"Twelve dead as suicide bomber strikes Kano textile market",
			">15</span> killed", ">34</span> injured", "reports: 12–15",
			// Facts with their sources.
			"Kano, Kano State, Nigeria", "12.0001, 8.5167", `href="/groups/` + bokoHaram.ID + `"`, "claimed it",
			"Bombing", "Explosives", `class="src" href="#src-`,
			// Every figure, its sentence behind a summary.
			`<details id="fig-1" class="figure killed">`, "<summary>",
			"The death toll from Monday&#39;s suicide bombing at the Kantin Kwari market in Kano, Nigeria, has risen to <mark>15</mark>",
			"hospital officials", `href="/articles/kano-update"`,
			// The chart.
			`<svg viewBox="0 0 880 300" role="img"`, "<title id=\"chart-title\">", `<circle class="pt killed"`, `<rect class="pt injured"`,
			`<polyline class="line killed"`,
			// Sources grouped by syndication.
			`class="copies"`, "copy of", "syndicated from Kano Herald",
			// Quotes and related incidents.
			"Abdullahi Haruna", "spokesman of the Kano State Police Command", "The bomber walked into the crowd",
			`href="/incidents/{kano2014}"`, "Bombing in Kano, NG, 2014",
			// The locator map.
			`<image href="/static/world.svg?v=`, `href="/map?focus={kano}"`}},
		{"/incidents/{peshawar}", 200, []string{"Tehrik-i-Taliban Pakistan", "Peshawar", "Firearms", "Police"}},
		{"/incidents/inc-000000000000", 404, []string{"Not found", "no incident with this id"}},
		{"/incidents/%3Cscript%3E", 404, []string{"Not found"}},
		{"/timeline", 200, []string{"Timeline by group", "Boko Haram", "Al-Shabaab", "Unattributed", "<svg class=\"timeline\"",
			`href="/incidents/{kano}"`, "<title>", "2024"}},
		{"/timeline?by=country", 200, []string{"Timeline by country", "Nigeria", "Pakistan", "Kenya", "Somalia"}},
		{"/timeline?by=weather", 200, []string{"Lanes are by group or by country"}},
		{"/timeline?country=XX", 200, []string{"Unknown country: XX"}},
		{"/timeline?since=2030", 200, []string{"No dated incident matches"}},
		{"/map", 200, []string{`<image href="/static/world.svg?v=`, `<circle class="dot`, `href="/incidents/{mombasa}"`,
			"Gunmen kill five at Peshawar police post — 11 Aug 2024, Peshawar, Khyber Pakhtunkhwa, Pakistan; 5 killed; 2 injured",
			"5 incidents on the map"}},
		{"/map?fit=1&country=NG", 200, []string{"Whole world", "2 incidents on the map"}},
		{"/map?focus={peshawar}", 200, []string{`class="dot focus"`, "Centred on"}},
		{"/map?focus=inc-000000000000", 200, []string{"There is no incident inc-000000000000 to show"}},
		{"/groups", 200, []string{"Named in the stored incidents", `href="/groups/` + bokoHaram.ID + `"`, "Tehrik-i-Taliban Pakistan", "The catalogue"}},
		{"/groups/" + bokoHaram.ID, 200, []string{"Boko Haram", "Also known as", "Jama", `href="/incidents/{kano}"`, "1 incident names"}},
		{"/groups/iskp", 200, []string{"Islamic State Khorasan Province", "ISIS-K", `href="/groups/islamic-state"`, "No stored incident names it"}},
		{"/groups/no-such-group", 404, []string{"no group with this id"}},
		{"/articles/kano-herald", 200, []string{"Suicide bomber kills 12 at Kano market", "Musa Ibrahim",
			"Governor Abba Yusuf condemned the attack", `href="/incidents/{kano}"`, "<mark>A suicide bomber killed 12 people"}},
		{"/articles/kano-copy", 200, []string{"Kano Herald"}},
		{"/articles/no-such-article", 404, []string{"no stored article with this id"}},
		{"/nope", 404, []string{"There is no page at this address"}},
		{"/static/style.css", 200, []string{"--killed"}},
		{"/static/app.js", 200, []string{"use strict"}},
		{"/static/world.svg", 200, []string{"Natural Earth", "public domain", `<path id="land"`}},
		{"/static/nope.css", 404, nil},
		{"/favicon.ico", 200, []string{"<svg"}},
	} {
		t.Run(tc.path, func(t *testing.T) {
			res, body := get(t, http.MethodGet, expand(tc.path))
			if res.StatusCode != tc.status {
				t.Fatalf("status %d, want %d", res.StatusCode, tc.status)
			}
			for _, w := range tc.want {
				if w = expand(w); !strings.Contains(body, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			if strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
				checkSafe(t, body)
			}
		})
	}
}

// TestHostile checks that the hostile articles' strings reach the pages
// escaped, on every page that shows them.
func TestHostile(t *testing.T) {
	for _, path := range []string{"/", "/?q=Mombasa", "/articles?q=alert", "/articles?q=Mogadishu", "/incidents/{mombasa}", "/incidents/{mogadishu}",
		"/articles/hostile", "/articles/hostile-url", "/map", "/timeline", "/timeline?by=country"} {
		t.Run(path, func(t *testing.T) {
			res, body := get(t, http.MethodGet, expand(path))
			if res.StatusCode != 200 {
				t.Fatalf("status %d", res.StatusCode)
			}
			checkSafe(t, body)
			if !strings.Contains(body, "&lt;script&gt;") {
				t.Error("the hostile title is not shown escaped")
			}
		})
	}
	_, body := get(t, http.MethodGet, "/articles/hostile-url")
	for _, w := range []string{
		"&lt;script&gt;alert(1)&lt;/script&gt; Gunmen storm hotel in Mogadishu &lt;img src=x onerror=alert(1)&gt;",
		"&lt;IMG SRC=x onerror=alert(1)&gt;", "javascript:alert(document.domain)",
		`<span class="raw">javascript:alert(1)</span> <span class="unknown">(not a web address: not linked)</span>`} {
		if !strings.Contains(body, w) {
			t.Errorf("the hostile article lacks %q", w)
		}
	}
	_, body = get(t, http.MethodGet, expand("/incidents/{mombasa}"))
	for _, w := range []string{"&lt;script&gt;window.pwned=1;alert(1)&lt;/script&gt;", "Coast &lt;img src=x onerror=alert(1)&gt; Observer"} {
		if !strings.Contains(body, w) {
			t.Errorf("the hostile incident lacks %q", w)
		}
	}
}

// TestCrawl follows every link of the site from the list and checks that
// each page answers 200 and is safe.
func TestCrawl(t *testing.T) {
	seen := map[string]bool{}
	queue := []string{"/"}
	groupPages := 0
	for len(queue) > 0 && len(seen) < 400 {
		p := queue[0]
		queue = queue[1:]
		if seen[p] {
			continue
		}
		seen[p] = true
		res, body := get(t, http.MethodGet, p)
		if res.StatusCode != 200 {
			t.Errorf("%s: status %d", p, res.StatusCode)
			continue
		}
		if !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
			continue
		}
		checkSafe(t, body)
		for _, href := range links(t, body) {
			u, err := url.Parse(href)
			if err != nil || u.Host != "" || !strings.HasPrefix(u.Path, "/") || strings.HasPrefix(u.Path, "/static/") ||
				strings.HasPrefix(u.Path, "/api/") {
				// /api/ is another package's, mounted beside this one by internal/server.
				continue
			}
			u.Fragment = ""
			if !seen[u.String()] && strings.HasPrefix(u.Path, "/groups/") {
				if groupPages >= 25 {
					continue // the catalogue is large: a sample is enough
				}
				groupPages++
			}
			if !seen[u.String()] {
				queue = append(queue, u.String())
			}
		}
	}
	for _, want := range []string{"/incidents/" + ids["kano"], "/articles/hostile", "/timeline", "/map", "/groups"} {
		if !seen[want] {
			t.Errorf("the crawl never reached %s", want)
		}
	}
}

func TestHead(t *testing.T) {
	res, body := get(t, http.MethodHead, expand("/incidents/{kano}"))
	if res.StatusCode != 200 || body != "" {
		t.Errorf("HEAD: status %d, %d bytes of body", res.StatusCode, len(body))
	}
}

func TestStaticCaching(t *testing.T) {
	_, page := get(t, http.MethodGet, "/")
	m := regexp.MustCompile(`href="(/static/style\.css\?v=[0-9a-f]+)"`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no versioned stylesheet link")
	}
	res, _ := get(t, http.MethodGet, m[1])
	if cc := res.Header.Get("Cache-Control"); !strings.Contains(cc, "immutable") {
		t.Errorf("versioned asset Cache-Control %q", cc)
	}
	if ct := res.Header.Get("Content-Type"); ct != "text/css; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	req := httptest.NewRequest(http.MethodGet, "/static/style.css", nil)
	req.Header.Set("If-None-Match", res.Header.Get("ETag"))
	rec := httptest.NewRecorder()
	handler.ServeHTTP(rec, req)
	if rec.Code != http.StatusNotModified {
		t.Errorf("If-None-Match: status %d, want 304", rec.Code)
	}
}

// links returns the href of every <a> of a page.
func links(t *testing.T, body string) []string {
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.Data == "a" {
			for _, a := range n.Attr {
				if a.Key == "href" {
					out = append(out, a.Val)
				}
			}
		}
	}
	return out
}

var (
	ownScript = regexp.MustCompile(`^/static/app\.js\?v=[0-9a-f]+$`)
	ownImage  = regexp.MustCompile(`^/static/[a-z]+\.svg\?v=[0-9a-f]+$`)
)

// checkSafe parses a page as a browser would and fails on anything that
// could run or load what the site did not write: a script but the site's
// own, an event-handler attribute, a javascript: or data: URL, an image,
// frame or object from elsewhere, inline style. It also checks the raw text
// for a tag the hostile fixtures carry.
func checkSafe(t *testing.T, body string) {
	t.Helper()
	for _, bad := range []string{"<script>", "<img src=x", "<IMG SRC", "<svg onload", "onerror=\"", "<a href=\"javascript:"} {
		if strings.Contains(body, bad) {
			t.Errorf("page holds %q unescaped", bad)
		}
	}
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		attr := map[string]string{}
		for _, a := range n.Attr {
			attr[strings.ToLower(a.Key)] = a.Val
			k := strings.ToLower(a.Key)
			if strings.HasPrefix(k, "on") {
				t.Errorf("<%s> has an event handler %s=%q", n.Data, a.Key, a.Val)
			}
			if k == "style" {
				t.Errorf("<%s> has an inline style (the CSP forbids it)", n.Data)
			}
			if k == "href" || k == "src" || k == "action" || k == "xlink:href" || k == "formaction" {
				v := strings.ToLower(strings.TrimSpace(a.Val))
				if strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "data:") || strings.HasPrefix(v, "vbscript:") {
					t.Errorf("<%s %s=%q>", n.Data, a.Key, a.Val)
				}
			}
		}
		switch n.Data {
		case "script":
			if !ownScript.MatchString(attr["src"]) || n.FirstChild != nil {
				t.Errorf("a script that is not the site's: src=%q", attr["src"])
			}
		case "img", "image":
			if !ownImage.MatchString(attr["src"]) && !ownImage.MatchString(attr["href"]) {
				t.Errorf("<%s> from elsewhere: %v", n.Data, n.Attr)
			}
		case "iframe", "object", "embed", "frame", "base", "style", "meta":
			if n.Data == "meta" && (attr["charset"] != "" || attr["name"] == "viewport") {
				continue
			}
			t.Errorf("unexpected <%s> element", n.Data)
		}
	}
}

func TestMarkNumber(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want []segment
	}{
		{"killed 15 people", 15, []segment{{"killed ", false}, {"15", true}, {" people", false}}},
		{"in 2015 at least 15 died", 15, []segment{{"in 2015 at least ", false}, {"15", true}, {" died", false}}},
		{"1,200 dead", 1200, []segment{{"1,200", true}, {" dead", false}}},
		{"fifteen dead", 15, []segment{{"fifteen dead", false}}},
		{"115 and 150", 15, []segment{{"115 and 150", false}}},
	} {
		if got := markNumber(tc.s, tc.n); !slices.Equal(got, tc.want) {
			t.Errorf("markNumber(%q, %d) = %v, want %v", tc.s, tc.n, got, tc.want)
		}
	}
}

func TestHTTPURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://example.com/a?b=c": "https://example.com/a?b=c",
		"http://example.com":        "http://example.com",
		"javascript:alert(1)":       "",
		" JavaScript:alert(1)":      "",
		"data:text/html,<script>":   "",
		"//example.com/x":           "",
		"/relative":                 "",
		"ftp://example.com":         "",
	} {
		if got := httpURL(in); got != want {
			t.Errorf("httpURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseForm(t *testing.T) {
	for _, tc := range []struct {
		query string
		want  store.Filter
		errs  int
	}{
		{"", store.Filter{Sort: "-date"}, 0},
		{"country=ru&group=ISKP&since=2024&until=2024-03-22&min_killed=10&sort=killed&q=concert",
			store.Filter{Country: "RU", Group: "Islamic State Khorasan Province", Since: "2024", Until: "2024-03-22",
				MinKilled: 10, Sort: "killed", Query: "concert"}, 0},
		{"country=Russia", store.Filter{Country: "RU", Sort: "-date"}, 0},
		{"group=Some+New+Front", store.Filter{Group: "Some New Front", Sort: "-date"}, 0},
		{"since=2024-13&min_killed=-1&sort=x&country=Narnia", store.Filter{Sort: "-date"}, 4},
		{"q=" + strings.Repeat("a", 300), store.Filter{Query: strings.Repeat("a", MaxQueryBytes), Sort: "-date"}, 1},
	} {
		v, _ := url.ParseQuery(tc.query)
		_, f, errs := parseForm(v)
		if f != tc.want || len(errs) != tc.errs {
			t.Errorf("parseForm(%q) = %+v, %q; want %+v and %d errors", tc.query, f, errs, tc.want, tc.errs)
		}
	}
}

func TestFormatting(t *testing.T) {
	for in, want := range map[string]string{"2024-03-22": "22 March 2024", "2024-03": "March 2024", "2024": "2024", "": "undated", "soon": "soon"} {
		if got := formatDate(in); got != want {
			t.Errorf("formatDate(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 1234567: "1,234,567", -4500: "-4,500"} {
		if got := formatInt(in); got != want {
			t.Errorf("formatInt(%d) = %q, want %q", in, got, want)
		}
	}
	for v, want := range map[int][2]int{1: {2, 1}, 4: {5, 1}, 5: {6, 2}, 133: {200, 50}, 180: {200, 50}, 1000: {1200, 500}} {
		top, step := niceScale(v)
		if [2]int{top, step} != want && top/step > 5 {
			t.Errorf("niceScale(%d) = %d, %d", v, top, step)
		}
		if top < v || top/step > 6 {
			t.Errorf("niceScale(%d) = %d, %d: does not cover it in few steps", v, top, step)
		}
	}
	if got := placeOf("Crocus City Hall", "Moscow", "Moscow", "RU"); got != "Crocus City Hall, Moscow, Russia" {
		t.Errorf("placeOf = %q", got)
	}
	if got := markSnippet("a ⟦b⟧ c ⟦d", store.SnippetStart, store.SnippetEnd); !slices.Equal(got,
		[]segment{{"a ", false}, {"b", true}, {" c ", false}, {"d", true}}) {
		t.Errorf("markSnippet = %v", got)
	}
}
