package groups

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// token is one word of a text as the matcher sees it: its byte span in the
// original text and its lower-case folded form, kept in a tokens buffer. The
// folded form has diacritics removed and apostrophes inside the word dropped
// ("Da'esh" -> "daesh", "Ḥamās" -> "hamas").
type token struct {
	start, end int32 // byte span in the original text (a trailing "'s" is excluded)
	lo, hi     int32 // lower-case form: tokens.lower[lo:hi]
	flags      uint8
}

// Token flags.
const (
	brk       uint8 = 1 << iota // sentence punctuation (. , ; : ! ? newline ...) separates it from the previous token
	hasLower                    // has a lower-case letter
	hasLetter                   // has a letter
)

// tokens holds the tokens of one text and the bytes of their folded forms.
// A zero value is ready to use; reset lets one value serve many texts.
type tokens struct {
	src   string
	toks  []token
	lower []byte
	tmp   []byte // scratch for cased forms
}

func (t *tokens) reset() {
	t.src = ""
	t.toks = t.toks[:0]
	t.lower = t.lower[:0]
}

func (t *tokens) lowerOf(i int) []byte { return t.lower[t.toks[i].lo:t.toks[i].hi] }

// casedOf returns token i folded like lowerOf but keeping its letter case.
// The result is valid until the next call.
func (t *tokens) casedOf(i int) []byte {
	tk := t.toks[i]
	span := t.src[tk.start:tk.end]
	if span == "&" {
		return append(t.tmp[:0], "and"...)
	}
	b := t.tmp[:0]
	for _, r := range span {
		if isWordRune(r) {
			b = appendCased(b, r)
		}
	}
	t.tmp = b
	return b
}

// isApostrophe reports whether r is one of the apostrophe-like marks used in
// transliterations (Jama'at, Qa'ida, Daʿesh) and possessives.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', 'ʻ', '`', '´', 'ʿ', 'ʾ', '′':
		return true
	}
	return false
}

// isBreak reports whether r ends a clause: a multi-word alias never spans it.
func isBreak(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', '…', '\n', '\r', '|', '•', '·', '¿', '¡', '。', '،', '؛', '؟':
		return true
	}
	return false
}

// isWordRune reports whether r belongs inside a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (w [utf8.RuneSelf]bool) {
	for c := '0'; c <= '9'; c++ {
		w[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		w[c] = true
		w[c-'a'+'A'] = true
	}
	return w
}()

// isJoiner reports whether r is an invisible character that must not split a
// word (soft hyphen, zero-width joiners, bidi marks).
func isJoiner(r rune) bool {
	return r == '\u00ad' || unicode.Is(unicode.Cf, r)
}

// special folds letters that Unicode decomposition leaves alone.
var special = map[rune]string{
	'ß': "ss", 'ẞ': "SS", 'æ': "ae", 'Æ': "AE", 'œ': "oe", 'Œ': "OE",
	'ø': "o", 'Ø': "O", 'đ': "d", 'Đ': "D", 'ð': "d", 'Ð': "D",
	'ł': "l", 'Ł': "L", 'ı': "i", 'þ': "th", 'Þ': "TH", 'ħ': "h", 'Ħ': "H",
	'ŀ': "l", 'Ŀ': "L", 'ŧ': "t", 'Ŧ': "T",
}

// appendFold appends the lower-case folded form of r to b: diacritics and
// combining marks are dropped, letters such as ß and ø spelled out.
func appendFold(b []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		c := byte(r)
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return append(b, c)
	}
	return foldRune(b, r, true)
}

// appendCased is appendFold without the lower-casing.
func appendCased(b []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		return append(b, byte(r))
	}
	return foldRune(b, r, false)
}

func foldRune(b []byte, r rune, lower bool) []byte {
	if s, ok := special[r]; ok {
		for _, c := range s {
			if lower {
				c = unicode.ToLower(c)
			}
			b = utf8.AppendRune(b, c)
		}
		return b
	}
	if unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) {
		return b
	}
	var src [utf8.UTFMax]byte
	var dst [4 * utf8.UTFMax]byte
	n := utf8.EncodeRune(src[:], r)
	d := norm.NFD.Append(dst[:0], src[:n]...)
	for len(d) > 0 {
		c, w := utf8.DecodeRune(d)
		d = d[w:]
		if unicode.Is(unicode.Mn, c) || unicode.Is(unicode.Mc, c) {
			continue
		}
		if lower {
			c = unicode.ToLower(c)
		}
		b = utf8.AppendRune(b, c)
	}
	return b
}

// tokenize splits s into tokens, appending to t (call t.reset first to reuse
// it). Rules:
//   - letters, digits and combining marks make words; everything else
//     separates them;
//   - an apostrophe between two letters is dropped and the word goes on
//     (Jama'at -> Jamaat), except a possessive "'s" at the end of a word,
//     which is left out of the word (Islamic State's -> Islamic State);
//   - a full stop after a single letter is an initial or an acronym: it does
//     not end the clause, and when a letter follows at once the letters join
//     (F.A.R.C. -> FARC, U.S. -> US);
//   - "&" is read as the word "and";
//   - sentence punctuation and newlines mark the next token with brk.
func tokenize(s string, t *tokens) {
	t.src = s
	if cap(t.toks) == 0 {
		t.toks = make([]token, 0, len(s)/6+1)
		t.lower = make([]byte, 0, len(s))
	}
	inTok := false
	pending := false // a break was seen since the last token
	seg := 0         // runes in the current token since its start or last dot-join
	segLetter := false
	var cur token

	closeTok := func(end int) {
		cur.end = int32(end)
		cur.hi = int32(len(t.lower))
		t.toks = append(t.toks, cur)
		inTok = false
	}
	startTok := func(start int) {
		cur = token{start: int32(start), lo: int32(len(t.lower))}
		if pending {
			cur.flags = brk
		}
		pending = false
		inTok = true
		seg = 0
	}

	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && asciiWord[c] {
			// fast path: ASCII letter or digit
			if !inTok {
				startTok(i)
			}
			if 'A' <= c && c <= 'Z' {
				t.lower = append(t.lower, c+'a'-'A')
				cur.flags |= hasLetter
				segLetter = true
			} else {
				t.lower = append(t.lower, c)
				if c >= 'a' {
					cur.flags |= hasLetter | hasLower
					segLetter = true
				} else {
					segLetter = false
				}
			}
			seg++
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case isWordRune(r):
			if !inTok {
				if unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) {
					i += w
					continue
				}
				startTok(i)
			}
			t.lower = appendFold(t.lower, r)
			if unicode.IsLetter(r) {
				cur.flags |= hasLetter
				if unicode.IsLower(r) {
					cur.flags |= hasLower
				}
			}
			seg++
			segLetter = unicode.IsLetter(r)
			i += w
		case inTok && isJoiner(r):
			i += w
		case inTok && isApostrophe(r):
			r2, w2 := utf8.DecodeRuneInString(s[i+w:])
			if i+w < len(s) && unicode.IsLetter(r2) {
				if r2 == 's' || r2 == 'S' {
					r3, _ := utf8.DecodeRuneInString(s[i+w+w2:])
					if i+w+w2 >= len(s) || !isWordRune(r3) {
						// possessive: the word ends before the apostrophe
						closeTok(i)
						i += w + w2
						continue
					}
				}
				i += w // joined: Jama'at
				continue
			}
			closeTok(i)
			i += w
		case inTok && r == '.' && seg == 1 && segLetter:
			r2, _ := utf8.DecodeRuneInString(s[i+w:])
			if i+w < len(s) && unicode.IsLetter(r2) {
				seg = 0 // F.A.R.C.
				i += w
				continue
			}
			closeTok(i) // an initial: not a clause break
			i += w
		case r == '&':
			if inTok {
				closeTok(i)
			}
			startTok(i)
			t.lower = append(t.lower, "and"...)
			cur.flags |= hasLetter | hasLower
			closeTok(i + w)
			i += w
		default:
			if inTok {
				closeTok(i)
			}
			if isBreak(r) {
				pending = true
			}
			i += w
		}
	}
	if inTok {
		closeTok(len(s))
	}
}

// normalize returns the lower-case folded key of s: its tokens joined by
// single spaces. Two spellings that differ only in case, diacritics,
// apostrophes, hyphens, dashes or other punctuation have the same key.
func normalize(s string) string {
	var t tokens
	tokenize(s, &t)
	b := make([]byte, 0, len(t.lower)+len(t.toks))
	for i := range t.toks {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, t.lowerOf(i)...)
	}
	return string(b)
}
