package gazetteer

import (
	"strings"
	"sync"
)

// Transliterated returns the town of the country (alpha-2) whose name is
// another romanisation of name: the same consonants in the same order, the
// vowels aside ("Noshki" and GeoNames' "Nushki", "Mazar-i-Sharif" and
// "Mazār-e Sharīf"). It returns nil when no town or more than one has that
// spelling, or when the name has fewer than four consonants, where a
// match would be chance.
func Transliterated(name, country string) *City {
	k := skeleton(name)
	if len(k) < 4 || country == "" {
		return nil
	}
	list := skeletons()[country+"|"+k]
	if len(list) != 1 {
		return nil
	}
	return list[0]
}

var (
	skelOnce  sync.Once
	skelIndex map[string][]*City
)

// skeletons returns the cities by country and skeleton, built at the
// first call.
func skeletons() map[string][]*City {
	skelOnce.Do(func() {
		skelIndex = map[string][]*City{}
		get().eachCity(func(c *City) {
			k := skeleton(c.Name)
			if len(k) < 4 {
				return
			}
			key := c.Country + "|" + k
			skelIndex[key] = append(skelIndex[key], c)
		})
	})
	return skelIndex
}

// skeleton folds a name and keeps its consonants, each run of one letter
// once: "Nushki" and "Noshki" are both "nshk". A name that opens with a
// vowel keeps it: "Oyo" is not "Yo".
func skeleton(name string) string {
	f := Fold(name)
	var b strings.Builder
	var last rune
	for i, r := range f {
		if r < 'a' || r > 'z' {
			continue
		}
		if strings.ContainsRune("aeiouy", r) && i > 0 {
			continue
		}
		if r != last {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}
