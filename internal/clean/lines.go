package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lineKind is what the line classifier decided a line of pre-scraped text is.
type lineKind uint8

// The line kinds.
const (
	lkBlank     lineKind = iota
	lkJunk               // no words: numbers, calendar rows, markup, lone symbols, bare links
	lkMenu               // navigation: bullets, section names, items set apart by runs of spaces or pipes, repeated lines
	lkFurniture          // a boilerplate phrase: share, subscribe, advertisement, cookie notices
	lkBreak              // the head of a box of links that follows an article or interrupts it: related, most read
	lkEnd                // the head of what only follows an article: comments, tags, the author box, source link
	lkCaption            // a photo caption or credit
	lkDate               // a line that is mostly a date, with at most a label, a time, a byline
	lkByline             // "By Ali Raza", "Author: ..."
	lkHeading            // up to 8 words without terminal punctuation: a subheading, a menu item, a kicker
	lkLinkTitle          // 9 to 14 words without terminal punctuation: a headline, usually a link to another article
	lkShort              // a short sentence (up to 7 words) with terminal punctuation
	lkProse              // a paragraph of running text
)

// lineKindNames are the kinds' names, in kind order.
var lineKindNames = [...]string{"blank", "junk", "menu", "furniture", "break", "end", "caption", "date", "byline", "heading", "linktitle", "short", "prose"}

// String names the kind, for tests and debugging.
func (k lineKind) String() string {
	if int(k) < len(lineKindNames) {
		return lineKindNames[k]
	}
	return "?"
}

// textLine is one line of a pre-scraped page with its features.
type textLine struct {
	text string // trimmed; runs of spaces kept (they are a menu feature)
	low  string // text case-folded byte for byte (foldCase): same length and offsets
	orig int    // 0-based line number in the input

	indent  int  // leading whitespace characters
	gaps    int  // runs of two or more spaces inside the line
	bullet  bool // starts with a bullet character
	markup  bool // holds HTML tags the scraper left
	hasLink bool // holds a URL

	words       int                   // words: runs of letters and digits
	alphaWords  int                   // words with at least one letter
	tinyWords   int                   // words of one or two characters
	caps        int                   // words starting with an upper-case letter
	stops       int                   // stop words among the first maxStopScan words
	langVotes   [len(langCodes)]uint8 // stop words of each language among them
	scanned     int                   // words looked at for stops
	lastStop    bool                  // the last word is a stop word ("in", "of", "the"): the line stops mid-sentence
	terminal    bool                  // ends a sentence: . ! ? ; … (closing quotes and brackets looked through)
	colon       bool                  // ends with a colon
	ellipsis    bool                  // ends with "..." or "…"
	openEnd     bool                  // ends with "(", "[", an opening quote or a comma
	closeStart  bool                  // starts with ")", "]", ",", ";", ":" or "."
	startLower  bool                  // the first letter is lower-case
	startQuote  bool                  // starts with a quotation mark
	captionWord bool                  // holds a word of a caption marker ("photo", "credit")

	phrase phraseClass // boilerplate phrase class
	label  labelClass  // "Photo:", "Related:": a label word and a colon opening the line

	date      textDate  // the first date in the line, when hasDate
	hasDate   bool      // a full date (day, month, year) was found
	dateLabel dateLabel // what the words before the date call it
	dateWords int       // words that are not part of a date, a time or a label

	repeat int      // times the same text occurs in the page
	kind   lineKind // the classifier's verdict
}

// maxStopScan bounds the words of a line looked up in the stop-word table:
// the density of the first words is a good enough estimate.
const maxStopScan = 40

// stopDensity is the share of stop words among the words scanned.
func (l *textLine) stopDensity() float64 {
	if l.scanned == 0 {
		return 0
	}
	return float64(l.stops) / float64(l.scanned)
}

// isSpaceRune reports the white space pre-scraped text is padded with,
// including no-break, thin and zero-width spaces and the byte-order mark.
func isSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\v', '\f', '\u00a0', '\u2000', '\u2001', '\u2002', '\u2003',
		'\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a',
		'\u200b', '\u202f', '\u205f', '\u3000', '\ufeff':
		return true
	}
	return false
}

// trimSpace trims isSpaceRune characters and returns the count trimmed on the left.
func trimSpace(s string) (string, int) {
	lead := 0
	for len(s) > 0 {
		if s[0] == ' ' || s[0] == '\t' {
			s = s[1:]
			lead++
			continue
		}
		r, n := utf8.DecodeRuneInString(s)
		if r < utf8.RuneSelf || !isSpaceRune(r) {
			break
		}
		s = s[n:]
		lead++
	}
	for len(s) > 0 {
		c := s[len(s)-1]
		if c == ' ' || c == '\t' || c == '\r' {
			s = s[:len(s)-1]
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, n := utf8.DecodeLastRuneInString(s)
		if !isSpaceRune(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s, lead
}

// foldCase lower-cases ASCII, Latin-1 and Cyrillic capitals without changing
// any byte offset, so that the folded text lines up with the original. Other
// scripts are left as they are: the stop-word and phrase tables are lowercase
// in the scripts this folds.
func foldCase(s string) string {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c == 0xC3 || c == 0xD0 {
			break
		}
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		c := b[i]
		switch {
		case c >= 'A' && c <= 'Z':
			b[i] = c + 32
		case c == 0xC3 && i+1 < len(b) && b[i+1] >= 0x80 && b[i+1] <= 0x9E && b[i+1] != 0x97:
			b[i+1] += 0x20 // À..Þ -> à..þ
			i++
		case c == 0xD0 && i+1 < len(b):
			n := b[i+1]
			switch {
			case n >= 0x90 && n <= 0x9F: // А..П -> а..п
				b[i+1] = n + 0x20
			case n >= 0xA0 && n <= 0xAF: // Р..Я -> р..я
				b[i], b[i+1] = 0xD1, n-0x20
			case n == 0x81: // Ё -> ё
				b[i], b[i+1] = 0xD1, 0x91
			}
			i++
		}
	}
	return string(b)
}

// isWordRune reports letters and digits.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// asciiWord marks the ASCII bytes that are word characters.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// nextWord returns the byte bounds of the first word of s at or after i, or
// (-1, -1). A word is a run of letters and digits; an apostrophe between two
// letters ("Russia’s", "don't") belongs to the word.
func nextWord(s string, i int) (int, int) {
	start := -1
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf && c != '\'' {
			if asciiWord[c] {
				if start < 0 {
					start = i
				}
			} else if start >= 0 {
				return start, i
			}
			i++
			continue
		}
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			i += n
			continue
		}
		if start >= 0 && (r == '\'' || r == '’') && i+n < len(s) {
			r2, _ := utf8.DecodeRuneInString(s[i+n:])
			if unicode.IsLetter(r2) {
				i += n
				continue
			}
		}
		if start >= 0 {
			return start, i
		}
		i += n
	}
	if start >= 0 {
		return start, len(s)
	}
	return -1, -1
}

// closers are looked through when deciding how a line ends.
const closers = "\"'”’»)]*"

// measure computes a line's features from its text. words is scratch space
// for the line's folded words; the filled slice is returned for reuse.
func (l *textLine) measure(words []string) []string {
	t := l.text
	words = words[:0]
	l.words, l.alphaWords, l.tinyWords, l.caps, l.stops, l.scanned = 0, 0, 0, 0, 0, 0
	l.langVotes = [len(langCodes)]uint8{}
	l.lastStop = false
	var anchors uint16
	for i := 0; i < len(l.low); {
		s, e := nextWord(l.low, i)
		if s < 0 {
			break
		}
		i = e
		w := l.low[s:e]
		words = append(words, w)
		l.words++
		if e-s <= 2 {
			l.tinyWords++
		}
		first, _ := utf8.DecodeRuneInString(t[s:])
		if unicode.IsLetter(first) {
			l.alphaWords++
			if unicode.IsUpper(first) {
				l.caps++
			}
		} else if !hasLetter(w) {
			continue
		} else {
			l.alphaWords++
		}
		info := stopWords[w]
		anchors |= info
		if l.scanned < maxStopScan {
			l.scanned++
			if m := info & langMask; m != 0 {
				l.stops++
				for b := 0; m != 0; b++ {
					l.langVotes[b] += uint8(m & 1)
					m >>= 1
				}
			}
		}
	}
	if n := len(words); n > 0 {
		last := words[n-1]
		l.lastStop = isStop(last) && strings.HasSuffix(l.low, last)
	}
	l.captionWord = anchors&anchorCaption != 0

	// How the line starts.
	l.bullet, l.closeStart, l.startQuote, l.startLower = false, false, false, false
	if r, n := utf8.DecodeRuneInString(t); n > 0 {
		switch r {
		case '•', '·', '▪', '►', '●', '◦', '■', '□', '➤', '‣', '∙', '»', '→', '◆', '◇', '✓', '✔':
			l.bullet = true
		case '-', '*', '–', '—':
			l.bullet = len(t) > n && (t[n] == ' ' || isSpaceRune(rune(t[n])))
		case ')', ']', ',', ';', ':', '.':
			l.closeStart = true
		case '"', '“', '„', '«', '‘', '\'', '”':
			l.startQuote = true
		}
	}
	for _, r := range t {
		if unicode.IsLetter(r) {
			l.startLower = unicode.IsLower(r)
			break
		}
		if unicode.IsDigit(r) {
			break
		}
	}

	// How the line ends.
	end := strings.TrimRight(t, closers)
	l.terminal, l.colon, l.ellipsis, l.openEnd = false, false, false, false
	if strings.HasSuffix(end, "...") || strings.HasSuffix(end, "…") {
		l.ellipsis = true
	} else if r, _ := utf8.DecodeLastRuneInString(end); r != utf8.RuneError {
		switch r {
		case '.', '!', '?', ';', '。', '؟', '¡', '¿':
			l.terminal = true
		case ':':
			l.colon = true
		}
	}
	if r, _ := utf8.DecodeLastRuneInString(t); r == '(' || r == '[' || r == '“' || r == '«' || r == ',' || r == '„' {
		l.openEnd = true
	}

	// Spacing and markup.
	l.gaps = 0
	run := 0
	for _, r := range t {
		if r == ' ' || isSpaceRune(r) {
			run++
			continue
		}
		if run >= 2 {
			l.gaps++
		}
		run = 0
	}
	l.markup = false
	if strings.IndexByte(t, '<') >= 0 || strings.IndexByte(t, '=') >= 0 {
		l.markup = strings.Contains(t, "</") || strings.Contains(t, "<span") || strings.Contains(t, "<div") ||
			strings.Contains(t, "<img") || strings.Contains(t, "<br") || strings.Contains(t, "<a ") ||
			strings.Contains(t, "style=\"") || strings.Contains(t, "class=\"")
	}
	l.hasLink = strings.Contains(l.low, "//") || strings.Contains(l.low, "www.")

	// Boilerplate.
	l.phrase = phraseNone
	if l.words <= maxPhraseWords {
		// Counts do not change a phrase: "Comments (3)", "Share 0".
		phraseWords := words
		for i, w := range words {
			if isNumber(w) {
				phraseWords = dropNumbers(words, i)
				break
			}
		}
		l.phrase = matchPhrases(phraseWords)
	}
	if l.phrase == phraseNone && anchors&anchorStrong != 0 && hasStrongPhrase(l.low) {
		l.phrase = phraseFurniture
	}
	l.label = labelNone
	if len(words) > 0 {
		l.label = lineLabel(l.low, words[0])
	}

	// Dates, looked for only where a line is short enough to be a date line.
	l.hasDate, l.dateLabel, l.dateWords = false, dlNone, 0
	if l.words <= 30 && len(t) <= 240 && hasDigit(t) {
		if d, ok := findDateFolded(l.low); ok {
			l.date, l.hasDate = d, true
			l.dateLabel, l.dateWords = dateLineWords(l.low, d)
		}
	}
	return words
}

// isNumber reports whether s is all ASCII digits.
func isNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// dropNumbers returns words without its numbers, the first at index from.
func dropNumbers(words []string, from int) []string {
	out := append(make([]string, 0, len(words)), words[:from]...)
	for _, w := range words[from:] {
		if !isNumber(w) {
			out = append(out, w)
		}
	}
	return out
}

// hasLetter reports whether s holds a letter.
func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// hasDigit reports whether s holds an ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// labelClass is what a "Label:" opening a line says about it.
type labelClass uint8

// The label classes.
const (
	labelNone    labelClass = iota
	labelCaption            // Photo:, Image:, Credit:, Foto:
	labelFurn               // Video:, Watch:, Listen:, Read:, More:, Related: (a link inside the body)
	labelBreak              // Tags:, Topics:, Categories: (after the body)
	labelAuthor             // Author:, Autor:, Auteur:
	labelSource             // Source:, Fuente:, Quelle:
)

// labelWords are the words that, followed by a colon at the start of a
// line, say what the line is.
var labelWords = map[string]labelClass{
	"photo": labelCaption, "photos": labelCaption, "image": labelCaption, "images": labelCaption,
	"credit": labelCaption, "credits": labelCaption, "foto": labelCaption, "fotos": labelCaption,
	"picture": labelCaption, "pictures": labelCaption, "bild": labelCaption, "photograph": labelCaption,
	"illustration": labelCaption, "caption": labelCaption, "crédit": labelCaption,
	"video": labelFurn, "watch": labelFurn, "listen": labelFurn, "read": labelFurn,
	"more": labelFurn, "also": labelFurn, "advertisement": labelFurn, "share": labelFurn,
	"related": labelFurn, "tags": labelBreak, "tagged": labelBreak, "topics": labelBreak,
	"categories": labelBreak, "category": labelBreak, "etiquetas": labelBreak, "temas": labelBreak,
	"author": labelAuthor, "autor": labelAuthor, "auteur": labelAuthor, "autora": labelAuthor,
	"autore": labelAuthor, "writer": labelAuthor, "reporter": labelAuthor,
	"source": labelSource, "sources": labelSource, "fuente": labelSource, "quelle": labelSource,
	"fonte": labelSource,
}

// lineLabel returns the class of a label word followed by a colon opening
// the folded line.
func lineLabel(low, first string) labelClass {
	c, ok := labelWords[first]
	if !ok || !strings.HasPrefix(strings.TrimLeft(low, " \"“*-–•"), first) {
		return labelNone
	}
	rest := strings.TrimLeft(low, " \"“*-–•")[len(first):]
	rest = strings.TrimLeft(rest, " \u00a0")
	if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：") {
		return c
	}
	return labelNone
}
