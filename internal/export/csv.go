package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dossier-project/dossier"
)

// CSVHeader is the header row CSV writes: column names of the Global
// Terrorism Database codebook.
var CSVHeader = []string{
	"eventid", "iyear", "imonth", "iday", "country_txt", "provstate", "city",
	"latitude", "longitude", "attacktype1_txt", "weaptype1_txt", "targtype1_txt",
	"gname", "claimed", "nkill", "nwound", "summary", "scite1", "scite2", "scite3",
}

// CSV writes incs as CSV with the column names of the Global Terrorism
// Database codebook (CSVHeader), one row per incident, following GTD's
// conventions: 0 for an unknown month or day, the country's name (not its
// code), GTD's label text for the first attack type, weapon and target
// ("Unknown" when none), "Unknown" for the group when none is named, and
// claimed 1 when a group claimed the attack. Unknown coordinates and
// casualty counts are left blank. summary is one line composed from the
// record; scite1 to scite3 cite up to three sources, original reports
// before copies, as `Publisher, "Title", published date, URL`.
//
// A text cell that a spreadsheet would read as a formula (one beginning with
// =, +, -, @, a tab or a carriage return) is prefixed with a single quote.
func CSV(w io.Writer, incs []dossier.Fused) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, f := range incs {
		if err := cw.Write(csvRow(f)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvRow is one incident's CSV row, in the order of CSVHeader.
func csvRow(f dossier.Fused) []string {
	y, m, d := dateParts(f.Date)
	lat, lon := "", ""
	if f.Lat != nil && f.Lon != nil {
		lat = strconv.FormatFloat(*f.Lat, 'f', -1, 64)
		lon = strconv.FormatFloat(*f.Lon, 'f', -1, 64)
	}
	gname := "Unknown"
	if len(f.Perpetrators) > 0 && strings.TrimSpace(f.Perpetrators[0].Name) != "" {
		gname = f.Perpetrators[0].Name
	}
	claimed := "0"
	for _, p := range f.Perpetrators {
		if p.Role == dossier.RoleClaimed {
			claimed = "1"
		}
	}
	row := []string{
		cell(f.ID), y, m, d,
		cell(gtdCountryName(f.Country)), cell(f.Region), cell(f.City),
		lat, lon,
		cell(firstLabel(attackLabels, f.AttackTypes)),
		cell(firstLabel(weaponLabels, f.Weapons)),
		cell(firstLabel(targetLabels, f.Targets)),
		cell(gname), claimed,
		intOrBlank(f.Killed), intOrBlank(f.Injured),
		cell(Summary(f)),
	}
	cites := citeSources(f.Sources, 3)
	for i := range 3 {
		s := ""
		if i < len(cites) {
			s = cite(cites[i])
		}
		row = append(row, cell(s))
	}
	return row
}

// cell makes a scraped string one line, and defuses spreadsheet formulas.
func cell(s string) string {
	s = oneLine(s)
	if s != "" && strings.IndexByte("=+-@\t\r", s[0]) >= 0 {
		return "'" + s
	}
	return s
}

// intOrBlank formats a count, blank when unknown.
func intOrBlank(n *int) string {
	if n == nil {
		return ""
	}
	return strconv.Itoa(*n)
}

// dateParts splits an ISO 8601 date at its precision ("2024-03-22",
// "2024-03", "2024") into GTD's iyear, imonth and iday: 0 for an unknown
// month or day, and a blank year when the date is unknown.
func dateParts(date string) (y, m, d string) {
	parts := strings.Split(strings.TrimSpace(date), "-")
	num := func(i, lo, hi int) (int, bool) {
		if i >= len(parts) {
			return 0, false
		}
		n, err := strconv.Atoi(parts[i])
		if err != nil || n < lo || n > hi {
			return 0, false
		}
		return n, true
	}
	yn, ok := num(0, 1, 9999)
	if !ok {
		return "", "0", "0"
	}
	mn, ok := num(1, 1, 12)
	if !ok {
		return strconv.Itoa(yn), "0", "0"
	}
	dn, ok := num(2, 1, 31)
	if !ok {
		dn = 0
	}
	return strconv.Itoa(yn), strconv.Itoa(mn), strconv.Itoa(dn)
}

// citeSources picks up to n sources to cite: original reports first, then
// copies, each group in the order of the record.
func citeSources(srcs []dossier.Source, n int) []dossier.Source {
	var out []dossier.Source
	for _, copies := range []bool{false, true} {
		for _, s := range srcs {
			if (s.CopyOf != "") == copies && len(out) < n {
				out = append(out, s)
			}
		}
	}
	return out
}

// cite formats a source as `Publisher, "Title", published date, URL`,
// leaving out the parts that are unknown and any URL that is not http(s).
func cite(s dossier.Source) string {
	var parts []string
	if p := oneLine(s.Publisher); p != "" {
		parts = append(parts, p)
	}
	if t := oneLine(s.Title); t != "" {
		parts = append(parts, `"`+t+`"`)
	}
	if s.Published != "" {
		parts = append(parts, oneLine(s.Published))
	}
	if u, ok := safeURL(s.URL); ok {
		parts = append(parts, u)
	}
	if len(parts) == 0 {
		return oneLine(s.Article)
	}
	return strings.Join(parts, ", ")
}

// Summary is a one-line summary of an incident for lists and GTD's summary
// column: "2024-03-22: armed assault in Krasnogorsk, Moscow Oblast, RU; 137
// killed; claimed by Islamic State Khorasan Province. Crocus City Hall."
func Summary(f dossier.Fused) string {
	var b strings.Builder
	if f.Date != "" {
		b.WriteString(oneLine(f.Date) + ": ")
	} else {
		b.WriteString("Date unknown: ")
	}
	what := "incident"
	if len(f.AttackTypes) > 0 {
		var ts []string
		for _, t := range f.AttackTypes {
			ts = append(ts, strings.ReplaceAll(oneLine(t), "_", " "))
		}
		what = strings.Join(ts, " and ")
	}
	if f.Suicide {
		what = "suicide " + what
	}
	switch f.Kind {
	case "", "attack":
	case "plot":
		what = "foiled plot: " + what
	default:
		what = oneLine(f.Kind) + ": " + what
	}
	b.WriteString(what)
	if where := placeParts(f, false, false); len(where) > 0 {
		b.WriteString(" in " + oneLine(strings.Join(where, ", ")))
	}
	if f.Killed != nil {
		fmt.Fprintf(&b, "; %d killed", *f.Killed)
	}
	if f.Injured != nil {
		fmt.Fprintf(&b, "; %d injured", *f.Injured)
	}
	for _, role := range []struct{ role, says string }{
		{dossier.RoleClaimed, "claimed by"},
		{dossier.RoleAttributed, "attributed to"},
		{dossier.RoleSuspected, "suspected:"},
	} {
		var names []string
		for _, p := range f.Perpetrators {
			if p.Role == role.role && oneLine(p.Name) != "" {
				names = append(names, oneLine(p.Name))
			}
		}
		if len(names) > 0 {
			b.WriteString("; " + role.says + " " + strings.Join(names, ", "))
		}
	}
	b.WriteString(".")
	if p := oneLine(f.Place); p != "" {
		b.WriteString(" " + p)
		if !strings.HasSuffix(p, ".") {
			b.WriteString(".")
		}
	}
	return b.String()
}
