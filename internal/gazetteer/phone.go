package gazetteer

import (
	"slices"
	"sync"
)

var (
	areaOnce  sync.Once
	areaCodes map[string]*Region // "513" -> Ohio
)

// loadAreaCodes reads data/area_codes.tsv, keeping the codes of US states
// and Canadian provinces the gazetteer knows by name.
func loadAreaCodes() {
	areaCodes = map[string]*Region{}
	err := eachLine("area_codes.tsv", func(f []string) error {
		if len(f) < 2 {
			return nil
		}
		for _, cc := range []string{"US", "CA"} {
			if r, ok := RegionByName(f[1], cc); ok {
				areaCodes[f[0]] = r
				return nil
			}
		}
		return nil // a country of the Caribbean, or several provinces at once
	})
	if err != nil {
		panic("gazetteer: " + err.Error()) // embedded data: a build defect
	}
}

// PhoneRegions returns the states and provinces whose area codes open the
// North American telephone numbers in text, once each, in order: "(513)
// 868-5811" and "513-868-5811" give Ohio. Local news closes with the
// number of a police tip line, which places a story that names its town
// and not its state.
func PhoneRegions(text string) []*Region {
	var out []*Region
	for i := 0; i+12 <= len(text); i++ {
		code, n := phoneAt(text, i)
		if n == 0 {
			continue
		}
		areaOnce.Do(loadAreaCodes)
		if r := areaCodes[code]; r != nil && !slices.Contains(out, r) {
			out = append(out, r)
		}
		i += n - 1
	}
	return out
}

// phoneAt reads a number at text[i:] written "(513) 868-5811",
// "513-868-5811" or "513.868.5811", not inside a longer run of digits,
// and returns its area code and length, or n == 0.
func phoneAt(text string, i int) (code string, n int) {
	if i > 0 && (isDigit(text[i-1]) || isLetter(text[i-1])) {
		return "", 0
	}
	j := i
	paren := text[j] == '('
	if paren {
		j++
	}
	if !digits(text, j, 3) {
		return "", 0
	}
	code = text[j : j+3]
	j += 3
	switch {
	case paren && j+1 < len(text) && text[j] == ')' && text[j+1] == ' ':
		j += 2
	case paren && j < len(text) && text[j] == ')':
		j++
	case !paren && j < len(text) && (text[j] == '-' || text[j] == '.'):
		j++
	default:
		return "", 0
	}
	if !digits(text, j, 3) || j+3 >= len(text) || text[j+3] != '-' && text[j+3] != '.' || !digits(text, j+4, 4) {
		return "", 0
	}
	j += 8
	if j < len(text) && isDigit(text[j]) {
		return "", 0
	}
	if code[0] < '2' { // no area code starts with 0 or 1
		return "", 0
	}
	return code, j - i
}

// digits reports whether text[i:i+n] is n ASCII digits.
func digits(text string, i, n int) bool {
	if i+n > len(text) {
		return false
	}
	for k := i; k < i+n; k++ {
		if !isDigit(text[k]) {
			return false
		}
	}
	return true
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }
