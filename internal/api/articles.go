package api

import (
	"database/sql"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/dossier-project/dossier/internal/store"
)

// hit is one article found by full-text search.
type hit struct {
	ID        string  `json:"id"`
	Title     string  `json:"title"`
	URL       *string `json:"url"`
	Published *string `json:"published"`
	Snippet   string  `json:"snippet"`
	Rank      float64 `json:"rank"`
}

// hits converts the store's hits, never nil.
func hits(hs []store.Hit) []hit {
	out := make([]hit, 0, len(hs))
	for _, h := range hs {
		out = append(out, hit{ID: h.ID, Title: h.Title, URL: nullable(h.URL),
			Published: nullable(h.Published), Snippet: h.Snippet, Rank: h.Rank})
	}
	return out
}

// article is a stored article as /api/articles/{id} gives it. Every string
// comes from scraped news: clients must treat it as hostile text (the URL
// may be javascript:...).
type article struct {
	ID             string   `json:"id"`
	Title          string   `json:"title"`
	URL            *string  `json:"url"`
	Published      *string  `json:"published"`
	Publisher      *string  `json:"publisher"`
	Byline         *string  `json:"byline"`
	Language       *string  `json:"language"`
	SyndicatedFrom *string  `json:"syndicated_from"`
	Text           string   `json:"text"`
	Captions       []string `json:"captions"`
	Incidents      []string `json:"incidents"` // ids of the incidents it is a source of
}

// articles serves /api/articles: full-text search over the stored
// articles, best first.
func (a *api) articles(w http.ResponseWriter, r *http.Request, in input) error {
	hs, err := a.st.Search(r.Context(), in["q"], in.int("limit", SearchLimit))
	if err != nil {
		return err
	}
	return writeJSON(w, struct {
		Articles []hit `json:"articles"`
	}{hits(hs)})
}

// article serves /api/articles/{id}: the stored article and the incidents
// it is a source of.
func (a *api) article(w http.ResponseWriter, r *http.Request, in input) error {
	ctx := r.Context()
	art, err := a.st.Get(ctx, in["id"])
	if errors.Is(err, sql.ErrNoRows) {
		return notFound("no article %q", in["id"])
	}
	if err != nil {
		return err
	}
	incs, err := a.st.IncidentsOfArticle(ctx, art.ID)
	if err != nil {
		return err
	}
	out := article{ID: art.ID, Title: art.Title, URL: nullable(art.URL), Published: nullable(art.PublishedDate()),
		Publisher: nullable(art.Publisher), Byline: nullable(art.Byline), Language: nullable(art.Language),
		SyndicatedFrom: nullable(art.SyndicatedFrom), Text: art.Text, Captions: art.Captions, Incidents: incs}
	if out.Captions == nil {
		out.Captions = []string{}
	}
	if out.Incidents == nil {
		out.Incidents = []string{}
	}
	return writeJSON(w, out)
}

// search serves /api/search: the incidents (those with the most sources
// first) and the articles (best first) matching q, SearchLimit of each.
func (a *api) search(w http.ResponseWriter, r *http.Request, in input) error {
	ctx := r.Context()
	out := struct {
		Query     string            `json:"query"`
		Incidents []json.RawMessage `json:"incidents"` // dossier.Summary as stored
		Articles  []hit             `json:"articles"`
	}{Query: in["q"], Incidents: []json.RawMessage{}}
	f := store.Filter{Query: in["q"], Limit: SearchLimit, Sort: "-sources"}
	err := a.st.IncidentSummaries(ctx, f, func(s []byte) error {
		out.Incidents = append(out.Incidents, s)
		return nil
	})
	if err != nil {
		return err
	}
	hs, err := a.st.Search(ctx, in["q"], SearchLimit)
	if err != nil {
		return err
	}
	out.Articles = hits(hs)
	return writeJSON(w, out)
}
