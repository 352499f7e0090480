package analyze

import (
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzAnalyze checks that no input makes the package panic and that every
// span it reports lies within its input and matches its Text.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"A man was shot and killed. Two others, 23, were wounded, police said.",
		"At least 133 people were left dead and scores more were injured on Friday, March 22, 2024.",
		"No. 5 U.S. a.m. Jan. 3 1,200 $5 5:30 9 mm .45 (323) 890-5500 the 1900 block",
		"killed , , and and of of the the were were",
		"“Help!” she said… He died.\n\nIt happened last Friday, 22 March.",
		"shot & killed; left, found dead; toll rose to; among the dead; no casualties",
	} {
		f.Add(s)
	}
	pub := time.Date(2024, 3, 25, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for _, se := range Sentences(s) {
			if se.Start < 0 || se.End > len(s) || s[se.Start:se.End] != se.Text {
				t.Fatalf("bad sentence span %+v", se)
			}
		}
		for _, n := range Numbers(s) {
			if n.Start < 0 || n.End > len(s) || s[n.Start:n.End] != n.Text {
				t.Fatalf("bad number span %+v", n)
			}
		}
		for _, fg := range Figures(s) {
			if fg.Start < 0 || fg.End > len(s) || s[fg.Start:fg.End] != fg.Text || fg.Value < 0 {
				t.Fatalf("bad figure %+v", fg)
			}
		}
		for _, d := range Dates(s, &pub) {
			if d.Start < 0 || d.End > len(s) || s[d.Start:d.End] != d.Text {
				t.Fatalf("bad date span %+v", d)
			}
		}
		Dates(s, nil)
		IsEnglish(s)
	})
}

// TestWholeArticlesAsOneSentence feeds every corpus article to the
// per-sentence functions in one piece: long inputs with many clauses must
// not panic or misreport spans.
func TestWholeArticlesAsOneSentence(t *testing.T) {
	arts, _ := gvaArticles(t)
	pub := time.Date(2016, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, a := range arts {
		s := a.Title + "\n\n" + a.Text
		for _, fg := range Figures(s) {
			if s[fg.Start:fg.End] != fg.Text {
				t.Fatalf("%s: bad figure span %+v", a.ID, fg)
			}
		}
		for _, d := range Dates(s, &pub) {
			if s[d.Start:d.End] != d.Text {
				t.Fatalf("%s: bad date span %+v", a.ID, d)
			}
		}
	}
}
