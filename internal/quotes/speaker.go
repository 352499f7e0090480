package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// spkKind says what a speaker phrase names.
type spkKind int

const (
	kNone    spkKind = iota
	kPerson          // "Dan Byman"
	kOrg             // "the Interior Ministry", "AMAQ"
	kGroup           // a common noun phrase: "police", "a State Department spokesman"
	kPronoun         // "he", "it"
)

// speaker is a parsed speaker phrase before resolution.
type speaker struct {
	kind      spkKind
	name      string
	aff       string
	affStrong bool // from an appositive or "of the Org", not a bare title
}

// sent is one sentence with its tokens.
type sent struct {
	spans    []qspan // byte ranges inside quote marks
	s        string
	toks     []token
	used     []bool // speech verbs already attributed
	headline bool   // no closing punctuation: a headline, caption or menu line
}

func (sn *sent) text(a, b int) string {
	if a >= b {
		return ""
	}
	return sn.s[sn.toks[a].start:sn.toks[b-1].end]
}

// nameTok reports a token that may be part of a name: capitalised, a
// particle ("da", "bin"), or a hyphenated particle ("el-Sissi").
func nameTok(t *token) bool {
	if t.punct || t.isNumber() {
		return false
	}
	if t.cap {
		return !timeWords[t.lw] || nameMonths[t.lw]
	}
	if nameParticles[t.lw] {
		return true
	}
	if i := strings.IndexByte(t.s, '-'); i > 0 && i <= 3 {
		r, _ := utf8.DecodeRuneInString(t.s[i+1:])
		return unicode.IsUpper(r) && nameParticles[t.lw[:i]]
	}
	return false
}

// isTitleTok reports a title: "spokesman", "Gen.", "Dr.", "Hab.".
func isTitleTok(t *token) bool {
	if t.punct {
		return false
	}
	if titleWords[t.lw] {
		return true
	}
	// a capitalised abbreviation such as "Hab." or "Supt." (not an initial
	// such as "J." nor "U.S.")
	if t.cap && strings.HasSuffix(t.s, ".") && len(t.s) > 2 && !strings.Contains(t.s[:len(t.s)-1], ".") && !t.acronym() {
		return true
	}
	return false
}

// connector words may sit inside an organisation's name.
func connector(lw string) bool {
	switch lw {
	case "of", "for", "and", "the", "at", "de", "on", "in", "du", "des", "&", "from":
		return true
	}
	return false
}

// romanNumeral reports "II", "III", "IV", "Jr." ...
func romanNumeral(lw string) bool {
	switch lw {
	case "ii", "iii", "iv", "v", "vi", "jr", "jr.", "sr", "sr.":
		return true
	}
	return false
}

// isPersonName checks that toks[a:b] reads as a person's name.
func isPersonName(sn *sent, a, b int) bool {
	if b <= a || b-a > 5 {
		return false
	}
	t := &sn.toks[a]
	if notNameStart[t.lw] || !t.cap || isTitleTok(t) || timeWords[t.lw] {
		return false
	}
	if !sn.toks[b-1].cap && !strings.Contains(sn.toks[b-1].s, "-") {
		return false
	}
	for i := a; i < b; i++ {
		t := &sn.toks[i]
		lw := strings.TrimSuffix(strings.TrimSuffix(t.lw, "'s"), "'")
		if orgWords[lw] && (!weakOrgWords[lw] || b-a > 2) || timeWords[lw] && !nameMonths[lw] {
			return false
		}
		if t.acronym() && !romanNumeral(t.lw) && !(len(t.s) <= 3 && strings.HasSuffix(t.s, ".")) {
			return false
		}
		if i < b-1 && t.possessive() {
			return false
		}
	}
	return true
}

// modifierTok may sit in a noun phrase before its head: "security" in "two
// security sources", "Kenya’s", "U.S.".
func modifierTok(t *token) bool {
	if t.punct {
		return false
	}
	if functionWords[t.lw] || determiners[t.lw] || pronouns[t.lw] || timeWords[t.lw] {
		return false
	}
	if _, ok := speechVerbs[t.lw]; ok {
		return false
	}
	if t.cap && notNameStart[t.lw] && !titleWords[t.lw] && !collectiveHeads[t.lw] {
		return false
	}
	return true
}

func normalizeGroup(s string) string {
	for _, d := range []string{"The ", "A ", "An ", "Its ", "Their ", "His ", "Her "} {
		if strings.HasPrefix(s, d) {
			return strings.ToLower(d[:1]) + s[1:]
		}
	}
	if i := strings.IndexByte(s, ' '); i < 0 && collectiveHeads[strings.ToLower(s)] {
		return strings.ToLower(s)
	}
	return s
}

// cleanAff tidies an affiliation: "a senior fellow at X" -> "senior fellow
// at X", "currently at X" -> "X", "who is X" -> "X".
func cleanAff(s string) string {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ".,;:"))
	low := strings.ToLower(s)
	for _, p := range []string{"who is ", "who was ", "who works as ", "who works for ", "who works at ", "who heads ", "who leads "} {
		if strings.HasPrefix(low, p) {
			s, low = s[len(p):], low[len(p):]
			break
		}
	}
	if strings.HasPrefix(low, "who ") || strings.HasPrefix(low, "who's ") || strings.HasPrefix(low, "who’s ") || strings.HasPrefix(low, "who'd ") {
		return ""
	}
	for _, cut := range []string{" who ", " who's ", " who’s ", " which ", " whose "} {
		if i := strings.Index(s, cut); i > 0 {
			s, low = s[:i], low[:i]
		}
	}
	switch low {
	case "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss", "mister", "madam":
		return ""
	}
	for _, p := range []string{"currently ", "now "} {
		if strings.HasPrefix(low, p) {
			s, low = s[len(p):], low[len(p):]
		}
	}
	for _, p := range []string{"a ", "an ", "the ", "another ", "at ", "of ", "from ", "with "} {
		if strings.HasPrefix(low, p) {
			s = s[len(p):]
			break
		}
	}
	return strings.TrimSpace(s)
}

// titleStart extends a title to the left of a name starting at ns: the
// word next to the name must be a title ("spokesman", "President"), then
// modifiers may precede it ("Kremlin spokesman", "Britain’s prime
// minister"). It returns the start of the title (ns if none).
func titleStart(sn *sent, lo, ns int) int {
	if ns <= lo || !isTitleTok(&sn.toks[ns-1]) {
		return ns
	}
	k := ns - 1
	for n := 0; k > lo && n < 5; n++ {
		t := &sn.toks[k-1]
		if isTitleTok(t) || t.acronym() || t.cap && modifierTok(t) || titleMods[t.lw] || strings.HasSuffix(t.lw, "-based") {
			k--
			continue
		}
		break
	}
	return k
}

// npBack parses the speaker phrase that ends just before toks[e] and starts
// no earlier than lo; it returns the phrase and its first token index.
func npBack(sn *sent, lo, e int) (speaker, int, bool) {
	toks := sn.toks
	if e <= lo {
		return speaker{}, e, false
	}
	last := &toks[e-1]
	if last.punct {
		return speaker{}, e, false
	}
	if pronouns[last.lw] {
		return speaker{kind: kPronoun, name: last.lw}, e - 1, true
	}
	// a capitalised run, organisation connectors allowed inside
	j := e
	for j > lo && j > e-maxRun {
		t := &toks[j-1]
		if nameTok(t) || t.cap && isTitleTok(t) || t.acronym() || t.isNumber() && j < e && j-1 > lo && toks[j-2].cap {
			j--
			continue
		}
		if connector(t.lw) && j < e && j-1 > lo && (nameTok(&toks[j-2]) || connector(toks[j-2].lw)) {
			j--
			continue
		}
		break
	}
	for j < e && (connector(toks[j].lw) || !toks[j].cap && nameParticles[toks[j].lw]) {
		j++
	}
	if j < e {
		return runBack(sn, lo, j, e)
	}
	return groupBack(sn, lo, e)
}

// runBack classifies the capitalised run toks[j:e].
func runBack(sn *sent, lo, j, e int) (speaker, int, bool) {
	toks := sn.toks
	// "a spokesman for the Interior Ministry", "a municipal source at Mondoro"
	if p := j - 1; p > lo {
		if toks[p].lw == "the" {
			p--
		}
		if p > lo {
			switch toks[p].lw {
			case "of", "for", "at", "from", "with", "in":
				if g, st, ok := groupBack(sn, lo, p); ok && g.kind == kGroup {
					g.aff = sn.text(p+1, e)
					g.affStrong = true
					return g, st, true
				}
			}
		}
	}
	// "Dan Byman of the Center for ...": a person, then an organisation
	for m := j + 1; m < e-1; m++ {
		switch toks[m].lw {
		case "of", "from", "at", "with":
		default:
			continue
		}
		ns := j
		for k := m - 1; k >= j && !isTitleTok(&toks[k]); k-- {
			ns = k
		}
		if ns < m && isPersonName(sn, ns, m) {
			st := titleStart(sn, lo, ns)
			sp := speaker{kind: kPerson, name: sn.text(ns, m), aff: sn.text(m+1, e), affStrong: true}
			if st > lo && determiners[toks[st-1].lw] {
				st--
			}
			return sp, st, true
		}
		break
	}
	if e-j == 1 && collectiveHeads[toks[j].lw] {
		return groupBack(sn, lo, e) // "Police", "Neighbors"
	}
	hasConn := false
	for k := j; k < e; k++ {
		if connector(toks[k].lw) {
			hasConn = true
			break
		}
	}
	// name part: the capitalised non-title words at the end
	ns := e
	for ns > j && !isTitleTok(&toks[ns-1]) && nameTok(&toks[ns-1]) {
		ns--
	}
	for ns < e && !toks[ns].cap {
		ns++
	}
	if ns < e && (!hasConn || ns > j && isTitleTok(&toks[ns-1])) && isPersonName(sn, ns, e) {
		st := titleStart(sn, lo, ns)
		sp := speaker{kind: kPerson, name: sn.text(ns, e)}
		if st < ns {
			sp.aff = sn.text(st, ns)
		}
		if st > lo && determiners[toks[st-1].lw] {
			st--
		}
		return sp, st, true
	}
	// an organisation ("the Interior Ministry", "AMAQ") or a capitalised
	// group ("Police", "Officials")
	if e-j == 1 && collectiveHeads[toks[j].lw] {
		return groupBack(sn, lo, e)
	}
	if ns == e && e-j <= 3 && isTitleTok(&toks[e-1]) {
		// "the President", "Police Chief"
		st := j
		if st > lo && determiners[toks[st-1].lw] {
			st--
		}
		return speaker{kind: kGroup, name: normalizeGroup(sn.text(st, e))}, st, true
	}
	for k := j; k < e; k++ {
		if notNameStart[toks[k].lw] && k == j {
			return speaker{}, e, false
		}
	}
	sp := speaker{kind: kOrg, name: sn.text(j, e)}
	st := j
	// "the Isis-affiliated news agency AMAQ": a descriptive phrase before
	if k := j; k > lo && collectiveHeads[toks[k-1].lw] {
		for n := 0; k > lo && n < 6 && modifierTok(&toks[k-1]); n++ {
			k--
		}
		sp.aff = sn.text(k, j)
		st = k
	}
	if st > lo && toks[st-1].lw == "the" {
		st--
		if sp.aff == "" {
			sp.name = "the " + sp.name
		}
	} else if st > lo && determiners[toks[st-1].lw] {
		st--
	}
	return sp, st, true
}

// isHead reports a noun that can head a speaker phrase: "police",
// "spokesman", "aunt".
func isHead(t *token) bool {
	if t.punct {
		return false
	}
	lw := strings.TrimSuffix(t.lw, "'s")
	if collectiveHeads[lw] || titleWords[lw] && !strings.HasSuffix(lw, ".") {
		return true
	}
	for _, p := range []string{"great-great-", "great-", "step-", "step", "grand", "god"} {
		lw = strings.TrimPrefix(lw, p)
	}
	return kinWords[lw]
}

var kinWords = set("mother", "father", "brother", "sister", "son", "daughter", "aunt", "uncle", "cousin", "wife",
	"husband", "niece", "nephew", "parent", "parents", "child", "children", "grandmother", "grandfather",
	"mom", "dad", "grandma", "grandpa", "sons", "daughters", "brothers", "sisters")

// groupBack parses a common noun phrase ending at e whose head is a
// collective or role noun: "police", "two security sources", "Kenya’s
// president", "a State Department spokesman".
func groupBack(sn *sent, lo, e int) (speaker, int, bool) {
	toks := sn.toks
	head := &toks[e-1]
	if head.punct || !isHead(head) {
		return speaker{}, e, false
	}
	k := e - 1
	for n := 0; k > lo && n < 6; n++ {
		t := &toks[k-1]
		if modifierTok(t) || t.acronym() || t.isNumber() {
			k--
			continue
		}
		if t.lw == "and" && k-1 > lo && (toks[k-2].cap || toks[k-2].acronym() || collectiveHeads[toks[k-2].lw]) {
			k--
			continue
		}
		break
	}
	if k > lo && determiners[toks[k-1].lw] {
		k--
	}
	if k > lo+1 && toks[k-1].lw == "of" && (toks[k-2].lw == "one" || toks[k-2].lw == "some" || toks[k-2].lw == "many" || toks[k-2].lw == "two" || toks[k-2].lw == "three") {
		k -= 2
	}
	return speaker{kind: kGroup, name: normalizeGroup(sn.text(k, e))}, k, true
}

// ageLike reports a prefix such as "18 year-old" or "55-year-old".
func ageLike(sn *sent, a, b int) bool {
	for k := a; k < b; k++ {
		t := &sn.toks[k]
		if !(t.isNumber() || strings.Contains(t.lw, "year-old") || t.lw == "year" || t.lw == "old") {
			return false
		}
	}
	return a < b
}

// appositiveLike reports whether toks[a:b] reads as an appositive: "a
// senior fellow at ...", "assistant commissioner of ...", "NRF’s director
// ...", "who works as a cleaner", "22".
func appositiveLike(sn *sent, a, b int) bool {
	if a >= b {
		return false
	}
	t := &sn.toks[a]
	if t.punct {
		return t.s == "(" // "(DAG)"
	}
	switch {
	case t.lw == "a" || t.lw == "an" || t.lw == "the" || t.lw == "its" || t.lw == "his" || t.lw == "her" || t.lw == "their":
		return true
	case t.lw == "who" || t.lw == "currently" || t.lw == "now" || t.lw == "formerly" || t.lw == "former" || t.lw == "then":
		return true
	case t.isNumber():
		return true
	case t.cap && t.possessive():
		return true
	case t.cap:
		return false
	}
	if functionWords[t.lw] || strings.HasSuffix(t.lw, "ing") || strings.HasSuffix(t.lw, "ed") && !titleWords[t.lw] {
		return false
	}
	if _, ok := speechVerbs[t.lw]; ok {
		return false
	}
	return true
}

// orgSeg reports a capitalised organisation name used as an appositive:
// "Darry Lloyd, State Attorney's Office:".
func orgSeg(sn *sent, a, b int) bool {
	if b-a < 2 || b-a > 8 {
		return false
	}
	org := false
	for k := a; k < b; k++ {
		t := &sn.toks[k]
		if !(t.cap || connector(t.lw)) {
			return false
		}
		lw := strings.TrimSuffix(t.lw, "'s")
		if orgWords[lw] && !weakOrgWords[lw] {
			org = true
		}
	}
	return org && sn.toks[a].cap
}

// ageSeg reports ", 22," or ", aged 22,".
func ageSeg(sn *sent, a, b int) bool {
	if b-a == 1 && sn.toks[a].isNumber() {
		return true
	}
	return b-a == 2 && sn.toks[a].lw == "aged" && sn.toks[a+1].isNumber()
}

// skipSeg reports a parenthetical adverb: ", however,", ", for his part,".
func skipSeg(sn *sent, a, b int) bool {
	if b-a > 4 {
		return false
	}
	for i := a; i < b; i++ {
		switch sn.toks[i].lw {
		case "however", "though", "too", "meanwhile", "also", "then", "in", "turn", "for", "his", "her", "its",
			"their", "part", "instead", "moreover", "furthermore", "nevertheless", "therefore", "thus",
			"separately", "later", "earlier", "meantime", "the", "of", "course", "indeed", "again":
		default:
			return false
		}
	}
	return true
}

// partySeg reports a party and state tag: "R-Texas", "D-N.Y.".
func partySeg(sn *sent, a, b int) bool {
	if b-a != 1 {
		return false
	}
	s := sn.toks[a].s
	return len(s) > 2 && (s[0] == 'R' || s[0] == 'D' || s[0] == 'I') && s[1] == '-'
}

// prepSeg reports a short prepositional aside: ", near the base,", ", in a
// statement,", ", speaking on condition of anonymity,".
func prepSeg(sn *sent, a, b int) bool {
	if b-a > 8 || a >= b {
		return false
	}
	switch sn.toks[a].lw {
	case "in", "at", "near", "outside", "inside", "on", "from", "speaking", "reached", "contacted", "asked",
		"interviewed", "writing", "quoted", "via", "during", "after", "when", "later", "earlier":
		return true
	}
	return false
}

// capContinuation reports a short capitalised piece that continues the
// previous appositive: "D.C." in "... in Washington, D.C., said".
func capContinuation(sn *sent, a, b int) bool {
	if b-a > 3 || a >= b {
		return false
	}
	for i := a; i < b; i++ {
		if !sn.toks[i].cap {
			return false
		}
	}
	return true
}

// parseChunk reads toks[st:e] as a whole speaker phrase: a name or noun
// phrase, then appositives between commas. junkOK lets words precede the
// phrase when the chunk has no comma ("In a statement London Mayor Sadiq
// Khan").
func parseChunk(sn *sent, st, e int, junkOK bool) (speaker, bool) {
	toks := sn.toks
	// the segments between commas
	var segs [][2]int
	a := st
	for k := st; k < e; k++ {
		if toks[k].isComma() {
			segs = append(segs, [2]int{a, k})
			a = k + 1
		}
	}
	if a < e {
		segs = append(segs, [2]int{a, e})
	}
	if len(segs) == 0 {
		return speaker{}, false
	}
	for _, g := range segs {
		if g[0] >= g[1] {
			return speaker{}, false
		}
	}
	first := segs[0]
	sp, s0, ok := npBack(sn, first[0], first[1])
	if !ok {
		return speaker{}, false
	}
	if s0 > first[0] {
		if !junkOK || len(segs) > 1 {
			return speaker{}, false
		}
		p := &toks[s0-1]
		if !(adverbialWords[p.lw] || functionWords[p.lw] || timeWords[p.lw] || p.cap || p.isNumber() || p.punct) {
			return speaker{}, false
		}
	}
	prevAff := false
	for i, g := range segs[1:] {
		switch {
		case i == 0 && sp.kind == kGroup:
			if p, s, ok := npBack(sn, g[0], g[1]); ok && s == g[0] && p.kind == kPerson {
				// "The officer, Pedro da Silva Negro, told ..."
				aff := cleanAff(sn.text(first[0], first[1]))
				sp = speaker{kind: kPerson, name: p.name, aff: aff, affStrong: true}
				prevAff = false
				continue
			}
			fallthrough
		default:
			switch {
			case partySeg(sn, g[0], g[1]):
				if sp.aff == "" {
					sp.aff = sn.text(g[0], g[1])
				}
			case ageSeg(sn, g[0], g[1]) || skipSeg(sn, g[0], g[1]) || prepSeg(sn, g[0], g[1]):
				prevAff = false
			case prevAff && capContinuation(sn, g[0], g[1]):
				sp.aff += ", " + sn.text(g[0], g[1])
			case appositiveLike(sn, g[0], g[1]) || orgSeg(sn, g[0], g[1]):
				if !sp.affStrong && sp.kind != kPronoun {
					if aff := cleanAff(sn.text(g[0], g[1])); aff != "" {
						sp.aff, sp.affStrong = aff, true
						prevAff = true
						continue
					}
				}
				prevAff = false
			default:
				return speaker{}, false
			}
		}
	}
	return sp, true
}

// parseSubject finds the speaker phrase that is the subject of the speech
// verb at v, looking no further left than lo. It returns the phrase and
// the index where it starts.
func parseSubject(sn *sent, lo, v int) (speaker, int, bool) {
	toks := sn.toks
	e := v
	for e > lo && auxSkip[toks[e-1].lw] && !toks[e-1].cap {
		e--
	}
	if e <= lo {
		return speaker{}, v, false
	}
	hb := lo
	for k, n := e-1, 0; k >= lo; k, n = k-1, n+1 {
		t := &toks[k]
		if n >= 45 || t.inq || t.punct && strings.Contains(";:()[]—–-.!?…", t.s) ||
			hardBoundary[t.lw] || t.lw == "and" && k > lo && !toks[k-1].cap && !toks[k-1].acronym() && !collectiveHeads[toks[k-1].lw] {
			hb = k + 1
			break
		}
	}
	if hb >= e {
		return speaker{}, v, false
	}
	if sp, ok := parseChunk(sn, hb, e, true); ok {
		return sp, hb, true
	}
	for k := hb; k < e; k++ {
		if toks[k].isComma() && k+1 < e {
			if sp, ok := parseChunk(sn, k+1, e, false); ok {
				return sp, k + 1, true
			}
		}
	}
	return speaker{}, v, false
}

// npFwd parses a speaker phrase that starts at i (after an inverted verb:
// "said Russian analyst Andrei Kazantsev, currently at ..."). It returns the
// phrase and the index just past it and its appositive.
func npFwd(sn *sent, i, hi int) (speaker, int, bool) {
	return npFwdA(sn, i, hi, true)
}

// npFwdA is npFwd; appos says whether ", appositive" may follow a name.
func npFwdA(sn *sent, i, hi int, appos bool) (speaker, int, bool) {
	toks := sn.toks
	if i >= hi || toks[i].punct {
		return speaker{}, i, false
	}
	if pronouns[toks[i].lw] {
		return speaker{kind: kPronoun, name: toks[i].lw}, i + 1, true
	}
	ds := i
	if toks[i].lw == "one" && i+2 < hi && toks[i+1].lw == "of" && determiners[toks[i+2].lw] {
		i += 3
	} else if determiners[toks[i].lw] {
		i++
	}
	k := i
	for n := 0; k < hi && n < 9; n++ {
		t := &toks[k]
		if t.punct {
			break
		}
		if nameTok(t) || isTitleTok(t) || modifierTok(t) || t.acronym() {
			k++
			continue
		}
		break
	}
	if k == i {
		return speaker{}, i, false
	}
	var sp speaker
	m := k
	for m > i && nameTok(&toks[m-1]) && !isTitleTok(&toks[m-1]) {
		m--
	}
	for m < k && !toks[m].cap {
		m++
	}
	switch {
	case m < k && (m == i || isTitleTok(&toks[m-1]) || ageLike(sn, i, m)) && isPersonName(sn, m, k):
		sp = speaker{kind: kPerson, name: sn.text(m, k)}
		if m > i && !ageLike(sn, i, m) {
			sp.aff = sn.text(i, m)
		}
	case m < k && m == i:
		sp = speaker{kind: kOrg, name: sn.text(ds, k)}
		if ds < i && toks[ds].lw == "the" {
			sp.name = "the " + sn.text(i, k)
		}
	default:
		// a common noun phrase: up to its last collective head ("the
		// expert", "a State Department spokesman")
		h := -1
		for x := i; x < k; x++ {
			if isHead(&toks[x]) {
				h = x
			}
		}
		if h < 0 {
			return speaker{}, i, false
		}
		k = h + 1
		sp = speaker{kind: kGroup, name: normalizeGroup(sn.text(ds, k))}
	}
	// the affiliation after the name
	if k+1 < hi {
		if aff, r, ok := orgAfter(sn, k, hi); ok {
			if sp.kind == kPerson || sp.kind == kGroup {
				sp.aff, sp.affStrong = aff, true
			}
			k = r
		} else if toks[k].isComma() && appos && sp.kind == kPerson {
			k = fwdAppositive(sn, k, hi, &sp)
		}
	}
	return sp, k, true
}

// fwdAppositive reads ", appositive" after a name at toks[k] (a comma) and
// returns the index past it.
func fwdAppositive(sn *sent, k, hi int, sp *speaker) int {
	toks := sn.toks
	for tries := 0; tries < 2 && k < hi && toks[k].isComma(); tries++ {
		a := k + 1
		b := a
		for b < hi && !toks[b].isComma() && !(toks[b].punct && strings.Contains(";.!?", toks[b].s) && b == hi-1) {
			b++
			if b-a > maxScan {
				return k // too long for an appositive
			}
		}
		if b > a && toks[b-1].punct && toks[b-1].s == "." {
			b--
		}
		switch {
		case ageSeg(sn, a, b):
			k = b
			continue
		case appositiveLike(sn, a, b):
			if aff := cleanAff(sn.text(a, b)); aff != "" && sp.kind != kPronoun {
				sp.aff, sp.affStrong = aff, true
			}
			k = b
			if k+1 < hi && toks[k].isComma() {
				a2 := k + 1
				b2 := a2
				for b2 < hi && !toks[b2].isComma() && !(toks[b2].punct && toks[b2].s != "." && toks[b2].s != "(" && toks[b2].s != ")") {
					b2++
				}
				if b2 > a2 && toks[b2-1].s == "." && b2 == hi-1+1 {
					b2--
				}
				if capContinuation(sn, a2, b2) && sp.affStrong {
					sp.aff += ", " + sn.text(a2, b2)
					k = b2
				}
			}
			return k
		}
		break
	}
	return k
}
