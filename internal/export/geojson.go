package export

import (
	"encoding/json"
	"io"

	"github.com/dossier-project/dossier"
)

// GeoJSON writes incs as a GeoJSON FeatureCollection (RFC 7946), indented by
// two spaces. An incident with coordinates is a Point feature ([lon, lat]);
// one without has a null geometry, which is valid GeoJSON and keeps every
// incident in the collection. Each feature's id is the incident's, and its
// properties are: id, title, date, country (ISO code), country_name, region,
// city, place, kind, attack_types, perpetrators (names), killed, injured,
// killed_range, injured_range, sources (how many), witnesses and summary.
// Unknown values are null.
func GeoJSON(w io.Writer, incs []dossier.Fused) error {
	fc := featureCollection{Type: "FeatureCollection", Features: []feature{}}
	for _, f := range incs {
		fc.Features = append(fc.Features, toFeature(f))
	}
	b, err := json.MarshalIndent(fc, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

type featureCollection struct {
	Type     string    `json:"type"`
	Features []feature `json:"features"`
}

type feature struct {
	Type       string     `json:"type"`
	ID         string     `json:"id"`
	Geometry   *point     `json:"geometry"`
	Properties properties `json:"properties"`
}

type point struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"`
}

type properties struct {
	ID           string   `json:"id"`
	Title        *string  `json:"title"`
	Date         *string  `json:"date"`
	Country      *string  `json:"country"`
	CountryName  *string  `json:"country_name"`
	Region       *string  `json:"region"`
	City         *string  `json:"city"`
	Place        *string  `json:"place"`
	Kind         *string  `json:"kind"`
	AttackTypes  []string `json:"attack_types"`
	Perpetrators []string `json:"perpetrators"`
	Killed       *int     `json:"killed"`
	Injured      *int     `json:"injured"`
	KilledRange  *[2]int  `json:"killed_range"`
	InjuredRange *[2]int  `json:"injured_range"`
	Sources      int      `json:"sources"`
	Witnesses    int      `json:"witnesses"`
	Summary      string   `json:"summary"`
}

func toFeature(f dossier.Fused) feature {
	ft := feature{Type: "Feature", ID: f.ID, Properties: properties{
		ID: f.ID, Title: null(f.Title), Date: null(f.Date),
		Country: null(f.Country), CountryName: null(countryName(f.Country)),
		Region: null(f.Region), City: null(f.City), Place: null(f.Place),
		Kind:        null(f.Kind),
		AttackTypes: append([]string{}, f.AttackTypes...), Perpetrators: []string{},
		Killed: f.Killed, Injured: f.Injured,
		KilledRange: f.KilledRange, InjuredRange: f.InjuredRange,
		Sources: len(f.Sources), Witnesses: f.Witnesses,
		Summary: Summary(f),
	}}
	for _, p := range f.Perpetrators {
		ft.Properties.Perpetrators = append(ft.Properties.Perpetrators, p.Name)
	}
	if f.Lat != nil && f.Lon != nil {
		ft.Geometry = &point{Type: "Point", Coordinates: [2]float64{*f.Lon, *f.Lat}}
	}
	return ft
}

// null is nil for an empty string, so that it is printed as JSON null.
func null(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
