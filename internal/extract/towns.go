package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier/internal/gazetteer"
)

// townHeads are the words before "of" that call the name after them a
// town: "the town of Palma", "the village of Kukawa".
var townHeads = []string{"town of ", "village of ", "city of ", "hamlet of "}

// townsNamed returns the names the story's main sentences call a town
// ("in the town of Palma", "the Mozambique town of Palma"), folded, each
// with the text's spelling. The gazetteer holds towns of a thousand
// people or more; a smaller one, or one it spells otherwise, is found
// only by its name, often as a namesake in another country (Palma,
// Majorca for Palma, Mozambique).
func (d *document) townsNamed() map[string]string {
	var towns map[string]string
	d.mainSentences(func(s *sentence) {
		for _, t := range townsIn(s) {
			if towns == nil {
				towns = map[string]string{}
			}
			if k := gazetteer.Fold(t.name); towns[k] == "" {
				towns[k] = t.name
			}
		}
	})
	return towns
}

// townName is a name a sentence calls a town, with where it starts.
// after is set when the kind of town follows the name and a preposition
// of place precedes it: "at Dusuma village", "in Kuriga town".
type townName struct {
	name  string
	start int
	after bool
}

// placed reports whether the text before the name puts something there:
// the name follows its kind of town after a preposition of place ("at
// Dusuma village"), or a preposition of place comes before it ("in the
// town of Palma", "near the town of Noshki"; see locative). text is the
// sentence the name was read from.
func (t townName) placed(text string) bool { return t.after || locative(text[:t.start]) }

// townTails are the kinds of town that follow a name: "at Dusuma
// village". Only lower case: "Cape Town", "Greenwich Village" are names.
var townTails = []string{" village", " town"}

// townsIn returns the names sentence s calls a town: "the village of
// Kukawa", "in the town of Palma", "at Dusuma village".
func townsIn(s *sentence) []townName {
	if len(s.lower) != len(s.Text) {
		return nil // lower-casing moved the offsets
	}
	var names []townName
	for _, head := range townHeads {
		for from := 0; ; {
			i := strings.Index(s.lower[from:], head)
			if i < 0 {
				break
			}
			i += from
			from = i + len(head)
			if i > 0 && isLetterByte(s.lower[i-1]) {
				continue // "downtown of", "mid-city of"
			}
			if name := capitalisedRun(s.Text[from:], 3); name != "" {
				names = append(names, townName{name, from, false})
			}
		}
	}
	for _, tail := range townTails {
		for from := 0; ; {
			i := strings.Index(s.Text[from:], tail)
			if i < 0 {
				break
			}
			i += from
			from = i + len(tail)
			if from < len(s.Text) && isLetterByte(s.Text[from]) {
				continue // "townships", "villagers"
			}
			if start, ok := nameBefore(s.Text, i); ok {
				names = append(names, townName{s.Text[start:i], start, true})
			}
		}
	}
	return names
}

// nameBefore returns where the run of one to three capitalised words that
// ends at end starts, when a preposition of place comes before it: "at
// Dusuma", "in Tungar Kwana", "on Kuriga".
func nameBefore(text string, end int) (int, bool) {
	f := strings.Fields(text[max(0, end-60):end])
	for n := 1; n <= 3 && n < len(f); n++ {
		w := f[len(f)-n]
		if !isCapitalised(w) || strings.ContainsAny(w, ",.;:") {
			return 0, false
		}
		switch f[len(f)-n-1] {
		case "in", "at", "on", "In", "At", "On":
			name := strings.Join(f[len(f)-n:], " ")
			if !strings.HasSuffix(text[:end], name) {
				return 0, false // the words were spaced otherwise
			}
			return end - len(name), true
		}
	}
	return 0, false
}

// isLetterByte reports whether b is an ASCII letter.
func isLetterByte(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// capitalisedRun returns the run of up to words capitalised words at the
// start of s ("Palma", "Bay Oaks"), or "".
func capitalisedRun(s string, words int) string {
	end, n := 0, 0
	for n < words {
		r, _ := utf8.DecodeRuneInString(s[end:])
		if !unicode.IsUpper(r) {
			break
		}
		w := strings.IndexFunc(s[end:], func(r rune) bool {
			return !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-'
		})
		if w < 0 {
			w = len(s) - end
		}
		end += w
		n++
		if !strings.HasPrefix(s[end:], " ") {
			break
		}
		if r, _ := utf8.DecodeRuneInString(s[end+1:]); !unicode.IsUpper(r) {
			break
		}
		end++
	}
	return strings.TrimRight(s[:end], " -'’")
}

// localTown is a town the gazetteer does not hold in the story's country
// under the text's spelling: the gazetteer's town of another romanisation
// ("Noshki" for "Nushki"), if exactly one has it, else the name with a
// country and no coordinates or region.
func localTown(name, country string) *gazetteer.City {
	if c := gazetteer.Transliterated(name, country); c != nil {
		t := *c
		t.Name = name // the text's spelling, which readers and gold lists know
		return &t
	}
	return &gazetteer.City{Name: name, Country: country}
}

// knownTown reports whether the gazetteer holds a town of that name in
// the country (alpha-2, not empty).
func knownTown(name, country string) bool {
	_, ok := gazetteer.CityByName(name, country)
	return ok && country != ""
}

// unresolved reports whether c is a localTown the gazetteer has no entry
// for: a name and a country, without coordinates or region.
func unresolved(c *gazetteer.City) bool { return c.ID == 0 }
