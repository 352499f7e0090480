package clean

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// zytePages loads up to n gzipped pages of the Zyte benchmark, skipping when
// the benchmark is not beside the repository.
func zytePages(tb testing.TB, n int) []string {
	tb.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "bench", "zyte", "html")
	names, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil || len(names) == 0 {
		tb.Skipf("%s not present", dir)
	}
	var pages []string
	for _, name := range names[:min(n, len(names))] {
		b, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			tb.Fatal(err)
		}
		body, err := io.ReadAll(zr)
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, string(body))
	}
	return pages
}

// BenchmarkTrafilatura is the baseline: go-trafilatura alone, with the same
// options HTML uses, on 40 Zyte pages, one core.
func BenchmarkTrafilatura(b *testing.B) {
	pages := zytePages(b, 40)
	for b.Loop() {
		for _, p := range pages {
			doc, err := html.Parse(strings.NewReader(p))
			if err != nil {
				b.Fatal(err)
			}
			_, _ = trafilatura.ExtractDocument(doc, htmlOptions(""))
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkHTML is the cleaner on the same pages: the difference from
// BenchmarkTrafilatura is what cleaning adds.
func BenchmarkHTML(b *testing.B) {
	pages := zytePages(b, 40)
	for b.Loop() {
		for _, p := range pages {
			_, _ = HTML(&dossier.Raw{ID: "p", Kind: dossier.KindHTML, Body: p})
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
}
