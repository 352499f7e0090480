package clean

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dossier-project/dossier"
)

// BenchmarkText cleans the 25 scraped pages of the seed and dev corpora in
// turn and reports articles per second.
func BenchmarkText(b *testing.B) {
	var raws []*dossier.Raw
	bytes := 0
	for _, sub := range []string{"seeds", "dev"} {
		files, _ := filepath.Glob(filepath.Join(corpusDir, sub, "*.txt"))
		for _, f := range files {
			body, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			raws = append(raws, &dossier.Raw{ID: filepath.Base(f), Source: f, Kind: dossier.KindText, Body: string(body)})
			bytes += len(body)
		}
	}
	if len(raws) == 0 {
		b.Skip("corpus not available")
	}
	b.SetBytes(int64(bytes / len(raws)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Text(raws[i%len(raws)]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
