package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tkWord  tokKind = iota // letters, possibly with inner hyphens and apostrophes: "twenty-one", "victim's"
	tkNum                  // digits with optional thousands commas: "137", "1,200"
	tkDec                  // a decimal: "3.5"
	tkMixed                // digits mixed with anything else: "5:30", "3/22/2024", "21-year-old", ".45", "11th", "NBC4"
	tkPunct                // one punctuation or symbol rune
)

// token is one word, number or punctuation mark of a sentence, with byte
// offsets into it.
type token struct {
	start, end int
	text       string
	lower      string // lower case, with ’ folded to '
	kind       tokKind
	cap        bool // the first rune is upper case
	abbr       bool // a dotted abbreviation such as "U.S." or "a.m." (the final dot included)
}

func isAlnum(r rune) bool {
	return r < utf8.RuneSelf && (isASCIILetter(byte(r)) || isDigit(byte(r))) || r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIILetter(byte(r))
	}
	return unicode.IsLetter(r)
}

// runeAt decodes the rune at byte offset i of s (utf8.RuneError, 0 past the end).
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// tokenize splits s into tokens in one left-to-right pass. It is linear in
// len(s) and never backtracks more than a few bytes.
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/6+4)
	// one lower-case copy of an ASCII sentence serves every token
	low := ""
	if isASCII(s) {
		low = asciiLower(s)
	}
	i := 0
	for i < len(s) {
		r, w := runeAt(s, i)
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' || unicode.IsSpace(r) {
			i += w
			continue
		}
		start := i
		// ".45" (a calibre): a dot directly followed by a digit, not after a word.
		if r == '.' && i+1 < len(s) && isDigit(s[i+1]) && (i == 0 || !isAlnumByteBefore(s, i)) {
			j := i + 1
			for j < len(s) && (isDigit(s[j]) || s[j] == '-' && j+1 < len(s) && isAlnumByte(s[j+1]) || isASCIILetter(s[j])) {
				j++
			}
			toks = append(toks, mkToken(s, low, start, j, tkMixed, false))
			i = j
			continue
		}
		if !isAlnum(r) {
			toks = append(toks, mkToken(s, low, start, i+w, tkPunct, false))
			i += w
			continue
		}
		j, abbr := scanWord(s, i)
		toks = append(toks, mkToken(s, low, start, j, classify(s[start:j]), abbr))
		i = j
	}
	return toks
}

func isAlnumByte(c byte) bool { return isDigit(c) || isASCIILetter(c) }

func isAlnumByteBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isAlnum(r)
}

// scanWord reads one word-like token starting at i and returns its end, and
// whether it is a dotted abbreviation ("U.S.", "a.m.").
func scanWord(s string, i int) (int, bool) {
	j := i
	segStart := i // start of the current dot-separated segment
	dots := 0
	for j < len(s) {
		r, w := runeAt(s, j)
		if isAlnum(r) {
			j += w
			continue
		}
		switch r {
		case '-', '\u2011':
			if n, _ := runeAt(s, j+w); isAlnum(n) {
				j += w
				continue
			}
		case '\'', '\u2019':
			// an inner apostrophe: "victim's", "o'clock", "2015's"
			if n, _ := runeAt(s, j+w); isLetter(n) && j > i {
				j += w
				continue
			}
		case ',':
			// thousands separator: digit , ddd (not followed by another digit)
			if j > i && isDigit(s[j-1]) && isDigit3(s, j+1) && (j+4 >= len(s) || !isDigit(s[j+4])) && allDigitsOrCommas(s[i:j]) {
				j += 4
				continue
			}
		case '.':
			// decimal point between digits
			if j > i && isDigit(s[j-1]) && j+1 < len(s) && isDigit(s[j+1]) && dots == 0 {
				j++
				continue
			}
			// dotted abbreviation: single-letter segments, "U.S.", "a.m."
			if j-segStart == 1 && isASCIILetter(s[segStart]) {
				if j+1 < len(s) && isASCIILetter(s[j+1]) && (j+2 == len(s) || !isAlnumByte(s[j+2])) {
					dots++
					j++
					segStart = j
					continue
				}
				if dots > 0 {
					// the final dot of "U.S."
					return j + 1, true
				}
			}
		case ':', '/':
			if j > i && isDigit(s[j-1]) && j+1 < len(s) && isDigit(s[j+1]) {
				j++
				continue
			}
		}
		break
	}
	return j, dots > 0
}

func isDigit3(s string, i int) bool {
	return i+2 < len(s) && isDigit(s[i]) && isDigit(s[i+1]) && isDigit(s[i+2])
}

func allDigitsOrCommas(s string) bool {
	for k := 0; k < len(s); k++ {
		if !isDigit(s[k]) && s[k] != ',' {
			return false
		}
	}
	return true
}

func classify(t string) tokKind {
	digits, letters, commas, dots, other := 0, 0, 0, 0, 0
	for k := 0; k < len(t); k++ {
		c := t[k]
		switch {
		case isDigit(c):
			digits++
		case c == ',':
			commas++
		case c == '.':
			dots++
		case isASCIILetter(c) || c >= utf8.RuneSelf:
			letters++
		default:
			other++
		}
	}
	switch {
	case digits == 0:
		return tkWord
	case letters == 0 && other == 0 && dots == 0:
		return tkNum
	case letters == 0 && other == 0 && commas == 0 && dots == 1:
		return tkDec
	}
	return tkMixed
}

func mkToken(s, low string, a, b int, k tokKind, abbr bool) token {
	t := s[a:b]
	lo := t
	if k != tkNum && k != tkPunct {
		if low != "" {
			lo = low[a:b]
		} else {
			lo = strings.ToLower(t)
			if strings.IndexByte(lo, 0xe2) >= 0 {
				lo = strings.ReplaceAll(lo, "\u2019", "'")
			}
		}
	}
	c := false
	if k == tkWord || k == tkMixed {
		if c0 := t[0]; c0 < utf8.RuneSelf {
			c = c0 >= 'A' && c0 <= 'Z'
		} else {
			r, _ := runeAt(t, 0)
			c = unicode.IsUpper(r)
		}
	}
	return token{start: a, end: b, text: t, lower: lo, kind: k, cap: c, abbr: abbr}
}

// stem strips a possessive ending: "friday's" -> "friday", "victims'" -> "victims".
func stem(lo string) string {
	if strings.HasSuffix(lo, "'s") {
		return lo[:len(lo)-2]
	}
	if strings.HasSuffix(lo, "'") {
		return lo[:len(lo)-1]
	}
	return lo
}

// set builds a lookup set from space-separated words.
func set(words ...string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range words {
		for _, f := range strings.Fields(w) {
			m[f] = true
		}
	}
	return m
}

// parseDigits reads a tkNum token ("1,200") as an int; ok is false when the
// comma grouping is not a valid thousands grouping or it overflows.
func parseDigits(t string) (int, bool) {
	v := 0
	group := -1 // digits since the last comma; -1 before any comma
	lead := 0
	for k := 0; k < len(t); k++ {
		c := t[k]
		if c == ',' {
			if group == -1 {
				if lead == 0 || lead > 3 {
					return 0, false
				}
			} else if group != 3 {
				return 0, false
			}
			group = 0
			continue
		}
		if v > 1e12 {
			return 0, false
		}
		v = v*10 + int(c-'0')
		if group >= 0 {
			group++
		} else {
			lead++
		}
	}
	if group >= 0 && group != 3 {
		return 0, false
	}
	return v, true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiLower lower-cases an ASCII string with one allocation at most.
func asciiLower(s string) string {
	k := 0
	for k < len(s) && !(s[k] >= 'A' && s[k] <= 'Z') {
		k++
	}
	if k == len(s) {
		return s
	}
	b := []byte(s)
	for ; k < len(b); k++ {
		if c := b[k]; c >= 'A' && c <= 'Z' {
			b[k] = c + 'a' - 'A'
		}
	}
	return string(b)
}
