// Package gazetteer is everything dossier knows about places: the ISO 3166-1
// countries with their names, aliases and demonyms, the first-level regions
// of every country (states, provinces, oblasts) with abbreviations, and the
// populated places of GeoNames (about 135,000, with coordinates and
// population). The data is embedded in the binary and loaded once, lazily.
//
// Lookups (CountryByName, Cities, CityByName, RegionByName, Resolve) fold
// case, accents and punctuation. Find reads a text and returns the spans
// that name countries, demonyms, regions and cities.
//
// The generated files under data/ are made by tools/gengazetteer from npm
// packages; the hand-written ones beside them are edited directly. See
// README.md for the sources, their licences and how to regenerate.
package gazetteer

//go:generate go run ../../tools/gengazetteer -out data
//go:generate go run ../../tools/genoutlets -in ../../tools/genoutlets -out data/outlets.tsv
