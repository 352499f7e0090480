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
		text := s.Text
		for _, head := range townHeads {
			for from := 0; ; {
				i := indexWord(text[from:], head)
				if i < 0 {
					break
				}
				at := from + i + len(head)
				from = at
				if name := capitalisedRun(text[at:], 3); name != "" {
					if towns == nil {
						towns = map[string]string{}
					}
					if _, ok := towns[gazetteer.Fold(name)]; !ok {
						towns[gazetteer.Fold(name)] = name
					}
				}
			}
		}
	})
	return towns
}

// indexWord is the index of head in s, in either case of its first letter,
// at the start of a word; -1 if none.
func indexWord(s, head string) int {
	for from := 0; from < len(s); {
		i := strings.Index(strings.ToLower(s[from:]), head)
		if i < 0 {
			return -1
		}
		i += from
		if i == 0 || !isLetterByte(s[i-1]) {
			return i
		}
		from = i + 1
	}
	return -1
}

func isLetterByte(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// capitalisedRun returns the run of up to max capitalised words at the
// start of s ("Palma", "Bay Oaks"), or "".
func capitalisedRun(s string, max int) string {
	end, n := 0, 0
	for n < max {
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

// localTown is a town the gazetteer does not hold in the story's country,
// which the text names: it has a name and a country, and no coordinates
// or region.
func localTown(name, country string) *gazetteer.City {
	return &gazetteer.City{Name: name, Country: country}
}

// unresolved reports whether c is a localTown, not the gazetteer's.
func unresolved(c *gazetteer.City) bool { return c.ID == 0 }
