package fuse

import (
	"slices"
	"strings"
	"time"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/gazetteer"
)

// Key is the compact form of one mention (one article's account of one
// incident) that clustering compares: a few dozen bytes and the article's
// names, so that hundreds of thousands fit in memory.
type Key struct {
	Report, Index int // the mention: Reports[Report].Incidents[Index]
	Main          bool
	Plot          bool // a foiled plot, not an attack

	Country, Region, City string // City lower-cased
	Lat, Lon              float64
	HasCoord              bool
	// Small is set for a town of fewer than smallTown people: two
	// shootings there in one week are rarely two incidents.
	Small bool

	// From and To bound the event date in days since 1970 at the precision
	// the text gave (a year spans 365 days); Dated is false when the text
	// gave none. PubDate is set when the date is only the publication day:
	// news tells of what just happened, but a follow-up weeks later is
	// dated so too, so it does not bound its cluster's days. Published is
	// the article's publication day, or -1.
	From, To  int32
	Dated     bool
	DayPrec   bool
	PubDate   bool
	Published int32

	Killed, Injured int32 // -1 when unknown
	Groups          []string
	Names           []uint64
	// Title holds the main mention's headline words (titleWords) but its
	// city; CityName is the hash of its city as Names would hash it (0 for
	// a city of several words, which Names does not keep alone).
	Title    []uint64
	CityName uint64
	// Copy is the copy group: the index of the report's original, or its
	// own index.
	Copy int
}

// unknown marks an unknown count.
const unknown = -1

// KeysOf returns the keys of every mention of reports. copyOf maps an
// article id to the index of its copy group's original report; articles
// absent from it are originals.
func KeysOf(reports []*Report) []Key {
	byID := make(map[string]int, len(reports))
	for i, r := range reports {
		byID[r.Article] = i
	}
	var keys []Key
	for i, r := range reports {
		cp := i
		if j, ok := byID[r.CopyOf]; ok && r.CopyOf != "" {
			cp = j
		}
		pub := int32(-1)
		if d, ok := day(r.Published); ok {
			pub = d
		}
		for j, in := range r.Incidents {
			k := Key{Report: i, Index: j, Main: in.Main, Plot: in.Kind == "plot", Country: in.Country, Region: in.Region,
				City: strings.ToLower(in.City), Published: pub, Killed: count(in.Killed),
				Injured: count(in.Injured), Copy: cp}
			if in.Lat != nil && in.Lon != nil {
				k.Lat, k.Lon, k.HasCoord = *in.Lat, *in.Lon, true
			}
			k.Small = smallPlace(&r.Incidents[j])
			k.From, k.To, k.Dated = span(in.Date)
			k.DayPrec = k.Dated && len(in.Date) == len("2006-01-02")
			k.PubDate = in.DateSource == dossier.DatePublished
			for _, p := range in.Perpetrators {
				k.Groups = append(k.Groups, p.Name)
			}
			if in.Main {
				k.Names = r.Names
				k.Title = titleWords(r.Title)
				if k.City != "" {
					own := titleHash(k.City)
					k.Title = slices.DeleteFunc(k.Title, func(h uint64) bool { return h == own })
				}
			}
			if k.City != "" && !strings.ContainsAny(k.City, " -") {
				k.CityName = nameHash(k.City, "")
			}
			keys = append(keys, k)
		}
	}
	return keys
}

// smallTown is the population under which a town is Small.
const smallTown = 200000

// smallPlace reports whether the incident's city is a town of fewer than
// smallTown people.
func smallPlace(in *dossier.Incident) bool {
	if in.City == "" {
		return false
	}
	for _, c := range gazetteer.Cities(in.City) {
		if c.Country == in.Country {
			if r := gazetteer.RegionOf(c); r != nil && r.Name == in.Region {
				return c.Population < smallTown
			}
		}
	}
	return false
}

func count(p *int) int32 {
	if p == nil {
		return unknown
	}
	return int32(*p)
}

// day parses YYYY-MM-DD into days since 1970.
func day(s string) (int32, bool) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, false
	}
	return int32(t.Unix() / 86400), true
}

// span returns the first and last day a date at its precision covers.
func span(date string) (from, to int32, ok bool) {
	switch len(date) {
	case len("2006"):
		t, err := time.Parse("2006", date)
		if err != nil {
			return 0, 0, false
		}
		return int32(t.Unix() / 86400), int32(t.AddDate(1, 0, -1).Unix() / 86400), true
	case len("2006-01"):
		t, err := time.Parse("2006-01", date)
		if err != nil {
			return 0, 0, false
		}
		return int32(t.Unix() / 86400), int32(t.AddDate(0, 1, -1).Unix() / 86400), true
	case len("2006-01-02"):
		d, ok := day(date)
		return d, d, ok
	}
	return 0, 0, false
}

// when returns the span of days a key's incident happened in: its event
// date, else the day it was published (which the event cannot follow, and
// seldom precedes by much), else ok=false.
func (k *Key) when() (from, to int32, ok bool) {
	switch {
	case k.Dated:
		return k.From, k.To, true
	case k.Published >= 0:
		return k.Published - 2, k.Published, true
	}
	return 0, 0, false
}

// gap is the number of days between two spans, 0 when they overlap.
func gap(af, at, bf, bt int32) int32 {
	switch {
	case at < bf:
		return bf - at
	case bt < af:
		return af - bt
	}
	return 0
}

// distanceKm is the great-circle distance between two keys' coordinates.
func distanceKm(a, b *Key) float64 { return gazetteer.DistanceKm(a.Lat, a.Lon, b.Lat, b.Lon) }
