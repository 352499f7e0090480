package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

// longArticle writes an article of n sentences mixing what slows naive
// extractors: places, groups, dates, figures, tables of digits and lists
// of names.
func longArticle(n int) *dossier.Article {
	parts := []string{
		"Gunmen opened fire at a market in Kano on Friday, killing at least 12 people and wounding 30, police said.",
		"Boko Haram was blamed for the attack, the third in Borno State since March 2021.",
		"Table: 12 | 30 | 44 | 1,200 | 3.5 | 2019 | 2020 | 2021 | 17 | 9 | 88.",
		"Among the dead were Musa Ali, Fatima Bello, John Okafor, Ahmed Sani and Grace Eze.",
		"Residents said the explosion shattered windows across the neighbourhood.",
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(parts[i%len(parts)])
		if i%4 == 3 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return &dossier.Article{Title: "Gunmen kill 12 in Kano market", Text: b.String(), Language: "en"}
}

// BenchmarkLong extracts from articles of growing length: the time per
// sentence should stay flat.
func BenchmarkLong(b *testing.B) {
	for _, n := range []int{50, 500, 5000} {
		a := longArticle(n)
		b.Run(fmt.Sprintf("sentences=%d", n), func(b *testing.B) {
			for b.Loop() {
				Article(a)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/sentence")
		})
	}
}
