package evaluate

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// GoldArticle is one line of a corpus gold.jsonl (../shared/corpus/GOLD.md).
// Only the article-level fields are decoded here; the incident fields are
// scored by the extraction evaluation.
type GoldArticle struct {
	ID        string  `json:"id"`
	File      string  `json:"file"`
	URL       *string `json:"url"`
	Published *string `json:"published"`
}

// Key returns the id dossier gives the article: the file name without its
// extension for .txt corpora, else the record id.
func (g GoldArticle) Key() string {
	if g.File != "" {
		f := g.File
		if i := strings.IndexByte(f, '.'); i > 0 {
			f = f[:i]
		}
		return f
	}
	return g.ID
}

// LoadGold reads a gold.jsonl file.
func LoadGold(path string) ([]GoldArticle, error) {
	var out []GoldArticle
	err := readJSONL(path, func(line []byte) error {
		var g GoldArticle
		if err := json.Unmarshal(line, &g); err != nil {
			return err
		}
		out = append(out, g)
		return nil
	})
	return out, err
}

// readJSONL calls decode on each non-blank line of a JSON Lines file. A
// decode error is returned naming the file and line.
func readJSONL(path string, decode func(line []byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		if err := decode(line); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	return sc.Err()
}

// Miss is one wrong value, named by article so a developer can look.
type Miss struct {
	Article string `json:"article"`
	Field   string `json:"field"`
	Gold    string `json:"gold"`
	Got     string `json:"got"`
}

// ArticleReport scores the article-level metadata of a corpus.
type ArticleReport struct {
	Articles          int     `json:"articles"`
	Predicted         int     `json:"predicted"`
	PublishedAccuracy float64 `json:"published_accuracy"`
	Misses            []Miss  `json:"misses"`
}

// ScoreArticles compares predicted publication dates (article key to
// YYYY-MM-DD, "" for none) with the gold. A gold null must be predicted as
// none: a guessed date is a miss.
func ScoreArticles(gold []GoldArticle, published map[string]string, found map[string]bool) ArticleReport {
	rep := ArticleReport{Articles: len(gold), Misses: []Miss{}}
	right := 0
	for _, g := range gold {
		k := g.Key()
		if found[k] {
			rep.Predicted++
		}
		want := ""
		if g.Published != nil {
			want = *g.Published
		}
		got := published[k]
		if got == want {
			right++
			continue
		}
		rep.Misses = append(rep.Misses, Miss{Article: k, Field: "published", Gold: orNull(want), Got: orNull(got)})
	}
	if len(gold) > 0 {
		rep.PublishedAccuracy = float64(right) / float64(len(gold))
	}
	sort.Slice(rep.Misses, func(i, j int) bool { return rep.Misses[i].Article < rep.Misses[j].Article })
	return rep
}

func orNull(s string) string {
	if s == "" {
		return "null"
	}
	return s
}

// WriteArticleReport prints the report and every miss.
func WriteArticleReport(w io.Writer, r ArticleReport) error {
	fmt.Fprintf(w, "articles %d predicted %d  published %.3f\n", r.Articles, r.Predicted, r.PublishedAccuracy)
	for _, m := range r.Misses {
		fmt.Fprintf(w, "  miss %s %s: gold %s, got %s\n", m.Article, m.Field, m.Gold, m.Got)
	}
	return nil
}
