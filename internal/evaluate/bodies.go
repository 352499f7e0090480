// Package evaluate scores dossier's output against gold annotations.
//
// Bodies implements the Zyte article-extraction benchmark's metric for
// article bodies: word 4-gram shingle multisets per page, true and false
// positives and negatives normalised per page, precision and recall averaged
// over pages, F1 of the two averages. It matches ../shared/eval/score_bodies.py.
package evaluate

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// GroundTruth maps a page id to its gold article body, as read from the
// benchmark's ground-truth.json.
type GroundTruth map[string]string

// LoadGroundTruth reads a Zyte-style ground-truth.json: an object of page id
// to {"articleBody": ...}.
func LoadGroundTruth(path string) (GroundTruth, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var raw map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.NewDecoder(f).Decode(&raw); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	gt := make(GroundTruth, len(raw))
	for k, v := range raw {
		gt[k] = v.ArticleBody
	}
	return gt, nil
}

// PageScore is the per-page normalised shingle counts.
type PageScore struct {
	ID         string
	TP, FP, FN float64
}

// Precision of one page, with the benchmark's conventions for empty sides.
func (s PageScore) Precision() float64 {
	switch {
	case s.FP == 0 && s.FN == 0:
		return 1
	case s.TP == 0 && s.FP == 0:
		return 0
	}
	return s.TP / (s.TP + s.FP)
}

// Recall of one page, with the benchmark's conventions for empty sides.
func (s PageScore) Recall() float64 {
	switch {
	case s.FP == 0 && s.FN == 0:
		return 1
	case s.TP == 0 && s.FN == 0:
		return 0
	}
	return s.TP / (s.TP + s.FN)
}

// BodyReport is the outcome of scoring bodies over a benchmark.
type BodyReport struct {
	Pages     int         `json:"pages"`
	Predicted int         `json:"predicted"`
	Precision float64     `json:"precision"`
	Recall    float64     `json:"recall"`
	F1        float64     `json:"f1"`
	PerPage   []PageScore `json:"-"`
}

// ScoreBodies scores predicted bodies (page id to text) against the ground
// truth. Pages missing from pred count as empty predictions.
func ScoreBodies(gt GroundTruth, pred map[string]string) BodyReport {
	ids := make([]string, 0, len(gt))
	for id := range gt {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	rep := BodyReport{Pages: len(gt)}
	var sumP, sumR float64
	var nP, nR int
	for _, id := range ids {
		p, ok := pred[id]
		if ok {
			rep.Predicted++
		}
		s := scorePage(gt[id], p)
		s.ID = id
		rep.PerPage = append(rep.PerPage, s)
		if s.TP+s.FP > 0 {
			sumP += s.Precision()
			nP++
		}
		if s.TP+s.FN > 0 {
			sumR += s.Recall()
			nR++
		}
	}
	if nP > 0 {
		rep.Precision = sumP / float64(nP)
	}
	if nR > 0 {
		rep.Recall = sumR / float64(nR)
	}
	if rep.Precision+rep.Recall > 0 {
		rep.F1 = 2 * rep.Precision * rep.Recall / (rep.Precision + rep.Recall)
	}
	return rep
}

// scorePage returns TP, FP and FN of one page, each divided by their sum.
func scorePage(truth, pred string) PageScore {
	a, b := shingles(truth), shingles(pred)
	var tp, fp, fn int
	for k, x := range a {
		y := b[k]
		tp += min(x, y)
		fn += max(0, x-y)
	}
	for k, y := range b {
		x := a[k]
		fp += max(0, y-x)
	}
	s := float64(tp + fp + fn)
	if s == 0 {
		return PageScore{}
	}
	return PageScore{TP: float64(tp) / s, FP: float64(fp) / s, FN: float64(fn) / s}
}

// words splits s into runs of word characters exactly as Python's \w+ does
// on str: letters (L*), numbers (N*) and the underscore; combining marks
// split words there, so they do here.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
	})
}

// shingles counts the word 4-grams of s. A text of fewer than four words is
// one shingle of all its words; an empty text has none.
func shingles(s string) map[string]int {
	t := words(s)
	m := make(map[string]int)
	n := 4
	if len(t) == 0 {
		return m
	}
	for i := 0; i < max(1, len(t)-n+1); i++ {
		end := min(i+n, len(t))
		m[strings.Join(t[i:end], "\x00")]++
	}
	return m
}

// PageID returns the benchmark page id of a source path or record id: the
// base name without .html, .htm or .gz.
func PageID(s string) string {
	s = filepath.Base(s)
	s = strings.TrimSuffix(s, ".gz")
	s = strings.TrimSuffix(s, ".html")
	s = strings.TrimSuffix(s, ".htm")
	return s
}

// WriteBodyReport prints the report in the reference scorer's format.
func WriteBodyReport(w io.Writer, r BodyReport) error {
	_, err := fmt.Fprintf(w, "pages %d predicted %d  P %.3f R %.3f F1 %.3f\n",
		r.Pages, r.Predicted, r.Precision, r.Recall, r.F1)
	return err
}
