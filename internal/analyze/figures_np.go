package analyze

import (
	"cmp"
	"slices"
	"strings"
)

// npRes is a noun phrase read as a casualty count.
type npRes struct {
	ok         bool
	value      int
	vague      bool
	qual       string
	a, b       int // token span
	np         int // first token of the whole noun phrase (a may start later, at the count)
	numID      int
	attacker   bool
	others     bool
	pronoun    bool
	singleton  bool
	ordinal    int  // "a third man": the Nth victim
	counted    bool // the value comes from stated numbers (or a zero), not from singular nouns
	personNoun bool // a noun for people follows the count
	reflexive  bool // "himself", "herself", "self"
	selfAt     int  // >0: a reflexive conjunct ("..., and then himself") at this token
	selfN      int  // how many that reflexive stands for: 1, or the attackers' count for "themselves"
	selfFirst  bool // the reflexive came first: "killing himself and three others"
	plain      bool // the phrase has no attached prepositional phrase
}

func (r npRes) fig(tr trig) fig {
	a, b := r.a, tr.b
	if tr.a < a {
		a = tr.a
	}
	if r.b > b {
		b = r.b
	}
	return fig{kind: tr.kind, value: r.value, qual: r.qual, vague: r.vague, a: a, b: b, trig: tr.a, numID: r.numID,
		shot: tr.shot, attacker: r.attacker || tr.attacker, others: r.others, pronoun: r.pronoun, singleton: r.singleton,
		ordinal: r.ordinal}
}

// objBoundary are words after which an object count may end: "killing 27
// and wounding 78", "killed 3 in Dallas".
var objBoundary = set(`and or in at on when while including during before after with as inside outside near who whom
	that which last early late this since then but also by because earlier overnight yesterday today tonight following
	amid over across around from into aboard among about between under within until according police officials
	monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
	september october november december dead killed injured wounded hurt others more`)

// sourceWords after a capitalised word make it the source of a figure, not
// a victim: "Turkish officials said", "Afghan police".
var sourceWords = set(`officials official police authorities said says told reported media sources army military
	ministry government spokesman spokeswoman`)

// speechVerbs after a noun phrase make it a speaker: "killing five
// soldiers, an officer said".
var speechVerbs = set(`said says told added reported confirmed stated`)

// speakersAt reports whether the words from token k up to the next
// punctuation end in a speech verb: "a police officer and a hospital
// official said".
func (c *fctx) speakersAt(k int) bool {
	for end := k + 16; k < len(c.toks) && k < end; k++ {
		if c.isPunct(k) {
			return false
		}
		if speechVerbs[c.lo(k)] {
			return true
		}
	}
	return false
}

// object reads the object of an active casualty verb starting at token k,
// summing coordinated objects ("a woman and two others").
func (c *fctx) object(k int) npRes {
	var total npRes
	commaOnly := false // the conjunct at k follows a comma and no "and"
	for conj := 0; conj < 6 && k < len(c.toks); conj++ {
		r := c.objConj(k)
		if !r.ok && total.ok && isPersonSg(c.lo(k)) && !isPersonPl(c.lo(k)) {
			// "his father and brother"
			r = npRes{ok: true, value: 1, a: k, b: k, numID: -1, qual: "exact", singleton: true}
		}
		if !r.ok {
			break
		}
		if commaOnly && total.singleton && !c.toks[total.b].cap && r.singleton && r.numID < 0 && c.toks[r.a].cap {
			// "the boy's father, Christopher Few": a name in apposition
			total.b = r.b
			next, _, more := c.nextConjunct(r.b)
			if !more {
				break
			}
			k, commaOnly = next, false
			continue
		}
		if commaOnly && total.singleton && r.singleton && r.numID < 0 && !r.reflexive && !c.listCloses(r.b) {
			// "shot a man, a 24-year-old, in the leg": a second
			// description of one victim, not a list, which would close
			// with "and"
			total.b = r.b
			break
		}
		if total.ok && r.numID >= 0 && !r.personNoun {
			break
		}
		if total.ok && commaOnly && r.numID < 0 && c.speakersAt(r.a) {
			// "killing five soldiers, a Somali army officer said",
			// "injuring 20, a police officer and a hospital official
			// said": those who speak are the source
			break
		}
		if total.ok && commaOnly && r.singleton && r.numID < 0 && c.toks[r.a].cap && sourceWords[c.lo(r.b+1)] {
			// "killing one person, Turkish officials said": the source
			break
		}
		if total.ok && total.numID >= 0 && !total.personNoun && r.numID < 0 && c.toks[r.a].cap {
			// "wounding 143, U.S. and Afghan officials said": a bare
			// count is not listed with names; what follows is its source
			break
		}
		if total.ok && r.reflexive {
			// "killed his two daughters, and then himself": the attacker apart
			total.selfAt, total.selfN = r.a, r.value
			break
		}
		if !total.ok && r.reflexive && conj == 0 {
			// "killing himself and three others": the victims are the
			// three; the attacker stands apart
			if n, comma, more := c.nextConjunct(r.b); more && !comma {
				if rest := c.object(n); rest.ok && !rest.reflexive {
					rest.selfAt, rest.selfN, rest.selfFirst = r.a, r.value, true
					return rest
				}
			}
		}
		if !total.ok {
			total = r
		} else {
			total.attacker = total.attacker && r.attacker
			total.reflexive = false
			total.value += r.value
			total.vague = total.vague || r.vague
			total.b = r.b
			total.numID = -1
			total.singleton = false
			if total.qual == "exact" {
				total.qual = r.qual
			}
		}
		next, comma, more := c.nextConjunct(r.b)
		if !more {
			break
		}
		k, commaOnly = next, comma
		if c.lo(k) == "then" {
			k++
		}
	}
	return total
}

// listCloses reports whether the objects joined by commas after token b
// end with one joined by "and" or "or": "a man, a woman and a child" is a
// list; "a man, a 24-year-old, in the leg" is not.
func (c *fctx) listCloses(b int) bool {
	for n := 0; n < 6; n++ {
		k, commaOnly, more := c.nextConjunct(b)
		if !more {
			return false
		}
		if !commaOnly {
			return true
		}
		r := c.objConj(k)
		if !r.ok {
			return false
		}
		b = r.b
	}
	return false
}

// nextConjunct returns where the conjunct after a phrase ending at token b
// starts (after ", ", "and " or ", and "), whether a comma alone joins it,
// and false when nothing joins one.
func (c *fctx) nextConjunct(b int) (k int, commaOnly, ok bool) {
	k = b + 1
	if c.lo(k) == "," {
		k++
	}
	switch {
	case c.lo(k) == "and":
		return k + 1, false, true
	case k > b+1:
		return k, true, true
	}
	return k, false, false
}

// objConj reads one object: a count with an optional noun ("at least 133
// people", "27"), a singular person ("a 17-year-old girl", "his brother",
// "him", "himself") or a proper name ("Veondus Dennis").
func (c *fctx) objConj(k int) npRes {
	if k >= len(c.toks) {
		return npRes{}
	}
	if p := c.possessorEnd(k); p > k {
		// "Garza's stepfather", "the woman's two sons": the possessor
		// is no victim; what follows it is
		if isPersonSg(c.lo(p)) && !isPersonPl(c.lo(p)) {
			m := p
			for m+1 < len(c.toks) && isPersonSg(c.lo(m+1)) {
				m++
			}
			return npRes{ok: true, value: 1, a: k, b: m, numID: -1, qual: "exact", singleton: true, attacker: attackerNouns[stem(c.lo(m))]}
		}
		if c.countAt(p) >= 0 {
			if r := c.objConj(p); r.ok {
				r.a = k
				return r
			}
		}
		return npRes{}
	}
	lo := c.lo(k)
	switch lo {
	case "all", "its", "his", "her", "their", "the", "our", "another", "some":
		if c.countAt(k+1) >= 0 {
			r := c.objConj(k + 1)
			if r.ok {
				r.a = k
				r.others = r.others || lo == "another"
			}
			return r
		}
	}
	if id := c.countAt(k); id >= 0 {
		n := c.nums[id]
		r := npRes{ok: true, value: n.value, vague: n.vague, qual: n.qual, a: k, b: n.j, numID: id}
		nx := n.j + 1
		if nx >= len(c.toks) || c.isPunct(nx) && c.toks[nx].text != "-" || objBoundary[c.lo(nx)] {
			r.others = c.lo(nx) == "others" || c.lo(nx) == "more"
			if r.others {
				r.b = nx
				r.personNoun = true
			}
			return r
		}
		for m := nx; m < len(c.toks) && m <= nx+4; m++ {
			t := c.toks[m]
			if isPersonNoun(t.lower) || t.cap && t.kind == tkWord && strings.HasSuffix(t.lower, "s") && m == nx && !notNames[t.lower] ||
				m == nx && t.kind == tkWord && !t.cap && len(t.lower) > 3 && strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") &&
					!notPeople[t.lower] && !verbStop[t.lower] && !objBoundary[t.lower] {
				r.b = m
				r.personNoun = true
				r.attacker = attackerNouns[stem(t.lower)]
				for m+1 < len(c.toks) && isPersonNoun(c.lo(m+1)) {
					m++
					r.b = m
				}
				r.others = c.lo(nx) == "other" || c.lo(nx) == "others" || c.lo(nx) == "more"
				return r
			}
			if t.kind == tkPunct && !t.abbr || verbStop[t.lower] || objBoundary[t.lower] {
				break
			}
		}
		return npRes{}
	}
	if m := c.agedPerson(k); m > k {
		// "8 yo girl", "15 year old boy": a headline's or a post's
		// person named by an age without an article.
		return npRes{ok: true, value: 1, a: k, b: m, numID: -1, qual: "exact", singleton: true}
	}
	if c.toks[k].kind == tkMixed && isPersonSg(lo) {
		// "24-year-old Alex DoSouto", "6-year-old boy"
		m := k
		for m+1 < len(c.toks) && m-k < 4 && (isPersonSg(c.lo(m+1)) || !c.title && c.toks[m+1].cap && c.toks[m+1].kind == tkWord && !notNames[c.lo(m+1)]) {
			m++
		}
		return npRes{ok: true, value: 1, a: k, b: m, numID: -1, qual: "exact", singleton: true}
	}
	switch lo {
	case "him":
		return npRes{ok: true, value: 1, a: k, b: k, numID: -1, qual: "exact", singleton: true}
	case "self", "himself", "herself":
		return npRes{ok: true, value: 1, a: k, b: k, numID: -1, qual: "exact", attacker: true, singleton: true, reflexive: true}
	case "themselves":
		// "two suicide bombers detonated their devices, killing
		// themselves": as many as the attackers counted before
		if n := c.attackersBefore(k); n > 0 {
			return npRes{ok: true, value: n, a: k, b: k, numID: -1, qual: "exact", attacker: true, reflexive: true}
		}
	case "someone", "somebody":
		return npRes{ok: true, value: 1, a: k, b: k, numID: -1, qual: "exact", singleton: true}
	case "both":
		if isPersonPl(c.lo(k + 1)) {
			return npRes{ok: true, value: 2, a: k, b: k + 1, numID: -1, qual: "exact"}
		}
	case "a", "an", "another", "his", "her", "their", "the", "its", "our", "my", "this", "that", "one":
		for m := k + 1; m < len(c.toks) && m <= k+6; m++ {
			t := c.toks[m]
			if isPersonSg(t.lower) && !isPersonPl(t.lower) || t.lower == "one" && lo == "another" {
				for m+1 < len(c.toks) && isPersonSg(c.lo(m+1)) {
					m++
				}
				hd := stem(c.lo(m))
				if lo == "the" && !attackerNouns[hd] && !isAgeNoun(hd) && !(hd == "victim" || hd == "man" || hd == "woman" || hd == "boy" || hd == "girl" || hd == "child" || hd == "teen" || hd == "teenager" || hd == "baby" || hd == "officer") {
					return npRes{}
				}
				return npRes{ok: true, value: 1, a: k, b: m, numID: -1, qual: "exact", attacker: attackerNouns[hd],
					others: lo == "another", singleton: true}
			}
			if isPersonPl(t.lower) && isPersonNoun(c.lo(m+1)) {
				continue
			}
			if t.kind == tkPunct && !t.abbr || verbStop[t.lower] || isPersonPl(t.lower) || t.lower == "of" {
				break
			}
		}
		if lo == "her" && (k+1 >= len(c.toks) || c.isPunct(k+1) || objBoundary[c.lo(k+1)]) {
			return npRes{ok: true, value: 1, a: k, b: k, numID: -1, qual: "exact", singleton: true}
		}
		return npRes{}
	}
	// proper names: at least two capitalised words
	if !c.title && c.toks[k].cap && c.toks[k].kind == tkWord && !notNames[lo] && !detWords[lo] {
		m := k
		for m < len(c.toks) && m-k < 5 {
			t := c.toks[m]
			if t.cap && (t.kind == tkWord || t.abbr) && !notNames[t.lower] || t.text == "." && m > k && len(c.toks[m-1].text) == 1 {
				m++
				continue
			}
			break
		}
		if m-k >= 1 && (m >= len(c.toks) || c.isPunct(m) || objBoundary[c.lo(m)]) && (m-k >= 2 || !isEnglishWord(lo)) {
			return npRes{ok: true, value: 1, a: k, b: m - 1, numID: -1, qual: "exact", singleton: true}
		}
	}
	return npRes{}
}

// attackersBefore returns the count of the last attackers named before
// token k ("two male suicide bombers"), or 0.
func (c *fctx) attackersBefore(k int) int {
	for m := k - 1; m >= 0; m-- {
		if !attackerNouns[stem(c.lo(m))] || !isPersonPl(c.lo(m)) {
			continue
		}
		for q := m - 1; q >= 0 && q >= m-3; q-- {
			if id := c.countAt(q); id >= 0 && !c.nums[id].vague {
				return c.nums[id].value
			}
			if c.cover[q] > 0 {
				break
			}
		}
		return 0
	}
	return 0
}

// possessorEnd returns the token after a possessor opening at k ("Garza's",
// "the woman's", "Maria Lopez's", "the victims'"), or k when there is none.
// The possessor is a name or a short noun phrase of words ending in the
// possessive token.
func (c *fctx) possessorEnd(k int) int {
	for m := k; m < len(c.toks) && m <= k+3; m++ {
		t := c.toks[m]
		if t.kind != tkWord || verbStop[t.lower] || objBoundary[t.lower] && m > k {
			return k
		}
		if strings.HasSuffix(t.lower, "'s") || strings.HasSuffix(t.lower, "s'") {
			if m == k && !t.cap {
				return k // "someone's", "one's": a lower-case possessor alone is no phrase
			}
			return m + 1
		}
	}
	return k
}

// subject reads the subject of a passive or predicate casualty word:
// "two people were killed", "the victim died", "Four adults and two children
// were killed", "No one was hurt".
func (c *fctx) subject(tr trig) npRes {
	p := tr.a - 1
	aux := 0
	sawAux, rel := false, false
	for p >= 0 && tr.a-p <= 9 {
		t := c.toks[p]
		if t.kind != tkWord {
			break
		}
		lo := t.lower
		if lo == "not" || lo == "never" || lo == "n't" || lo == "unhurt" {
			return npRes{}
		}
		if (lo == "all" || lo == "both" || lo == "each") && p > 0 && (auxSg[c.lo(p-1)] || auxPl[c.lo(p-1)]) {
			p--
			continue
		}
		if tr.condition && stateVerbs[lo] {
			// "remains in critical condition", "was listed in stable condition"
			sawAux = true
			if aux == 0 && lo == "remains" {
				aux = 1 // "A Marietta, Ga. teen remains": one subject
			}
			p--
			continue
		}
		if auxSkip[lo] && lo != "all" && lo != "both" && lo != "each" || strings.HasSuffix(lo, "ly") && len(lo) > 4 && lo != "only" && !isPersonNoun(lo) {
			switch {
			case auxSg[lo]:
				if aux == 0 {
					aux = 1
				}
				sawAux = true
			case auxPl[lo]:
				if aux == 0 {
					aux = 2
				}
				sawAux = true
			case lo == "be" || lo == "been" || lo == "being" || lo == "had" || lo == "will" || lo == "get" || lo == "got" || lo == "would":
				sawAux = true
			case lo == "who" || lo == "that" || lo == "which":
				if p == tr.a-1 && !tr.active {
					// "the deputy who killed a man": active voice, the subject is the killer
					return npRes{}
				}
				rel = true
			}
			p--
			if rel {
				break
			}
			continue
		}
		break
	}
	// A parenthesis between the subject and its verb: "six others (ages
	// 6 to 32) sustaining gunshot wounds".
	if p > 0 && c.toks[p].text == ")" {
		for k := p - 1; k > 0 && p-k <= 16; k-- {
			if c.toks[k].text == "(" {
				p = k - 1
				break
			}
			if c.toks[k].text == ")" {
				break
			}
		}
	}
	// A relative clause between the subject and its verb: "Two other
	// teens who were with Cleveland were also shot".
	if sawAux && !rel {
		if k := c.relativeStart(p); k > 0 {
			p = k - 1
		} else if k := c.participleStart(p); k > 0 {
			p = k - 1
		}
	}
	// A headline drops the verb: "Killeen 2-year-old in critical condition".
	headline := tr.condition && p >= 0 && p < 3
	if tr.needAux && !sawAux && !headline && !(tr.condition && (c.cover[p] > 0 || c.lo(p) == "another")) {
		return npRes{}
	}
	accused := false    // "The man, who was accused of shooting a family, was found dead"
	asideComma := false // "took the man, with a gunshot wound"
	if p >= 0 && c.toks[p].text == "," {
		if tr.aside && p == tr.a-1 {
			p--
			asideComma = true
		} else if rel {
			p--
		} else if open := c.appositiveStart(p); open >= 0 {
			for m := open + 1; m < p; m++ {
				accused = accused || accusedWords[c.lo(m)]
			}
			p = open - 1
		} else {
			return npRes{}
		}
	}
	if p < 0 {
		return npRes{}
	}
	if c.lo(p) == "and" || c.lo(p) == "but" {
		return c.coordinatedVP(p, tr)
	}
	a := c.npBack(p)
	if a > p {
		return npRes{}
	}
	r := c.evalNP(a, p)
	if !r.ok {
		return npRes{}
	}
	// A verb in the singular ("Hope, AR man dies") has one subject: the
	// words before a comma are a place, not a second victim.
	if aux == 0 && singularVerbs[c.lo(tr.a)] {
		aux = 1
	}
	// coordination: "A man and a woman were shot", "Four adults and two children were killed"
	singles := r.singleton // every conjunct one person: "Mother, son shot"
	if aux != 1 && !r.others && !c.partitive(r.np, r.b) {
		for _, cj := range c.conjuncts(r.np) {
			r2, a2 := cj.r, cj.np
			singles = singles && r2.singleton
			r.attacker = r.attacker && r2.attacker // "Officer, suspect wounded": not all attackers
			r.value += r2.value
			r.vague = r.vague || r2.vague
			r.counted = r.counted || r2.counted
			r.a, r.np = r2.a, a2
			r.numID = -1
			r.singleton = false
			r.pronoun = false
			if r.qual == "exact" {
				r.qual = r2.qual
			}
		}
	}
	if aux == 2 && r.singleton {
		return npRes{}
	}
	if accused {
		r.attacker = true
	}
	if tr.needCount && !(r.counted && r.personNoun) {
		return npRes{}
	}
	if !sawAux && !tr.active && !tr.condition && !asideComma {
		// reduced form: "4 dead", "137 people killed", "Man shot dead in ..."
		if id := c.wholeCount(r, tr); id >= 0 {
			// "one of the three men shot and killed last week was an
			// associate": the participle counts the three
			n := c.nums[id]
			r.value, r.vague, r.qual, r.numID = n.value, n.vague, n.qual, id
			return r
		}
		if !r.counted {
			if singles && !c.firedAt(tr.b+1) && (r.a == 0 || c.headline || c.isPunct(r.a-1) && c.toks[r.a-1].text != "," ||
				(c.lo(r.a) == "a" || c.lo(r.a) == "an" || c.lo(r.a) == "the") && reducedPrep[c.lo(r.a-1)]) {
				return r
			}
			return npRes{}
		}
	}
	return r
}

// conjunct is a noun phrase coordinated before a subject: np is where
// its noun phrase starts.
type conjunct struct {
	r  npRes
	np int
}

// conjuncts returns the noun phrases coordinated before the subject whose
// noun phrase starts at np, nearest first: "Four adults and two children
// were killed". When the leftmost is the object of a verb or preposition
// ("taking about 170 guests and staff hostage, and at least 20 people
// were killed"), the ", and" before the subject joins two clauses, and
// what lies before it is not part of the subject.
func (c *fctx) conjuncts(np int) []conjunct {
	var out []conjunct
	clause := -1 // how many conjuncts lie right of the last ", and"
	for conj := 0; conj < 4; conj++ {
		k := np - 1
		if c.lo(k) != "and" && c.lo(k) != "," {
			break
		}
		e := k - 1
		if c.lo(k) == "and" && c.lo(e) == "," {
			e--
			if clause < 0 {
				clause = len(out)
			}
		}
		e = c.skipAgeRange(e)
		a2 := c.npBack(e)
		if a2 > e {
			break
		}
		r2 := c.evalNP(a2, e)
		if !r2.ok || r2.value == 0 || !r2.plain || !(r2.singleton || r2.personNoun) {
			break
		}
		out = append(out, conjunct{r2, a2})
		np = a2
	}
	if clause >= 0 && len(out) > 0 && c.governed(out[len(out)-1].r.a) {
		out = out[:clause]
	}
	return out
}

// governed reports whether the noun phrase starting at token a is the
// object of the word before it: a participle ("taking", "wounding") or a
// preposition.
func (c *fctx) governed(a int) bool {
	if a <= 0 || c.toks[a-1].kind != tkWord {
		return false
	}
	lo := c.lo(a - 1)
	return strings.HasSuffix(lo, "ing") && len(lo) > 4 && !notParticiples[lo] || npPrep[lo] || lo == "with" || lo == "for"
}

// wholeCount returns the count of the whole in a partitive subject ("one
// of the three men") whose reduced relative is the casualty word, when a
// finite verb follows it: "one of the three people killed was a teacher"
// tells of three killed. It returns -1 otherwise ("one of the four
// victims died").
func (c *fctx) wholeCount(r npRes, tr trig) int {
	if c.headline {
		return -1
	}
	whole := -1
	for k := r.a; k < r.b; k++ {
		if c.lo(k) == "of" && c.lo(k+1) == "the" {
			whole = c.countAt(k + 2)
		}
	}
	if whole < 0 {
		return -1
	}
	for k := tr.b + 1; k < len(c.toks) && k <= tr.b+4; k++ {
		switch c.lo(k) {
		case "was", "were", "is", "are", "had", "has", "have":
			return whole
		}
		if c.isPunct(k) {
			return -1
		}
	}
	return -1
}

// skipAgeRange returns the token before an age range that ends at e ("a
// woman in her 50s", "a man in his early 20s"), or e when there is none.
func (c *fctx) skipAgeRange(e int) int {
	lo := c.lo(e)
	if !(lo == "teens" || len(lo) == 3 && lo[0] >= '1' && lo[0] <= '9' && lo[1] == '0' && lo[2] == 's') {
		return e
	}
	k := e - 1
	switch c.lo(k) {
	case "early", "mid", "late", "mid-":
		k--
	}
	switch c.lo(k) {
	case "his", "her", "their":
		if c.lo(k-1) == "in" {
			return k - 2
		}
	}
	return e
}

// accusedWords in an aside after a subject make it the suspect: "the
// man, who was accused of shooting a family of five, was found dead".
var accusedWords = set(`accused suspected charged`)

// singularVerbs are casualty verbs whose form says their subject is one.
var singularVerbs = set(`dies succumbs perishes`)

// relativeStart returns the index of the "who" or "that" opening a short
// relative clause that ends at token p and follows a count of people or a
// noun for people ("two other teens who were with him"), or -1.
func (c *fctx) relativeStart(p int) int {
	for k := p; k > 0 && p-k < 8; k-- {
		if c.toks[k].kind != tkWord {
			return -1
		}
		if lo := c.lo(k); lo == "who" || lo == "that" {
			if a := c.npBack(k - 1); a <= k-1 {
				if r := c.evalNP(a, k-1); r.ok && (r.counted || r.personNoun) {
					return k
				}
			}
			return -1
		}
	}
	return -1
}

// participleStart returns the index of the participle opening a short
// modifier that ends at token p and follows a count of people or a noun
// for people ("four teens attending a party at the Legion hall were
// struck"), or -1.
func (c *fctx) participleStart(p int) int {
	for k := p; k > 0 && p-k < 10; k-- {
		t := c.toks[k]
		if t.kind == tkPunct {
			return -1
		}
		if t.kind != tkWord || t.cap || len(t.lower) < 6 || !strings.HasSuffix(t.lower, "ing") || notParticiples[t.lower] {
			continue
		}
		if a := c.npBack(k - 1); a <= k-1 {
			if r := c.evalNP(a, k-1); r.ok && (r.counted || r.personNoun) {
				return k
			}
		}
		return -1
	}
	return -1
}

// notParticiples end in "-ing" but are nouns or prepositions.
var notParticiples = set(`morning evening during including building thing nothing something anything
	everything wedding shooting shootings killing killings meeting parking housing clothing feeling ending
	sibling ceiling spring string offspring according regarding following`)

// coordinatedVP handles "A man was shot and later died", "The child was
// taken to the hospital in serious condition but later died": the subject
// of the first verb is the subject of the second.
func (c *fctx) coordinatedVP(p int, tr trig) npRes {
	for k := len(c.figs) - 1; k >= 0; k-- {
		f := &c.figs[k]
		if !f.subject || f.b >= p || f.dropped {
			continue
		}
		if tr.kind == "killed" && f.kind == "injured" {
			f.dropped = true // the same people: wounded, then dead
		}
		return npRes{ok: true, value: f.value, vague: f.vague, qual: f.qual, a: f.a, b: f.b, numID: -1,
			attacker: f.attacker, singleton: f.singleton}
	}
	return npRes{}
}

// appositiveStart returns the opening comma of an appositive closed by the
// comma at p ("Kenneth Mills, a 22-year-old man, was shot"), or -1.
func (c *fctx) appositiveStart(p int) int {
	for k := p - 1; k >= 0 && p-k <= 16; k-- {
		t := c.toks[k]
		if t.kind == tkPunct {
			switch t.text {
			case ",":
				if k == p-1 {
					return -1
				}
				// "Timothy Harewood, 35, of Hillsboro,": two appositives
				if k >= 2 && c.toks[k-1].kind == tkNum && c.toks[k-2].text == "," && len(c.toks[k-1].text) <= 3 {
					return k - 2
				}
				return k
			case ";", ":", "\"", "\u201c", "\u201d":
				return -1
			}
		}
	}
	return -1
}

// npBack returns the first token of the noun phrase that ends at token e
// (e+1 when there is none).
func (c *fctx) npBack(e int) int {
	k := e
	for k >= 0 && e-k < 12 {
		t := c.toks[k]
		if c.cover[k] > 0 || t.kind == tkNum || t.kind == tkMixed || t.abbr {
			k--
			continue
		}
		if t.kind == tkPunct {
			// an initial or title: "Michael J. Carter", "Capt. Jimmy Patton"
			if t.text == "." && k > 0 && k < e && c.toks[k-1].kind == tkWord && c.toks[k-1].cap && len(c.toks[k-1].text) <= 4 {
				k--
				continue
			}
			if (t.text == "-" || t.text == "'" || t.text == "\u2019") && k > 0 && k < e && c.toks[k-1].kind == tkWord && c.attached(k) {
				k--
				continue
			}
			break
		}
		lo := t.lower
		if k == e && casualtyAdj[lo] || lo == "shot" {
			break
		}
		if (lo == "whom" || lo == "them" || lo == "those" || lo == "these" || lo == "us") && k > 0 && c.lo(k-1) == "of" {
			k--
			continue
		}
		if lo == "he" || lo == "she" || lo == "someone" || lo == "somebody" || lo == "nobody" || lo == "none" {
			if k == e {
				return k
			}
			break
		}
		if npPrep[lo] && !(t.cap && k == 0) {
			if k > 0 && k < e && c.nounLike(k-1) {
				k--
				continue
			}
			break
		}
		if detWords[lo] || lo == "no" || lo == "one" {
			k--
			continue
		}
		if verbStop[lo] || lo == "they" || lo == "it" || lo == "we" || lo == "i" || lo == "you" {
			break
		}
		if !t.cap && len(lo) > 3 && strings.HasSuffix(lo, "ed") && !npAdj[lo] && !isPersonNoun(lo) {
			break
		}
		k--
	}
	return k + 1
}

// nounLike reports whether token k can end a noun phrase that a
// prepositional phrase attaches to.
func (c *fctx) nounLike(k int) bool {
	t := c.toks[k]
	return c.cover[k] > 0 || isPersonNoun(t.lower) || t.cap && t.kind == tkWord && !notNames[t.lower] || t.kind == tkMixed ||
		t.lower == "others" || t.lower == "one" || t.lower == "some" || t.lower == "none" || t.lower == "both" || t.lower == "all"
}

// evalNP reads the noun phrase toks[a..e] as a count.
func (c *fctx) evalNP(a, e int) npRes {
	h := e
	for k := a + 1; k <= e; k++ {
		if npPrep[c.lo(k)] {
			h = k - 1
			break
		}
	}
	r := npRes{a: a, np: a, b: e, numID: -1, qual: "exact", plain: h == e}
	for k := a; k <= h; k++ {
		if isPersonNoun(c.lo(k)) {
			r.personNoun = true
		}
	}
	for k := a; k <= h; k++ {
		lo := c.lo(k)
		if lo == "others" || lo == "other" || lo == "more" || lo == "another" || lo == "additional" {
			r.others = true
		}
	}
	// zero: "No one", "nobody", "none"
	for k := a; k <= h; k++ {
		lo := c.lo(k)
		if lo == "nobody" || lo == "none" && c.lo(k+1) != "of" || lo == "no" && (c.lo(k+1) == "one" || isPersonNoun(c.lo(k+1))) {
			for m := k; m <= e+1 && m < len(c.toks); m++ {
				if c.lo(m) == "else" || c.lo(m) == "other" || c.lo(m) == "others" || c.lo(m) == "further" || c.lo(m) == "additional" {
					return npRes{}
				}
			}
			r.ok, r.value, r.counted = true, 0, true
			return r
		}
	}
	for k := a; k <= h; k++ {
		if c.cover[k] == 0 {
			continue
		}
		id := int(c.cover[k] - 1)
		n := c.nums[id]
		r.ok, r.value, r.vague, r.qual, r.numID, r.counted = true, n.value, n.vague, n.qual, id, true
		// the phrase starts at the count, or at a determiner right before it
		r.a = n.q
		if n.q > a && detWords[c.lo(n.q-1)] {
			r.a = n.q - 1
		}
		for m := n.j + 1; m <= h; m++ {
			if attackerNouns[stem(c.lo(m))] {
				r.attacker = true
			}
		}
		return r
	}
	hd := c.toks[h]
	hlo := stem(hd.lower)
	switch {
	case a == h && (hlo == "he" || hlo == "she"):
		r.ok, r.value, r.pronoun, r.singleton = true, 1, true, true
		return r
	case a == h && hlo == "another":
		r.ok, r.value, r.singleton, r.others = true, 1, true, true
		return r
	case hlo == "someone" || hlo == "somebody":
		r.ok, r.value, r.singleton = true, 1, true
		return r
	case hlo == "both" || c.lo(a) == "both" && isPersonPl(hlo):
		r.ok, r.value = true, 2
		return r
	}
	if isPersonSg(hlo) && !isPersonPl(hd.lower) {
		r.ok, r.value, r.singleton = true, 1, true
		for k := a; k < h; k++ {
			if n := ordinals[c.lo(k)]; n > 0 {
				r.ordinal = n // "a third man", "the fourth victim"
			}
		}
		// the phrase starts at its last determiner: "Authorities identify Tampa toddler" -> "toddler"
		for k := h; k >= a; k-- {
			if detWords[c.lo(k)] || c.lo(k) == "a" || c.lo(k) == "an" {
				r.a = k
				break
			}
			if k == a || !(c.toks[k].kind == tkMixed || c.toks[k].cap || isPersonNoun(c.lo(k)) || npAdj[c.lo(k)] || c.lo(k) == "'s") {
				if k != h && k != a {
					r.a = k + 1
				}
				break
			}
		}
		r.attacker = attackerNouns[hlo]
		return r
	}
	// "Reports of two people": the count of the attached phrase
	if h < e && c.lo(h+1) == "of" {
		if id := c.countAt(h + 2); id >= 0 && !isPersonNoun(hlo) {
			n := c.nums[id]
			r.ok, r.value, r.vague, r.qual, r.numID, r.counted = true, n.value, n.vague, n.qual, id, true
			return r
		}
	}
	// a proper name: the trailing run of capitalised words
	if !c.title && hd.cap && hd.kind == tkWord && !notNames[hlo] {
		k := h
		for k > a && (c.toks[k-1].cap && c.toks[k-1].kind == tkWord || c.toks[k-1].text == ".") {
			k--
		}
		if notNames[c.lo(k)] && k == h {
			return npRes{}
		}
		if k == 0 && h == 0 && !c.capitalisedElsewhere(hd.text) {
			// a lone capitalised word opening the sentence may be any noun
			return npRes{}
		}
		r.ok, r.value, r.singleton = true, 1, true
		return r
	}
	return npRes{}
}

// ordinals are the ordinal words of "a third man", "the 4th victim": the
// first is no count of anything.
var ordinals = map[string]int{
	"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
	"2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10,
}

// capitalisedElsewhere is a weak check that a sentence-initial word is a
// name: it is not a common lower-case word we know.
func (c *fctx) capitalisedElsewhere(w string) bool {
	lo := strings.ToLower(w)
	return !verbStop[lo] && !detWords[lo] && !npPrep[lo] && !auxSkip[lo] && !casualtyWord[lo] && !isPersonNoun(lo)
}

// leftPattern reads "left 183 dead", "leaving one man dead and six others
// injured" and, with found, "found a 25-year-old man dead", "found four
// women suffering from gunshot wounds".
func (c *fctx) leftPattern(i int, found bool) {
	if c.passiveBefore(i) {
		return
	}
	r := c.object(i + 1)
	if !r.ok {
		return
	}
	for m := r.b + 1; m < len(c.toks) && m <= r.b+8; m++ {
		lo := c.lo(m)
		kind, shot := "", false
		b := m
		switch lo {
		case "dead", "killed", "lifeless", "unresponsive", "deceased":
			kind = "killed"
			if lo == "unresponsive" {
				kind = ""
			}
		case "injured", "wounded", "hurt":
			kind = "injured"
		case "shot":
			if found {
				kind, shot = "injured", true
				if c.lo(m+1) == "dead" || c.lo(m+1) == "to" && c.lo(m+2) == "death" {
					kind, shot = "killed", false
				}
			}
		case "suffering", "with":
			for q := m + 1; q < len(c.toks) && q <= m+5; q++ {
				if strings.HasPrefix(c.lo(q), "injur") || strings.HasPrefix(c.lo(q), "wound") {
					// "found a man with gunshot wounds": hit, and
					// perhaps the dead the story tells of.
					kind, b, shot = "injured", q, found
					break
				}
			}
		case "in":
			if c.lo(m+2) == "condition" {
				kind, b = "injured", m+2
			}
		}
		if kind != "" {
			c.add(r.fig(trig{kind: kind, a: i, b: b, shot: shot}))
			c.leftConjunct(b)
			return
		}
		if c.isPunct(m) && c.toks[m].text != "," && !c.toks[m].abbr || verbStop[lo] && lo != "including" {
			return
		}
	}
}

// leftConjunct reads the second object of "left a 6-year-old dead and his
// father wounded", after the first ends at token b.
func (c *fctx) leftConjunct(b int) {
	if c.lo(b+1) != "and" {
		return
	}
	r := c.object(b + 2)
	if !r.ok || r.b+1 >= len(c.toks) {
		return
	}
	kind := ""
	switch c.lo(r.b + 1) {
	case "dead", "killed":
		kind = "killed"
	case "injured", "wounded", "hurt":
		kind = "injured"
	}
	if kind != "" {
		c.add(r.fig(trig{kind: kind, a: r.a, b: r.b + 1}))
	}
}

// tollVerbs introduce the number of a death toll.
var tollVerbs = set(`reached rose risen climbed jumped increased stands stood stand is was were at to of hit now as
	: - topped passed exceeded surpassed reaching rising climbing jumping reach rise climb has had`)

// tollPattern reads "the death toll rose to 137", "death toll now stands at
// more than 130", "a death toll of 20".
func (c *fctx) tollPattern(i int) {
	if c.lo(i+1) == "-" || c.lo(i-1) == "injury" {
		return
	}
	for k := i + 1; k < len(c.toks) && k <= i+25; k++ {
		lo := c.lo(k)
		if lo == ";" || lo == "while" || lo == "but" || lo == "toll" || lo == "injured" || lo == "wounded" {
			return
		}
		id := c.countAt(k)
		if id < 0 {
			continue
		}
		if tollVerbs[c.lo(k-1)] {
			n := c.nums[id]
			a := i
			if c.lo(i-1) == "death" {
				a = i - 1
			}
			c.add(fig{kind: "killed", value: n.value, qual: n.qual, vague: n.vague, a: a, b: n.j, trig: i, numID: id})
		}
		return
	}
}

// nominal reads "13 confirmed deaths", "no fatalities" (see zeroPattern),
// "three injuries".
func (c *fctx) nominal(i int) {
	kind := "killed"
	if c.lo(i) == "injuries" {
		kind = "injured"
	}
	for p := i - 1; p >= 0 && i-p <= 5; p-- {
		if id := c.countEndingAt(p); id >= 0 {
			n := c.nums[id]
			c.add(fig{kind: kind, value: n.value, qual: n.qual, vague: n.vague, a: n.q, b: i, trig: i, numID: id})
			return
		}
		if kind == "injured" || c.isPunct(p) || verbStop[c.lo(p)] {
			return
		}
	}
}

// deathOf reads "the death of a 3-year-old boy", "the killing of two men",
// "the bodies of three women".
func (c *fctx) deathOf(i int) {
	r := c.object(i + 2)
	if !r.ok {
		return
	}
	c.add(r.fig(trig{kind: "killed", a: i, b: i + 1}))
}

// possessiveDeath reads one person's death named by its possessor: "in
// his brother's death", "charged in a 17-year-old's shooting death".
func (c *fctx) possessiveDeath(i int) bool {
	p := i - 1
	switch c.lo(p) {
	case "shooting", "stabbing", "beating", "strangling", "drowning":
		p--
	}
	if p < 0 || c.toks[p].kind != tkWord && c.toks[p].kind != tkMixed {
		return false
	}
	lo := c.lo(p)
	head, ok := strings.CutSuffix(lo, "'s")
	if !ok {
		head, ok = strings.CutSuffix(lo, "’s")
	}
	if !ok || !isPersonSg(head) {
		return false
	}
	c.add(fig{kind: "killed", value: 1, qual: "exact", a: p, b: i, trig: i, numID: -1, singleton: true,
		attacker: attackerNouns[stem(head)]})
	return true
}

// livesPattern reads "claimed 22 lives", "claiming the lives of 5 people",
// "took the lives of", "cost 30 lives".
func (c *fctx) livesPattern(i int) bool {
	k := i + 1
	if id := c.countAt(k); id >= 0 {
		n := c.nums[id]
		if c.lo(n.j+1) == "lives" {
			c.add(fig{kind: "killed", value: n.value, qual: n.qual, vague: n.vague, a: i, b: n.j + 1, trig: i, numID: id})
			return true
		}
		if c.lo(n.j+1) == "more" && c.lo(n.j+2) == "lives" {
			c.add(fig{kind: "killed", value: n.value, qual: n.qual, vague: n.vague, a: i, b: n.j + 2, trig: i, numID: id, others: true})
			return true
		}
		return false
	}
	if c.lo(k) == "the" && c.lo(k+1) == "lives" && c.lo(k+2) == "of" {
		if r := c.object(k + 3); r.ok {
			c.add(r.fig(trig{kind: "killed", a: i, b: k + 2}))
			return true
		}
	}
	// "took the life of a man", a headline's "takes life of Quapaw man"
	if c.lo(k) == "the" {
		k++
	}
	if c.lo(k) == "life" && c.lo(k+1) == "of" {
		if r := c.object(k + 2); r.ok {
			c.add(r.fig(trig{kind: "killed", a: i, b: k + 1}))
			return true
		}
	}
	return false
}

// selfPattern reads the attacker's own death: "took his own life",
// "committed suicide", "turned the gun on himself", "blew himself up".
func (c *fctx) selfPattern(i int) bool {
	lo := c.lo(i)
	n1, n2, n3 := c.lo(i+1), c.lo(i+2), c.lo(i+3)
	b := -1
	plural := false
	switch lo {
	case "took", "taking", "takes", "take":
		if (n1 == "his" || n1 == "her") && n2 == "own" && n3 == "life" {
			b = i + 3
		}
		if n1 == "their" && n2 == "own" && n3 == "lives" {
			b, plural = i+3, true
		}
	case "committed", "commits", "committing":
		if n1 == "suicide" {
			b = i + 1
		}
	case "turned", "turning":
		if n1 == "the" && (n2 == "gun" || n2 == "weapon" || n2 == "rifle" || n2 == "pistol" || n2 == "knife") && n3 == "on" &&
			(c.lo(i+4) == "himself" || c.lo(i+4) == "herself") {
			b = i + 4
		}
	case "blew", "blowing", "blows":
		if (n1 == "himself" || n1 == "herself") && n2 == "up" {
			b = i + 2
		}
		if n1 == "themselves" && n2 == "up" {
			b, plural = i+2, true
		}
	}
	if b < 0 {
		return false
	}
	f := fig{kind: "killed", value: 1, qual: "exact", a: i, b: b, trig: i, numID: -1, attacker: true, singleton: true}
	if plural {
		r := c.subject(trig{kind: "killed", a: i, b: b, subj: true, active: true})
		if !r.ok || r.value < 1 {
			return true
		}
		f.value, f.vague, f.qual, f.a, f.numID, f.singleton = r.value, r.vague, r.qual, r.a, r.numID, false
	}
	c.add(f)
	return true
}

// amongPattern reads "27 children among the dead", "were among those killed".
func (c *fctx) amongPattern(i int) {
	k := i + 1
	if c.lo(k) == "the" || c.lo(k) == "those" {
		k++
	}
	kind := ""
	switch c.lo(k) {
	case "dead", "killed", "deceased", "fatalities", "slain":
		kind = "killed"
	case "injured", "wounded", "hurt":
		kind = "injured"
	default:
		return
	}
	r := c.subject(trig{kind: kind, a: i, b: k, subj: true, active: true})
	if !r.ok || r.numID < 0 && !r.singleton {
		return
	}
	f := r.fig(trig{kind: kind, a: i, b: k})
	f.part = true
	f.subject = true
	c.add(f)
}

// zeroPattern reads "no injuries", "no casualties", "without casualties",
// "no reports of injuries", "no deaths".
func (c *fctx) zeroPattern(i int) {
	k := i + 1
	for n := 0; n < 5 && k < len(c.toks); n++ {
		lo := c.lo(k)
		switch lo {
		case "immediate", "known", "reported", "apparent", "any", "reports", "report", "of", "confirmed", "other":
			if lo == "other" {
				return
			}
			k++
			continue
		case "injuries", "injury", "injured", "wounded":
			c.add(fig{kind: "injured", value: 0, a: i, b: k, trig: i, numID: -1})
		case "casualties", "casualty":
			c.add(fig{kind: "killed", value: 0, a: i, b: k, trig: i, numID: -1})
			c.add(fig{kind: "injured", value: 0, a: i, b: k, trig: i, numID: -1})
		case "deaths", "fatalities", "dead", "death", "fatality":
			c.add(fig{kind: "killed", value: 0, a: i, b: k, trig: i, numID: -1})
		}
		return
	}
}

// sufferPattern reads "suffered non-life-threatening injuries", "sustained
// gunshot wounds", "suffered fatal injuries" with their subject.
func (c *fctx) sufferPattern(i int) {
	lo := c.lo(i)
	fatal := false
	for k := i + 1; k < len(c.toks) && k <= i+6; k++ {
		w := c.lo(k)
		if w == "fatal" || w == "mortal" || w == "life-ending" || w == "fatally" {
			fatal = true
		}
		if strings.HasPrefix(w, "injur") || strings.HasPrefix(w, "wound") {
			if (lo == "had" || lo == "has" || lo == "have") && k > i+4 {
				return
			}
			kind := "injured"
			if fatal {
				kind = "killed"
			}
			tr := trig{kind: kind, a: i, b: k, subj: true, active: true}
			r := c.subject(tr)
			if r.ok {
				f := r.fig(tr)
				f.subject = true
				c.add(f)
			}
			return
		}
		if c.isPunct(k) && !c.toks[k].abbr || verbStop[w] && w != "from" {
			return
		}
	}
}

// claimVerbs introduce what a party says it did.
var claimVerbs = set(`said says claimed claims claiming claim announced stated boasted declared insisted added`)

// claimFor reports whether the figure is a perpetrator's claim ("Daesh said
// it killed 15", "claimed to have killed") and who made it. ok is false when
// the figure is not framed as anyone's claim.
func (c *fctx) claimFor(f *fig) (claim bool, by string, ok bool) {
	if f.subject {
		return false, "", false
	}
	p := f.trig - 1
	for p >= 0 && (c.lo(p) == "had" || c.lo(p) == "has" || c.lo(p) == "have" || c.lo(p) == "already" || c.lo(p) == "successfully") {
		p--
	}
	if c.lo(p) == "and" {
		// "said it carried out the attack and killed 30 soldiers": the
		// claim's second verb
		for k := p - 1; k > 0 && p-k <= 10 && !c.isPunct(k); k-- {
			if lo := c.lo(k); lo == "it" || lo == "they" {
				p = k
				break
			}
		}
	}
	said := -1
	if c.lo(p+1) == "have" && c.lo(p) == "to" && (c.lo(p-1) == "claimed" || c.lo(p-1) == "claims" || c.lo(p-1) == "claiming" || c.lo(p-1) == "claim") {
		said = p - 1
	} else {
		q := -1
		switch c.lo(p) {
		case "it", "they":
			q = p
		case "fighters", "militants", "men", "members", "group", "soldiers", "mujahideen", "forces", "troops":
			if c.lo(p-1) == "its" || c.lo(p-1) == "the" || c.lo(p-1) == "their" {
				q = p - 1
			}
		}
		if q < 0 {
			return false, "", false
		}
		if c.lo(q-1) == "that" {
			q--
		}
		if claimVerbs[c.lo(q-1)] {
			said = q - 1
		}
	}
	if said < 0 {
		return false, "", false
	}
	by = c.speaker(said)
	if by == "" {
		return true, "", true
	}
	lb := strings.ToLower(by)
	for _, w := range strings.Fields(lb) {
		if lawNouns[w] || w == "ministry" || w == "officials" || w == "government" || w == "spokesman" || w == "spokeswoman" ||
			w == "spokesperson" || w == "military" || w == "army" || w == "authorities" || w == "pentagon" || w == "command" {
			return false, by, true
		}
	}
	return true, by, true
}

// sayVerbs attribute a statement.
var sayVerbs = set(`said says say told tells reported reports confirmed confirms stated announced added noted`)

// attribution returns who the sentence attributes its content to:
// "according to X", "X said", "said X".
func (c *fctx) attribution() string {
	n := len(c.toks)
	for k := 0; k+1 < n; k++ {
		if c.lo(k) == "according" && c.lo(k+1) == "to" {
			m := k + 2
			for m < n && m-k-2 < 9 {
				t := c.toks[m]
				// "Sgt. Dan Sherrill": a title's full stop between capitals
				title := t.text == "." && m > k+2 && c.toks[m-1].cap && m+1 < n && c.toks[m+1].cap
				if t.kind == tkPunct && !t.abbr && !title && t.text != "'" && t.text != "\u2019" && t.text != "-" && t.text != "&" {
					break
				}
				if verbStop[t.lower] && t.lower != "of" || t.lower == "in" || t.lower == "on" {
					break
				}
				m++
			}
			if m > k+2 {
				return c.normBy(c.s[c.toks[k+2].start:c.toks[m-1].end])
			}
		}
	}
	for k := 0; k < n; k++ {
		if !sayVerbs[c.lo(k)] {
			continue
		}
		if sp := c.speaker(k); sp != "" {
			return c.normBy(sp)
		}
		// "..., said Alturas Police Chief Ken Barnes."
		if k > 0 && (c.lo(k-1) == "," || c.isPunct(k-1)) {
			m := k + 1
			for m < n && m-k <= 8 {
				t := c.toks[m]
				if t.cap && t.kind == tkWord && weekdayWords[stem(t.lower)] == 0 || t.abbr || t.text == "." && m > k+1 && c.toks[m-1].cap && m+1 < n && c.toks[m+1].cap ||
					t.kind == tkWord && !t.cap && !verbStop[t.lower] && !npPrep[t.lower] && weekdayWords[stem(t.lower)] == 0 && !isTimeWord(t.lower) || t.lower == "of" {
					m++
					continue
				}
				break
			}
			if m > k+1 && (m >= n || c.isPunct(m) || c.lo(m) == "on" || c.lo(m) == "in") {
				return c.normBy(c.s[c.toks[k+1].start:c.toks[m-1].end])
			}
		}
	}
	return ""
}

// speaker reads the noun phrase before the verb at k: "police",
// "San Francisco police", "the Interior Ministry", "Barnes"; pronouns give "".
func (c *fctx) speaker(k int) string {
	e := k - 1
	for e >= 0 && (c.lo(e) == "has" || c.lo(e) == "have" || c.lo(e) == "had" || c.lo(e) == "also" || c.lo(e) == "later" || strings.HasSuffix(c.lo(e), "ly") && len(c.lo(e)) > 4) {
		e--
	}
	if e >= 0 && c.toks[e].text == "," {
		// "Islamic State, in a statement, said": a short aside, no
		// figure in it; or a relative clause on the speaker ("Al
		// Shabaab, which has been fighting the government since 2006,
		// said").
		open := c.appositiveStart(e)
		if open < 0 {
			return ""
		}
		rel := c.lo(open+1) == "which" || c.lo(open+1) == "who"
		if e-open > 7 && !(rel && e-open <= 24) {
			return ""
		}
		for m := open + 1; m < e; m++ {
			if c.cover[m] > 0 || !rel && strings.HasSuffix(c.lo(m), "ing") {
				return ""
			}
		}
		e = open - 1
	}
	if e < 0 {
		return ""
	}
	switch c.lo(e) {
	case "he", "she", "they", "it", "i", "we", "you", "who", "which", "that":
		return ""
	}
	a := e
	for a >= 0 && e-a < 8 {
		t := c.toks[a]
		if t.kind == tkPunct {
			if (t.text == "." || t.text == "'" || t.text == "\u2019" || t.text == "-" || t.text == "&") && a > 0 && a < e && c.toks[a-1].kind == tkWord {
				a--
				continue
			}
			break
		}
		lo := t.lower
		if verbStop[lo] && lo != "of" || npPrep[lo] && lo != "of" || t.kind == tkNum {
			break
		}
		if !t.cap && strings.HasSuffix(lo, "ed") && !npAdj[lo] {
			break
		}
		a--
	}
	a++
	for a <= e && (c.lo(a) == "of" || c.toks[a].kind == tkPunct) {
		a++
	}
	if a > e {
		return ""
	}
	return c.s[c.toks[a].start:c.toks[e].end]
}

// normBy lower-cases a sentence-initial common noun: "Police" -> "police".
func (c *fctx) normBy(by string) string {
	if i := strings.IndexByte(by, ' '); i < 0 {
		lo := strings.ToLower(by)
		switch lo {
		case "police", "officials", "authorities", "witnesses", "officers", "investigators", "doctors", "medics",
			"paramedics", "sources", "deputies", "detectives", "prosecutors":
			return lo
		}
	}
	return by
}

// partitive reports whether the phrase toks[a..b] is "N of them", "N of
// whom", "N of the victims": a part of people counted before.
func (c *fctx) partitive(a, b int) bool {
	for k := a; k < b; k++ {
		if c.lo(k) == "of" {
			switch c.lo(k + 1) {
			case "them", "whom", "those", "these", "the":
				return true
			}
		}
	}
	return false
}

// isEnglishWord reports whether a capitalised word is a common English word
// rather than a name, for single-word objects: "killed Zawahri" counts,
// "killed Sunday" does not.
func isEnglishWord(lo string) bool {
	return notNames[lo] || verbStop[lo] || detWords[lo] || npPrep[lo] || objBoundary[lo] || auxSkip[lo] ||
		isPersonNoun(lo) || casualtyWord[lo] || monthWords[lo] > 0 || weekdayWords[stem(lo)] > 0 || englishStops[lo] ||
		lawNouns[lo] || strings.HasSuffix(lo, "s")
}

// isAgeNoun reports whether lo is an age used as a noun: "17-year-old".
func isAgeNoun(lo string) bool {
	return strings.HasSuffix(lo, "-year-old") || strings.HasSuffix(lo, "-month-old")
}

// reducedPrep may introduce a reduced relative: "the death of a man shot
// dead", "Markarian, the young man shot and killed Thursday".
var reducedPrep = set(`of after for about , to with from`)

// firedAt reports whether the word at k makes "shot" mean firing: "shot at
// officers", "shot into the crowd".
func (c *fctx) firedAt(k int) bool {
	switch c.lo(k) {
	case "at", "into", "through", "toward", "towards", "up", "back", "him", "her", "them", "it", "a", "an", "the", "his", "their":
		return true
	}
	return false
}

// attached reports whether token k touches both its neighbours: the
// hyphen of "Smith-Jones", not the dash of "MANILA - At least 20".
func (c *fctx) attached(k int) bool {
	return k > 0 && k+1 < len(c.toks) && c.toks[k-1].end == c.toks[k].start && c.toks[k].end == c.toks[k+1].start
}

// ageWords may stand between an age and its person: "8 year old girl",
// "8 yo girl", "15 y/o boy".
var ageWords = set(`year years yr yrs old yo y.o. y o / .`)

// agedPerson returns the token of the person in "8 yo girl" when token k
// is an age written apart from its noun, else -1.
func (c *fctx) agedPerson(k int) int {
	if c.toks[k].kind != tkNum {
		return -1
	}
	// nums are in text order: find the one whose number is token k.
	id, found := slices.BinarySearchFunc(c.nums, k, func(n num, k int) int { return cmp.Compare(n.i, k) })
	if !found || c.nums[id].q != k || c.nums[id].why != "age" {
		return -1
	}
	m := k + 1
	for m < len(c.toks) && m <= k+4 && ageWords[c.lo(m)] {
		m++
	}
	if m == k+1 || m >= len(c.toks) || !isPersonSg(c.lo(m)) || isPersonPl(c.lo(m)) {
		return -1
	}
	for m+1 < len(c.toks) && isPersonSg(c.lo(m+1)) {
		m++
	}
	return m
}
