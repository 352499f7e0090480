package extract

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/gazetteer"
)

// Values of sentence.other for sentences that tell of another incident of
// the same days.
const (
	// separate opens one: "In a separate attack on Sunday, gunmen killed
	// five people at a market in Gusau".
	separate = 1
	// continued goes on with the one before it, in its paragraph, naming
	// no place or date of its own: "One person was injured."
	continued = 2
)

// separateCues open a sentence that turns to another incident of the
// same days. The first group needs an incident noun within the next few
// words ("In a separate attack", "In another deadly shooting"), not "In
// another development", which is as often the same story's; the second
// needs nothing after it; the third needs a capitalised word (a place or
// a day) after it: "Also at Dusuma village", "Also on Sunday", not "Also
// in the attack".
var (
	separateNounCues = []string{"in a separate ", "in separate ", "in another ", "in a second ", "in a similar ",
		"in a related ", "in an unrelated ", "in a different "}
	separateCues      = []string{"separately, ", "elsewhere, ", "elsewhere in "}
	separatePlaceCues = []string{"also at ", "also in ", "also on ", "meanwhile, in ", "meanwhile in "}
)

// markSeparate marks the sentences that turn to another incident of the
// same days (separateCues) and tell of violence with a figure or a
// method, and the sentences of their paragraph that go on with them:
// they are neither the main incident's evidence nor its date. The lede's
// first sentence never turns away.
func (d *document) markSeparate() {
	for i := 1; i < len(d.sents); i++ {
		s := &d.sents[i]
		if !s.event || len(s.figures) == 0 && len(s.attack) == 0 || !opensSeparate(s.Text) && cameAfter(s) < 0 {
			continue
		}
		s.other = separate
		for j := i + 1; j < len(d.sents); j++ {
			n := &d.sents[j]
			if n.Para != s.Para || len(n.places) > 0 || len(n.dates) > 0 || opensSeparate(n.Text) {
				break
			}
			n.other = continued
			i = j
		}
	}
}

// opensSeparate reports whether a sentence opens with a separateCues
// phrase, perhaps behind an opening quote.
func opensSeparate(text string) bool {
	text = strings.TrimLeftFunc(text, func(r rune) bool { return unicode.IsSpace(r) || isQuote(r) })
	head := strings.ToLower(text[:min(len(text), 60)])
	for _, c := range separateNounCues {
		if strings.HasPrefix(head, c) {
			words := strings.FieldsFunc(head[len(c):], func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
			for _, w := range words[:min(len(words), 3)] {
				if incidentNouns[strings.TrimSuffix(w, "s")] || incidentNouns[w] || w == "incident" || w == "incidents" {
					return true
				}
			}
			return false
		}
	}
	for _, c := range separateCues {
		if strings.HasPrefix(head, c) {
			return true
		}
	}
	for _, c := range separatePlaceCues {
		if strings.HasPrefix(head, c) && len(text) > len(c) {
			r, _ := utf8.DecodeRuneInString(text[len(c):])
			return unicode.IsUpper(r)
		}
	}
	return false
}

// isQuote reports whether r is a quotation mark.
func isQuote(r rune) bool {
	switch r {
	case '"', '\'', '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb':
		return true
	}
	return false
}

// separateIncidents makes an incident of each sentence markSeparate set
// apart: dated by its own date when it has one that is not past, else by
// the main incident's; placed where it names (see separatePlace); with
// its figures, methods and groups. One without a figure or method is
// dropped.
func (d *document) separateIncidents(main dossier.Incident) []dossier.Incident {
	var out []dossier.Incident
	cur := -1 // the incident of out that continued sentences go on with
	for i := range d.sents {
		s := &d.sents[i]
		if s.other == continued {
			if cur >= 0 {
				in := &out[cur]
				d.addOtherFacts(in, s, 0, len(s.Text))
				in.Evidence = append(in.Evidence, s.Index)
			}
			continue
		}
		cur = -1
		if s.other != separate {
			continue
		}
		in := dossier.Incident{Date: main.Date, Country: main.Country}
		if k := cameAfter(s); k >= 0 {
			in.Date = daysBefore(main.Date, cameAfterCues[k].days)
		}
		for _, dt := range s.dates {
			if !d.afterPublication(dt) && (in.Date == "" || compatible(dt.Value, in.Date) && len(dt.Value) > len(in.Date)) {
				in.Date = dt.Value
			}
		}
		d.separatePlace(s, &in)
		if in.Country == "" {
			continue
		}
		d.addOtherFacts(&in, s, 0, len(s.Text))
		if in.Killed == nil && in.Injured == nil && len(in.AttackTypes) == 0 {
			continue
		}
		in.Evidence = []int{s.Index}
		out = append(out, in)
		cur = len(out) - 1
	}
	return out
}

// cameAfterCues tie the main incident to one just before it: "The
// shooting came a day after an Israeli raid in Jenin killed nine". days
// is how long before; -1 when the text does not say ("days after").
var cameAfterCues = []struct {
	phrase string
	days   int
}{
	{"a day after ", 1}, {"one day after ", 1}, {"two days after ", 2}, {"three days after ", 3},
	{"hours after ", 0}, {"a week after ", 7}, {"days after ", -1},
}

// cameAfter returns which of cameAfterCues ties the main incident, named
// in a few words before "came" or "comes", to an incident the rest of the
// sentence tells of with a figure or a method; or -1. "The arrests came a
// day after the bombing" does not: arrests are no incident noun. Nor does
// a sentence with dates of its own ("came days after ... Abdeslam, who
// killed 130 people in Paris in November"): they date what it tells.
func cameAfter(s *sentence) int {
	if len(s.dates) > 0 {
		return -1
	}
	for _, verb := range []string{" came ", " comes "} {
		i := strings.Index(s.lower, verb)
		if i < 0 || i > 40 {
			continue
		}
		subject := strings.Fields(s.lower[:i])
		if len(subject) == 0 || len(subject) > 4 || !incidentNouns[subject[len(subject)-1]] && subject[len(subject)-1] != "it" {
			continue
		}
		rest := s.lower[i+len(verb):]
		for k, c := range cameAfterCues {
			if !strings.HasPrefix(rest, c.phrase) {
				continue
			}
			from := i + len(verb) + len(c.phrase)
			for _, f := range s.figures {
				if f.Start >= from {
					return k
				}
			}
			for _, a := range attackCues {
				if containsAtWordStart(s.lower[from:], a.phrase) {
					return k
				}
			}
			return -1
		}
	}
	return -1
}

// daysBefore returns the day n days before date, at day precision; the
// month of date when n is -1 or date is not a day.
func daysBefore(date string, n int) string {
	t, err := time.Parse("2006-01-02", date)
	if err != nil || n < 0 {
		return date[:min(len(date), 7)]
	}
	return t.AddDate(0, 0, -n).Format("2006-01-02")
}

// separatePlace places a separate incident where its sentence says: the
// first town it names (the gazetteer's, or one the text calls a town:
// "at Dusuma village"), else the region or country it names, else the
// main incident's country. A hospital the wounded were taken to is not
// where it happened.
func (d *document) separatePlace(s *sentence, in *dossier.Incident) {
	var region *gazetteer.Region
	country := ""
	for _, m := range s.places {
		switch {
		case m.Kind == gazetteer.KindCity && !treatedAt(s.Text, m.Start):
			setCity(in, m.City)
			in.Country = m.City.Country
			return
		case m.Kind == gazetteer.KindRegion && region == nil:
			region = m.Region
		case m.Kind == gazetteer.KindCountry && country == "" && !actorUse(s.lower, m):
			country = m.Country.Code
		}
	}
	switch {
	case region != nil:
		in.Country, in.Region = region.Country, region.Name
	case country != "":
		in.Country = country
	}
	for _, t := range townsIn(s) {
		if t.placed(s.Text) {
			setCity(in, localTown(t.name, in.Country))
			break
		}
	}
}
