package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of an article's text, with byte offsets into the
// text: Text == text[Start:End]. Index is its 0-based position among the
// text's sentences and Para the 0-based paragraph it belongs to (paragraphs
// are separated by blank lines).
type Sentence struct {
	Index, Start, End, Para int
	Text                    string
}

// Sentences splits text into sentences. Paragraphs are separated by blank
// lines ("\n\n"); every line break also ends a sentence (scraped text keeps
// headlines, captions and datelines on lines of their own, and is never
// hard-wrapped). Within a line a sentence ends at ".", "!", "?" or "…"
// (with any closing quotes or brackets) followed by white space and an upper
// case letter, a digit or an opening quote, unless the dot ends an
// abbreviation: titles ("Mr.", "Dr.", "Gov.", "Sen.", "Lt."), initials
// ("Michael J. Carter"), "U.S.", "a.m.", "p.m.", months before a day
// ("Jan. 3"), "No. 5", US state abbreviations ("Ill.", "Calif.") and street
// abbreviations ("St.", "Ave."). The ambiguous ones ("U.S.", "p.m.", "Ill.",
// "St.", "Jr.") end the sentence only when the next word is a typical
// sentence opener ("The", "He", "Police", ...).
//
// The split is deterministic and linear in len(text): the same text always
// gives the same sentences with the same indexes.
func Sentences(text string) []Sentence {
	out := make([]Sentence, 0, len(text)/100+1)
	para := 0
	seen := false  // a sentence was emitted in the current paragraph
	blank := false // a blank line was seen since the last sentence
	pos := 0
	for pos < len(text) {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		if isBlank(text[pos:end]) {
			if seen {
				blank = true
			}
		} else {
			if blank {
				para++
				blank = false
			}
			out = splitLine(text, pos, end, para, out)
			seen = true
		}
		pos = end + 1
	}
	return out
}

func isBlank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\t' || r == '\r' || r == '\u00a0' || r >= utf8.RuneSelf && unicode.IsSpace(r)
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '\u201d', '\u2019', '\u00bb', '\u203a':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '\u201c', '\u2018', '\u00ab', '\u2039', '\u201e':
		return true
	}
	return false
}

// splitLine appends the sentences of text[a:b] (one line) to out.
func splitLine(text string, a, b, para int, out []Sentence) []Sentence {
	start := a
	i := a
	for i < b {
		c := text[i]
		isTerm := c == '.' || c == '!' || c == '?'
		if !isTerm && c == 0xe2 && strings.HasPrefix(text[i:b], "…") {
			isTerm = true
		}
		if !isTerm {
			i++
			continue
		}
		j := i
		for j < b {
			if text[j] == '.' || text[j] == '!' || text[j] == '?' {
				j++
			} else if strings.HasPrefix(text[j:b], "…") {
				j += len("…")
			} else {
				break
			}
		}
		for j < b {
			r, w := runeAt(text, j)
			if !isCloser(r) {
				break
			}
			j += w
		}
		if j >= b {
			break
		}
		if r, _ := runeAt(text, j); !isSpaceRune(r) {
			// "two bombers.Police said": scraped text that lost its space
			if gluedBoundary(text, i, j, b) {
				out = emit(text, start, j, para, out)
				start = j
			}
			i = j
			continue
		}
		k := j
		for k < b {
			r, w := runeAt(text, k)
			if !isSpaceRune(r) {
				break
			}
			k += w
		}
		if k >= b {
			break
		}
		if isBoundary(text, i, j, k, b) {
			out = emit(text, start, j, para, out)
			start = k
		}
		i = k
	}
	return emit(text, start, b, para, out)
}

func emit(text string, a, b, para int, out []Sentence) []Sentence {
	for a < b {
		r, w := runeAt(text, a)
		if !isSpaceRune(r) {
			break
		}
		a += w
	}
	for b > a {
		r, w := utf8.DecodeLastRuneInString(text[a:b])
		if !isSpaceRune(r) {
			break
		}
		b -= w
	}
	if a >= b {
		return out
	}
	return append(out, Sentence{Index: len(out), Start: a, End: b, Para: para, Text: text[a:b]})
}

// isBoundary decides whether the terminator run text[i:j] followed by space
// and text[k:] ends a sentence.
func isBoundary(text string, i, j, k, b int) bool {
	// the next word, after any opening quotes or brackets
	n := k
	for n < b {
		r, w := runeAt(text, n)
		if !isOpener(r) {
			break
		}
		n += w
	}
	r, _ := runeAt(text, n)
	if n >= b {
		return true
	}
	if unicode.IsLower(r) {
		return false
	}
	nextIsDigit := r >= '0' && r <= '9'
	if !nextIsDigit && !unicode.IsUpper(r) && !unicode.IsLetter(r) {
		// a dash, bullet or symbol: treat as a new sentence
		return text[i] != '.' || !abbrevBefore(text, i)
	}
	c := text[i]
	if c != '.' || j-i > 1 && strings.HasPrefix(text[i:j], "..") {
		return true
	}
	// the word before the dot
	w := wordBefore(text, i)
	if w == "" {
		return true
	}
	if isDigit(w[len(w)-1]) {
		return true
	}
	lw := strings.ToLower(w)
	next := nextWord(text, n, b)
	if noBreakAbbrev[lw] {
		return false
	}
	if nextIsDigit && beforeNumberAbbrev[lw] {
		return false
	}
	if ambiguousAbbrev[lw] || strings.IndexByte(lw, '.') >= 0 || len(w) == 1 && isASCIILetter(w[0]) {
		return sentenceOpener[next]
	}
	return true
}

// abbrevBefore reports whether the dot at i ends a known abbreviation.
func abbrevBefore(text string, i int) bool {
	lw := strings.ToLower(wordBefore(text, i))
	return noBreakAbbrev[lw] || ambiguousAbbrev[lw] || strings.IndexByte(lw, '.') >= 0
}

// wordBefore returns the letters and inner dots directly before text[i]
// (at most 24 bytes): "U.S" for "U.S.", "Mr" for "Mr.", "5" for "5.".
func wordBefore(text string, i int) string {
	a := i
	for a > 0 && i-a < 24 {
		c := text[a-1]
		if isASCIILetter(c) || isDigit(c) || c == '.' && a-1 > 0 && isASCIILetter(text[a-2]) {
			a--
			continue
		}
		if c >= utf8.RuneSelf {
			r, w := utf8.DecodeLastRuneInString(text[:a])
			if unicode.IsLetter(r) {
				a -= w
				continue
			}
		}
		break
	}
	return text[a:i]
}

// nextWord returns the word starting at text[n] (letters and digits), as written.
func nextWord(text string, n, b int) string {
	e := n
	for e < b {
		r, w := runeAt(text, e)
		if !isAlnum(r) {
			break
		}
		e += w
	}
	return text[n:e]
}

// noBreakAbbrev never end a sentence when followed by a capitalised word.
var noBreakAbbrev = set(`mr mrs ms messrs mme mlle e.g i.e vs v cf approx ca viz al`)

// beforeNumberAbbrev never end a sentence when followed by a digit.
var beforeNumberAbbrev = set(`no nos vol vols pp p art fig ch sec sect para op
	jan feb mar apr jun jul aug sep sept oct nov dec rt hwy rte ste apt ext`)

// ambiguousAbbrev end a sentence only before a typical sentence opener.
var ambiguousAbbrev = set(`
	dr gov sen rep reps lt col gen sgt capt cpt cpl pvt pfc spc maj adm cmdr cmdt det insp supt rev hon pres fr msgr prof
	atty dep ofc brig gens sens reps sr jr st ste mt ft ave blvd rd hwy rte ln pkwy cir ct pl sq bros inc co corp ltd llc plc
	dept univ assn est asst dist div jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
	ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa penn
	tenn tex va vt wash wis wyo no nos vol etc sgts lts cpls pvts ald off hab twp supt ext`)

// sentenceOpener are words that typically begin a sentence; after an
// ambiguous abbreviation they signal a boundary.
var sentenceOpener = set(`
	The A An He She It They We I You His Her Its Their Our My This That These Those There Here
	But And Or So Yet However Meanwhile Police Officers Officials Authorities Witnesses Investigators Detectives
	In On At After Before When While As If According No One Two Three Four Five Some Many Several All Both Most
	Neither Nobody Someone Everyone What Why How Where Who Also Then Now Later Earlier Since Although Though
	Despite During Until With Without For From By To Of Anyone Nothing Each Another Such Other Others Authorities
	Doctors Medics Paramedics Deputies Troopers Emergency Firefighters Residents Neighbors Neighbours Family Friends
	Officer Sheriff Prosecutors Court Judge Funeral Services Video Photos Click Read Copyright Follow Contact Anyone
	Once Instead Still Even Just Only Last Next Today Yesterday Tonight`)

// gluedBoundary reports whether the terminator run text[i:j], directly
// followed by text[j:] without a space, still ends a sentence: a lower-case
// word (or a year) of at least two characters before it and a capitalised
// word after it, perhaps behind an opening quote ("bombers.Police",
// "2016.She", "damaged.“Also"), which no abbreviation, domain name or
// decimal looks like.
func gluedBoundary(text string, i, j, b int) bool {
	for j < b {
		r, w := runeAt(text, j)
		if !isOpener(r) {
			break
		}
		j += w
	}
	if j+1 >= b {
		return false
	}
	r1, w1 := runeAt(text, j)
	r2, _ := runeAt(text, j+w1)
	if !unicode.IsUpper(r1) || !unicode.IsLower(r2) {
		return false
	}
	n := 0
	for k := i - 1; k >= 0 && n < 3; k-- {
		c := text[k]
		if c >= 'a' && c <= 'z' || isDigit(c) {
			n++
			continue
		}
		break
	}
	if n < 2 {
		return false
	}
	w := wordBefore(text, i)
	return strings.IndexByte(w, '.') < 0 && !ambiguousAbbrev[strings.ToLower(w)] && !noBreakAbbrev[strings.ToLower(w)]
}
