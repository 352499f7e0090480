// Package quotes finds quotations and reported speech in an article given as
// its sentences: who said what, with the speaker's affiliation.
//
// It covers direct quotes in curly, straight and angle marks (“…”, "…",
// ‘…’, «…»), quotes that run over several sentences, the dash quotes of
// translated European copy ("– … – says Dan Byman of …"), and reported
// speech ("police said ...", "according to X, ...", "X told Reuters that
// ..."). Speakers are names with an optional title before them ("Kremlin
// spokesman Dmitry Peskov") or appositive after them ("Ivana Stradner, a
// researcher at ..."), collective speakers ("police", "the Interior
// Ministry"), or pronouns resolved to the last named person nearby.
//
// Everything is rule-based and works one sentence at a time, so the cost is
// linear in the length of the article.
package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quote is one quotation or reported statement.
type Quote struct {
	// Speaker is who said it: a name ("Dan Byman"), an organisation ("the
	// Kremlin") or a collective ("police"); "" when no speaker was found.
	Speaker string
	// Affiliation is the speaker's title or organisation: "Kremlin
	// spokesman", "the Center for Strategic and International Studies at
	// Georgetown University"; "" if none.
	Affiliation string
	// Text is the quoted words without the quote marks, or the reported
	// content ("the attack was planned for months").
	Text string
	// Direct is true for quoted words, false for reported speech.
	Direct bool
	// Sentence is the index into the sentences slice where the quote starts.
	Sentence int
}

// Find returns the quotes in an article given as its sentences, in order of
// appearance. Speaker resolution may look at neighbouring sentences: a
// quote with no attribution continues the speaker of the previous sentence,
// and "he said" resolves to the last named person within the previous
// three sentences.
func Find(sentences []string) []Quote {
	if len(sentences) == 0 {
		return nil
	}
	f := newFinder(sentences)
	f.run()
	sort.SliceStable(f.out, func(i, j int) bool {
		a, b := &f.out[i], &f.out[j]
		if a.q.Sentence != b.q.Sentence {
			return a.q.Sentence < b.q.Sentence
		}
		return a.pos < b.pos
	})
	res := make([]Quote, 0, len(f.out))
	for _, o := range f.out {
		if o.dead || o.q.Text == "" {
			continue
		}
		res = append(res, o.q)
	}
	return res
}

// Bounds that keep the work per token constant on pathological input.
const (
	maxScan   = 60  // tokens looked at around a quote or verb
	maxClause = 400 // tokens of reported content
	maxRun    = 20  // tokens of a capitalised name or organisation
)

type outQuote struct {
	q    Quote
	pos  int
	dead bool
}

type mention struct {
	name      string
	sent, pos int
}

type affInfo struct {
	aff    string
	strong bool
}

type attr struct {
	name, aff string
	kind      spkKind
	sent      int
	ok        bool
}

type finder struct {
	ss       []sent
	byEnd    [][]*rawQuote // quotes by the sentence where they close
	out      []outQuote
	people   []mention
	byLast   map[string]string // lower-case surname -> full name
	firstAff map[string]affInfo
	last     attr // the most recent attribution
	lastOrg  attr // the most recent organisation or group attribution
	lastTail struct{ sent, verb, out int }
}

func newFinder(sentences []string) *finder {
	spans, raw := scanMarks(sentences)
	f := &finder{
		ss:       make([]sent, len(sentences)),
		byEnd:    make([][]*rawQuote, len(sentences)),
		byLast:   map[string]string{},
		firstAff: map[string]affInfo{},
	}
	f.lastTail.sent = -1
	for i, s := range sentences {
		toks := tokenize(s)
		sp := spans[i]
		k := 0
		for t := range toks {
			for k < len(sp) && sp[k].b <= toks[t].start {
				k++
			}
			if k < len(sp) && toks[t].start >= sp[k].a && toks[t].start < sp[k].b {
				toks[t].inq = true
			}
		}
		f.ss[i] = sent{s: s, spans: sp, toks: toks, used: make([]bool, len(toks)), headline: isHeadline(s)}
	}
	for _, q := range raw {
		f.byEnd[q.endSent] = append(f.byEnd[q.endSent], q)
	}
	return f
}

// isHeadline reports a line without closing punctuation: a headline,
// caption, menu entry or byline.
func isHeadline(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	for s != "" {
		r, size := utf8.DecodeLastRuneInString(s)
		if !strings.ContainsRune("”\"’'»)]", r) {
			break
		}
		s = strings.TrimRightFunc(s[:len(s)-size], unicode.IsSpace)
	}
	if s == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(".!?:;…,—–-", r)
}

func (f *finder) run() {
	for si := range f.ss {
		f.dash(si)
		f.mentions(si)
		for _, q := range f.byEnd[si] {
			f.direct(q)
		}
		f.reported(si)
	}
}

func (f *finder) emit(q Quote, pos int) int {
	f.out = append(f.out, outQuote{q: q, pos: pos})
	return len(f.out) - 1
}

// ---- speaker resolution ----

func (f *finder) addMention(name, aff string, strong bool, si, pos int) {
	fs := strings.Fields(name)
	last := strings.ToLower(stripPoss(fs[len(fs)-1]))
	if full, ok := f.byLast[last]; ok && (len(fs) == 1 || strings.HasSuffix(full, " "+name)) {
		name = full
	} else {
		f.byLast[last] = name
	}
	f.people = append(f.people, mention{name: name, sent: si, pos: pos})
	old, ok := f.firstAff[name]
	if !ok || old.aff == "" && aff != "" || !old.strong && strong && aff != "" {
		f.firstAff[name] = affInfo{aff, strong}
	}
}

func stripPoss(s string) string {
	for _, suf := range []string{"’s", "'s", "’", "'"} {
		if strings.HasSuffix(s, suf) {
			return s[:len(s)-len(suf)]
		}
	}
	return s
}

// resolve turns a parsed speaker into its final name and affiliation.
func (f *finder) resolve(sp speaker, si, pos int) (string, string) {
	switch sp.kind {
	case kPronoun:
		switch sp.name {
		case "he", "she":
			best := -1
			for i := len(f.people) - 1; i >= 0 && i >= len(f.people)-maxScan; i-- {
				m := &f.people[i]
				if m.sent < si-4 {
					break
				}
				if m.sent < si-3 || m.sent > si || m.sent == si && m.pos >= pos {
					continue
				}
				if best < 0 || m.sent > f.people[best].sent || m.sent == f.people[best].sent && m.pos > f.people[best].pos {
					best = i
				}
			}
			if best >= 0 {
				name := f.people[best].name
				return name, f.firstAff[name].aff
			}
		case "it":
			if f.lastOrg.ok && f.lastOrg.sent >= si-2 {
				return f.lastOrg.name, f.lastOrg.aff
			}
		case "they":
			if f.lastOrg.ok && f.lastOrg.sent >= si-2 && f.lastOrg.kind == kGroup {
				return f.lastOrg.name, f.lastOrg.aff
			}
		}
		return "", ""
	case kPerson:
		name, aff := sp.name, cleanTitle(sp.aff)
		fs := strings.Fields(name)
		if full, ok := f.byLast[strings.ToLower(stripPoss(fs[len(fs)-1]))]; ok && (len(fs) == 1 || strings.HasSuffix(full, " "+name)) {
			name = full // "Abrams" -> "Max Abrams", "Van Leeuw" -> "Frederic Van Leeuw"
		}
		if fa, ok := f.firstAff[name]; ok && fa.aff != "" && (aff == "" || fa.strong && !sp.affStrong) {
			aff = fa.aff
		}
		f.addMention(name, aff, sp.affStrong, si, pos)
		return name, aff
	case kOrg, kGroup:
		return sp.name, sp.aff
	}
	return "", ""
}

// cleanTitle drops bare honorifics ("Mr.") that say nothing about
// affiliation.
func cleanTitle(s string) string {
	switch strings.ToLower(s) {
	case "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss", "mister", "madam", "dr.", "dr":
		return ""
	}
	return s
}

func (f *finder) noteAttr(name, aff string, kind spkKind, si int) {
	if name == "" {
		return
	}
	f.last = attr{name: name, aff: aff, kind: kind, sent: si, ok: true}
	if kind == kOrg || kind == kGroup {
		f.lastOrg = f.last
	}
}

// ---- person mentions (for "he said" and bare surnames) ----

var placePreps = set("in", "at", "from", "to", "near", "into", "of", "by", "told", "on", "across", "outside",
	"inside", "toward", "towards", "via", "over", "under", "through", "around", "between", "within", "throughout")

func (f *finder) mentions(si int) {
	sn := &f.ss[si]
	toks := sn.toks
	n := len(toks)
	for i := 0; i < n; {
		if toks[i].inq || !nameTok(&toks[i]) && !(toks[i].cap && isTitleTok(&toks[i])) {
			i++
			continue
		}
		j := i
		for j < n && !toks[j].inq && (nameTok(&toks[j]) || isTitleTok(&toks[j])) {
			j++
		}
		end := j
		for end > i && !toks[end-1].cap {
			end--
		}
		ns := end
		for ns > i && !isTitleTok(&toks[ns-1]) && nameTok(&toks[ns-1]) {
			ns--
		}
		for ns < end && !toks[ns].cap {
			ns++
		}
		titled := ns > 0 && isTitleTok(&toks[ns-1])
		p := i - 1
		if p >= 0 && toks[p].lw == "the" {
			p--
		}
		placed := p >= 0 && placePreps[toks[p].lw] && !titled
		if !placed && end > ns && (end-ns >= 2 || titled) && !toks[end-1].possessive() && isPersonName(sn, ns, end) {
			sp := speaker{kind: kPerson}
			if end < n && toks[end].isComma() {
				// "Name, the governor of X," (closed by a comma)
				if k := fwdAppositive(sn, end, n, &sp); k >= n || !toks[k].isComma() {
					sp = speaker{kind: kPerson}
				}
				// "The spokesperson of X, Name,"
				if sp.aff == "" && ns == i && ns > 1 && toks[ns-1].isComma() {
					a := ns - 1
					for a > 0 && a > ns-maxScan && !toks[a-1].isComma() && !toks[a-1].inq && !(toks[a-1].punct && strings.Contains(";:.!?", toks[a-1].s)) {
						a--
					}
					if g, st, ok := npBack(sn, a, ns-1); ok && st == a && g.kind == kGroup {
						sp.aff, sp.affStrong = cleanAff(sn.text(a, ns-1)), true
					}
				}
			} else if aff, _, ok := orgAfter(sn, end, n); ok {
				sp.aff, sp.affStrong = aff, true
			}
			if sp.aff == "" {
				if ts := titleStart(sn, 0, ns); ts < ns {
					sp.aff = sn.text(ts, ns)
				}
			}
			f.addMention(sn.text(ns, end), sp.aff, sp.affStrong, si, toks[ns].start)
		}
		i = j
	}
}

// orgAfter reads "of the Center for ..." / "from the Institute ..." at k.
func orgAfter(sn *sent, k, hi int) (string, int, bool) {
	toks := sn.toks
	if k+1 >= hi {
		return "", k, false
	}
	switch toks[k].lw {
	case "of", "from", "at", "with", "for":
	default:
		return "", k, false
	}
	j := k + 1
	if toks[j].lw == "the" {
		j++
	}
	r := j
	for r < hi && r < j+maxRun && (nameTok(&toks[r]) || toks[r].acronym() || connector(toks[r].lw) && r+1 < hi && (nameTok(&toks[r+1]) || connector(toks[r+1].lw))) {
		r++
	}
	for r > j && connector(toks[r-1].lw) {
		r--
	}
	if r > j && j < hi && toks[j].cap {
		return sn.text(k+1, r), r, true
	}
	return "", k, false
}
