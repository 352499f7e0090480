package batch

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// shared returns a path under ../shared, skipping the test when the corpus
// is not beside the repository.
func shared(tb testing.TB, rel string) string {
	tb.Helper()
	p := filepath.Join("..", "..", "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("%s not present", p)
	}
	return p
}

// runAll runs the batch over sources and returns how many articles and
// failures came out.
func runAll(tb testing.TB, sources []string) (articles, failures int) {
	return runWith(tb, sources, Options{})
}

// runWith runs the batch with opts and counts what came out.
func runWith(tb testing.TB, sources []string, opts Options) (articles, failures int) {
	tb.Helper()
	err := Run(context.Background(), sources, opts, func(r Result) error {
		if r.Err != nil {
			failures++
		} else {
			articles++
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return articles, failures
}

// BenchmarkZyte measures acquire+clean on the 181 gzipped HTML pages of the
// Zyte benchmark with all cores, reported as pages/s.
func BenchmarkZyte(b *testing.B) {
	dir := shared(b, "bench/zyte/html")
	n := 0
	for b.Loop() {
		a, f := runAll(b, []string{dir})
		n += a + f
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
	b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "cores")
}

// BenchmarkGVA measures acquire+clean on the 574 records of
// gva-dev/articles.jsonl with all cores, reported as articles/s.
func BenchmarkGVA(b *testing.B) {
	src := shared(b, "corpus/gva-dev/articles.jsonl")
	n := 0
	for b.Loop() {
		a, f := runAll(b, []string{src})
		n += a + f
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkGVAExtract measures the whole per-article pipeline (acquire,
// clean, analyze, extract) on gva-dev with all cores, as articles/s.
func BenchmarkGVAExtract(b *testing.B) {
	src := shared(b, "corpus/gva-dev/articles.jsonl")
	n := 0
	for b.Loop() {
		a, f := runWith(b, []string{src}, Options{Extract: true})
		n += a + f
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

func TestSeedsComeOutInOrder(t *testing.T) {
	dir := shared(t, "corpus/seeds")
	var ids []string
	err := Run(context.Background(), []string{dir}, Options{Workers: 4}, func(r Result) error {
		if r.Err != nil {
			t.Errorf("seed failed: %v", r.Err)
			return nil
		}
		ids = append(ids, r.Article.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 5 {
		t.Fatalf("got %d seeds, want 5: %v", len(ids), ids)
	}
	for i := 1; i < len(ids); i++ {
		if ids[i-1] >= ids[i] {
			t.Fatalf("seeds out of order: %v", ids)
		}
	}
}
