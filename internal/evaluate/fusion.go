package evaluate

import (
	"fmt"
	"io"
	"sort"

	"github.com/dossier-project/dossier"
)

// FusionReport scores fused incidents against a gold grouping (the
// `incident` field of gold.jsonl): pairwise precision and recall of the
// grouping of articles by their main incident, and the share of gold
// incidents whose fused killed and injured equal the gold.
type FusionReport struct {
	Articles        int     `json:"articles"`
	GoldIncidents   int     `json:"gold_incidents"`
	Predicted       int     `json:"predicted_incidents"` // distinct predicted incidents among the articles
	GoldPairs       int     `json:"gold_pairs"`
	PredictedPairs  int     `json:"predicted_pairs"`
	TruePairs       int     `json:"true_pairs"`
	Precision       float64 `json:"pair_precision"`
	Recall          float64 `json:"pair_recall"`
	KilledN         int     `json:"killed_n"`
	KilledAccuracy  float64 `json:"killed_accuracy"`
	InjuredN        int     `json:"injured_n"`
	InjuredAccuracy float64 `json:"injured_accuracy"`
	// Misses lists the wrongly split and wrongly merged article pairs and
	// the incidents whose counts are wrong, for a developer to read.
	Misses []string `json:"misses,omitempty"`
}

// ScoreFusion scores fused incidents against the gold records that carry an
// incident id. An article belongs to the fused incident that lists it as a
// main source; an article in none stands alone. A gold incident's fused
// counts are those of the fused incident holding most of its articles.
func ScoreFusion(gold []GoldRecord, fused []dossier.Fused) FusionReport {
	var rep FusionReport
	incOf := map[string]int{} // article -> fused index
	for i, f := range fused {
		for _, s := range f.Sources {
			if s.Main {
				incOf[s.Article] = i
			}
		}
	}
	var recs []GoldRecord
	for _, g := range gold {
		if g.Incident != "" {
			recs = append(recs, g)
		}
	}
	rep.Articles = len(recs)
	if len(recs) == 0 {
		return rep
	}
	pred := func(g GoldRecord) int {
		if i, ok := incOf[g.Key()]; ok {
			return i
		}
		return -1
	}
	distinct := map[int]bool{}
	alone := 0
	for _, g := range recs {
		if p := pred(g); p >= 0 {
			distinct[p] = true
		} else {
			alone++
		}
	}
	rep.Predicted = len(distinct) + alone
	for i := range recs {
		for j := i + 1; j < len(recs); j++ {
			same := recs[i].Incident == recs[j].Incident
			pi, pj := pred(recs[i]), pred(recs[j])
			together := pi >= 0 && pi == pj
			if same {
				rep.GoldPairs++
			}
			if together {
				rep.PredictedPairs++
			}
			switch {
			case same && together:
				rep.TruePairs++
			case same:
				rep.Misses = append(rep.Misses, fmt.Sprintf("split  %s %s (gold %s)", recs[i].Key(), recs[j].Key(), recs[i].Incident))
			case together:
				rep.Misses = append(rep.Misses, fmt.Sprintf("merged %s %s (gold %s and %s)", recs[i].Key(), recs[j].Key(), recs[i].Incident, recs[j].Incident))
			}
		}
	}
	rep.Precision = ratio(rep.TruePairs, rep.PredictedPairs)
	rep.Recall = ratio(rep.TruePairs, rep.GoldPairs)

	byInc := map[string][]GoldRecord{}
	var order []string
	for _, g := range recs {
		if _, ok := byInc[g.Incident]; !ok {
			order = append(order, g.Incident)
		}
		byInc[g.Incident] = append(byInc[g.Incident], g)
	}
	rep.GoldIncidents = len(order)
	var killedOK, injuredOK int
	for _, id := range order {
		gs := byInc[id]
		n := map[int]int{}
		best := -1
		for _, g := range gs {
			if p := pred(g); p >= 0 {
				n[p]++
				if best < 0 || n[p] > n[best] || n[p] == n[best] && p < best {
					best = p
				}
			}
		}
		g := gs[0].Main
		if g == nil {
			continue
		}
		for _, c := range []struct {
			name string
			want *int
			got  func(*dossier.Fused) *int
			n    *int
			ok   *int
		}{
			{"killed", g.Killed, func(f *dossier.Fused) *int { return f.Killed }, &rep.KilledN, &killedOK},
			{"injured", g.Injured, func(f *dossier.Fused) *int { return f.Injured }, &rep.InjuredN, &injuredOK},
		} {
			if c.want == nil {
				continue
			}
			*c.n++
			var got *int
			if best >= 0 {
				got = c.got(&fused[best])
			}
			if got != nil && *got == *c.want {
				*c.ok++
				continue
			}
			rep.Misses = append(rep.Misses, fmt.Sprintf("%-6s gold %s: want %d, got %s", c.name, id, *c.want, intOrNull(got)))
		}
	}
	rep.KilledAccuracy = ratio(killedOK, rep.KilledN)
	rep.InjuredAccuracy = ratio(injuredOK, rep.InjuredN)
	sort.Strings(rep.Misses)
	return rep
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// WriteFusionReport prints a fusion report; with misses, every miss.
func WriteFusionReport(w io.Writer, r FusionReport, misses bool) error {
	_, err := fmt.Fprintf(w, "fusion: %d articles, %d gold incidents, %d predicted\n"+
		"pair_precision %.3f  (%d of %d predicted pairs)\n"+
		"pair_recall    %.3f  (%d of %d gold pairs)\n"+
		"fused_killed   %.3f  (n=%d)\n"+
		"fused_injured  %.3f  (n=%d)\n",
		r.Articles, r.GoldIncidents, r.Predicted,
		r.Precision, r.TruePairs, r.PredictedPairs,
		r.Recall, r.TruePairs, r.GoldPairs,
		r.KilledAccuracy, r.KilledN, r.InjuredAccuracy, r.InjuredN)
	if err != nil || !misses {
		return err
	}
	for _, m := range r.Misses {
		if _, err := fmt.Fprintln(w, "  "+m); err != nil {
			return err
		}
	}
	return nil
}
