package extract

import (
	"testing"

	"github.com/dossier-project/dossier"
)

// TestTownSpellings: a town the gazetteer holds under another
// romanisation keeps the text's spelling and gains the gazetteer's
// coordinates and region; "near the town of" places the incident when no
// town is named with "in".
func TestTownSpellings(t *testing.T) {
	a := &dossier.Article{ID: "noshki", Language: "en", Published: day("2024-04-13"),
		Title: "Gunmen kill nine bus passengers in Pakistan",
		Text: "QUETTA, Pakistan - Gunmen stopped a bus on a highway late Friday, forced nine passengers off and shot them dead, officials said.\n\n" +
			"The attack happened near the town of Noshki, the police chief said."}
	res := Article(a)
	if len(res.Incidents) == 0 {
		t.Fatal("no incident")
	}
	m := res.Incidents[0]
	if m.City != "Noshki" || m.Lat == nil || m.Region != "Balochistan" {
		t.Errorf("city %q lat %v region %q, want Noshki with coordinates in Balochistan", m.City, m.Lat, m.Region)
	}
}
