package analyze

import (
	"strconv"
	"strings"
	"time"
)

// Date is a date expression of a sentence resolved against the publication
// date, at the precision the text gives. Start and End are byte offsets into
// the sentence and Text is that span.
type Date struct {
	Start, End int
	Text       string
	// Value is ISO 8601 at the precision of the text: "2024-03-22" (day),
	// "2024-03" (month) or "2024" (year).
	Value string
	// Precision is 1 for a year, 2 for a month, 3 for a day.
	Precision int
	// Relative is true when part of the value comes from the publication
	// date: a weekday ("on Friday"), "yesterday", "last year", "earlier this
	// month", or a day and month without a year ("on January 3").
	Relative bool
}

// Dates returns the date expressions of s, in order, resolved against
// published (nil when unknown).
//
// Absolute forms: "March 22, 2024", "Friday, March 22, 2024", "22 March
// 2024", "22nd of March", "Jan. 3", "2024-03-22", "3/22/2024", "August
// 2021", "in 2015", "the summer of 2021" (year precision), "early 2015",
// "mid-2015". Forms resolved against the publication date: a day and month
// without a year ("on January 3": the latest such date not after
// publication), a month alone after a preposition ("in July"), weekdays ("on
// Friday", "Friday night", "late Friday": the latest such weekday on or
// before publication; "last Friday": strictly before), "yesterday", "today",
// "last night", "last year", "this year", "last month", "earlier this month",
// "two years ago", "last summer". A weekday next to an explicit date
// ("last Friday, 22 March") takes the explicit date. Without a publication
// date these relative forms give nothing. Bare years must be plausible
// (1900 to the publication year + 1) and are never read from counts
// ("2,015"), addresses ("the 1900 block") or designators.
func Dates(s string, published *time.Time) []Date {
	if len(s) == 0 || !hasDateHint(s) {
		return nil
	}
	return dates(s, published)
}

func dates(s string, published *time.Time) []Date {
	d := dctx{s: s, toks: tokenize(s), pub: published}
	d.used = make([]bool, len(d.toks))
	d.scan()
	return d.out
}

var weekdayWords = map[string]int{
	"sunday": 1, "monday": 2, "tuesday": 3, "wednesday": 4, "thursday": 5, "friday": 6, "saturday": 7,
}

// feastWords before a weekday make it a feast, not a date: "Palm Sunday".
var feastWords = set(`palm easter good black holy ash super cyber bloody maundy shrove passion low whit trinity`)

var partOfDay = set(`morning afternoon evening night overnight`)

var monthPreps = set(`in since of early late mid mid- last this that same until through throughout during by before after
	from between beginning end start middle`)

type dctx struct {
	s    string
	toks []token
	pub  *time.Time
	used []bool
	out  []Date
}

func (d *dctx) lo(k int) string {
	if k < 0 || k >= len(d.toks) {
		return ""
	}
	return d.toks[k].lower
}

func (d *dctx) emit(a, b int, value string, prec int, rel bool) {
	for k := a; k <= b; k++ {
		d.used[k] = true
	}
	sa, sb := d.toks[a].start, d.toks[b].end
	d.out = append(d.out, Date{Start: sa, End: sb, Text: d.s[sa:sb], Value: value, Precision: prec, Relative: rel})
}

func (d *dctx) scan() {
	for i := 0; i < len(d.toks); i++ {
		if d.used[i] {
			continue
		}
		t := d.toks[i]
		if t.kind == tkPunct {
			continue
		}
		if dt, b, ok := d.explicit(i); ok {
			d.emit(i, b, dt.Value, dt.Precision, dt.Relative)
			i = b
			continue
		}
		if b, ok := d.weekday(i); ok {
			i = b
			continue
		}
		if b, ok := d.relative(i); ok {
			i = b
			continue
		}
		if b, ok := d.season(i); ok {
			i = b
			continue
		}
		d.bareYear(i)
	}
}

// monthAt reads a month name at k ("March", "Jan", "Jan.") and returns the
// month and the last token used.
func (d *dctx) monthAt(k int) (int, int, bool) {
	if k < 0 || k >= len(d.toks) {
		return 0, 0, false
	}
	t := d.toks[k]
	if t.kind != tkWord || !t.cap {
		return 0, 0, false
	}
	m := monthWords[t.lower]
	if m == 0 {
		return 0, 0, false
	}
	e := k
	if d.lo(k+1) == "." && len(t.lower) <= 4 && t.lower != "may" && t.lower != "june" && t.lower != "july" {
		e = k + 1 // "Jan.", "Sept."
	}
	return m, e, true
}

// dayAt reads a day of month at k: "22", "22nd", "1st".
func (d *dctx) dayAt(k int) (int, bool) {
	if k < 0 || k >= len(d.toks) {
		return 0, false
	}
	t := d.toks[k]
	txt := t.lower
	if t.kind == tkMixed {
		for _, suf := range []string{"st", "nd", "rd", "th"} {
			if strings.HasSuffix(txt, suf) {
				txt = txt[:len(txt)-2]
				break
			}
		}
	} else if t.kind != tkNum {
		return 0, false
	}
	if len(txt) == 0 || len(txt) > 2 {
		return 0, false
	}
	v, err := strconv.Atoi(txt)
	if err != nil || v < 1 || v > 31 {
		return 0, false
	}
	return v, true
}

// yearAt reads a four-digit year at k.
func (d *dctx) yearAt(k int) (int, bool) {
	if k < 0 || k >= len(d.toks) {
		return 0, false
	}
	t := d.toks[k]
	txt := t.text
	if t.kind == tkMixed && (strings.HasSuffix(t.lower, "'s")) {
		txt = txt[:len(txt)-len("'s")]
		if strings.HasSuffix(t.text, "\u2019s") {
			txt = t.text[:len(t.text)-len("\u2019s")]
		}
	} else if t.kind != tkNum {
		return 0, false
	}
	if len(txt) != 4 {
		return 0, false
	}
	v, err := strconv.Atoi(txt)
	if err != nil || v < 1000 || v > 2199 {
		return 0, false
	}
	return v, true
}

// explicit reads a date that starts at token i and is not a weekday.
func (d *dctx) explicit(i int) (Date, int, bool) {
	t := d.toks[i]
	if t.kind == tkMixed {
		if y, m, dd, ok := parseNumericDate(t.text); ok {
			if dd == 0 {
				return Date{Value: fmtMonth(y, m), Precision: 2}, i, true
			}
			return Date{Value: fmtDay(y, m, dd), Precision: 3}, i, true
		}
	}
	// Month Day[, Year] | Month[,] Year | in Month
	if m, e, ok := d.monthAt(i); ok {
		k := e + 1
		if dd, ok := d.dayAt(k); ok && d.lo(k+1) != ":" && !isTimeWord(d.lo(k+1)) {
			yk := k + 1
			if d.lo(yk) == "," {
				yk++
			}
			if y, ok := d.yearAt(yk); ok && validDay(y, m, dd) {
				return Date{Value: fmtDay(y, m, dd), Precision: 3}, yk, true
			}
			if d.pub != nil {
				if y, ok := latestMonthDay(*d.pub, m, dd); ok {
					return Date{Value: fmtDay(y, m, dd), Precision: 3, Relative: true}, k, true
				}
			}
			return Date{}, 0, false
		}
		yk := k
		if d.lo(yk) == "," || d.lo(yk) == "of" || d.lo(yk) == "de" {
			yk++
		}
		if y, ok := d.yearAt(yk); ok {
			return Date{Value: fmtMonth(y, m), Precision: 2}, yk, true
		}
		if monthPreps[d.lo(i-1)] && d.pub != nil && !(t.lower == "may" && !isMonthContext(d.lo(i-1))) {
			p := *d.pub
			y := p.Year()
			switch d.lo(i - 1) {
			case "last":
				if m >= int(p.Month()) {
					y--
				}
			case "this", "same":
			default:
				if m > int(p.Month()) {
					y--
				}
			}
			return Date{Value: fmtMonth(y, m), Precision: 2, Relative: true}, e, true
		}
		return Date{}, 0, false
	}
	// Day [of|de] Month [,|de] [Year]
	if dd, ok := d.dayAt(i); ok {
		k := i + 1
		if d.lo(k) == "of" || d.lo(k) == "de" {
			k++
		}
		if m, e, ok := d.monthAt(k); ok {
			yk := e + 1
			if d.lo(yk) == "," || d.lo(yk) == "de" {
				yk++
			}
			if y, ok := d.yearAt(yk); ok && validDay(y, m, dd) {
				return Date{Value: fmtDay(y, m, dd), Precision: 3}, yk, true
			}
			if d.pub != nil {
				if y, ok := latestMonthDay(*d.pub, m, dd); ok {
					return Date{Value: fmtDay(y, m, dd), Precision: 3, Relative: true}, e, true
				}
			}
		}
	}
	return Date{}, 0, false
}

func isMonthContext(prev string) bool {
	switch prev {
	case "in", "since", "of", "early", "late", "mid", "last", "this", "until", "through", "during", "by", "same", "mid-":
		return true
	}
	return false
}

func isTimeWord(lo string) bool { return timeAfter[lo] }

// parseNumericDate reads "2024-03-22", "2024/03/22", "3/22/2024",
// "22/03/2024", "3/22/24" and "2024-03".
func parseNumericDate(s string) (y, m, d int, ok bool) {
	sep := byte('-')
	if strings.IndexByte(s, '/') >= 0 {
		sep = '/'
	}
	parts := strings.Split(s, string(sep))
	for _, p := range parts {
		if len(p) == 0 || len(p) > 4 {
			return 0, 0, 0, false
		}
		for k := 0; k < len(p); k++ {
			if !isDigit(p[k]) {
				return 0, 0, 0, false
			}
		}
	}
	atoi := func(p string) int { v, _ := strconv.Atoi(p); return v }
	switch {
	case len(parts) == 3 && len(parts[0]) == 4:
		y, m, d = atoi(parts[0]), atoi(parts[1]), atoi(parts[2])
	case len(parts) == 3 && sep == '/' && (len(parts[2]) == 4 || len(parts[2]) == 2):
		a, b := atoi(parts[0]), atoi(parts[1])
		y = atoi(parts[2])
		if len(parts[2]) == 2 {
			y += 2000
			if y > 2069 {
				y -= 100
			}
		}
		if a > 12 {
			d, m = a, b
		} else {
			m, d = a, b
		}
	case len(parts) == 2 && sep == '-' && len(parts[0]) == 4 && len(parts[1]) == 2:
		y, m = atoi(parts[0]), atoi(parts[1])
		if m >= 1 && m <= 12 && y >= 1900 && y <= 2199 {
			return y, m, 0, true
		}
		return 0, 0, 0, false
	default:
		return 0, 0, 0, false
	}
	if y < 1000 || y > 2199 || !validDay(y, m, d) {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// weekday reads "on Friday", "Friday night", "late Friday", "last Friday,
// 22 March", "Sunday (Jan 27)". It returns the last token used.
func (d *dctx) weekday(i int) (int, bool) {
	t := d.toks[i]
	if t.kind != tkWord || !t.cap {
		return 0, false
	}
	wd := weekdayWords[stem(t.lower)]
	if wd == 0 {
		return 0, false
	}
	if feastWords[d.lo(i-1)] && i > 0 && d.toks[i-1].cap {
		return i, true
	}
	a, b := i, i
	strict := false
	switch d.lo(i - 1) {
	case "last", "past":
		a, strict = i-1, true
		if d.lo(i-2) == "this" {
			a = i - 2
		}
	case "next", "coming":
		return i, true
	case "early", "late":
		a = i - 1
	}
	if partOfDay[d.lo(i+1)] {
		b = i + 1
	}
	// an explicit date right after wins: "Friday, March 22, 2024", "Sunday (Jan 27)"
	paren := false
	for k := b + 1; k < len(d.toks) && k <= b+4; k++ {
		lo := d.lo(k)
		if lo == "," || lo == "(" || lo == "the" || partOfDay[lo] || lo == "on" {
			paren = paren || lo == "("
			continue
		}
		if dt, e, ok := d.explicit(k); ok && dt.Precision == 3 {
			if paren && d.lo(e+1) == ")" {
				e++
			}
			d.emit(a, e, dt.Value, dt.Precision, dt.Relative)
			return e, true
		}
		break
	}
	if d.pub == nil {
		return b, true
	}
	p := *d.pub
	delta := (int(p.Weekday()) + 1 - wd + 7) % 7
	if strict && delta == 0 {
		delta = 7
	}
	day := p.AddDate(0, 0, -delta)
	d.emit(a, b, fmtDay(day.Year(), int(day.Month()), day.Day()), 3, true)
	return b, true
}

// relative reads "yesterday", "today", "last night", "last year", "this
// year", "last month", "earlier this month", "two years ago", "last summer".
func (d *dctx) relative(i int) (int, bool) {
	lo := d.toks[i].lower
	n1, n2 := d.lo(i+1), d.lo(i+2)
	if d.pub == nil {
		return 0, false
	}
	p := *d.pub
	y, m := p.Year(), int(p.Month())
	switch lo {
	case "yesterday":
		day := p.AddDate(0, 0, -1)
		d.emit(i, i, fmtDay(day.Year(), int(day.Month()), day.Day()), 3, true)
		return i, true
	case "today", "tonight":
		d.emit(i, i, fmtDay(y, m, p.Day()), 3, true)
		return i, true
	case "last", "this", "earlier", "past":
		if lo == "earlier" && n1 == "this" {
			if n2 == "month" {
				d.emit(i, i+2, fmtMonth(y, m), 2, true)
				return i + 2, true
			}
			if n2 == "year" {
				d.emit(i, i+2, strconv.Itoa(y), 1, true)
				return i + 2, true
			}
			return 0, false
		}
		switch n1 {
		case "night":
			if lo == "last" {
				day := p.AddDate(0, 0, -1)
				d.emit(i, i+1, fmtDay(day.Year(), int(day.Month()), day.Day()), 3, true)
				return i + 1, true
			}
		case "morning", "afternoon", "evening":
			if lo == "this" {
				d.emit(i, i+1, fmtDay(y, m, p.Day()), 3, true)
				return i + 1, true
			}
		case "year":
			if lo == "last" || lo == "past" && d.lo(i-1) != "the" {
				d.emit(i, i+1, strconv.Itoa(y-1), 1, true)
				return i + 1, true
			}
			if lo == "this" {
				d.emit(i, i+1, strconv.Itoa(y), 1, true)
				return i + 1, true
			}
		case "month":
			if lo == "last" {
				mm, yy := m-1, y
				if mm == 0 {
					mm, yy = 12, y-1
				}
				d.emit(i, i+1, fmtMonth(yy, mm), 2, true)
				return i + 1, true
			}
			if lo == "this" {
				d.emit(i, i+1, fmtMonth(y, m), 2, true)
				return i + 1, true
			}
		case "spring", "summer", "fall", "autumn":
			if lo == "last" {
				end := map[string]int{"spring": 5, "summer": 8, "fall": 11, "autumn": 11}[n1]
				yy := y
				if m <= end {
					yy--
				}
				d.emit(i, i+1, strconv.Itoa(yy), 1, true)
				return i + 1, true
			}
		}
	case "ago":
		// handled from the number: "two years ago"
	}
	// "two years ago", "a year ago", "three days ago", "six months ago"
	if n2 == "ago" || n1 == "ago" {
		v, unitK := 0, -1
		if n1 == "ago" {
			return 0, false
		}
		switch {
		case lo == "a" || lo == "an" || lo == "one":
			v, unitK = 1, i+1
		default:
			if w, _, ok := cardinalWord(lo); ok && w > 0 {
				v, unitK = w, i+1
			} else if d.toks[i].kind == tkNum {
				if x, err := strconv.Atoi(d.toks[i].text); err == nil && x > 0 && x < 200 {
					v, unitK = x, i+1
				}
			}
		}
		if unitK < 0 {
			return 0, false
		}
		switch strings.TrimSuffix(d.lo(unitK), "s") {
		case "year":
			d.emit(i, i+2, strconv.Itoa(y-v), 1, true)
			return i + 2, true
		case "month":
			day := time.Date(y, time.Month(m)-time.Month(v), 1, 0, 0, 0, 0, time.UTC)
			d.emit(i, i+2, fmtMonth(day.Year(), int(day.Month())), 2, true)
			return i + 2, true
		case "day":
			day := p.AddDate(0, 0, -v)
			d.emit(i, i+2, fmtDay(day.Year(), int(day.Month()), day.Day()), 3, true)
			return i + 2, true
		}
	}
	return 0, false
}

// season reads "the summer of 2021", "summer 2021", "early 2015", "mid-2015".
func (d *dctx) season(i int) (int, bool) {
	t := d.toks[i]
	switch t.lower {
	case "spring", "summer", "fall", "autumn", "winter", "early", "late", "mid", "end", "beginning", "start", "middle":
		k := i + 1
		if d.lo(k) == "of" || d.lo(k) == "-" {
			k++
		}
		if y, ok := d.yearAt(k); ok && d.plausibleYear(y) {
			d.emit(i, k, strconv.Itoa(y), 1, false)
			return k, true
		}
	}
	if t.kind == tkMixed && strings.HasPrefix(t.lower, "mid-") {
		if y, err := strconv.Atoi(t.lower[4:]); err == nil && len(t.lower) == 8 && d.plausibleYear(y) {
			d.emit(i, i, strconv.Itoa(y), 1, false)
			return i, true
		}
	}
	return 0, false
}

func (d *dctx) plausibleYear(y int) bool {
	hi := 2099
	if d.pub != nil {
		hi = d.pub.Year() + 1
	}
	return y >= 1900 && y <= hi
}

// bareYear reads a year standing alone: "in 2015", "the 2014 shooting".
func (d *dctx) bareYear(i int) {
	y, ok := d.yearAt(i)
	if !ok || !d.plausibleYear(y) {
		return
	}
	t := d.toks[i]
	if t.kind == tkNum {
		n, ok := readNumber(d.toks, i)
		if !ok {
			return
		}
		n.q = i
		n.qual = "exact"
		if notACount(d.toks, n, -10) != "year" {
			return
		}
	}
	prev := d.lo(i - 1)
	if prev == "$" || prev == "#" || prev == "no" || prev == "number" || prev == "." && d.lo(i-2) == "no" {
		return
	}
	d.emit(i, i, strconv.Itoa(y), 1, false)
}

func latestMonthDay(p time.Time, m, d int) (int, bool) {
	y := p.Year()
	if m > int(p.Month()) || m == int(p.Month()) && d > p.Day() {
		y--
	}
	for k := 0; k < 8 && !validDay(y, m, d); k++ {
		y--
	}
	return y, validDay(y, m, d)
}

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func fmtDay(y, m, d int) string {
	b := make([]byte, 0, 10)
	b = appendPad(b, y, 4)
	b = append(b, '-')
	b = appendPad(b, m, 2)
	b = append(b, '-')
	b = appendPad(b, d, 2)
	return string(b)
}

func fmtMonth(y, m int) string {
	b := make([]byte, 0, 7)
	b = appendPad(b, y, 4)
	b = append(b, '-')
	b = appendPad(b, m, 2)
	return string(b)
}

func appendPad(b []byte, v, w int) []byte {
	s := strconv.Itoa(v)
	for k := len(s); k < w; k++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// hasDateHint is a cheap pre-filter: a sentence with no digit and no word
// starting with one of dateStems holds no date.
func hasDateHint(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isDigit(c) {
			return true
		}
		if i > 0 && isASCIILetter(s[i-1]) || !isASCIILetter(c) {
			continue
		}
		if dateStems.at(s, i) {
			return true
		}
	}
	return false
}

var dateStems = newStemTable(
	"apr", "aug", "autumn", "ago",
	"dec",
	"earlier", "early",
	"feb", "friday", "fall",
	"jan", "jun", "jul",
	"last", "late",
	"monday", "mar", "may", "mid",
	"nov",
	"oct",
	"sunday", "saturday", "sep", "spring", "summer",
	"tuesday", "thursday", "today", "tonight", "this", "two", "three",
	"wednesday", "winter",
	"yesterday",
)
