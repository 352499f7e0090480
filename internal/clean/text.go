package clean

import (
	"strings"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
)

// Text cleans a pre-scraped text article: text whose HTML tags a scraper
// already dropped but whose page furniture (menus, share buttons, calendars,
// subscription prompts, related links, footers) it kept. A line classifier
// finds the article body as the densest run of prose lines, keeps the
// subheadings and short paragraphs inside it, drops a paragraph the page
// repeats, and reads the title, publication date, byline, publisher,
// syndication origin and language from the text itself. Metadata the record
// declares (raw.Title, raw.Published) wins. A page with no article text at
// all returns ErrNoText. Text is safe for concurrent use.
func Text(raw *dossier.Raw) (*dossier.Article, error) {
	p := newTextPage(raw.Body)
	body := p.selectBody()
	if len(body) == 0 {
		return nil, ErrNoText
	}
	a := &dossier.Article{
		ID:     raw.ID,
		Source: raw.Source,
		URL:    raw.URL,
	}
	if a.URL == "" {
		a.URL = p.url
	}
	first := body[0]
	titleIdx := -1
	if t := declaredTitle(raw.Title); t != "" {
		a.Title = t
		titleIdx = p.findLine(a.Title, first+1)
	} else {
		a.Title, titleIdx = p.findTitle(first, a.URL)
		if titleIdx < 0 && p.isHeadlineLike(first) && len(body) > 1 {
			// Nothing above the body reads as a headline, and the body
			// opens with a line that does: it is the headline.
			a.Title, titleIdx = collapseSpace(p.lines[first].text), first
		}
	}
	if titleIdx == first && len(body) > 1 && foldCase(collapseSpace(p.lines[first].text)) == foldCase(a.Title) {
		body = body[1:]
		first = body[0]
	}
	if d := parseDeclaredDate(raw.Published); d != nil {
		a.Published = d
	} else {
		a.Published = p.findPublished(titleIdx, first)
	}
	a.Byline = p.findByline(titleIdx, first, body)
	a.Publisher, a.SyndicatedFrom = p.findOrigin(body, a.URL)
	a.Text = p.bodyText(body)
	if a.Text == "" {
		return nil, ErrNoText
	}
	a.Language = p.language(body, a.Text)
	a.Captions = p.captions()
	return a, nil
}

// captions returns the page's caption lines, once each. Scrapers put a
// story's photos anywhere on the page, before its headline too.
func (p *textPage) captions() []string {
	var out []string
	seen := map[string]bool{}
	for i := range p.lines {
		if p.lines[i].kind == lkCaption {
			c := collapseSpace(p.lines[i].text)
			if !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	return out
}

// textPage is a pre-scraped page split into its non-blank lines.
type textPage struct {
	lines []textLine
	url   string // from a leading "URL: ..." line some scrapers write
}

// newTextPage splits, measures, rejoins and classifies the lines of body.
func newTextPage(body string) *textPage {
	p := &textPage{}
	folded := foldCase(body)
	p.lines = make([]textLine, 0, strings.Count(body, "\n")/2+4)
	var scratch []string
	lineNo := 0
	for pos := 0; pos <= len(body); lineNo++ {
		end := strings.IndexByte(body[pos:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += pos
		}
		s, e, indent := trimBounds(body, pos, end)
		pos = end + 1
		if s >= e {
			continue
		}
		text, low := body[s:e], folded[s:e]
		if len(p.lines) == 0 && p.url == "" && strings.HasPrefix(low, "url:") {
			if u := strings.TrimSpace(text[4:]); strings.HasPrefix(u, "http") && !strings.ContainsAny(u, " \t") {
				p.url = u
				continue
			}
		}
		// Some scrapers prefix a line with the date they read from the
		// page's metadata: " date 2024-03-25 Headline". The date becomes a
		// labelled date line of its own, the rest a line of its own.
		if n := datePrefixLen(low); n > 0 {
			p.lines = append(p.lines, textLine{text: text[:n], low: low[:n], orig: lineNo, indent: indent})
			rs, re, _ := trimBounds(text, n, len(text))
			if rs >= re {
				continue
			}
			text, low = text[rs:re], low[rs:re]
		}
		p.lines = append(p.lines, textLine{text: text, low: low, orig: lineNo, indent: indent})
	}
	for i := range p.lines {
		scratch = p.lines[i].measure(scratch)
	}
	p.joinFragments(scratch)
	p.countRepeats()
	for i := range p.lines {
		p.lines[i].kind = classifyLine(&p.lines[i])
	}
	p.markCaptionsBeforeCredits()
	return p
}

// trimBounds returns the bounds of s[from:to] without the white space around
// it, and the count of leading white-space characters.
func trimBounds(s string, from, to int) (int, int, int) {
	t, lead := trimSpace(s[from:to])
	if t == "" {
		return from, from, 0
	}
	start := strings.Index(s[from:to], t) + from
	return start, start + len(t), lead
}

// datePrefixLen returns the length of a leading "date YYYY-MM-DD" label in a
// folded line, or 0.
func datePrefixLen(low string) int {
	if !strings.HasPrefix(low, "date") {
		return 0
	}
	rest := strings.TrimLeft(low[4:], ": ")
	if len(rest) < 10 || len(rest) == len(low)-4 {
		return 0
	}
	iso := rest[:10]
	for i := 0; i < 10; i++ {
		c := iso[i]
		if i == 4 || i == 7 {
			if c != '-' {
				return 0
			}
		} else if c < '0' || c > '9' {
			return 0
		}
	}
	return len(low) - len(rest) + 10
}

// joinFragments rejoins the pieces of a sentence a scraper split over lines
// where the page set a word in italics or a link ("in an article in" /
// "Foreign Policy" / "in which they analyzed ..."), and a short "X said:"
// with the quotation after it.
func (p *textPage) joinFragments(scratch []string) {
	out := p.lines[:0]
	for i := range p.lines {
		l := p.lines[i]
		if n := len(out); n > 0 && shouldJoin(&out[n-1], &l) {
			prev := &out[n-1]
			sep := " "
			if l.closeStart && !strings.HasPrefix(l.text, "“") || prev.openEnd && !strings.HasSuffix(prev.text, ",") {
				sep = ""
			}
			prev.text = prev.text + sep + l.text
			prev.low = foldCase(prev.text)
			scratch = prev.measure(scratch)
			continue
		}
		out = append(out, l)
	}
	p.lines = out
}

// maxJoinGap is the most blank lines a split sentence may have between its pieces.
const maxJoinGap = 3

// shouldJoin decides whether line b continues line a's sentence.
func shouldJoin(a, b *textLine) bool {
	if b.orig-a.orig > maxJoinGap+1 || a.bullet || b.bullet || a.markup || b.markup || a.indent > 0 && b.indent > 0 {
		return false
	}
	if a.words == 0 && !a.openEnd {
		return false
	}
	if a.colon && a.words <= 12 && b.startQuote && b.words >= 3 {
		return true
	}
	if a.terminal || a.colon || a.ellipsis || a.hasDate {
		return false
	}
	switch {
	case a.openEnd && !strings.HasSuffix(a.text, ","):
		return true // "branch of ISIS (" + "Vilayat Kavkaz"
	case b.closeStart && b.words <= 40:
		return true // "Vilayat Kavkaz" + ") was founded ..."
	case a.lastStop && a.words >= 3 && b.words <= 40:
		return true // "in an article in" + "Foreign Policy"
	case b.startLower && a.words >= 8:
		return true // "... in an article in Foreign Policy" + "in which they ..."
	case strings.HasSuffix(a.text, ",") && a.words >= 8 && (b.startLower || b.words <= 3):
		return true
	}
	return false
}

// countRepeats counts, for each line, the lines of the page with the same text.
func (p *textPage) countRepeats() {
	seen := make(map[string]int, len(p.lines))
	for i := range p.lines {
		seen[p.lines[i].low]++
	}
	for i := range p.lines {
		p.lines[i].repeat = seen[p.lines[i].low]
	}
}

// isHeadlineLike: a title candidate that does not end a sentence.
func (p *textPage) isHeadlineLike(i int) bool {
	l := &p.lines[i]
	return isTitleCandidate(l) && !l.terminal && !l.colon
}

// findLine returns the index of the line before limit that is s (a declared
// title), or a short line that holds it ("Title | Site"), or -1.
func (p *textPage) findLine(s string, limit int) int {
	want := foldCase(s)
	for i := 0; i < limit && i < len(p.lines); i++ {
		low := collapseSpace(p.lines[i].low)
		if low == want || len(low) <= len(want)+40 && strings.Contains(low, want) {
			return i
		}
	}
	return -1
}

// collapseSpace replaces each run of white space (no-break spaces included)
// with one space and trims the ends.
func collapseSpace(s string) string {
	if isCollapsed(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for _, r := range s {
		if r == ' ' || isSpaceRune(r) || r == '\n' || r == '\r' {
			pending = b.Len() > 0
			continue
		}
		if pending {
			b.WriteByte(' ')
			pending = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isCollapsed reports whether s has no white space but single spaces between
// words, checking bytes: the common case costs one pass without decoding.
func isCollapsed(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if s[i+1] == ' ' {
				return false
			}
		case c < 0x20:
			return false
		case c == 0xC2, c == 0xE2, c == 0xE3, c == 0xEF:
			// The lead bytes of the no-break, typographic, ideographic
			// and zero-width spaces and of the byte-order mark.
			r, _ := utf8.DecodeRuneInString(s[i:])
			if isSpaceRune(r) {
				return false
			}
		}
	}
	return true
}
