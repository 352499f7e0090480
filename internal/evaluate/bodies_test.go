package evaluate

import (
	"math"
	"testing"
)

func TestScorePage(t *testing.T) {
	for _, tc := range []struct {
		name       string
		truth      string
		pred       string
		wantP      float64
		wantR      float64
		wantTP     float64
		wantFP     float64
		wantFN     float64
		wantScored bool
	}{
		{"identical", "one two three four five", "one two three four five", 1, 1, 1, 0, 0, true},
		{"empty-pred", "one two three four five", "", 0, 0, 0, 0, 1, true},
		{"extra", "a b c d", "a b c d e", 0.5, 1, 0.5, 0.5, 0, true},
		{"short-texts", "a b", "a b", 1, 1, 1, 0, 0, true},
		{"punctuation-ignored", "a, b. c! d?", "a b c d", 1, 1, 1, 0, 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := scorePage(tc.truth, tc.pred)
			if !near(s.TP, tc.wantTP) || !near(s.FP, tc.wantFP) || !near(s.FN, tc.wantFN) {
				t.Fatalf("got TP %.3f FP %.3f FN %.3f", s.TP, s.FP, s.FN)
			}
			if !near(s.Precision(), tc.wantP) || !near(s.Recall(), tc.wantR) {
				t.Fatalf("got P %.3f R %.3f", s.Precision(), s.Recall())
			}
		})
	}
}

func TestScoreBodiesAverages(t *testing.T) {
	gt := GroundTruth{"p1": "a b c d", "p2": "e f g h i"}
	rep := ScoreBodies(gt, map[string]string{"p1": "a b c d"})
	if rep.Pages != 2 || rep.Predicted != 1 {
		t.Fatalf("pages %d predicted %d", rep.Pages, rep.Predicted)
	}
	// p1 perfect; p2 has no prediction: precision undefined (not averaged), recall 0.
	if !near(rep.Precision, 1) || !near(rep.Recall, 0.5) {
		t.Fatalf("P %.3f R %.3f", rep.Precision, rep.Recall)
	}
}

func TestPageID(t *testing.T) {
	for in, want := range map[string]string{
		"html/abc.html.gz": "abc",
		"abc.htm":          "abc",
		"abc":              "abc",
	} {
		if got := PageID(in); got != want {
			t.Errorf("PageID(%q) = %q, want %q", in, got, want)
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
