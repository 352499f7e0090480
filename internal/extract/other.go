package extract

import (
	"sort"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/gazetteer"
)

// otherIncidents groups the background sentences that tell of violence into
// the earlier or related incidents the article recalls: one per year and
// country ("the Kabul airport attack that left 183 dead in 2021"). A
// recalled incident needs at least a year and a country (GOLD.md).
func (d *document) otherIncidents(main dossier.Incident) []dossier.Incident {
	type key struct{ year, country string }
	byKey := map[key]*dossier.Incident{}
	var order []key
	for i := range d.sents {
		s := &d.sents[i]
		if s.other == 0 || !s.event {
			continue
		}
		places := sentencePlaces(s)
		if len(places) == 0 {
			continue
		}
		for _, dt := range s.dates {
			if !isBefore(dt.Value, main.Date) {
				continue
			}
			for _, p := range places {
				k := key{dt.Value[:4], p.country}
				in, ok := byKey[k]
				if !ok {
					in = &dossier.Incident{Date: dt.Value, Country: p.country}
					byKey[k] = in
					order = append(order, k)
				}
				if len(dt.Value) > len(in.Date) {
					in.Date = dt.Value
				}
				if in.City == "" && p.city != nil {
					in.City = p.city.Name
					lat, lon := p.city.Lat, p.city.Lon
					in.Lat, in.Lon = &lat, &lon
					if r := gazetteer.RegionOf(p.city); r != nil {
						in.Region = r.Name
					}
				}
				in.Evidence = append(in.Evidence, s.Index)
				// Figures and types belong to this incident only when the
				// sentence tells of no other.
				if len(places) == 1 && len(s.dates) == 1 {
					d.addOtherFacts(in, s)
				}
			}
		}
	}
	out := make([]dossier.Incident, 0, len(order))
	for _, k := range order {
		in := byKey[k]
		if k.country == main.Country && k.year == yearOf(main.Date) {
			continue // the main incident retold
		}
		in.Evidence = uniqueSorted(in.Evidence)
		out = append(out, *in)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date < out[j].Date })
	return out
}

// addOtherFacts adds one sentence's figures, attack types and groups to a
// recalled incident.
func (d *document) addOtherFacts(in *dossier.Incident, s *sentence) {
	for _, f := range s.figures {
		if f.Kind != "killed" && f.Kind != "injured" {
			continue
		}
		in.Figures = append(in.Figures, dossier.Figure{Kind: f.Kind, Value: f.Value,
			Qualifier: qualifier(f), By: f.By, Claim: f.Claim, Sentence: s.Index})
		if f.Claim || f.Vague {
			continue
		}
		v := f.Value
		if f.Kind == "killed" && (in.Killed == nil || v > *in.Killed) {
			in.Killed = &v
		}
		if f.Kind == "injured" && (in.Injured == nil || v > *in.Injured) {
			in.Injured = &v
		}
	}
	for t := range s.attack {
		if !contains(in.AttackTypes, t) {
			in.AttackTypes = append(in.AttackTypes, t)
		}
	}
	sort.Strings(in.AttackTypes)
	if hasAny(s.lower, suicideCues) {
		in.Suicide = true
	}
	for _, m := range s.groups {
		if m.Group.Generic {
			continue
		}
		seen := false
		for _, p := range in.Perpetrators {
			seen = seen || p.Name == m.Group.Name
		}
		if !seen {
			if role := perpetratorRole(s, m); role != "" {
				in.Perpetrators = append(in.Perpetrators, dossier.Perpetrator{Name: m.Group.Name, Aliases: m.Group.Aliases, Role: role})
			}
		}
	}
}

// place is a country, with the city that named it where one did.
type place struct {
	country string
	city    *gazetteer.City
}

// sentencePlaces returns the distinct countries a sentence places things
// in: by city first, then by country name or region; demonyms only when
// nothing else names a place ("an Iranian city").
func sentencePlaces(s *sentence) []place {
	var out []place
	seen := map[string]bool{}
	add := func(code string, c *gazetteer.City) {
		if code != "" && !seen[code] {
			seen[code] = true
			out = append(out, place{code, c})
		}
	}
	for _, m := range s.places {
		if m.Kind == gazetteer.KindCity {
			add(m.City.Country, m.City)
		}
	}
	for _, m := range s.places {
		switch m.Kind {
		case gazetteer.KindCountry:
			add(m.Country.Code, nil)
		case gazetteer.KindRegion:
			add(m.Region.Country, nil)
		}
	}
	if len(out) == 0 {
		for _, m := range s.places {
			if m.Kind == gazetteer.KindDemonym {
				add(m.Country.Code, nil)
			}
		}
	}
	return out
}

func yearOf(date string) string {
	if len(date) < 4 {
		return ""
	}
	return date[:4]
}
