package gazetteer

import (
	"strings"
	"sync"
)

// outlet is where a news outlet publishes from: its city, or only its
// region when the source names no city the gazetteer can place.
type outlet struct {
	city   *City
	region *Region
}

// outletTable is data/outlets.tsv (see tools/genoutlets): the local news
// sites and television stations of the United States with their city of
// licence or publication, by host name and by call sign.
type outletTable struct {
	hosts map[string]outlet // "wsmv.com", "newyork.cbslocal.com"
	calls map[string]outlet // "WSMV", "WMC"
}

var (
	outletsOnce sync.Once
	outlets     outletTable
)

// getOutlets loads data/outlets.tsv once. Its lines are
//
//	kind	key	country	region	city
//
// where kind is "host" or "call", region a GeoNames admin1 code and city a
// GeoNames name in that region, or empty when only the region is known.
// A line whose region is unknown is skipped, and one whose city is not
// found keeps its region: the file is generated against the same
// gazetteer, so neither happens unless the two drift apart.
func getOutlets() *outletTable {
	outletsOnce.Do(func() {
		d := get()
		outlets = outletTable{hosts: map[string]outlet{}, calls: map[string]outlet{}}
		err := eachLine("outlets.tsv", func(f []string) error {
			if len(f) < 5 {
				return nil
			}
			r := d.regionCode[regionKey{f[2], f[3]}]
			if r == nil {
				return nil
			}
			o := outlet{region: r, city: CityIn(f[4], r)}
			switch f[0] {
			case "host":
				outlets.hosts[f[1]] = o
			case "call":
				outlets.calls[f[1]] = o
			}
			return nil
		})
		if err != nil {
			panic("gazetteer: " + err.Error())
		}
	})
	return &outlets
}

// siteHost returns the host of an address (or of the address an archive's
// address archived), lower-cased, without port and without a leading
// "www.", "m." or "amp.".
func siteHost(rawURL string) string {
	host, _, _ := strings.Cut(archived(rawURL), "/")
	host, _, _ = strings.Cut(host, ":")
	host = strings.ToLower(host)
	for _, p := range []string{"www.", "m.", "amp.", "mobile."} {
		if h, ok := strings.CutPrefix(host, p); ok && strings.Contains(h, ".") {
			host = h
			break
		}
	}
	return host
}

// outletOf looks a host up in the outlet table: the host itself, then each
// domain it lies under ("homicide.latimes.com", then "latimes.com"), then
// a label that is a station's call sign, alone or before a channel number
// or a word stations add ("wsmv", "wyff4", "wsoctv", "komonews",
// "wmcactionnews5").
//
// A host that gives only a state (a site two stations share, "wsoctv.com"
// of WSOC Charlotte and WAXN Kannapolis) takes the city of the call sign
// it spells, when that is in the same state.
func outletOf(host string) (outlet, bool) {
	t := getOutlets()
	var found outlet
	ok := false
	for h := host; strings.Count(h, ".") >= 1; {
		if found, ok = t.hosts[h]; ok {
			break
		}
		_, h, _ = strings.Cut(h, ".")
	}
	if ok && found.city != nil {
		return found, true
	}
	labels := strings.Split(host, ".")
	for _, l := range labels[:len(labels)-1] {
		if o, isCall := t.callSign(l); isCall && (!ok || o.region == found.region) {
			return o, true
		}
	}
	return found, ok
}

// callSign reads a domain label as a station's call sign: four or three
// letters starting with K or W, then nothing, a channel number, or one of
// the words stations put in their addresses.
func (t *outletTable) callSign(label string) (outlet, bool) {
	if len(label) < 3 || label[0] != 'k' && label[0] != 'w' {
		return outlet{}, false
	}
	for _, n := range []int{4, 3} {
		if len(label) < n {
			continue
		}
		o, ok := t.calls[strings.ToUpper(label[:n])]
		if !ok {
			continue
		}
		rest := strings.TrimRight(label[n:], "0123456789")
		if stationWords[rest] {
			return o, true
		}
	}
	return outlet{}, false
}

// stationWords are what a station's address may add to its call sign
// ("wsoctv", "komonews", "wmcactionnews5", "wtvynews4").
var stationWords = map[string]bool{
	"": true, "tv": true, "news": true, "tvnews": true, "online": true, "now": true,
	"actionnews": true, "newsnow": true, "live": true, "dt": true,
}
