package extract

import (
	"strings"
	"time"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/analyze"
	"github.com/dossier-project/dossier/internal/gazetteer"
	"github.com/dossier-project/dossier/internal/groups"
)

// sentence is one sentence with everything found in it.
type sentence struct {
	analyze.Sentence
	lower   string
	places  []gazetteer.Mention
	groups  []groups.Mention
	dates   []analyze.Date
	figures []analyze.Figure
	attack  map[string]int // attack type evidence
	event   bool           // tells of violence at all
	other   int            // index+1 of the other incident it tells of; 0: main or none
}

// document is an annotated article.
type document struct {
	art       *dossier.Article
	published *time.Time
	title     sentence // the headline, annotated like a sentence (Index -1)
	sents     []sentence
}

// annotate splits the article into sentences and annotates each.
func annotate(a *dossier.Article) *document {
	d := &document{art: a, published: a.Published}
	d.title = d.annotateOne(analyze.Sentence{Index: -1, Text: a.Title})
	for _, s := range analyze.Sentences(a.Text) {
		d.sents = append(d.sents, d.annotateOne(s))
	}
	return d
}

func (d *document) annotateOne(s analyze.Sentence) sentence {
	out := sentence{Sentence: s, lower: strings.ToLower(s.Text), attack: map[string]int{}}
	if s.Text == "" {
		return out
	}
	out.places = gazetteer.Find(s.Text)
	out.groups = groups.Find(s.Text)
	out.dates = analyze.Dates(s.Text, d.published)
	out.figures = analyze.Figures(s.Text)
	tally(out.lower, attackCues, out.attack, 1)
	out.event = hasAny(out.lower, eventCues) || len(out.figures) > 0
	return out
}
