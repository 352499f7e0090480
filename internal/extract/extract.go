// Package extract reads one cleaned article and returns the incidents it
// tells of (the main one and the earlier or related ones it recalls) and
// the quotes, every value with the sentence it came from.
//
// It is pure and deterministic: the same article gives the same result, so
// it runs on any number of workers. The method is gazetteers, a catalogue
// of armed groups and patterns (internal/analyze), not a statistical model:
//
//  1. Every sentence is annotated: places, groups, dates resolved against
//     the publication date, casualty figures, attack vocabulary.
//  2. Sentences that tell of another incident (a different year, or a date
//     well before the main one, with attack vocabulary) are set aside as
//     background and grouped by year and country into other incidents.
//     A sentence that turns to another attack of the same days ("In a
//     separate attack on Sunday, ...") is an incident of its own.
//  3. The main incident is read from the rest, weighting the title, the
//     dateline and the first sentences most.
package extract

import (
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/analyze"
	"github.com/dossier-project/dossier/internal/quotes"
)

// Result is what one article yields.
type Result struct {
	Incidents []dossier.Incident
	Quotes    []dossier.Quote
	// Sentences are the article's sentences as analyze split them: the
	// `sentence` and `evidence` indexes point into it.
	Sentences []string
}

// Article extracts the incidents and quotes of a. An article that tells of
// no violent incident gives no incidents; an article not in English gives
// none either, rather than being forced through English rules.
func Article(a *dossier.Article) Result {
	res := Result{Incidents: []dossier.Incident{}, Quotes: []dossier.Quote{}}
	if strings.TrimSpace(a.Text) == "" {
		return res
	}
	if a.Language != "" && a.Language != "en" || !analyze.IsEnglish(a.Text) {
		return res
	}
	doc := annotate(a)
	res.Sentences = make([]string, len(doc.sents))
	for i, s := range doc.sents {
		res.Sentences[i] = s.Text
	}
	res.Quotes = findQuotes(res.Sentences)
	main, ok := doc.mainIncident()
	if !ok {
		return res
	}
	res.Incidents = append(res.Incidents, main)
	res.Incidents = append(res.Incidents, doc.otherIncidents(main)...)
	res.Incidents = append(res.Incidents, doc.separateIncidents(main)...)
	for i := range res.Incidents {
		if in := &res.Incidents[i]; in.Date != "" && in.DateSource == "" {
			in.DateSource = dossier.DateText // not the publication day: the text's own date
		}
	}
	return res
}

// findQuotes runs the quote finder over the article's sentences.
func findQuotes(texts []string) []dossier.Quote {
	out := []dossier.Quote{}
	for _, q := range quotes.Find(texts) {
		out = append(out, dossier.Quote{Speaker: q.Speaker, Affiliation: q.Affiliation,
			Text: q.Text, Direct: q.Direct, Sentence: q.Sentence})
	}
	return out
}
