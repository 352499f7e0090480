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
	"sort"

	"github.com/dossier-project/dossier/internal/batch"
	"github.com/dossier-project/dossier/internal/evaluate"
)

func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval", "[--format text|json] [--min-f1 F] CORPUS_DIR", stderr)
	format := fs.String("format", "text", "report `format`: text or json")
	minF1 := fs.Float64("min-f1", 0, "exit 1 when body F1 is below `F` (a CI gate)")
	minDate := fs.Float64("min-published", 0, "exit 1 when publication-date accuracy is below `A` (a CI gate)")
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
	run := evalRun{dir: dir, workers: *workers, stdout: stdout, stderr: stderr, pred: pred, json: *format == "json"}
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
		if rep.PublishedAccuracy < *minDate {
			return fmt.Errorf("publication-date accuracy %.3f is below the floor %.3f", rep.PublishedAccuracy, *minDate)
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
}

// extractAll cleans every article under sources and returns them by id.
// Failures are reported on stderr and leave the article out (it then
// scores as an empty prediction).
func (e evalRun) extractAll(ctx context.Context, sources []string) (map[string]articleJSON, error) {
	out := make(map[string]articleJSON)
	var t tally
	var enc *json.Encoder
	if e.pred != nil {
		enc = json.NewEncoder(e.pred)
		enc.SetEscapeHTML(false)
	}
	err := runBatch(ctx, sources, e.workers, e.stderr, &t, func(r batch.Result) error {
		j := toJSON(r.Article)
		out[j.ID] = j
		if enc != nil {
			return enc.Encode(j)
		}
		return nil
	})
	if err != nil && !errors.Is(err, errSomeFailed) {
		return nil, err
	}
	return out, nil
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
	arts, err := e.extractAll(ctx, []string{src})
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

// gold scores the article metadata of a corpus folder with a gold.jsonl.
func (e evalRun) gold(ctx context.Context) (evaluate.ArticleReport, error) {
	gold, err := evaluate.LoadGold(filepath.Join(e.dir, "gold.jsonl"))
	if err != nil {
		return evaluate.ArticleReport{}, err
	}
	arts, err := e.extractAll(ctx, []string{e.dir})
	if err != nil {
		return evaluate.ArticleReport{}, err
	}
	published := make(map[string]string, len(arts))
	found := make(map[string]bool, len(arts))
	for id, a := range arts {
		found[id] = true
		if a.Published != nil {
			published[id] = *a.Published
		}
	}
	rep := evaluate.ScoreArticles(gold, published, found)
	if e.json {
		return rep, json.NewEncoder(e.stdout).Encode(rep)
	}
	return rep, evaluate.WriteArticleReport(e.stdout, rep)
}
