package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/batch"
	"github.com/dossier-project/dossier/internal/dedup"
	"github.com/dossier-project/dossier/internal/evaluate"
	"github.com/dossier-project/dossier/internal/fuse"
)

func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval", "[--format text|json] [--min-f1 F] CORPUS_DIR", stderr)
	format := fs.String("format", "text", "report `format`: text or json")
	minF1 := fs.Float64("min-f1", 0, "exit 1 when body F1 is below `F` (a CI gate)")
	minDate := fs.Float64("min-published", 0, "exit 1 when publication-date accuracy is below `A` (a CI gate)")
	minField := fs.Float64("min-field", 0, "exit 1 when a main-incident field's accuracy is below `A` (a CI gate)")
	fieldFloors := map[string]float64{}
	fs.Func("min-field-of", "exit 1 when one field's accuracy is below its floor: `FIELD=A` (\"country=0.95\"; repeatable; a CI gate)", func(v string) error {
		name, val, ok := strings.Cut(v, "=")
		if !ok || !slices.Contains(evaluate.Fields, name) {
			return fmt.Errorf("want FIELD=A with FIELD one of %s", strings.Join(evaluate.Fields, ", "))
		}
		a, err := strconv.ParseFloat(val, 64)
		if err != nil {
			return err
		}
		fieldFloors[name] = a
		return nil
	})
	minOther := fs.Float64("min-other-recall", 0, "exit 1 when other-incident recall is below `R` (a CI gate)")
	minPairP := fs.Float64("min-pair-precision", 0, "exit 1 when the fused grouping's pair precision is below `P` (a CI gate)")
	minPairR := fs.Float64("min-pair-recall", 0, "exit 1 when the fused grouping's pair recall is below `R` (a CI gate)")
	minFused := fs.Float64("min-fused", 0, "exit 1 when fused killed or injured accuracy is below `A` (a CI gate)")
	misses := fs.Bool("misses", true, "list every miss with its article id")
	predOut := fs.String("predictions", "", "also write the predictions as JSON Lines to `FILE`")
	workers := fs.Int("workers", 0, "clean workers (0: all cores)")
	dirs, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(dirs) != 1 {
		return fmt.Errorf("%w: want one CORPUS_DIR", errUsage)
	}
	if *format != "text" && *format != "json" {
		return fmt.Errorf("%w: unknown format %q (text or json)", errUsage, *format)
	}
	dir := dirs[0]
	var pred io.Writer
	if *predOut != "" {
		f, err := os.Create(*predOut)
		if err != nil {
			return err
		}
		defer f.Close()
		bw := bufio.NewWriter(f)
		defer bw.Flush()
		pred = bw
	}
	run := evalRun{dir: dir, workers: *workers, stdout: stdout, stderr: stderr, pred: pred, json: *format == "json", misses: *misses}
	switch {
	case exists(filepath.Join(dir, "ground-truth.json")):
		rep, err := run.bodies(ctx)
		if err != nil {
			return err
		}
		if rep.F1 < *minF1 {
			return fmt.Errorf("body F1 %.3f is below the floor %.3f", rep.F1, *minF1)
		}
		return nil
	case exists(filepath.Join(dir, "gold.jsonl")):
		rep, err := run.gold(ctx)
		if err != nil {
			return err
		}
		if rep.Articles.PublishedAccuracy < *minDate {
			return fmt.Errorf("publication-date accuracy %.3f is below the floor %.3f", rep.Articles.PublishedAccuracy, *minDate)
		}
		for _, f := range rep.Incidents.Fields {
			if floor := max(*minField, fieldFloors[f.Field]); f.N > 0 && f.Accuracy < floor {
				return fmt.Errorf("%s accuracy %.3f is below the floor %.3f", f.Field, f.Accuracy, floor)
			}
		}
		if rep.Incidents.OtherN > 0 && rep.Incidents.OtherRecall < *minOther {
			return fmt.Errorf("other-incident recall %.3f is below the floor %.3f", rep.Incidents.OtherRecall, *minOther)
		}
		if f := rep.Fusion; f != nil {
			for _, g := range []struct {
				name       string
				got, floor float64
			}{{"pair precision", f.Precision, *minPairP}, {"pair recall", f.Recall, *minPairR},
				{"fused killed accuracy", f.KilledAccuracy, *minFused}, {"fused injured accuracy", f.InjuredAccuracy, *minFused}} {
				if g.got < g.floor {
					return fmt.Errorf("%s %.3f is below the floor %.3f", g.name, g.got, g.floor)
				}
			}
		}
		return nil
	}
	return fmt.Errorf("%s: no ground-truth.json or gold.jsonl", dir)
}

// evalRun holds what one evaluation needs.
type evalRun struct {
	dir            string
	workers        int
	stdout, stderr io.Writer
	pred           io.Writer // optional JSON Lines of predictions
	json           bool
	misses         bool // list every miss by article
}

// extractAll cleans every article under sources and returns them by id.
// Failures are reported on stderr and leave the article out (it then
// scores as an empty prediction).
func (e evalRun) extractAll(ctx context.Context, sources []string, withIncidents bool) (map[string]articleJSON, []*fuse.Report, error) {
	out := make(map[string]articleJSON)
	var reports []*fuse.Report
	var sigs []dedup.Signature
	var t tally
	var enc *json.Encoder
	if e.pred != nil {
		enc = json.NewEncoder(e.pred)
		enc.SetEscapeHTML(false)
	}
	opts := batch.Options{Workers: e.workers, Extract: withIncidents}
	err := runBatch(ctx, sources, opts, e.stderr, &t, func(r batch.Result) error {
		j := toJSON(r.Article, r.Extract)
		out[j.ID] = j
		if withIncidents {
			reports = append(reports, fuse.NewReport(r.Article, r.Extract))
			sigs = append(sigs, dedup.Sign(r.Article.Title+"\n"+r.Article.Text))
		}
		if enc != nil {
			return enc.Encode(j)
		}
		return nil
	})
	if err != nil && !errors.Is(err, errSomeFailed) {
		return nil, nil, err
	}
	if withIncidents {
		fuse.MarkCopies(reports, sigs)
	}
	return out, reports, nil
}

// bodies scores article bodies on a Zyte-style benchmark folder.
func (e evalRun) bodies(ctx context.Context) (evaluate.BodyReport, error) {
	gt, err := evaluate.LoadGroundTruth(filepath.Join(e.dir, "ground-truth.json"))
	if err != nil {
		return evaluate.BodyReport{}, err
	}
	src := e.dir
	if exists(filepath.Join(e.dir, "html")) {
		src = filepath.Join(e.dir, "html")
	}
	arts, _, err := e.extractAll(ctx, []string{src}, false)
	if err != nil {
		return evaluate.BodyReport{}, err
	}
	pred := make(map[string]string, len(arts))
	for id, a := range arts {
		pred[evaluate.PageID(id)] = a.Text
	}
	rep := evaluate.ScoreBodies(gt, pred)
	if e.json {
		return rep, json.NewEncoder(e.stdout).Encode(rep)
	}
	if err := evaluate.WriteBodyReport(e.stdout, rep); err != nil {
		return rep, err
	}
	// The pages that lose most, so a developer sees where to look.
	worst := append([]evaluate.PageScore(nil), rep.PerPage...)
	sort.Slice(worst, func(i, j int) bool { return f1(worst[i]) < f1(worst[j]) })
	fmt.Fprintln(e.stdout, "worst pages:")
	for _, s := range worst[:min(10, len(worst))] {
		fmt.Fprintf(e.stdout, "  %s  P %.3f R %.3f\n", s.ID, s.Precision(), s.Recall())
	}
	return rep, nil
}

func f1(s evaluate.PageScore) float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// goldReport is the JSON shape of an evaluation on a gold.jsonl corpus.
type goldReport struct {
	Articles  evaluate.ArticleReport  `json:"articles"`
	Incidents evaluate.IncidentReport `json:"incidents"`
	Fusion    *evaluate.FusionReport  `json:"fusion,omitempty"` // where the gold groups articles by incident
}

// gold scores article metadata and the extracted incidents of a corpus
// folder with a gold.jsonl.
func (e evalRun) gold(ctx context.Context) (goldReport, error) {
	recs, err := evaluate.LoadGoldRecords(filepath.Join(e.dir, "gold.jsonl"))
	if err != nil {
		return goldReport{}, err
	}
	arts, reports, err := e.extractAll(ctx, []string{e.dir}, true)
	if err != nil {
		return goldReport{}, err
	}
	published := make(map[string]string, len(arts))
	found := make(map[string]bool, len(arts))
	incidents := make(map[string][]dossier.Incident, len(arts))
	for id, a := range arts {
		found[id] = true
		incidents[id] = a.Incidents
		if a.Published != nil {
			published[id] = *a.Published
		}
	}
	articles := make([]evaluate.GoldArticle, len(recs))
	for i, r := range recs {
		articles[i] = r.GoldArticle
	}
	rep := goldReport{
		Articles:  evaluate.ScoreArticles(articles, published, found),
		Incidents: evaluate.ScoreIncidents(recs, incidents),
	}
	if slices.ContainsFunc(recs, func(r evaluate.GoldRecord) bool { return r.Incident != "" }) {
		fr := evaluate.ScoreFusion(recs, fuse.Fuse(reports))
		rep.Fusion = &fr
	}
	if e.json {
		return rep, json.NewEncoder(e.stdout).Encode(rep)
	}
	if err := evaluate.WriteArticleReport(e.stdout, rep.Articles); err != nil {
		return rep, err
	}
	if err := evaluate.WriteIncidentReport(e.stdout, rep.Incidents, e.misses); err != nil {
		return rep, err
	}
	if rep.Fusion != nil {
		return rep, evaluate.WriteFusionReport(e.stdout, *rep.Fusion, e.misses)
	}
	return rep, nil
}
