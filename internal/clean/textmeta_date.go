package clean

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// textDate is a calendar date found in a line of text.
type textDate struct {
	Year, Month, Day int
	Start, End       int  // byte span of the date in the parsed string
	Weekday          bool // a weekday name stands just before it ("Friday, May 9, 2025")
	Clock            bool // a clock time follows it ("9:08:17 AM", "T05:05:13Z")
}

// Time returns the date at midnight UTC.
func (d textDate) Time() time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}

// parseTextDate parses the first date in s: ISO 8601 and RFC 3339
// ("2024-03-24", "2024-03-24T05:05:13.750Z"), numeric dates with a four-digit
// year ("3/25/2024 9:08:17 AM", "25.03.2024"), and dates with a month name in
// English, Spanish, French, German, Portuguese, Italian or Dutch ("March 24,
// 2024", "24 March 2024", "25 de marzo de 2024", "1er mars 2024", "3. März
// 2024", "April 4th, 2017", "Mon, 02 Jan 2006 15:04:05 MST"). It returns
// false when s holds no full date: a month and year alone, a two-digit year
// and relative dates ("3 days ago") are not dates here.
func parseTextDate(s string) (time.Time, bool) {
	d, ok := findDate(s)
	if !ok {
		return time.Time{}, false
	}
	return d.Time(), true
}

// Token kinds of the date scanner.
const (
	dtNum uint8 = iota + 1
	dtWord
	dtPunct
)

// dtok is one token of the date scanner.
type dtok struct {
	kind uint8
	nd   uint8 // digits, for numbers
	ch   rune  // the character, for punctuation
	s, e int   // byte span
	val  int   // value, for numbers
	word string
}

// maxDateTokens bounds the tokens of one line the date scanner looks at.
const maxDateTokens = 64

// findDate returns the first date in s.
func findDate(s string) (textDate, bool) { return findDateFolded(foldCase(s)) }

// findDateFolded returns the first date in text already folded by foldCase.
func findDateFolded(low string) (textDate, bool) {
	var buf [maxDateTokens]dtok
	toks := dateTokens(low, buf[:0])
	for i := range toks {
		d, end, ok := dateAt(toks, i)
		if !ok {
			continue
		}
		d.Start, d.End = toks[i].s, toks[end-1].e
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if toks[j].kind == dtWord {
				if weekdayNames[toks[j].word] {
					d.Weekday = true
				}
			}
		}
		if end+2 < len(toks) && toks[end].kind == dtNum && toks[end+1].kind == dtPunct && toks[end+1].ch == ':' && toks[end+2].kind == dtNum {
			d.Clock = true
		}
		if end+3 < len(toks) && toks[end].kind == dtWord && toks[end].word == "t" && toks[end+1].kind == dtNum && toks[end+2].ch == ':' {
			d.Clock = true
		}
		return d, true
	}
	return textDate{}, false
}

// dateTokens splits folded text into numbers, words and punctuation.
func dateTokens(low string, toks []dtok) []dtok {
	for i := 0; i < len(low) && len(toks) < cap(toks); {
		r, n := rune(low[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(low[i:])
		}
		switch {
		case r >= '0' && r <= '9':
			j, v := i, 0
			for j < len(low) && low[j] >= '0' && low[j] <= '9' {
				if j-i < 9 {
					v = v*10 + int(low[j]-'0')
				}
				j++
			}
			nd := j - i
			if nd > 255 {
				nd = 255
			}
			toks = append(toks, dtok{kind: dtNum, s: i, e: j, val: v, nd: uint8(nd)})
			i = j
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			j := i + n
			for j < len(low) {
				r2, n2 := utf8.DecodeRuneInString(low[j:])
				if !unicode.IsLetter(r2) && !unicode.Is(unicode.Mn, r2) {
					break
				}
				j += n2
			}
			toks = append(toks, dtok{kind: dtWord, s: i, e: j, word: low[i:j]})
			i = j
		case r == ' ' || isSpaceRune(r) || r == '\t':
			i += n
		default:
			toks = append(toks, dtok{kind: dtPunct, s: i, e: i + n, ch: r})
			i += n
		}
	}
	return toks
}

// dateAt tries the date forms at token i and returns the date and the index
// just past its last token.
func dateAt(t []dtok, i int) (textDate, int, bool) {
	a := t[i]
	if a.kind == dtNum {
		// Numbers glued to a longer numeric run (a phone number, a
		// version) are not dates.
		if i > 0 && t[i-1].kind == dtPunct && (t[i-1].ch == '/' || t[i-1].ch == '.' || t[i-1].ch == '-') && i > 1 && t[i-2].kind == dtNum {
			return textDate{}, 0, false
		}
		if d, end, ok := numericDate(t, i); ok {
			return d, end, true
		}
		if a.nd <= 2 {
			return dayFirstDate(t, i)
		}
		return textDate{}, 0, false
	}
	if a.kind == dtWord {
		if _, ok := monthNames[a.word]; ok {
			return monthFirstDate(t, i)
		}
	}
	return textDate{}, 0, false
}

// numericDate reads Y-M-D, D/M/Y and M/D/Y with a four-digit year.
func numericDate(t []dtok, i int) (textDate, int, bool) {
	if i+4 >= len(t) {
		return textDate{}, 0, false
	}
	a, p1, b, p2, c := t[i], t[i+1], t[i+2], t[i+3], t[i+4]
	if p1.kind != dtPunct || p2.kind != dtPunct || p1.ch != p2.ch || b.kind != dtNum || c.kind != dtNum {
		return textDate{}, 0, false
	}
	if p1.ch != '-' && p1.ch != '/' && p1.ch != '.' {
		return textDate{}, 0, false
	}
	if a.nd == 4 && b.nd <= 2 && c.nd <= 2 {
		d := textDate{Year: a.val, Month: b.val, Day: c.val}
		return d, i + 5, validDate(d)
	}
	if a.nd > 2 || b.nd > 2 || c.nd != 4 {
		return textDate{}, 0, false
	}
	// Day or month first: a value over 12 decides; otherwise a 12-hour
	// clock after a slashed date says American (M/D), else day first.
	dayFirst := true
	switch {
	case a.val > 12:
		dayFirst = true
	case b.val > 12:
		dayFirst = false
	case p1.ch == '/' && hasAmPm(t, i+5):
		dayFirst = false
	}
	d := textDate{Year: c.val, Month: b.val, Day: a.val}
	if !dayFirst {
		d.Month, d.Day = a.val, b.val
	}
	return d, i + 5, validDate(d)
}

// hasAmPm reports an "AM" or "PM" within a few tokens from i.
func hasAmPm(t []dtok, i int) bool {
	for j := i; j < len(t) && j < i+8; j++ {
		if t[j].kind == dtWord && (t[j].word == "am" || t[j].word == "pm" || t[j].word == "a" || t[j].word == "p") {
			return true
		}
	}
	return false
}

// dayFirstDate reads "24 March 2024", "25 de marzo de 2024", "4th of July,
// 2024", "3. März 2024", "29 August / Aug 2016".
func dayFirstDate(t []dtok, i int) (textDate, int, bool) {
	day := t[i].val
	j := i + 1
	if j < len(t) && t[j].kind == dtWord && ordinalSuffix[t[j].word] {
		j++
	}
	if j < len(t) && t[j].kind == dtPunct && t[j].ch == '.' {
		j++
	}
	if j < len(t) && t[j].kind == dtWord && dateConnector[t[j].word] {
		j++
	}
	if j >= len(t) || t[j].kind != dtWord {
		return textDate{}, 0, false
	}
	month, ok := monthNames[t[j].word]
	if !ok {
		return textDate{}, 0, false
	}
	j++
	j = skipMonthTail(t, j)
	if j >= len(t) || t[j].kind != dtNum || t[j].nd != 4 {
		return textDate{}, 0, false
	}
	d := textDate{Year: t[j].val, Month: month, Day: day}
	return d, j + 1, validDate(d)
}

// monthFirstDate reads "March 24, 2024", "Sept. 3 2024", "April 4th, 2017".
func monthFirstDate(t []dtok, i int) (textDate, int, bool) {
	month := monthNames[t[i].word]
	j := i + 1
	if j < len(t) && t[j].kind == dtPunct && t[j].ch == '.' {
		j++
	}
	if j >= len(t) || t[j].kind != dtNum || t[j].nd > 2 {
		return textDate{}, 0, false
	}
	day := t[j].val
	j++
	if j < len(t) && t[j].kind == dtWord && ordinalSuffix[t[j].word] {
		j++
	}
	if j < len(t) && t[j].kind == dtPunct && (t[j].ch == ',' || t[j].ch == '.') {
		j++
	}
	if j < len(t) && t[j].kind == dtWord && dateConnector[t[j].word] {
		j++
	}
	if j >= len(t) || t[j].kind != dtNum || t[j].nd != 4 {
		return textDate{}, 0, false
	}
	d := textDate{Year: t[j].val, Month: month, Day: day}
	return d, j + 1, validDate(d)
}

// skipMonthTail skips what may stand between a month name and the year:
// an abbreviation's period, a second spelling of the month after a slash,
// a comma, a connector ("de", "of").
func skipMonthTail(t []dtok, j int) int {
	if j < len(t) && t[j].kind == dtPunct && t[j].ch == '.' {
		j++
	}
	if j+1 < len(t) && t[j].kind == dtPunct && t[j].ch == '/' && t[j+1].kind == dtWord {
		if _, ok := monthNames[t[j+1].word]; ok {
			j += 2
			if j < len(t) && t[j].kind == dtPunct && t[j].ch == '.' {
				j++
			}
		}
	}
	if j < len(t) && t[j].kind == dtPunct && t[j].ch == ',' {
		j++
	}
	if j < len(t) && t[j].kind == dtWord && dateConnector[t[j].word] {
		j++
	}
	return j
}

// validDate checks the ranges, the length of the month and a plausible year.
func validDate(d textDate) bool {
	if d.Year < 1900 || d.Year > 2100 || d.Month < 1 || d.Month > 12 || d.Day < 1 {
		return false
	}
	return d.Day <= daysIn(d.Month, d.Year)
}

// daysIn returns the number of days of a month, leap years counted.
func daysIn(month, year int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// ordinalSuffix are the words that follow a day number ("4th", "1er", "1º").
var ordinalSuffix = map[string]bool{
	"st": true, "nd": true, "rd": true, "th": true, "er": true, "re": true,
	"º": true, "ª": true, "o": true, "e": true,
}

// dateConnector are the words between the parts of a date.
var dateConnector = map[string]bool{"de": true, "del": true, "of": true, "the": true, "di": true}

// monthNames maps folded month names and abbreviations to month numbers.
var monthNames = buildMonthNames()

// buildMonthNames builds monthNames from one list of spellings per month.
func buildMonthNames() map[string]int {
	lists := [12]string{
		"january jan enero ene janvier janv janeiro gennaio gen januar jänner januari",
		"february feb febrero février fevrier févr fevr fevereiro fev febbraio februar februari",
		"march mar marzo mars março marco märz maerz maart",
		"april apr abril avril avr aprile",
		"may mayo mai maio maggio mei",
		"june jun junio juin junho giugno juni",
		"july jul julio juillet juil julho luglio juli",
		"august aug agosto ago août aout augustus",
		"september sep sept septiembre setiembre septembre setembro set settembre",
		"october oct octubre octobre outubro out ottobre oktober okt",
		"november nov noviembre novembre novembro",
		"december dec diciembre dic décembre decembre déc dezembro dez dicembre dezember",
	}
	m := make(map[string]int, 160)
	for i, l := range lists {
		for _, w := range strings.Fields(l) {
			m[w] = i + 1
		}
	}
	return m
}

// weekdayNames are the folded weekday names and abbreviations.
var weekdayNames = buildSet(`monday tuesday wednesday thursday friday saturday sunday
	mon tue tues wed thu thur thurs fri sat sun
	lunes martes miércoles miercoles jueves viernes sábado sabado domingo
	lundi mardi mercredi jeudi vendredi samedi dimanche
	montag dienstag mittwoch donnerstag freitag samstag sonntag
	segunda terça terca quarta quinta sexta feira
	lunedì martedì mercoledì giovedì venerdì
	maandag dinsdag woensdag donderdag vrijdag zaterdag zondag`)

// dateVocabulary are the words a date line may hold besides its label: they
// do not count as other words.
var dateVocabulary = buildSet(`am pm a m p gmt utc est edt cst cdt mst mdt pst pdt et pt ist bst cet cest
	eet eest msk wib hkt sgt jst aest aedt z t h hrs hours at on the of de del le am um à às alle ore
	st nd rd th er o e updated published posted date dated last first`)

// dateLabel is what the words before a date call it.
type dateLabel uint8

const (
	dlNone      dateLabel = iota
	dlPublished           // "Published:", "Publicado", "date", "Posted on"
	dlUpdated             // "Updated", "Actualizado", "Modified"
)

// publishedLabels and updatedLabels name a date as the publication date or
// as the date of the last change.
var (
	publishedLabels = buildSet(`published publish publication publicado publicada publié publiée publie
		veröffentlicht pubblicato pubblicata posted date dated fecha datum data نشر نشره gepubliceerd`)
	updatedLabels = buildSet(`updated update actualizado actualizada modifié modifiée mis aktualisiert
		atualizado atualizada aggiornato aggiornata modified edited تعديل bijgewerkt`)
)

// dateLineWords returns the label before a date found in a line and the count
// of the line's other words: words that are neither part of a date, a clock
// time, nor date vocabulary.
func dateLineWords(low string, d textDate) (dateLabel, int) {
	label := dlNone
	other := 0
	for i := 0; i < len(low); {
		s, e := nextWord(low, i)
		if s < 0 {
			break
		}
		i = e
		w := low[s:e]
		if s < d.Start {
			if publishedLabels[w] {
				label = dlPublished
			} else if updatedLabels[w] {
				label = dlUpdated
			}
		}
		if s >= d.Start && e <= d.End {
			continue
		}
		if !hasLetter(w) || dateVocabulary[w] || publishedLabels[w] || updatedLabels[w] {
			continue
		}
		if _, ok := monthNames[w]; ok {
			continue
		}
		if weekdayNames[w] {
			continue
		}
		other++
	}
	return label, other
}

// buildSet makes a set of the white-space separated words of list.
func buildSet(list string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}
