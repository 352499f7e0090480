package dossier

import "time"

// Kind says how a Raw record's bytes are to be read.
type Kind int

// Kinds of raw content.
const (
	KindUnknown Kind = iota
	KindHTML         // markup: goes through the HTML cleaner
	KindText         // pre-scraped text: goes through the text cleaner
)

// String returns "html", "text" or "unknown".
func (k Kind) String() string {
	switch k {
	case KindHTML:
		return "html"
	case KindText:
		return "text"
	}
	return "unknown"
}

// Raw is one article as acquired: its bytes decoded to UTF-8, where they came
// from, and any metadata the source declared (a JSON Lines record's title, a
// feed item's date). Declared metadata wins over what clean finds in the text.
type Raw struct {
	ID     string // the record's id for JSON Lines input, else the file name without extensions
	Source string // where it was read: a path, "path:line" for JSON Lines, a URL, or "-"
	URL    string // the article's URL where known
	Kind   Kind
	Body   string // UTF-8 content: HTML or text according to Kind

	Title     string // declared title, if any
	Published string // declared publication date as given, if any
	Charset   string // the charset the bytes were decoded from ("utf-8" when they were UTF-8)

	// Warnings are problems that did not stop the article from being read,
	// such as invalid byte sequences replaced with U+FFFD.
	Warnings []string
}

// Article is a cleaned article: the body without page furniture, with its
// metadata. Published is nil when the text shows no publication date.
type Article struct {
	ID             string     `json:"id"`
	Source         string     `json:"source"`
	URL            string     `json:"url,omitempty"`
	Title          string     `json:"title"`
	Published      *time.Time `json:"-"`
	Publisher      string     `json:"publisher,omitempty"`
	Byline         string     `json:"byline,omitempty"`
	Language       string     `json:"language,omitempty"`
	SyndicatedFrom string     `json:"syndicated_from,omitempty"`
	Canonical      string     `json:"canonical_url,omitempty"`
	Text           string     `json:"text"`
	// Captions are the photo captions the cleaner set aside from the body:
	// not the article's words, but they often date and place the event
	// ("... on Friday, March 22, 2024").
	Captions []string `json:"captions,omitempty"`
}

// PublishedDate returns the publication date as YYYY-MM-DD, or "" when unknown.
func (a *Article) PublishedDate() string {
	if a.Published == nil {
		return ""
	}
	return a.Published.Format("2006-01-02")
}

// Failure names a source that could not be read and why.
type Failure struct {
	Source string
	Err    error
}

// Error reports the source and the cause, so every message names its source.
func (f *Failure) Error() string { return f.Source + ": " + f.Err.Error() }

// Unwrap returns the cause.
func (f *Failure) Unwrap() error { return f.Err }
