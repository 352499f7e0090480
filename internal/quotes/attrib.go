package quotes

import (
	"strings"
)

// verbHit is a speech verb found in a sentence.
type verbHit struct {
	info      verbInfo
	v, ve     int // the verb group is toks[v:ve]; its subject ends before v
	according bool
}

// verbAt reports whether toks[i] starts a speech verb used as one.
func verbAt(sn *sent, i int) (verbHit, bool) {
	toks := sn.toks
	t := &toks[i]
	if t.punct || t.inq {
		return verbHit{}, false
	}
	next := func(k int) string {
		if i+k < len(toks) {
			return toks[i+k].lw
		}
		return ""
	}
	var prev *token
	if i > 0 {
		prev = &toks[i-1]
	}
	blocked := func() bool {
		if prev == nil {
			return false
		}
		switch prev.lw {
		case "the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those":
			return true
		}
		return verbBlockers[prev.lw] || beVerbs[prev.lw] || prev.possessive()
	}
	switch t.lw {
	case "according":
		if next(1) == "to" {
			return verbHit{v: i, ve: i + 2, according: true}, true
		}
		return verbHit{}, false
	case "points", "pointed", "point":
		if next(1) == "out" && !t.cap && !blocked() {
			return verbHit{info: verbInfo{needThat: true}, v: i, ve: i + 2}, true
		}
		return verbHit{}, false
	case "quoted":
		if next(1) == "as" && next(2) == "saying" {
			v := i
			if prev != nil && beVerbs[prev.lw] {
				v = i - 1
			}
			return verbHit{v: v, ve: i + 3}, true
		}
		return verbHit{}, false
	}
	info, ok := speechVerbs[t.lw]
	if !ok || t.cap || blocked() {
		return verbHit{}, false
	}
	if info.base && (prev == nil || prev.punct) {
		return verbHit{}, false
	}
	return verbHit{info: info, v: i, ve: i + 1}, true
}

// adverbialOK may stand between a verb and its clause or quote.
func adverbialOK(t *token) bool {
	if t.punct {
		return false
	}
	return adverbialWords[t.lw] || timeWords[t.lw] || t.cap || t.isNumber()
}

// skipObject skips the addressee after "told": "told Reuters", "told
// reporters", "told Fox News Digital", "told Region 8 News".
func skipObject(sn *sent, k int) int {
	toks := sn.toks
	n := len(toks)
	if k >= n || toks[k].punct || toks[k].inq {
		return k
	}
	det := k < n-1 && (toks[k].lw == "the" || toks[k].lw == "a" || toks[k].lw == "an")
	if det && (toks[k+1].cap || toks[k+1].isNumber()) || !det && (toks[k].cap || toks[k].isNumber()) {
		// "Reuters", "the Associated Press", "Region 8 News", "1010 WINS’ Mona Rivera"
		if det {
			k++
		}
		start := k
		for k < n && k-start < 7 {
			t := &toks[k]
			if t.punct || t.inq || !(t.cap || t.acronym() || t.isNumber() || connector(t.lw) && k+1 < n && toks[k+1].cap) {
				break
			}
			k++
			if k < n && (toks[k].s == "’" || toks[k].s == "'") && toks[k].start == t.end {
				k++
			}
		}
		return k
	}
	// "reporters", "the media", "local media", "a news conference"
	j := k
	if det {
		j++
	}
	m := j
	for m < n && m-j < 2 && objectWords[toks[m].lw] && !toks[m].inq {
		m++
	}
	if m > j {
		return m
	}
	return k
}

// tailAttr reads an attribution that follows a closing quote mark or dash:
// "…,” said Name, title" or "…,” Name said". toks[i:hi] is the tail. With
// requireEnd the attribution must end the sentence.
func (f *finder) tailAttr(sn *sent, i, hi int, requireEnd bool) (speaker, int, bool) {
	toks := sn.toks
	if i < hi && (toks[i].isComma() || toks[i].isDash()) {
		i++
	}
	for v := i; v < hi && v < i+32; v++ {
		if toks[v].punct && toks[v].s != "," && toks[v].s != "(" && toks[v].s != ")" {
			return speaker{}, 0, false
		}
		h, ok := verbAt(sn, v)
		if !ok {
			continue
		}
		var sp speaker
		var end int
		switch {
		case h.according:
			if h.v != i {
				return speaker{}, 0, false
			}
			sp, end, ok = npFwd(sn, h.ve, hi)
		case h.v == i:
			sp, end, ok = npFwd(sn, h.ve, hi)
			ok = ok && clauseEnds(sn, end)
		default:
			e := h.v
			for e > i && auxSkip[toks[e-1].lw] && !toks[e-1].cap {
				e--
			}
			sp, ok = parseChunk(sn, i, e, false)
			end = h.ve
			if h.info.object {
				end = skipObject(sn, end)
			}
			ok = ok && clauseEnds(sn, end)
		}
		if !ok {
			return speaker{}, 0, false
		}
		if requireEnd {
			for k := end; k < hi; k++ {
				t := &toks[k]
				if t.punct && (t.s == "." || t.s == "!" || t.s == "?") && k == hi-1 || adverbialOK(t) {
					continue
				}
				return speaker{}, 0, false
			}
		}
		return sp, v, true
	}
	return speaker{}, 0, false
}

// headAttr reads an attribution that introduces a quote: "Name said:",
// "Name told Fox News Digital:", "he said that". toks[h0:h1] is the head.
func (f *finder) headAttr(sn *sent, h0, h1 int) (speaker, int, bool, bool) {
	toks := sn.toks
	e := h1
	colon := false
	if e > h0 && (toks[e-1].s == ":" || toks[e-1].isComma() || toks[e-1].isDash()) {
		colon = toks[e-1].s == ":"
		e--
	}
	if e > h0 && toks[e-1].lw == "that" {
		e--
	}
	for v := e - 1; v >= h0 && v >= e-9; v-- {
		h, ok := verbAt(sn, v)
		if !ok || h.according || h.ve > e {
			continue
		}
		fits := true
		for k := h.ve; k < e; k++ {
			if !adverbialOK(&toks[k]) && !objectWords[toks[k].lw] {
				fits = false
				break
			}
		}
		if !fits {
			return speaker{}, 0, false, false
		}
		sp, _, ok := parseSubject(sn, h0, h.v)
		if !ok {
			return speaker{}, 0, false, false
		}
		return sp, v, true, colon
	}
	return speaker{}, 0, false, false
}

// wordsSinceBoundary counts the words outside quotes between the last
// full stop, colon or sentence start and toks[h1].
func wordsSinceBoundary(sn *sent, h1 int) int {
	n := 0
	for k := h1 - 1; k >= 0 && k >= h1-maxScan; k-- {
		t := &sn.toks[k]
		if t.inq {
			continue
		}
		if t.punct && strings.Contains(".!?:;", t.s) {
			break
		}
		if t.isWord() {
			n++
		}
	}
	return n
}

func firstTokAt(toks []token, pos int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := (lo + hi) / 2
		if toks[m].start < pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// direct attributes one closed quote.
func (f *finder) direct(q *rawQuote) {
	words := wordCount(q.text)
	if words == 0 {
		return
	}
	start, end := &f.ss[q.startSent], &f.ss[q.endSent]
	h1 := firstTokAt(start.toks, q.openPos)
	h0 := h1
	for h0 > 0 && !start.toks[h0-1].inq {
		h0--
	}
	headWords := 0
	for k := h0; k < h1; k++ {
		if start.toks[k].isWord() {
			headWords++
		}
	}
	t0 := firstTokAt(end.toks, q.closeEnd)
	t1 := t0
	for t1 < len(end.toks) && !end.toks[t1].inq {
		t1++
	}
	const (
		srcNone = iota
		srcTail
		srcHead
	)
	src := srcNone
	sp, vk, ok := f.tailAttr(end, t0, t1, false)
	colon := false
	if ok {
		src = srcTail
	} else if sp, vk, ok, colon = f.headAttr(start, h0, h1); ok {
		src = srcHead
	}
	var headEnd string
	if h1 > h0 {
		headEnd = start.toks[h1-1].s
	}
	if words <= 3 && !(src == srcTail && headWords == 0 || src == srcHead && colon) {
		return // scare quotes, titles, "so-called" words
	}
	switch {
	case src == srcTail && headWords >= 3 && headEnd != ":" && headEnd != ",":
		return // a phrase quoted inside reported speech: "…, police said"
	case src == srcNone && headEnd != ":" && wordsSinceBoundary(start, h1) > 0:
		return // a phrase quoted inside a sentence
	case src == srcNone && start.headline && q.startSent == q.endSent:
		return
	}
	tailWords := 0
	for k := t0; k < t1; k++ {
		if end.toks[k].isWord() {
			tailWords++
		}
	}
	var name, aff string
	kind := sp.kind
	switch src {
	case srcTail:
		end.used[vk] = true
		name, aff = f.resolve(sp, q.endSent, end.toks[vk].start)
	case srcHead:
		if f.lastTail.sent == q.startSent && f.lastTail.verb == vk && f.lastTail.out >= 0 {
			// “…,” he said, “…”: one quote interrupted by its attribution
			o := &f.out[f.lastTail.out]
			o.q.Text = strings.TrimSpace(o.q.Text + " " + q.text)
			return
		}
		start.used[vk] = true
		name, aff = f.resolve(sp, q.startSent, start.toks[vk].start)
	default:
		if headEnd == ":" {
			// "Darry Lloyd, State Attorney's Office: “…”"
			a := h1 - 1
			for a > h0 && a > h1-maxScan && !(start.toks[a-1].punct && strings.Contains(".!?;:", start.toks[a-1].s)) {
				a--
			}
			if p, ok := parseChunk(start, a, h1-1, false); ok && p.kind != kPronoun {
				sp, kind = p, p.kind
				name, aff = f.resolve(p, q.startSent, start.toks[a].start)
				break
			}
		}
		if f.last.ok && f.last.sent >= q.startSent-1 && headWords == 0 && tailWords < 3 {
			name, aff, kind = f.last.name, f.last.aff, f.last.kind
		}
	}
	idx := f.emit(Quote{Speaker: name, Affiliation: aff, Text: q.text, Direct: true, Sentence: q.startSent}, q.openPos)
	if src == srcTail {
		f.lastTail.sent, f.lastTail.verb, f.lastTail.out = q.endSent, vk, idx
	}
	f.noteAttr(name, aff, kind, q.endSent)
}

// dash handles the dash quotes of translated copy: a sentence opening with
// a dash, closed by "– says Name" or ", Name explains." in the same or one of
// the next four sentences.
func (f *finder) dash(si int) {
	sn := &f.ss[si]
	if len(sn.toks) < 4 || !sn.toks[0].isDash() || sn.toks[0].inq || !sn.toks[1].isWord() ||
		sn.toks[1].start == sn.toks[0].end || sn.headline {
		return
	}
	for j := si; j < len(f.ss) && j < si+5; j++ {
		sj := &f.ss[j]
		n := len(sj.toks)
		if j > si && (n == 0 || sj.toks[0].isDash() || sj.toks[0].inq || sj.headline) {
			return
		}
		from := 0
		if j == si {
			from = 1
		}
		closeAt := -1
		var sp speaker
		var vk int
		for d := from + 1; d < n; d++ {
			if sj.toks[d].inq {
				break
			}
			if sj.toks[d].isDash() {
				if s, v, ok := f.tailAttr(sj, d+1, n, true); ok && !sj.toks[v].lw2("according") {
					closeAt, sp, vk = d, s, v
					break
				}
			}
		}
		if closeAt < 0 {
			for c := n - 1; c > from; c-- {
				if sj.toks[c].inq {
					break
				}
				if sj.toks[c].isComma() {
					if s, v, ok := f.tailAttr(sj, c+1, n, true); ok && !sj.toks[v].lw2("according") {
						closeAt, sp, vk = c, s, v
					}
					break
				}
			}
		}
		if closeAt < 0 {
			if f.hasAttribution(sj, from, n) {
				return // a report, not a quote: "— Police say …"
			}
			continue
		}
		if f.hasAttribution(sj, from, closeAt) {
			return
		}
		var b strings.Builder
		for k := si; k <= j; k++ {
			sk := &f.ss[k]
			a, e := 0, len(sk.s)
			if k == si {
				a = sn.toks[1].start
			}
			if k == j {
				e = sk.toks[closeAt].start
			}
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(sk.s[a:e])
			last := len(sk.toks)
			if k == j {
				last = closeAt
			}
			for t := 0; t < last; t++ {
				sk.toks[t].inq = true
			}
		}
		sj.used[vk] = true
		text := cleanQuoteText(b.String())
		if wordCount(text) < 4 {
			return
		}
		name, aff := f.resolve(sp, j, sj.toks[vk].start)
		f.emit(Quote{Speaker: name, Affiliation: aff, Text: text, Direct: true, Sentence: si}, sn.toks[0].start)
		f.noteAttr(name, aff, sp.kind, j)
		return
	}
}

// hasAttribution reports a speech verb with a third-person subject in
// toks[a:b] ("police say"), which a dash quote cannot contain.
func (f *finder) hasAttribution(sn *sent, a, b int) bool {
	for v := a; v < b; v++ {
		h, ok := verbAt(sn, v)
		if !ok {
			continue
		}
		if h.according {
			return true
		}
		if sp, _, ok := parseSubject(sn, a, h.v); ok && sp.kind != kPronoun {
			return true
		}
	}
	return false
}

// clauseStart finds where the clause ending before toks[c] begins: after
// the last semicolon or colon outside quotes, or the sentence start.
func clauseStart(sn *sent, c int) int {
	for k := c - 1; k >= 0; k-- {
		if k < c-maxClause {
			return k + 1
		}
		t := &sn.toks[k]
		if t.punct && !t.inq && (t.s == ";" || t.s == ":" || t.s == "." && k+1 < len(sn.toks) && sn.toks[k+1].cap) {
			return k + 1
		}
	}
	return datelineEnd(sn)
}

// datelineEnd skips a dateline: "LONDON, Aug. 10 --", "MOGADISHU, Somalia,
// Jan. 4 (UPI) --", "Maputo —".
func datelineEnd(sn *sent) int {
	for k := 0; k < len(sn.toks) && k < 14; k++ {
		t := &sn.toks[k]
		if t.isDash() {
			if k > 0 {
				d := k + 1
				for d < len(sn.toks) && sn.toks[d].isDash() {
					d++
				}
				return d
			}
			return 0
		}
		if !(t.cap || t.isNumber() || t.punct && strings.Contains(",.()", t.s)) {
			return 0
		}
	}
	return 0
}

// cleanReported tidies reported content: no trailing punctuation, no comma
// before a closing quote mark, no opening "that".
func cleanReported(s string) string {
	s = strings.TrimSpace(s)
	for {
		t := strings.TrimRight(s, " ,;:—–-")
		if strings.HasSuffix(t, ".") {
			w := t[strings.LastIndexByte(t, ' ')+1:]
			if !(strings.Count(w, ".") > 1 || abbrevs[strings.ToLower(strings.TrimSuffix(w, "."))]) {
				t = strings.TrimRight(t[:len(t)-1], " ")
			}
		}
		for _, q := range []string{",”", ",\"", ",’", ".”", ".\""} {
			if strings.HasSuffix(t, q) {
				t = t[:len(t)-len(q)] + q[1:]
			}
		}
		if t == s {
			break
		}
		s = t
	}
	s = strings.TrimPrefix(s, "that ")
	return strings.Join(strings.Fields(s), " ")
}

// commaBefore reports a comma just before toks[st], allowing a closing
// quote mark in between (“terrorist incident,” police said). It returns
// the token index where the text before the attribution ends.
func commaBefore(sn *sent, st int) (int, bool) {
	k := st - 1
	if k >= 1 && sn.toks[k].isQuoteMark() && sn.toks[k-1].isComma() {
		return st, true // the closing mark stays in the text
	}
	if k >= 1 && sn.toks[k].isComma() && sn.toks[k-1].isQuoteMark() {
		return k, true
	}
	if k >= 0 && sn.toks[k].isComma() {
		return k, true
	}
	return 0, false
}

// complementEnd finds where reported content ends: the sentence end, or a
// full stop glued to the next sentence ("died.He said").
func complementEnd(sn *sent, c int) int {
	for k := c; k < len(sn.toks); k++ {
		if k >= c+maxClause {
			return k
		}
		t := &sn.toks[k]
		if t.punct && (t.s == "." || t.s == "!" || t.s == "?") && k+1 < len(sn.toks) && sn.toks[k+1].cap && !sn.toks[k+1].inq {
			if sn.toks[k+1].start == t.end {
				return k
			}
		}
	}
	return len(sn.toks)
}

// emitReported emits reported content, or a direct quote when the content
// ends with a closing quote mark whose opening mark was lost (a quote split
// across sentences with a stray mark).
func (f *finder) emitReported(name, aff, text string, kind spkKind, si, pos int) {
	if name == "" {
		return
	}
	direct := false
	for _, m := range []string{"”", "\""} {
		if body := strings.TrimSuffix(text, m); body != text && !strings.ContainsAny(body, "“\"") {
			text, direct = cleanQuoteText(body), true
			break
		}
	}
	f.emit(Quote{Speaker: name, Affiliation: aff, Text: text, Direct: direct, Sentence: si}, pos)
	f.noteAttr(name, aff, kind, si)
}

// reported finds reported speech in sentence si.
func (f *finder) reported(si int) {
	sn := &f.ss[si]
	if sn.headline {
		return
	}
	toks := sn.toks
	n := len(toks)
	for v := 0; v < n; v++ {
		if toks[v].inq || sn.used[v] {
			continue
		}
		h, ok := verbAt(sn, v)
		if !ok {
			continue
		}
		if h.according {
			f.according(si, h)
			continue
		}
		sp, st, ok := parseSubject(sn, 0, h.v)
		if !ok {
			// inverted: "…, said Alturas Police Chief Ken Barnes."
			c, isComma := commaBefore(sn, h.v)
			if !isComma {
				continue
			}
			sp2, k, ok2 := npFwd(sn, h.ve, n)
			if !ok2 || !clauseEnds(sn, k) || k < n && sn.toks[k].inq {
				continue
			}
			text := cleanReported(sn.text(clauseStart(sn, c), c))
			if wordCount(text) < 3 || allQuoted(sn, clauseStart(sn, c), c) {
				continue
			}
			sn.used[v] = true
			name, aff := f.resolve(sp2, si, toks[h.v].start)
			f.emitReported(name, aff, text, sp2.kind, si, toks[h.v].start)
			continue
		}
		k := h.ve
		if h.info.object {
			k = skipObject(sn, k)
		}
		// "Name said:" with the quote in the next sentence
		if k < n && toks[k].s == ":" {
			if k+1 == n {
				name, aff := f.resolve(sp, si, toks[st].start)
				f.noteAttr(name, aff, sp.kind, si)
			}
			continue
		}
		if k < n && toks[k].inq && (sn.quoteRunsOn(toks[k].start) || sn.used[v]) {
			continue // the head of a direct quote
		}
		// trailing: "…, police said." / "…, officials said Thursday, …"
		if c, isComma := commaBefore(sn, st); isComma && clauseEnds(sn, k) && wordCount(sn.text(clauseStart(sn, c), c)) >= 3 {
			if allQuoted(sn, clauseStart(sn, c), c) {
				continue // a direct quote whose attribution did not parse
			}
			text := cleanReported(sn.text(clauseStart(sn, c), c))
			sn.used[v] = true
			name, aff := f.resolve(sp, si, toks[st].start)
			f.emitReported(name, aff, text, sp.kind, si, toks[st].start)
			continue
		}
		// forward: "Name said (that) …"
		c := k
		hasThat := false
		m := c
		for m < n && m < c+10 && adverbialOK(&toks[m]) && toks[m].lw != "that" {
			m++
		}
		if m < n && (toks[m].lw == "that" || h.info.object && (toks[m].lw == "whether" || toks[m].lw == "if")) {
			c, hasThat = m+1, true
		}
		if !hasThat && h.info.needThat || c >= n {
			continue
		}
		if toks[c].s == ":" {
			continue
		}
		if !hasThat {
			switch toks[c].lw {
			case "to", "of", "about", "for", "with", "by", "so", "yes", "no", "nothing", "goodbye", "hello", "sorry",
				"otherwise", "had", "has", "have", "was", "were", "is", "are", "will", "would", "could", "should",
				"might", "must", "can", "did", "does", "do", "been", "and", "or", "but", "as", "than", "when", "while":
				continue
			}
			if toks[c].punct && !toks[c].isQuoteMark() {
				continue
			}
		}
		ce := complementEnd(sn, c)
		var text string
		if ce < n {
			text = cleanReported(sn.s[toks[c].start:toks[ce].start])
		} else {
			text = cleanReported(sn.s[toks[c].start:])
		}
		if wordCount(text) < 3 {
			continue
		}
		sn.used[v] = true
		name, aff := f.resolve(sp, si, toks[st].start)
		f.emitReported(name, aff, text, sp.kind, si, toks[st].start)
	}
}

// ppOpeners open an adverbial phrase after a speech verb and its speaker.
var ppOpeners = set("who", "whose", "about", "of", "in", "at", "on", "during", "after", "before", "while", "as", "outside", "inside", "near",
	"from", "with", "without", "via", "through", "following", "when", "since", "shortly", "standing", "speaking",
	"adding", "referring", "describing", "recalling", "explaining", "pointing", "noting", "wearing", "holding")

// quoteRunsOn reports whether the quote span at byte pos runs on past the
// end of the sentence (a long quote introduced here).
func (sn *sent) quoteRunsOn(pos int) bool {
	for _, sp := range sn.spans {
		if pos >= sp.a && pos < sp.b {
			return sp.b >= len(sn.s)
		}
	}
	return false
}

// allQuoted reports whether every word of toks[a:b] is inside quote marks.
func allQuoted(sn *sent, a, b int) bool {
	for k := a; k < b && k < a+maxClause; k++ {
		if sn.toks[k].isWord() && !sn.toks[k].inq {
			return false
		}
	}
	return true
}

// clauseEnds reports that only adverbials stand between k and the end of
// the clause (sentence end, comma or semicolon).
func clauseEnds(sn *sent, k int) bool {
	inPP := false
	for n := 0; k < len(sn.toks); k, n = k+1, n+1 {
		t := &sn.toks[k]
		if t.punct && strings.Contains(",;.!?)", t.s) || t.inq {
			return true
		}
		if t.lw == "that" || n >= 25 {
			return false
		}
		if ppOpeners[t.lw] {
			inPP = true // "in a statement released Friday", "as she left"
		}
		if inPP {
			continue
		}
		if n >= 8 || !adverbialOK(t) {
			return false
		}
		// a capitalised word right after the verb is its object ("warned
		// Congress"), unless it is a day or a place after a preposition
		if n == 0 && t.cap && !timeWords[t.lw] && !adverbialWords[t.lw] {
			return false
		}
	}
	return true
}

// according handles "according to X, …" and "…, according to X".
func (f *finder) according(si int, h verbHit) {
	sn := &f.ss[si]
	toks := sn.toks
	n := len(toks)
	// at the clause start, the comma after the source ends the phrase:
	// "According to police, the officers gave chase"
	atStart := h.v == 0 || toks[h.v-1].isComma() && h.v < 3 || hardBoundary[toks[h.v-1].lw] || toks[h.v-1].lw == "and"
	sp, k, ok := npFwdA(sn, h.ve, n, !atStart)
	if !ok {
		return
	}
	if k+1 < n && (toks[k].lw == "by" || toks[k].lw == "from") {
		if sp2, k2, ok2 := npFwd(sn, k+1, n); ok2 && (sp2.kind == kPerson || sp2.kind == kOrg) {
			sp, k = sp2, k2
		} else if sp.kind == kGroup && sp.aff == "" && !toks[k+1].punct {
			e := k + 1
			for e < n && !toks[e].punct {
				e++
			}
			sp.aff = sn.text(k+1, e) // "a report from an international organisation"
		}
	}
	npEnd := k
	for npEnd < n && !toks[npEnd].isComma() && !(toks[npEnd].punct && strings.Contains(";.!?", toks[npEnd].s)) {
		npEnd++
	}
	var text string
	before := h.v
	if before > 0 && toks[before-1].isComma() {
		before--
	}
	cs := clauseStart(sn, before)
	if wb := sn.text(cs, before); wordCount(wb) >= 3 && !(h.v > 0 && (hardBoundary[toks[h.v-1].lw] || toks[h.v-1].lw == "and")) {
		text = cleanReported(wb)
	} else if npEnd < n && toks[npEnd].isComma() && npEnd+1 < n {
		text = cleanReported(sn.s[toks[npEnd+1].start:])
	}
	if wordCount(text) < 3 {
		return
	}
	sn.used[h.v] = true
	name, aff := f.resolve(sp, si, toks[h.v].start)
	f.emitReported(name, aff, text, sp.kind, si, toks[h.v].start)
}
