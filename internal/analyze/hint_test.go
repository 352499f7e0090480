package analyze

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// TestHintsAreSafe checks that the cheap pre-filters of Figures and Dates
// never drop a result: over the corpus, the full analysis of every sentence
// the filters reject finds nothing.
func TestHintsAreSafe(t *testing.T) {
	var texts []string
	arts, _ := gvaArticles(t)
	for _, a := range arts {
		texts = append(texts, a.Title+"\n\n"+a.Text)
	}
	for _, dir := range []string{"seeds", "dev"} {
		files, _ := filepath.Glob(filepath.Join(corpusDir, dir, "*.txt"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err == nil {
				texts = append(texts, string(b))
			}
		}
	}
	pub := time.Date(2016, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, text := range texts {
		for _, s := range Sentences(text) {
			if !hasCasualtyHint(s.Text) {
				if got := figures(s.Text, false); len(got) > 0 {
					t.Errorf("casualty hint rejects %q with figures %v", s.Text, fs(got))
				}
			} else if !reflect.DeepEqual(Figures(s.Text), figures(s.Text, false)) {
				t.Errorf("Figures differs from figures on %q", s.Text)
			}
			if !hasDateHint(s.Text) {
				if got := dates(s.Text, &pub); len(got) > 0 {
					t.Errorf("date hint rejects %q with dates %v", s.Text, ds(got))
				}
			}
		}
	}
}
