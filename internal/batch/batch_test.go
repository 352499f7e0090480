package batch

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/extract"
)

// TestPanicIsOneFailure checks that a bug one article trips (here a
// Prepare hook that panics on it) becomes that article's failure, named with
// its source, and the batch goes on.
func TestPanicIsOneFailure(t *testing.T) {
	dir := t.TempDir()
	names := []string{"a.txt", "b.txt", "c.txt"}
	for _, n := range names {
		body := "Two people were wounded in a shooting on Main Street, police said on Monday.\n"
		if err := os.WriteFile(filepath.Join(dir, n), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	opts := Options{Workers: 2, Extract: true, Prepare: func(a *dossier.Article, _ *extract.Result) any {
		if strings.HasSuffix(a.Source, "b.txt") {
			panic("boom")
		}
		return nil
	}}
	var got []Result
	err := Run(context.Background(), []string{dir}, opts, func(r Result) error {
		got = append(got, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("got %d results, want 3", len(got))
	}
	for i, r := range got {
		bad := strings.HasSuffix(r.Source, "b.txt")
		switch {
		case bad && (r.Err == nil || !strings.Contains(r.Err.Error(), "boom") || !strings.Contains(r.Err.Error(), "b.txt")):
			t.Errorf("result %d (%s): want a failure naming b.txt and the panic, got %+v", i, r.Source, r.Err)
		case !bad && (r.Err != nil || r.Article == nil || r.Extract == nil):
			t.Errorf("result %d (%s): want an extracted article, got err %v", i, r.Source, r.Err)
		}
	}
}
