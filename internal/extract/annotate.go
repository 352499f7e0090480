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
	lower  string
	places []gazetteer.Mention
	// counties are the US counties named: "Stokes County, N.C."
	counties []gazetteer.CountyMention
	groups   []groups.Mention
	dates    []analyze.Date
	figures  []analyze.Figure
	attack   map[string]int // attack type evidence
	event    bool           // tells of violence at all
	other    int            // -1: tells only of earlier incidents (all its dates are past); 0: of the main one
	past     []int          // indexes into dates of the dates of earlier incidents
}

// document is an annotated article.
type document struct {
	art       *dossier.Article
	published *time.Time // the anchor of relative dates (see anchor)
	dayAnchor bool       // the anchor is a day, not a month's end
	title     sentence   // the headline, annotated like a sentence (Index -1)
	captions  []sentence // photo captions with dates, annotated like sentences (Index -2): they only date
	sents     []sentence
	home      *gazetteer.City   // the city the site's address or name gives (gazetteer.SiteOf), or nil
	homeReg   *gazetteer.Region // the home's region, or the site's region when its city is unknown; or nil
}

// annotate splits the article into sentences and annotates each.
func annotate(a *dossier.Article) *document {
	d := &document{art: a}
	d.published, d.dayAnchor = anchor(a.Published, a.URL)
	if d.published == nil {
		d.published = latestDate(a)
	}
	headline, site := splitTitle(a.Title)
	d.title = d.annotateOne(analyze.Sentence{Index: -1, Text: headline})
	for _, s := range analyze.Sentences(a.Text) {
		d.sents = append(d.sents, d.annotateOne(s))
	}
	d.placePlaces(site)
	lead := map[string]bool{} // the places of the title and lede
	for _, s := range append([]sentence{d.title}, d.sents[:min(2, len(d.sents))]...) {
		for _, m := range s.places {
			lead[m.Country.Code] = true
		}
	}
	for _, c := range a.Captions {
		cs := d.annotateOne(analyze.Sentence{Index: -2, Text: c})
		if len(cs.dates) == 0 {
			continue
		}
		// A caption dates the story only when it shows its place: the
		// photo of a flag in Raqqa in 2014 does not date a Moscow attack.
		for _, m := range gazetteer.Find(c) {
			if lead[m.Country.Code] {
				d.captions = append(d.captions, cs)
				break
			}
		}
	}
	return d
}

// placePlaces finds the places of the whole article at once, so that the
// gazetteer can settle a name by the rest of the text ("in Larose" in a
// story that names Louisiana elsewhere), and hands each sentence its own,
// with offsets into the sentence. site is the site's name the page title
// ended with (see splitTitle): its town is the home when the URL gives none.
func (d *document) placePlaces(site string) {
	head := d.title.Text + "\n\n"
	where := gazetteer.SiteOf(d.art.URL)
	if where.Home == nil && site != "" {
		// "KSLA News 12 Shreveport, Louisiana News": the station's town.
		for _, m := range gazetteer.Find(site) {
			if m.Kind == gazetteer.KindCity && (where.Region == nil || gazetteer.RegionOf(m.City) == where.Region) {
				where.Home, where.Region = m.City, gazetteer.RegionOf(m.City)
				break
			}
		}
	}
	d.home, d.homeReg = where.Home, where.Region
	all := gazetteer.FindAt(head+d.art.Text, where)
	k := 0
	for _, m := range all {
		if m.End <= len(d.title.Text) {
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

// countyWords are the words without which a sentence names no US county.
var countyWords = []string{"county", "parish", "borough", "census area"}

func (d *document) annotateOne(s analyze.Sentence) sentence {
	out := sentence{Sentence: s, lower: strings.ToLower(s.Text), attack: map[string]int{}}
	if s.Text == "" {
		return out
	}
	out.groups = groups.Find(s.Text)
	if hasAny(out.lower, countyWords) {
		out.counties = gazetteer.FindCounties(s.Text)
	}
	out.dates = analyze.Dates(s.Text, d.published)
	if !d.dayAnchor {
		out.dates = dropWeekdays(out.dates)
	}
	// The title is a headline; captions (Index -2) are sentences.
	if s.Index == -1 {
		out.figures = analyze.HeadlineFigures(s.Text)
	} else {
		out.figures = analyze.Figures(s.Text)
	}
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

// latestDate is the anchor of last resort: the latest full date the
// article or its captions print ("on Jan 27, 2019"), which the story
// cannot predate. It anchors "on March 24" but not a weekday.
func latestDate(a *dossier.Article) *time.Time {
	var latest *time.Time
	look := func(text string) {
		for _, dt := range analyze.Dates(text, nil) {
			if dt.Precision < 3 {
				continue
			}
			if t, err := time.Parse("2006-01-02", dt.Value); err == nil && (latest == nil || t.After(*latest)) {
				latest = &t
			}
		}
	}
	look(a.Text)
	for _, c := range a.Captions {
		look(c)
	}
	return latest
}
