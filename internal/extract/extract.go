// Package extract reads one cleaned article and returns the incidents it
// tells of (the main one and the earlier or related ones it recalls) and
// the quotes, every value with the sentence it came from.
//
// It is pure and deterministic: the same article gives the same result, so
// it runs on any number of workers.
package extract

import (
	"github.com/dossier-project/dossier"
)

// Result is what one article yields.
type Result struct {
	Incidents []dossier.Incident
	Quotes    []dossier.Quote
}

// Article extracts the incidents and quotes of a.
func Article(a *dossier.Article) Result {
	return Result{Incidents: []dossier.Incident{}, Quotes: []dossier.Quote{}}
}
