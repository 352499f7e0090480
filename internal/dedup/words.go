package dedup

import (
	"unicode"
	"unicode/utf8"
)

// decodeRune decodes the rune at text[i:]; invalid UTF-8 decodes as
// utf8.RuneError of size 1, which separates words.
func decodeRune(text string, i int) (rune, int) {
	return utf8.DecodeRuneInString(text[i:])
}

// isWordRune reports whether r is part of a word: a letter or a number.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// isMark reports whether r is a combining mark.
func isMark(r rune) bool { return unicode.IsMark(r) }

// unspaced are the scripts written without spaces between words, in which
// each character is taken as a word.
var unspaced = []*unicode.RangeTable{
	unicode.Han, unicode.Hiragana, unicode.Katakana,
	unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar,
}

// isUnspaced reports whether r belongs to a script written without spaces.
func isUnspaced(r rune) bool {
	return r >= 0x0e00 && unicode.In(r, unspaced...)
}

// toLower maps r to lower case.
func toLower(r rune) rune { return unicode.ToLower(r) }

// appendRune appends the UTF-8 encoding of r to b.
func appendRune(b []byte, r rune) []byte { return utf8.AppendRune(b, r) }
