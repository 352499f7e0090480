package extract

import (
	"strings"
	"testing"

	"github.com/dossier-project/dossier/internal/gazetteer"
)

func TestActorUse(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"He was killed in a U.S. drone strike in 2020.", "U.S.", true},
		{"Russian forces entered the town.", "Russian", true},
		{"The bombing in Iran killed 95 people.", "Iran", false},
		{"Two Iranian cities were hit.", "Iranian", false},
	}
	for _, tt := range tests {
		var found bool
		for _, m := range gazetteer.Find(tt.text) {
			if m.Text != tt.name {
				continue
			}
			found = true
			if got := actorUse(strings.ToLower(tt.text), m); got != tt.want {
				t.Errorf("actorUse(%q, %q) = %v, want %v", tt.text, tt.name, got, tt.want)
			}
		}
		if !found {
			t.Errorf("gazetteer did not find %q in %q", tt.name, tt.text)
		}
	}
}
