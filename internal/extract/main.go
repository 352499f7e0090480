package extract

import (
	"slices"
	"strings"

	"github.com/dossier-project/dossier"
)

// ledeSentences is how many opening sentences count as the lede, where
// news writing puts what, where and when of the main incident.
const ledeSentences = 6

// mainIncident reads the main incident, marking background sentences on
// the way. ok is false when the article tells of no violent incident.
func (d *document) mainIncident() (dossier.Incident, bool) {
	in := dossier.Incident{Main: true}
	d.markSeparate()
	date, dateSent, published := d.mainDate()
	in.Date = date
	if published {
		in.DateSource = dossier.DatePublished // else DateText, by Article
	}
	d.markBackground(date)

	var evidence []int
	use := func(i int) {
		if i >= 0 {
			evidence = append(evidence, i)
		}
	}
	if dateSent >= 0 {
		use(dateSent)
	}

	events := 0
	for i := range d.sents {
		if i < 2*ledeSentences && d.sents[i].other == 0 && d.sents[i].event {
			events++
		}
	}
	if events == 0 && !d.title.event {
		return in, false
	}

	d.readPlace(&in, use)
	d.readFigures(&in, use)
	d.readPerpetrators(&in, use)
	d.readKind(&in)
	in.Evidence = uniqueSorted(evidence)
	return in, true
}

// weight is how much a mention in sentence s counts towards the main
// incident: the title and the lede most, event sentences double.
func (d *document) weight(s *sentence) float64 {
	w := 0.5
	switch {
	case s.Index < 0:
		w = 3
	case s.Index < 3:
		w = 3
	case s.Index < 8:
		w = 1.5
	}
	if s.event {
		w *= 2
	}
	return w
}

// mainSentences calls fn for the title and every sentence not set aside
// as background.
func (d *document) mainSentences(fn func(s *sentence)) {
	if d.title.Text != "" {
		fn(&d.title)
	}
	for i := range d.sents {
		if d.sents[i].other == 0 {
			fn(&d.sents[i])
		}
	}
}

// vagueFigure reports whether the main incident's sentences give a vague
// figure of that kind ("dozens wounded", "many critically injured").
func (d *document) vagueFigure(kind string) bool {
	found := false
	d.mainSentences(func(s *sentence) {
		for _, f := range s.figures {
			if f.Kind == kind && f.Vague {
				found = true
			}
		}
	})
	if kind == "injured" && !found {
		d.mainSentences(func(s *sentence) {
			if strings.Contains(s.lower, "many injured") || strings.Contains(s.lower, "critically injured") ||
				strings.Contains(s.lower, "many wounded") || strings.Contains(s.lower, "were injured") && !hasFigure(s, "injured") {
				found = true
			}
		})
	}
	return found
}

func argmax(m map[string]float64) string {
	best, bw := "", 0.0
	for k, w := range m {
		if k != "" && (w > bw || w == bw && k < best) {
			best, bw = k, w
		}
	}
	return best
}

// uniqueSorted sorts l and drops repeats, in place.
func uniqueSorted(l []int) []int {
	slices.Sort(l)
	return slices.Compact(l)
}
