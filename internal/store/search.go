package store

import (
	"context"
	"fmt"
	"strings"
	"unicode"
)

// Markers around the matched terms in a Hit's Snippet. They are plain text
// (the snippet is not HTML): a UI escapes the snippet and may turn the
// markers into highlighting.
const (
	SnippetStart = "⟦"
	SnippetEnd   = "⟧"
)

// SearchCandidates bounds the cost of a query that matches much: Search
// ranks the SearchCandidates most recently stored articles that match
// (news: the latest coverage first), not every match.
const SearchCandidates = 5000

// Hit is one search result.
type Hit struct {
	ID        string  // the article's public id (for Get)
	Title     string  // the article's title
	URL       string  // the article's URL as given, "" when unknown
	Published string  // YYYY-MM-DD, "" when unknown
	Snippet   string  // a short excerpt of the text, matches between SnippetStart and SnippetEnd, "…" where cut
	Rank      float64 // relevance (BM25, title weighted 10×, text 1×): larger is better
}

// Search runs a full-text query over stored articles (title and text) and
// returns at most limit hits (all of them when limit <= 0), best first.
//
// The query is read as words, all of which must occur (in any order), and
// "quoted phrases", whose words must occur together in that order; an
// unbalanced quote runs to the end of the query. A word ending in * matches
// every word it begins. Nothing else is syntax: AND, OR, NOT, NEAR, column
// filters and parentheses are searched as words or ignored, so no input
// causes an FTS5 syntax error. Matching ignores case and diacritics. A query
// with no words returns no hits.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]Hit, error) {
	match := ftsQuery(query)
	if match == "" {
		return nil, nil
	}
	if limit <= 0 {
		limit = -1 // SQLite: no limit
	}
	// Rank on the index alone first, then read the articles and cut the
	// snippets of the hits kept only: a common word matches most of the
	// store, and a snippet for every match cost seconds.
	// A word in most articles ("shooting") is ranked among the
	// SearchCandidates most recently stored matches only.
	rows, err := s.db.QueryContext(ctx, `
		WITH recent AS (
			SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?3
			ORDER BY rowid DESC LIMIT ?5),
		top AS (
			SELECT rowid, bm25(articles_fts, 10.0, 1.0) AS score
			FROM articles_fts WHERE articles_fts MATCH ?3
			AND rowid >= (SELECT min(rowid) FROM recent)
			ORDER BY score, rowid LIMIT ?4)
		SELECT a.id, a.title, a.url, coalesce(a.published, ''),
		       snippet(articles_fts, 1, ?1, ?2, '…', 24), top.score
		FROM top JOIN articles_fts ON articles_fts.rowid = top.rowid
		JOIN articles AS a ON a.rowid = top.rowid
		WHERE articles_fts MATCH ?3
		ORDER BY top.score, top.rowid`, SnippetStart, SnippetEnd, match, limit, SearchCandidates)
	if err != nil {
		return nil, fmt.Errorf("store: search %q: %w", query, err)
	}
	defer rows.Close()
	var hits []Hit
	for rows.Next() {
		var h Hit
		if err := rows.Scan(&h.ID, &h.Title, &h.URL, &h.Published, &h.Snippet, &h.Rank); err != nil {
			return nil, fmt.Errorf("store: search %q: %w", query, err)
		}
		h.Rank = -h.Rank // SQLite's bm25 is smaller for better matches
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: search %q: %w", query, err)
	}
	return hits, nil
}

// ftsQuery turns a user's query into an FTS5 MATCH expression that cannot be
// a syntax error: every word and phrase becomes an FTS5 string ("..." with
// inner quotes doubled), optionally followed by * for a prefix, and they are
// joined by spaces (implicit AND). Terms without a letter or digit, which
// the tokenizer would reduce to nothing, are dropped. It returns "" when no
// term is left.
func ftsQuery(q string) string {
	var terms []string
	add := func(t string, prefix bool) {
		if !strings.ContainsFunc(t, isWordRune) {
			return
		}
		term := `"` + strings.ReplaceAll(t, `"`, `""`) + `"`
		if prefix {
			term += "*"
		}
		terms = append(terms, term)
	}
	q = strings.ToValidUTF8(q, " ")
	for {
		q = strings.TrimLeftFunc(q, unicode.IsSpace)
		if q == "" {
			break
		}
		if q[0] == '"' {
			q = q[1:]
			end := strings.IndexByte(q, '"')
			if end < 0 {
				end = len(q) // an unbalanced quote runs to the end
			}
			add(q[:end], false)
			q = q[min(end+1, len(q)):]
			continue
		}
		end := strings.IndexFunc(q, func(r rune) bool { return r == '"' || unicode.IsSpace(r) })
		if end < 0 {
			end = len(q)
		}
		w := q[:end]
		q = q[end:]
		add(strings.TrimRight(w, "*"), strings.HasSuffix(w, "*"))
	}
	return strings.Join(terms, " ")
}

// isWordRune reports whether r is a character the unicode61 tokenizer keeps
// in a token.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}
