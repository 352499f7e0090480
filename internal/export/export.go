// Package export writes fused incidents ([]dossier.Fused) in the formats of
// `dossier incidents --format`: JSON (the records of INTERFACE.md), CSV with
// the column names of the Global Terrorism Database codebook, GeoJSON for
// maps, and a Markdown dossier for reading.
//
// Every string in a fused incident comes from scraped news and is treated as
// hostile: the Markdown escapes it so that it cannot inject HTML or links, and
// only http(s) URLs are ever printed.
package export

import (
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/dossier-project/dossier"
)

// Formats lists the format names Write accepts.
var Formats = []string{"json", "csv", "geojson", "md"}

// Write writes incs to w in the named format. An unknown format is an error naming it.
func Write(w io.Writer, format string, incs []dossier.Fused) error {
	switch format {
	case "json":
		return JSON(w, incs)
	case "csv":
		return CSV(w, incs)
	case "geojson":
		return GeoJSON(w, incs)
	case "md":
		return Markdown(w, incs)
	}
	return fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

// safeURL returns raw as an absolute http or https URL fit to print inside a
// Markdown autolink or a CSV cell, and false for anything else (javascript:,
// data:, relative or malformed URLs). Bytes outside a conservative set are
// percent-encoded, so the result holds no space, quote, angle bracket, pipe,
// backtick or backslash.
func safeURL(raw string) (string, bool) {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "", false
	}
	if s := strings.ToLower(u.Scheme); s != "http" && s != "https" {
		return "", false
	}
	var b strings.Builder
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
			strings.IndexByte("-._~:/?#[]@!$&'()*+,;=%", c) >= 0 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String(), true
}

// oneLine folds every run of white space (newlines included) into one space
// and trims the ends.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// countryName is the gazetteer's English name for an ISO 3166-1 code
// ("Russia" for "RU"), or the code itself when the gazetteer does not know it.
func countryName(code string) string {
	if code == "" {
		return ""
	}
	if n, ok := gazetteerCountry(code); ok {
		return n
	}
	return code
}

// gtdCountryName is a country's name as GTD's country_txt spells it.
func gtdCountryName(code string) string {
	if n, ok := gtdCountry[strings.ToUpper(strings.TrimSpace(code))]; ok {
		return n
	}
	return countryName(code)
}

// label returns the entry of table for v, or v itself.
func label(table map[string]string, v string) string {
	if l, ok := table[v]; ok {
		return l
	}
	return v
}

// firstLabel is the GTD label of the first value of vs, "Unknown" when there
// is none.
func firstLabel(table map[string]string, vs []string) string {
	if len(vs) == 0 {
		return "Unknown"
	}
	return label(table, vs[0])
}

// placeParts lists the known parts of an incident's location, from the most
// to the least precise: place, city, region, country (name or code).
func placeParts(f dossier.Fused, withPlace, countryAsName bool) []string {
	var parts []string
	if withPlace && f.Place != "" {
		parts = append(parts, f.Place)
	}
	for _, p := range []string{f.City, f.Region} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if f.Country != "" {
		if countryAsName {
			parts = append(parts, countryName(f.Country))
		} else {
			parts = append(parts, f.Country)
		}
	}
	return parts
}
