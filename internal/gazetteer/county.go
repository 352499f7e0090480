package gazetteer

import (
	"slices"
	"strings"
	"sync"
)

// County is a county of the United States, a parish of Louisiana or a
// borough or census area of Alaska (data/us_counties.tsv, from the Census
// Bureau's FIPS codes). Local news names the county where it names no
// town: "a shooting in northeast Harris County", "STOKES COUNTY, N.C.".
type County struct {
	Name   string  // "Stokes County", "Orleans Parish"
	Region *Region // its state
}

// CountyMention is a county named in a text. Counties holds every county
// of that name, one per state ("Harrison County" is in eight), unless a
// state follows it: "Harris County, Texas", "STOKES COUNTY, N.C.".
type CountyMention struct {
	Start, End int // byte offsets of the name, "County" included
	Text       string
	Counties   []*County
}

// countyHeads are the words that end a county's name, each with the word
// it stands for: local news writes "Lynn Co." for Lynn County.
var countyHeads = []struct{ word, as string }{
	{"County", "County"}, {"Parish", "Parish"}, {"Borough", "Borough"},
	{"Census Area", "Census Area"}, {"Co.", "County"},
}

var (
	countiesOnce sync.Once
	countyIndex  map[string][]*County // folded name, "stokes county" -> counties
	countyLen    int                  // the most words in a county's name
)

func loadCounties() {
	countyIndex = map[string][]*County{}
	err := eachLine("us_counties.tsv", func(f []string) error {
		if len(f) < 2 {
			return nil
		}
		r, ok := RegionByCode("US", f[1])
		if !ok {
			return nil // a territory the gazetteer has no region for
		}
		k := Fold(f[0])
		countyIndex[k] = append(countyIndex[k], &County{Name: f[0], Region: r})
		countyLen = max(countyLen, len(strings.Fields(k)))
		return nil
	})
	if err != nil {
		panic("gazetteer: " + err.Error()) // embedded data: a build defect
	}
}

// FindCounties returns the US counties named in text, in order. A name
// counts only when its words are capitalised ("Stokes County" or
// "STOKES COUNTY", not "the county").
func FindCounties(text string) []CountyMention {
	countiesOnce.Do(loadCounties)
	var out []CountyMention
	for _, head := range countyHeads {
		for from := 0; ; {
			i := indexFold(text[from:], head.word)
			if i < 0 {
				break
			}
			i += from
			end := i + len(head.word)
			from = end
			if end < len(text) && isLetter(text[end]) || i == 0 || text[i-1] != ' ' {
				continue
			}
			if head.word != head.as && !isUpper(text[i]) {
				continue // "co." in lower case is no county
			}
			if m, ok := countyBefore(text, i, end, head.as); ok {
				out = append(out, m)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b CountyMention) int { return a.Start - b.Start }) // in text order
	return out
}

// countyBefore reads the county whose head word spans text[head:end],
// standing for the word as: the longest run of capitalised words before
// it that names a county.
func countyBefore(text string, head, end int, as string) (CountyMention, bool) {
	var best CountyMention
	start := head - 1 // the space before the head
	for n := 1; n < countyLen; n++ {
		ws := strings.LastIndexAny(text[:start], " \n\t\r") + 1 // a county opens a paragraph too
		w := text[ws:start]
		if w == "" || !isUpper(w[0]) {
			break
		}
		if cs := countyIndex[Fold(text[ws:head]+as)]; len(cs) > 0 {
			best = CountyMention{Start: ws, End: end, Text: text[ws:end], Counties: cs}
		}
		if ws == 0 || text[ws-1] != ' ' {
			break
		}
		start = ws - 1
	}
	if best.Counties == nil {
		return best, false
	}
	if r := stateAfter(text, end); r != nil {
		for _, c := range best.Counties {
			if c.Region == r {
				best.Counties = []*County{c}
				break
			}
		}
	}
	return best, true
}

// stateAfter returns the US state named right after a comma at text[end:]:
// ", N.C.", ", Texas", ", TX".
func stateAfter(text string, end int) *Region {
	rest := text[end:]
	if !strings.HasPrefix(rest, ", ") {
		return nil
	}
	rest = rest[2:]
	for n := min(len(rest), 16); n > 1; n-- {
		w := rest[:n]
		if n < len(rest) && isLetter(rest[n]) {
			continue
		}
		if r, ok := RegionByName(w, "US"); ok {
			return r
		}
	}
	return nil
}

// indexFold is strings.Index for an ASCII word in any case.
func indexFold(s, word string) int {
	for i := 0; i+len(word) <= len(s); i++ {
		if hasFold(s[i:], word) {
			return i
		}
	}
	return -1
}

func hasFold(s, p string) bool {
	for k := 0; k < len(p); k++ {
		if s[k]|0x20 != p[k]|0x20 {
			return false
		}
	}
	return true
}

func isUpper(b byte) bool  { return b >= 'A' && b <= 'Z' }
func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
