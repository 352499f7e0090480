// Package fuse makes one record per real incident out of the incidents that
// single articles tell of (the fuse stage of DESIGN.md).
//
// Fusion runs in two steps. Cluster groups the mentions (one article's
// account of one incident, reduced to a compact Key) without comparing every
// pair: candidate pairs come from blocks (same country and city within a
// month, same region within days, a rare proper name shared, a copy group),
// each pair is scored by the evidence for and against it being the same
// incident, and pairs are joined strongest first under constraints that keep
// two incidents from chaining into one. Build then turns one cluster into a
// dossier.Fused record: its fields by vote of the independent witnesses, every
// figure with its source, and the best killed and injured values by the rule
// documented in the README (see Reconcile).
//
// Both steps are pure functions of the set of mentions: the result does not
// depend on the order articles arrived.
package fuse

import (
	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/extract"
)

// Report is one article as fusion sees it: its metadata, what extract found
// in it, the texts of the sentences its values cite, and the salient proper
// names that tie it to other reports of the same incident.
type Report struct {
	Article        string // the article's public id
	URL            string
	Title          string
	Publisher      string
	Published      string // YYYY-MM-DD or ""
	SyndicatedFrom string
	// CopyOf is the article this one is a near-duplicate of (the earliest of
	// its copy group), "" for an original.
	CopyOf    string
	Incidents []dossier.Incident
	Quotes    []dossier.Quote
	// Sentences holds the texts of the sentences that incidents and quotes
	// cite, by index.
	Sentences map[int]string
	// Names are hashes of the article's salient proper names (see Names).
	Names []uint64
	// version is the ReportVersion of the stored extraction it was read
	// from (0 when not read from a store).
	version int
}

// NewReport builds the report of article a from its extraction x, keeping
// only the sentences that x's values cite.
func NewReport(a *dossier.Article, x *extract.Result) *Report {
	r := &Report{
		Article:        a.ID,
		URL:            a.URL,
		Title:          a.Title,
		Publisher:      a.Publisher,
		Published:      a.PublishedDate(),
		SyndicatedFrom: a.SyndicatedFrom,
		Sentences:      map[int]string{},
	}
	if x == nil {
		return r
	}
	r.Incidents = x.Incidents
	r.Quotes = x.Quotes
	keep := func(i int) {
		if i >= 0 && i < len(x.Sentences) {
			r.Sentences[i] = x.Sentences[i]
		}
	}
	for _, in := range x.Incidents {
		for _, e := range in.Evidence {
			keep(e)
		}
		for _, f := range in.Figures {
			keep(f.Sentence)
		}
	}
	for _, q := range x.Quotes {
		keep(q.Sentence)
	}
	if len(x.Incidents) > 0 {
		r.Names = Names(a.Title, a.Text)
	}
	return r
}
