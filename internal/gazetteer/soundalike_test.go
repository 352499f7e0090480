package gazetteer

import (
	"sync"
	"testing"
)

func TestTransliterated(t *testing.T) {
	for _, tc := range []struct {
		name, country, want string
	}{
		{"Noshki", "PK", "Nushki"},
		{"Mazar-i-Sharif", "AF", "Mazār-e Sharīf"},
		{"Noshki", "AF", ""}, // not in that country
		{"Dori", "BF", ""},   // too few consonants to tell
	} {
		got := ""
		if c := Transliterated(tc.name, tc.country); c != nil {
			got = c.Name
		}
		if got != tc.want {
			t.Errorf("Transliterated(%q, %q) = %q, want %q", tc.name, tc.country, got, tc.want)
		}
	}
}

func TestSkeleton(t *testing.T) {
	for in, want := range map[string]string{"Nushki": "nshk", "Noshki": "nshk", "Maiduguri": "mdgr", "Oyo": "o", "Kabul": "kbl"} {
		if got := skeleton(in); got != want {
			t.Errorf("skeleton(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkSkeletons(b *testing.B) {
	Load()
	for b.Loop() {
		skelOnce = sync.Once{}
		skeletons()
	}
}
