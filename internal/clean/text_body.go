package clean

import (
	"strings"
)

// Scores of the line kinds when looking for the body: prose scores its word
// count, every kind of furniture costs a little, and a section break (related
// links, comments, source link) cannot be crossed.
const (
	scoreShort     = 1
	scoreHeading   = -2
	scoreCaption   = -2
	scoreMeta      = -3
	scoreLinkTitle = -4
	scoreFurniture = -6
	scoreBreak     = -1e9 // crossed only by mergeAcrossBreaks
	scoreEnd       = -2e9 // never crossed
	maxProseScore  = 120
	// minCutParagraph is the length from which a line without a sentence
	// end is taken for a paragraph the scraper cut rather than a headline.
	minCutParagraph = 40
)

// Merging the body across a section break: the far side must hold at least
// this much prose, with little furniture on the way.
const (
	mergeMinProse = 2
	mergeMinWords = 40
	mergeMaxCost  = -30
)

// lineScore is a line's worth to the body.
func lineScore(l *textLine, useStops bool) float64 {
	switch l.kind {
	case lkProse:
		w := float64(min(l.words, maxProseScore))
		if !l.terminal && !l.colon {
			// No sentence end: a standfirst, a long headline or a paragraph
			// the scraper cut. It joins a body next to it but does not
			// make one across furniture.
			w /= 4
		}
		if useStops && l.scanned >= 8 && l.stopDensity() < 0.12 {
			w *= 0.5 // a list of names or a tag cloud, not a sentence
		}
		return w
	case lkShort:
		return scoreShort
	case lkHeading:
		return scoreHeading
	case lkCaption:
		return scoreCaption
	case lkDate, lkByline:
		return scoreMeta
	case lkLinkTitle:
		return scoreLinkTitle
	case lkBreak:
		return scoreBreak
	case lkEnd:
		return scoreEnd
	}
	return scoreFurniture
}

// stopsUsable reports whether the page's prose holds enough stop words of the
// languages the tables know for their density to mean something.
func (p *textPage) stopsUsable() bool {
	stops, scanned := 0, 0
	for i := range p.lines {
		if l := &p.lines[i]; l.kind == lkProse {
			stops += l.stops
			scanned += l.scanned
		}
	}
	return scanned > 0 && float64(stops)/float64(scanned) >= 0.15
}

// bestRun returns the run of lines in [from, to) with the highest total score
// (the densest run of prose), as [s, e] inclusive, and that total.
func bestRun(scores []float64, from, to int) (int, int, float64) {
	bs, be, best := -1, -1, 0.0
	cur, cs := 0.0, from
	for i := from; i < to; i++ {
		if cur <= 0 {
			cur, cs = 0, i
		}
		cur += scores[i]
		if cur > best {
			bs, be, best = cs, i, cur
		}
	}
	return bs, be, best
}

// selectBody returns the indexes of the lines that make up the article body,
// in page order, or nil when the page has no article text.
func (p *textPage) selectBody() []int {
	n := len(p.lines)
	if n == 0 {
		return nil
	}
	scores := make([]float64, n)
	useStops := p.stopsUsable()
	for i := range p.lines {
		scores[i] = lineScore(&p.lines[i], useStops)
	}
	s, e, best := bestRun(scores, 0, n)
	if s < 0 || best <= 0 {
		return nil
	}
	s, e = p.mergeAcrossBreaks(scores, s, e)

	cand := make([]int, 0, e-s+1)
	prose := 0
	for i := s; i <= e; i++ {
		switch l := &p.lines[i]; l.kind {
		case lkProse:
			// A body has at least one sentence: a run of headlines
			// without sentence ends is a list of links.
			if l.terminal || l.colon || l.words >= minCutParagraph {
				prose++
			}
			cand = append(cand, i)
		case lkShort, lkHeading, lkLinkTitle:
			cand = append(cand, i)
		}
	}
	if prose == 0 {
		return nil
	}
	cand = p.dropRepeatedParagraphs(cand)
	return p.keepBodyLines(cand, e)
}

// mergeAcrossBreaks extends the body [s, e] over a section break when the
// other side holds a substantial run of prose: an inline "Related" box in the
// middle of an article must not cut it in two. An end (comments, tags,
// "Source link") is never crossed, so an author's biography or the comments
// stay out.
func (p *textPage) mergeAcrossBreaks(scores []float64, s, e int) (int, int) {
	n := len(scores)
forward:
	for {
		b := e + 1
		for b < n && scores[b] > scoreBreak {
			b++
		}
		if b >= n || sum(scores, e+1, b) < mergeMaxCost {
			break
		}
		next := b
		for next < n && scores[next] <= scoreBreak {
			if scores[next] == scoreEnd {
				break forward
			}
			next++
		}
		end := next
		for end < n && scores[end] > scoreBreak {
			end++
		}
		s2, e2, _ := bestRun(scores, next, end)
		if s2 < 0 || sum(scores, next, s2) < mergeMaxCost || !p.substantial(s2, e2) {
			break
		}
		e = e2
	}
backward:
	for {
		b := s - 1
		for b >= 0 && scores[b] > scoreBreak {
			b--
		}
		if b < 0 || sum(scores, b+1, s) < mergeMaxCost {
			break
		}
		prev := b
		for prev >= 0 && scores[prev] <= scoreBreak {
			if scores[prev] == scoreEnd {
				break backward
			}
			prev--
		}
		start := prev
		for start >= 0 && scores[start] > scoreBreak {
			start--
		}
		s2, e2, _ := bestRun(scores, start+1, prev+1)
		if s2 < 0 || sum(scores, e2+1, prev+1) < mergeMaxCost || !p.substantial(s2, e2) {
			break
		}
		s = s2
	}
	return s, e
}

// substantial reports whether lines [s, e] hold enough prose to be part of an article.
func (p *textPage) substantial(s, e int) bool {
	lines, words := 0, 0
	for i := s; i <= e; i++ {
		if p.lines[i].kind == lkProse {
			lines++
			words += p.lines[i].words
		}
	}
	return lines >= mergeMinProse && words >= mergeMinWords
}

// sum adds scores[from:to].
func sum(scores []float64, from, to int) float64 {
	t := 0.0
	for i := from; i < to; i++ {
		t += scores[i]
	}
	return t
}

// keepBodyLines keeps, among the candidate lines of the body run, the
// paragraphs, the short sentences and the subheadings, and drops the
// headlines of other articles linked from inside the body, image titles and
// alt texts. last is the index of the run's last line.
func (p *textPage) keepBodyLines(cand []int, last int) []int {
	kept := cand[:0]
	for k, i := range cand {
		l := &p.lines[i]
		switch l.kind {
		case lkProse:
			if len(kept) > 0 && k+1 < len(cand) && p.isInlineLink(i, kept[len(kept)-1], cand[k+1]) {
				continue
			}
			kept = append(kept, i)
		case lkShort:
			kept = append(kept, i)
		case lkHeading:
			if p.isSubheading(i, last) {
				kept = append(kept, i)
			}
		}
	}
	return kept
}

// isInlineLink: a headline-like line without terminal punctuation between two
// paragraphs ("Former US ambassador to Ukraine says ... ‘far less tight than
// we thought’") is a link to another article. A long one is a paragraph the
// scraper cut short.
func (p *textPage) isInlineLink(i, prev, next int) bool {
	l := &p.lines[i]
	if l.terminal || l.colon || l.words > 35 || isSpeech(l.text) {
		return false
	}
	pl, nl := &p.lines[prev], &p.lines[next]
	return (pl.terminal || pl.colon) && nl.kind == lkProse && !nl.startLower
}

// isSpeech reports whether a line is, or holds, a finished sentence or a
// quotation, which a headline never does: a sentence end inside it
// ("... Barnes said. \"We had ..."), or a closing quotation mark at its end.
func isSpeech(s string) bool {
	s = strings.TrimSpace(s)
	if strings.Contains(s, ". ") || strings.Contains(s, ",\" ") || strings.Contains(s, ",” ") {
		return true
	}
	return strings.HasSuffix(s, "\"") || strings.HasSuffix(s, "”")
}

// isSubheading: a short line inside the body is a subheading when a paragraph
// follows it at once and a paragraph (not another heading) comes before it,
// captions and furniture aside. A heading followed by a caption is an image
// title; two headings in a row are links.
func (p *textPage) isSubheading(i, last int) bool {
	l := &p.lines[i]
	if l.startLower || l.words > 12 || l.repeat > 1 || i >= last {
		return false
	}
	if k := p.lines[i+1].kind; k != lkProse && k != lkShort {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		switch p.lines[j].kind {
		case lkCaption, lkFurniture, lkJunk, lkMenu:
			continue
		case lkProse, lkShort:
			return true
		}
		return false
	}
	return false
}

// Repeated paragraphs: a paragraph most of whose word 5-grams the page says
// elsewhere is a repeat (the same paragraph twice, or the tail of the one
// before it) or a summary stitched from the body's sentences.
const (
	shingleWords   = 5
	repeatCoverage = 0.6
	teaserCoverage = 0.5 // for lines without a sentence end
)

// dropRepeatedParagraphs removes repeated paragraphs from cand, keeping the
// fullest copy: the most covered paragraph goes first, and its 5-grams stop
// counting against the others.
func (p *textPage) dropRepeatedParagraphs(cand []int) []int {
	type para struct {
		idx      int
		shingles []uint64
	}
	paras := make([]para, 0, len(cand))
	// counts: in how many paragraphs each 5-gram occurs; last: the
	// paragraph that counted it last, so a 5-gram said twice in one
	// paragraph counts once.
	type seen struct{ count, last int32 }
	counts := make(map[uint64]seen, 256)
	exact := make(map[string]bool, len(cand))
	drop := make(map[int]bool)
	var hashes []uint64
	for _, i := range cand {
		l := &p.lines[i]
		if l.kind != lkProse && l.kind != lkShort {
			continue
		}
		if exact[l.low] {
			drop[i] = true
			continue
		}
		exact[l.low] = true
		if l.words < shingleWords+3 {
			continue
		}
		k := int32(len(paras))
		hashes = shingles(l.low, hashes[:0])
		uniq := make([]uint64, 0, len(hashes))
		for _, h := range hashes {
			if e, ok := counts[h]; !ok || e.last != k {
				counts[h] = seen{count: e.count + 1, last: k}
				uniq = append(uniq, h)
			}
		}
		paras = append(paras, para{idx: i, shingles: uniq})
	}
	alive := make([]bool, len(paras))
	for k := range alive {
		alive[k] = true
	}
	// Lines without a sentence end (teasers, captions, highlights) go
	// first, so that a paragraph they copy survives them.
	for _, pass := range []struct {
		threshold float64
		terminal  bool
	}{{teaserCoverage, false}, {repeatCoverage, true}} {
		for {
			worst, worstCov := -1, 0.0
			for k, pa := range paras {
				l := &p.lines[pa.idx]
				if !alive[k] || len(pa.shingles) == 0 || !pass.terminal && l.terminal {
					continue
				}
				shared := 0
				for _, h := range pa.shingles {
					if counts[h].count > 1 {
						shared++
					}
				}
				cov := float64(shared) / float64(len(pa.shingles))
				if cov < pass.threshold || cov < worstCov {
					continue
				}
				// Of two copies as much alike, the later one goes, unless
				// the earlier one lacks the sentence end.
				if worst >= 0 && cov == worstCov && !p.lines[paras[worst].idx].terminal && l.terminal {
					continue
				}
				worst, worstCov = k, cov
			}
			if worst < 0 {
				break
			}
			alive[worst] = false
			drop[paras[worst].idx] = true
			for _, h := range paras[worst].shingles {
				e := counts[h]
				e.count--
				counts[h] = e
			}
		}
	}
	if len(drop) == 0 {
		return cand
	}
	out := cand[:0]
	for _, i := range cand {
		if !drop[i] {
			out = append(out, i)
		}
	}
	return out
}

// shingles appends the hashes of the word 5-grams of a folded text.
func shingles(low string, out []uint64) []uint64 {
	var ring [shingleWords]uint64
	n := 0
	for i := 0; i < len(low); {
		s, e := nextWord(low, i)
		if s < 0 {
			break
		}
		i = e
		ring[n%shingleWords] = fnv64(low[s:e])
		n++
		if n >= shingleWords {
			h := uint64(1469598103934665603)
			for k := n - shingleWords; k < n; k++ {
				h = (h ^ ring[k%shingleWords]) * 1099511628211
			}
			out = append(out, h)
		}
	}
	return out
}

// fnv64 is the 64-bit FNV-1a hash of s.
func fnv64(s string) uint64 {
	h := uint64(1469598103934665603)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

// bodyText joins the body lines into paragraphs separated by a blank line,
// with spaces collapsed, a syndication tag opening the first paragraph
// ("(MENAFN- Asia Times) ") removed, a common mis-decoding of the no-break
// space ("Â") repaired and sentences the scraper glued together spaced.
func (p *textPage) bodyText(body []int) string {
	var b strings.Builder
	for _, i := range body {
		s := collapseSpace(p.lines[i].text)
		s = stripSyndicationTag(s)
		if strings.Contains(s, "Â") {
			s = strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(s, "Â ", " "), "Â\u00a0", " "))
			s = strings.TrimSuffix(s, "Â")
		}
		s = spaceGluedSentences(s)
		if s == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(s)
	}
	return b.String()
}

// spaceGluedSentences puts back the space a scraper lost between two
// sentences: "beginning of March.Russian security services" becomes
// "beginning of March. Russian security services". Only a period between a
// word of two lowercase letters or more and a capitalised word counts, so
// "U.S.", "St.Petersburg" and "bbc.com" stay as they are.
func spaceGluedSentences(s string) string {
	var b []byte
	last := 0
	for i := 2; i+2 < len(s); i++ {
		if s[i] != '.' || !isLowerASCII(s[i-1]) || !isLowerASCII(s[i-2]) || !isUpperASCII(s[i+1]) || !isLowerASCII(s[i+2]) {
			continue
		}
		if b == nil {
			b = make([]byte, 0, len(s)+8)
		}
		b = append(b, s[last:i+1]...)
		b = append(b, ' ')
		last = i + 1
	}
	if b == nil {
		return s
	}
	return string(append(b, s[last:]...))
}

// isLowerASCII and isUpperASCII test an ASCII letter's case.
func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }
func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }
