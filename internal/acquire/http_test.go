package acquire

import (
	"compress/gzip"
	"fmt"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dossier-project/dossier"
	"golang.org/x/text/encoding/charmap"
)

const testPage = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Depot fire</title></head>
<body><article><p>A fire at a bus depot in Westfold injured two mechanics, the fire service said on Monday.</p></article></body></html>`

// testServer serves the cases of the HTTP tests on 127.0.0.1. It records
// the User-Agent of every request.
type testServer struct {
	*httptest.Server
	mu     sync.Mutex
	agents []string
}

func newTestServer(t *testing.T) *testServer {
	t.Helper()
	ts := &testServer{}
	mux := http.NewServeMux()
	html := func(w http.ResponseWriter, body string) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, body)
	}
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) { html(w, testPage) })
	mux.HandleFunc("/news/2024/05/depot-fire.html", func(w http.ResponseWriter, r *http.Request) { html(w, testPage) })
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "oops", http.StatusInternalServerError)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/slow-body", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body><p>first part")
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/loop-a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop-b", http.StatusFound) })
	mux.HandleFunc("/loop-b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop-a", http.StatusFound) })
	mux.HandleFunc("/chain/", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/chain/"))
		if n == 0 {
			html(w, testPage)
			return
		}
		http.Redirect(w, r, "/chain/"+strconv.Itoa(n-1), http.StatusMovedPermanently)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", "4000")
		fmt.Fprint(w, strings.Repeat("<p>x</p>", 500))
	})
	mux.HandleFunc("/big-chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for i := 0; i < 100; i++ {
			fmt.Fprint(w, strings.Repeat("<p>x</p>", 50))
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/cp1251", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1251")
		b, _ := charmap.Windows1251.NewEncoder().String("<html><body><p>" + russian + "</p></body></html>")
		fmt.Fprint(w, b)
	})
	mux.HandleFunc("/text", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "A plain text article about a depot fire.\n")
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		fmt.Fprint(w, "\x89PNG\r\n\x1a\n")
	})
	mux.HandleFunc("/disguised", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "%PDF-1.7\n")
	})
	mux.HandleFunc("/empty", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
	})
	mux.HandleFunc("/gzip-encoded", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		fmt.Fprint(zw, testPage)
		zw.Close()
	})
	mux.HandleFunc("/page.html.gz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/gzip")
		zw := gzip.NewWriter(w)
		fmt.Fprint(zw, testPage)
		zw.Close()
	})
	mux.HandleFunc("/sitemap.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		fmt.Fprint(w, `<?xml version="1.0"?><urlset><url><loc>http://x/</loc></url></urlset>`)
	})
	mux.HandleFunc("/xhtml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xhtml+xml")
		fmt.Fprint(w, `<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>XHTML page.</p></body></html>`)
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Test news</title><link>%[1]s/</link>
<item><title>Depot fire injures two</title><link>%[1]s/page</link>
  <pubDate>Mon, 06 May 2024 10:00:00 GMT</pubDate><description>A fire&nbsp;at a depot.</description></item>
<item><title><![CDATA[Gone <b>story</b>]]></title><link>%[1]s/missing</link><pubDate>Tue, 07 May 2024 11:00:00 GMT</pubDate></item>
</channel></rss>`, ts.URL)
	})
	mux.HandleFunc("/atom", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/xml; charset=utf-8")
		fmt.Fprint(w, `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom news</title>
<entry><title type="html">Depot &lt;i&gt;fire&lt;/i&gt;</title>
  <link rel="self" href="/self"/><link rel="alternate" type="text/html" href="news/2024/05/depot-fire.html"/>
  <updated>2024-05-07T09:00:00Z</updated><published>2024-05-06T08:00:00Z</published></entry>
<entry><title>Text only</title><content type="html">&lt;p&gt;An entry with content and no link.&lt;/p&gt;</content></entry>
<entry><title>Nothing</title></entry>
</feed>`)
	})
	mux.HandleFunc("/rdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rdf+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>RDF</title></channel>
<item><title>RDF item</title><link>%s/text</link><dc:date>2024-05-08</dc:date></item>
</rdf:RDF>`, ts.URL)
	})
	mux.HandleFunc("/feed-sniffed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, `<rss version="2.0"><channel><item><title>Sniffed</title><guid>%s/page</guid></item></channel></rss>`, ts.URL)
	})
	mux.HandleFunc("/feed-empty", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<rss version="2.0"><channel><title>Nothing yet</title></channel></rss>`)
	})
	mux.HandleFunc("/feed-of-feeds", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/atom+xml")
		fmt.Fprint(w, `<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="/feed.xml"/></entry><entry><link href="/feed.xml"/></entry></feed>`)
	})
	mux.HandleFunc("/not-a-feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<html><body>Oops</body></html>`)
	})
	ts.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ts.mu.Lock()
		ts.agents = append(ts.agents, r.Header.Get("User-Agent"))
		ts.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(ts.Close)
	return ts
}

func TestHTTP(t *testing.T) {
	ts := newTestServer(t)
	u := ts.URL
	tests := []struct {
		path    string
		opts    Options
		id      string // the article's id, or "" for a failure
		kind    dossier.Kind
		charset string
		want    string // the body contains, or the failure message contains
	}{
		{"/page", Options{}, "page", dossier.KindHTML, "utf-8", "bus depot in Westfold"},
		{"/news/2024/05/depot-fire.html", Options{}, "depot-fire", dossier.KindHTML, "utf-8", "Westfold"},
		{"/", Options{}, "", 0, "", "HTTP status 404 Not Found"},
		{"/missing", Options{}, "", 0, "", "HTTP status 404 Not Found"},
		{"/broken", Options{}, "", 0, "", "HTTP status 500 Internal Server Error"},
		{"/slow", Options{Timeout: 100 * time.Millisecond}, "", 0, "", "timed out after 100ms"},
		{"/slow-body", Options{Timeout: 200 * time.Millisecond}, "", 0, "", "timed out after 200ms"},
		{"/loop-a", Options{}, "", 0, "", "redirect loop: " + u + "/loop-a -> " + u + "/loop-b -> " + u + "/loop-a"},
		{"/chain/5", Options{}, "0", dossier.KindHTML, "utf-8", "Westfold"},
		{"/chain/6", Options{}, "", 0, "", "too many redirects (more than 5)"},
		{"/chain/2", Options{MaxRedirects: 1}, "", 0, "", "too many redirects (more than 1)"},
		{"/big", Options{MaxBytes: 1000}, "", 0, "", "larger than 1000 bytes (cap)"},
		{"/big-chunked", Options{MaxBytes: 1000}, "", 0, "", "larger than 1000 bytes (cap)"},
		{"/cp1251", Options{}, "cp1251", dossier.KindHTML, "windows-1251", russian},
		{"/text", Options{}, "text", dossier.KindText, "utf-8", "plain text article"},
		{"/image", Options{}, "", 0, "", "binary content (image/png), not an article"},
		{"/disguised", Options{}, "", 0, "", "binary content (PDF document), not an article"},
		{"/empty", Options{}, "", 0, "", "empty"},
		{"/gzip-encoded", Options{}, "gzip-encoded", dossier.KindHTML, "utf-8", "Westfold"},
		{"/page.html.gz", Options{}, "page", dossier.KindHTML, "utf-8", "Westfold"},
		{"/sitemap.xml", Options{}, "", 0, "", "XML document <urlset>, not an article or feed"},
		{"/xhtml", Options{}, "xhtml", dossier.KindHTML, "utf-8", "XHTML page."},
		{"/feed-empty", Options{}, "", 0, "", "feed has no items"},
		{"/not-a-feed", Options{}, "", 0, "", "not an RSS or Atom feed (served as application/rss+xml)"},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			src := u + tc.path
			start := time.Now()
			it := readOne(t, tc.opts, src)
			if tc.opts.Timeout > 0 && time.Since(start) > 2*time.Second {
				t.Errorf("took %v with a %v timeout", time.Since(start), tc.opts.Timeout)
			}
			if tc.id == "" {
				if it.Err == nil {
					t.Fatalf("got an article %+v, want failure %q", *it.Raw, tc.want)
				}
				if it.Err.Source != src || !strings.Contains(it.Err.Error(), src+": ") || !strings.Contains(it.Err.Error(), tc.want) {
					t.Errorf("failure %q, want it to name %s and say %q", it.Err, src, tc.want)
				}
				return
			}
			if it.Err != nil {
				t.Fatal(it.Err)
			}
			r := it.Raw
			if r.ID != tc.id || r.Source != src || r.Kind != tc.kind || r.Charset != tc.charset || !strings.Contains(r.Body, tc.want) {
				t.Errorf("got ID=%q Source=%q Kind=%v Charset=%q body %.100q", r.ID, r.Source, r.Kind, r.Charset, r.Body)
			}
			if !strings.HasPrefix(r.URL, u+"/") {
				t.Errorf("URL %q", r.URL)
			}
		})
	}
	ts.mu.Lock()
	defer ts.mu.Unlock()
	for _, ua := range ts.agents {
		if ua != DefaultUserAgent {
			t.Errorf("User-Agent %q", ua)
			break
		}
	}
}

func TestHTTPFinalURL(t *testing.T) {
	ts := newTestServer(t)
	it := readOne(t, Options{}, ts.URL+"/chain/2")
	if it.Err != nil || it.Raw.URL != ts.URL+"/chain/0" || it.Raw.Source != ts.URL+"/chain/2" {
		t.Fatalf("got %+v", it)
	}
}

func TestFeeds(t *testing.T) {
	ts := newTestServer(t)
	u := ts.URL
	type want struct {
		id, source, title, published, fail string
		kind                               dossier.Kind
	}
	tests := []struct {
		path string
		want []want
	}{
		{"/feed.xml", []want{
			{id: "page", source: u + "/page", title: "Depot fire injures two", published: "Mon, 06 May 2024 10:00:00 GMT", kind: dossier.KindHTML},
			{source: u + "/missing", fail: "HTTP status 404 Not Found"},
		}},
		{"/atom", []want{
			{id: "depot-fire", source: u + "/news/2024/05/depot-fire.html", title: "Depot fire", published: "2024-05-06T08:00:00Z", kind: dossier.KindHTML},
			{id: "atom-2", source: u + "/atom#item-2", title: "Text only", kind: dossier.KindHTML},
			{source: u + "/atom#item-3", fail: "feed item has no link and no content"},
		}},
		{"/rdf", []want{
			{id: "text", source: u + "/text", title: "RDF item", published: "2024-05-08", kind: dossier.KindText},
		}},
		{"/feed-sniffed", []want{
			{id: "page", source: u + "/page", title: "Sniffed", kind: dossier.KindHTML},
		}},
		{"/feed-of-feeds", []want{
			{source: u + "/feed.xml", fail: "feed item links to a feed, not an article"},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			items := readAll(t, Options{}, u+tc.path)
			if len(items) != len(tc.want) {
				t.Fatalf("got %v, want %d items", summary(items), len(tc.want))
			}
			for i, w := range tc.want {
				it := items[i]
				if w.fail != "" {
					if it.Err == nil || it.Err.Source != w.source || !strings.Contains(it.Err.Error(), w.fail) {
						t.Errorf("item %d: got %+v, want failure %q of %s", i, it, w.fail, w.source)
					}
					continue
				}
				if it.Err != nil {
					t.Errorf("item %d: %v", i, it.Err)
					continue
				}
				r := it.Raw
				got := want{id: r.ID, source: r.Source, title: r.Title, published: r.Published, kind: r.Kind}
				if !reflect.DeepEqual(got, w) {
					t.Errorf("item %d: got %+v, want %+v", i, got, w)
				}
			}
		})
	}
}

func TestHTTPCustomClientAndAgent(t *testing.T) {
	ts := newTestServer(t)
	it := readOne(t, Options{Client: ts.Client(), UserAgent: "tester/1"}, ts.URL+"/page")
	if it.Err != nil {
		t.Fatal(it.Err)
	}
	ts.mu.Lock()
	defer ts.mu.Unlock()
	if got := ts.agents[len(ts.agents)-1]; got != "tester/1" {
		t.Errorf("User-Agent %q", got)
	}
}

func TestHTTPRefused(t *testing.T) {
	ts := httptest.NewServer(http.NotFoundHandler())
	u := ts.URL + "/page"
	ts.Close()
	it := readOne(t, Options{}, u)
	if it.Err == nil || !strings.Contains(it.Err.Error(), "connection refused") || strings.Count(it.Err.Error(), u) != 1 {
		t.Errorf("got %v", it.Err)
	}
	it = readOne(t, Options{}, "http://127.0.0.1:bad/")
	if it.Err == nil || !strings.Contains(it.Err.Error(), "bad URL") {
		t.Errorf("got %v", it.Err)
	}
}

func TestParseFeed(t *testing.T) {
	items, err := parseFeed(`<rss><channel><item><title>  A   title </title>
<link>https://a.example/1</link><feedburner:origLink xmlns:feedburner="x">https://a.example/orig</feedburner:origLink>
<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>Body</p>]]></content:encoded>
<description>Short</description></item>
<item><guid isPermaLink="false">https://a.example/nolink</guid></item>
<item><atom:link xmlns:atom="http://www.w3.org/2005/Atom" href="https://a.example/atomlink"/></item>
</channel></rss>`)
	if err != nil {
		t.Fatal(err)
	}
	want := []feedItem{
		{link: "https://a.example/orig", title: "A title", content: "<p>Body</p>"},
		{},
		{link: "https://a.example/atomlink"},
	}
	if !reflect.DeepEqual(items, want) {
		t.Errorf("got %+v, want %+v", items, want)
	}
	for _, bad := range []string{"", "plain text", "<html><body>x</body></html>"} {
		if _, err := parseFeed(bad); err == nil {
			t.Errorf("parseFeed(%q): no error", bad)
		}
	}
}

func TestIDFromURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://example.org/news/2024/05/fire.html":   "fire",
		"https://example.org/news/fire-in-depot/":      "fire-in-depot",
		"https://example.org/news/fire/index.html":     "fire",
		"https://example.org/":                         "example.org",
		"https://example.org":                          "example.org",
		"https://example.org/a/report.php?id=1":        "report",
		"https://example.org/world/1234567/amp":        "1234567",
		"http://127.0.0.1:8080/page.html.gz":           "page",
		"https://example.org/%D0%BF%D0%BE%D0%B6%D0%B0": "пожа",
	} {
		if got := idFromURL(in); got != want {
			t.Errorf("idFromURL(%q) = %q, want %q", in, got, want)
		}
	}
}
