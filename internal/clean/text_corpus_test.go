package clean

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

// corpusDir is the shared corpus: $DOSSIER_SHARED/corpus, else the shared/
// folder beside the repository, else /work/shared. Tests that read it skip
// when it is absent.
var corpusDir = func() string {
	for _, dir := range []string{
		filepath.Join(os.Getenv("DOSSIER_SHARED"), "corpus"),
		filepath.Join("..", "..", "..", "shared", "corpus"),
		"/work/shared/corpus",
	} {
		if st, err := os.Stat(dir); err == nil && st.IsDir() && !strings.HasPrefix(dir, "corpus") {
			return dir
		}
	}
	return "/work/shared/corpus"
}()

// corpusGold is the part of a gold.jsonl record these tests read.
type corpusGold struct {
	ID        string  `json:"id"`
	File      string  `json:"file"`
	URL       *string `json:"url"`
	Published *string `json:"published"`
}

// readCorpusGold reads dir/gold.jsonl, skipping the test when it is absent.
func readCorpusGold(t testing.TB, dir string) []corpusGold {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	defer f.Close()
	var out []corpusGold
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var g corpusGold
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		out = append(out, g)
	}
	return out
}

// cleanCorpusFile runs Text on one corpus file.
func cleanCorpusFile(t testing.TB, dir string, g corpusGold) *dossier.Article {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, g.File))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Text(&dossier.Raw{ID: g.ID, Source: g.File, Kind: dossier.KindText, Body: string(b)})
	if err != nil {
		t.Fatalf("%s: %v", g.File, err)
	}
	return a
}

// seedExpect is what a seed must come out as. The substrings are short
// distinctive pieces of the first and last body paragraphs, of furniture
// lines that must be gone, and of paragraphs that must appear exactly once.
type seedExpect struct {
	title, date      string
	first, last      string
	furniture        []string
	once             []string
	byline           string
	publisher, synd  string
	absentParagraphs []string // article-adjacent text that is not body (standfirst summaries, captions, links)
}

var seedExpects = map[string]seedExpect{
	"000": {
		title: "ISIS-K, Russia’s terrorist nightmare", date: "2024-03-25",
		first: "The Russian authorities have arrested 11 people",
		last:  "Europe is once again on alert (if it ever was)",
		furniture: []string{"Banner Telefónica", "Friday, May 9, 2025", "View All Result", "Diplomatic Breakfast",
			"Share on Facebook", "Redacción", "in Tribune", "originally published in", "ADVERTISEMENT", "Previous Post",
			"AECID and UA sign", "Foreign Minister thanks Rabat", "Stay informed through our pages", "M T W T F S S",
			"Forgotten Password", "reference digital newspaper", "Go to mobile version", "Migration expert"},
		once:   []string{"Russian security services claim that the terrorists had methodically prepared", "What is ISIS-K?"},
		byline: "Redacción", publisher: "The Diplomat in Spain", synd: "Escudo Digital",
	},
	"001": {
		title: "Why did ISIS-K attack Russia? “Russia supports the Taliban against whom ISIS-K is fighting”",
		first: "Everything indicates that one of the ISIS factions",
		last:  "The group announced further attacks in Russia.",
		furniture: []string{"10.1 C", "Sunday, April 21, 2024", "Must read", "Advertisement", "Read more:", "See also:",
			"Zaucha/Fakty", "Author:", "Justyna Zuber", "Main photo source", "Source link", "More articles", "Latest article"},
		once:   []string{"ISIS-K threatens Russia with new attacks", "Gen. Michael Kurilla said"},
		byline: "Justyna Zuber",
	},
	"002": {
		title: "ISIS seeks to spread terror around the world again through its Central Asian subsidiary", date: "2024-03-24",
		// The standfirst is the author's own text and opens the body; the
		// site's machine "Highlights" stitched from it and the body do not.
		first: "After the loss of territory in Iraq and Syria, the branch known as",
		last:  "concludes analyst Kazantsev.",
		furniture: []string{"The Limited Times", "Now you can see non-English news", "2024-03-24T05", "Highlights:",
			"Follow all the international information", "weekly newsletter", "Subscribe to continue reading",
			"Read without limits", "I am already a subscriber", "Source: elparis", "All news articles on", "You may like",
			"Trends 24h", "© Communities", "external sources that are not under our control"},
		once: []string{"Russia was attacked on Friday by terrorism", "Increase in ISIS-K attacks", "in an article in Foreign Policy in which they analyzed",
			"branch of ISIS (Vilayat Kavkaz) was founded", "ISIS-K gained international attention with the brutal attack"},
		synd: "elparis",
	},
	"003": {
		title: "Why ISIS-K Has Russia In Its Terrorist Sights", date: "2024-03-25",
		first:     "It appears almost certain the brutal assault",
		last:      "the threat is immediate and substantial.",
		furniture: []string{"date 2024", "Europe          Arab", "3/25/2024", "MENAFN"},
		once:      []string{"What is ISIS-K?"},
		publisher: "MENAFN", synd: "Asia Times",
	},
	"004": {
		title: "Moscow ISIS-K attack highlights growing terror threat from Afghanistan",
		first: "The terrorist attack at the Crocus City concert hall in Moscow",
		last:  "even some diplomatic intervention,” Aman said.",
		furniture: []string{"Join Fox News", "special access to featured articles", "valid email address",
			"Former US ambassador to Ukraine says", "(Reuters/Stringer)", "See also", "second school of jihadism",
			"(Mikhail Metzer/Pool/AFP via Getty Images)", "russian soldier", "(AP Photo)", "You should hide yourself",
			"Afghan Taliban hold military parade", "(AP/Abdel Khaliq)", "Click here to download", "Source link",
			"By Ali Raza", "I am a dedicated and skilled", "Leave a Reply", "Required fields are marked"},
		once:   []string{"Taliban’s two-front war is coming", "Threat assessments offer a brief but bleak outlook"},
		byline: "Ali Raza",
	},
}

// TestTextSeeds checks each seed article: its body from the first paragraph
// to the last, no furniture, no paragraph twice, and its metadata.
func TestTextSeeds(t *testing.T) {
	dir := filepath.Join(corpusDir, "seeds")
	for _, g := range readCorpusGold(t, dir) {
		want, ok := seedExpects[g.ID]
		if !ok {
			t.Errorf("seed %s has no expectations", g.ID)
			continue
		}
		t.Run(g.ID, func(t *testing.T) {
			a := cleanCorpusFile(t, dir, g)
			paras := strings.Split(a.Text, "\n\n")
			if !strings.HasPrefix(paras[0], want.first) {
				t.Errorf("first paragraph = %.80q, want it to start with %q", paras[0], want.first)
			}
			if !strings.Contains(paras[len(paras)-1], want.last) {
				t.Errorf("last paragraph = %.80q, want it to hold %q", paras[len(paras)-1], want.last)
			}
			for _, f := range want.furniture {
				if strings.Contains(a.Text, f) {
					t.Errorf("furniture %q left in the body", f)
				}
			}
			for _, s := range want.once {
				if n := strings.Count(a.Text, s); n != 1 {
					t.Errorf("%q occurs %d times in the body, want once", s, n)
				}
			}
			seen := map[string]bool{}
			for _, p := range paras {
				if seen[p] {
					t.Errorf("paragraph twice: %.80q", p)
				}
				seen[p] = true
				if strings.TrimSpace(p) != p || p == "" {
					t.Errorf("paragraph not trimmed or empty: %q", p)
				}
			}
			if a.Title != want.title {
				t.Errorf("title = %q, want %q", a.Title, want.title)
			}
			if got := a.PublishedDate(); got != want.date {
				t.Errorf("published = %q, want %q", got, want.date)
			}
			if gold := g.Published; (gold == nil) != (want.date == "") || gold != nil && *gold != want.date {
				t.Errorf("expectation disagrees with gold.jsonl on the date")
			}
			if a.Byline != want.byline {
				t.Errorf("byline = %q, want %q", a.Byline, want.byline)
			}
			if want.publisher != "" && a.Publisher != want.publisher {
				t.Errorf("publisher = %q, want %q", a.Publisher, want.publisher)
			}
			if a.SyndicatedFrom != want.synd {
				t.Errorf("syndicated from = %q, want %q", a.SyndicatedFrom, want.synd)
			}
			if a.Language != "en" {
				t.Errorf("language = %q, want en", a.Language)
			}
			if a.ID != g.ID || a.Source != g.File {
				t.Errorf("id, source = %q, %q; want %q, %q", a.ID, a.Source, g.ID, g.File)
			}
		})
	}
}

// TestTextCorpusDates measures publication-date accuracy against gold over
// the seeds and the dev corpus: a date right when it equals gold, a null
// right when nothing was found.
func TestTextCorpusDates(t *testing.T) {
	right, total := 0, 0
	for _, sub := range []string{"seeds", "dev"} {
		dir := filepath.Join(corpusDir, sub)
		for _, g := range readCorpusGold(t, dir) {
			a := cleanCorpusFile(t, dir, g)
			want := ""
			if g.Published != nil {
				want = *g.Published
			}
			total++
			if got := a.PublishedDate(); got == want {
				right++
			} else {
				t.Errorf("%s/%s: published = %q, gold %q", sub, g.File, got, want)
			}
		}
	}
	t.Logf("publication dates: %d/%d right", right, total)
}

// TestTextDevBodies checks every dev page yields a body with its URL taken
// from the leading "URL:" line, a title where the page shows one above the
// body, and none of the furniture lines that recur across these sites.
func TestTextDevBodies(t *testing.T) {
	dir := filepath.Join(corpusDir, "dev")
	furniture := []string{"Advertisement", "Advertising", "Latest Headlines", "This article is more than",
		"Photo credit:", "Remote video URL", "Tagged:", "Most Popular", "More From:", "Play Video", "<span",
		"All rights reserved", "Source: http", "Story first published", "date 20"}
	for _, g := range readCorpusGold(t, dir) {
		a := cleanCorpusFile(t, dir, g)
		if g.URL != nil && a.URL != *g.URL {
			t.Errorf("%s: url = %q, want %q", g.File, a.URL, *g.URL)
		}
		for _, f := range furniture {
			if strings.Contains(a.Text, f) {
				t.Errorf("%s: furniture %q left in the body", g.File, f)
			}
		}
		if len(a.Text) < 200 {
			t.Errorf("%s: body only %d bytes", g.File, len(a.Text))
		}
		if a.Language != "en" {
			t.Errorf("%s: language %q", g.File, a.Language)
		}
	}
}

// TestTextCleanArticlesKept runs the cleaner over articles that are already
// clean (the GVA dev set: body text with declared title and date) and checks
// it keeps most of their text and the declared metadata: a classifier tuned
// on scraped pages must not eat real articles.
func TestTextCleanArticlesKept(t *testing.T) {
	f, err := os.Open(filepath.Join(corpusDir, "gva-dev", "articles.jsonl"))
	if err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var n, kept, dated int
	for sc.Scan() {
		var r struct{ ID, URL, Title, Published, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		if len(r.Text) < 1000 {
			continue
		}
		n++
		a, err := Text(&dossier.Raw{ID: r.ID, URL: r.URL, Title: r.Title, Published: r.Published, Body: r.Text})
		if errors.Is(err, ErrNoText) {
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", r.ID, err)
		}
		if float64(len(a.Text)) >= 0.7*float64(len(r.Text)) {
			kept++
		}
		if r.Title != "" && a.Title != declaredTitle(r.Title) {
			t.Errorf("%s: declared title not used: %q", r.ID, a.Title)
		}
		if r.Published != "" && len(r.Published) >= 10 && a.PublishedDate() == r.Published[:10] {
			dated++
		}
	}
	if n == 0 {
		t.Skip("no articles")
	}
	t.Logf("%d/%d articles keep at least 70%% of their text; %d declared dates used", kept, n, dated)
	if float64(kept) < 0.9*float64(n) {
		t.Errorf("only %d/%d articles keep at least 70%% of their text", kept, n)
	}
	if float64(dated) < 0.98*float64(n) {
		t.Errorf("declared dates used on %d/%d articles", dated, n)
	}
}
