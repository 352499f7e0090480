package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/batch"
	"github.com/dossier-project/dossier/internal/extract"
)

// articleJSON is one line of `dossier extract --format json`
// (../shared/INTERFACE.md). Unknown values are null, never guesses.
type articleJSON struct {
	ID             string             `json:"id"`
	Source         string             `json:"source"`
	URL            *string            `json:"url"`
	Title          string             `json:"title"`
	Published      *string            `json:"published"`
	Publisher      *string            `json:"publisher"`
	Byline         *string            `json:"byline"`
	Language       *string            `json:"language"`
	SyndicatedFrom *string            `json:"syndicated_from"`
	Text           string             `json:"text"`
	Captions       []string           `json:"captions,omitempty"`
	Incidents      []dossier.Incident `json:"incidents"`
	Quotes         []dossier.Quote    `json:"quotes"`
}

// nullable returns nil for "", else a pointer to s.
func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// toJSON builds the output record of an article and what was extracted
// from it (x may be nil: no incidents, no quotes).
func toJSON(a *dossier.Article, x *extract.Result) articleJSON {
	j := articleJSON{
		ID:             a.ID,
		Source:         a.Source,
		URL:            nullable(a.URL),
		Title:          a.Title,
		Published:      nullable(a.PublishedDate()),
		Publisher:      nullable(a.Publisher),
		Byline:         nullable(a.Byline),
		Language:       nullable(a.Language),
		SyndicatedFrom: nullable(a.SyndicatedFrom),
		Text:           a.Text,
		Captions:       a.Captions,
		Incidents:      []dossier.Incident{},
		Quotes:         []dossier.Quote{},
	}
	if x != nil {
		if x.Incidents != nil {
			j.Incidents = x.Incidents
		}
		if x.Quotes != nil {
			j.Quotes = x.Quotes
		}
	}
	return j
}

func runExtract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("extract", "[--format json|text] SOURCE...", stderr)
	format := fs.String("format", "json", "output `format`: json (JSON Lines) or text")
	workers := fs.Int("workers", 0, "clean workers (0: all cores)")
	sources, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(sources) == 0 {
		return fmt.Errorf("%w: no SOURCE given", errUsage)
	}
	if *format != "json" && *format != "text" {
		return fmt.Errorf("%w: unknown format %q (json or text)", errUsage, *format)
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	var t tally
	return runBatch(ctx, sources, batch.Options{Workers: *workers, Extract: true}, stderr, &t, func(r batch.Result) error {
		a := r.Article
		if *format == "json" {
			return enc.Encode(toJSON(a, r.Extract))
		}
		date := a.PublishedDate()
		if date == "" {
			date = "unknown"
		}
		_, err := fmt.Fprintf(stdout, "== %s (%s)\ntitle: %s\npublished: %s\nbyline: %s\npublisher: %s\nlanguage: %s\n\n%s\n\n",
			a.ID, a.Source, oneLine(a.Title, 200), date, oneLine(a.Byline, 120),
			oneLine(a.Publisher, 120), a.Language, a.Text)
		return err
	})
}
