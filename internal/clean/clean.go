// Package clean turns a raw record into an Article: the article body without
// page furniture, and the metadata (title, publication date, byline,
// publisher, language, syndication origin).
//
// HTML goes through go-trafilatura (HTML); pre-scraped text, which has no
// tags left to help, goes through a line classifier of our own (Text).
// Metadata the source declared (a JSON Lines title or date) wins over what
// is found in the page.
package clean

import (
	"errors"
	"fmt"
	"html"
	"strings"
	"time"

	"github.com/dossier-project/dossier"
)

// ErrNoText is returned when a page holds no article text at all.
var ErrNoText = errors.New("no article text found")

// Clean dispatches on the raw record's kind and returns the cleaned article.
//
// A record that declares a title but whose body holds no article text (JSON
// Lines exports carry such headline-only records: an empty "text", or a
// paywall line) is kept as a headline-only article whose text is the
// headline, since the headline is the report. Without a declared title, no
// text is an error.
func Clean(raw *dossier.Raw) (*dossier.Article, error) {
	var a *dossier.Article
	var err error
	switch raw.Kind {
	case dossier.KindHTML:
		a, err = HTML(raw)
	case dossier.KindText:
		a, err = Text(raw)
	default:
		return nil, fmt.Errorf("unknown content kind %v", raw.Kind)
	}
	if errors.Is(err, ErrNoText) {
		if title := declaredTitle(raw.Title); title != "" {
			return headlineOnly(raw, title), nil
		}
	}
	return a, err
}

// headlineOnly builds the article of a record that has only its headline.
func headlineOnly(raw *dossier.Raw, title string) *dossier.Article {
	return &dossier.Article{
		ID:        raw.ID,
		Source:    raw.Source,
		URL:       raw.URL,
		Title:     title,
		Published: declaredDate(raw.Published),
		Language:  guessLanguage(title),
		Text:      title,
	}
}

// declaredDate parses a date a source declared (JSON Lines "published",
// a feed's pubDate). It accepts the common machine formats only and returns
// nil when the value is empty or unreadable.
func declaredDate(s string) *time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	for _, layout := range declaredLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			u := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
			return &u
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return &t
		}
	}
	return nil
}

var declaredLayouts = []string{
	"2006-01-02",
	time.RFC3339,
	time.RFC3339Nano,
	"2006-01-02 15:04:05",
	"2006-01-02T15:04:05",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
}

// declaredTitle is a title the source declared (a JSON Lines record's, a
// feed item's), on one line with its spaces collapsed, HTML entities decoded: scrapers
// often store "Mr. G&#39;s Supper Club" as the page's markup wrote it.
func declaredTitle(t string) string {
	if strings.IndexByte(t, '&') >= 0 {
		t = html.UnescapeString(t)
	}
	return collapseSpace(t)
}
