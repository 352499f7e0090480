package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark of a sentence, with byte offsets.
type token struct {
	s          string // the text
	lw         string // lower case, ’ folded to '
	start, end int
	punct      bool // a single punctuation or symbol rune
	cap        bool // the first rune is upper case
	inq        bool // inside a direct quote (the marks included)
}

// abbrevs keep their final dot: "Gen. Michael Kurilla", "prof. Matthew Schmidt".
var abbrevs = set("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "sgt", "st", "rev", "sen", "rep",
	"gov", "hab", "jr", "sr", "maj", "adm", "cpl", "supt", "det", "insp", "cmdr", "brig", "vs", "no", "fr",
	"mt", "ft", "pres", "sec", "atty", "dept", "univ", "corp", "inc", "co", "ltd", "messrs", "mme", "mlle")

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		c := byte(r)
		return c|0x20 >= 'a' && c|0x20 <= 'z' || c >= '0' && c <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

func runeAt(s string, i int) (rune, int) {
	if i < 0 || i >= len(s) {
		return 0, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func runeBefore(s string, i int) rune {
	if i <= 0 {
		return 0
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// tokenize splits a sentence into words and punctuation in one pass.
// A word runs over letters and digits joined by inner hyphens, apostrophes,
// ampersands and the dots of initials ("U.S.", "04.38"); an abbreviation
// keeps its final dot.
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/5+2)
	for i := 0; i < len(s); {
		r, size := runeAt(s, i)
		if unicode.IsSpace(r) || r == 0xA0 {
			i += size
			continue
		}
		if !isAlnum(r) {
			t := token{s: s[i : i+size], start: i, end: i + size, punct: true}
			t.lw = t.s
			toks = append(toks, t)
			i += size
			continue
		}
		j := i + size
		seg := 1 // runes since the word start or the last dot
		for j < len(s) {
			r2, s2 := runeAt(s, j)
			if isAlnum(r2) {
				j += s2
				seg++
				continue
			}
			if r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '&' || r2 == '.' || r2 == '‑' || r2 == ':' && isDigitRune(runeBefore(s, j)) {
				r3, _ := runeAt(s, j+s2)
				if !isAlnum(r3) {
					break
				}
				if r2 == ':' && !isDigitRune(r3) {
					break
				}
				if r2 == '.' || r2 == ':' {
					prev := runeBefore(s, j)
					if !(isDigitRune(prev) && isDigitRune(r3)) && seg > 1 {
						break
					}
					seg = 0
				}
				j += s2
				continue
			}
			break
		}
		w := s[i:j]
		if j < len(s) && s[j] == '.' {
			lw := strings.ToLower(w)
			r0, _ := utf8.DecodeRuneInString(w)
			if utf8.RuneCountInString(w) == 1 && unicode.IsUpper(r0) || strings.Contains(w, ".") && !strings.ContainsAny(w[len(w)-1:], "0123456789") || abbrevs[lw] {
				j++
				w = s[i:j]
			}
		}
		r0, _ := utf8.DecodeRuneInString(w)
		t := token{s: w, start: i, end: j, cap: unicode.IsUpper(r0)}
		t.lw = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		toks = append(toks, t)
		i = j
	}
	return toks
}

// lw2 reports whether the token's lower-case text is w.
func (t *token) lw2(w string) bool { return t.lw == w }

// isWord reports a word token (not punctuation).
func (t *token) isWord() bool { return !t.punct }

// isComma reports a comma token.
func (t *token) isComma() bool { return t.punct && t.s == "," }

// isDash reports a standalone dash.
func (t *token) isDash() bool {
	return t.punct && (t.s == "-" || t.s == "–" || t.s == "—" || t.s == "‒" || t.s == "―")
}

// isQuoteMark reports a quotation mark token.
func (t *token) isQuoteMark() bool {
	if !t.punct {
		return false
	}
	switch t.s {
	case "\"", "“", "”", "„", "‟", "«", "»", "‘", "’", "'", "‹", "›":
		return true
	}
	return false
}

// possessive reports a word ending in 's or s'.
func (t *token) possessive() bool {
	return strings.HasSuffix(t.lw, "'s") || strings.HasSuffix(t.lw, "s'")
}

// acronym reports an all-capitals word of two letters or more: "ISIS", "AFP".
func (t *token) acronym() bool {
	if t.punct || len(t.s) < 2 {
		return false
	}
	letters := 0
	for _, r := range t.s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// isNumber reports a token that starts with a digit.
func (t *token) isNumber() bool {
	return !t.punct && t.s[0] >= '0' && t.s[0] <= '9'
}

// wordCount counts the words of a text (runs with a letter or digit).
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		if isAlnum(r) {
			if !in {
				n++
				in = true
			}
		} else if unicode.IsSpace(r) {
			in = false
		}
	}
	return n
}
