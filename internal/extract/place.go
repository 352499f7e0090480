package extract

import (
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/gazetteer"
)

// readPlace votes for the country, region and city over the place
// mentions, and finds a named venue.
func (d *document) readPlace(in *dossier.Incident, use func(int)) {
	countries := map[string]float64{}
	cities := map[*gazetteer.City]float64{}
	regions := map[*gazetteer.Region]float64{}
	citySent := map[*gazetteer.City]int{}
	var counties []countyMention
	anchored := map[string]bool{} // the countries named by more than a town
	hoods := d.neighbourhoods()
	type townVote struct {
		name string
		w    float64
		sent int
	}
	var named []townVote // the towns the text calls so, which may be the gazetteer's or not
	d.mainSentences(func(s *sentence) {
		w := d.weight(s)
		if s.event {
			for _, t := range townsIn(s) {
				// "in the village of Essakane": where it happened; "near
				// the town of Noshki" counts half, as the place nearest
				// to it.
				switch loc := locativeWord(s.Text[:t.start]); {
				case t.after || loc == "in":
					named = append(named, townVote{t.name, 1.5 * w, s.Index})
				case loc != "":
					named = append(named, townVote{t.name, 0.75 * w, s.Index})
				}
			}
		}
		for _, m := range s.counties {
			counties = append(counties, countyMention{m, w, s.Index})
			countries["US"] += 0.8 * w
			anchored["US"] = true
		}
		for _, m := range s.places {
			if m.Kind == gazetteer.KindCity && hoods[m.City] != "" {
				continue
			}
			mw := w
			if s.Index == 0 && m.Start < 40 && isDateline(s.Text, m.End) {
				if m.Kind == gazetteer.KindCity {
					// The dateline names the story's city outright:
					// "JERUSALEM -" anchors Israel (see unanchored).
					anchored[m.City.Country] = true
				}
				switch {
				case d.bureauAway(s, m):
					mw = 0 // a bureau over a story of another region
				case elsewhere(s, m) || d.titleElsewhere(m):
					mw *= 0.5 // where the reporter sat
				case !bureau(m):
					mw *= 4
				default:
					if other, again := d.datelineTowns(m); other && !again {
						mw *= 0.5 // a bureau over a story told in another town
					} else {
						mw *= 4
					}
				}
			}
			far := landmark(s.Text, m.Start)
			if far || modifier(s.Text, m.End) || crossStreet(s.Text, m.Start, m.End) || treatedAt(s.Text, m.Start) {
				mw *= 0.2
			}
			switch m.Kind {
			case gazetteer.KindCity:
				if !far {
					// "about 20 miles south of Greenville": the city
					// tells the region, never the town.
					cities[m.City] += mw
				}
				countries[m.City.Country] += mw
				if _, ok := citySent[m.City]; !ok {
					citySent[m.City] = s.Index
				}
				if m.City.Feature == "PPLC" || m.City.Population >= worldCity {
					anchored[m.City.Country] = true
				}
			case gazetteer.KindRegion:
				regions[m.Region] += mw
				countries[m.Region.Country] += mw
				anchored[m.Region.Country] = true
			case gazetteer.KindCountry:
				if attributive(s.Text, m) {
					countries[m.Country.Code] += 0.3 * mw // "U.S. officials": as a demonym
					break
				}
				countries[m.Country.Code] += mw
				anchored[m.Country.Code] = true
			case gazetteer.KindDemonym:
				countries[m.Country.Code] += 0.3 * mw // "Russian roulette", "an Afghan refugee": no anchor
			}
		}
	})
	if c := d.homeCountry(); c != "" {
		anchored[c] = true
	}
	unanchored(countries, anchored)
	if w, ok := cities[d.home]; ok && w > 0 {
		// A local site's own city, when the text names it, is likelier
		// than a namesake elsewhere: cincinnati.com's "Hamilton".
		cities[d.home] += homeVote
		countries[d.home.Country] += homeVote
	}
	in.Country = argmax(countries)
	if in.Country == "" {
		in.Country = d.homeCountry() // a local station's story that names no place
	}
	if in.Country == "" {
		return
	}
	county := ""
	if in.Country == "US" {
		county = voteCounties(counties, regions, cities, use)
	}
	// The region first, over its own mentions and its cities' ("Mathews
	// County, Va." and "Virginia Department" outweigh one "Gloucester",
	// which alone is the Massachusetts town), then the city within it.
	regionEv := regionEvidence(regions, cities)
	var top *gazetteer.Region
	topW := 0.0
	for r, w := range regionEv {
		if r.Country == in.Country && (w > topW || w == topW && top != nil && r.Name < top.Name) {
			top, topW = r, w
		}
	}
	outright := func(r *gazetteer.Region) bool { return regions[r] > 0 } // the text names it, not only its towns
	inRegion := make(map[*gazetteer.City]float64, len(cities))
	var towns map[string]string // read once, when a city abroad needs it
	townsRead := false
	local := map[string]*gazetteer.City{}
	for c, w := range cities {
		if c.Country != in.Country {
			// "the Mozambique town of Palma": the town the gazetteer
			// lacks, not its namesake in Majorca.
			if !townsRead {
				towns, townsRead = d.townsNamed(), true
			}
			k := gazetteer.Fold(c.Name)
			name, ok := towns[k]
			if !ok {
				continue
			}
			if local[k] == nil {
				local[k] = localTown(name, in.Country)
			}
			if s, ok := citySent[local[k]]; !ok || citySent[c] < s {
				citySent[local[k]] = citySent[c]
			}
			c = local[k]
		}
		if r := gazetteer.RegionOf(c); top != nil && r != nil && r != top && (regionEv[r] < topW || !outright(r) && outright(top)) {
			// Outvoted: the text means a namesake in the region it
			// names most, if there is one ("Williston" in a story of
			// Levy County is Williston, Florida), and no city at all
			// when the region is named twice as much as the city's.
			if n := gazetteer.CityIn(c.Name, top); n != nil {
				if _, ok := citySent[n]; !ok {
					citySent[n] = citySent[c]
				}
				c = n
			} else if regionEv[r]*2 < topW || !outright(r) && outright(top) {
				// "in Bijapur district" of Chhattisgarh, which the
				// text names, is not Karnataka's Bijapur, which it
				// does not.
				continue
			}
		}
		inRegion[c] += w
	}
	// A town the text names as one ("in the village of Essakane") that
	// the gazetteer lacks in the story's country: a candidate of its own.
	for _, t := range named {
		k := gazetteer.Fold(t.name)
		if local[k] == nil {
			if knownTown(t.name, in.Country) {
				continue
			}
			local[k] = localTown(t.name, in.Country)
		}
		inRegion[local[k]] += t.w
		if _, ok := citySent[local[k]]; !ok {
			citySent[local[k]] = t.sent
		}
	}
	var city *gazetteer.City
	best := 0.0
	for c, w := range inRegion {
		if w > best || w == best && city != nil && c.Name < city.Name {
			city, best = c, w
		}
	}
	hood := ""
	if city != nil {
		for _, h := range hoods {
			if hood == "" || h < hood {
				hood = h // "in the Gresham neighborhood": Chicago's, not Oregon's
			}
		}
	}
	if p := gazetteer.Parent(city, maps.Keys(cities)); p != nil {
		// "in Auburn Gresham": the city is Chicago, the neighbourhood
		// its place.
		use(citySent[city])
		hood, city = city.Name, p
	}
	if city != nil {
		setCity(in, city)
		use(citySent[city])
	} else if h := d.home; h != nil && h.Country == in.Country && county == "" && (top == nil || gazetteer.RegionOf(h) == top) {
		// A local site's story that names no town, and no county or
		// region but the site's: the site's own city.
		setCity(in, h)
	}
	if in.Region == "" {
		var reg *gazetteer.Region
		best = 0
		for r, w := range regions {
			if r.Country == in.Country && (w > best || w == best && reg != nil && r.Name < reg.Name) {
				reg, best = r, w
			}
		}
		if reg != nil {
			in.Region = reg.Name
		} else if h := d.homeReg; h != nil && h.Country == in.Country {
			// A local site's story that names no town and no region:
			// the site's own (a station's state when its city is unknown).
			in.Region = h.Name
		}
	}
	if in.Place = d.venue(); in.Place == "" {
		in.Place = hood
	}
	if in.Place == "" && in.City == "" {
		in.Place = county // "a shooting in northeast Harris County"
	}
}

// homeCountry returns the country of the site's home city or region, or "".
func (d *document) homeCountry() string {
	switch {
	case d.home != nil:
		return d.home.Country
	case d.homeReg != nil:
		return d.homeReg.Country
	}
	return ""
}

// worldCity is the population from which a city names its country as
// surely as the country's own name: "Lagos", "Karachi".
const worldCity = 1000000

// unanchored weakens the votes of the countries that the text names only
// by towns and demonyms when it names another country by more: a
// country, a region, a county, a capital or the site's home. In a story
// of Memphis, Tennessee, the neighbourhood "Whitehaven" is not the
// English town, and "Sheffield" the surname of a Florida woman is not the
// English city.
func unanchored(countries map[string]float64, anchored map[string]bool) {
	if len(anchored) == 0 {
		return
	}
	for c := range countries {
		if !anchored[c] {
			countries[c] *= unanchoredShare
		}
	}
}

// unanchoredShare is what a country named only by towns keeps of its
// votes beside a country named outright.
const unanchoredShare = 0.25

// neighbourhoods returns the places the text calls neighbourhoods ("in
// the Gresham neighborhood on the South Side") that the gazetteer reads as
// cities, with the text that names them. They are no city of the story
// when it names another city, or the site has a home city: Gresham,
// Oregon, is not the Gresham of a Chicago station's story.
func (d *document) neighbourhoods() map[*gazetteer.City]string {
	hoods := map[*gazetteer.City]string{}
	var named []*gazetteer.City // every city mentioned
	d.mainSentences(func(s *sentence) {
		for _, m := range s.places {
			if m.Kind != gazetteer.KindCity {
				continue
			}
			named = append(named, m.City)
			rest := strings.ToLower(s.Text[m.End:min(len(s.Text), m.End+len(" neighbourhood"))])
			if strings.HasPrefix(rest, " neighborhood") || strings.HasPrefix(rest, " neighbourhood") {
				hoods[m.City] = hoodName(s.Text, m.Start, m.End)
			}
		}
	})
	if len(hoods) == 0 || d.home == nil && !slices.ContainsFunc(named, func(c *gazetteer.City) bool { return hoods[c] == "" }) {
		return nil
	}
	return hoods
}

// hoodName is the name of a neighbourhood whose last word or words are a
// place's, text[start:end]: with up to two capitalised words before it
// ("Auburn Gresham").
func hoodName(text string, start, end int) string {
	for range 2 {
		before := strings.TrimRight(text[:start], " ")
		if len(before) == start {
			break
		}
		i := strings.LastIndexByte(before, ' ') + 1
		w := before[i:]
		if !isCapitalised(w) || strings.EqualFold(w, "the") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			break
		}
		start = i
	}
	return text[start:end]
}

// regionEvidence is the weight of each region: its own mentions' and its
// cities'.
func regionEvidence(regions map[*gazetteer.Region]float64, cities map[*gazetteer.City]float64) map[*gazetteer.Region]float64 {
	ev := maps.Clone(regions)
	for c, w := range cities {
		if r := gazetteer.RegionOf(c); r != nil {
			ev[r] += w
		}
	}
	return ev
}

// homeVote is what a local site's home city weighs in readPlace when the
// text names it: as much as a mention in the lede.
const homeVote = 3

// countyMention is a county named in a sentence of the main incident,
// with the sentence's weight and index.
type countyMention struct {
	gazetteer.CountyMention
	w    float64
	sent int
}

// voteCounties adds each county's weight to its state in regions and
// returns the name of the county named with the most weight. A county
// named in several states is read in the state the text's regions and
// cities name most, and is passed over when they name none ("Harrison
// County", in eight states).
func voteCounties(counties []countyMention, regions map[*gazetteer.Region]float64,
	cities map[*gazetteer.City]float64, use func(int)) string {
	if len(counties) == 0 {
		return ""
	}
	stateEv := regionEvidence(regions, cities)
	county, bestW := "", 0.0
	for _, m := range counties {
		c := m.Counties[0]
		for _, o := range m.Counties[1:] {
			if stateEv[o.Region] > stateEv[c.Region] {
				c = o
			}
		}
		if len(m.Counties) > 1 && stateEv[c.Region] == 0 {
			continue
		}
		regions[c.Region] += m.w
		if m.w > bestW {
			county, bestW = c.Name, m.w
			use(m.sent)
		}
	}
	return county
}

// landmark reports whether the place mention starting at start is named
// as a point to measure from: "about 20 miles south of Greenville", "30 km
// from Kabul". The incident is elsewhere.
func landmark(text string, start int) bool {
	before := strings.Fields(strings.ToLower(text[max(0, start-40):start]))
	n := len(before)
	if n < 2 || before[n-1] != "of" && before[n-1] != "from" {
		return false
	}
	w := before[n-2]
	if compass[w] && n >= 3 {
		w = before[n-3]
	}
	return distanceUnits[strings.TrimSuffix(w, "s")]
}

// treatedAt reports whether the place mention starting at start is where
// the wounded were taken: "flown to a hospital in Charlotte", "taken to
// The Med in Memphis". A small town's victims go to the city's trauma
// centre; the shooting was elsewhere.
func treatedAt(text string, start int) bool {
	before := strings.ToLower(text[max(0, start-50):start])
	if i := strings.LastIndexAny(before, ".;"); i >= 0 {
		before = before[i+1:]
	}
	for _, cue := range hospitalCues {
		if strings.Contains(before, cue) {
			return true
		}
	}
	return false
}

// hospitalCues come before the town of a hospital.
var hospitalCues = []string{"taken to", "transported to", "flown to", "airlifted to", "rushed to", "driven to",
	"treated at", "hospital in", "medical center in", "hospitalized in", "trauma center in"}

// modifier reports whether the place mention ending at end only
// qualifies a noun: "U.S.-bound jets", "a London-based group", "Iran-backed
// militias", "the Saudi-led coalition". The incident is elsewhere, or
// anywhere.
func modifier(text string, end int) bool {
	rest := text[end:]
	if !strings.HasPrefix(rest, "-") {
		return false
	}
	rest = strings.ToLower(rest[1:min(len(rest), 1+len("headquartered"))])
	for _, w := range placeModifiers {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// attributive reports whether country mention m is a code that qualifies
// the noun after it, as a demonym would: "U.S. officials", "UK troops",
// "the U.S. Department of Homeland Security". Such a code tells whose
// officials speak, not where the incident was; "in the U.S." and "the UK
// said" are places and parties.
func attributive(text string, m gazetteer.Mention) bool {
	if !countryCode(m.Text) {
		return false
	}
	rest, ok := strings.CutPrefix(text[m.End:], " ")
	if !ok {
		return false
	}
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	next := strings.ToLower(rest[:end])
	return next != "" && !notNouns[next]
}

// countryCode reports whether s is a country's code or initials: "U.S.",
// "UK", "UAE".
func countryCode(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			letters++
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 3
}

// notNouns are words that follow a country's code without its qualifying
// them: conjunctions, prepositions, the verbs of reports.
var notNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`and or but nor on in at to for by from of after before since with as than
		said says say has have had is was were are will would could should may might can did does do`) {
		notNouns[w] = true
	}
}

// crossStreet reports whether the place text[start:end] names a street at
// a numbered one: "at 87th and Ashland", "Ashland and 87th Street".
func crossStreet(text string, start, end int) bool {
	before := strings.Fields(text[max(0, start-16):start])
	if n := len(before); n >= 2 && before[n-1] == "and" && ordinalStreet(before[n-2]) {
		return true
	}
	after := strings.Fields(text[end:min(len(text), end+16)])
	return len(after) >= 2 && after[0] == "and" && ordinalStreet(after[1])
}

// ordinalStreet reports whether w is a numbered street: "87th", "1st".
func ordinalStreet(w string) bool {
	w = strings.TrimRight(w, ",.")
	if len(w) < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch strings.ToLower(w[len(w)-2:]) {
	case "st", "nd", "rd", "th":
		return strings.Trim(w[:len(w)-2], "0123456789") == ""
	}
	return false
}

// placeModifiers are the second halves of "U.S.-bound", "London-based".
var placeModifiers = []string{"bound", "based", "led", "backed", "born", "made", "funded", "allied", "trained",
	"owned", "registered", "flagged", "sponsored", "supported", "headquartered", "linked", "aligned", "inspired"}

// distanceUnits and compass are the words of "20 miles south of".
var (
	distanceUnits = map[string]bool{"mile": true, "kilometer": true, "kilometre": true, "km": true, "mi": true, "block": true}
	compass       = map[string]bool{
		"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
		"southeast": true, "southwest": true, "north-east": true, "north-west": true, "south-east": true, "south-west": true,
	}
)

// bureau reports whether a dateline's place is a national or provincial
// capital, where the wire agencies keep their bureaus: "MANILA -" over a
// bombing in Jolo, "QUETTA -" over an attack near Noshki tell where the
// reporter sat, so they weigh no more than any mention.
func bureau(m gazetteer.Mention) bool {
	return m.Kind == gazetteer.KindCity && m.City.Capital()
}

// datelineTowns reads, in one pass over the story (the title and the
// sentences not set aside as background), what it names beside the
// dateline's city m. other: a town of m's country other than m, which
// makes a capital's dateline a bureau's over a story told in another
// town; a capital's dateline over a story that names no other town of
// its country is where the story happened ("LONDON -" over arrests in
// Britain). again: m itself after the dateline ("JERUSALEM - ... outside
// a synagogue in east Jerusalem"), which makes it the story's town all
// the same.
func (d *document) datelineTowns(m gazetteer.Mention) (other, again bool) {
	d.mainSentences(func(s *sentence) {
		for _, o := range s.places {
			if o.Kind != gazetteer.KindCity {
				continue
			}
			if o.City.Country == m.City.Country && o.City.Name != m.City.Name {
				other = true
			}
			if o.City == m.City && (s.Index != 0 || o.Start != m.Start) {
				again = true
			}
		}
		// A town the text calls one, which the gazetteer may lack:
		// "near the town of Noshki".
		for _, t := range townsIn(s) {
			if s.event && t.placed(s.Text) && gazetteer.Fold(t.name) != gazetteer.Fold(m.City.Name) {
				other = true
			}
		}
	})
	return other, again
}

// bureauAway reports whether the title or the lede s, under the
// dateline m, sets the event in a region of m's country other than the
// dateline's ("ABUJA - Gunmen abducted ... in northwest Nigeria's Kaduna
// state") or in a part of the country ("JERUSALEM - Militants who crossed
// into southern Israel"). The dateline is then only where the bureau
// sits, and no town of the story even when the gazetteer lacks the town
// the text names.
func (d *document) bureauAway(s *sentence, m gazetteer.Mention) bool {
	if m.Kind != gazetteer.KindCity {
		return false
	}
	home := gazetteer.RegionOf(m.City)
	for _, t := range []*sentence{&d.title, s} {
		if t != &d.title && !t.event {
			continue
		}
		for _, o := range t.places {
			if o.Start == m.Start && t == s {
				continue
			}
			before := t.lower[:o.Start]
			switch {
			case o.Kind == gazetteer.KindRegion:
				if o.Region.Country == m.City.Country && o.Region != home && placedIn(before) {
					return true
				}
			case o.Kind == gazetteer.KindCountry:
				if o.Country.Code == m.City.Country && directional(before) && placedIn(before) {
					return true
				}
			}
		}
	}
	return false
}

// placedIn reports whether the text before a region or country puts
// something there: "in ", "into southern ", "in northwest Nigeria's ",
// "in the province of ".
func placedIn(before string) bool {
	f := strings.Fields(before[max(0, len(before)-60):])
	n := len(f)
	if n > 0 && (strings.HasSuffix(f[n-1], "'s") || strings.HasSuffix(f[n-1], "’s")) {
		n-- // "Nigeria's"
	}
	for n > 0 && slices.Contains(directions, f[n-1]) {
		n--
	}
	if n >= 3 && f[n-1] == "of" && slices.Contains(regionKinds, f[n-2]) && f[n-3] == "the" {
		n -= 3 // "the province of"
	}
	if n == 0 {
		return false
	}
	switch f[n-1] {
	case "in", "into", "near", "across", "outside", "throughout":
		return true
	}
	return false
}

// regionKinds are the nouns of "the province of X".
var regionKinds = []string{"province", "state", "region", "governorate", "county", "district", "department"}

// directions are the words that make a country a part of it: "southern
// Israel", "northwest Nigeria's".
var directions = []string{"north", "south", "east", "west", "northern", "southern", "eastern", "western",
	"northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
	"southwestern", "north-east", "north-west", "south-east", "south-west", "north-eastern", "north-western",
	"south-eastern", "south-western", "central", "north-central", "south-central", "east-central", "west-central",
	"far-north", "far-south", "far-east", "far-west"}

// directional reports whether the text before a country ends in a
// direction: "in southern ", "across northwest ".
func directional(before string) bool {
	f := strings.Fields(before[max(0, len(before)-20):])
	return len(f) > 0 && slices.Contains(directions, f[len(f)-1])
}

// elsewhere reports whether the lede s, whose dateline is the place m,
// sets its event in another town: "POCATELLO, Idaho (AP) - A couple
// charged with the shooting of a girl in Chubbuck ...". The dateline then
// tells where the reporter sat, as a bureau's does.
func elsewhere(s *sentence, m gazetteer.Mention) bool {
	if !s.event || m.Kind != gazetteer.KindCity {
		return false
	}
	for _, o := range s.places {
		if o.Kind == gazetteer.KindCity && o.Start > m.End && o.City != m.City && o.City.Name != m.City.Name &&
			locative(s.Text[:o.Start]) && !landmark(s.Text, o.Start) {
			return true
		}
	}
	return false
}

// titleElsewhere reports whether the title names a town other than the
// dateline's place m, and not m: "4 shot dead in Clarksburg" over
// "CHARLESTON, W.Va. --", a state capital's bureau.
func (d *document) titleElsewhere(m gazetteer.Mention) bool {
	if m.Kind != gazetteer.KindCity {
		return false
	}
	other := false
	for _, o := range d.title.places {
		if o.Kind != gazetteer.KindCity {
			continue
		}
		if o.City == m.City || o.City.Name == m.City.Name {
			return false
		}
		other = other || o.City.Country == m.City.Country
	}
	return other
}

// locative reports whether the text before a place ends in a preposition
// of where something happened: "in", "near", "outside", "outside of", or
// one before a kind of town: "in the western city of", "near the
// southern port town of".
func locative(before string) bool { return locativeWord(before) != "" }

// locativeIn reports whether the text before a place ends in "in" or
// in "in the ... town of": a place something happened in, not near.
func locativeIn(before string) bool { return locativeWord(before) == "in" }

// locativeWord returns the preposition of where something happened that
// the text before a place ends in (see locative), or "".
func locativeWord(before string) string {
	f := strings.Fields(strings.ToLower(before[max(0, len(before)-60):]))
	if len(f) == 0 {
		return ""
	}
	switch w := f[len(f)-1]; w {
	case "in", "near", "outside":
		return w
	case "of":
		if len(f) > 1 && f[len(f)-2] == "outside" {
			return "outside"
		}
		if len(f) < 4 || !slices.Contains(townKinds, f[len(f)-2]) {
			return ""
		}
		// "the" and up to three words that describe the town.
		for i := len(f) - 3; i >= max(0, len(f)-6); i-- {
			if f[i] == "the" {
				if i == 0 {
					return ""
				}
				return locativeWord(f[i-1])
			}
		}
	}
	return ""
}

// townKinds are the nouns of "the city of X", "the northern town of X".
var townKinds = []string{"city", "town", "village", "suburb", "hamlet", "port", "district", "neighbourhood", "neighborhood"}

// isDateline reports whether a place mention ending at end opens a
// dateline: "MOSCOW —", "PARAGOULD, AR (KAIT) -", "Kabul (AP) —".
func isDateline(text string, end int) bool {
	rest := strings.TrimLeft(text[end:], " ")
	for _, p := range []string{"—", "–", "-", "(", ","} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// venue finds a named venue in the title or the lede: a run of capitalised
// words ending in a venue word ("Crocus City Hall").
func (d *document) venue() string {
	check := func(s *sentence) string {
		if s.Index >= 0 && len(s.attack) == 0 && len(s.figures) == 0 {
			return "" // a venue named where nothing happens: "a professor at Northeastern University"
		}
		words := strings.Fields(s.Text)
		for i, w := range words {
			w = strings.Trim(w, ",.;:'\"’”)")
			if !venueHeads[w] || i == 0 {
				continue
			}
			j := i
			for j > 0 && j > i-5 && isCapitalised(strings.Trim(words[j-1], "\"“‘(")) && !strings.HasSuffix(words[j-1], ",") {
				j--
			}
			if j < i {
				name := strings.Trim(strings.Join(words[j:i+1], " "), ",.;:'\"’”“‘()")
				return strings.TrimPrefix(name, "The ")
			}
		}
		return ""
	}
	if v := check(&d.title); v != "" {
		return v
	}
	for i := 0; i < len(d.sents) && i < 2*ledeSentences; i++ {
		if d.sents[i].other != 0 {
			continue
		}
		if v := check(&d.sents[i]); v != "" {
			return v
		}
	}
	return ""
}

func isCapitalised(w string) bool {
	if w == "" {
		return false
	}
	c := w[0]
	return c >= 'A' && c <= 'Z'
}
