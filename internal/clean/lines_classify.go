package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// classifyLine decides what a measured line is. The order matters: markup and
// wordless lines first, then the metadata lines (dates, bylines), then the
// boilerplate phrases, captions and navigation, and last the shape of what
// is left (prose, short sentence, heading, headline).
func classifyLine(l *textLine) lineKind {
	switch {
	case l.text == "":
		return lkBlank
	case l.markup, l.alphaWords == 0:
		return lkJunk
	case l.words >= 3 && l.tinyWords == l.words && !l.terminal:
		return lkJunk // calendar heads: "M T W T F S S"
	}
	if isDurationItem(l.text) && l.words <= 30 && !l.terminal {
		return lkFurniture // a video playlist item: "2:53 Police discuss ..."
	}
	if isDateLine(l) {
		return lkDate
	}
	if l.label == labelAuthor {
		return lkByline
	}
	if _, ok := bylineName(l); ok {
		return lkByline
	}
	switch {
	case l.phrase == phraseEnd, l.label == labelBreak:
		return lkEnd
	case l.phrase == phraseBreak:
		return lkBreak
	case l.phrase == phraseFurniture, l.label == labelFurn, l.label == labelSource:
		return lkFurniture
	case l.label == labelCaption, isCaption(l):
		return lkCaption
	case l.hasLink && l.words <= 12:
		return lkJunk
	case isMenuLine(l):
		return lkMenu
	}
	if l.repeat >= 2 && l.words <= 12 {
		return lkMenu // a short line the page prints again and again
	}
	if (l.terminal || l.colon) && l.words >= 8 || l.words >= 15 {
		return lkProse
	}
	if l.ellipsis {
		return lkFurniture // a teaser: "Now you can see non-English news..."
	}
	if l.terminal && l.words >= 2 {
		return lkShort
	}
	if l.words <= 8 {
		return lkHeading
	}
	return lkLinkTitle
}

// isDateLine: a line that is mostly a date. A sentence that holds a date
// ("The attack on March 22, 2024 killed 133.") is not one.
func isDateLine(l *textLine) bool {
	if !l.hasDate || l.words > 25 {
		return false
	}
	switch {
	case l.dateWords <= 2:
		return true
	case l.dateLabel != dlNone:
		return l.dateWords <= 8 // "تم نشره في Mon 29 August / Aug 2016 ... آخر تعديل في ..."
	}
	return l.dateWords <= 4 && !l.terminal // "By John Smith | March 2, 2024"
}

// bylinePrefixes open a byline: "By Ali Raza", "Por Redacción", "Written by".
var bylinePrefixes = []string{"written by ", "reported by ", "text by ", "by ", "por ", "par ", "von ", "door ", "escrito por ", "texto de "}

// bylineName returns the name a byline line gives, without its prefix.
func bylineName(l *textLine) (string, bool) {
	if l.words < 2 || l.words > 12 || l.terminal && !strings.HasSuffix(l.text, ".") {
		return "", false
	}
	low := l.low
	prefix := ""
	for _, p := range bylinePrefixes {
		if strings.HasPrefix(low, p) {
			prefix = p
			break
		}
	}
	if prefix == "" {
		return "", false
	}
	name := l.text[len(prefix):]
	// Cut what follows the name: "| March 2, 2024", ", CNN", " - Updated".
	if i := strings.IndexAny(name, "|•·,–—\t"); i > 0 {
		name = name[:i]
	}
	if i := strings.Index(name, " - "); i > 0 {
		name = name[:i]
	}
	if i := strings.Index(name, "  "); i > 0 {
		name = name[:i]
	}
	name = strings.TrimRight(strings.TrimSpace(name), ".")
	if !isNameLike(name, 1, 8) {
		return "", false
	}
	return name, true
}

// isNameLike reports whether s reads as a person's or an organisation's name:
// min to max words, each capitalised or a name particle ("de", "van", "and"),
// no digits, no sentence punctuation.
func isNameLike(s string, min, max int) bool {
	if s == "" || strings.ContainsAny(s, "0123456789.!?;:()[]\"“”") {
		return false
	}
	n, caps := 0, 0
	for _, w := range strings.Fields(s) {
		n++
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			caps++
		case nameParticles[strings.ToLower(w)]:
		default:
			return false
		}
	}
	return n >= min && n <= max && caps >= 1
}

// creditWords mark a parenthetical at the end of a line as a photo credit.
var creditWords = buildSet(`photo photos foto fotos ap afp reuters getty epa pap xinhua pool file
	images image sputnik anadolu tass ria shutterstock handout courtesy stringer via efe dpa ansa
	bloomberg nurphoto sopa zuma alamy istock pictures picture`)

// isCaption recognises photo captions by their credit: "... (Reuters/Stringer)",
// "... (AP Photo)", "... PHOTO: AFP", "... Zaucha/Fakty TVN".
func isCaption(l *textLine) bool {
	t, low := l.text, l.low
	if strings.HasSuffix(t, ")") && !l.terminal {
		if open := strings.LastIndexByte(t, '('); open >= 0 && len(t)-open <= 70 {
			inner := low[open+1 : len(low)-1]
			if strings.Contains(inner, "/") {
				return true
			}
			for i := 0; i < len(inner); {
				s, e := nextWord(inner, i)
				if s < 0 {
					break
				}
				if creditWords[inner[s:e]] {
					return true
				}
				i = e
			}
		}
	}
	if l.captionWord && l.words <= 70 {
		for _, marker := range []string{"photo:", "photo credit", "foto:", "image:", "credit:", "photograph:", "pictured:", "(photo", "photo/", ", pictured", "(pictured)"} {
			if strings.Contains(low, marker) {
				return true
			}
		}
	}
	// A credit glued to the caption: "... in EuropeAndrzej Zaucha/Fakty TVN".
	if !l.terminal && !l.colon && l.words >= 4 {
		// The last two words only: "ISIS/ISIL claims responsibility" is a headline.
		tail := t
		if i := strings.LastIndexByte(tail, ' '); i > 0 {
			if j := strings.LastIndexByte(tail[:i], ' '); j >= 0 {
				tail = tail[j+1:]
			}
		}
		if i := strings.IndexByte(tail, '/'); i > 0 && i < len(tail)-1 {
			before, _ := utf8.DecodeLastRuneInString(tail[:i])
			after, _ := utf8.DecodeRuneInString(tail[i+1:])
			if unicode.IsLetter(before) && unicode.IsUpper(after) && !strings.Contains(tail, "http") {
				return true
			}
		}
	}
	return false
}

// isMenuLine recognises navigation: short bulleted items, items set apart by
// runs of spaces or by pipes, and lines made of section names.
func isMenuLine(l *textLine) bool {
	if l.terminal && l.words >= 4 {
		return false
	}
	switch {
	case l.bullet && l.words <= 8:
		return true
	case l.gaps >= 1 && l.stops == 0 && l.words <= 12:
		return true
	case l.gaps >= 2 && l.words <= 20 && !l.terminal:
		return true
	case strings.Count(l.text, "|") >= 2 && l.words <= 20:
		return true
	case strings.Count(l.text, " / ") >= 2 && l.words <= 12:
		return true
	}
	if l.words <= 6 && l.alphaWords == l.words {
		all := true
		for i := 0; i < len(l.low); {
			s, e := nextWord(l.low, i)
			if s < 0 {
				break
			}
			if !sectionWords[l.low[s:e]] {
				all = false
				break
			}
			i = e
		}
		if all {
			return true
		}
	}
	return false
}

// markCaptionsBeforeCredits marks as a caption the line just before a photo
// credit line ("A woman cries as she waits ..." / "Photo credit: ...").
func (p *textPage) markCaptionsBeforeCredits() {
	for i := 1; i < len(p.lines); i++ {
		c := &p.lines[i]
		if c.kind != lkCaption && c.kind != lkFurniture {
			continue
		}
		if c.label != labelCaption && !strings.HasPrefix(c.low, "photo credit") && !strings.HasPrefix(c.low, "image credit") && !strings.HasPrefix(c.low, "credit") {
			continue
		}
		if c.words > 12 {
			continue
		}
		prev := &p.lines[i-1]
		if (prev.kind == lkProse || prev.kind == lkShort || prev.kind == lkHeading || prev.kind == lkLinkTitle) && prev.words <= 60 {
			prev.kind = lkCaption
		}
	}
}

// isDurationItem reports a line opening with a video's duration ("2:53 ",
// "10:07 ") followed by words.
func isDurationItem(t string) bool {
	i := 0
	for i < len(t) && i < 2 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 || i+3 >= len(t) || t[i] != ':' {
		return false
	}
	if t[i+1] < '0' || t[i+1] > '5' || t[i+2] < '0' || t[i+2] > '9' || t[i+3] != ' ' {
		return false
	}
	return i+4 < len(t) && !(t[i+4] >= '0' && t[i+4] <= '9')
}
