// Command genoutlets writes internal/gazetteer/data/outlets.tsv, the table
// that tells where a US local news site publishes from (see
// gazetteer.SiteOf), from two files of Leon Yin's Local News Dataset
// (https://github.com/yinleon/LocalNewsDataset, MIT licence, collected in
// August 2018 from stationindex.com, usnpl.com and the station groups'
// own pages), kept here in the columns it reads:
//
//   - stations.tsv, from data/station_index.tsv: every US television
//     station with its call sign, city of licence, state and web site;
//   - outlets.tsv, from data/local_news_dataset_2018_for_domain_analysis.csv:
//     newspapers and stations with their state and web site.
//
// A station gives its call sign and host the city of licence. A newspaper
// gives its host the city of its state whose name starts the host
// ("redding.com", "natchezdemocrat.com"), or else only its state.
// A host that several outlets share across states is left out, and one
// they share within a state keeps only the state. Rows whose state or
// city the gazetteer does not know are counted and reported, not guessed.
//
// Run it from the module root: go run ./tools/genoutlets
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dossier-project/dossier/internal/gazetteer"
)

func main() {
	in := flag.String("in", "tools/genoutlets", "folder with stations.tsv and outlets.tsv")
	out := flag.String("out", "internal/gazetteer/data/outlets.tsv", "file to write")
	flag.Parse()
	stations, err := readTSV(filepath.Join(*in, "stations.tsv"), 4)
	if err != nil {
		log.Fatal(err)
	}
	others, err := readTSV(filepath.Join(*in, "outlets.tsv"), 4)
	if err != nil {
		log.Fatal(err)
	}
	t := build(stations, others, newCityIndex())
	if err := os.WriteFile(*out, []byte(t.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d hosts, %d call signs; %s", len(t.hosts), len(t.calls), t.skipped)
}

// readTSV reads the tab-separated rows of a file, skipping blank lines and
// '#' comments, each padded to n fields.
func readTSV(name string, n int) ([][]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || line[0] == '#' {
			continue
		}
		fields := strings.Split(line, "\t")
		for len(fields) < n {
			fields = append(fields, "")
		}
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		rows = append(rows, fields)
	}
	return rows, sc.Err()
}

// place is where one outlet is: a state, and its city when known.
type place struct {
	state string // US postal code: "TN"
	city  string // GeoNames name in that state, or ""
	// unsure marks a station row whose call sign gave no city: it neither
	// names a city nor holds one back (see agree).
	unsure bool
}

// table is the output: places by host and by call sign, with what was
// left out and why.
type table struct {
	hosts   map[string][]place
	calls   map[string]place
	skipped counts
}

// counts tallies the rows left out, by reason.
type counts map[string]int

func (c counts) String() string {
	var keys []string
	for k := range c {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("skipped:")
	for _, k := range keys {
		fmt.Fprintf(&b, " %s %d,", k, c[k])
	}
	return strings.TrimSuffix(b.String(), ",")
}

// build makes the table from the station rows (call sign, city, state,
// host) and the other rows (name, state, web site, medium).
func build(stations, others [][]string, idx *cityIndex) *table {
	t := &table{hosts: map[string][]place{}, calls: map[string]place{}, skipped: counts{}}
	full := map[string]bool{} // call signs set by a full-power station
	for _, r := range stations {
		call, lowPower := baseCall(r[0])
		st := strings.ToUpper(r[2])
		if call == "" {
			t.skipped["call sign with digits"]++
			continue
		}
		if !idx.state(st) {
			t.skipped["station outside the US states"]++
			continue
		}
		p := place{state: st, city: idx.city(licenceCity(r[1]), st)}
		if p.city == "" {
			t.skipped["station city not found (state kept)"]++
		}
		if _, ok := t.calls[call]; !ok || !lowPower && !full[call] {
			t.calls[call] = p
			full[call] = !lowPower
		}
		if h := host(r[3]); h != "" && !national[h] {
			t.hosts[h] = append(t.hosts[h], p)
		}
	}
	for _, r := range others {
		name, st, site, medium := r[0], strings.ToUpper(r[1]), r[2], r[3]
		h := host(site)
		if national[h] {
			t.skipped["national outlet"]++
			continue
		}
		if h == "" || !idx.state(st) {
			t.skipped["row without a host or a US state"]++
			continue
		}
		switch medium {
		case "TV station":
			call, _ := baseCall(name)
			if p, ok := t.calls[call]; ok && p.state == st {
				t.hosts[h] = append(t.hosts[h], p)
			} else {
				t.hosts[h] = append(t.hosts[h], place{state: st, unsure: true})
			}
		case "Newspapers":
			t.hosts[h] = append(t.hosts[h], place{state: st, city: idx.prefixCity(st, label(h))})
		default:
			t.skipped["magazine or college paper"]++
		}
	}
	return t
}

// national are the outlets the source files under their head office's
// state that report the whole country: their state tells nothing of a
// story's.
var national = map[string]bool{
	"wsj.com": true, "nytimes.com": true, "usatoday.com": true, "washingtonpost.com": true,
	"csmonitor.com": true, "npr.org": true, "pbs.org": true, "cnn.com": true, "foxnews.com": true,
	"nbcnews.com": true, "cbsnews.com": true, "abcnews.go.com": true, "apnews.com": true,
	"time.com": true, "newsweek.com": true, "huffingtonpost.com": true, "politico.com": true,
	"thehill.com": true, "bloomberg.com": true, "reuters.com": true, "univision.com": true,
	"telemundo.com": true, "tbn.org": true, "iontelevision.com": true, "daystar.com": true,
}

// baseCall returns a call sign without its service suffix ("KQSL-LD" ->
// "KQSL"), whether the suffix marks a low-power station, or "" for a
// translator's call sign (with digits: "K13PL").
func baseCall(s string) (string, bool) {
	s = strings.ToUpper(strings.TrimSpace(s))
	base, suffix, _ := strings.Cut(s, "-")
	if len(base) < 3 || len(base) > 4 || base[0] != 'K' && base[0] != 'W' {
		return "", false
	}
	for _, r := range base {
		if r < 'A' || r > 'Z' {
			return "", false
		}
	}
	return base, suffix == "LD" || suffix == "LP" || suffix == "CD" || suffix == "CA"
}

// licenceCity returns the first of the cities a station names ("Salinas/
// Monterey", "Tampa-St. Petersburg", "Dallas & Mesquite").
func licenceCity(s string) string {
	for _, sep := range []string{"/", " & ", "-"} {
		if a, _, ok := strings.Cut(s, sep); ok {
			s = a
		}
	}
	return strings.TrimSpace(s)
}

// host returns the host of a web site ("www.al.com/birmingham" ->
// "al.com"), lower-cased, without "www.", or "" when it is not one.
func host(site string) string {
	site = strings.ToLower(strings.TrimSpace(site))
	site = strings.TrimPrefix(strings.TrimPrefix(site, "http://"), "https://")
	site, _, _ = strings.Cut(site, "/")
	site, _, _ = strings.Cut(site, ":")
	site = strings.TrimPrefix(site, "www.")
	if !strings.Contains(site, ".") || strings.ContainsAny(site, " ,") {
		return ""
	}
	return site
}

// label returns a host's first label without a leading "the".
func label(h string) string {
	l, _, _ := strings.Cut(h, ".")
	return strings.TrimPrefix(strings.ReplaceAll(l, "-", ""), "the")
}

// String renders the table as data/outlets.tsv.
func (t *table) String() string {
	var b strings.Builder
	b.WriteString("# Generated by tools/genoutlets from Leon Yin's Local News Dataset (MIT, 2018). DO NOT EDIT.\n")
	b.WriteString("# kind\tkey\tcountry\tregion\tcity\n")
	var calls []string
	for c := range t.calls {
		calls = append(calls, c)
	}
	sort.Strings(calls)
	for _, c := range calls {
		p := t.calls[c]
		fmt.Fprintf(&b, "call\t%s\tUS\t%s\t%s\n", c, p.state, p.city)
	}
	var hosts []string
	for h := range t.hosts {
		hosts = append(hosts, h)
	}
	sort.Strings(hosts)
	for _, h := range hosts {
		if p, ok := agree(t.hosts[h]); ok {
			fmt.Fprintf(&b, "host\t%s\tUS\t%s\t%s\n", h, p.state, p.city)
		}
	}
	return b.String()
}

// agree returns the place the outlets of one host agree on: their state,
// and their city if every one names the same ("mdjonline.com" carries the
// Marietta Daily Journal and the Alpharetta Neighbor, so only Georgia);
// false when they are in several states (a network's or a chain's shared
// site).
func agree(ps []place) (place, bool) {
	p := place{state: ps[0].state}
	cities := map[string]bool{}
	for _, q := range ps {
		if q.state != p.state {
			return place{}, false
		}
		if !q.unsure {
			cities[q.city] = true
		}
	}
	if len(cities) == 1 {
		for c := range cities {
			p.city = c
		}
	}
	return p, true
}

// cityIndex finds cities of a US state by name and by the start of a word
// run together ("westsacramento").
type cityIndex struct {
	byState map[string]map[string]*gazetteer.City // state -> name without spaces -> most populous city
}

func newCityIndex() *cityIndex {
	idx := &cityIndex{byState: map[string]map[string]*gazetteer.City{}}
	gazetteer.EachCity(func(c *gazetteer.City) {
		if c.Country != "US" || c.Feature == "PPLX" {
			return
		}
		m := idx.byState[c.Region]
		if m == nil {
			m = map[string]*gazetteer.City{}
			idx.byState[c.Region] = m
		}
		for _, name := range append([]string{c.Name}, gazetteer.Aliases(c)...) {
			for _, k := range squashes(name) {
				if o := m[k]; o == nil || o.Population < c.Population {
					m[k] = c
				}
			}
		}
	})
	return idx
}

// squashes returns the ways a site's address runs a city's name
// together: "Saint Augustine" is "saintaugustine" and "staugustine",
// "Fort Worth" "fortworth" and "ftworth".
func squashes(name string) []string {
	k := gazetteer.Squash(name)
	out := []string{k}
	for long, short := range map[string]string{"saint": "st", "fort": "ft", "mount": "mt", "port": "pt"} {
		if rest, ok := strings.CutPrefix(k, long); ok && strings.HasPrefix(gazetteer.Fold(name), long+" ") {
			out = append(out, short+rest)
		}
	}
	return out
}

// state reports whether the gazetteer knows a US state by this code.
func (idx *cityIndex) state(code string) bool {
	_, ok := gazetteer.RegionByCode("US", code)
	return ok && len(code) == 2
}

// city returns the GeoNames name of the city so named in the state, or "".
func (idx *cityIndex) city(name, state string) string {
	if c := idx.byState[state][gazetteer.Squash(name)]; c != nil {
		return c.Name
	}
	r, _ := gazetteer.RegionByCode("US", state)
	if c := gazetteer.CityIn(name, r); c != nil {
		return c.Name
	}
	return ""
}

// minPrefix is the shortest city name read at the start of a host or a
// paper's name: "Ada" would start too many words.
const minPrefix = 4

// prefixCity returns the city of the state whose name, run together, is
// the longest start of a host's label ("redding" -> Redding,
// "westsacramentonews" -> West Sacramento), or "". The paper's name is not
// read: a paper's site is often its parent's ("Bettendorf News" on
// qctimes.com, the Quad-City Times of Davenport).
func (idx *cityIndex) prefixCity(state, label string) string {
	for n := len(label); n >= minPrefix; n-- {
		if c := idx.byState[state][label[:n]]; c != nil {
			return c.Name
		}
	}
	return ""
}
