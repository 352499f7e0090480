package analyze

import (
	"strconv"
	"strings"
)

// Number is a count stated in a sentence: "137", "1,200", "two",
// "twenty-one", "a dozen", "dozens", "scores", "hundreds". Start and End are
// byte offsets into the sentence and cover the qualifier too ("at least
// 133"); Text is that span.
type Number struct {
	Start, End int
	Text       string
	// Value is the number. For vague quantities (dozens, scores, hundreds,
	// several, a handful) it is a lower-bound guess and Vague is true.
	Value int
	Vague bool
	// Qualifier is "exact" unless the text hedges the number: "at_least"
	// (at least, no fewer than, or more), "more_than" (more than, over,
	// upwards of, in excess of), "about" (around, about, some, roughly,
	// approximately, an estimated, a dozen, or so), "nearly" (nearly, almost,
	// close to) or "up_to" (up to, as many as, at most, fewer than).
	Qualifier string
}

// Numbers returns the counts stated in s, in order. It leaves out numbers
// that are not counts: years, days of a date ("May 23"), clock times, ages
// ("Smith, 23,", "aged 19", "3 years old"), money, percentages, calibres
// (".45", "9 mm"), street addresses ("the 1900 block", "300 West 1st
// Street"), designators ("Route 9", "Flight 17", "No. 5"), phone numbers,
// list markers and the pronoun "one" ("no one", "one another").
// Decimals count only with a scale word ("1.5 million").
func Numbers(s string) []Number {
	toks := tokenize(s)
	ns := findNumbers(toks)
	out := make([]Number, 0, len(ns))
	for _, n := range ns {
		if n.why != "" {
			continue
		}
		out = append(out, n.public(s, toks))
	}
	return out
}

// num is a number found in a token slice, with why it is not a count
// (why == "" for counts).
type num struct {
	q, i, j int // tokens: qualifier start, number start, number end (inclusive)
	value   int
	vague   bool
	qual    string
	why     string
}

func (n num) public(s string, toks []token) Number {
	a, b := toks[n.q].start, toks[n.j].end
	return Number{Start: a, End: b, Text: s[a:b], Value: n.value, Vague: n.vague, Qualifier: n.qual}
}

var smallNumbers = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tensNumbers = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// numberStart are the words a number can start with.
var numberStart = func() map[string]bool {
	m := set(`a an half dozens scores hundreds thousands tens several`)
	for w := range smallNumbers {
		m[w] = true
	}
	for w := range tensNumbers {
		m[w] = true
	}
	return m
}()

var scaleWords = map[string]int{"hundred": 100, "thousand": 1000, "million": 1000000, "billion": 1000000000}

// qualifier phrases, longest first within each starting word.
var qualPhrases = []struct {
	words []string
	qual  string
}{
	{[]string{"no", "fewer", "than"}, "at_least"},
	{[]string{"no", "less", "than"}, "at_least"},
	{[]string{"not", "less", "than"}, "at_least"},
	{[]string{"a", "minimum", "of"}, "at_least"},
	{[]string{"at", "least"}, "at_least"},
	{[]string{"at", "minimum"}, "at_least"},
	{[]string{"in", "excess", "of"}, "more_than"},
	{[]string{"more", "than"}, "more_than"},
	{[]string{"greater", "than"}, "more_than"},
	{[]string{"upwards", "of"}, "more_than"},
	{[]string{"upward", "of"}, "more_than"},
	{[]string{"just", "over"}, "more_than"},
	{[]string{"well", "over"}, "more_than"},
	{[]string{"over"}, "more_than"},
	{[]string{"an", "estimated"}, "about"},
	{[]string{"estimated"}, "about"},
	{[]string{"approximately"}, "about"},
	{[]string{"approx"}, "about"},
	{[]string{"roughly"}, "about"},
	{[]string{"around"}, "about"},
	{[]string{"about"}, "about"},
	{[]string{"some"}, "about"},
	{[]string{"circa"}, "about"},
	{[]string{"just", "shy", "of"}, "nearly"},
	{[]string{"just", "short", "of"}, "nearly"},
	{[]string{"just", "under"}, "nearly"},
	{[]string{"close", "to"}, "nearly"},
	{[]string{"nearly"}, "nearly"},
	{[]string{"almost"}, "nearly"},
	{[]string{"as", "many", "as"}, "up_to"},
	{[]string{"a", "maximum", "of"}, "up_to"},
	{[]string{"no", "more", "than"}, "up_to"},
	{[]string{"not", "more", "than"}, "up_to"},
	{[]string{"fewer", "than"}, "up_to"},
	{[]string{"less", "than"}, "up_to"},
	{[]string{"at", "most"}, "up_to"},
	{[]string{"up", "to"}, "up_to"},
}

// findNumbers finds every number in toks, counts and non-counts alike.
func findNumbers(toks []token) []num {
	var out []num
	lastAge := -10 // token index of the last age, for "ages 20 and 25"
	for i := 0; i < len(toks); i++ {
		n, ok := readNumber(toks, i)
		if !ok {
			continue
		}
		n.q = i
		if n.qual == "" {
			n.qual = "exact"
			for _, p := range qualPhrases {
				L := len(p.words)
				if i-L < 0 {
					continue
				}
				match := true
				for k, w := range p.words {
					if toks[i-L+k].lower != w || toks[i-L+k].kind != tkWord {
						match = false
						break
					}
				}
				if match {
					n.q, n.qual = i-L, p.qual
					break
				}
			}
		}
		if n.j+2 < len(toks) && toks[n.j+1].lower == "or" {
			switch toks[n.j+2].lower {
			case "more":
				n.qual = "at_least"
			case "so":
				n.qual = "about"
			}
		}
		n.why = notACount(toks, n, lastAge)
		if n.why == "age" {
			lastAge = n.j
		}
		out = append(out, n)
		i = n.j
	}
	return out
}

// readNumber reads the number starting at token i, if any.
func readNumber(toks []token, i int) (num, bool) {
	t := toks[i]
	next := func(k int) string {
		if i+k < len(toks) {
			return toks[i+k].lower
		}
		return ""
	}
	switch t.kind {
	case tkNum:
		v, ok := parseDigits(t.text)
		if !ok {
			return num{}, false
		}
		n := num{i: i, j: i, value: v}
		if sc, ok := scaleWords[next(1)]; ok {
			n.value *= sc
			n.j++
		} else if next(1) == "dozen" {
			n.value *= 12
			n.j++
		}
		return n, true
	case tkDec:
		if sc, ok := scaleWords[next(1)]; ok && sc >= 1000 {
			f, err := strconv.ParseFloat(t.text, 64)
			if err != nil {
				return num{}, false
			}
			return num{i: i, j: i + 1, value: int(f * float64(sc))}, true
		}
		return num{}, false
	case tkWord:
		if !numberStart[t.lower] && strings.IndexByte(t.lower, '-') < 0 {
			return num{}, false
		}
	default:
		return num{}, false
	}
	switch t.lower {
	case "a", "an":
		switch next(1) {
		case "dozen":
			return num{i: i, j: i + 1, value: 12, qual: "about"}, true
		case "hundred", "thousand":
			if v, j, ok := parseCardinal(toks, i); ok {
				return num{i: i, j: j, value: v}, true
			}
		case "couple":
			if next(2) == "of" {
				return num{i: i, j: i + 1, value: 2, qual: "about"}, true
			}
		case "handful":
			return num{i: i, j: i + 1, value: 3, vague: true}, true
		case "few":
			if next(2) == "dozen" {
				return num{i: i, j: i + 2, value: 24, vague: true}, true
			}
			if next(2) == "hundred" {
				return num{i: i, j: i + 2, value: 200, vague: true}, true
			}
			return num{i: i, j: i + 1, value: 2, vague: true}, true
		}
		return num{}, false
	case "half":
		if next(1) == "a" && next(2) == "dozen" {
			return num{i: i, j: i + 2, value: 6, qual: "about"}, true
		}
		return num{}, false
	case "dozens":
		return num{i: i, j: i, value: 24, vague: true}, true
	case "scores":
		switch next(1) {
		case "of", "more", "others", "were", "had", "have", "are", "killed", "dead", "injured", "wounded", "hurt", "died", "people":
			return num{i: i, j: i, value: 40, vague: true}, true
		}
		return num{}, false
	case "hundreds":
		if next(1) == "of" && next(2) == "thousands" {
			return num{i: i, j: i + 2, value: 200000, vague: true}, true
		}
		return num{i: i, j: i, value: 200, vague: true}, true
	case "thousands":
		return num{i: i, j: i, value: 2000, vague: true}, true
	case "tens":
		if next(1) == "of" && next(2) == "thousands" {
			return num{i: i, j: i + 2, value: 20000, vague: true}, true
		}
		return num{}, false
	case "several":
		switch next(1) {
		case "hundred":
			return num{i: i, j: i + 1, value: 300, vague: true}, true
		case "thousand":
			return num{i: i, j: i + 1, value: 3000, vague: true}, true
		case "dozen":
			return num{i: i, j: i + 1, value: 36, vague: true}, true
		}
		return num{i: i, j: i, value: 3, vague: true}, true
	}
	if v, j, ok := parseCardinal(toks, i); ok {
		n := num{i: i, j: j, value: v}
		if j+1 < len(toks) && toks[j+1].lower == "dozen" {
			n.value *= 12
			n.j++
		}
		return n, true
	}
	return num{}, false
}

// cardinalWord reads one number word, including hyphenated compounds
// ("twenty-one"); ok is false for anything else ("three-year").
func cardinalWord(lo string) (v int, tens bool, ok bool) {
	if v, ok := smallNumbers[lo]; ok {
		return v, false, true
	}
	if v, ok := tensNumbers[lo]; ok {
		return v, true, true
	}
	if h := strings.IndexByte(lo, '-'); h > 0 {
		t, ok1 := tensNumbers[lo[:h]]
		u, ok2 := smallNumbers[lo[h+1:]]
		if ok1 && ok2 && u > 0 && u < 10 {
			return t + u, false, true
		}
	}
	return 0, false, false
}

// parseCardinal reads spelled-out numbers: "two", "twenty one",
// "two hundred and fifty", "a hundred", "three thousand".
func parseCardinal(toks []token, i int) (int, int, bool) {
	total, cur := 0, 0
	j := -1
	any, lastSmall, lastTens, scaled := false, false, false, false
	for k := i; k < len(toks) && k < i+10; k++ {
		t := toks[k]
		if t.kind != tkWord {
			break
		}
		lo := t.lower
		if (lo == "a" || lo == "an") && k == i {
			cur = 1
			any = true
			continue
		}
		if v, tens, ok := cardinalWord(lo); ok {
			if lastSmall || lastTens && tens || lastTens && v >= 10 {
				break
			}
			cur += v
			lastSmall, lastTens = !tens, tens
			any = true
			j = k
			continue
		}
		if sc, ok := scaleWords[lo]; ok && any {
			if sc == 100 {
				if cur == 0 {
					cur = 1
				}
				cur *= 100
			} else {
				if cur == 0 {
					cur = 1
				}
				total += cur * sc
				cur = 0
			}
			scaled = true
			lastSmall, lastTens = false, false
			j = k
			continue
		}
		if lo == "and" && scaled && k+1 < len(toks) {
			if _, _, ok := cardinalWord(toks[k+1].lower); ok {
				continue
			}
		}
		break
	}
	if j < 0 {
		return 0, 0, false
	}
	return total + cur, j, true
}

var monthWords = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var moneyBefore = set(`$ £ € ¥ ₹ ₦ us$ usd eur gbp rs inr ksh`)
var moneyAfter = set(`dollars dollar cents euros euro pounds sterling rupees rupee naira shillings yuan yen bucks usd eur gbp`)
var timeAfter = set(`a.m. p.m. a.m p.m am pm o'clock gmt utc est edt cst cdt pst pdt mst mdt bst cet ist hrs`)
var calibreAfter = set(`caliber calibre mm millimeter millimetre gauge cal`)
var streetSuffix = set(`street st avenue ave road rd drive dr boulevard blvd lane ln way court ct place pl highway hwy
	parkway pkwy circle cir terrace trail pike square sq alley crescent expressway freeway turnpike`)

// designators are capitalised words that make the next number a name:
// "Route 9", "Flight 17", "Region 8 News".
var designators = set(`route highway hwy interstate flight room apartment apt unit suite building bldg gate platform
	terminal number no nos bus precinct district ward station channel local chapter title article section page vol
	exit mile lot act level floor block grade class squad battalion division brigade company engine ladder medic truck
	pier dock berth lane street avenue region road game round phase stage camp base post sector zone area code model
	type version season episode fox abc nbc cbs cnn wave news box door cell tower plot row seat highway sr us i
	image photo photos picture slide video pro gallery figure table part step
	amendment proposition prop measure bill resolution case file docket lane county state hall`)

// notACount says why the number n is not a count of something, or "".
func notACount(toks []token, n num, lastAge int) string {
	t := toks[n.i]
	var prev, prev2, next, next2 *token
	if n.q > 0 {
		prev = &toks[n.q-1]
	}
	if n.q > 1 {
		prev2 = &toks[n.q-2]
	}
	if n.j+1 < len(toks) {
		next = &toks[n.j+1]
	}
	if n.j+2 < len(toks) {
		next2 = &toks[n.j+2]
	}
	lo := func(p *token) string {
		if p == nil {
			return ""
		}
		return p.lower
	}
	digits := t.kind == tkNum || t.kind == tkDec

	if t.lower == "one" && n.i == n.j {
		switch lo(prev) {
		case "no", "any", "every", "each", "the", "this", "that", "which", "another", "last", "no-":
			return "pronoun"
		}
		if lo(next) == "another" || lo(next) == "else" {
			return "pronoun"
		}
	}
	if prev != nil && moneyBefore[prev.lower] || next != nil && moneyAfter[next.lower] {
		return "money"
	}
	if next != nil && (next.text == "%" || next.lower == "percent" || next.lower == "pct" || next.lower == "per" && lo(next2) == "cent" || next.lower == "percentage") {
		return "percent"
	}
	if next != nil && timeAfter[next.lower] {
		return "time"
	}
	if next != nil && calibreAfter[next.lower] {
		return "calibre"
	}
	// ages
	if lastAge >= 0 && n.q-lastAge == 2 && (lo(prev) == "and" || lo(prev) == "or" || lo(prev) == "to" || lo(prev) == "-") {
		return "age"
	}
	switch lo(prev) {
	case "aged", "age", "ages":
		return "age"
	case "of", "between":
		if p2 := lo(prev2); p2 == "ages" || p2 == "age" {
			return "age"
		}
	}
	if next != nil && (next.lower == "year" || next.lower == "years" || next.lower == "yr" || next.lower == "yrs") && next2 != nil && (next2.lower == "old" || next2.lower == "of" && n.j+3 < len(toks) && toks[n.j+3].lower == "age") {
		return "age"
	}
	if next != nil && strings.HasPrefix(next.lower, "year-old") {
		return "age"
	}
	// "8 yo girl", "15 y/o", "15 y.o.": the short forms of social posts.
	if next != nil && (next.lower == "yo" || next.lower == "y.o." || next.lower == "y" && next2 != nil && (next2.text == "/" || next2.text == ".") && n.j+3 < len(toks) && toks[n.j+3].lower == "o") {
		return "age"
	}
	if digits && n.value <= 120 && n.i == n.j && prev != nil && (prev.text == "," || prev.text == "(") && prev2 != nil &&
		(prev2.cap && prev2.kind == tkWord || isPersonNoun(prev2.lower) || prev2.text == ")" ||
			prev2.text == "." && n.q > 2 && (toks[n.q-3].lower == "jr" || toks[n.q-3].lower == "sr")) {
		if next == nil || next.text == "," || next.text == ")" || next.text == "(" || next.text == ";" || next.text == "." || next.lower == "and" || next.lower == "of" {
			return "age"
		}
	}
	if digits && n.value <= 120 && n.i == n.j && prev != nil && (prev.lower == "both" || prev.lower == "all") && prev2 != nil && prev2.text == "," {
		if next == nil || next.text == "," || next.text == ")" || next.text == ";" || next.text == "." {
			return "age"
		}
	}
	if !digits {
		return ""
	}
	v := n.value
	// list markers "1." "2)" at the start of a line
	if n.q == 0 && next != nil && (next.text == "." || next.text == ")") && v < 100 {
		return "list"
	}
	// phone numbers and codes
	if prev != nil && prev.text == "(" && next != nil && next.text == ")" && next2 != nil && next2.kind == tkMixed {
		return "phone"
	}
	if v == 911 || t.kind == tkNum && strings.IndexByte(t.text, ',') < 0 && len(t.text) >= 6 {
		return "phone"
	}
	// addresses
	if next != nil && (next.lower == "block" || next.lower == "blocks" && lo(prev) == "the") {
		return "address"
	}
	if next != nil && (next.cap || next.kind == tkMixed) && n.i == n.j {
		for k := n.j + 1; k < len(toks) && k <= n.j+4; k++ {
			tk := toks[k]
			if streetSuffix[tk.lower] && tk.cap {
				return "address"
			}
			if !(tk.cap || tk.kind == tkMixed || tk.text == "." || tk.abbr) {
				break
			}
		}
		if lo(prev) == "at" && v >= 100 && next.kind == tkWord && !isPersonNoun(next.lower) && monthWords[next.lower] == 0 && weekdayWords[stem(next.lower)] == 0 {
			return "address"
		}
	}
	// designators
	if prev != nil && prev.lower == "of" && prev2 != nil && prev2.kind == tkNum && n.q > 2 && designators[toks[n.q-3].lower] && toks[n.q-3].cap {
		return "designator" // "Image 10 of 10"
	}
	if prev != nil {
		if prev.text == "#" || prev.lower == "no" && prev.cap {
			return "designator"
		}
		if prev.cap && prev.kind == tkWord && designators[prev.lower] {
			return "designator"
		}
		if prev.text == "." && prev2 != nil && (prev2.lower == "no" || prev2.lower == "rt" || prev2.lower == "hwy" || prev2.lower == "apt") {
			return "designator"
		}
		if prev.kind == tkWord && isAllCaps(prev.text) && len(prev.text) >= 2 && len(prev.text) <= 5 && (prev.text[0] == 'K' || prev.text[0] == 'W' || len(prev.text) == 2) {
			return "designator"
		}
	}
	// years
	if t.kind == tkNum && len(t.text) == 4 && v >= 1900 && v <= 2099 {
		if next == nil || !(isPersonNoun(next.lower) || casualtyWord[next.lower]) || yearPrep[lo(prev)] {
			return "year"
		}
	}
	// days of a date
	if v >= 1 && v <= 31 && n.i == n.j {
		if prev != nil && monthWords[prev.lower] > 0 && prev.cap {
			return "date"
		}
		if prev != nil && prev.text == "." && prev2 != nil && monthWords[prev2.lower] > 0 && prev2.cap {
			return "date"
		}
		if next != nil && monthWords[next.lower] > 0 && next.cap {
			return "date"
		}
		if next != nil && next.lower == "of" && next2 != nil && monthWords[next2.lower] > 0 && next2.cap {
			return "date"
		}
	}
	return ""
}

var yearPrep = set(`in since of from until till by during before after early late mid summer winter spring autumn fall
	year the 's`)

func isAllCaps(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] >= 'a' && s[k] <= 'z' || s[k] >= 0x80 {
			return false
		}
	}
	return true
}
