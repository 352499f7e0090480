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
	other   int            // -1: tells only of earlier incidents (all its dates are past); 0: of the main one
	past    []int          // indexes into dates of the dates of earlier incidents
}

// document is an annotated article.
type document struct {
	art       *dossier.Article
	published *time.Time // the anchor of relative dates (see anchor)
	dayAnchor bool       // the anchor is a day, not a month's end
	title     sentence   // the headline, annotated like a sentence (Index -1)
	sents     []sentence
}

// annotate splits the article into sentences and annotates each.
func annotate(a *dossier.Article) *document {
	d := &document{art: a}
	d.published, d.dayAnchor = anchor(a.Published, a.URL)
	d.title = d.annotateOne(analyze.Sentence{Index: -1, Text: a.Title})
	for _, s := range analyze.Sentences(a.Text) {
		d.sents = append(d.sents, d.annotateOne(s))
	}
	d.placePlaces()
	return d
}

// placePlaces finds the places of the whole article at once, so that the
// gazetteer can settle a name by the rest of the text ("in Larose" in a
// story that names Louisiana elsewhere), and hands each sentence its own,
// with offsets into the sentence.
func (d *document) placePlaces() {
	head := d.art.Title + "\n\n"
	all := gazetteer.Find(head + d.art.Text)
	k := 0
	for _, m := range all {
		if m.End <= len(d.art.Title) {
			d.title.places = append(d.title.places, m)
			continue
		}
		start := m.Start - len(head)
		if start < 0 {
			continue
		}
		for k < len(d.sents) && d.sents[k].End <= start {
			k++
		}
		if k == len(d.sents) {
			break
		}
		s := &d.sents[k]
		if start < s.Start || start+m.End-m.Start > s.End {
			continue // spans two sentences
		}
		m.Start, m.End = start-s.Start, start-s.Start+m.End-m.Start
		s.places = append(s.places, m)
	}
}

func (d *document) annotateOne(s analyze.Sentence) sentence {
	out := sentence{Sentence: s, lower: strings.ToLower(s.Text), attack: map[string]int{}}
	if s.Text == "" {
		return out
	}
	out.groups = groups.Find(s.Text)
	out.dates = analyze.Dates(s.Text, d.published)
	if !d.dayAnchor {
		out.dates = dropWeekdays(out.dates)
	}
	out.figures = analyze.Figures(s.Text)
	tally(out.lower, attackCues, out.attack, 1)
	out.event = hasAny(out.lower, eventCues) || len(out.figures) > 0
	return out
}

var weekdays = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"yesterday", "today", "tonight", "last night"}

// dropWeekdays leaves out the dates resolved from a weekday or "yesterday"
// alone, which a month's-end anchor cannot resolve.
func dropWeekdays(dates []analyze.Date) []analyze.Date {
	out := dates[:0]
	for _, dt := range dates {
		l := strings.ToLower(dt.Text)
		if dt.Relative && hasAny(l, weekdays) && !strings.ContainsAny(l, "0123456789") {
			continue
		}
		out = append(out, dt)
	}
	return out
}
