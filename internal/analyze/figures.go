package analyze

import (
	"sort"
	"strings"
)

// Figure is a casualty figure stated in a sentence. Start and End are byte
// offsets into the sentence; Text is the phrase the figure was read from
// ("killing at least 27 people", "A man was shot and killed").
type Figure struct {
	// Kind is "killed" or "injured".
	Kind string
	// Value is the count; Qualifier and Vague are those of the number (see
	// Number). Singular phrasings ("a man was killed") give 1 and
	// "no one was hurt", "no casualties" give 0.
	Value     int
	Qualifier string
	Vague     bool
	Start     int
	End       int
	Text      string
	// By is who gave the figure when the sentence says so: "police",
	// "the Interior Ministry", "Alturas Police Chief Ken Barnes", or, for a
	// claim, the claimant ("Daesh"). "" when the sentence attributes nothing.
	By string
	// Claim is true for a perpetrator's claim: "Daesh said it killed 15",
	// "the group claimed to have killed 50 soldiers".
	Claim bool
	// Shot is true when the count is of people shot or hit by gunfire, killed
	// or not ("four people were shot"): GVA-style tallies count them as
	// injured. Within the sentence the killed are already subtracted ("four
	// people were shot, two fatally" gives killed 2 and injured 2, Shot).
	Shot bool
	// Attacker is true when the count is of attackers: "the gunman killed
	// himself", "police shot and killed the suspect", "two bombers were
	// killed", "before taking his own life".
	Attacker bool
	// Part is true when the count is a part of the victims: "27 children
	// among the dead".
	Part bool
	// Aggregate is true when the count sums several incidents: "At least
	// 10 people were killed in separate shootings across Chicago", "weekend
	// shootings", "so far this year".
	Aggregate bool
	// Ordinal is N when the figure is of one person named as the Nth
	// victim: "a third man ... later died" (Value 1, Ordinal 3). There were
	// at least N victims, though not N of this kind.
	Ordinal int
}

// Figures returns the casualty figures stated in the sentence s, in order.
//
// It reads active phrasings ("killing 6 people", "killed at least 133",
// "left 183 dead", "wounding around 300", "shot and killed Jane Doe and John
// Roe"), passive and predicate ones ("two people were killed", "at least 94
// killed and 284 wounded", "Four people are dead and two are injured", "a
// 3-year-old boy was shot and killed", "the victim died", "six other people
// were treated for non-life-threatening wounds", "suffered non-life-threatening
// injuries", "was listed in critical condition"), tolls ("the death toll rose
// to 137", "now stands at more than 130", "claimed 22 lives"), zeros ("No one
// was injured", "no casualties") and perpetrators' claims ("Daesh said it
// killed 15"). Ages, times, dates, years, addresses, money, calibres and
// percentages are never counted (see Numbers). "casualties" alone is
// ambiguous and gives nothing.
func Figures(s string) []Figure {
	if len(s) == 0 || !hasCasualtyHint(s) {
		return nil
	}
	return figures(s, false)
}

// HeadlineFigures is Figures for a headline, whose nouns go without
// articles: "Officials identify man killed by stray bullet", "Two arrested
// after child shot" each tell of one victim.
func HeadlineFigures(s string) []Figure {
	if len(s) == 0 || !hasCasualtyHint(s) {
		return nil
	}
	return figures(s, true)
}

func figures(s string, headline bool) []Figure {
	toks := tokenize(s)
	if d := datelineEnd(s, toks); d > 0 {
		// The story's first sentence begins after its dateline: read it
		// so ("CROSBY, Texas - Friends of the three people killed").
		fs := figures(s[d:], headline)
		for i := range fs {
			fs[i].Start += d
			fs[i].End += d
		}
		return fs
	}
	c := newFctx(s, toks)
	c.headline = headline
	c.scan()
	return c.result()
}

// datelineEnd returns the byte offset after a dateline opening s (whose
// tokens are toks): "MANILA - ", "PARAGOULD, AR (KAIT) - ", "LONDON, Aug.
// 10 -- ", or 0. A dateline is a dash with spaces around it after a few
// capitalised words, numbers, commas, full stops and brackets, before a
// capital or a number.
func datelineEnd(s string, toks []token) int {
	for k := 0; k < len(toks) && k < 14; k++ {
		t := toks[k]
		if isDash(t.text) && k > 0 && t.start > 0 && s[t.start-1] == ' ' {
			for k+1 < len(toks) && isDash(toks[k+1].text) {
				k++
			}
			if k+1 < len(toks) && s[toks[k].end] == ' ' && (toks[k+1].cap || toks[k+1].kind != tkWord && toks[k+1].kind != tkPunct) {
				return toks[k+1].start
			}
			return 0
		}
		if !(t.cap || t.kind == tkNum || t.kind == tkPunct && strings.Contains(",.(){}", t.text)) {
			return 0
		}
	}
	return 0
}

func isDash(s string) bool { return s == "-" || s == "\u2013" || s == "\u2014" || s == "--" }

// hasCasualtyHint is a cheap pre-filter: a sentence without a word starting
// with one of casualtyStems cannot hold a figure.
func hasCasualtyHint(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		if i > 0 && isASCIILetter(s[i-1]) {
			continue
		}
		if casualtyStems.at(s, i) {
			return true
		}
	}
	return false
}

var casualtyStems = newStemTable(
	"among",
	"bod", "behead", "bludgeon", "beaten", "burn",
	"casualt", "condition", "clinic", "critical",
	"dead", "died", "die", "death", "deceased",
	"fatal", "fatalit",
	"gunn", "graz", "gunshot",
	"hurt", "hospital", "hit", "hacked", "himself", "herself", "homicid",
	"injur",
	"kill",
	"lives", "life",
	"murder", "massacr", "maim", "mortal", "medical",
	"no ", "nobody", "none",
	"perish", "passed away",
	"recover",
	"shot", "shoot", "slain", "slay", "slew", "stabb", "struck", "strik", "suffer", "sustain", "survive", "strangled",
	"stoned", "self", "suicide", "surgery", "stable", "serious",
	"toll", "treat", "trauma", "themselves", "trampled",
	"wound", "without",
	"zero",
)

// stemTable holds lower-case word stems by their first letter, for the
// cheap pre-filters of Figures and Dates.
type stemTable [26][]string

// newStemTable indexes stems, each starting with a lower-case ASCII letter.
func newStemTable(stems ...string) *stemTable {
	var t stemTable
	for _, p := range stems {
		t[p[0]-'a'] = append(t[p[0]-'a'], p)
	}
	return &t
}

// at reports whether s[i:] starts, in any case, with one of the stems.
func (t *stemTable) at(s string, i int) bool {
	c := s[i] | 0x20
	if c < 'a' || c > 'z' {
		return false
	}
	for _, p := range t[c-'a'] {
		if hasFoldPrefix(s[i:], p) {
			return true
		}
	}
	return false
}

// fig is a figure under construction, with token offsets.
type fig struct {
	kind      string
	value     int
	qual      string
	vague     bool
	a, b      int // token span, inclusive
	trig      int // the trigger token
	numID     int // index into nums, -1 when the value is not a stated number
	shot      bool
	attacker  bool
	part      bool
	others    bool // the count is of "others", "more": distinct from counts before it
	subject   bool // read from a subject (passive or predicate)
	pronoun   bool // the subject is "he" or "she"
	hospital  bool // from a transport to hospital
	claim     bool
	by        string
	dropped   bool
	singleton bool // value 1 from a singular noun phrase, not a number
	ordinal   int  // "a third man": the Nth victim
	all       bool // counts every victim of the event, wherever the sentence names its dead ("a triple shooting")
}

type fctx struct {
	s        string
	toks     []token
	nums     []num
	cover    []int32 // token -> 1+index of the count covering it (qualifier included)
	title    bool    // Title Case Headline
	headline bool    // a headline, whatever its case (HeadlineFigures)
	shootCtx bool    // the sentence is about shooting
	figs     []fig
}

func newFctx(s string, toks []token) *fctx {
	c := &fctx{s: s, toks: toks}
	c.nums = findNumbers(c.toks)
	c.cover = make([]int32, len(c.toks))
	for id, n := range c.nums {
		if n.why != "" {
			continue
		}
		for k := n.q; k <= n.j; k++ {
			c.cover[k] = int32(id + 1)
		}
	}
	words, caps := 0, 0
	for _, t := range c.toks {
		if t.kind == tkWord && len(t.text) >= 4 {
			words++
			if t.cap {
				caps++
			}
		}
		switch t.lower {
		case "shot", "shooting", "shootings", "gunfire", "gunshot", "gunshots", "gunman", "gunmen", "bullet", "bullets",
			"shots", "gun", "fired", "shooter", "rifle", "pistol", "handgun", "firearm", "shotgun", "stray", "drive-by":
			c.shootCtx = true
		}
	}
	c.title = words >= 3 && caps*10 >= words*9
	return c
}

func (c *fctx) lo(k int) string {
	if k < 0 || k >= len(c.toks) {
		return ""
	}
	return c.toks[k].lower
}

func (c *fctx) isPunct(k int) bool {
	return k >= 0 && k < len(c.toks) && c.toks[k].kind == tkPunct
}

// countAt returns the index of the count whose span starts at token k, or -1.
func (c *fctx) countAt(k int) int {
	if k < 0 || k >= len(c.toks) || c.cover[k] == 0 {
		return -1
	}
	id := int(c.cover[k] - 1)
	if c.nums[id].q != k {
		return -1
	}
	return id
}

// trig is a casualty word or phrase.
type trig struct {
	kind      string // killed | injured
	a, b      int    // token span
	trans     bool   // can take an object: "killing 6 people"
	subj      bool   // can take a subject: "two people were killed"
	active    bool   // an active intransitive verb: "died" (no auxiliary needed)
	needAux   bool   // the subject reading needs an auxiliary ("were taken to hospital")
	needCount bool   // the subject must be a stated count of people
	condition bool   // "in critical condition": may follow its subject directly ("another in serious condition")
	aside     bool   // "with a gunshot wound": may follow its noun after a comma ("took the man, with a gunshot wound, to")
	shot      bool
	attacker  bool
}

var killedParticiple = set(`killed killing`)
var injuredParticiple = set(`wounded injured hurt wounding injuring`)

// trigger recognises the casualty word or phrase at token i.
func (c *fctx) trigger(i int) (trig, bool) {
	lo := c.toks[i].lower
	n1, n2 := c.lo(i+1), c.lo(i+2)
	switch lo {
	case "shot":
		if n1 == "&" {
			n1 = "and"
		}
		switch {
		case n1 == "and" && killedParticiple[n2]:
			return trig{kind: "killed", a: i, b: i + 2, trans: true, subj: true}, true
		case n1 == "and" && injuredParticiple[n2]:
			return trig{kind: "injured", a: i, b: i + 2, trans: true, subj: true}, true
		case n1 == "dead":
			return trig{kind: "killed", a: i, b: i + 1, trans: true, subj: true}, true
		case n1 == "to" && n2 == "death":
			return trig{kind: "killed", a: i, b: i + 2, subj: true}, true
		case n1 == "fatally":
			return trig{kind: "killed", a: i, b: i + 1, subj: true}, true
		}
		return trig{kind: "injured", a: i, b: i, trans: true, subj: true, shot: true}, true
	case "shoots", "shooting", "shoot":
		if n1 == "&" {
			n1 = "and"
		}
		switch {
		case n1 == "and" && killedParticiple[n2]:
			return trig{kind: "killed", a: i, b: i + 2, trans: true}, true
		case n1 == "and" && injuredParticiple[n2]:
			return trig{kind: "injured", a: i, b: i + 2, trans: true}, true
		case n1 == "dead":
			return trig{kind: "killed", a: i, b: i + 1, trans: true}, true
		}
		return trig{kind: "injured", a: i, b: i, trans: true, shot: true}, true
	case "fatally", "mortally":
		switch n1 {
		case "shot", "stabbed", "wounded", "injured", "struck", "hit", "beaten", "gunned":
			b := i + 1
			if n1 == "gunned" && n2 == "down" {
				b++
			}
			return trig{kind: "killed", a: i, b: b, trans: true, subj: true}, true
		case "shooting", "stabbing", "wounding", "injuring", "shoots", "shoot", "stabs", "stab":
			return trig{kind: "killed", a: i, b: i + 1, trans: true}, true
		}
	case "kill", "kills", "killing", "slew", "slays", "slay", "massacring", "murdering", "beheading":
		return trig{kind: "killed", a: i, b: i, trans: true}, true
	case "killed", "murdered", "massacred", "beheaded":
		return trig{kind: "killed", a: i, b: i, trans: true, subj: true}, true
	case "slain":
		return trig{kind: "killed", a: i, b: i, subj: true}, true
	case "dead", "deceased":
		return trig{kind: "killed", a: i, b: i, subj: true}, true
	case "died", "dies", "perished", "die":
		return trig{kind: "killed", a: i, b: i, subj: true, active: true}, true
	case "passed":
		if n1 == "away" {
			return trig{kind: "killed", a: i, b: i + 1, subj: true, active: true}, true
		}
	case "lost":
		if (n1 == "their" || n1 == "his" || n1 == "her") && (n2 == "lives" || n2 == "life") {
			return trig{kind: "killed", a: i, b: i + 2, subj: true, active: true}, true
		}
	case "injured", "wounded", "hurt":
		return trig{kind: "injured", a: i, b: i, trans: true, subj: true}, true
	case "injuring", "wounding", "injures", "wounds", "injure", "wound", "hurting", "maiming", "maims", "maim":
		return trig{kind: "injured", a: i, b: i, trans: true}, true
	case "maimed":
		return trig{kind: "injured", a: i, b: i, trans: true, subj: true}, true
	case "stabbed", "hacked", "beaten", "bludgeoned", "burned", "burnt", "strangled", "stoned", "crushed", "trampled", "clubbed":
		if n1 == "to" && n2 == "death" {
			return trig{kind: "killed", a: i, b: i + 2, trans: true, subj: true}, true
		}
		if lo == "stabbed" {
			return trig{kind: "injured", a: i, b: i, trans: true, subj: true}, true
		}
	case "gunned":
		if n1 == "down" {
			return trig{kind: "killed", a: i, b: i + 1, trans: true, subj: true}, true
		}
	case "gunning", "gun", "guns":
		if n1 == "down" && lo != "gun" || lo == "gun" && n1 == "down" && c.lo(i-1) == "to" {
			return trig{kind: "killed", a: i, b: i + 1, trans: true}, true
		}
	case "hospitalized", "hospitalised":
		// "was hospitalized", "remains hospitalized"
		return trig{kind: "injured", a: i, b: i, subj: true, condition: true}, true
	case "in":
		// "remains in the hospital", "is in hospital"
		k := i + 1
		if n1 == "the" || n1 == "a" {
			k++
		}
		if c.lo(k) == "hospital" && c.lo(i-1) != "him" && c.lo(i-1) != "her" {
			return trig{kind: "injured", a: i, b: k, subj: true, needAux: true, condition: true}, true
		}
	case "recovering":
		// "is recovering at Grady Memorial Hospital", "recovering from
		// gunshot wounds"
		if n1 == "from" && (strings.HasPrefix(n2, "wound") || strings.HasPrefix(n2, "injur") || n2 == "gunshot" || n2 == "his" || n2 == "her" || n2 == "a" || n2 == "multiple" || n2 == "several") ||
			(n1 == "at" || n1 == "in") && c.hospitalAfter(i) {
			return trig{kind: "injured", a: i, b: i, subj: true, needAux: true}, true
		}
	case "treated", "transported", "taken", "rushed", "airlifted", "flown", "brought", "driven", "carried", "admitted", "evacuated":
		if lo == "treated" || c.hospitalAfter(i) {
			return trig{kind: "injured", a: i, b: i, subj: true, needAux: true}, true
		}
	case "with":
		// "the man, with a gunshot wound in the chest"
		k := i + 1
		if n1 == "a" || n1 == "multiple" || n1 == "several" || n1 == "two" || n1 == "three" {
			k++
		}
		if w := c.lo(k); (w == "gunshot" || w == "stab" || w == "bullet") && strings.HasPrefix(c.lo(k+1), "wound") {
			return trig{kind: "injured", a: i, b: k + 1, subj: true, shot: w != "stab", aside: true}, true
		}
	case "striking", "hitting", "grazing":
		// "shots were fired into a home, striking an 11-year-old in
		// the shoulder"
		if c.shootCtx {
			return trig{kind: "injured", a: i, b: i, trans: true, shot: true}, true
		}
	case "hit", "struck", "grazed":
		if !c.passiveBefore(i) && c.bulletBefore(i) {
			// "a stray bullet from a handgun struck a 6-year-old in
			// the leg". The bullet is the subject: never a victim.
			return trig{kind: "injured", a: i, b: i, trans: true, shot: true}, true
		}
		if c.shootCtx || c.byBullet(i+1) || c.bodyPartAfter(i+1) {
			return trig{kind: "injured", a: i, b: i, subj: true, shot: true, needAux: lo == "struck"}, true
		}
		// "Seven people were hit": a count of people, whatever hit them
		return trig{kind: "injured", a: i, b: i, subj: true, needAux: true, needCount: true}, true
	case "critical", "serious", "stable", "grave", "fair", "good", "satisfactory", "guarded", "life-threatening", "non-life-threatening":
		if n1 == "condition" && c.lo(i-1) == "in" {
			return trig{kind: "injured", a: i - 1, b: i + 1, subj: true, needAux: true, condition: true}, true
		}
		if n1 == "condition" && c.lo(i-2) == "in" && (c.lo(i-1) == "a" || c.lo(i-1) == "very" || c.lo(i-1) == "extremely") {
			return trig{kind: "injured", a: i - 2, b: i + 1, subj: true, needAux: true, condition: true}, true
		}
		// "one was critical", "two remain critical"
		if (lo == "critical" || lo == "stable") && n1 != "of" && n1 != "to" && n1 != "for" && n1 != "in" {
			switch c.lo(i - 1) {
			case "was", "were", "is", "are", "remains", "remained", "remain":
				return trig{kind: "injured", a: i, b: i, subj: true, needAux: true}, true
			}
		}
	case "expected":
		if n1 == "to" && (n2 == "survive" || n2 == "recover" || n2 == "live") {
			return trig{kind: "injured", a: i, b: i + 2, subj: true, needAux: true}, true
		}
	}
	return trig{}, false
}

// hospitalAfter reports whether a hospital word follows token i closely
// (and no custody word comes first): "taken to Stroger Hospital".
func (c *fctx) hospitalAfter(i int) bool {
	for k := i + 1; k < len(c.toks) && k <= i+12; k++ {
		lo := c.toks[k].lower
		switch lo {
		case "custody", "jail", "prison", "station", "questioning", "court", "headquarters", "precinct", "safety", "safe":
			return false
		}
		for _, h := range hospitalCtx {
			if strings.Contains(lo, h) {
				return true
			}
		}
		if lo == "er" || lo == "icu" {
			return true
		}
	}
	return false
}

// bodyPartAfter reports whether "in the arm", "in his left leg"... follows
// at k: "was struck in the arm" is a wound, whatever the sentence says of
// guns.
func (c *fctx) bodyPartAfter(k int) bool {
	if c.lo(k) != "in" {
		return false
	}
	switch c.lo(k + 1) {
	case "the", "his", "her", "their", "each":
		k += 2
	default:
		return false
	}
	return c.bodyPartAt(k) > 0
}

// bodyPartAt returns the last token of a body part at k ("arm", "left
// leg"), or 0.
func (c *fctx) bodyPartAt(k int) int {
	if c.lo(k) == "left" || c.lo(k) == "right" || c.lo(k) == "upper" || c.lo(k) == "lower" {
		k++
	}
	if bodyParts[c.lo(k)] {
		return k
	}
	return 0
}

// ownedBodyPart returns the last token of one person's body part at k,
// or 0: "his head", "the back of his head", "a child's left leg".
func (c *fctx) ownedBodyPart(k int) int {
	switch c.lo(k) {
	case "his", "her":
		return c.bodyPartAt(k + 1)
	case "a", "the", "one":
		// "the back of his head"
		if p := c.bodyPartAt(k + 1); p > 0 && c.lo(p+1) == "of" && (c.lo(p+2) == "his" || c.lo(p+2) == "her") {
			return c.bodyPartAt(p + 3)
		}
		// "a child's leg"
		if w := c.lo(k + 1); (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) && isPersonSg(w[:strings.LastIndexAny(w, "'’")]) {
			return c.bodyPartAt(k + 2)
		}
	}
	return 0
}

// bodyParts are where news says a bullet struck.
var bodyParts = set(`arm arms leg legs head chest back neck shoulder shoulders hand hands foot feet hip hips stomach
	abdomen face thigh thighs knee knees ankle ankles torso buttocks side wrist elbow jaw eye groin cheek finger
	fingers toe calf shin heel forearm pelvis spine lung`)

// bulletBefore reports whether a bullet is the subject of the verb at i:
// "a stray bullet from a 9 mm handgun struck", "gunfire hit". The subject
// is sought back to the start of the clause.
func (c *fctx) bulletBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		switch c.lo(k) {
		case "bullet", "bullets", "round", "rounds", "gunfire", "shots", "pellets", "buckshot":
			return true
		case ",", ";", ":", "when", "and", "but", "that", "which", "who":
			return false
		}
	}
	return false
}

// byBullet reports whether "by gunfire", "by a bullet"... follows at k.
func (c *fctx) byBullet(k int) bool {
	if c.lo(k) != "by" {
		return false
	}
	for m := k + 1; m <= k+4 && m < len(c.toks); m++ {
		switch c.lo(m) {
		case "gunfire", "bullet", "bullets", "shrapnel", "gunshot", "gunshots", "round", "rounds", "pellets":
			return true
		}
	}
	return false
}

// passiveBefore reports whether the trigger at a is preceded by an
// auxiliary ("was shot", "were killed"), so it takes no object.
func (c *fctx) passiveBefore(a int) bool {
	for p := a - 1; p >= 0 && a-p <= 3; p-- {
		lo := c.lo(p)
		switch lo {
		case "was", "were", "is", "are", "been", "being", "be", "get", "got", "gets", "getting":
			return true
		}
		if strings.HasSuffix(lo, "ly") || lo == "also" || lo == "then" || lo == "later" || lo == "not" {
			continue
		}
		return false
	}
	return false
}

// scan reads every figure of the sentence into c.figs.
func (c *fctx) scan() {
	for i := 0; i < len(c.toks); i++ {
		t := c.toks[i]
		if t.kind != tkWord && t.kind != tkMixed {
			continue
		}
		lo := t.lower
		if c.multiple(i) {
			continue
		}
		switch lo {
		case "left", "leaving", "leaves", "leave":
			c.leftPattern(i, false)
			continue
		case "found", "find", "finds", "finding", "discovered", "discover":
			c.leftPattern(i, true)
			continue
		case "toll":
			c.tollPattern(i)
			continue
		case "number":
			if c.lo(i+1) == "of" {
				switch c.lo(i + 2) {
				case "dead", "deaths", "fatalities", "killed":
					c.tollPattern(i + 2)
				case "people":
					if c.lo(i+3) == "killed" || c.lo(i+3) == "dead" {
						c.tollPattern(i + 3)
					}
				}
			}
			continue
		case "deaths", "fatalities", "bodies", "injuries":
			c.nominal(i)
			if lo == "bodies" && c.lo(i+1) == "of" {
				c.deathOf(i)
			}
			continue
		case "death", "killing", "killings", "murder", "murders", "slaying", "slayings", "body", "shooting", "stabbing", "shootings":
			if c.lo(i+1) == "of" && c.lo(i-1) != "attempted" && (lo != "shooting" && lo != "stabbing" && lo != "shootings" || c.lo(i-1) == "fatal" || c.lo(i-1) == "deadly") {
				c.deathOf(i)
				continue
			}
			if lo == "death" && c.possessiveDeath(i) {
				continue
			}
		case "claimed", "claiming", "claims", "claim", "took", "taking", "takes", "take", "cost", "costing", "costs":
			if c.livesPattern(i) || c.selfPattern(i) {
				continue
			}
		case "committed", "commits", "committing", "turned", "turning", "blew", "blowing", "blows":
			if c.selfPattern(i) {
				continue
			}
		case "among":
			c.amongPattern(i)
			continue
		case "no", "without", "zero":
			c.zeroPattern(i)
			continue
		case "suffered", "sustained", "suffering", "received", "suffers", "sustaining", "receiving", "had", "has", "have", "suffer", "sustain":
			c.sufferPattern(i)
			continue
		case "fatally":
			if id := c.countEndingAt(i - 1); id >= 0 && c.lo(i+1) != "shot" && c.lo(i+1) != "wounded" {
				n := c.nums[id]
				c.add(fig{kind: "killed", value: n.value, qual: n.qual, vague: n.vague, a: n.q, b: i, trig: i, numID: id})
				continue
			}
		}
		tr, ok := c.trigger(i)
		if !ok {
			continue
		}
		c.readTrigger(tr)
		if tr.b > i {
			i = tr.b
		}
	}
}

// multiples count the victims of one event by its name: "a triple
// shooting", "a double homicide".
var multiples = map[string]int{"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}

// multipleKinds are the events multiples name, and the kind of figure
// each gives: those shot include the dead (Shot).
var multipleKinds = map[string]string{"shooting": "injured", "stabbing": "injured",
	"homicide": "killed", "murder": "killed", "killing": "killed", "slaying": "killed"}

// multiple reads "a triple shooting", "a double-homicide" at token i (the
// event's noun, or one token "triple-shooting"), and reports whether it
// did.
func (c *fctx) multiple(i int) bool {
	lo := c.lo(i)
	n, kind, a := 0, "", i
	if m, e, ok := strings.Cut(lo, "-"); ok {
		n, kind = multiples[m], multipleKinds[e]
	} else if kind = multipleKinds[lo]; kind != "" {
		switch {
		case multiples[c.lo(i-1)] > 0:
			n, a = multiples[c.lo(i-1)], i-1
		case c.lo(i-1) == "-" && multiples[c.lo(i-2)] > 0:
			n, a = multiples[c.lo(i-2)], i-2
		}
	}
	if n == 0 || kind == "" {
		return false
	}
	c.add(fig{kind: kind, value: n, qual: "exact", a: a, b: i, trig: i, numID: -1, shot: kind == "injured", all: true})
	return true
}

// intentVerbs before "to kill" make it an intent, not a deed: "planned to kill".
var intentVerbs = set(`planned plan plans planning hoped hope hopes hoping wanted want wants wanting threatened threaten
	threatens threatening tried try tries trying attempted attempt attempting intended intend intends intending plotted
	plot plots plotting sought seek seeks seeking vowed vow vows aimed aim aims aiming conspired conspiring conspiracy
	going able order ordered orders urged urging allowed meant designed prepared preparing ready attempts plans plots
	threat threats bid effort efforts`)

// hypothetical reports whether the casualty word at a is an intent or a
// hypothesis: "planned to kill hundreds", "could have killed".
func (c *fctx) hypothetical(a int) bool {
	p := a - 1
	if c.lo(p) == "to" {
		return intentVerbs[c.lo(p-1)] || c.lo(p-1) == "attempt"
	}
	if c.lo(p) == "have" {
		p--
	}
	switch c.lo(p) {
	case "could", "would", "might", "should", "can", "cannot":
		return true
	}
	return false
}

// readTrigger reads the object, else the subject, of a casualty word.
func (c *fctx) readTrigger(tr trig) {
	if c.hypothetical(tr.a) {
		return
	}
	if tr.trans && !c.passiveBefore(tr.a) {
		if r := c.object(tr.b + 1); r.ok {
			if tr.kind == "injured" && (c.lo(r.b+1) == "dead" || c.lo(r.b+1) == "to" && c.lo(r.b+2) == "death") {
				// "shot him dead", "shot the man to death"
				tr.kind, tr.shot = "killed", false
				if c.lo(r.b+1) == "dead" {
					r.b++
				} else {
					r.b += 2
				}
			}
			if r.selfFirst && tr.kind == "injured" {
				// "shot himself and a friend": the hurt are counted
				// together, the shooter among them
				r.value += r.selfN
				r.a, r.selfAt, r.singleton = min(r.a, r.selfAt), 0, false
			}
			f := r.fig(tr)
			if !f.attacker && f.singleton && c.lawBefore(tr.a) {
				f.attacker = true
			}
			c.add(f)
			if r.selfAt > 0 {
				a := r.selfAt
				if r.selfFirst {
					a = tr.a // "killing himself": the phrase names how he died
				}
				c.add(fig{kind: tr.kind, value: r.selfN, qual: "exact", a: a, b: r.selfAt, trig: tr.a, numID: -1, attacker: true, singleton: r.selfN == 1})
			}
			return
		}
	}
	if tr.trans && tr.shot && !c.passiveBefore(tr.a) {
		if b := c.ownedBodyPart(tr.b + 1); b > 0 {
			// "a bullet struck the back of his head": one victim
			r := npRes{ok: true, value: 1, a: tr.b + 1, b: b, numID: -1, qual: "exact", singleton: true}
			c.add(r.fig(tr))
			return
		}
	}
	if !tr.subj {
		return
	}
	r := c.subject(tr)
	if !r.ok {
		// inversion: "Also wounded was a 21-year-old man"
		if k := tr.b + 1; k < len(c.toks) && (c.lo(k) == "was" || c.lo(k) == "were") {
			if r2 := c.objConj(k + 1); r2.ok {
				f := r2.fig(tr)
				f.a = tr.a
				f.subject = true
				c.add(f)
			}
		}
		return
	}
	f := r.fig(tr)
	f.subject = true
	if c.byLaw(tr.b + 1) {
		f.attacker = true
	}
	if tr.needAux && strings.Contains(" treated transported taken rushed airlifted flown brought driven carried admitted evacuated ", " "+c.lo(tr.a)+" ") {
		f.hospital = true
	}
	c.add(f)
}

// lawBefore reports whether the police or troops are the subject of the
// verb at a: "police shot and killed him".
func (c *fctx) lawBefore(a int) bool {
	p := a - 1
	for p >= 0 && (strings.HasSuffix(c.lo(p), "ly") || c.lo(p) == "then" || c.lo(p) == "later") {
		p--
	}
	return p >= 0 && lawNouns[c.lo(p)]
}

// byLaw reports whether "by police", "by security forces" follows at k.
func (c *fctx) byLaw(k int) bool {
	if c.lo(k) != "by" {
		return false
	}
	for m := k + 1; m <= k+4 && m < len(c.toks); m++ {
		if lawNouns[c.lo(m)] {
			return true
		}
		if c.isPunct(m) {
			return false
		}
	}
	return false
}

// countEndingAt returns the count whose last token is k, or -1.
func (c *fctx) countEndingAt(k int) int {
	if k < 0 || k >= len(c.toks) || c.cover[k] == 0 {
		return -1
	}
	id := int(c.cover[k] - 1)
	if c.nums[id].j != k {
		return -1
	}
	return id
}

// add records a figure unless the same count (or the same phrase) already
// gave one of the same kind.
func (c *fctx) add(f fig) {
	if f.qual == "" {
		f.qual = "exact"
	}
	for k := range c.figs {
		g := &c.figs[k]
		if g.kind != f.kind {
			continue
		}
		// One phrase read twice ("found the victim, with a gunshot
		// wound" by found and by with) is one figure.
		if f.numID >= 0 && g.numID == f.numID || f.numID < 0 && g.numID < 0 && (g.a == f.a || g.b == f.b) && g.value == f.value {
			return
		}
	}
	c.figs = append(c.figs, f)
}

// result converts the figures to the public form, after the sentence-level
// adjustments.
func (c *fctx) result() []Figure {
	if len(c.figs) == 0 {
		return nil
	}
	c.adjust()
	agg := aggregate(c.s)
	attr := ""
	attrDone := false
	out := make([]Figure, 0, len(c.figs))
	for i := range c.figs {
		f := &c.figs[i]
		if f.dropped {
			continue
		}
		if !f.claim {
			if claim, by, ok := c.claimFor(f); ok {
				f.claim, f.by = claim, by
			} else {
				if !attrDone {
					attr, attrDone = c.attribution(), true
				}
				f.by = attr
			}
		}
		a, b := c.toks[f.a].start, c.toks[f.b].end
		out = append(out, Figure{Kind: f.kind, Value: f.value, Qualifier: f.qual, Vague: f.vague, Start: a, End: b,
			Text: c.s[a:b], By: f.by, Claim: f.claim, Shot: f.shot, Attacker: f.attacker, Part: f.part, Ordinal: f.ordinal,
			Aggregate: agg})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// aggregateCues tell of a count that sums several incidents.
var aggregateCues = []string{"separate shootings", "separate incidents", "separate attacks", "unrelated shootings",
	"shootings across", "shootings around", "shootings throughout", "weekend shootings", "weekend violence",
	"so far this year", "since the start of the year", "since january 1", "this year alone", "homicides this year"}

// aggregate reports whether the sentence s counts the victims of several
// incidents: "At least 10 people were killed and 13 injured in separate
// shootings around Chicago since Tuesday".
func aggregate(s string) bool {
	l := strings.ToLower(s)
	for _, cue := range aggregateCues {
		if strings.Contains(l, cue) {
			return true
		}
	}
	return false
}

// adjust applies the sentence-level rules: people shot minus those killed;
// a hospital transport followed by "where he died" is a death, not an injury.
func (c *fctx) adjust() {
	for i := range c.figs {
		f := &c.figs[i]
		if !f.shot || f.kind != "injured" || f.others || f.dropped || f.vague {
			continue
		}
		for j := range c.figs {
			g := &c.figs[j]
			if g.kind != "killed" || g.dropped || g.a <= f.b && !f.all || g.vague || g.others || g.value > f.value || g.attacker || g.all {
				continue
			}
			f.value -= g.value
			break
		}
	}
	// "A third man ... was dropped off at a hospital, where he later
	// died": the pronoun is the sentence's opening ordinal victim.
	if n := c.openingOrdinal(); n > 0 {
		for i := range c.figs {
			if f := &c.figs[i]; f.pronoun && f.value == 1 && f.ordinal == 0 {
				f.ordinal = n
			}
		}
	}
	// "was taken to a hospital, where he was pronounced dead", "All three
	// were flown to the hospital, where Officer Dole passed away"
	for i := range c.figs {
		g := &c.figs[i]
		where := c.lo(g.a-1) == "where" || c.lo(g.a-1) == "," && c.lo(g.a-2) == "where"
		if g.kind != "killed" || g.vague || !(g.pronoun && g.value == 1 || where) {
			continue
		}
		for j := range c.figs {
			f := &c.figs[j]
			if f.kind != "injured" || f.dropped || f.b >= g.a || !(f.hospital || f.singleton) || f.value < g.value {
				continue
			}
			if f.value == g.value {
				f.dropped = true
			} else {
				f.value -= g.value
			}
			break
		}
	}
}

// openingOrdinal returns N when the sentence opens with the Nth victim: "A
// third man, ...", "The fourth victim ...".
func (c *fctx) openingOrdinal() int {
	k := 0
	if lo := c.lo(0); lo == "a" || lo == "the" {
		k = 1
	}
	n := ordinals[c.lo(k)]
	if n > 0 && isPersonSg(stem(c.lo(k+1))) {
		return n
	}
	return 0
}

// hasFoldPrefix reports whether s starts with the lower-case ASCII prefix p,
// ignoring the case of s.
func hasFoldPrefix(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for k := 0; k < len(p); k++ {
		if s[k]|0x20 != p[k] {
			return false
		}
	}
	return true
}
