package store

import (
	"context"
	"fmt"
	"strings"
	"testing"

	dossier "github.com/dossier-project/dossier"
)

func searchStore(t *testing.T) *Store {
	t.Helper()
	s := openTest(t)
	for _, a := range []*dossier.Article{
		{ID: "moscow", Title: "Concert hall attack near Moscow", URL: "https://e.com/moscow", Published: date("2024-03-23"),
			Text: "Gunmen opened fire at Crocus City Hall, killing at least 137 people. Islamic State claimed the attack."},
		{ID: "bogota", Title: "Explosión en Bogotá",
			Text: "Una explosión en Bogotá dejó tres muertos. La policía investiga el atentado."},
		{ID: "kabul", Title: "Suicide bombing in Kabul",
			Text: "A suicide bomber struck a school in Kabul. ISIS-K claimed responsibility; the attack killed 19."},
		{ID: "weather", Title: "Weather",
			Text: "Sunny with a chance of rain. No attack of any kind, just the weather in Moscow today."},
	} {
		a.Source = "test/" + a.ID
		mustPut(t, s, a)
	}
	return s
}

func ids(hits []Hit) string {
	var b []string
	for _, h := range hits {
		b = append(b, h.ID)
	}
	return strings.Join(b, ",")
}

func TestSearch(t *testing.T) {
	s := searchStore(t)
	ctx := context.Background()
	tests := []struct {
		query string
		want  string // ids, best first
	}{
		{"crocus", "moscow"},
		{"CROCUS city", "moscow"},
		{"bogota", "bogota"},          // diacritics ignored
		{"explosion", "bogota"},       // in the title and the text
		{"moscow", "moscow,weather"},  // the title match ranks first
		{`"city hall"`, "moscow"},     // phrase
		{`"hall city"`, ""},           // phrase order matters
		{"attack killed", "kabul"},    // all words must occur
		{"bomb*", "kabul"},            // prefix
		{"isis-k", "kabul"},           // punctuation inside a word
		{`"ISIS-K claimed"`, "kabul"}, // and inside a phrase
		{"nothing-matches-this", ""},
		{"Kabul OR Moscow", ""}, // OR is a word, not an operator
		{"kabul NOT", ""},
		{"  kabul  ", "kabul"},
		{"title:kabul", ""},        // no column filters: "title kabul" as a phrase
		{`"crocus city`, "moscow"}, // the quote runs to the end
	}
	for _, tt := range tests {
		hits, err := s.Search(ctx, tt.query, 10)
		if err != nil {
			t.Errorf("Search(%q): %v", tt.query, err)
			continue
		}
		if got := ids(hits); got != tt.want {
			t.Errorf("Search(%q) = %q, want %q", tt.query, got, tt.want)
		}
	}

	hits, err := s.Search(ctx, "crocus", 10)
	if err != nil || len(hits) != 1 {
		t.Fatal(hits, err)
	}
	h := hits[0]
	if h.Title != "Concert hall attack near Moscow" || h.URL != "https://e.com/moscow" || h.Published != "2024-03-23" {
		t.Errorf("hit %+v", h)
	}
	if !strings.Contains(h.Snippet, SnippetStart+"Crocus"+SnippetEnd) {
		t.Errorf("snippet %q does not mark the match", h.Snippet)
	}
	if h.Rank <= 0 {
		t.Errorf("Rank %v, want > 0", h.Rank)
	}

	// Limit, and no limit.
	if hits, err := s.Search(ctx, "attack", 1); err != nil || len(hits) != 1 {
		t.Errorf("limit 1: %d hits, %v", len(hits), err)
	}
	if hits, err := s.Search(ctx, "attack", 0); err != nil || len(hits) != 3 {
		t.Errorf("limit 0: %d hits (%s), %v; want 3", len(hits), ids(hits), err)
	}
	for i := 1; i < len(hits); i++ {
		if hits[i].Rank > hits[i-1].Rank {
			t.Errorf("hits not best first: %+v", hits)
		}
	}
}

func TestSearchHostileQueries(t *testing.T) {
	s := searchStore(t)
	ctx := context.Background()
	for _, q := range []string{
		"", " ", "AND OR", "AND", "OR", "NOT", "NOT kabul", "kabul AND", "a OR OR b",
		`"unbalanced`, `"`, `""`, `"""`, `"a""b"`, `a"b`, `kabul"`,
		"*", "**", "kabul*", "*kabul", "ka*bul", "^kabul", "+kabul", "-kabul",
		"NEAR(", "NEAR(a b)", "NEAR(a b, 2)", "(", ")", "(kabul", "kabul)", "{a b}",
		"col:x", "title:kabul", "text:", ":", "{title}: kabul", "articles_fts:x",
		"'", "';DROP TABLE articles;--", `\`, "\x00", "\xff\xfe", "\u0301", "_", "&|!",
		"ISIS-K", "al-Shabaab", "1,000", "3.5", "e-mail@example.com", "https://e.com/x?y=1#z",
		"Bogotá", "東京", "😀", strings.Repeat("kabul ", 200),
	} {
		if _, err := s.Search(ctx, q, 10); err != nil {
			t.Errorf("Search(%q): %v", q, err)
		}
	}
	if n := count(t, s); n != 4 {
		t.Fatalf("Count = %d after hostile queries", n)
	}
}

func TestFTSQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"   ", ""},
		{"kabul", `"kabul"`},
		{"Kabul blast", `"Kabul" "blast"`},
		{`"city hall" moscow`, `"city hall" "moscow"`},
		{`"unbalanced phrase`, `"unbalanced phrase"`},
		{`"`, ""},
		{`a"b`, `"a" "b"`},
		{"bomb*", `"bomb"*`},
		{"*", ""},
		{"AND OR", `"AND" "OR"`},
		{"NEAR(", `"NEAR("`},
		{"col:x", `"col:x"`},
		{`say "it's ""fine"""`, `"say" "it's " "fine"`},
		{"- + ^ ( )", ""},
	}
	for _, tt := range tests {
		if got := ftsQuery(tt.in); got != tt.want {
			t.Errorf("ftsQuery(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func BenchmarkPut(b *testing.B) {
	s := openTest(b)
	ctx := context.Background()
	// A news article of a typical size (~3 KB).
	body := strings.Repeat("Gunmen opened fire on worshippers at a mosque in the north of the province on Friday, "+
		"officials said, killing at least twelve people and wounding dozens more. ", 20)
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		a := &dossier.Article{
			ID:        fmt.Sprintf("bench-%d", i),
			Source:    "bench",
			URL:       fmt.Sprintf("https://news.example.com/2024/03/article-%d", i),
			Title:     fmt.Sprintf("Attack number %d", i),
			Published: date("2024-03-22"),
			Text:      fmt.Sprintf("Article %d. %s", i, body),
		}
		if _, err := s.Put(ctx, a); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
