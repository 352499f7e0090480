package analyze

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

// pathological returns a 5,000-sentence text full of digits, tables and
// abbreviations, plus one long line with no sentence end at all.
func pathological() string {
	var b strings.Builder
	for i := 0; i < 5000; i++ {
		n := strconv.Itoa(i)
		b.WriteString("Row " + n + ": 1,2" + n + " 3.5 " + n + " 12:30 p.m. U.S. No. " + n + " killed " + n + " 2,015 $" + n + " 9 mm " + n + "% Jan. " + n + " 1900 block, " + n + " were injured. ")
		if i%50 == 49 {
			b.WriteString("\n\n")
		}
	}
	b.WriteString("\n\n")
	for i := 0; i < 20000; i++ {
		b.WriteString(strconv.Itoa(i) + " , ")
	}
	return b.String()
}

// TestPathologicalIsLinear guards against quadratic behaviour: doubling the
// input must not much more than double the time.
func TestPathologicalIsLinear(t *testing.T) {
	text := pathological()
	run := func(s string) time.Duration {
		start := time.Now()
		for _, se := range Sentences(s) {
			Figures(se.Text)
			Numbers(se.Text)
			Dates(se.Text, nil)
		}
		Figures(s)
		Dates(s, nil)
		IsEnglish(s)
		return time.Since(start)
	}
	run(text) // warm up
	t1 := run(text)
	t2 := run(text + "\n\n" + text)
	t.Logf("pathological text: %d bytes in %v; doubled in %v", len(text), t1, t2)
	// No bound on the time itself: a loaded CI machine would fail it.
	// The cost per sentence is measured by BenchmarkLong.
	if t2 > 4*t1+50*time.Millisecond {
		t.Errorf("not linear: %v for %d bytes, %v for twice as much", t1, len(text), t2)
	}
}

func gvaTexts(b *testing.B) []string {
	arts, _ := gvaArticles(b)
	out := make([]string, len(arts))
	for i, a := range arts {
		out[i] = a.Title + "\n\n" + a.Text
	}
	return out
}

func BenchmarkSentences(b *testing.B) {
	texts := gvaTexts(b)
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		Sentences(texts[i%len(texts)])
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

func benchSentences(b *testing.B) [][]Sentence {
	texts := gvaTexts(b)
	out := make([][]Sentence, len(texts))
	for i, t := range texts {
		out[i] = Sentences(t)
	}
	return out
}

func BenchmarkFigures(b *testing.B) {
	arts := benchSentences(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range arts[i%len(arts)] {
			Figures(s.Text)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkDates(b *testing.B) {
	arts := benchSentences(b)
	pub := time.Date(2016, 5, 1, 0, 0, 0, 0, time.UTC)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range arts[i%len(arts)] {
			Dates(s.Text, &pub)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkArticle is the whole package's work on one article: sentences,
// numbers, figures, dates and the language check.
func BenchmarkArticle(b *testing.B) {
	texts := gvaTexts(b)
	pub := time.Date(2016, 5, 1, 0, 0, 0, 0, time.UTC)
	words := 0
	for _, t := range texts {
		words += len(strings.Fields(t))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t := texts[i%len(texts)]
		IsEnglish(t)
		for _, s := range Sentences(t) {
			Numbers(s.Text)
			Figures(s.Text)
			Dates(s.Text, &pub)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(words)/float64(len(texts)), "words/article")
}

func BenchmarkPathological(b *testing.B) {
	text := pathological()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range Sentences(text) {
			Figures(s.Text)
			Dates(s.Text, nil)
		}
	}
}
