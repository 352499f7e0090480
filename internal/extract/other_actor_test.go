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

func TestObjectOfStruggle(t *testing.T) {
	tests := []struct {
		before, after string
		want          bool
	}{
		{"it has waged a constant war against the new ", " government and has also attacked", true},
		{"its fight against ", " and its allies", true},
		{"officials said ", " fighters attacked the post", false},
		{"", " claimed responsibility for the attack", false},
		{"under ", " rule, security has worsened", true},
	}
	for _, tt := range tests {
		if got := objectOfStruggle(tt.before, tt.after); got != tt.want {
			t.Errorf("objectOfStruggle(%q, %q) = %v, want %v", tt.before, tt.after, got, tt.want)
		}
	}
}
