package web

import (
	"fmt"
	"html/template"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/gazetteer"
	"github.com/dossier-project/dossier/internal/groups"
)

// funcs are the template functions. None of them returns template.HTML:
// whatever they give is escaped by html/template like any other value.
func (s *site) funcs() template.FuncMap {
	return template.FuncMap{
		"asset":     s.assetURL,
		"country":   countryName,
		"attack":    attackLabel,
		"weapon":    weaponLabel,
		"target":    targetLabel,
		"qualifier": qualifierLabel,
		"role":      roleLabel,
		"num":       formatInt,
		"count":     formatCount,
		"date":      formatDate,
		"shortDate": shortDate,
		"place":     placeOf,
		"plural":    plural,
		"pathEsc":   url.PathEscape,
		"incURL":    func(id string) string { return "/incidents/" + url.PathEscape(id) },
		"artURL":    func(id string) string { return "/articles/" + url.PathEscape(id) },
		"groupURL":  groupURL,
		"groupByID": func(id string) *groups.Group {
			g, _ := groups.ByID(id)
			return g
		},
		"groupIncidents": func(name string) string { return "/?group=" + url.QueryEscape(name) },
		"httpURL":        httpURL,
		"join":           strings.Join,
		"add":            func(a, b int) int { return a + b },
		"f1":             func(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) },
		"coord":          func(v float64) string { return strconv.FormatFloat(v, 'f', 4, 64) },
		"fval":           func(p *float64) float64 { return *p },
		"deref":          func(p *int) int { return *p },
		"fsub":           func(a, b float64) float64 { return a - b },
		"fadd":           func(a, b float64) float64 { return a + b },
		"half":           func(a float64) float64 { return a / 2 },
		"minus":          func(a, b int) int { return a - b },
	}
}

// countryName is the English name of an ISO 3166-1 code, the code itself
// when unknown.
func countryName(code string) string {
	if code == "" {
		return ""
	}
	if c, ok := gazetteer.CountryByCode(code); ok {
		return c.Name
	}
	return code
}

var attackLabels = map[string]string{
	dossier.Assassination:    "Assassination",
	dossier.ArmedAssault:     "Armed assault",
	dossier.Bombing:          "Bombing",
	dossier.Hijacking:        "Hijacking",
	dossier.HostageBarricade: "Hostage taking (barricade)",
	dossier.Kidnapping:       "Kidnapping",
	dossier.FacilityAttack:   "Attack on a facility",
	dossier.UnarmedAssault:   "Unarmed assault",
}

var weaponLabels = map[string]string{
	"firearms": "Firearms", "explosives": "Explosives", "melee": "Knives and blades",
	"incendiary": "Incendiary", "vehicle": "Vehicle", "biological": "Biological",
	"chemical": "Chemical", "radiological": "Radiological", "nuclear": "Nuclear",
	"fake_weapons": "Fake weapons", "sabotage": "Sabotage equipment", "other": "Other", "unknown": "Unknown",
}

var targetLabels = map[string]string{
	"civilians": "Civilians", "religious": "Religious figures and places", "police": "Police",
	"military": "Military", "educational": "Schools and universities",
	"government_diplomatic": "Diplomats", "government": "Government", "business": "Businesses",
	"airports_aircraft": "Airports and aircraft", "journalists_media": "Journalists and media",
	"transportation": "Transport", "abortion_related": "Abortion-related", "food_water": "Food or water supply",
	"maritime": "Maritime", "ngo": "NGOs", "telecommunication": "Telecommunications",
	"terrorists": "Armed groups", "tourists": "Tourists", "utilities": "Utilities",
	"violent_political": "Violent political party", "other": "Other", "unknown": "Unknown",
}

// label is table's label of v, or v with underscores made spaces.
func label(table map[string]string, v string) string {
	if l, ok := table[v]; ok {
		return l
	}
	return strings.ReplaceAll(v, "_", " ")
}

func attackLabel(v string) string { return label(attackLabels, v) }
func weaponLabel(v string) string { return label(weaponLabels, v) }
func targetLabel(v string) string { return label(targetLabels, v) }

// qualifierLabel is how a figure's qualifier reads before its value: ""
// for an exact figure.
func qualifierLabel(q string) string {
	switch q {
	case "", "exact":
		return ""
	case "at_least":
		return "at least"
	case "more_than":
		return "more than"
	case "about":
		return "about"
	case "nearly":
		return "nearly"
	case "up_to":
		return "up to"
	case "vague":
		return "at least" // "several", "dozens": a lower bound
	}
	return strings.ReplaceAll(q, "_", " ")
}

// roleLabel is how a perpetrator's role reads.
func roleLabel(r string) string {
	switch r {
	case dossier.RoleClaimed:
		return "claimed it"
	case dossier.RoleAttributed:
		return "attributed by officials"
	case dossier.RoleSuspected:
		return "suspected"
	}
	return r
}

// formatInt writes n with thousands separators.
func formatInt(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// formatCount writes a count that may be unknown.
func formatCount(p *int) string {
	if p == nil {
		return "unknown"
	}
	return formatInt(*p)
}

// parseDate reads an ISO date at the precision it has (YYYY, YYYY-MM,
// YYYY-MM-DD) and says which.
func parseDate(d string) (t time.Time, precision int, ok bool) {
	for i, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, d); err == nil {
			return t, 3 - i, true
		}
	}
	return time.Time{}, 0, false
}

// formatDate writes an ISO date for people at its precision: "22 March
// 2024", "March 2024", "2024"; "undated" for none.
func formatDate(d string) string { return dateAt(d, "2 January 2006", "January 2006") }

// shortDate writes "22 Mar 2024" (or less) for lists and charts.
func shortDate(d string) string { return dateAt(d, "2 Jan 2006", "Jan 2006") }

// dateAt writes d in the layout of its precision (a day, a month; a year
// is written as such), "undated" for none, d itself when it cannot be read.
func dateAt(d, day, month string) string {
	t, p, ok := parseDate(d)
	switch {
	case d == "":
		return "undated"
	case !ok:
		return d
	case p == 3:
		return t.Format(day)
	case p == 2:
		return t.Format(month)
	}
	return t.Format("2006")
}

// placeOf writes where an incident happened: place, city, region, country,
// each once.
func placeOf(place, city, region, country string) string {
	var parts []string
	for _, p := range []string{place, city, region, countryName(country)} {
		if p == "" {
			continue
		}
		dup := false
		for _, q := range parts {
			if strings.EqualFold(p, q) {
				dup = true
			}
		}
		if !dup {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return "place unknown"
	}
	return strings.Join(parts, ", ")
}

// plural writes "1 source", "3 sources".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return formatInt(n) + " " + many
}

// groupURL is the page of a perpetrator: its catalogue page, else the list
// of incidents naming it.
func groupURL(name string) string {
	if g, ok := groups.Lookup(name); ok && !g.Generic {
		return "/groups/" + url.PathEscape(g.ID)
	}
	return "/?group=" + url.QueryEscape(name)
}

// httpURL returns raw when it is an absolute http or https URL, else "":
// only such a URL becomes a link (never javascript:, data: and the like).
func httpURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	return u.String()
}

// segment is a piece of a text to show, marked or not.
type segment struct {
	Text string
	Mark bool
}

// markSnippet splits a search snippet at the store's match markers.
func markSnippet(s string, start, end string) []segment {
	var out []segment
	for s != "" {
		i := strings.Index(s, start)
		if i < 0 {
			out = append(out, segment{Text: s})
			break
		}
		if i > 0 {
			out = append(out, segment{Text: s[:i]})
		}
		s = s[i+len(start):]
		j := strings.Index(s, end)
		if j < 0 {
			out = append(out, segment{Text: s, Mark: true})
			break
		}
		out = append(out, segment{Text: s[:j], Mark: true})
		s = s[j+len(end):]
	}
	return out
}

// markNumber splits a sentence around the first whole-number occurrence of
// n (written with or without thousands separators), so the figure can be
// highlighted; the sentence whole when n is not written in digits.
func markNumber(sentence string, n int) []segment {
	for _, w := range []string{strconv.Itoa(n), formatInt(n)} {
		from := 0
		for {
			i := strings.Index(sentence[from:], w)
			if i < 0 {
				break
			}
			i += from
			j := i + len(w)
			if (i == 0 || !isDigitOrSep(sentence, i-1)) && (j == len(sentence) || !isDigitAt(sentence, j)) {
				var out []segment
				if i > 0 {
					out = append(out, segment{Text: sentence[:i]})
				}
				out = append(out, segment{Text: w, Mark: true})
				if j < len(sentence) {
					out = append(out, segment{Text: sentence[j:]})
				}
				return out
			}
			from = j
		}
	}
	return []segment{{Text: sentence}}
}

func isDigitAt(s string, i int) bool { return s[i] >= '0' && s[i] <= '9' }

func isDigitOrSep(s string, i int) bool {
	return isDigitAt(s, i) || (s[i] == ',' || s[i] == '.') && i > 0 && isDigitAt(s, i-1)
}

// truncate shortens s to at most n runes, with an ellipsis.
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// itoaOr writes n, or alt when n is nil.
func itoaOr(n *int, alt string) string {
	if n == nil {
		return alt
	}
	return formatInt(*n)
}

// describe is a one-line account of an incident for a tooltip.
func describe(title, date, place string, killed, injured *int) string {
	s := fmt.Sprintf("%s — %s, %s", title, shortDate(date), place)
	if killed != nil {
		s += fmt.Sprintf("; %s killed", formatInt(*killed))
	}
	if injured != nil {
		s += fmt.Sprintf("; %s injured", formatInt(*injured))
	}
	return s
}
