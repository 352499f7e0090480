package evaluate

import (
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

// perturbed builds predictions from gold records with deterministic
// mistakes, so that every branch of the scorer is exercised.
func perturbed(recs []GoldRecord) map[string][]dossier.Incident {
	pred := map[string][]dossier.Incident{}
	for i, r := range recs {
		if i%11 == 10 {
			continue // a missing article
		}
		var incs []dossier.Incident
		for j, g := range append([]*GoldIncident{r.Main}, r.Other...) {
			if g == nil {
				continue
			}
			in := dossier.Incident{Main: j == 0}
			if g.Date != nil && (i+j)%3 != 0 {
				in.Date = *g.Date
			}
			if g.Country != nil {
				switch (i + j) % 4 {
				case 0:
					in.Country = *g.Country
				case 1:
					in.Country = "ZZ" // wrong
				case 2:
					in.Country = strings.ToLower(*g.Country) // right: case is ignored
				}
			}
			if g.Region != nil && i%2 == 0 {
				in.Region = *g.Region
			}
			if len(g.City) > 0 {
				switch i % 3 {
				case 0:
					in.City = g.City[len(g.City)-1]
				case 1:
					in.Place = "near " + g.City[0] + " station" // right: whole words inside place
				case 2:
					in.City = g.City[0] + "ville" // wrong
				}
			}
			for k, al := range g.Perpetrators {
				if (i+k)%5 != 3 {
					in.Perpetrators = append(in.Perpetrators, dossier.Perpetrator{Name: al[0], Aliases: al[1:]})
				}
			}
			if g.Killed != nil && i%4 != 3 {
				k := *g.Killed
				in.Killed = &k
			}
			if g.Injured != nil && i%5 != 4 {
				k := *g.Injured + i%2
				in.Injured = &k
			}
			if g.AttackType != nil && i%3 != 1 {
				in.AttackTypes = []string{*g.AttackType}
			}
			incs = append(incs, in)
		}
		if i%7 == 3 {
			incs = append(incs, dossier.Incident{Date: "1999", Country: "ZZ"})
		}
		pred[r.Key()] = incs
	}
	return pred
}

// TestScoreIncidentsMatchesReference runs the reference Python scorer on the
// same predictions and requires the same numbers.
func TestScoreIncidentsMatchesReference(t *testing.T) {
	script := filepath.Join("..", "..", "..", "shared", "eval", "score_incidents.py")
	if _, err := os.Stat(script); err != nil {
		t.Skip("reference scorer not present")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed")
	}
	for _, corpus := range []string{"seeds", "dev", "gva-dev"} {
		t.Run(corpus, func(t *testing.T) {
			goldPath := filepath.Join("..", "..", "..", "shared", "corpus", corpus, "gold.jsonl")
			recs, err := LoadGoldRecords(goldPath)
			if err != nil {
				t.Fatal(err)
			}
			pred := perturbed(recs)
			f, err := os.Create(filepath.Join(t.TempDir(), "pred.jsonl"))
			if err != nil {
				t.Fatal(err)
			}
			enc := json.NewEncoder(f)
			for _, r := range recs {
				incs, ok := pred[r.Key()]
				if !ok {
					continue
				}
				if err := enc.Encode(map[string]any{"id": r.Key(), "incidents": incs}); err != nil {
					t.Fatal(err)
				}
			}
			f.Close()
			out, err := exec.Command(py, script, goldPath, f.Name(), "--json").Output()
			if err != nil {
				t.Fatalf("reference scorer: %v", err)
			}
			var ref map[string][2]any
			if err := json.Unmarshal(out, &ref); err != nil {
				t.Fatal(err)
			}
			got := ScoreIncidents(recs, pred)
			check := func(name string, want any, have float64) {
				w, ok := want.(float64)
				if !ok {
					return // None in the reference: nothing scored
				}
				if math.Abs(w-have) > 1e-9 {
					t.Errorf("%s: reference %.4f, ours %.4f", name, w, have)
				}
			}
			for _, fs := range got.Fields {
				check(fs.Field, ref[fs.Field][0], fs.Accuracy)
			}
			check("mean", ref["mean"][0], got.Mean)
			check("other_recall", ref["other_recall"][0], got.OtherRecall)
			check("other_precision", ref["other_precision"][0], got.OtherPrecision)
			check("missing", ref["missing_articles"][0], float64(got.MissingArticles))
		})
	}
}
