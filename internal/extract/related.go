package extract

import (
	"strings"
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
		if !s.event || len(s.figures) == 0 && len(s.attack) == 0 || !opensSeparate(s.Text) {
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
	for i := range d.sents {
		s := &d.sents[i]
		if s.other == continued && len(out) > 0 && out[len(out)-1].Evidence[0] == d.lastSeparate(i) {
			in := &out[len(out)-1]
			d.addOtherFacts(in, s, 0, len(s.Text))
			in.Evidence = append(in.Evidence, s.Index)
			continue
		}
		if s.other != separate {
			continue
		}
		in := dossier.Incident{Date: main.Date, Country: main.Country}
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
	}
	return out
}

// lastSeparate returns the index of the sentence that opened the
// separate incident sentence i continues, or -1.
func (d *document) lastSeparate(i int) int {
	for i--; i >= 0 && d.sents[i].other == continued; i-- {
	}
	if i >= 0 && d.sents[i].other == separate {
		return i
	}
	return -1
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
		if t.after || locative(s.Text[:t.start]) {
			setCity(in, localTown(t.name, in.Country))
			break
		}
	}
}
