package clean

import (
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// parseDeclaredDate parses a date a record declares with the text date
// parser, which reads the machine formats (ISO 8601, RFC 3339, RFC 1123) and
// the written ones alike. nil when s is empty or holds no full date.
func parseDeclaredDate(s string) *time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	if t, ok := parseTextDate(s); ok {
		return &t
	}
	return nil
}

// Title.

// maxTitleWords bounds a headline's length.
const maxTitleWords = 35

// isTitleCandidate: a line that could be the headline. It has a few words,
// starts with a capital, does not end a sentence with a period, a colon or an
// ellipsis, and is neither navigation, furniture nor metadata.
func isTitleCandidate(l *textLine) bool {
	switch l.kind {
	case lkHeading, lkLinkTitle, lkProse, lkShort:
	case lkMenu:
		// A headline the page prints twice (as the heading and in a
		// breadcrumb) is still the headline; a bullet or an item list is not.
		if l.repeat != 2 || l.bullet || l.gaps > 0 {
			return false
		}
	default:
		return false
	}
	if l.alphaWords < 3 || l.words > maxTitleWords || l.startLower || l.colon || l.ellipsis || l.bullet {
		return false
	}
	if l.terminal && strings.HasSuffix(strings.TrimRight(l.text, closers), ".") {
		return false
	}
	return true
}

// findTitle returns the headline among the lines before the body (before
// line first) and its index, or ("", -1). Where the URL has a slug, the line
// that shares most of its words wins; else the headline is the line just
// above the article's date or byline; else the first candidate line.
func (p *textPage) findTitle(first int, rawURL string) (string, int) {
	var cands []int
	for i := 0; i < first; i++ {
		if isTitleCandidate(&p.lines[i]) {
			cands = append(cands, i)
		}
	}
	if len(cands) == 0 {
		return "", -1
	}
	pick := func(i int) (string, int) { return collapseSpace(p.lines[i].text), i }

	if slug := slugWords(rawURL); len(slug) >= 3 {
		best, bestScore, tie := -1, 0.0, false
		for _, i := range cands {
			sc := slugOverlap(slug, p.lines[i].low)
			switch {
			case sc > bestScore:
				best, bestScore, tie = i, sc, false
			case sc == bestScore:
				tie = true
			}
		}
		if best >= 0 && bestScore >= 0.5 && !tie {
			return pick(best)
		}
	}

	for m := cands[0] + 1; m < first; m++ {
		if k := p.lines[m].kind; k != lkDate && k != lkByline {
			continue
		}
		// The run of candidate lines just above the metadata: its first line
		// (a headline above its subtitle).
		run := -1
		for j := m - 1; j >= 0 && isTitleCandidate(&p.lines[j]); j-- {
			run = j
		}
		if run >= 0 {
			return pick(run)
		}
		for j := m - 1; j >= 0 && j >= m-6; j-- {
			if isTitleCandidate(&p.lines[j]) {
				return pick(j)
			}
		}
		break
	}
	return pick(cands[0])
}

// slugWords returns the words of the last meaningful path segment of a URL
// ("isis-claims-responsibility-palm-sunday-church-blasts-egypt-article-1.3036353").
func slugWords(rawURL string) []string {
	if rawURL == "" {
		return nil
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil
	}
	segs := strings.Split(strings.Trim(u.Path, "/"), "/")
	var best []string
	for _, seg := range segs {
		seg = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(seg, ".html"), ".htm"), ".php")
		var words []string
		for _, w := range strings.FieldsFunc(strings.ToLower(seg), func(r rune) bool { return r == '-' || r == '_' || r == '+' || r == '.' }) {
			if len(w) < 3 || hasDigit(w) || isStop(w) || w == "html" || w == "article" || w == "story" || w == "news" {
				continue
			}
			words = append(words, w)
		}
		if len(words) > len(best) {
			best = words
		}
	}
	return best
}

// slugOverlap is the share of slug words found among a folded line's words.
func slugOverlap(slug []string, low string) float64 {
	hit := 0
	for _, w := range slug {
		for i := 0; i < len(low); {
			s, e := nextWord(low, i)
			if s < 0 {
				break
			}
			if low[s:e] == w || strings.TrimSuffix(low[s:e], "’s") == w || strings.TrimSuffix(low[s:e], "'s") == w {
				hit++
				break
			}
			i = e
		}
	}
	return float64(hit) / float64(len(slug))
}

// Publication date.

// maxDateBeforeTitle is how far above the headline (in lines) a date line may
// stand and still be the article's: further up it is the date a site prints
// in its header for today.
const maxDateBeforeTitle = 2

// findPublished returns the article's publication date: a date line labelled
// as the publication date anywhere outside the body; else the first date line
// between the headline and the body; else a date line just above the
// headline, unless it names the weekday as sites do for today's date in their
// header; else a date labelled as an update. nil when the text shows none:
// dates inside the body's sentences and captions are not publication dates.
func (p *textPage) findPublished(titleIdx, first int) *time.Time {
	var updated *textLine
	for i := range p.lines {
		l := &p.lines[i]
		if l.kind != lkDate || l.dateLabel == dlNone {
			continue
		}
		if l.dateLabel == dlPublished {
			return dateOf(l)
		}
		if updated == nil {
			updated = l
		}
	}
	if titleIdx >= 0 {
		for i := titleIdx + 1; i < first; i++ {
			if p.lines[i].kind == lkDate {
				return dateOf(&p.lines[i])
			}
		}
		for i := titleIdx - 1; i >= 0 && i >= titleIdx-maxDateBeforeTitle; i-- {
			if l := &p.lines[i]; l.kind == lkDate && !l.date.Weekday {
				return dateOf(l)
			}
		}
	} else {
		for i := first - 1; i >= 0 && i >= first-4; i-- {
			if l := &p.lines[i]; l.kind == lkDate && !l.date.Weekday {
				return dateOf(l)
			}
		}
	}
	if updated != nil {
		return dateOf(updated)
	}
	return nil
}

// dateOf returns a date line's date at midnight UTC.
func dateOf(l *textLine) *time.Time {
	t := l.date.Time()
	return &t
}

// Byline.

// findByline returns the author: a byline line ("By Ali Raza", "Author: ...")
// near the headline; else a bare name line next to the article's date
// ("Redacción"); else a byline line after the body.
func (p *textPage) findByline(titleIdx, first int, body []int) string {
	from := max(titleIdx, 0)
	for i := from; i < first; i++ {
		if name := p.bylineAt(i); name != "" {
			return name
		}
	}
	if titleIdx >= 0 {
		for i := titleIdx + 1; i < first; i++ {
			if p.lines[i].kind != lkDate {
				continue
			}
			for _, j := range []int{i - 1, i + 1} {
				if j <= titleIdx || j >= first {
					continue
				}
				l := &p.lines[j]
				if (l.kind == lkHeading || l.kind == lkMenu) && l.words <= 4 && isNameLike(collapseSpace(l.text), 1, 4) && !sectionWords[l.low] {
					return collapseSpace(l.text)
				}
			}
		}
	}
	for i := body[len(body)-1] + 1; i < len(p.lines); i++ {
		if name := p.bylineAt(i); name != "" {
			return name
		}
	}
	for i := 0; i < from; i++ {
		if name := p.bylineAt(i); name != "" {
			return name
		}
	}
	return ""
}

// bylineAt returns the name a byline line gives, or "".
func (p *textPage) bylineAt(i int) string {
	l := &p.lines[i]
	if l.kind != lkByline {
		return ""
	}
	if name, ok := bylineName(l); ok {
		return collapseSpace(name)
	}
	if l.label == labelAuthor {
		if c := strings.IndexAny(l.text, ":："); c >= 0 {
			name := strings.TrimSpace(strings.TrimRight(l.text[c+1:], ". "))
			name = strings.TrimPrefix(strings.TrimPrefix(name, "："), ":")
			if isNameLike(name, 1, 8) {
				return collapseSpace(name)
			}
		}
	}
	return ""
}

// Publisher and syndication.

// originallyPublished introduces the original publisher of a republished
// article, in the languages the tables know.
var originallyPublished = []string{
	"originally published", "first published", "publicado originalmente", "publicado inicialmente",
	"originalmente publicado", "publié initialement", "initialement publié", "publié à l'origine",
	"ursprünglich veröffentlicht", "zuerst veröffentlicht", "pubblicato originariamente",
	"originariamente pubblicato", "oorspronkelijk gepubliceerd",
}

// originPrepositions come between "originally published" and the name.
var originPrepositions = []string{" in ", " on ", " by ", " at ", " en ", " em ", " no ", " na ", " dans ", " sur ", " par ", " bei ", " in der ", " im ", " su ", " da ", " op ", " door "}

// newsAgencies are looked for in a dateline ("LONDON (Reuters) -").
var newsAgencies = []string{"Reuters", "AP", "AFP", "UPI", "Bloomberg", "ANI", "PTI", "IANS", "EFE", "dpa", "Xinhua", "Anadolu", "Bernama", "TASS", "Europa Press", "ANSA"}

// findOrigin returns the publisher and the original publisher of a
// syndicated article, read from "(MENAFN- Asia Times)", "This article was
// originally published in X", "Source: X", "Copyright © 2021 X ...
// Distributed by Y", a news agency's dateline, and the URL's host.
func (p *textPage) findOrigin(body []int, rawURL string) (publisher, syndicated string) {
	holder := ""
	for i := range p.lines {
		l := &p.lines[i]
		low := l.low
		if k := strings.Index(l.text, "(MENAFN-"); k >= 0 {
			rest := l.text[k+len("(MENAFN-"):]
			if e := strings.IndexByte(rest, ')'); e > 0 {
				publisher = "MENAFN"
				if syndicated == "" {
					syndicated = strings.TrimSpace(rest[:e])
				}
			}
		}
		if l.words <= 40 && syndicated == "" {
			for _, op := range originallyPublished {
				k := strings.Index(low, op)
				if k < 0 {
					continue
				}
				if name := nameAfterPreposition(l.text[k+len(op):]); name != "" {
					syndicated = name
				}
				break
			}
		}
		if l.label == labelSource && l.words <= 10 && syndicated == "" {
			if c := strings.IndexAny(l.text, ":："); c >= 0 {
				syndicated = sourceName(strings.TrimSpace(l.text[c+1:]))
			}
		}
		if strings.HasPrefix(low, "©") || strings.HasPrefix(low, "copyright") || strings.HasPrefix(low, "(c)") {
			h, dist := copyrightHolder(l.text)
			if dist != "" {
				publisher = dist
				if syndicated == "" && h != "" && !strings.EqualFold(h, dist) {
					syndicated = h
				}
			} else if h != "" && holder == "" {
				holder = h
			}
		}
	}
	host := urlHost(rawURL)
	if syndicated == "" && len(body) > 0 {
		syndicated = datelineAgency(p.lines[body[0]].text, host)
	}
	if publisher == "" {
		publisher = holder
	}
	if publisher == "" {
		publisher = host
	}
	return publisher, syndicated
}

// nameAfterPreposition reads the publisher's name in " in Escudo Digital.":
// after a preposition, up to the end of the sentence.
func nameAfterPreposition(s string) string {
	low := foldCase(s)
	k := -1
	for _, prep := range originPrepositions {
		if j := strings.Index(low, prep); j >= 0 && j <= 12 && (k < 0 || j < k) {
			k = j + len(prep)
		}
	}
	if k < 0 {
		return ""
	}
	name := s[k:]
	if e := strings.IndexAny(name, ".,;|(\n"); e >= 0 {
		name = name[:e]
	}
	for _, stop := range []string{" and ", " y ", " et ", " und ", " e ", " on ", " under ", " as ", " - ", " – "} {
		if e := strings.Index(name, stop); e > 0 {
			name = name[:e]
		}
	}
	name = strings.TrimSpace(name)
	if name == "" || utf8.RuneCountInString(name) > 60 {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return ""
	}
	return collapseSpace(name)
}

// sourceName is a "Source:" line's value: a URL's host, else the name.
func sourceName(s string) string {
	s = strings.TrimRight(s, " .")
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.") {
		if !strings.HasPrefix(s, "http") {
			s = "http://" + s
		}
		return urlHost(s)
	}
	if s == "" || utf8.RuneCountInString(s) > 60 {
		return ""
	}
	return collapseSpace(s)
}

// copyrightHolder reads "Copyright © 2021 Agencia de Informacao de
// Mocambique. All rights reserved. Distributed by AllAfrica Global Media
// (allAfrica.com)." into the holder and the distributor.
func copyrightHolder(s string) (holder, distributor string) {
	low := foldCase(s)
	if k := strings.Index(low, "distributed by "); k >= 0 {
		d := s[k+len("distributed by "):]
		if e := strings.IndexAny(d, ".(|;,"); e >= 0 {
			d = d[:e]
		}
		if d = strings.TrimSpace(d); isOrgName(d) {
			distributor = collapseSpace(d)
		}
	}
	rest := s
	for {
		rest = strings.TrimLeft(rest, " ©-–,")
		lr := foldCase(rest)
		switch {
		case strings.HasPrefix(lr, "copyright"):
			rest = rest[len("copyright"):]
			continue
		case strings.HasPrefix(lr, "(c)"):
			rest = rest[3:]
			continue
		}
		if len(rest) >= 4 && hasDigit(rest[:1]) {
			j := 0
			for j < len(rest) && (rest[j] >= '0' && rest[j] <= '9' || rest[j] == '-' || rest[j] == ' ' || rest[j] == ',') {
				j++
			}
			if j > 0 {
				rest = rest[j:]
				continue
			}
		}
		break
	}
	// The holder's name must come after a year: "© Communities 2019" is a
	// menu, not a name.
	if len(rest) == len(strings.TrimLeft(s, " ©-–,")) && !strings.HasPrefix(foldCase(s), "copyright") {
		return "", distributor
	}
	if e := strings.IndexAny(rest, "|;(\n"); e >= 0 {
		rest = rest[:e]
	}
	if e := strings.Index(rest, ". "); e >= 0 {
		rest = rest[:e]
	}
	if e := strings.Index(foldCase(rest), " all rights"); e >= 0 {
		rest = rest[:e]
	}
	rest = strings.TrimRight(strings.TrimSpace(rest), ".,")
	if isOrgName(rest) {
		holder = collapseSpace(rest)
	}
	return holder, distributor
}

// isOrgName: one to eight words, capitalised or short function words
// ("The Diplomat in Spain"), no digits, no sentence.
func isOrgName(s string) bool {
	if s == "" || strings.ContainsAny(s, "0123456789!?:\"“”") {
		return false
	}
	n, caps := 0, 0
	for _, w := range strings.Fields(s) {
		n++
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			caps++
		case nameParticles[strings.ToLower(w)], len(w) <= 3 && isStop(strings.ToLower(w)):
		default:
			return false
		}
	}
	return n >= 1 && n <= 8 && caps >= 1
}

// datelineAgency returns the news agency named in the dateline opening the
// body ("LONDON (Reuters) -") when it is not the site itself.
func datelineAgency(first, host string) string {
	head := first
	if len(head) > 160 {
		head = head[:160]
	}
	for _, a := range newsAgencies {
		k := strings.Index(head, "("+a+")")
		if k < 0 {
			continue
		}
		after := strings.TrimLeft(head[k+len(a)+2:], " ")
		if !strings.HasPrefix(after, "-") && !strings.HasPrefix(after, "–") && !strings.HasPrefix(after, "—") {
			continue
		}
		if host != "" && strings.Contains(host, strings.ToLower(strings.ReplaceAll(a, " ", ""))) {
			return ""
		}
		return a
	}
	return ""
}

// urlHost returns a URL's host without "www.", or "".
func urlHost(rawURL string) string {
	if rawURL == "" {
		return ""
	}
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return ""
	}
	h := strings.ToLower(u.Hostname())
	for _, p := range []string{"www.", "m.", "amp.", "mobile."} {
		h = strings.TrimPrefix(h, p)
	}
	return h
}

// stripSyndicationTag removes a syndication tag opening a paragraph:
// "(MENAFN- Asia Times) It appears ..." becomes "It appears ...".
func stripSyndicationTag(s string) string {
	if !strings.HasPrefix(s, "(MENAFN-") {
		return s
	}
	if e := strings.IndexByte(s, ')'); e > 0 {
		return strings.TrimSpace(s[e+1:])
	}
	return s
}

// Language.

// maxLangBytes bounds the text whose script is counted to guess the language.
const maxLangBytes = 1500

// language guesses the ISO 639-1 code of the body's language: by script for
// non-Latin text, else by the stop words its lines' measure already counted
// (English, Spanish, French, German, Portuguese, Italian, Dutch); "" when it
// cannot tell.
func (p *textPage) language(body []int, text string) string {
	if lang, decided := scriptLanguage(text); decided {
		return lang
	}
	var votes [len(langCodes)]int
	for _, i := range body {
		for b, v := range p.lines[i].langVotes {
			votes[b] += int(v)
		}
	}
	return pickLanguage(votes)
}

// pickLanguage returns the language with the most stop words, or "" when
// too few were seen or two languages tie.
func pickLanguage(votes [len(langCodes)]int) string {
	best := 0
	for b := 1; b < len(votes); b++ {
		if votes[b] > votes[best] {
			best = b
		}
	}
	for b := range votes {
		if b != best && votes[b] == votes[best] {
			return ""
		}
	}
	if votes[best] < 3 {
		return ""
	}
	return langCodes[best]
}

// scriptLanguage decides the language of text written mostly in a non-Latin
// script. decided is false for Latin text, which the stop words must decide;
// it is true with "" when no script has a majority.
func scriptLanguage(text string) (lang string, decided bool) {
	if len(text) > maxLangBytes {
		text = text[:maxLangBytes]
	}
	var latin, cyr, arabic, han, kana, hangul, greek, hebrew, deva, thai, ukr int
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				latin++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		switch {
		case r < 0x250:
			if unicode.IsLetter(r) {
				latin++
			}
		case r >= 0x370 && r < 0x400:
			greek++
		case r >= 0x400 && r < 0x530:
			cyr++
			if r == 'і' || r == 'ї' || r == 'є' || r == 'ґ' {
				ukr++
			}
		case r >= 0x590 && r < 0x600:
			hebrew++
		case r >= 0x600 && r < 0x700, r >= 0x750 && r < 0x780:
			arabic++
		case r >= 0x900 && r < 0x980:
			deva++
		case r >= 0xE00 && r < 0xE80:
			thai++
		case r >= 0x3040 && r < 0x3100:
			kana++
		case r >= 0x4E00 && r < 0xA000:
			han++
		case r >= 0xAC00 && r < 0xD7B0:
			hangul++
		}
	}
	total := latin + cyr + arabic + han + kana + hangul + greek + hebrew + deva + thai
	if total == 0 {
		return "", true
	}
	major := func(n int) bool { return n*2 > total }
	switch {
	case major(latin):
		return "", false
	case major(cyr):
		if ukr*50 > cyr {
			return "uk", true
		}
		return "ru", true
	case major(arabic):
		return "ar", true
	case kana > 0 && major(han+kana):
		return "ja", true
	case major(han):
		return "zh", true
	case major(hangul):
		return "ko", true
	case major(greek):
		return "el", true
	case major(hebrew):
		return "he", true
	case major(deva):
		return "hi", true
	case major(thai):
		return "th", true
	}
	return "", true
}
