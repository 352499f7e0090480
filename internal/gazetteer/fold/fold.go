// Package fold is the name normalisation shared by the gazetteer and its
// generator, so that the keys the generator writes are the keys the
// gazetteer looks up.
package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns the key under which the gazetteer files a name: lower case,
// accents removed ("São Tomé" -> "sao tome", "Türkiye" -> "turkiye",
// "Łódź" -> "lodz"), and every run of characters that are neither letters
// nor digits made one space ("Sharm el-Sheikh" -> "sharm el sheikh",
// "U.S." -> "u s", "N'Djamena" -> "n djamena").
func Fold(s string) string {
	if k, ok := simple(s); ok {
		return k
	}
	var b strings.Builder
	b.Grow(len(s))
	pending := false // a separator is owed before the next letter
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				pending = b.Len() > 0
				continue
			}
			if pending {
				b.WriteByte(' ')
				pending = false
			}
			b.WriteByte(c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if unicode.IsMark(r) {
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			pending = b.Len() > 0
			continue
		}
		if pending {
			b.WriteByte(' ')
			pending = false
		}
		b.WriteString(Rune(r))
	}
	return b.String()
}

// Simple reports whether s folds to itself in lower case: ASCII letters and
// digits in words one space apart. Such names need no key of their own.
func Simple(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case c == ' ':
			if s[i-1] == ' ' {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// simple folds s when Simple(s), without allocating when s is lower case.
func simple(s string) (string, bool) {
	if !Simple(s) {
		return "", false
	}
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return strings.ToLower(s), true
		}
	}
	return s, true
}

// Rune is the folded form of one non-ASCII letter or digit.
func Rune(r rune) string {
	if r == 'ʻ' || r == 'ʼ' {
		return "" // okina and modifier apostrophe: "Hawaiʻi" is "hawaii"
	}
	if r >= lo && r < hi {
		if s := table[r-lo]; s != "" {
			return s
		}
	}
	return string(unicode.ToLower(r))
}

// The table covers Latin-1 Supplement to Latin Extended-B and Latin Extended
// Additional (Vietnamese): letters that decompose to an ASCII letter plus
// marks, and the few that do not decompose but have a usual ASCII spelling.
const lo, hi = 0x00C0, 0x1F00

var table = func() []string {
	t := make([]string, hi-lo)
	special := map[rune]string{
		'ß': "ss", 'Æ': "ae", 'æ': "ae", 'Œ': "oe", 'œ': "oe", 'Ø': "o", 'ø': "o",
		'Ł': "l", 'ł': "l", 'Đ': "d", 'đ': "d", 'Ð': "d", 'ð': "d", 'Þ': "th", 'þ': "th",
		'ı': "i", 'Ħ': "h", 'ħ': "h", 'ŀ': "l", 'Ŀ': "l", 'Ŧ': "t", 'ŧ': "t", 'ĸ': "k",
		'Ŋ': "n", 'ŋ': "n", 'ſ': "s", 'ƒ': "f", 'Ɓ': "b", 'ɓ': "b", 'Ɗ': "d", 'ɗ': "d",
		'Ƙ': "k", 'ƙ': "k", 'Ƴ': "y", 'ƴ': "y", 'Ə': "e", 'ə': "e", 'Ɛ': "e", 'ɛ': "e",
		'Ɔ': "o", 'ɔ': "o",
	}
	for r := rune(lo); r < hi; r++ {
		if s, ok := special[r]; ok {
			t[r-lo] = s
			continue
		}
		if r >= 0x0250 && r < 0x1E00 {
			continue // IPA, modifiers, Greek, Cyrillic...: left as they are
		}
		var out []byte
		for _, d := range norm.NFD.String(string(r)) {
			if d < utf8.RuneSelf {
				out = append(out, byte(unicode.ToLower(d)))
			}
		}
		if len(out) > 0 {
			t[r-lo] = string(out)
		}
	}
	return t
}()

// IsWordRune reports whether r belongs to a word: a letter, a digit, or a
// combining mark.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' || r == '`'
}

// hasApostrophe is a quick test for the characters isApostrophe accepts.
func hasApostrophe(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\'', '`':
			return true
		case 0xE2, 0xCA: // ’ ‘ and ʼ start with these bytes
			return strings.ContainsAny(s, "’‘ʼ")
		}
	}
	return false
}

// Unapostrophe returns s without the apostrophes inside its words
// ("Sana'a" -> "Sanaa", "N'Djamena" -> "NDjamena"), or "" when it has none:
// the spelling without the apostrophe is common in the news.
func Unapostrophe(s string) string {
	if !hasApostrophe(s) {
		return ""
	}
	var b strings.Builder
	rs := []rune(s)
	changed := false
	for i, r := range rs {
		if isApostrophe(r) && i > 0 && IsWordRune(rs[i-1]) && i+1 < len(rs) && IsWordRune(rs[i+1]) {
			changed = true
			continue
		}
		b.WriteRune(r)
	}
	if !changed {
		return ""
	}
	return b.String()
}
