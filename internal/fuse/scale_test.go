package fuse

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/batch"
)

// corpusReports extracts the real corpora beside the repo once (seeds,
// dev, gva-dev: 599 articles) into reports.
var corpusReports = sync.OnceValue(func() []*Report {
	var out []*Report
	for _, dir := range []string{"seeds", "dev", "gva-dev"} {
		p := "../../../shared/corpus/" + dir
		if _, err := os.Stat(p); err != nil {
			return nil
		}
		err := batch.Run(context.Background(), []string{p}, batch.Options{Extract: true}, func(r batch.Result) error {
			if r.Err == nil {
				r.Article.ID = dir + "/" + r.Article.ID
				out = append(out, NewReport(r.Article, r.Extract))
			}
			return nil
		})
		if err != nil {
			return nil
		}
	}
	return out
})

// scaled repeats the corpus reports until there are n, perturbing each
// repetition as another stretch of news: dates and publication days
// shifted by 400 days per repetition (so each repetition's incidents are
// new incidents), counts nudged on one report in ten, a name dropped on one
// in five. The reports share their sentence texts.
func scaled(base []*Report, n int) []*Report {
	rng := rand.New(rand.NewPCG(7, 11))
	out := make([]*Report, 0, n)
	for rep := 0; len(out) < n; rep++ {
		shift := rep * 400
		for _, b := range base {
			if len(out) == n {
				break
			}
			r := *b
			r.Article = b.Article + "#" + strconv.Itoa(rep)
			r.Published = shiftDate(b.Published, shift)
			r.Incidents = make([]dossier.Incident, len(b.Incidents))
			for i, in := range b.Incidents {
				in.Date = shiftDate(in.Date, shift)
				if in.Killed != nil && rng.IntN(10) == 0 {
					k := *in.Killed + 1
					in.Killed = &k
				}
				r.Incidents[i] = in
			}
			if len(r.Names) > 0 && rng.IntN(5) == 0 {
				r.Names = append([]uint64(nil), r.Names[1:]...)
			}
			out = append(out, &r)
		}
	}
	return out
}

// shiftDate moves a date at any precision by days (a year or a month moves
// by the whole days' worth of years or months).
func shiftDate(d string, days int) string {
	switch len(d) {
	case 10:
		t, err := time.Parse(time.DateOnly, d)
		if err != nil {
			return d
		}
		return t.AddDate(0, 0, days).Format(time.DateOnly)
	case 7:
		t, err := time.Parse("2006-01", d)
		if err != nil {
			return d
		}
		return t.AddDate(0, days/30, 0).Format("2006-01")
	case 4:
		y, err := strconv.Atoi(d)
		if err != nil {
			return d
		}
		return strconv.Itoa(y + days/365)
	}
	return d
}

// BenchmarkFuseScale fuses 50,000 to 200,000 reports (the corpora repeated
// and perturbed) and reports reports/s, the incidents made and the heap in
// use after clustering, so that memory can be seen to grow with the
// incidents and not with the square of the reports.
func BenchmarkFuseScale(b *testing.B) {
	base := corpusReports()
	if len(base) == 0 {
		b.Skip("shared corpus not present")
	}
	for _, n := range []int{50_000, 100_000, 200_000} {
		b.Run(fmt.Sprintf("reports=%d", n), func(b *testing.B) {
			reports := scaled(base, n)
			var incidents int
			var heap uint64
			for b.Loop() {
				keys := KeysOf(reports)
				groups := Cluster(keys)
				var ms runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&ms)
				heap = ms.HeapInuse
				incidents = len(groups)
				for _, g := range groups {
					mems := make([]Member, len(g))
					for i, k := range g {
						mems[i] = Member{reports[keys[k].Report], keys[k].Index}
					}
					_ = Build(mems)
				}
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "reports/s")
			b.ReportMetric(float64(incidents), "incidents")
			b.ReportMetric(float64(heap)/(1<<20), "MB-heap")
		})
	}
}
