package extract

import (
	"testing"

	"github.com/dossier-project/dossier/internal/analyze"
)

// TestPerpetratorRole: the role a sentence gives the first group it names.
func TestPerpetratorRole(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"Al-Shabaab claimed responsibility for the attack.", "claimed"},
		{"JNIM said in a statement that its fighters had carried out the assault.", "claimed"},
		{"The Islamic State group said through its Amaq news agency that the driver was one of its soldiers.", "claimed"},
		{"No group claimed the bombing, but suspicion fell on the Pakistani Taliban.", "suspected"},
		{"Officials blamed Boko Haram for the raid.", "attributed"},
		{"Boko Haram fighters stormed the village.", "attributed"},
		{"Troops were still battling al-Shabaab gunmen holed up inside the hotel on Saturday.", "attributed"},
		{"The army has been fighting Boko Haram militants for a decade.", ""},
		{"The Islamic State has carried out similar attacks in the province.", ""},
		{"Al-Shabaab has claimed a string of attacks in the capital this year.", ""},
		{"The army has been fighting Boko Haram for a decade.", ""},
		{"Hamas officials condemned the attack.", ""},
		{"Al-Shabaab, which has been fighting to topple the Somali government and impose its own rule since 2006, said its fighters carried out the bombing.", "claimed"},
		{"Islamic State has previously attacked the Hazara community in the area.", ""},
		{"Islamic State, which has repeatedly attacked the Hazara, claimed the bombing.", "claimed"},
		{"The Taliban governor of the province was killed when a bomber blew himself up.", ""},
		{"He was the most senior Taliban official killed since the takeover.", ""},
		{"The Taliban, who seized power this month, condemned the attack.", ""},
	}
	d := &document{}
	for _, tt := range tests {
		s := d.annotateOne(analyze.Sentence{Text: tt.text})
		if len(s.groups) == 0 {
			t.Errorf("%q: no group found", tt.text)
			continue
		}
		if got := perpetratorRole(&s, s.groups[0]); got != tt.want {
			t.Errorf("%q: role %q, want %q", tt.text, got, tt.want)
		}
	}
}
