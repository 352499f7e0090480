package export

import (
	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/gazetteer"
)

// attackLabels maps dossier's attack types to GTD's attacktype1_txt.
var attackLabels = map[string]string{
	dossier.Assassination:    "Assassination",
	dossier.ArmedAssault:     "Armed Assault",
	dossier.Bombing:          "Bombing/Explosion",
	dossier.Hijacking:        "Hijacking",
	dossier.HostageBarricade: "Hostage Taking (Barricade Incident)",
	dossier.Kidnapping:       "Hostage Taking (Kidnapping)",
	dossier.FacilityAttack:   "Facility/Infrastructure Attack",
	dossier.UnarmedAssault:   "Unarmed Assault",
	dossier.Unknown:          "Unknown",
}

// weaponLabels maps the weapon types of internal/extract (lexicon.go,
// weaponCues) to GTD's weaptype1_txt, with the rest of GTD's vocabulary in
// case the extractor learns it.
var weaponLabels = map[string]string{
	"firearms":     "Firearms",
	"explosives":   "Explosives",
	"melee":        "Melee",
	"incendiary":   "Incendiary",
	"vehicle":      "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)",
	"biological":   "Biological",
	"chemical":     "Chemical",
	"radiological": "Radiological",
	"nuclear":      "Nuclear",
	"fake_weapons": "Fake Weapons",
	"sabotage":     "Sabotage Equipment",
	"other":        "Other",
	"unknown":      "Unknown",
}

// targetLabels maps the target types of internal/extract (lexicon.go,
// targetCues) to GTD's targtype1_txt, with the rest of GTD's vocabulary.
var targetLabels = map[string]string{
	"civilians":             "Private Citizens & Property",
	"religious":             "Religious Figures/Institutions",
	"police":                "Police",
	"military":              "Military",
	"educational":           "Educational Institution",
	"government_diplomatic": "Government (Diplomatic)",
	"government":            "Government (General)",
	"business":              "Business",
	"airports_aircraft":     "Airports & Aircraft",
	"journalists_media":     "Journalists & Media",
	"transportation":        "Transportation",
	"abortion_related":      "Abortion Related",
	"food_water":            "Food or Water Supply",
	"maritime":              "Maritime",
	"ngo":                   "NGO",
	"telecommunication":     "Telecommunication",
	"terrorists":            "Terrorists/Non-State Militia",
	"tourists":              "Tourists",
	"utilities":             "Utilities",
	"violent_political":     "Violent Political Party",
	"other":                 "Other",
	"unknown":               "Unknown",
}

// gtdCountry holds GTD's country_txt where it differs from the gazetteer's
// short English name.
var gtdCountry = map[string]string{
	"BA": "Bosnia-Herzegovina",
	"CD": "Democratic Republic of the Congo",
	"CZ": "Czech Republic",
	"MK": "Macedonia",
	"PS": "West Bank and Gaza Strip",
	"SK": "Slovak Republic",
	"SZ": "Swaziland",
	"TL": "East Timor",
	"TR": "Turkey",
}

// gazetteerCountry is the gazetteer's name for an ISO 3166-1 code.
func gazetteerCountry(code string) (string, bool) {
	c, ok := gazetteer.CountryByCode(code)
	if !ok || c.Name == "" {
		return "", false
	}
	return c.Name, true
}
