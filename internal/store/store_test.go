package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	dossier "github.com/dossier-project/dossier"
)

func openTest(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	})
	return s
}

func date(s string) *time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return &t
}

func article(id, url, title, text string) *dossier.Article {
	return &dossier.Article{ID: id, Source: "test/" + id, URL: url, Title: title, Text: text}
}

func mustPut(t testing.TB, s *Store, a *dossier.Article) bool {
	t.Helper()
	stored, err := s.Put(context.Background(), a)
	if err != nil {
		t.Fatalf("Put(%s): %v", a.ID, err)
	}
	return stored
}

func count(t testing.TB, s *Store) int {
	t.Helper()
	n, err := s.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestFTS5Available(t *testing.T) {
	s := openTest(t)
	var used int
	if err := s.db.QueryRow(`SELECT sqlite_compileoption_used('ENABLE_FTS5')`).Scan(&used); err != nil {
		t.Fatal(err)
	}
	if used != 1 {
		t.Fatal("SQLite built without FTS5")
	}
	var n int
	if err := s.db.QueryRow(`SELECT count(*) FROM articles_fts`).Scan(&n); err != nil {
		t.Fatalf("articles_fts: %v", err)
	}
}

func TestOpenPragmasAndReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "dir with ? and # and %", "x.db")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	for pragma, want := range map[string]string{
		"journal_mode": "wal",
		"synchronous":  "1",
		"busy_timeout": "5000",
		"foreign_keys": "1",
	} {
		var got string
		if err := s.db.QueryRow("PRAGMA " + pragma).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("PRAGMA %s = %q, want %q", pragma, got, want)
		}
	}
	mustPut(t, s, article("a", "", "T", "some text"))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("database not at the path given: %v", err)
	}
	// Reopening migrates nothing and keeps the data.
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n := count(t, s); n != 1 {
		t.Fatalf("Count after reopen = %d, want 1", n)
	}
	var version int
	if err := s.db.QueryRow(`SELECT max(version_id) FROM goose_db_version`).Scan(&version); err != nil {
		t.Fatal(err)
	}
	files, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		t.Fatal(err)
	}
	if version != len(files) {
		t.Errorf("schema version %d, want %d (the number of migrations)", version, len(files))
	}
}

func TestOpenPrintsNothing(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, stderr := os.Stdout, os.Stderr
	os.Stdout, os.Stderr = w, w
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "quiet.db"))
	os.Stdout, os.Stderr = stdout, stderr
	w.Close()
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	out, _ := io.ReadAll(r)
	if len(out) > 0 {
		t.Fatalf("Open printed %q", out)
	}
}

func TestOpenMemory(t *testing.T) {
	s, err := Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	mustPut(t, s, article("m", "", "T", "in memory"))
	if n := count(t, s); n != 1 {
		t.Fatalf("Count = %d", n)
	}
}

func TestPutGetRoundTrip(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	in := &dossier.Article{
		ID:             "kabul-1",
		Source:         "seeds/kabul-1.txt",
		URL:            "https://Example.com/news/kabul/#top",
		Title:          "Blast in Kabul",
		Published:      date("2024-03-25"),
		Publisher:      "Example News",
		Byline:         "Ali Raza",
		Captions:       []string{"Smoke over the square on March 24, 2024. (Photo: Example)", "Police at the scene"},
		Language:       "en",
		SyndicatedFrom: "Asia Times",
		Canonical:      "https://example.com/news/kabul",
		Text:           "A blast in Kabul killed 12 people on Monday.",
	}
	if !mustPut(t, s, in) {
		t.Fatal("stored = false for a new article")
	}
	got, err := s.Get(ctx, "kabul-1")
	if err != nil {
		t.Fatal(err)
	}
	if *got.Published != *in.Published {
		t.Errorf("Published %v, want %v", got.Published, in.Published)
	}
	got.Published, in.Published = nil, nil
	if !reflect.DeepEqual(got, in) {
		t.Errorf("Get = %+v\nwant  %+v", got, in)
	}

	// No date stays no date.
	mustPut(t, s, article("undated", "", "U", "undated text"))
	got, err = s.Get(ctx, "undated")
	if err != nil {
		t.Fatal(err)
	}
	if got.Published != nil {
		t.Errorf("Published = %v, want nil", got.Published)
	}
}

func TestGetMissing(t *testing.T) {
	s := openTest(t)
	_, err := s.Get(context.Background(), "nope")
	if !errors.Is(err, sql.ErrNoRows) {
		t.Fatalf("Get(missing) error = %v, want sql.ErrNoRows", err)
	}
}

func TestPutEmptyText(t *testing.T) {
	s := openTest(t)
	for _, text := range []string{"", "   \n\t", "— … !!"} {
		stored, err := s.Put(context.Background(), article("e", "", "T", text))
		if !errors.Is(err, ErrEmptyText) || stored {
			t.Errorf("Put(text %q) = %v, %v; want false, ErrEmptyText", text, stored, err)
		}
	}
	if n := count(t, s); n != 0 {
		t.Fatalf("Count = %d", n)
	}
}

func TestPutIdempotent(t *testing.T) {
	const text = "Gunmen attacked a concert hall near Moscow on Friday, killing at least 137 people."
	tests := []struct {
		name string
		a    *dossier.Article
		want bool
	}{
		{"first", article("moscow", "https://news.example.com/moscow-attack", "Moscow attack", text), true},
		{"same again", article("moscow", "https://news.example.com/moscow-attack", "Moscow attack", text), false},
		{"whitespace and case", article("other-id", "", "Other title",
			"  GUNMEN attacked a concert hall\n\nnear Moscow on Friday,  killing at least 137 people. "), false},
		{"punctuation and quotes", article("x", "", "", "Gunmen attacked a concert-hall near Moscow on Friday — killing at least 137 people"), false},
		{"same URL with fragment, other text", article("y", "https://NEWS.example.com/moscow-attack/#comments", "", "Updated: 140 killed."), false},
		{"same URL default port", article("y2", "https://news.example.com:443/moscow-attack", "", "Updated again: 143 killed."), false},
		{"different URL, different text", article("z", "https://news.example.com/other", "", "Another story entirely."), true},
		{"different text, no URL", article("moscow", "", "", "Yet another story."), true},
		{"URL differs only by query", article("q", "https://news.example.com/moscow-attack?page=2", "", "Page two of the story."), true},
	}
	s := openTest(t)
	for i, tt := range tests {
		got := mustPut(t, s, tt.a)
		if got != tt.want {
			t.Errorf("%d %s: stored = %v, want %v", i, tt.name, got, tt.want)
		}
	}
	if n, want := count(t, s), 4; n != want {
		t.Fatalf("Count = %d, want %d", n, want)
	}
}

func TestPutDisambiguatesIDs(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	var ids []string
	for i := range 4 {
		a := article("report", "", "", fmt.Sprintf("story number %d", i))
		mustPut(t, s, a)
		ids = append(ids, a.ID)
	}
	want := []string{"report", "report-2", "report-3", "report-4"}
	if strings.Join(ids, ",") != strings.Join(want, ",") {
		t.Fatalf("ids %v, want %v", ids, want)
	}
	for i, id := range want {
		a, err := s.Get(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if a.Text != fmt.Sprintf("story number %d", i) {
			t.Errorf("Get(%s).Text = %q", id, a.Text)
		}
	}

	// A source id that already looks suffixed, and glob metacharacters.
	for _, id := range []string{"x-5", "x", "x", "a*[b?", "a*[b?", "a*[b?"} {
		mustPut(t, s, article(id, "", "", "text for "+id+fmt.Sprint(count(t, s))))
	}
	for _, id := range []string{"x-5", "x", "x-6", "a*[b?", "a*[b?-2", "a*[b?-3"} {
		if _, err := s.Get(ctx, id); err != nil {
			t.Errorf("Get(%q): %v", id, err)
		}
	}

	// No id: the hash prefix.
	a := article("", "", "", "anonymous story")
	mustPut(t, s, a)
	if want := ContentHash("anonymous story")[:16]; a.ID != want {
		t.Errorf("empty id stored as %q, want %q", a.ID, want)
	}
}

// A failure after the article row is written must leave nothing: no row, no
// full-text entry, and the article can be stored later.
func TestPutRollsBackOnError(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	mustPut(t, s, article("before", "", "Before", "an earlier article"))

	boom := errors.New("boom")
	s.afterInsert = func(ctx context.Context, tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
			return err
		}
		if n != 2 {
			return fmt.Errorf("inside the transaction, %d articles, want 2", n)
		}
		return boom
	}
	a := article("doomed", "https://example.com/doomed", "Doomed zanzibar", "zanzibar explosion text")
	stored, err := s.Put(ctx, a)
	if !errors.Is(err, boom) || stored {
		t.Fatalf("Put = %v, %v; want false, boom", stored, err)
	}
	if a.ID != "doomed" {
		t.Errorf("a.ID changed to %q by a failed Put", a.ID)
	}
	if n := count(t, s); n != 1 {
		t.Fatalf("Count after failed Put = %d, want 1", n)
	}
	if hits, err := s.Search(ctx, "zanzibar", 10); err != nil || len(hits) != 0 {
		t.Fatalf("Search after failed Put = %v, %v", hits, err)
	}
	var fts int
	if err := s.db.QueryRow(`SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'zanzibar'`).Scan(&fts); err != nil || fts != 0 {
		t.Fatalf("FTS rows after failed Put = %d, %v", fts, err)
	}

	s.afterInsert = nil
	if !mustPut(t, s, a) {
		t.Fatal("article not stored after the failure")
	}
	if hits, err := s.Search(ctx, "zanzibar", 10); err != nil || len(hits) != 1 {
		t.Fatalf("Search = %v, %v", hits, err)
	}
}

// Cancelling the context in the middle of a batch: the article being written
// when it happens is rolled back, the earlier ones stay.
func TestPutCancelledMidBatch(t *testing.T) {
	s := openTest(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stored, failed int
	for i := range 10 {
		if i == 5 {
			s.afterInsert = func(context.Context, *sql.Tx) error {
				cancel() // the row is written, the commit is still to come
				return nil
			}
		}
		ok, err := s.Put(ctx, article(fmt.Sprint(i), "", "", fmt.Sprintf("article %d", i)))
		switch {
		case err != nil:
			if !errors.Is(err, context.Canceled) {
				t.Errorf("Put %d: %v, want context.Canceled", i, err)
			}
			failed++
		case ok:
			stored++
		}
	}
	if stored != 5 || failed != 5 {
		t.Errorf("stored %d, failed %d; want 5, 5", stored, failed)
	}
	if n := count(t, s); n != 5 {
		t.Fatalf("Count = %d, want 5", n)
	}
	var fts int
	if err := s.db.QueryRow(`SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'article'`).Scan(&fts); err != nil || fts != 5 {
		t.Fatalf("FTS rows = %d, %v; want 5", fts, err)
	}
}

func TestPutConcurrent(t *testing.T) {
	s := openTest(t)
	const n = 50
	var wg sync.WaitGroup
	var mu sync.Mutex
	storedTotal := 0
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range n {
				ok, err := s.Put(context.Background(), article(fmt.Sprint(i), fmt.Sprintf("https://e.com/%d", i), "", fmt.Sprintf("Text %d from worker %d", i, w)))
				if err != nil {
					t.Error(err)
					return
				}
				if ok {
					mu.Lock()
					storedTotal++
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	if storedTotal != n || count(t, s) != n {
		t.Fatalf("stored %d, Count %d; want %d", storedTotal, count(t, s), n)
	}
}

func TestArticles(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	want := []string{"c", "a", "b", "a-2"}
	for _, id := range []string{"c", "a", "b", "a"} {
		mustPut(t, s, article(id, "", "", "text of "+id+fmt.Sprint(count(t, s))))
	}
	var got []string
	if err := s.Articles(ctx, func(a *dossier.Article) error {
		got = append(got, a.ID)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("Articles order %v, want %v", got, want)
	}

	stop := errors.New("stop")
	calls := 0
	err := s.Articles(ctx, func(a *dossier.Article) error {
		calls++
		if calls == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || calls != 2 {
		t.Fatalf("Articles = %v after %d calls; want stop after 2", err, calls)
	}

	// The callback may use the store (another connection serves it).
	err = s.Articles(ctx, func(a *dossier.Article) error {
		_, err := s.Get(ctx, a.ID)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// Several processes (here: stores) opening a new database at once all succeed.
func TestOpenConcurrentlyOnNewDatabase(t *testing.T) {
	for round := range 3 {
		path := filepath.Join(t.TempDir(), fmt.Sprintf("new-%d.db", round))
		var wg sync.WaitGroup
		errs := make([]error, 4)
		for i := range errs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s, err := Open(context.Background(), path)
				if err == nil {
					_, err = s.Put(context.Background(), article("a", "", "", "same article"))
					err = errors.Join(err, s.Close())
				}
				errs[i] = err
			}()
		}
		wg.Wait()
		if err := errors.Join(errs...); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
	}
}
