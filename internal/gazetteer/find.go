package gazetteer

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier/internal/gazetteer/fold"
)

// Kind says what a Mention names.
type Kind uint8

// Kinds of mention.
const (
	KindCountry Kind = iota + 1 // a country's name or alias: "Russia", "the U.S."
	KindDemonym                 // a demonym: "Afghan", "Tajikistanis"
	KindRegion                  // a first-level region: "Texas", "Moscow Oblast", "Borno State"
	KindCity                    // a city: "Krasnogorsk", "New York City"
)

// String returns "country", "demonym", "region" or "city".
func (k Kind) String() string {
	switch k {
	case KindCountry:
		return "country"
	case KindDemonym:
		return "demonym"
	case KindRegion:
		return "region"
	case KindCity:
		return "city"
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// Mention is a place named in a text.
type Mention struct {
	Start, End int    // byte offsets of the span in the text
	Text       string // the span as written
	Kind       Kind
	Country    *Country // always set
	Region     *Region  // the region named, or the city's region (nil when unknown)
	City       *City    // the city named; for a country or region, its capital if that has the same name ("Singapore", "Gaza")
}

// ambClass says how ambiguous a name is, and so what evidence Find wants
// before it takes the name for a place (see data/ambiguous.tsv).
type ambClass uint8

const (
	ambNone    ambClass = iota // in order of strictness: a name in two classes is in the stricter
	ambGiven                   // also a personal name: not next to another capitalised word
	ambSurname                 // also a surname: needs "in"..., a qualifier, or "police"... after it
	ambWord                    // a common English word: a city needs 100,000 people and not to start a sentence
	ambContext                 // needs "in", "near", "outside"... before it, or a qualifier after it
	ambStop                    // only with a qualifier after it: "Victoria, British Columbia"
)

func (d *db) loadAmbiguous() error {
	d.amb = map[string]ambClass{}
	err := eachLine("ambiguous.tsv", func(f []string) error {
		if len(f) < 2 {
			return fmt.Errorf("want class, name")
		}
		var c ambClass
		switch f[0] {
		case "word":
			c = ambWord
		case "context":
			c = ambContext
		case "given":
			c = ambGiven
		case "surname":
			c = ambSurname
		case "stop":
			c = ambStop
		default:
			return fmt.Errorf("unknown class %q", f[0])
		}
		k := Fold(f[1])
		if c > d.amb[k] {
			d.amb[k] = c
		}
		return nil
	})
	if err != nil {
		return err
	}
	return eachLine("block.tsv", func(f []string) error {
		d.block = append(d.block, f[0])
		return nil
	})
}

// findPopulation is the population from which a city is found in text
// without a qualifier; smaller places (and capitals are found whatever their
// size) need one: "Uvalde, Texas".
const findPopulation = 15000

// titledPopulation is the population from which a town whose name has a
// title word ("Saint Augustine", "Bay Saint Louis", "Fort Hood") is found
// alone: such names are seldom common words.
const titledPopulation = 5000

// cand is one reading of a phrase.
type cand struct {
	kind     Kind // 0: a phrase that is no place ("Indian Ocean")
	country  *Country
	region   *Region
	city     *City
	strength int  // for regions, see regionName
	abbrev   bool // a region's abbreviation: only after "City, "
	dot      bool // the name ends with a period: "U.S.", "Ark."
	upper    uint32
	caps     uint32 // tokens that must start with a capital, and be all capitals
}

type entry struct {
	prefix bool // some longer phrase starts with this key
	cands  []cand
}

// has reports whether city is one of the entry's readings.
func (e *entry) has(city *City) bool {
	for k := range e.cands {
		if e.cands[k].city == city {
			return true
		}
	}
	return false
}

type finder struct {
	index     map[string]*entry
	maxTokens int
	amb       map[string]ambClass
	db        *db
}

var (
	findOnce sync.Once
	theFind  *finder
)

func getFinder() *finder {
	findOnce.Do(func() { theFind = buildFinder(get()) })
	return theFind
}

// phraseTokens splits a name as Find splits text, and gives its key and the
// case each token must have in a text.
func phraseTokens(name string) (key string, n int, upper, caps uint32) {
	var keys []string
	i := 0
	for i < len(name) {
		r, w := utf8.DecodeRuneInString(name[i:])
		if !isWordRune(r) || unicode.IsMark(r) && i == 0 {
			i += w
			continue
		}
		j := i
		letters, uppers := 0, 0
		first := true
		for j < len(name) {
			r, w := utf8.DecodeRuneInString(name[j:])
			if !isWordRune(r) {
				break
			}
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					uppers++
					if first && n < 32 {
						upper |= 1 << n
					}
				}
				first = false
			}
			j += w
		}
		k := Fold(name[i:j])
		if n > 0 && designators[k] {
			upper &^= 1 << n // "Borno state" as well as "Borno State"
		} else if letters >= 2 && uppers == letters && n < 32 {
			caps |= 1 << n
		}
		keys = append(keys, k)
		n++
		i = j
	}
	return strings.Join(keys, " "), n, upper, caps
}

// findable reports whether Find may take a city's name alone for it: a
// national capital, a seat of a first-level division of 5,000 people or
// more, a place of titledPopulation whose name has three words or more
// ("Sharm el-Sheikh", "Bay Saint Louis": no phrase of common words), or
// any place of findPopulation.
func findable(c *City) bool {
	return c.Population >= findPopulation || c.Feature == "PPLC" || c.Feature == "PPLA" && c.Population >= 5000 ||
		c.Population >= titledPopulation && nameWords(c.Name) >= 3
}

// nameWords counts the words of a place's name, split at spaces and
// hyphens: "Sharm el-Sheikh" has three.
func nameWords(name string) int {
	n, in := 0, false
	for i := 0; i < len(name); i++ {
		sep := name[i] == ' ' || name[i] == '-'
		if !sep && !in {
			n++
		}
		in = !sep
	}
	return n
}

func buildFinder(d *db) *finder {
	f := &finder{index: make(map[string]*entry, 60000), amb: d.amb, db: d}
	add := func(name string, c cand) {
		for _, nm := range []string{name, fold.Unapostrophe(name)} {
			if nm == "" {
				continue
			}
			key, n, upper, caps := phraseTokens(nm)
			if key == "" || upper&1 == 0 && c.kind != 0 {
				continue // Find starts phrases at capitalised words only
			}
			c.upper, c.caps = upper, caps
			c.dot = strings.HasSuffix(nm, ".")
			e := f.index[key]
			if e == nil {
				e = &entry{}
				f.index[key] = e
			}
			dup := false
			for _, o := range e.cands {
				// "LA" and "La." are one region written two ways: each
				// keeps its own case ("LA" wants capitals, "La." not).
				dup = dup || (o.kind == c.kind && o.country == c.country && o.region == c.region && o.city == c.city &&
					o.upper == c.upper && o.caps == c.caps)
			}
			if !dup {
				e.cands = append(e.cands, c)
			}
			if n > f.maxTokens {
				f.maxTokens = n
			}
			// Mark the prefixes.
			for p := len(key) - 1; p > 0; p-- {
				if key[p] != ' ' {
					continue
				}
				pe := f.index[key[:p]]
				if pe == nil {
					pe = &entry{}
					f.index[key[:p]] = pe
				}
				if pe.prefix {
					break
				}
				pe.prefix = true
			}
		}
	}
	for _, c := range d.countries {
		add(c.Name, cand{kind: KindCountry, country: c})
		for _, n := range c.Names {
			add(n, cand{kind: KindCountry, country: c})
		}
		for _, n := range c.Demonyms {
			add(n, cand{kind: KindDemonym, country: c})
		}
	}
	for _, r := range d.regions {
		co := d.byCode[r.Country]
		if co == nil {
			continue
		}
		bases := map[string]bool{}
		for _, n := range append([]string{r.Name}, r.Names...) {
			if b := regionBase(n); b != "" {
				bases[b] = true
			}
		}
		add(r.Name, cand{kind: KindRegion, country: co, region: r})
		for _, n := range r.Names {
			st := 0
			if bases[n] {
				st = 1
			}
			add(n, cand{kind: KindRegion, country: co, region: r, strength: st})
		}
		for _, n := range r.Abbrevs {
			add(n, cand{kind: KindRegion, country: co, region: r, abbrev: true})
		}
	}
	// Cities big enough to be found alone; smaller ones are found only with
	// a qualifier (see Find), straight from the gazetteer.
	d.eachCity(func(c *City) {
		co := d.byCode[c.Country]
		if co == nil || !findable(c) && (len(d.cityAliases[c]) == 0 || d.titled[c] && c.Population < titledPopulation) {
			return
		}
		r := d.regionCode[regionKey{c.Country, c.Region}]
		add(c.Name, cand{kind: KindCity, country: co, region: r, city: c})
		for _, a := range d.cityAliases[c] {
			add(a, cand{kind: KindCity, country: co, region: r, city: c})
		}
	})
	for _, b := range d.block {
		add(b, cand{})
	}
	// Cities most populous first within each entry, so the first that fits wins.
	for _, e := range f.index {
		sortCands(e.cands)
	}
	return f
}

func sortCands(cs []cand) {
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && cs[j].size() > cs[j-1].size(); j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

// token is a word of the text being searched.
type token struct {
	start, end int32 // in the text
	fs, fe     int32 // the folded word in the key buffer
	upper      bool  // starts with a capital
	caps       bool  // two letters or more, all capitals
	joins      bool  // may continue the phrase of the token before it
	lower      bool  // starts with a lower-case letter
}

type scratch struct {
	toks []token
	buf  []byte
}

var scratchPool = sync.Pool{New: func() any { return &scratch{} }}

// tokenize splits text into words and folds each into buf, one space apart,
// so that the key of words i..j is buf[toks[i].fs:toks[j].fe].
func tokenize(text string, s *scratch) {
	s.toks, s.buf = s.toks[:0], s.buf[:0]
	i := 0
	prevEnd := -1
	for i < len(text) {
		c := text[i]
		var r rune
		w := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, w = utf8.DecodeRuneInString(text[i:])
		}
		if !isWordRune(r) {
			i += w
			continue
		}
		t := token{start: int32(i)}
		if len(s.buf) > 0 {
			s.buf = append(s.buf, ' ')
		}
		t.fs = int32(len(s.buf))
		letters, uppers := 0, 0
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf {
				switch {
				case 'a' <= c && c <= 'z':
					letters++
					if letters == 1 {
						t.lower = true
					}
				case 'A' <= c && c <= 'Z':
					letters++
					uppers++
					if letters == 1 {
						t.upper = true
					}
					c += 'a' - 'A'
				case '0' <= c && c <= '9':
				default:
					goto done
				}
				s.buf = append(s.buf, c)
				i++
				continue
			}
			r, w := utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) {
				break
			}
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					uppers++
					if letters == 1 {
						t.upper = true
					}
				} else if letters == 1 {
					t.lower = true
				}
			}
			if !unicode.IsMark(r) {
				s.buf = append(s.buf, foldRune(r)...)
			}
			i += w
		}
	done:
		t.end = int32(i)
		t.fe = int32(len(s.buf))
		t.caps = letters >= 2 && uppers == letters
		if prevEnd >= 0 {
			t.joins = joinable(text[prevEnd:t.start], s.toks[len(s.toks)-1], text)
		}
		prevEnd = i
		s.toks = append(s.toks, t)
	}
}

// joinable reports whether the characters between two words may separate
// the words of one place name: a space, a hyphen, an apostrophe, or the
// period of an abbreviation ("St. Petersburg", "U.S.").
func joinable(gap string, prev token, text string) bool {
	if len(gap) == 0 || len(gap) > 3 {
		return false
	}
	period := false
	for _, r := range gap {
		switch r {
		case ' ', '-', '\'', '’', '\u00a0', '‐', '–':
		case '.':
			period = true
		default:
			return false
		}
	}
	if period {
		return prev.end-prev.start <= 3
	}
	return true
}

// locatives are the words after which a capitalised ambiguous name is taken
// for a place: "in Nice", "outside Mobile".
var locatives = map[string]bool{
	"in": true, "near": true, "outside": true, "at": true, "from": true, "to": true, "into": true,
	"toward": true, "towards": true, "around": true, "across": true, "via": true, "of": true,
	"inside": true, "through": true, "throughout": true, "within": true, "between": true,
	"nearby": true, "off": true, "downtown": true,
}

// townNouns after a small town's name suggest a place too ("Marksville
// shooting", "a Quapaw man"); a town needs its region named elsewhere.
var townNouns = map[string]bool{
	"shooting": true, "shootings": true, "attack": true, "bombing": true, "man": true, "woman": true,
	"teen": true, "teenager": true, "boy": true, "girl": true, "resident": true, "residents": true,
	"native": true, "home": true, "officer": true, "officers": true, "community": true, "school": true,
	"church": true, "mosque": true, "market": true,
}

// placeNouns before "of" make the next name a place: "the town of Larose".
var placeNouns = map[string]bool{
	"city": true, "town": true, "village": true, "county": true, "suburb": true, "suburbs": true,
	"outskirts": true, "resident": true, "residents": true, "native": true, "mayor": true,
	"people": true, "township": true, "community": true, "district": true, "province": true,
	"region": true, "state": true, "capital": true, "north": true, "south": true, "east": true, "west": true,
}

// titles before a name make it a person's: "Gov. Warren", "Prince George".
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "sgt": true, "lt": true, "col": true,
	"capt": true, "gov": true, "sen": true, "rep": true, "rev": true, "prof": true, "president": true,
	"minister": true, "secretary": true, "general": true, "officer": true, "detective": true,
	"sheriff": true, "judge": true, "chief": true, "commander": true, "pastor": true, "imam": true,
	"sheikh": true, "king": true, "queen": true, "prince": true, "princess": true, "pope": true,
	"deputy": true, "sergeant": true, "lieutenant": true, "captain": true, "governor": true,
	"senator": true, "mayor": true, "spokesman": true, "spokeswoman": true, "coach": true, "father": true,
	"brother": true, "sister": true, "uncle": true, "aunt": true, "cousin": true, "son": true, "daughter": true,
}

// cityNouns may follow a city's name without making it a person's:
// "Austin police", "Jackson Airport".
var cityNouns = map[string]bool{
	"police": true, "airport": true, "city": true, "county": true, "mayor": true, "council": true,
	"station": true, "district": true, "court": true, "hospital": true, "university": true,
	"area": true, "region": true, "province": true, "state": true, "metro": true, "suburb": true,
}

// Find returns the places named in text, in order: countries and their
// aliases, demonyms, regions and cities.
//
// It reads only capitalised words and takes the longest name at each place
// ("New York City" over "York", "Papua New Guinea" over "Guinea", "Borno
// state" and "Moscow region" as regions). Names that are also common words
// or personal names ("May", "Reading", "Nice", "Austin", "Chad") are kept
// for when the context shows a place: "in", "near", "outside"... before
// them, "police" after them, or a qualifier after them ("Victoria, British
// Columbia"); see data/ambiguous.tsv. A city is the most populous of its
// name unless a qualifier ("Moscow, Idaho") or the rest of the text (a
// country named elsewhere) says otherwise. Places under 15,000 people are
// found with a qualifier ("Paragould, AR", "Uvalde, Texas"), or after "in"
// and the like when the text names their region elsewhere ("in Larose" in
// a story that mentions Louisiana). Region abbreviations ("AR", "Ill.")
// are read only after "City, ".
//
// It runs in time linear in the length of the text and is safe for
// concurrent use.
func Find(text string) []Mention { return FindNear(text, nil) }

// FindNear is Find for a text published in or near home (see Home): the
// home's country and region weigh as evidence when a name fits places in
// several, so that "Hamilton" in the Cincinnati paper is the Ohio town.
func FindNear(text string, home *City) []Mention {
	return FindAt(text, Site{Home: home, Region: RegionOf(home)})
}

// Site is what a text's address tells of where it was published.
type Site struct {
	Home    *City    // the site's city (see Home), or nil
	Region  *Region  // the home's region, or the site's region when its city is not known; or nil
	Country *Country // the country its path files the story under (see PathCountry), or nil
}

// region returns the site's region: Region, or else the home's.
func (s Site) region() *Region {
	if s.Region != nil {
		return s.Region
	}
	return RegionOf(s.Home)
}

// FindAt is Find for a text published at site: the home's country and
// region, and the path's country, weigh as evidence when a name fits
// places in several ("Hyderabad" filed under "/pakistan/" is the
// Pakistani city).
func FindAt(text string, site Site) []Mention {
	f := getFinder()
	s := scratchPool.Get().(*scratch)
	defer scratchPool.Put(s)
	tokenize(text, s)
	toks, buf := s.toks, s.buf
	persons := f.personWords(text, toks, buf)
	var out []Mention
	var alts map[int][]*cand // the mentions the context did not settle
	var small []pending
	for i := 0; i < len(toks); {
		if !toks[i].upper {
			i++
			continue
		}
		var prev *Mention // the last mention, if only ", " separates it from this word
		if len(out) > 0 && commaGap(text[out[len(out)-1].End:toks[i].start]) {
			prev = &out[len(out)-1]
		}
		end, e := f.longest(toks, buf, i)
		// A place named with its region or country: "Paragould, AR",
		// "Uvalde, Texas", "Williston, Florida".
		qm, qlast, qok := f.qualified(text, toks, buf, i)
		if e != nil {
			// "Williston, Florida": a town too small to be found alone,
			// named with its state, over the bigger Williston the name
			// alone would give.
			if qok && qlast == end && !e.has(qm.City) {
				out = append(out, qm)
				i = qlast + 1
				continue
			}
			m, last, ok, blocked, a := f.choose(text, toks, buf, i, end, e, prev, persons)
			if ok {
				if a != nil {
					if alts == nil {
						alts = map[int][]*cand{}
					}
					alts[len(out)] = a
				}
				out = append(out, m)
				i = last + 1
				continue
			}
			if blocked {
				i = last + 1
				continue
			}
		}
		// A place too small (or too ambiguous) to be found alone, named
		// with its region or country.
		if qok {
			out = append(out, qm)
			i = qlast + 1
			continue
		}
		// A small town in a place-like position ("in Larose", "Marksville
		// police"), kept for when the rest of the text names its region.
		if e == nil {
			if p, ok := f.smallTown(text, toks, buf, i); ok {
				small = append(small, p)
				i = p.last + 1
				continue
			}
		}
		if e != nil {
			i = end + 1
		} else {
			i++
		}
	}
	home := site.region()
	if alts != nil || small != nil {
		// A tip line's area code: "(513) 868-5811" is Ohio's.
		phones := PhoneRegions(text)
		cc := readCounties(text)
		if alts != nil {
			settle(out, alts, text, site, phones, cc)
		}
		if small != nil {
			out = f.placeSmallTowns(out, small, text, home, phones, cc)
		}
	}
	if home != nil {
		f.localNamesakes(out, text, home)
	}
	return out
}

// pending is a possible small town, waiting for the rest of the text.
type pending struct {
	start, end, last int
	cities           []*City
}

// smallTown reads a name of up to three words at token i that the
// gazetteer knows only as places too small to be found alone, in a
// position that suggests a place: after "in", "near", "outside"... or
// before "police", "mayor"...
func (f *finder) smallTown(text string, toks []token, buf []byte, i int) (pending, bool) {
	loc := false
	if i > 0 && spaceOnly(text[toks[i-1].end:toks[i].start]) {
		w := string(buf[toks[i-1].fs:toks[i-1].fe])
		loc = locatives[w]
		if w == "of" {
			// "Neely Gardner of Galliano", "Madrey, of Wyandanch", "the
			// town of Larose"; not "friends of Gonzales".
			loc = i > 1 && (toks[i-2].upper || strings.Contains(text[toks[i-2].end:toks[i-1].start], ",") ||
				placeNouns[string(buf[toks[i-2].fs:toks[i-2].fe])])
		}
	}
	if !loc && sentenceInitial(text, int(toks[i].start)) {
		return pending{}, false
	}
	for j := min(i+2, len(toks)-1); j >= i; j-- {
		ok := true
		for k := i + 1; k <= j && ok; k++ {
			ok = toks[k].joins && (toks[k].upper || connector(buf[toks[k].fs:toks[k].fe]))
		}
		if !ok || !toks[j].upper {
			continue
		}
		next := j+1 < len(toks) && spaceOnly(text[toks[j].end:toks[j+1].start])
		nextNoun := next && (cityNouns[string(buf[toks[j+1].fs:toks[j+1].fe])] || townNouns[string(buf[toks[j+1].fs:toks[j+1].fe])])
		if next && toks[j+1].upper && (!nextNoun || countyWord(text, toks[j+1], buf)) {
			continue // part of a longer name: "Wesley Street", "Oglethorpe County"
		}
		if !loc && !nextNoun {
			continue
		}
		key := string(buf[toks[i].fs:toks[j].fe])
		if f.amb[key] != ambNone || len(key) <= 3 {
			continue
		}
		if list := f.db.cityList(key); len(list) > 0 {
			return pending{start: int(toks[i].start), end: int(toks[j].end), last: j, cities: list}, true
		}
	}
	return pending{}, false
}

// placeSmallTowns keeps the small towns whose region the text names (or,
// outside the United States, whose country it names twice, when the town's
// name is unique there), and merges them into the mentions in text order.
// A region is named by a place in it, by a county of one state only
// ("Pointe Coupee Parish" places New Roads), by the area code of a
// telephone number, or by the site's region.
func (f *finder) placeSmallTowns(out []Mention, small []pending, text string, home *Region, phones []*Region, cc countyClues) []Mention {
	regions := map[*Region]bool{}
	countries := map[*Country]int{}
	for _, m := range out {
		if m.Region != nil {
			regions[m.Region] = true
		}
		countries[m.Country]++
	}
	for _, r := range phones {
		regions[r] = true
	}
	if home != nil {
		regions[home] = true
	}
	for _, r := range cc.states {
		regions[r] = true
	}
	var add []Mention
	for _, p := range small {
		var pick *City
		for _, c := range p.cities {
			if regions[f.db.regionCode[regionKey{c.Country, c.Region}]] {
				pick = c
				break
			}
		}
		if pick == nil {
			n := 0
			var only *City
			for _, c := range p.cities {
				if co := f.db.byCode[c.Country]; co != nil && countries[co] >= 2 && c.Country != "US" {
					n++
					only = c
				}
			}
			if n == 1 {
				pick = only
			}
		}
		if pick == nil {
			continue
		}
		add = append(add, Mention{Start: p.start, End: p.end, Text: text[p.start:p.end], Kind: KindCity,
			Country: f.db.byCode[pick.Country], Region: f.db.regionCode[regionKey{pick.Country, pick.Region}], City: pick})
	}
	if len(add) == 0 {
		return out
	}
	merged := make([]Mention, 0, len(out)+len(add))
	a, b := 0, 0
	for a < len(out) || b < len(add) {
		if b == len(add) || a < len(out) && out[a].Start < add[b].Start {
			merged = append(merged, out[a])
			a++
		} else {
			merged = append(merged, add[b])
			b++
		}
	}
	return merged
}

// countyClues is what the counties a text names tell of its states,
// read once per text (readCounties).
type countyClues struct {
	// states holds the state of each county whose name only one state
	// has: "Pointe Coupee Parish" is Louisiana's.
	states []*Region
	// towns holds, for each county named in several states ("Greenwood
	// County": South Carolina, Kansas), its name without the head word
	// ("greenwood", folded) and its states: a town of that name is most
	// likely the one in such a state, often the county's seat.
	towns map[string][]*Region
	// worded is true when the text writes "county" or "parish" in full;
	// settleRegions reads the counties only then, not for "Co." alone.
	worded bool
}

// readCounties reads the countyClues of text.
func readCounties(text string) countyClues {
	worded := indexFold(text, "county") >= 0 || indexFold(text, "parish") >= 0
	if !worded && !strings.Contains(text, "Co.") {
		return countyClues{}
	}
	cc := countyClues{worded: worded}
	for _, m := range FindCounties(text) {
		if len(m.Counties) == 1 {
			cc.states = append(cc.states, m.Counties[0].Region)
			continue
		}
		name := m.Counties[0].Name
		if i := strings.LastIndexByte(name, ' '); i > 0 {
			name = name[:i]
		}
		if cc.towns == nil {
			cc.towns = map[string][]*Region{}
		}
		k := Fold(name)
		for _, c := range m.Counties {
			cc.towns[k] = append(cc.towns[k], c.Region)
		}
	}
	return cc
}

// settle rereads the mentions whose name fits places in several countries
// in the light of the whole text: a reading in a country the text names
// more often elsewhere wins, unless that place is twenty times smaller
// ("Beni" after "Congolese troops" is in Congo, not Bolivia; "Paris"
// stays in France in an article that mentions Texas). A mention that fits
// one country only counts twice as much as one that fits several.
func settle(out []Mention, alts map[int][]*cand, text string, site Site, phones []*Region, cc countyClues) {
	evidence := map[*Country]int{}
	if r := site.region(); r != nil {
		evidence[get().byCode[r.Country]] += homeWeight
	} else if site.Home != nil {
		evidence[CountryOf(site.Home)] += homeWeight
	}
	if site.Country != nil {
		evidence[site.Country] += pathWeight
	}
	for _, r := range phones {
		if c, ok := CountryByCode(r.Country); ok {
			evidence[c] += phoneWeight
		}
	}
	seen := map[string]bool{} // an ambiguous name counts once, however often repeated
	for k := range out {
		if a, ok := alts[k]; ok && severalCountries(a) {
			if n := Fold(out[k].Text); !seen[n] {
				seen[n] = true
				evidence[out[k].Country]++
			}
		} else {
			evidence[out[k].Country] += 2
		}
	}
	for k, fit := range alts {
		cur := &out[k]
		curEv := evidence[cur.Country] - 1 // not counting itself
		var curSize int
		for _, c := range fit {
			if c.kind == cur.Kind && c.country == cur.Country && c.city == cur.City && c.region == cur.Region {
				curSize = c.size()
			}
		}
		var best *cand
		for _, c := range fit {
			if c.country == cur.Country || evidence[c.country] <= curEv || c.size()*20 < curSize {
				continue
			}
			if best == nil || evidence[c.country] > evidence[best.country] ||
				evidence[c.country] == evidence[best.country] && c.size() > best.size() {
				best = c
			}
		}
		if best != nil {
			m := Mention{Start: cur.Start, End: cur.End, Text: cur.Text}
			m.End = m.Start + len(strings.TrimSuffix(m.Text, "."))
			m.Text = text[m.Start:m.End]
			*cur = fill(m, best, fit, text)
		}
	}
	settleRegions(out, alts, text, site.region(), phones, cc)
}

// localNamesakes rereads the towns that nothing but their own name places
// outside the site's region, when the site's region has a town of that
// name no more than twenty times smaller: on a Gainesville station's site,
// "Williston" is the Florida town of 2,700, not the North Dakota city of
// 27,000 that alone is big enough to be found by its name. A town the
// text qualifies ("Williston, N.D."), or whose region the text names some
// other way, stays where it is.
func (f *finder) localNamesakes(out []Mention, text string, home *Region) {
	named := map[*Region]int{} // mentions that place each region
	same := map[*City]int{}    // mentions of each town
	for _, m := range out {
		if m.Region != nil {
			named[m.Region]++
		}
		if m.Kind == KindCity {
			same[m.City]++
		}
	}
	for k := range out {
		cur := &out[k]
		if cur.Kind != KindCity || cur.City == nil || cur.Region == nil || cur.Region == home || cur.Country.Code != home.Country {
			continue
		}
		// Placed by some other name than the town's own.
		if named[cur.Region] > same[cur.City] || strings.HasPrefix(text[cur.End:], ",") {
			continue
		}
		for _, c := range f.db.cityList(Fold(cur.City.Name)) {
			if c.Country == home.Country && c.Region == home.Code && c.Feature != "PPLX" && c.Population*20 >= cur.City.Population {
				cur.City, cur.Region = c, home
				break
			}
		}
	}
}

// homeWeight is what the home of a text weighs in settle: as much as one
// unambiguous mention and a half.
const homeWeight = 3

// pathWeight is what the country of a site's section ("/pakistan/")
// weighs in settle: as much as an unambiguous mention, for a site files
// foreign news under its home country's section too.
const pathWeight = 2

// phoneWeight is what the area code of a telephone number in the text
// weighs in settle: as much as an unambiguous mention.
const phoneWeight = 2

// severalCountries reports whether the readings of a name lie in more
// than one country.
func severalCountries(fit []*cand) bool {
	for _, c := range fit[1:] {
		if c.country != fit[0].country {
			return true
		}
	}
	return false
}

// settleRegions does for the regions of one country what settle does for
// countries: a city named in several regions of its country is read in the
// region the rest of the text names more often ("Williamsburg" in a story
// that names Brooklyn is the neighbourhood, not the Virginia town), unless
// that place is twenty times smaller.
func settleRegions(out []Mention, alts map[int][]*cand, text string, home *Region, phones []*Region, cc countyClues) {
	evidence := map[*Region]int{}
	if home != nil {
		evidence[home] += homeWeight
	}
	for _, r := range phones {
		evidence[r] += phoneWeight
	}
	seen := map[string]bool{} // an ambiguous name counts once, however often repeated
	for k := range out {
		if r := out[k].Region; r != nil {
			if _, ok := alts[k]; ok {
				if n := Fold(out[k].Text); !seen[n] {
					seen[n] = true
					evidence[r]++
				}
			} else {
				evidence[r] += 2
			}
		}
	}
	// Counties count too: "Franklin" in a story of St. Mary Parish is the
	// Louisiana town.
	var towns map[string][]*Region
	if cc.worded {
		for _, r := range cc.states {
			evidence[r] += 2
		}
		towns = cc.towns
	}
	for k, fit := range alts {
		cur := &out[k]
		if cur.Kind != KindCity || cur.Region == nil {
			continue
		}
		county := towns[Fold(cur.City.Name)] // the states of a county of the town's name
		curEv := evidence[cur.Region] - 1
		if slices.Contains(county, cur.Region) {
			curEv++
		}
		curSize := 0
		var best *cand
		bestEv := curEv
		for _, c := range fit {
			if c.city == cur.City {
				curSize = c.size()
			}
		}
		for _, c := range fit {
			if c.kind != KindCity || c.city == nil || c.country != cur.Country || c.city == cur.City || c.size()*20 < curSize {
				continue
			}
			r := RegionOf(c.city)
			if r == nil || r == cur.Region {
				continue
			}
			ev := evidence[r]
			if slices.Contains(county, r) {
				ev++ // "Greenwood" in a story of "Greenwood County"
			}
			if ev > bestEv || best != nil && ev == bestEv && c.size() > best.size() {
				best, bestEv = c, ev
			}
		}
		if best != nil {
			m := Mention{Start: cur.Start, End: cur.End, Text: cur.Text}
			*cur = fill(m, best, fit, text)
		}
	}
}

// qualified finds a city of up to four words starting at token i that is
// followed by a comma and a region or country it lies in.
func (f *finder) qualified(text string, toks []token, buf []byte, i int) (Mention, int, bool) {
	for j := i; j < len(toks) && j < i+4; j++ {
		if j > i && (!toks[j].joins || toks[j].lower && !connector(buf[toks[j].fs:toks[j].fe])) {
			break
		}
		if int(toks[j].end) >= len(text) || text[toks[j].end] != ',' || !toks[j].upper {
			continue
		}
		q := f.qualifierAfter(text, toks, buf, j)
		if q == nil {
			return Mention{}, 0, false
		}
		key := string(buf[toks[i].fs:toks[j].fe])
		// "Greenacres, Fla.": GeoNames calls some towns by their
		// charter's name, "Greenacres City"; with its state named, the
		// short name is safe to read so.
		for _, k := range [...]string{key, key + " city"} {
			for _, c := range f.db.cityList(k) {
				if q.fitsCity(c) {
					m := Mention{Start: int(toks[i].start), End: int(toks[j].end), Kind: KindCity,
						Country: f.db.byCode[c.Country], Region: f.db.regionCode[regionKey{c.Country, c.Region}], City: c}
					m.Text = text[m.Start:m.End]
					return m, j, true
				}
			}
		}
		return Mention{}, 0, false
	}
	return Mention{}, 0, false
}

// connector reports whether a lower-case word may stand inside a place's
// name: "Dar es Salaam", "Rio de Janeiro", "Stratford-upon-Avon".
func connector(w []byte) bool {
	switch string(w) {
	case "de", "del", "da", "do", "dos", "das", "la", "le", "les", "el", "al", "es", "en", "of",
		"the", "upon", "on", "am", "an", "der", "di", "du", "des", "y", "i", "e", "sur", "ul", "ur", "bin", "ibn":
		return true
	}
	return false
}

// longest returns the last token and the entry of the longest phrase
// starting at token i whose case fits, or nil.
func (f *finder) longest(toks []token, buf []byte, i int) (int, *entry) {
	best, bestE := -1, (*entry)(nil)
	for j := i; j < len(toks) && j-i < f.maxTokens; j++ {
		if j > i && !toks[j].joins {
			break
		}
		e := f.index[string(buf[toks[i].fs:toks[j].fe])]
		if e == nil {
			break
		}
		for k := range e.cands {
			if caseFits(&e.cands[k], toks[i:j+1]) {
				best, bestE = j, e
				break
			}
		}
		if !e.prefix {
			break
		}
	}
	return best, bestE
}

func caseFits(c *cand, toks []token) bool {
	for n := range toks {
		if n >= 32 {
			break
		}
		if c.upper&(1<<n) != 0 && !toks[n].upper {
			return false
		}
		if c.caps&(1<<n) != 0 && !toks[n].caps {
			return false
		}
	}
	return true
}

// commaGap reports whether a gap is a comma and spaces: "Dallas, Texas".
func commaGap(gap string) bool {
	if len(gap) > 6 {
		return false
	}
	gap = strings.TrimLeft(gap, " ")
	if !strings.HasPrefix(gap, ",") {
		return false
	}
	return strings.Trim(gap[1:], " \u00a0") == "" && len(gap) <= 4
}

// qualifier is what follows a name after a comma: a region or a country.
type qualifier struct {
	regions   []*Region
	countries []*Country
}

// fitsCity reports whether a city lies in the qualifying region or country.
func (q *qualifier) fitsCity(c *City) bool {
	for _, r := range q.regions {
		if c.Country == r.Country && c.Region == r.Code {
			return true
		}
	}
	for _, co := range q.countries {
		if c.Country == co.Code {
			return true
		}
	}
	return false
}

func (q *qualifier) fits(c *cand) bool {
	if q == nil {
		return false
	}
	for _, r := range q.regions {
		if c.city != nil && c.city.Country == r.Country && c.city.Region == r.Code {
			return true
		}
		if c.city == nil && c.region == nil && c.country != nil && c.country.Code == r.Country {
			return true
		}
	}
	for _, co := range q.countries {
		if c.country == co {
			return true
		}
	}
	return false
}

// qualifierAfter reads ", Texas" or ", Iran" after token end.
func (f *finder) qualifierAfter(text string, toks []token, buf []byte, end int) *qualifier {
	n := end + 1
	if n >= len(toks) || !toks[n].upper || !commaGap(text[toks[end].end:toks[n].start]) {
		return nil
	}
	_, e := f.longest(toks, buf, n)
	if e == nil {
		return nil
	}
	q := &qualifier{}
	for i := range e.cands {
		c := &e.cands[i]
		switch {
		case c.kind == KindRegion:
			q.regions = append(q.regions, c.region)
		case c.kind == KindCountry:
			q.countries = append(q.countries, c.country)
		}
	}
	if len(q.regions) == 0 && len(q.countries) == 0 {
		return nil
	}
	return q
}

// choose picks the reading of the phrase of tokens i..end (entry e) that
// the context supports. It returns the mention and its last token, or
// ok false; blocked says the phrase names no place and is to be skipped.
//
// When the name fits places in several countries and nothing near it
// decides, alts holds the readings, for Find to settle with the rest of
// the text.
func (f *finder) choose(text string, toks []token, buf []byte, i, end int, e *entry, prev *Mention, persons map[string]bool) (m Mention, last int, ok, blocked bool, alts []*cand) {
	span := toks[i : end+1]
	for k := range e.cands {
		if e.cands[k].kind == 0 && caseFits(&e.cands[k], span) {
			return Mention{}, end, false, true, nil // a phrase that is no place
		}
	}
	m = Mention{Start: int(toks[i].start), End: int(toks[end].end)}

	// "Kabul province", "Moscow region", "Lagos State": a designator after
	// the name makes it the region, whatever else the name may be.
	if n := end + 1; n < len(toks) && toks[n].joins && designators[string(buf[toks[n].fs:toks[n].fe])] &&
		!(n+1 < len(toks) && toks[n+1].upper && toks[n+1].joins) {
		var best *cand
		for k := range e.cands {
			c := &e.cands[k]
			if c.kind != KindRegion || c.abbrev || !caseFits(c, span) {
				continue
			}
			if best == nil || c.strength > best.strength || c.strength == best.strength && c.region.Population > best.region.Population {
				best = c
			}
		}
		if best != nil {
			m.End = int(toks[n].end)
			m.Text = text[m.Start:m.End]
			m.Kind, m.Country, m.Region = KindRegion, best.country, best.region
			return m, n, true, false, nil
		}
	}

	// "Allen County", "Lynn Co.", "Acadia Parish" with no region of that
	// name: a US county (FindCounties reads it), not the town it shares
	// a name with, which may lie in another state altogether.
	if n := end + 1; n < len(toks) && toks[n].joins && countyWord(text, toks[n], buf) {
		return Mention{}, n, false, true, nil
	}
	// "Bedford-Stuyvesant": the first half of a compound name the
	// gazetteer does not know, unless the second half is a place too
	// ("Dallas-Fort Worth").
	if n := end + 1; n < len(toks) && toks[n].upper && text[toks[end].end:toks[n].start] == "-" {
		if _, e2 := f.longest(toks, buf, n); e2 == nil && !bigCity(e.cands) {
			return Mention{}, n, false, true, nil
		}
	}
	// "St. Mary's Hospital", "St. John's Church": a venue named for a
	// saint or a person, not the place of that name.
	if possessiveVenue(text, int(toks[end].end)) {
		return Mention{}, end, false, true, nil
	}
	// "Deutz Avenue", "Maryland Drive": a street named for a place, most
	// often a place far away. A big city's name on a street is taken for
	// the city: "Las Vegas Boulevard" runs through Las Vegas.
	if n := end + 1; n < len(toks) && toks[n].upper && spaceOnly(text[toks[end].end:toks[n].start]) &&
		streetWords[string(buf[toks[n].fs:toks[n].fe])] && !bigCity(e.cands) {
		return Mention{}, n, false, true, nil
	}

	// "a black Honda Accord", "a 2004 Pontiac": a car, not a town.
	if vehicle(text, toks, buf, i, end) {
		return Mention{}, end, false, true, nil
	}

	key := string(buf[toks[i].fs:toks[end].fe])
	class := f.amb[key]
	q := f.qualifierAfter(text, toks, buf, end)

	// Evidence about the words around the name.
	loc := false
	if i > 0 && toks[i-1].lower && spaceOnly(text[toks[i-1].end:toks[i].start]) {
		loc = locatives[string(buf[toks[i-1].fs:toks[i-1].fe])]
	}
	initial := sentenceInitial(text, int(toks[i].start))
	beside := false // next to another capitalised word, as in a person's name
	if i > 0 && toks[i-1].upper && spaceOnly(text[toks[i-1].end:toks[i].start]) && !sentenceInitial(text, int(toks[i-1].start)) {
		beside = true
	}
	nextNoun := false  // "Jackson police", "Anderson County"
	nextUpper := false // "University Hospital"
	if n := end + 1; n < len(toks) && spaceOnly(text[toks[end].end:toks[n].start]) {
		nextNoun = cityNouns[string(buf[toks[n].fs:toks[n].fe])]
		nextUpper = toks[n].upper
		beside = beside || toks[n].upper && !nextNoun
	}

	// After a title a single word is a person's name: "Gov. Warren".
	titled := false
	if i > 0 && end == i {
		g := text[toks[i-1].end:toks[i].start]
		titled = (spaceOnly(g) || g == ". ") && titles[string(buf[toks[i-1].fs:toks[i-1].fe])]
	}

	// A word the text uses in a person's name ("Charlotte Zaremba, 16")
	// wants a place's context wherever it stands.
	person := end == i && persons[key] && !loc && !nextNoun

	var fit []*cand
	for k := range e.cands {
		c := &e.cands[k]
		if !caseFits(c, span) {
			continue
		}
		qual := q.fits(c)
		if person && !qual {
			continue
		}
		if c.abbrev && (prev == nil || prev.Kind != KindCity || prev.Country != c.country) {
			continue
		}
		cl := class
		if end == i && (c.kind == KindCity || c.kind == KindRegion) {
			if titled && !qual {
				continue
			}
			// Short names ("Bo", "Gao", "Mon") and small regions ("Michael"
			// on the Isle of Man) want some context.
			if len(key) <= 3 && c.size() < 500000 || c.kind == KindRegion && c.region.Population < 20000 {
				cl = max(cl, ambContext)
			}
		}
		switch cl {
		case ambWord:
			if !qual && (c.kind == KindCity && (c.city.Population < 100000 || initial) || c.kind != KindCity && !loc) {
				continue
			}
		case ambContext:
			if !qual && (!loc || beside || nextUpper) {
				continue
			}
		case ambGiven:
			if !qual && beside && (!loc || nextUpper && !nextNoun) { // "to Jackson Memorial Hospital"
				continue
			}
		case ambSurname:
			if !qual && !loc && !nextNoun {
				continue
			}
		case ambStop:
			if !qual {
				continue
			}
		}
		fit = append(fit, c)
	}
	if len(fit) == 0 {
		return Mention{}, end, false, false, nil
	}
	decided := true // by the context; false: by the sizes of the places
	set := func(c *cand) (Mention, int, bool, bool, []*cand) {
		m = fill(m, c, fit, text)
		if !decided {
			for _, o := range fit {
				if o.country != c.country || c.kind == KindCity && o.kind == KindCity && o.city.Region != c.city.Region {
					return m, end, true, false, fit
				}
			}
		}
		return m, end, true, false, nil
	}

	// After "City, ": the region or country that qualifies it.
	if prev != nil && prev.Kind == KindCity {
		for _, c := range fit {
			if c.kind == KindRegion && c.region == prev.Region {
				return set(c)
			}
		}
		for _, c := range fit {
			if c.kind == KindCountry && c.country == prev.Country {
				return set(c)
			}
		}
		for _, c := range fit {
			if c.kind == KindRegion && c.country == prev.Country {
				return set(c)
			}
		}
	}
	// A qualifier picks among the cities: "Moscow, Idaho".
	if q != nil {
		for _, c := range fit {
			if c.kind == KindCity && q.fits(c) {
				return set(c)
			}
		}
	}
	// A country's own name, or a demonym; an alias that is also the name
	// of one of its regions is the region ("Gaza", "West Bank").
	decided = false
	for _, c := range fit {
		if c.kind != KindCountry {
			continue
		}
		if key != Fold(c.country.Name) && (len(c.country.Names) == 0 || key != Fold(c.country.Names[0])) {
			for _, r := range fit {
				if r.kind == KindRegion && r.country == c.country {
					return set(r)
				}
			}
		}
		return set(c)
	}
	for _, c := range fit {
		if c.kind == KindDemonym {
			return set(c)
		}
	}
	// Cities and regions: a city wins over a region of its own country
	// ("Kerman", "Moscow", "Lagos"), else the more populous.
	var city, region *cand
	for _, c := range fit {
		if c.kind == KindCity && city == nil {
			city = c
		}
		if c.kind == KindRegion && (region == nil || c.strength < region.strength) {
			region = c
		}
	}
	if city != nil && region != nil {
		for _, c := range fit {
			if c.kind == KindCity && c.country == region.country {
				return set(c)
			}
		}
		if region.region.Population > city.city.Population {
			return set(region)
		}
		return set(city)
	}
	if city != nil {
		return set(city)
	}
	return set(region)
}

// fill sets a mention's reading from a candidate: its kind and places,
// and for a country or region its capital when that has the same name
// ("Singapore", "Gaza"). A name written with a final period ("U.S.", "Ark.") keeps it.
func fill(m Mention, c *cand, fit []*cand, text string) Mention {
	m.Kind, m.Country, m.Region, m.City = c.kind, c.country, c.region, c.city
	if m.Kind != KindCity && m.Kind != KindDemonym {
		for _, o := range fit {
			if o.kind == KindCity && o.city.Capital() && o.country == c.country && (c.region == nil || o.region == c.region) {
				m.City = o.city
				break
			}
		}
	}
	if c.dot && m.End < len(text) && text[m.End] == '.' && !strings.HasSuffix(m.Text, ".") {
		m.End++
	}
	m.Text = text[m.Start:m.End]
	return m
}

// size is how big a reading's place is, to weigh one against another.
func (c *cand) size() int {
	switch {
	case c.city != nil && c.city.Feature == "PPLX":
		// A neighbourhood ("Williamsburg", Brooklyn) weighs a quarter of
		// its people against towns of its name: named bare, a name is
		// more often the town's.
		return c.city.Population / 4
	case c.city != nil:
		return c.city.Population
	case c.region != nil:
		return c.region.Population
	case c.country != nil:
		return c.country.Population
	}
	return 0
}

func spaceOnly(gap string) bool {
	if gap == "" {
		return false
	}
	for _, r := range gap {
		if r != ' ' && r != '\u00a0' {
			return false
		}
	}
	return true
}

// sentenceInitial reports whether the word at byte i starts a sentence, a
// line or a quotation.
func sentenceInitial(text string, i int) bool {
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(text[:i])
		switch r {
		case ' ', '\t', '\u00a0', '"', '“', '‘', '\'', '(', '[', '«':
			i -= w
			continue
		case '.', '!', '?', '\n', '\r', ':', ';', '—', '–', '•', '|', '»':
			return true
		}
		return false
	}
	return true
}

// bigCity reports whether a name's readings are cities only, one of them
// of bigCityPopulation or more: a street or a compound named for such a
// city is most often in or around it ("Las Vegas Blvd.", "Miami-Dade").
func bigCity(cs []cand) bool {
	big := false
	for k := range cs {
		switch c := &cs[k]; {
		case c.kind != KindCity:
			return false
		case c.city.Population >= bigCityPopulation:
			big = true
		}
	}
	return big
}

// possessiveVenue reports whether text[end:] is "'s" and a venue word:
// "'s Hospital", "’s Church".
func possessiveVenue(text string, end int) bool {
	rest := text[end:]
	switch {
	case strings.HasPrefix(rest, "'s "):
		rest = rest[3:]
	case strings.HasPrefix(rest, "’s "):
		rest = rest[len("’s "):]
	default:
		return false
	}
	w := rest[:min(len(rest), 12)]
	if i := strings.IndexAny(w, " ,.;:)"); i >= 0 {
		w = w[:i]
	}
	return venueWords[w]
}

// venueWords name buildings that people's or saints' names are given to.
var venueWords = map[string]bool{
	"Hospital": true, "Church": true, "School": true, "College": true, "Cathedral": true,
	"University": true, "Academy": true, "Medical": true, "Chapel": true, "Cemetery": true,
	"Hall": true, "Parish": true, "Regional": true, "Health": true,
}

const bigCityPopulation = 300000

// streetWords end the name of a street or road.
var streetWords = map[string]bool{
	"street": true, "avenue": true, "ave": true, "road": true, "rd": true, "boulevard": true, "blvd": true,
	"drive": true, "lane": true, "highway": true, "hwy": true, "parkway": true, "pkwy": true,
	"terrace": true, "trail": true, "pike": true, "expressway": true, "freeway": true, "turnpike": true,
}

// countyWord reports whether token t ends a US county's name: "County",
// "Parish" or the abbreviation "Co.".
func countyWord(text string, t token, buf []byte) bool {
	switch string(buf[t.fs:t.fe]) {
	case "county", "parish":
		return true
	case "co":
		return t.upper && int(t.end) < len(text) && text[t.end] == '.'
	}
	return false
}

// vehicle reports whether the name at tokens i..end is described the way
// a car is: after an article and a colour or a model year ("a black
// Honda", "a 2004 Pontiac", "a silver Lincoln Town Car"), and not
// followed by a word that makes it a place ("a black Houston man").
func vehicle(text string, toks []token, buf []byte, i, end int) bool {
	if carModel(text, toks, buf, i) {
		return true // "a GMC Yukon", "Hyundai Santa Fe"
	}
	k, described := i-1, false
	for ; k >= 0 && k >= i-3; k-- {
		if !spaceOnly(text[toks[k].end:toks[k+1].start]) && text[toks[k].end:toks[k+1].start] != "-" {
			return false
		}
		w := string(buf[toks[k].fs:toks[k].fe])
		if !carWords[w] && !modelYear(w) {
			break
		}
		described = true
	}
	if !described || k < 0 || !spaceOnly(text[toks[k].end:toks[k+1].start]) {
		return false
	}
	switch string(buf[toks[k].fs:toks[k].fe]) {
	case "a", "an", "the", "his", "her", "their", "its", "my", "your", "our":
	default:
		return false
	}
	if n := end + 1; n < len(toks) && spaceOnly(text[toks[end].end:toks[n].start]) {
		w := string(buf[toks[n].fs:toks[n].fe])
		if townNouns[w] || cityNouns[w] || placeNouns[w] {
			return false
		}
	}
	return true
}

// carModel reports whether token k is a car's model, right after its
// make: "GMC Yukon".
func carModel(text string, toks []token, buf []byte, k int) bool {
	return k > 0 && toks[k].upper && toks[k-1].upper && spaceOnly(text[toks[k-1].end:toks[k].start]) &&
		carMakes[string(buf[toks[k-1].fs:toks[k-1].fe])]
}

// carMakes are the makes before a model named like a place: "GMC Yukon",
// "Chevy Tahoe", "Toyota Tacoma", "Hyundai Santa Fe". Makes that name
// places or people too (Lincoln, Dodge, Ford, Mercury) are left out:
// "Lincoln Nebraska", "Dodge City", "Ford Heights".
var carMakes = map[string]bool{
	"gmc": true, "chevy": true, "chevrolet": true, "toyota": true, "honda": true, "nissan": true, "jeep": true,
	"buick": true, "chrysler": true, "kia": true, "hyundai": true, "mazda": true, "subaru": true,
	"volkswagen": true, "vw": true, "lexus": true, "acura": true, "infiniti": true, "mitsubishi": true,
	"volvo": true, "oldsmobile": true, "isuzu": true,
}

// carWords describe a car between its article and its make.
var carWords = map[string]bool{
	"black": true, "white": true, "silver": true, "gray": true, "grey": true, "red": true, "blue": true,
	"green": true, "maroon": true, "tan": true, "gold": true, "beige": true, "burgundy": true,
	"brown": true, "purple": true, "orange": true, "yellow": true, "teal": true, "champagne": true,
	"dark": true, "light": true, "colored": true, "coloured": true, "older": true, "newer": true,
	"model": true, "late": true, "stolen": true, "rented": true, "rental": true,
}

// modelYear reports whether w is a car's model year: "2004", "1998".
func modelYear(w string) bool {
	if len(w) != 4 || !(strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
		return false
	}
	for _, c := range w[2:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
