package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/analyze"
	"github.com/dossier-project/dossier/internal/gazetteer"
)

// otherIncidents gathers the earlier or related incidents the article
// recalls ("the Kabul airport attack that left 183 dead in the summer of
// 2021"): every past date (see markBackground) of a sentence that tells of
// violence, with the places nearest to it in that sentence, makes or
// joins the incident of that year and country. A recalled incident needs
// at least a year and a country (GOLD.md); one of the main incident's year
// and country is the main incident retold.
func (d *document) otherIncidents(main dossier.Incident) []dossier.Incident {
	type key struct{ year, country string }
	byKey := map[key][]*dossier.Incident{}
	var order []*dossier.Incident
	for i := range d.sents {
		s := &d.sents[i]
		if len(s.past) == 0 || !s.event {
			continue
		}
		// The dates that can date an incident: not a group's change of
		// standing, not a mere point of reference ("since 2003").
		var dated, refs []int
		for j, dt := range s.dates {
			switch {
			case statusDate(s.lower, dt.Start) || sinceRef(s.lower, dt):
			case slices.Contains(s.past, j):
				dated = append(dated, j)
				refs = append(refs, j)
			default:
				refs = append(refs, j) // the main incident's, which places may be nearer to
			}
		}
		owned := placesByDate(s, refs)
		for _, j := range dated {
			dt := s.dates[j]
			places := owned[j]
			if placeless(s) && main.Country != "" && (namesIncident(s.lower, dt.End) || opensIncident(s.lower, dt) || tollOf(s, dt, len(dated) == 1)) {
				// "such as a 2009 suicide bombing of a graduation
				// ceremony", "where a man drove a truck into a market in
				// December 2016, killing 12 people": a past incident of
				// the story's country, which the sentence does not name
				// again.
				places = []place{{main.Country, nil, nil}}
			}
			for _, p := range places {
				k := key{dt.Value[:4], p.country}
				if k.country == main.Country && compatible(dt.Value, main.Date) {
					continue // the main incident retold
				}
				// One incident per year and country, unless two months
				// of it are named: "the January 2015 attack on Charlie
				// Hebdo and the November 2015 attacks in Paris".
				var in *dossier.Incident
				for _, o := range byKey[k] {
					if compatible(dt.Value, o.Date) {
						in = o
						break
					}
				}
				if in == nil {
					in = &dossier.Incident{Date: dt.Value, Country: p.country}
					byKey[k] = append(byKey[k], in)
					order = append(order, in)
				}
				if len(dt.Value) > len(in.Date) {
					in.Date = dt.Value
				}
				if in.City == "" && p.city != nil {
					setCity(in, p.city)
				}
				if in.Region == "" && p.region != nil {
					in.Region = p.region.Name // "also in Hiiraan region"
				}
				if in.City == "" && len(dated) == 1 && len(places) == 1 {
					// "In August, gunmen attacked a hotel in the central
					// town of Sevare": a town the gazetteer lacks.
					for _, t := range townsIn(s) {
						if t.placed(s.Text) && !knownTown(t.name, in.Country) {
							setCity(in, localTown(t.name, in.Country))
							break
						}
					}
				}
				in.Evidence = append(in.Evidence, s.Index)
				// Figures and types belong to this incident only when the
				// sentence tells of no other, or when they follow its
				// date before the next one ("... and the November 2015
				// attacks in Paris that killed 130 people").
				if len(places) == 1 && s.other != 0 {
					if len(dated) == 1 {
						d.addOtherFacts(in, s, 0, len(s.Text))
					} else if next := dateFollowing(s, dated, j); next >= 0 {
						d.addOtherFigures(in, s, dt.End, next)
					}
				}
			}
		}
	}
	out := make([]dossier.Incident, 0, len(order))
	for _, in := range order {
		in.Evidence = uniqueSorted(in.Evidence)
		out = append(out, *in)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date < out[j].Date })
	return out
}

// setCity places an incident in city c, with its coordinates and region.
func setCity(in *dossier.Incident, c *gazetteer.City) {
	if unresolved(c) {
		in.City = c.Name
		return
	}
	in.City = gazetteer.Display(c)
	lat, lon := c.Lat, c.Lon
	in.Lat, in.Lon = &lat, &lon
	if r := gazetteer.RegionOf(c); r != nil {
		in.Region = r.Name
	}
}

// dateFollowing returns where the figures of s.dates[j] end: where the
// next of the dated dates starts, the sentence's end when j is the last,
// or -1 when the next date does not follow it.
func dateFollowing(s *sentence, dated []int, j int) int {
	for k, o := range dated {
		if o == j && k+1 < len(dated) {
			if next := s.dates[dated[k+1]]; next.Start >= s.dates[j].End {
				return next.Start
			}
		}
	}
	if len(dated) > 0 && dated[len(dated)-1] == j {
		// The last date: its figures run to the sentence's end, when
		// they do not come before it.
		return len(s.Text)
	}
	return -1
}

// addOtherFacts adds one sentence's figures within [from, to), attack
// types and groups to a recalled incident.
func (d *document) addOtherFacts(in *dossier.Incident, s *sentence, from, to int) {
	d.addOtherFigures(in, s, from, to)
	for t := range s.attack {
		if !slices.Contains(in.AttackTypes, t) {
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

// addOtherFigures adds the figures of sentence s that lie within [from,
// to) to a recalled incident.
func (d *document) addOtherFigures(in *dossier.Incident, s *sentence, from, to int) {
	var found []sentFigure
	for _, f := range s.figures {
		if f.Start < from || f.Start >= to {
			continue
		}
		found = append(found, sentFigure{f, s})
		in.Figures = append(in.Figures, figureOf(f, s.Index))
	}
	if k, inj, _ := chooseFigures(found); k != nil || inj != nil {
		if in.Killed == nil {
			in.Killed = k
		}
		if in.Injured == nil {
			in.Injured = inj
		}
	}
}

// sinceRef reports whether date dt is only a point of reference: "the
// deadliest attack since 2003", "since the 2003 U.S.-led invasion", but
// not "since the 2015 Paris attacks" or "since 2016, when a man drove a
// truck into a market", which recall an incident.
func sinceRef(lower string, dt analyze.Date) bool {
	before := strings.Fields(lower[max(0, dt.Start-16):min(dt.Start, len(lower))])
	n := len(before)
	if n > 0 && before[n-1] == "the" {
		n--
	}
	if n == 0 || before[n-1] != "since" || namesIncident(lower, dt.End) {
		return false
	}
	// "since November 2020, when a gunman killed four": the date of what
	// the clause tells.
	rest := strings.TrimLeft(lower[min(dt.End, len(lower)):], " ,")
	return !strings.HasPrefix(rest, "when ")
}

// place is a country, with the city that named it where one did.
type place struct {
	country string
	city    *gazetteer.City
	region  *gazetteer.Region // the region named, when no city is
}

// placesByDate hands each place of a sentence to the date nearest to it, so
// that "Friday's attack ... since they began their attacks in 2015 (Paris
// and Brussels)" gives Paris and Brussels to 2015, not to Friday. The
// result is indexed like s.dates. Within one date, cities come first, then
// countries and regions; demonyms only when nothing else names a place
// ("an Iranian city"). Where a date has cities, they alone place it. Only
// the dates indexed by refs receive places.
func placesByDate(s *sentence, refs []int) [][]place {
	out := make([][]place, len(s.dates))
	if len(refs) == 0 {
		return out
	}
	nearest := func(m gazetteer.Mention) int {
		best, bd := refs[0], 1<<30
		before := -1 // the last date before the place
		for _, j := range refs {
			dt := s.dates[j]
			dist := 0
			switch {
			case m.End <= dt.Start:
				dist = dt.Start - m.End
				if placeOfDate(s.lower[m.End:dt.Start]) {
					return j // "in Kerman in January"
				}
			case m.Start >= dt.End:
				dist = m.Start - dt.End
				before = j
			}
			if dist < bd {
				best, bd = j, dist
			}
		}
		if before >= 0 {
			// "the February 2016 attack on a synagogue in Lyon and the
			// June 2016 bombing": the place follows its own date.
			return before
		}
		return best
	}
	seen := make([]map[string]bool, len(s.dates))
	add := func(j int, code string, c *gazetteer.City, r *gazetteer.Region) {
		if seen[j] == nil {
			seen[j] = map[string]bool{}
		}
		if code != "" && !seen[j][code] {
			seen[j][code] = true
			out[j] = append(out[j], place{code, c, r})
		}
	}
	// "The attack in Moscow came after ISIS claimed two bombings in
	// January": what comes before the recall cue is the main incident's.
	cut := recallAt(s.lower)
	for pass := 0; pass < 3; pass++ {
		for _, m := range s.places {
			j := nearest(m)
			if cut >= 0 && m.End <= cut && s.dates[j].Start > cut {
				continue
			}
			if actorUse(s.lower, m) {
				continue
			}
			switch {
			case pass == 0 && m.Kind == gazetteer.KindCity:
				add(j, m.City.Country, m.City, nil)
			case pass == 1 && m.Kind == gazetteer.KindCountry:
				add(j, m.Country.Code, nil, nil)
			case pass == 1 && m.Kind == gazetteer.KindRegion:
				add(j, m.Region.Country, nil, m.Region)
			case pass == 2 && m.Kind == gazetteer.KindDemonym && len(out[j]) == 0:
				add(j, m.Country.Code, nil, nil)
			}
		}
	}
	// A city is the surer witness: "a suicide attack at Kabul Airport in
	// August 2021 during the U.S. withdrawal" happened in Afghanistan.
	for j, ps := range out {
		if len(ps) > 1 && ps[0].city != nil {
			kept := ps[:0]
			for _, p := range ps {
				if p.city != nil {
					kept = append(kept, p)
				}
			}
			out[j] = kept
		}
	}
	return out
}

// placeOfDate reports whether the text between a place and the date after
// it ties the two: "Kerman in January", "Paris on Nov. 13", "Nice, July 2016".
func placeOfDate(between string) bool {
	switch strings.Trim(between, " ,") {
	case "", "in", "on", "of", "in early", "in late", "in mid", "last", "in the summer of", "in the spring of",
		"in the autumn of", "in the fall of", "in the winter of":
		return true
	}
	return false
}

// tollOf reports whether the sentence counts the dead or hurt of the
// incident of date dt: in dt's clause when dt is its only incident's date
// ("later killed 12 people at a market in March 2016"), or directly after
// dt ("in December 2016, killing 12 people"). "Since ... a 2009
// crackdown, Boko Haram has been responsible for the death of over
// 20,000" is not the toll of 2009.
func tollOf(s *sentence, dt analyze.Date, only bool) bool {
	for _, f := range s.figures {
		if f.Vague || f.Claim {
			continue
		}
		if f.Start >= dt.End && f.Start-dt.End < 24 {
			return true
		}
		if only {
			from, to := min(f.End, dt.End), max(f.Start, dt.Start)
			if from <= to && to <= len(s.lower) && !strings.ContainsAny(s.lower[from:to], ",;:") {
				return true
			}
		}
	}
	return false
}

// placeless reports whether sentence s names no place but countries used
// of actors (see actorUse).
func placeless(s *sentence) bool {
	for _, m := range s.places {
		if !actorUse(s.lower, m) {
			return false
		}
	}
	return true
}

// actorNouns are the words that make a country an actor, not a place:
// "killed in a U.S. drone strike", "Russian forces", "a Tunisian man
// drove a truck into a Christmas market" (his nationality, not where).
var actorNouns = []string{"drone", "drones", "troops", "forces", "force", "soldiers",
	"military", "air", "airstrike", "airstrikes", "service", "special", "navy",
	"army", "embassy", "government", "officials", "intelligence", "president",
	"authorities", "strike", "strikes", "withdrawal",
	"man", "men", "woman", "women", "national", "nationals", "citizen", "citizens", "gunman", "gunmen",
	"attacker", "attackers", "supporter", "supporters", "teenager", "suspect", "suspects", "refugee",
	"asylum", "migrant", "immigrant", "jihadist", "jihadists", "militant", "militants"}

// actorUse reports whether the country or demonym m is used of an actor
// (the word after it is one of actorNouns) rather than of a place.
func actorUse(lower string, m gazetteer.Mention) bool {
	if m.Kind != gazetteer.KindCountry && m.Kind != gazetteer.KindDemonym || m.End > len(lower) {
		return false
	}
	rest := strings.TrimLeft(lower[m.End:], " ")
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	return end > 0 && slices.Contains(actorNouns, rest[:end])
}

// statusVerbs date a change of a group's standing, not an incident:
// "designated al-Shabaab a terrorist organization in 2008".
var statusVerbs = []string{"designated", "founded", "formed", "listed", "banned", "proscribed", "outlawed",
	"blacklisted", "established", "pledged allegiance", "renamed", "merged"}

// statusDate reports whether the clause before the date starting at start
// in the lower-cased sentence states a group's standing (statusVerbs):
// its date is no incident's.
func statusDate(lower string, start int) bool {
	clause := lower[:min(start, len(lower))]
	if i := strings.LastIndexAny(clause, ",;:"); i >= 0 {
		clause = clause[i+1:]
	}
	return hasAny(clause, statusVerbs)
}

// incidentNouns name an incident after its date: "a 2009 suicide
// bombing", "the 2015 attacks".
var incidentNouns = map[string]bool{
	"attack": true, "attacks": true, "bombing": true, "bombings": true, "blast": true, "blasts": true,
	"shooting": true, "shootings": true, "massacre": true, "siege": true, "raid": true, "ambush": true,
	"kidnapping": true, "abduction": true, "hijacking": true, "explosion": true, "assault": true,
}

// incidentModifiers may stand between a date and its incident noun: "a
// 2009 suicide bombing", "the 2015 terrorist attacks".
var incidentModifiers = map[string]bool{
	"suicide": true, "car": true, "truck": true, "twin": true, "double": true, "deadly": true,
	"bomb": true, "terror": true, "terrorist": true, "mass": true, "gun": true, "knife": true,
	"militant": true, "jihadist": true, "coordinated": true,
}

// namesIncident reports whether the date ending at end in the lower-cased
// sentence qualifies an incident noun, with at most two modifiers
// between: "a 2009 suicide bombing", "the 2015 attacks".
func namesIncident(lower string, end int) bool {
	if end > len(lower) {
		return false
	}
	words := strings.FieldsFunc(lower[end:min(len(lower), end+48)], func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	for i, w := range words {
		switch {
		case incidentNouns[w]:
			return true
		case i >= 2 || !incidentModifiers[w]:
			return false
		}
	}
	return false
}

// opensIncident reports whether the date opens the sentence and an
// incident or its attackers follow it: "In July, a bombing at a political
// rally killed 63 people", "Last year, gunmen stormed a school".
func opensIncident(lower string, dt analyze.Date) bool {
	lead := strings.Fields(lower[:min(dt.Start, len(lower))])
	if len(lead) > 1 || len(lead) == 1 && lead[0] != "in" && lead[0] != "on" {
		return false
	}
	rest := strings.TrimLeft(lower[min(dt.End, len(lower)):], " ")
	if !strings.HasPrefix(rest, ",") {
		return false
	}
	words := strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	for i, w := range words {
		switch {
		case i == 0 && (w == "a" || w == "an" || w == "the" || w == "two" || w == "three"):
		case incidentNouns[w] || hasPrefixAny(w, groupAttackers):
			return true
		case i >= 3 || !incidentModifiers[w]:
			return false
		}
	}
	return false
}

// compatible reports whether two dates can be the same day at their
// precisions: one is a prefix of the other ("2016" and "2016-08-28").
// An unknown date is compatible with none.
func compatible(a, b string) bool {
	return a != "" && b != "" && (strings.HasPrefix(a, b) || strings.HasPrefix(b, a))
}

func yearOf(date string) string {
	if len(date) < 4 {
		return ""
	}
	return date[:4]
}
